"""Tasdiq: turns open-source reports of attacks into verified, attributed incident data."""

__version__ = "0.1.0"
