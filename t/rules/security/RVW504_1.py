# RVW504, taint by use-def: each function is one case, and the comment on its sink names
# every finding of that line with its severity (RVW504_1.args prints GitHub annotations:
# error = high, warning = medium, notice = low).  Sources: parameters, sys.argv,
# os.environ, input(), reads, requests.  Sinks: commands, eval/exec, SQL, deserialisation.
# A constant command is LOW (S605's "seems safe"); one whose every variable part went through
# a sanitiser (shlex.quote, shlex.join, int ...) is MEDIUM, and the message names the
# sanitiser; any other is HIGH, with RVW504 when it comes from outside.
import os
import pickle
import shlex
import subprocess
import sys

from flask import request

BASE = "/usr/bin/"
TOOL = BASE + "tool"


def c01_direct(arg):
    os.system(arg)  # S605 high; no RVW504 but RVW505 (line 20, low): the parameter is passed on as it came, so the callers are checked (c45)


def c02_local(arg):
    cmd = arg
    os.system(cmd)  # S605 high, RVW504 high: through a local


def c03_concat(arg):
    os.system("ls " + arg)  # S605 high, RVW504 high by concatenation


def c04_percent(arg):
    os.system("ls %s" % arg)  # S605 high, RVW504 high by %-formatting


def c05_format(arg):
    os.system("ls {}".format(arg))  # S605 high, RVW504 high by str.format


def c06_fstring(arg):
    os.system(f"ls {arg}")  # S605 high, RVW504 high by an f-string


def c07_join(args):
    os.system(" ".join(args))  # S605 high, RVW504 high by join


def c08_list_append(dev):
    cmd = ["mount"]
    cmd.append(dev)
    subprocess.run(cmd)  # S603 low, RVW504 medium (no shell) by list building; S607 low on line 50


def c09_list_extend(opts):
    cmd = ["/bin/mount"]
    cmd.extend(opts)
    subprocess.run(cmd)  # S603 low, RVW504 medium by list building


def c10_augassign(opt):
    cmd = "mount "
    cmd += opt
    os.system(cmd)  # S605 high, RVW504 high by concatenation (+=)


def c11_branches(arg, flag):
    if flag:
        cmd = "ls"
    else:
        cmd = "ls " + arg
    os.system(cmd)  # S605 high, RVW504 high: one branch is tainted


def c12_reassigned(arg):
    cmd = "ls " + arg
    cmd = "ls -l"
    os.system(cmd)  # S605 low, no RVW504: reassigned to a constant


def c13_both_constant(flag):
    if flag:
        cmd = "ls"
    else:
        cmd = "ls -l"
    os.system(cmd)  # S605 low, no RVW504: constant on every path


def c14_quoted(arg):
    os.system("ls " + shlex.quote(arg))  # S605 medium (quoted with shlex.quote), no RVW504: sanitised


def c15_quoted_local(arg):
    safe = shlex.quote(arg)
    os.system("ls " + safe)  # S605 medium (shlex.quote on line 94), no RVW504: sanitised through a local


def c16_module_constant():
    os.system(TOOL)  # S605 low, no RVW504: a module constant built from constants


def c17_argv():
    os.system("ls " + sys.argv[1])  # S605 high, RVW504 high: sys.argv


def c18_environ():
    os.system(os.environ["CMD"])  # S605 high, RVW504 high: os.environ


def c19_getenv():
    os.system(os.getenv("CMD"))  # S605 high, RVW504 high: the environment


def c20_input():
    os.system(input("command? "))  # S605 high, RVW504 high: input()


def c21_file_read(path):
    with open(path) as f:
        cmd = f.read()
    os.system(cmd)  # S605 high, RVW504 high: a read


def c22_request():
    os.system("ping " + request.args.get("host"))  # S605 high, RVW504 high: request data


def c23_eval(expr):
    return eval(expr)  # S307 medium, RVW504 high: evaluated code


def c24_exec(code):
    exec(code)  # S102 medium, RVW504 high: evaluated code


def c25_sql(cursor, name):
    cursor.execute("SELECT * FROM t WHERE name = '%s'" % name)  # S608 medium, RVW504 high: SQL


def c26_sql_params(cursor, name):
    cursor.execute("SELECT * FROM t WHERE name = %s", (name,))  # nothing: a parameterised query


