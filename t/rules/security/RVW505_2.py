# RVW505 for a method that spreads its *args and **kwargs into subprocess.Popen: a caller
# that asks it for a shell gets S602, as a direct call would (bandit, which does not know
# the wrapper, reports S604 there: test_subprocess's with_spaces).
import subprocess
import sys


class Tests:
    def with_spaces(self, *args, **kwargs):
        kwargs["stdout"] = subprocess.PIPE
        return subprocess.Popen(*args, **kwargs)

    def test_shell_string(self):
        self.with_spaces('"%s" -c pass' % sys.executable, shell=1)  # S602, low: constant

    def test_shell_name(self, name):
        self.with_spaces("echo " + name, shell=1)  # S602 and RVW504, high

    def test_no_shell(self):
        self.with_spaces([sys.executable, "-c", "pass"])  # nothing: a constant argv
