# RVW302: functions calling each other in a cycle, reported once at the cycle's first
# function; self.m() calls resolve to the class and to its bases in the module; a function
# calling itself is plain recursion.
def parse(text):
    return expression(text)


def expression(text):
    if text:
        return parse(text[1:])
    return term(text)


def term(text):
    return term(text[1:]) if text else None


class Walker:
    def visit(self, node):
        return self.visit_children(node)

    def visit_children(self, node):
        for child in node:
            self.visit(child)


class Printer(Walker):
    def show(self, node):
        self.visit(node)
        return self.show_again(node)

    def show_again(self, node):
        return self.show(node)
