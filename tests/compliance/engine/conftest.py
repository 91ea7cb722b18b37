import pytest

from compliance.engine import compile_ruleset, default_ruleset, load_default_spec


@pytest.fixture(scope="session")
def rules():
    """The deterministic stage alone: the shipped rules without the model.
    Every evidence hit takes its rule's action, so tests see what it finds."""
    return compile_ruleset(load_default_spec())


@pytest.fixture(scope="session")
def screening():
    """What production screens with: the shipped rules and the shipped model."""
    return default_ruleset()
