# BLE001: which logging calls count as logging the exception (measured on ruff 0.17.4):
# `exception()` always; any other logging method (`debug` ... `critical`, `log`; not
# `fatal`) when given an exc_info that is not false; on the logging module, a function
# imported from it, a logger made on the spot, or an object named like a logger.
import logging
import logging as lg
import sys
from logging import critical, exception, fatal, getLogger, log, warning
from logging import error as err

from .applog import logger as app_logger

logger = logging.getLogger(__name__)
worker = logging.getLogger("worker")


def by_name():
    try:
        run()
    except Exception:  # not reported: logging's exception() imported by name
        exception("run failed")
    try:
        run()
    except Exception:  # not reported: logging's error() under another name, exc_info
        err("run failed", exc_info=True)
    try:
        run()
    except Exception:  # not reported: critical() by name with exc_info
        critical("run failed", exc_info=True)
    try:
        run()
    except Exception:  # not reported: warning() by name with exc_info
        warning("run failed", exc_info=True)
    try:
        run()
    except Exception:  # not reported: log() by name with exc_info
        log(logging.ERROR, "run failed", exc_info=True)
    try:
        run()
    except Exception:  # BLE001: fatal() is not among ruff's methods
        fatal("run failed", exc_info=True)


def made_on_the_spot():
    try:
        run()
    except Exception:  # not reported: a logger made by logging.getLogger()
        logging.getLogger().exception("run failed")
    try:
        run()
    except Exception:  # not reported: getLogger imported by name, an alias of logging
        getLogger("worker").error("run failed", exc_info=True)
        lg.getLogger().exception("run failed")
    try:
        run()
    except Exception:  # not reported: logging.Logger made on the spot
        logging.Logger("worker").exception("run failed")
    try:
        run()
    except Exception:  # BLE001: a chain through getChild() is not recognised
        logging.getLogger().getChild("worker").exception("run failed")


def exc_info_values(err):
    try:
        run()
    except Exception as e:  # not reported: exc_info=e is not false (TRY400: not True either)
        logger.error("run failed", exc_info=e)
    try:
        run()
    except Exception:  # not reported: a true constant (TRY400 wants True itself)
        logger.error("run failed", exc_info=1)
    try:
        run()
    except Exception:  # not reported: sys.exc_info()
        logger.error("run failed", exc_info=sys.exc_info())
    try:
        run()
    except Exception:  # not reported: a name of unknown value counts (TRY400 does not)
        logger.error("run failed", exc_info=err)
    try:
        run()
    except Exception:  # not reported: exception() logs the traceback even when told not to
        logger.exception("run failed", exc_info=False)
    try:
        run()
    except Exception:  # BLE001 and TRY400: exc_info=False
        logger.error("run failed", exc_info=False)
    try:
        run()
    except Exception:  # BLE001: None, 0 and the empty tuple are false; TRY400 on each
        logger.error("run failed", exc_info=None)
        logger.error("run failed", exc_info=0)
        logger.error("run failed", exc_info=())
    try:
        run()
    except Exception:  # BLE001 and TRY400: exc_info given positionally is not seen
        logger.error("run failed", True)
    try:
        run()
    except Exception:  # BLE001 and TRY400: nor through **kwargs
        logger.error("run failed", **{"exc_info": True})


def levels():
    try:
        run()
    except Exception:  # not reported: log(level, ..., exc_info=True)
        logger.log(logging.ERROR, "run failed", exc_info=True)
    try:
        run()
    except Exception:  # not reported: debug() with exc_info
        logger.debug("run failed", exc_info=True)
    try:
        run()
    except Exception:  # BLE001: fatal() does not count
        logger.fatal("run failed", exc_info=True)
    try:
        run()
    except Exception:  # BLE001: nor a method logging does not have
        logger.report("run failed", exc_info=True)


def loggers():
    try:
        run()
    except Exception:  # BLE001: `worker` is not named like a logger
        worker.exception("run failed")
    try:
        run()
    except Exception:  # not reported: self is undefined here, so its name decides
        self.logger.exception("run failed")
    try:
        run()
    except Exception:  # BLE001: logging.root is not the logging module
        logging.root.exception("run failed")
    try:
        run()
    except Exception:  # BLE001: imported from a module of the package, not logging's
        # (as native ruff in a package; ruff without the file's package path lets it pass)
        app_logger.exception("run failed")
    try:
        run()
    except Exception:  # BLE001: made by a call that is not logging's
        make_logger().exception("run failed")


def where():
    try:
        run()
    except Exception:  # not reported: a with block is searched
        with open("log"):
            logger.exception("run failed")
    try:
        run()
    except Exception:  # not reported: and a loop's else
        for _ in range(3):
            pass
        else:
            logger.exception("run failed")
    try:
        run()
    except Exception:  # BLE001: not in a nested def
        def report():
            logger.exception("run failed")
        report()
    try:
        run()
    except Exception:  # BLE001: nor in a nested try
        try:
            logger.exception("run failed")
        finally:
            pass
    try:
        run()
    except Exception:  # BLE001: only a call that is a statement of its own counts
        done = logger.exception("run failed")
        print(done)


def run():
    pass


def make_logger():
    return logger
