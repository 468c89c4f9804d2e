# S101 in conftest.py (pytest's fixtures): not reported.
def pytest_configure(config):
    assert config is not None
