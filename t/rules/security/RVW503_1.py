# A volume driver in OpenStack's style: utils.execute (a default command wrapper) with
# literal argv, with *cmd built from a parameter, with shell=True and a %-formatted
# string, os.system on a concatenation, and privileged execution (RVW503).
import os

from oslo_concurrency import processutils

from cinder import utils


class QuobyteDriver:
    def __init__(self, configuration):
        self.configuration = configuration

    def _get_size(self, path):
        # literal argv but for the path: S603, S607 and the path from a parameter
        return utils.execute("blockdev", "--getsize64", path, run_as_root=True)

    def _version(self):
        # literal argv only: no S603 (the command is constant), S607 for the partial path
        return utils.execute("mount.quobyte", "--version")

    def _mount(self, quobyte_volume, mount_path):
        command = ["mount.quobyte", quobyte_volume, mount_path]
        if self.configuration.quobyte_client_cfg:
            command.extend(["-c", self.configuration.quobyte_client_cfg])
        utils.execute(*command, check_exit_code=[0, 4], run_as_root=True)

    def _format(self, device_name):
        cmd = "mkfs.ext4 %s" % device_name
        processutils.execute(cmd, shell=True)

    def _wipe(self, device_name):
        os.system("dd if=/dev/zero of=" + device_name)

    def _trim(self):
        utils.execute("fstrim", "-v", "/mnt", run_as_root=False)
