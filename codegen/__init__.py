"""Generation of the typed clients in ``generated/`` from ``specs/`` (see ``generate.py``)."""
