"""Reads names of the namespace package by its full dotted names."""
import ns_pkg.sub.consts
from ns_pkg.regular.tools import helper
from ns_pkg.sub.consts import LIMIT


def main():
    """Run."""
    return helper() + LIMIT + ns_pkg.sub.consts.TIMEOUT


if __name__ == "__main__":
    main()
