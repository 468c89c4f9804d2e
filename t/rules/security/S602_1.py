# The shell family: S602-S607, S609, names resolved through imports and aliases.  Each
# comment names the findings of its line with their severity (S602_1.args prints GitHub
# annotations: error = high, warning = medium, notice = low).
import os
import subprocess
import sys
from subprocess import Popen as P


def system(cmd):
    """A local function named system is not os.system."""
    return cmd


def run(user_cmd, path):
    P(user_cmd, shell=True)  # S602 high; user_cmd goes on as it came: RVW505 at `run`
    subprocess.run("ls -l", shell=True)  # S602 low (a literal), S607 low
    subprocess.run("ls " + path, shell=1)  # S602 high (truthy), RVW504 high
    subprocess.run(["/bin/ls", "-l"])  # nothing: a constant argv (ruff's S603 trust)
    subprocess.run(["ls", path])  # S603 low, S607 low, RVW504 medium (no shell)
    subprocess.run([sys.executable, "-c", "pass"])  # nothing: sys.executable is trusted
    subprocess.check_call("chown root: *", shell=True)  # S602 low, S607 low, S609 high
    os.system("ls")  # S605 low, S607 low
    os.system("rm -rf " + path)  # S605 high, RVW504 high
    os.popen(user_cmd)  # S605 high (user_cmd forwarded: RVW505 at `run`)
    subprocess.getoutput("tar cf - *")  # S605 low, S607 low, S609 high
    os.execvp("ls", ["ls"])  # S606 low, S607 low
    os.spawnl(os.P_WAIT, "/bin/ls", "ls")  # S606 low
    system("ls")  # nothing
    helper(shell=True)  # S604 medium


def helper(**kwargs):
    return kwargs
