# Shell commands whose variable parts all went through a sanitiser (shlex.quote, shlex.join,
# int ...): MEDIUM, neither the HIGH of a command built from raw data nor the LOW of a
# constant, on every sink that runs a shell.  Each comment names the findings of its line
# with their severity (S602_3.args: GitHub annotations, warning = medium; pkg.run is a
# declared command wrapper).
import os
import shlex
import subprocess

import pkg


def run_in_shell(command):
    os.system(command)  # S605 high; RVW505 at `run_in_shell` (line 13, low): its callers are checked


def sinks(path, host):
    subprocess.run("ls " + shlex.quote(path), shell=True)  # S602 medium (quoted), no RVW504
    subprocess.Popen(f"ping -c 1 {shlex.quote(host)}", shell=True)  # S602 medium (quoted in an f-string)
    subprocess.run("ls " + path, shell=True)  # S602 high, RVW504 high: not quoted
    pkg.run("ls " + shlex.quote(path), shell=True)  # S602 medium: a declared wrapper asking for a shell
    pkg.run("ls " + path, shell=True)  # S602 high, RVW504 high
    run_in_shell("ls " + shlex.quote(path))  # S605 medium: through the inferred wrapper
    run_in_shell("ls " + path)  # S605 high, RVW504 high through the inferred wrapper
    os.popen("du -s " + shlex.quote(path))  # S605 medium
    subprocess.getoutput("kill %d" % int(host))  # S605 medium (converted by int)
    # S602 medium, S607 low; S609 stays high: quoting the other words does not stop the
    # `*` from expanding to a file named like an option
    subprocess.run(["tar cf out.tar *", shlex.quote(path)], shell=True)
    helper("ls " + shlex.quote(path), shell=True)  # S604 medium, as for any command
