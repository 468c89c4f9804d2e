# S110, S112: handlers that swallow, for bare and blind handlers only (check-typed-exception
# off by default).
def swallow():
    try:
        run()
    except Exception:  # S110
        pass


def swallow_base():
    try:
        run()
    except BaseException:  # S110 (bandit 1.6 only knew Exception)
        pass


def typed():
    try:
        run()
    except KeyError:  # not reported: a typed handler
        pass


def more_than_pass():
    try:
        run()
    except Exception:  # not S110: the body is not only `pass`
        log()
        pass


def loop(items):
    for item in items:
        try:
            run(item)
        except:  # S112
            continue


def run(*args):
    pass


def log():
    pass
