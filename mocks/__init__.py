"""Stateful, spec-driven mock servers for the five CRM APIs (`python -m mocks --help`)."""

from mocks.app import create_app

__all__ = ["create_app"]
