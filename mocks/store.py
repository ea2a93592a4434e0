"""Where the mock keeps its records: JSON documents per collection, in memory or in SQLite.

Every collection is an insertion-ordered map from key (the record id as a string) to record; each
record also has a sequence number, which keyset cursors page by, so a page boundary survives
inserts and deletes. Records handed out are the stored objects themselves: callers treat them as
read-only and store a new dict to change one (copy on write), which keeps reads free of copies.

`SqliteStore` is a write-through cache: reads come from memory, every write also goes to the
database under a lock, and the database is read back in full at start-up.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

Record = Mapping[str, Any]


@dataclass(slots=True)
class _Collection:
    records: dict[str, tuple[int, Record]] = field(default_factory=dict)
    # Sorted (sequence, record) snapshot for paging, rebuilt lazily after a write.
    snapshot: tuple[list[int], list[Record]] | None = None


class Store(Protocol):
    """The storage interface the engine and the vendor hooks use."""

    def get(self, collection: str, key: str) -> Record | None: ...

    def put(self, collection: str, key: str, record: Record) -> None: ...

    def delete(self, collection: str, key: str) -> bool: ...

    def scan(self, collection: str) -> tuple[list[int], list[Record]]: ...

    def count(self, collection: str) -> int: ...

    def next_number(self, counter: str) -> int: ...

    def mark(self, flag: str) -> bool: ...

    def close(self) -> None: ...


class MemoryStore:
    """Records in process memory; gone when the process ends."""

    def __init__(self) -> None:
        self._collections: dict[str, _Collection] = {}
        self._counters: dict[str, int] = {}
        self._flags: set[str] = set()
        self._sequence = 0
        self._lock = threading.RLock()

    def _collection(self, name: str) -> _Collection:
        found = self._collections.get(name)
        if found is None:
            found = self._collections[name] = _Collection()
        return found

    def get(self, collection: str, key: str) -> Record | None:
        found = self._collections.get(collection)
        if found is None:
            return None
        entry = found.records.get(key)
        return entry[1] if entry else None

    def put(self, collection: str, key: str, record: Record) -> None:
        with self._lock:
            target = self._collection(collection)
            existing = target.records.get(key)
            if existing is None:
                self._sequence += 1
                sequence = self._sequence
            else:
                sequence = existing[0]
            target.records[key] = (sequence, record)
            target.snapshot = None
            self._persist_put(collection, key, sequence, record)

    def delete(self, collection: str, key: str) -> bool:
        with self._lock:
            target = self._collections.get(collection)
            if target is None or key not in target.records:
                return False
            del target.records[key]
            target.snapshot = None
            self._persist_delete(collection, key)
            return True

    def scan(self, collection: str) -> tuple[list[int], list[Record]]:
        """Every record of the collection in creation order, with its sequence numbers."""
        target = self._collections.get(collection)
        if target is None:
            return [], []
        snapshot = target.snapshot
        if snapshot is None:
            with self._lock:
                ordered = sorted(target.records.values(), key=lambda entry: entry[0])
                snapshot = ([entry[0] for entry in ordered], [entry[1] for entry in ordered])
                target.snapshot = snapshot
        return snapshot

    def count(self, collection: str) -> int:
        target = self._collections.get(collection)
        return len(target.records) if target else 0

    def next_number(self, counter: str) -> int:
        with self._lock:
            value = self._counters.get(counter, 0) + 1
            self._counters[counter] = value
            self._persist_counter(counter, value)
            return value

    def mark(self, flag: str) -> bool:
        """Set a one-time flag; True only the first time (e.g. "this catalog was seeded")."""
        if flag in self._flags:  # the common case, on every read of a catalog: no lock needed
            return False
        with self._lock:
            if flag in self._flags:
                return False
            self._flags.add(flag)
            self._persist_flag(flag)
            return True

    def close(self) -> None:
        return None

    # Persistence hooks, no-ops in memory.
    def _persist_put(self, collection: str, key: str, sequence: int, record: Record) -> None:
        return None

    def _persist_delete(self, collection: str, key: str) -> None:
        return None

    def _persist_counter(self, counter: str, value: int) -> None:
        return None

    def _persist_flag(self, flag: str) -> None:
        return None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    collection TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL,
    PRIMARY KEY (collection, key));
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS flags (name TEXT PRIMARY KEY);
"""


class SqliteStore(MemoryStore):
    """Records in a SQLite file (one JSON document per row), kept across restarts."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        # One connection shared by the event loop and any thread; the lock serialises writes.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._load()

    def _load(self) -> None:
        for collection, key, sequence, doc in self._db.execute(
            "SELECT collection, key, seq, doc FROM records ORDER BY seq"
        ):
            self._collection(collection).records[key] = (sequence, json.loads(doc))
            self._sequence = max(self._sequence, sequence)
        self._counters.update(self._db.execute("SELECT name, value FROM counters"))
        self._flags.update(name for (name,) in self._db.execute("SELECT name FROM flags"))

    def _persist_put(self, collection: str, key: str, sequence: int, record: Record) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO records (collection, key, seq, doc) VALUES (?, ?, ?, ?)",
            (collection, key, sequence, json.dumps(record, separators=(",", ":"))),
        )

    def _persist_delete(self, collection: str, key: str) -> None:
        self._db.execute("DELETE FROM records WHERE collection = ? AND key = ?", (collection, key))

    def _persist_counter(self, counter: str, value: int) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)", (counter, value)
        )

    def _persist_flag(self, flag: str) -> None:
        self._db.execute("INSERT OR IGNORE INTO flags (name) VALUES (?)", (flag,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def page_after(sequences: list[int], after: int) -> int:
    """The index of the first record whose sequence number is greater than `after`."""
    return bisect.bisect_right(sequences, after)


def open_store(db: str | None) -> Store:
    return SqliteStore(db) if db else MemoryStore()
