"""The stores: in-memory by default, SQLite across app re-creation, safe under concurrent writes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mocks.store import DatabaseBusy, MemoryStore, SqliteStore, Store
from tests.mocks.conftest import ClientFactory


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    return MemoryStore() if request.param == "memory" else SqliteStore(str(tmp_path / "mock.db"))


def test_records_keep_creation_order_and_sequence_numbers(store: Store) -> None:
    store.put("/c", "b", {"id": "b"})
    store.put("/c", "a", {"id": "a"})
    store.put("/c", "b", {"id": "b", "v": 2})  # an update keeps its place
    sequences, records = store.scan("/c")
    assert [r["id"] for r in records] == ["b", "a"]
    assert sequences == sorted(sequences) and len(set(sequences)) == 2
    assert store.get("/c", "b") == {"id": "b", "v": 2}
    assert store.delete("/c", "b") and not store.delete("/c", "b")
    assert store.count("/c") == 1 and store.get("/c", "b") is None


def test_counters_and_flags(store: Store) -> None:
    assert [store.next_number("ids"), store.next_number("ids"), store.next_number("other")] == [
        1,
        2,
        1,
    ]
    assert store.mark("seeded") is True and store.mark("seeded") is False


def test_concurrent_writers_lose_nothing(store: Store) -> None:
    def write(worker: int) -> None:
        for index in range(200):
            number = store.next_number("ids")
            store.put("/c", f"{worker}-{index}", {"n": number})

    threads = [threading.Thread(target=write, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    _, records = store.scan("/c")
    assert len(records) == 800
    assert sorted(r["n"] for r in records) == list(range(1, 801))  # no number handed out twice


def test_sqlite_reloads_everything_it_wrote(tmp_path: Path) -> None:
    path = str(tmp_path / "mock.db")
    first = SqliteStore(path)
    first.put("/c", "a", {"id": "a", "name": "Ada"})
    first.put("/c", "b", {"id": "b"})
    first.delete("/c", "b")
    first.next_number("ids")
    first.mark("catalog:/users")
    first.close()
    again = SqliteStore(path)
    assert again.scan("/c")[1] == [{"id": "a", "name": "Ada"}]
    assert again.next_number("ids") == 2
    assert again.mark("catalog:/users") is False
    again.put("/c", "z", {"id": "z"})  # new sequence numbers continue after the loaded ones
    assert [r["id"] for r in again.scan("/c")[1]] == ["a", "z"]


def test_app_state_survives_re_creation_with_the_same_db(
    mock: ClientFactory, tmp_path: Path
) -> None:
    db = str(tmp_path / "wealthbox.db")
    first = mock("wealthbox", db=db)
    created = first.post(
        "/v1/contacts", json={"first_name": "Kevin", "last_name": "Anderson"}
    ).json()
    first.delete("/v1/contacts/1")
    first.post("/v1/contacts", json={"first_name": "Grace", "last_name": "Hopper"})
    first.engine.store.close()

    second = mock("wealthbox", db=db)
    assert second.get("/v1/contacts/1").status_code == 404
    assert second.get("/v1/contacts/2").json()["first_name"] == "Grace"
    # Ids continue where they stopped: a restart never hands out an id twice.
    assert (
        second.post("/v1/contacts", json={"first_name": "Alan", "last_name": "Turing"}).json()["id"]
        == 3
    )
    assert created["id"] == 1


def test_a_memory_app_starts_empty_every_time(mock: ClientFactory) -> None:
    mock("pylon").post("/contacts", json={"name": "Ada"})
    assert mock("pylon").get("/contacts").json()["data"] == []


def test_a_database_file_is_owned_by_one_store_at_a_time(tmp_path: Path) -> None:
    path = str(tmp_path / "mock.db")
    first = SqliteStore(path)
    with pytest.raises(DatabaseBusy, match="in use by another mock server"):
        SqliteStore(path)
    first.put("/c", "a", {"id": "a"})  # the refused second store took nothing from the first
    first.close()
    second = SqliteStore(path)  # closing releases the file
    assert second.scan("/c")[1] == [{"id": "a"}]
    second.close()
    second.close()  # closing twice is harmless
