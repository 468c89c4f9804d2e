# The shell family: S602-S607, S609, names resolved through imports and aliases.
import os
import subprocess
import sys
from subprocess import Popen as P


def system(cmd):
    """A local function named system is not os.system."""
    return cmd


def run(user_cmd, path):
    P(user_cmd, shell=True)  # S602 high, RVW504
    subprocess.run("ls -l", shell=True)  # S602 low, S607
    subprocess.run("ls " + path, shell=1)  # S602 (truthy), RVW504
    subprocess.run(["/bin/ls", "-l"])  # nothing: a constant argv (ruff's S603 trust)
    subprocess.run(["ls", path])  # S603, S607, RVW504
    subprocess.run([sys.executable, "-c", "pass"])  # nothing: sys.executable is trusted
    subprocess.check_call("chown root: *", shell=True)  # S602, S607, S609
    os.system("ls")  # S605 low, S607
    os.system("rm -rf " + path)  # S605 high, RVW504
    os.popen(user_cmd)  # S605, RVW504
    subprocess.getoutput("tar cf - *")  # S605, S607, S609
    os.execvp("ls", ["ls"])  # S606, S607
    os.spawnl(os.P_WAIT, "/bin/ls", "ls")  # S606
    system("ls")  # nothing
    helper(shell=True)  # S604


def helper(**kwargs):
    return kwargs
