"""The one compiled module: py3langid's automaton walked in C (tasdiq.extract.native.walk).

Optional: where it cannot be built, the same walk runs in Python, with the same results."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("tasdiq.extract.native._walk", ["src/tasdiq/extract/native/_walk.c"], optional=True)])
