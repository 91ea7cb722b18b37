import pytest

from compliance.engine import default_ruleset


@pytest.fixture(scope="session")
def rules():
    return default_ruleset()
