"""Checks for the hand-written specs in ``specs/``.

Every problem is reported as a :class:`Problem` that names the file and the JSON pointer (and the
YAML line when it is known), so a broken spec can be fixed without hunting for the spot.
"""

from .problems import Problem

__all__ = ["Problem"]
