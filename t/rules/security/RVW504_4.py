# List building counts where it may run before the call: an `.append`, `.extend` or `+=`
# on the command list adds its value to the command only on a path that reaches the call
# afterwards without the name rebound on the way (a later statement of a loop around both
# does, on the next turn, unless the loop builds a new list first); one made after the
# call changes what later calls run.  Absolute paths keep S607 out of the way.
import subprocess

from cinder import utils


def append_before(dev):
    cmd = ["/bin/mount"]
    cmd.append(dev)
    subprocess.run(cmd)  # S603, RVW504 (list building, line 13)


def append_after(dev):
    cmd = ["/bin/mount", "-a"]
    subprocess.run(cmd)  # nothing: the append comes after the call
    cmd.append(dev)


def append_after_in_loop(devs):
    cmd = ["/bin/mount"]
    for dev in devs:
        subprocess.run(cmd)  # S603, RVW504: the append of one turn is run by the next
        cmd.append(dev)


def loop_after_the_call(devs):
    cmd = ["/bin/mount", "-a"]
    subprocess.run(cmd)  # nothing: the loop that appends starts after the call
    for dev in devs:
        cmd.append(dev)


def append_in_branch(dev, flag):
    cmd = ["/bin/mount"]
    if flag:
        cmd.append(dev)
    subprocess.run(cmd)  # S603, RVW504: on the path where flag is true


def augassign_after(dev):
    cmd = ["/bin/mount", "-a"]
    subprocess.run(cmd)  # nothing: `+=` after the call is a definition the call does not see
    cmd += [dev]


def two_calls(opts):
    command = ["/bin/mount", "-a"]
    utils.execute(*command)  # nothing: the extend is further down
    command.extend(opts)
    utils.execute(*command)  # S603, RVW504 (list building, line 53)


def alias_after(dev):
    cmd = ["/bin/mount", "-a"]
    args = cmd
    subprocess.run(args)  # nothing: the list args names is appended to after the call
    cmd.append(dev)


def alias_before(dev):
    cmd = ["/bin/mount"]
    args = cmd
    cmd.append(dev)
    subprocess.run(args)  # S603, RVW504: args is the list the append changed before the call


def loop_new_list_each_turn(devs):
    for dev in devs:
        cmd = ["/bin/mount", "-a"]
        subprocess.run(cmd)  # nothing: each turn builds a new list before the call
        cmd.append(dev)


def loop_rebuilt_on_one_branch(devs, flag):
    cmd = ["/bin/mount"]
    for dev in devs:
        subprocess.run(cmd)  # S603, RVW504: a turn where flag is false keeps the appended list
        cmd.append(dev)
        if flag:
            cmd = ["/bin/mount", "-a"]


def append_then_augassign(dev):
    cmd = ["/bin/mount"]
    cmd.append(dev)
    cmd += ["-a"]
    subprocess.run(cmd)  # S603, RVW504: `+=` extends the list the append changed
