import os


def read(path):
    with open(path) as f:
        return f.read()


def write(path, data):
    with open(path, "w") as f:
        f.write(data)


def main():
    data = read("in.txt")
    data = data.upper() data.lower()
    write("out.txt", data)
