"""Build of the one C extension (everything else is in pyproject.toml).

``compliance.engine._grams`` looks up the screening model's n-gram features
(see compliance/engine/model.py) and folds text through normalize.py's
character tables (``_fold.c``). It is optional: without a C compiler the
install still succeeds and the model reads the same rows in pure Python,
about four times slower (start-up logs a warning; the test suite requires it).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "compliance.engine._grams",
            ["compliance/engine/_grams.c", "compliance/engine/_fold.c"],
            # IEEE double as Python computes it: no fused multiply-add.
            extra_compile_args=["-O2", "-ffp-contract=off"],
            optional=True,
        )
    ]
)
