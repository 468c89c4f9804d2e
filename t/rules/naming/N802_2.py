# N802 and the standard library's base classes: a method that overrides one a library
# base defines, or that the base dispatches to by its name (`visit_*`, `do_*`), has a
# name the base imposes and is not reported.  pep8-naming reports every one of them
# (naming-known.txt, `exemption`).  A name the base does not impose is reported.
import ast
import logging
import unittest
from http.server import BaseHTTPRequestHandler as Handler


class Tests(unittest.TestCase):
    def setUp(self):
        pass

    def assertEqual(self, first, second, msg=None):
        pass

    def runTest(self):
        pass

    def assertSameShape(self, a, b):
        pass


class MoreTests(Tests):
    def tearDown(self):
        pass

    def shortDescription(self):
        return None


class Finder(ast.NodeVisitor):
    def visit_Name(self, node):
        pass

    def visitName(self, node):
        pass


class Server(Handler):
    def do_GET(self):
        pass


class Log(logging.Handler):
    def createLock(self):
        pass
