# RVW504, taint by use-def: each function is one case; the comment says what is expected.
# Sources: parameters, sys.argv, os.environ, input(), reads, requests.  Sinks: commands,
# eval/exec, SQL, deserialisation.
import os
import pickle
import shlex
import subprocess
import sys

from flask import request

BASE = "/usr/bin/"
TOOL = BASE + "tool"


def c01_direct(arg):
    os.system(arg)  # RVW505: the parameter is passed on as it came, so its callers are checked


def c02_local(arg):
    cmd = arg
    os.system(cmd)  # RVW504: through a local


def c03_concat(arg):
    os.system("ls " + arg)  # RVW504 by concatenation


def c04_percent(arg):
    os.system("ls %s" % arg)  # RVW504 by %-formatting


def c05_format(arg):
    os.system("ls {}".format(arg))  # RVW504 by str.format


def c06_fstring(arg):
    os.system(f"ls {arg}")  # RVW504 by an f-string


def c07_join(args):
    os.system(" ".join(args))  # RVW504 by join


def c08_list_append(dev):
    cmd = ["mount"]
    cmd.append(dev)
    subprocess.run(cmd)  # RVW504 medium (no shell) by list building


def c09_list_extend(opts):
    cmd = ["/bin/mount"]
    cmd.extend(opts)
    subprocess.run(cmd)  # RVW504 by list building


def c10_augassign(opt):
    cmd = "mount "
    cmd += opt
    os.system(cmd)  # RVW504 by concatenation (+=)


def c11_branches(arg, flag):
    if flag:
        cmd = "ls"
    else:
        cmd = "ls " + arg
    os.system(cmd)  # RVW504: one branch is tainted


def c12_reassigned(arg):
    cmd = "ls " + arg
    cmd = "ls -l"
    os.system(cmd)  # nothing: reassigned to a constant


def c13_both_constant(flag):
    if flag:
        cmd = "ls"
    else:
        cmd = "ls -l"
    os.system(cmd)  # nothing: constant on every path


def c14_quoted(arg):
    os.system("ls " + shlex.quote(arg))  # nothing: sanitised


def c15_quoted_local(arg):
    safe = shlex.quote(arg)
    os.system("ls " + safe)  # nothing: sanitised through a local


def c16_module_constant():
    os.system(TOOL)  # nothing: a module constant built from constants


def c17_argv():
    os.system("ls " + sys.argv[1])  # RVW504: sys.argv


def c18_environ():
    os.system(os.environ["CMD"])  # RVW504: os.environ


def c19_getenv():
    os.system(os.getenv("CMD"))  # RVW504: the environment


def c20_input():
    os.system(input("command? "))  # RVW504: input()


def c21_file_read(path):
    with open(path) as f:
        cmd = f.read()
    os.system(cmd)  # RVW504: a read


def c22_request():
    os.system("ping " + request.args.get("host"))  # RVW504: request data


def c23_eval(expr):
    return eval(expr)  # RVW504: evaluated code


def c24_exec(code):
    exec(code)  # RVW504: evaluated code


def c25_sql(cursor, name):
    cursor.execute("SELECT * FROM t WHERE name = '%s'" % name)  # RVW504: SQL


def c26_sql_params(cursor, name):
    cursor.execute("SELECT * FROM t WHERE name = %s", (name,))  # nothing


def c27_pickle(blob):
    return pickle.loads(blob)  # RVW504: deserialized data


def c28_loop(items):
    for item in items:
        os.system("rm " + item)  # RVW504: a loop variable over a parameter


def c29_loop_constant():
    for item in ["a", "b"]:
        os.system("rm " + item)  # nothing: a loop over constants


def c30_tuple_unpack(pair):
    a, b = pair
    os.system(a)  # RVW504: unpacked from a parameter


def c31_tuple_constant(arg):
    a, b = "ls", arg
    os.system(a)  # nothing: the constant item


def c32_ifexp(arg, flag):
    os.system("ls" if flag else arg)  # RVW504: one arm


def c33_dict(arg):
    d = {"cmd": arg}
    os.system(d["cmd"])  # RVW504: through a container


def c34_comprehension(args):
    os.system(" ".join([a.strip() for a in args]))  # RVW504: through a comprehension


def c35_str_methods(arg):
    os.system(arg.strip().lower())  # RVW504: string methods keep the taint


def c36_unknown_call():
    os.system(get_command())  # nothing: unknown is not outside


def c37_attribute(self_):
    os.system(self_.command)  # nothing: attributes are not followed


def c38_loop_carried(args):
    cmd = "ls"
    for a in args:
        cmd = cmd + " " + a
    os.system(cmd)  # RVW504: the loop adds a parameter


def c39_star_args(*args):
    subprocess.run(["/bin/ls", *args])  # RVW504: *args


def c40_kwargs(**kwargs):
    os.system(kwargs["cmd"])  # RVW504: **kwargs


def c41_int_sanitised(arg):
    os.system("sleep %d" % int(arg))  # nothing: int() keeps no text


def c42_after_exception(arg):
    cmd = "ls"
    try:
        cmd = "ls " + arg
        check()
    except ValueError:
        os.system(cmd)  # RVW504: the handler may see either value


def c43_walrus_constant():
    if (cmd := "ls"):
        os.system(cmd)  # nothing


def c44_shell_list(arg):
    subprocess.run(["ls", arg], shell=True)  # RVW504 high: a shell


def get_command():
    return "ls"


def check():
    pass
