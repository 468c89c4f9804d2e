# TRY400: `error()` keeps the traceback only with exc_info=True or exc_info=sys.exc_info();
# TRY400 and TRY401 also see loggers made on the spot (measured on ruff 0.17.4).
import logging
import sys
from logging import getLogger
from sys import exc_info as current

logger = logging.getLogger(__name__)


def exc_info_values(flag):
    try:
        run()
    except ValueError:
        logger.error("failed", exc_info=True)  # not reported
        logger.error("failed", exc_info=sys.exc_info())  # not reported
        logger.error("failed", exc_info=current())  # not reported: sys.exc_info imported
        logger.error("failed", exc_info=flag)  # TRY400: only True itself counts
        logger.error("failed", exc_info=1)  # TRY400: a true value is not enough
        logger.error("failed", exc_info=False)  # TRY400
        logger.error("failed", exc_info=sys.exc_info)  # TRY400: not called
        logger.critical("failed")  # not reported: only error()


def sys_undefined():
    try:
        run()
    except ValueError:
        logging.error("failed", exc_info=os.sys.exc_info())  # TRY400: os is not imported


def made_on_the_spot():
    try:
        run()
    except ValueError as e:
        logging.getLogger().error("failed")  # TRY400
        getLogger("worker").error("failed")  # TRY400
        logging.Logger("worker").error("failed")  # TRY400
        logging.getLogger().exception("failed: %s", e)  # TRY401
        logging.getLogger().getChild("x").error("failed")  # not a logger for ruff
        logging.root.error("failed")  # not reported: logging.root is not the module


def undefined_owner():
    try:
        run()
    except ValueError:
        self.logger.error("failed")  # TRY400: self is undefined here, its name decides
        undefined_thing.error("failed")  # not reported: not named like a logger


def run():
    pass
