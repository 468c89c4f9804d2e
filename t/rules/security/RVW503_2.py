# Command wrappers of the configuration (RVW503_2.args): pkg.run takes its command as the
# first argument, asks for a shell with `shell` and for privileges with `sudo`; its calls
# get S602, S603 and S607 as subprocess.run's do, RVW503 for a privilege keyword that may
# be true, and RVW504 for a command from outside.  pkg.spawn takes varargs and says no
# more: its shell keyword is `shell`, and it has no privilege keyword.  Names resolve
# through imports.
import pkg as p
from pkg import run, spawn


def deploy(host):
    run(["systemctl", "restart", "app"], sudo=True)  # S607, RVW503
    run("ls " + host, shell=True)  # S602, RVW504
    p.run(["/bin/true"], sudo=False)  # nothing: a constant argv, no privileges
    run(["/usr/bin/id"], sudo=host)  # RVW503 (when the keyword's value is true)
    run(["/usr/bin/id", host])  # S603, RVW504


def run_local(run):
    run(["ls"], sudo=True)  # nothing: a parameter named run is not pkg.run


def spawn_shell(host):
    spawn("ping", host, shell=True)  # S602, RVW504, S607 (shell-kw defaults to "shell")
    spawn("/bin/true", sudo=True)  # nothing: no privilege keyword declared
