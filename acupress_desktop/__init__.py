"""Acupress: guided acupressure for back pain."""

__version__ = "0.1.0"
APP_NAME = "Acupress"
