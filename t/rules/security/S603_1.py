# S603 for constant commands too, as bandit reports them (security.report-constant-commands).
import subprocess

subprocess.run(["/bin/ls", "-l"])