def c27_pickle(blob):
    return pickle.loads(blob)  # S301 medium, RVW504 medium: deserialized data


def c28_loop(items):
    for item in items:
        os.system("rm " + item)  # S605 high, RVW504 high: a loop variable over a parameter


def c29_loop_constant():
    for item in ["a", "b"]:
        os.system("rm " + item)  # S605 low, no RVW504: a loop over constants


def c30_tuple_unpack(pair):
    a, b = pair
    os.system(a)  # S605 high, RVW504 high: unpacked from a parameter


def c31_tuple_constant(arg):
    a, b = "ls", arg
    os.system(a)  # S605 low, no RVW504: the constant item


def c32_ifexp(arg, flag):
    os.system("ls" if flag else arg)  # S605 high, RVW504 high: one arm


def c33_dict(arg):
    d = {"cmd": arg}
    os.system(d["cmd"])  # S605 high, RVW504 high: through a container


def c34_comprehension(args):
    os.system(" ".join([a.strip() for a in args]))  # S605 high, RVW504 high: through a comprehension


def c35_str_methods(arg):
    os.system(arg.strip().lower())  # S605 high, RVW504 high: string methods keep the taint


def c36_unknown_call():
    os.system(get_command())  # S605 high, no RVW504: unknown is not outside


def c37_attribute(self_):
    os.system(self_.command)  # S605 high, no RVW504: attributes are not followed


def c38_loop_carried(args):
    cmd = "ls"
    for a in args:
        cmd = cmd + " " + a
    os.system(cmd)  # S605 high, RVW504 high: the loop adds a parameter


def c39_star_args(*args):
    subprocess.run(["/bin/ls", *args])  # S603 low, RVW504 medium: *args


def c40_kwargs(**kwargs):
    os.system(kwargs["cmd"])  # S605 high, RVW504 high: **kwargs


def c41_int_sanitised(arg):
    os.system("sleep %d" % int(arg))  # S605 medium (converted by int), no RVW504: int() keeps no text


def c42_after_exception(arg):
    cmd = "ls"
    try:
        cmd = "ls " + arg
        check()
    except ValueError:
        os.system(cmd)  # S605 high, RVW504 high: the handler may see either value


def c43_walrus_constant():
    if (cmd := "ls"):
        os.system(cmd)  # S605 low, no RVW504: a constant bound by a walrus


def c44_shell_list(arg):
    subprocess.run(["ls", arg], shell=True)  # S602 high, RVW504 high: a shell; S607 low


def c45_forwarded_varargs(*args):
    subprocess.run(args)  # S603 low; no RVW504 but RVW505 (line 230, low): *args forwarded


def c46_callers(name):
    c45_forwarded_varargs("/bin/ls", "-l")  # nothing: a constant argv through the wrapper
    c45_forwarded_varargs("ls", name)  # S603 low, RVW504 medium through *args forwarding; S607 low
    c01_direct("ls " + name)  # S605 high, RVW504 high through the forwarded parameter
    c01_direct("ls")  # S605 low; S607 low


def c47_quoted_fstring(arg):
    os.system(f"ls {shlex.quote(arg)}")  # S605 medium, no RVW504: quoted inside an f-string


def c48_quoted_one_branch(arg, flag):
    if flag:
        safe = shlex.quote(arg)
    else:
        safe = arg
    os.system("ls " + safe)  # S605 high, RVW504 high: the else branch does not quote


def c49_shlex_join(args):
    os.system(shlex.join(args))  # S605 medium (quoted with shlex.join), no RVW504


def c50_str_int(n):
    os.system("sleep " + str(int(n)))  # S605 medium (converted by int, kept by str), no RVW504


def c51_quoted_unknown():
    os.system("ls " + shlex.quote(get_command()))  # S605 medium: unknown, but quoted


def c52_quoted_and_unknown(arg):
    os.system("ls " + shlex.quote(arg) + get_command())  # S605 high: one part is not sanitised; no RVW504 (unknown is not outside)


def c53_quoted_twice(a, b):
    os.system("cp %s %s" % (shlex.quote(a), shlex.quote(b)))  # S605 medium: the first sanitiser is named


def get_command():
    return "ls"


def check():
    pass
