# BLE001: blind handlers, but not those that re-raise or log the exception.
import logging

logger = logging.getLogger(__name__)


def blind():
    try:
        run()
    except Exception:  # reported
        cleanup()


def blind_tuple():
    try:
        run()
    except (ValueError, BaseException):  # reported: BaseException
        cleanup()


def reraises():
    try:
        run()
    except Exception:
        cleanup()
        raise


def reraises_from():
    try:
        run()
    except Exception as e:
        raise RuntimeError("run failed") from e


def logs():
    try:
        run()
    except Exception:
        logger.exception("run failed")


def logs_exc_info():
    try:
        run()
    except Exception:
        logging.error("run failed", exc_info=True)


def logs_without_info():
    try:
        run()
    except Exception:  # reported: error() without exc_info drops the traceback
        logger.error("run failed")


def logs_warning_exc_info():
    try:
        run()
    except Exception:  # not reported: any level with exc_info counts (ruff 0.17.4)
        logger.warning("run failed", exc_info=True)


def logs_critical_exc_info():
    try:
        run()
    except Exception:
        logger.critical("run failed", exc_info=True)


def shadowed():
    Exception = ValueError
    try:
        run()
    except Exception:  # not the builtin
        cleanup()


def run():
    pass


def cleanup():
    pass
