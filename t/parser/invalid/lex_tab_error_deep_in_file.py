import sys


def main(argv):
    for arg in argv:
        if arg:
            print(arg)
    	sys.exit(0)
