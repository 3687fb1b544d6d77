"""The one compiled module; everything else about the package is in pyproject.toml.

``scanner/tos/_words.c`` is the ToS classifier's word pass over ASCII text; gcc and the
Python headers build it in ``make setup``.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("scanner.tos._words", ["scanner/tos/_words.c"], extra_compile_args=["-Wextra"])
    ]
)
