# `*command` resolved through use-def to the list literal and what `.append`, `.extend`
# and `+=` add to it, for a varargs wrapper (utils.execute, a default).
from cinder import utils


def mount(share, path, options):
    command = ["mount", "-t", "nfs"]  # S607 for the first word of the list
    command.append(share)
    command += [path]
    if options:
        command.extend(["-o", options])
    utils.execute(*command, run_as_root=True)  # S603, RVW504 (list building), RVW503


def unmount():
    command = ["umount", "-l"]
    command += ["/mnt/share"]
    command.append("--force")
    utils.execute(*command)  # constant: S607 only (at the list's first word)


def spread(path):
    utils.execute("blkid", "-o", "value", path)  # S603, S607, RVW504 (varargs)
