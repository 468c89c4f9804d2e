"""D104: a documented package: nothing to report."""
