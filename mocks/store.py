"""Where the mock keeps its records: JSON documents per collection, in memory or in SQLite.

Every collection is an insertion-ordered map from key (the record id as a string) to record; each
record also has a sequence number, which keyset cursors page by, so a page boundary survives
inserts and deletes. Records handed out are the stored objects themselves: callers treat them as
read-only and store a new dict to change one (copy on write), which keeps reads free of copies.

Every record is encoded as JSON before it is stored (`Unstorable` when it cannot be): what the
store holds, the mock can always serve back.

`SqliteStore` is a write-through cache: reads come from memory, every write also goes to the
database under a lock, and the database is read back in full at start-up. A database file is
owned by one process at a time (an OS lock, `DatabaseBusy` for the second), and one the store
cannot read is reported as `DatabaseUnreadable`, naming the file and the row.
"""

from __future__ import annotations

import bisect
import fcntl
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from mocks.encoding import dumps

Record = Mapping[str, Any]


class Unstorable(ValueError):
    """A record that cannot be written as JSON (a lone surrogate, NaN, an unencodable value)."""


class DatabaseBusy(RuntimeError):
    """The database file is held by another process."""


class DatabaseUnreadable(RuntimeError):
    """The database file is not a mock database, or a row of it is not a record."""


def encoded(record: Record) -> bytes:
    """The record's JSON, or Unstorable: the check every write passes before it is stored."""
    try:
        return dumps(record)
    except (ValueError, TypeError, RecursionError) as error:
        raise Unstorable(f"the record cannot be written as JSON: {error}") from None


@dataclass(slots=True)
class _Collection:
    records: dict[str, tuple[int, Record]] = field(default_factory=dict)
    # Sorted (sequence, record) snapshot for paging, rebuilt lazily after a write.
    snapshot: tuple[list[int], list[Record]] | None = None


class Store(Protocol):
    """The storage interface the engine and the vendor hooks use."""

    # Called with each record the store lets go of (deleted, or replaced by a new version),
    # so that caches holding it (mocks/encoding.py) let go too.
    on_discard: Callable[[Record], None] | None
    # Called with each record stored and the JSON it was checked with, so that the encoder
    # keeps that JSON instead of writing the record again on its first read.
    on_stored: Callable[[Record, bytes], None] | None

    def get(self, collection: str, key: str) -> Record | None: ...

    def put(self, collection: str, key: str, record: Record) -> None: ...

    def delete(self, collection: str, key: str) -> bool: ...

    def scan(self, collection: str) -> tuple[list[int], list[Record]]: ...

    def count(self, collection: str) -> int: ...

    def next_number(self, counter: str) -> int: ...

    def mark(self, flag: str) -> bool: ...

    def collections(self) -> list[str]: ...

    def close(self) -> None: ...


class MemoryStore:
    """Records in process memory; gone when the process ends."""

    def __init__(self) -> None:
        self._collections: dict[str, _Collection] = {}
        self._counters: dict[str, int] = {}
        self._flags: set[str] = set()
        self._sequence = 0
        self._lock = threading.RLock()
        self.on_discard: Callable[[Record], None] | None = None
        self.on_stored: Callable[[Record, bytes], None] | None = None

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
        doc = encoded(record)
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
            self._persist_put(collection, key, sequence, doc)
        if self.on_stored is not None:
            self.on_stored(record, doc)
        if existing is not None and existing[1] is not record and self.on_discard is not None:
            self.on_discard(existing[1])

    def delete(self, collection: str, key: str) -> bool:
        with self._lock:
            target = self._collections.get(collection)
            if target is None or key not in target.records:
                return False
            _, record = target.records.pop(key)
            target.snapshot = None
            self._persist_delete(collection, key)
        if self.on_discard is not None:
            self.on_discard(record)
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

    def collections(self) -> list[str]:
        """The names of the collections that have held records, in the order first written."""
        return list(self._collections)

    def close(self) -> None:
        return None

    # Persistence hooks, no-ops in memory.
    def _persist_put(self, collection: str, key: str, sequence: int, doc: bytes) -> None:
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
        # Two servers writing one file would hand out the same ids and lose each other's
        # writes (each keeps its own copy in memory). The lock is the OS's, on the file itself
        # (flock, separate from SQLite's own fcntl locks): it goes with the process, crash or not.
        self._owner = _lock_file(path)
        try:
            # One connection shared by the event loop and any thread; the lock serialises writes.
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.executescript(_SCHEMA)
                self._load()
            except BaseException:
                self._db.close()
                raise
        except sqlite3.DatabaseError as error:
            os.close(self._owner)
            raise DatabaseUnreadable(f"{path}: not a mock database ({error})") from None
        except BaseException:
            os.close(self._owner)
            raise

    def _load(self) -> None:
        for collection, key, sequence, doc in self._db.execute(
            "SELECT collection, key, seq, doc FROM records ORDER BY seq"
        ):
            try:
                record = json.loads(doc)
            except (ValueError, TypeError, RecursionError):
                record = None
            if not isinstance(record, dict) or not isinstance(sequence, int):
                raise DatabaseUnreadable(
                    f"{self.path}: the row of collection {collection!r}, key {key!r} "
                    "does not hold a JSON record"
                )
            self._collection(collection).records[key] = (sequence, record)
            self._sequence = max(self._sequence, sequence)
        self._counters.update(self._db.execute("SELECT name, value FROM counters"))
        self._flags.update(name for (name,) in self._db.execute("SELECT name FROM flags"))

    def _persist_put(self, collection: str, key: str, sequence: int, doc: bytes) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO records (collection, key, seq, doc) VALUES (?, ?, ?, ?)",
            (collection, key, sequence, doc.decode("utf-8")),
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
            if self._owner < 0:
                return
            self._db.close()
            os.close(self._owner)  # releases the lock
            self._owner = -1


def _lock_file(path: str) -> int:
    """An open descriptor of `path` holding its exclusive lock; DatabaseBusy if another has it."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise DatabaseUnreadable(f"{path}: cannot open it ({error.strerror})") from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        raise DatabaseBusy(
            f"{path} is in use by another mock server; stop it or give this one another --db"
        ) from None
    return descriptor


def page_after(sequences: list[int], after: int) -> int:
    """The index of the first record whose sequence number is greater than `after`."""
    return bisect.bisect_right(sequences, after)


def open_store(db: str | None) -> Store:
    return SqliteStore(db) if db else MemoryStore()
