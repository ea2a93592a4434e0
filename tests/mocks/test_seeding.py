"""`seed=N`: realistic, varied, valid records in every top-level collection, reproducibly."""

from __future__ import annotations

import re
from pathlib import Path

from tests.mocks.conftest import ClientFactory


def test_each_top_level_collection_gets_n_records(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox", seed=4)
    for key in ("contacts", "tasks", "events", "opportunities", "projects", "notes", "workflows"):
        path = f"/v1/{key}"
        page = wealthbox.get(path).json()
        assert len(page[key]) == 4, path
        assert [record["id"] for record in page[key]] == [1, 2, 3, 4]


def test_seeded_records_vary_and_look_real(mock: ClientFactory) -> None:
    contacts = mock("kanbert", seed=10).get("/contacts").json()["data"]
    assert len({(c["first_name"], c["last_name"]) for c in contacts}) > 3
    assert len({c["email"] for c in contacts}) == 10
    assert all(re.fullmatch(r"[a-z.\-]+\d+@example\.com", c["email"]) for c in contacts)
    # The documented placeholders ("string") are replaced by readable values.
    assert all(c["title"] != "string" for c in contacts)


def test_seeding_is_reproducible_with_the_same_random_seed(mock: ClientFactory) -> None:
    def names(seed_random: int) -> list[str]:
        contacts = mock("pylon", seed=5, seed_random=seed_random).get("/contacts").json()["data"]
        return [c["name"] for c in contacts]

    assert names(11) == names(11)
    assert names(11) != names(12)


def test_an_existing_database_is_not_seeded_again(mock: ClientFactory, tmp_path: Path) -> None:
    db = str(tmp_path / "repzo.db")
    first = mock("repzo", db=db, seed=3)
    assert first.get("/client-contact").json()["pagination"]["total"] == 3
    first.engine.store.close()
    assert mock("repzo", db=db, seed=3).get("/client-contact").json()["pagination"]["total"] == 3


def test_seed_zero_creates_nothing(mock: ClientFactory) -> None:
    assert mock("repzo").get("/client-contact").json()["data"] == []
