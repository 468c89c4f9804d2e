# RVW505: functions of the file that forward their parameters to a command runner are
# wrappers; their callers are checked as callers of the runner.
import os
import subprocess


def run_command(cmd):
    return subprocess.check_output(cmd)


def run_shell(cmd, **kwargs):
    return subprocess.call(cmd, shell=True, **kwargs)


def execute(*cmd):
    return run_command(cmd)


class Runner:
    def _run(self, args):
        return subprocess.run(args)

    def status(self, unit):
        return self._run(["systemctl", "status", unit])


def callers(name):
    run_command(["/bin/ls", "-l"])  # constant: nothing but the wrapper's S603 trust
    run_command(["ls", name])  # S603, S607, RVW504 through the wrapper
    run_shell("rm " + name)  # S605 at the caller, RVW504
    execute("git", "log")  # S607 through a wrapper of a wrapper


def run_both(cmd):
    subprocess.call(cmd)
    os.system(cmd)  # one RVW505 for the two sinks; a shell runner for its callers


def both_caller(name):
    run_both("ls " + name)  # S605 and RVW504 (high): the wrapper runs a shell somewhere
