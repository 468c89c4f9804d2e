# BLE001 with `logger-objects = ["app.log.logger", "app.log.audit"]`: those imported
# objects log like logging's loggers; other imported objects do not, whatever their name.
from app.log import audit, logger
from app.log import logger as log
from app.other import logger as other_logger


def configured():
    try:
        run()
    except Exception:  # not reported: a configured logger
        logger.exception("run failed")
    try:
        run()
    except Exception:  # not reported: a configured logger under another name
        log.error("run failed", exc_info=True)
    try:
        run()
    except Exception:  # not reported: configured, though not named like a logger
        audit.exception("run failed")
    try:
        run()
    except Exception:  # BLE001: imported, not configured: its name does not count
        other_logger.exception("run failed")


def run():
    pass
