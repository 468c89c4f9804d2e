# RVW504 through *args forwarding: a wrapper (RVW505) passes its callers' commands on.
import subprocess


def execute(*cmd, **kwargs):
    return subprocess.run(cmd, **kwargs)


def mount(device):
    execute("mount", device)  # RVW504 at the caller


def version():
    execute("/bin/mount", "--version")  # nothing
