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

    def nested(self):
        try:
            run()
        except ValueError as e:
            try:
                run()
            except KeyError:
                log.error("inner")  # TRY400 once: the inner handler's own
            finally:
                log.error("cleanup failed")  # TRY400: a nested try's body counts (ruff)
            retry = lambda: log.error("retry")  # TRY400: lambdas count too (ruff)
            log.exception("failed: %s", (lambda: e)())  # not TRY401: ruff resolves lambdas later
            return retry


def run():
    pass
