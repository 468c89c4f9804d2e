# TRY400: logging.error in a handler; TRY401: the exception repeated in logging.exception.
import logging
from logging import error

log = logging.getLogger(__name__)


class Worker:
    def __init__(self):
        self.logger = logging.getLogger("worker")

    def work(self):
        try:
            run()
        except ValueError as e:
            self.logger.error("failed")  # TRY400
            log.error("failed", exc_info=True)  # not reported: exc_info
            error("failed")  # TRY400: logging's error imported
            log.exception("failed: %s", e)  # TRY401
            log.exception(f"failed: {e}")  # TRY401
            log.exception("failed: %s", e.args)  # not reported: an attribute of e
            print("failed")  # not a logger


def run():
    pass
