# S105-S107 (off by default): passwords in the code; empty strings are not reported
# (bandit 1.6 reports them).
password = "hunter2"
db_pwd = ""
settings = {}
settings["secret_key"] = "s3cr3t"
if password == "hunter2":
    pass
connect(user="app", passwd="hunter2")
passphrase_hint = "none"


def login(user, passwd="", token="abc"):
    pass


def connect(**kwargs):
    pass
