# TRY401: a name in the positional arguments of `logging.exception` that reads an exception
# bound by a handler, as ruff resolves it where it stands (measured on ruff 0.17.4).
import logging

logger = logging.getLogger(__name__)


def which_names(items):
    try:
        run()
    except ValueError as e:
        logger.exception("failed: %s", [e for _ in items])  # TRY401: a comprehension reads e
        logger.exception("failed: %s", [e for e in items])  # not reported: its own e
        logger.exception("failed: %s", (lambda: e)())  # not reported: a lambda's body
        logger.exception("failed: %s", (lambda v=e: v)())  # TRY401: a default is read now
        logger.exception("failed: %s", e if items else None)  # TRY401
        logger.exception("failed: %s", e.args)  # not reported: an attribute of e
        logger.exception("failed", exc_info=e)  # not reported: a keyword argument

        class Report:
            logger.exception("failed: %s", e)  # TRY401: a class body is read at once

        def later():
            logger.exception("failed: %s", e)  # not reported: a def's body

        try:
            run()
        except KeyError:
            logger.exception("failed: %s", e)  # TRY401: the enclosing handler's exception
        try:
            run()
        except KeyError as k:
            logger.exception("failed: %s %s", e, k)  # TRY401 twice: either handler's
        e = str(e)
        logger.exception("failed: %s", e)  # not reported: e is a string now
        return Report, later


def run():
    pass
