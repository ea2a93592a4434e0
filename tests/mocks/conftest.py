"""Fixtures for the mock engine tests (test_faults.py and test_request_identity.py use none)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mocks import create_app
from tests.mocks.support import MockClient, SpecCheck, fixed_clock
from tests.served import served_mock

__all__ = ["served_mock"]  # the fixture, for test_hostile.py

ClientFactory = Callable[..., MockClient]


@pytest.fixture
def mock() -> Iterator[ClientFactory]:
    """`mock(api, **create_app_options)`: a client for a fresh in-process app.

    Apps are built with `check_responses=True`, so every answer of every test is validated
    against the spec by the engine; a test fails at teardown if any answer did not match.
    Rate limits are off unless a test asks for them (they have their own tests).
    """
    clients: list[MockClient] = []

    def make(api: str, *, token: str = "test-token", **options: Any) -> MockClient:
        options.setdefault("rate_limit", False)
        options.setdefault("clock", fixed_clock)
        options.setdefault("seed_random", 7)
        app = create_app(api, token=token, check_responses=True, **options)
        client = MockClient(app, api, token=token)
        clients.append(client)
        return client

    yield make
    violations = [v for client in clients for v in client.engine.violations]
    for client in clients:
        client.close()
    assert not violations, f"answers that do not match the spec: {violations}"


@pytest.fixture(scope="session")
def spec_check() -> Callable[[str], SpecCheck]:
    cache: dict[str, SpecCheck] = {}

    def get(api: str) -> SpecCheck:
        if api not in cache:
            cache[api] = SpecCheck(api)
        return cache[api]

    return get
