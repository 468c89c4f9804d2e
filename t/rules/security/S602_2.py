# bandit's suppressions: a bare nosec comment silences the security rules of its line (S110
# and S112, bandit's tests, among them) and no other; one with ids (B602, B607) the rules
# those ids map to; one with bandit's test names those tests' rules.
import subprocess


def run(path):
    subprocess.run("ls " + path, shell=True)  # nosec
    subprocess.run("ls -l", shell=True)  # nosec B602, B607
    subprocess.run("ls -l", shell=True)  # nosec B602 (S607 stays)
    subprocess.run("ls -l", shell=True)  # nosec: subprocess_popen_with_shell_equals_true, start_process_with_partial_path
    subprocess.run("ls -l", shell=True)  # nosec: B603 (suppresses nothing here: RUF100)
    try:
        subprocess.run(["/bin/ls", path])
    except:  # nosec (S110 goes, E722 stays: not a security rule)
        pass
