"""The overlay's ready clients against mocks that fail 30 % of requests.

Reads are retried until they succeed, so paging loses and repeats nothing. Creates are retried
only when the mock certainly did not act (429), so the server holds exactly the records whose
create reported success, and every other create raised a typed error.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from crm_overlays import ApiError, RetryPolicy, acall, apaginate, pylon, repzo
from pylon_client.api.contacts import create_contact, list_contacts
from pylon_client.models import ContactCreate
from repzo_client.api.client_contacts import list_client_contacts

from mocks import create_app

TOKEN = "test-token"
FAULTS = "seed={seed},429=0.1,503=0.1,drop=0.1,retry_after=0"
# No real waiting: the mock asks for Retry-After 0 and backoff is a millisecond.
FAST = RetryPolicy(max_attempts=30, backoff_base=0.001, backoff_max=0.002, deadline=300.0)


def _frozen() -> datetime:
    # Ids that embed the time (Repzo's ObjectIds) come out the same in two apps seeded alike.
    return datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def _client(vendor: Any, app: Any, retry: RetryPolicy = FAST) -> Any:
    return vendor.client(TOKEN, base_url="http://mock", retry=retry, rate_limit=False,
                         async_transport=httpx.ASGITransport(app))


async def _all_ids(endpoint: Any, client: Any, **kwargs: Any) -> list[str]:
    return [item.id async for item in apaginate(endpoint, client=client, **kwargs)]


@pytest.mark.parametrize("seed", [1, 2])
def test_paging_2500_pylon_contacts_through_faults_loses_and_repeats_nothing(seed: int) -> None:
    clean = create_app("pylon", seed=2500, seed_random=seed, rate_limit=False, clock=_frozen)
    faulty = create_app("pylon", seed=2500, seed_random=seed, rate_limit=False, clock=_frozen,
                        faults=FAULTS.format(seed=seed))
    expected = asyncio.run(_all_ids(list_contacts, _client(pylon, clean), limit=100))
    got = asyncio.run(_all_ids(list_contacts, _client(pylon, faulty), limit=100))
    assert len(expected) == 2500 and len(set(expected)) == 2500
    assert len(got) == len(set(got)), "duplicated records"
    assert set(got) == set(expected), "lost or unexpected records"
    injected = faulty.state.faults.counts()  # what the mock really did to us
    assert injected["429"] + injected["503"] + injected["drop"] > 0


def test_paging_2500_repzo_contacts_page_by_page_through_faults() -> None:
    clean = create_app("repzo", seed=2500, seed_random=5, rate_limit=False, clock=_frozen)
    faulty = create_app("repzo", seed=2500, seed_random=5, rate_limit=False, clock=_frozen,
                        faults=FAULTS.format(seed=5))

    async def ids(app: Any) -> list[str]:
        client = _client(repzo, app)
        return [item.field_id async for item in
                apaginate(list_client_contacts, client=client, per_page=100)]

    expected, got = asyncio.run(ids(clean)), asyncio.run(ids(faulty))
    assert len(expected) == 2500 and len(set(expected)) == 2500
    assert len(got) == len(set(got)), "duplicated records"
    assert set(got) == set(expected), "lost or unexpected records"


def test_creates_under_faults_never_duplicate_and_every_failure_is_typed() -> None:
    app = create_app("pylon", rate_limit=False,
                     faults="seed=9,429=0.1,503=0.1,drop=0.1,retry_after=0,methods=POST")
    client = _client(pylon, app)

    async def create_all() -> tuple[list[str], list[ApiError]]:
        created, failed = [], []
        for number in range(200):
            body = ContactCreate(name=f"Contact {number}", email=f"c{number}@example.com")
            try:
                contact = await acall(create_contact, client=client, body=body)
            except ApiError as error:
                failed.append(error)
            else:
                created.append(contact.data.id)
        return created, failed

    created, failed = asyncio.run(create_all())
    stored = asyncio.run(_all_ids(list_contacts, client, limit=100))
    assert sorted(stored) == sorted(created), "the server holds a create that reported failure"
    assert len(created) + len(failed) == 200
    counts = app.state.faults.counts()
    # 429s were retried (the mock never acted on them); 503s and drops were not (it might have).
    assert len(failed) == counts["503"] + counts["drop"] > 0
    assert {type(error).__name__ for error in failed} == {"ServerError", "TransportFailure"}
    assert all(error.method == "POST" and error.status in (503, None) for error in failed)
