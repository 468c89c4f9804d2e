# S102 exec, S307 eval: the builtins, resolved (a local function named eval is not it).
import builtins

exec("x = 1")
eval("1 + 1")
builtins.eval("1 + 1")


def shadow():
    def eval(text):
        return text
    return eval("not the builtin")
