# RVW101: when no style prevails (here one snake_case and one camelCase name), there is
# no convention to hold names to, and nothing is reported.
def load_file(path):
    return path


def saveFile(path):
    return path
