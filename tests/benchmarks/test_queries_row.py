"""The queries row of `make bench` (benchmarks/mock_queries.py), run small: both walks reach
every contact they should, counted here from the seeded records. Speed is the benchmark's."""

from __future__ import annotations

from benchmarks import mock_queries


def test_the_queries_row_walks_the_selection_the_filter_means() -> None:
    app = mock_queries.seeded_app(300)
    records = app.state.engine.store.scan("/contacts")[1]
    wanted = [
        r for r in records
        if "er" in r["last_name"].casefold() and r["created_at"] >= "2023-06-01"
        and r["custom_fields"]["score"] >= 3
    ]  # fmt: skip
    row = mock_queries.run(items=300, repeats=1)
    assert row["plain_contacts"] == 300
    assert row["query_contacts"] == len(wanted) > 0
    assert row["query_pages"] == -(-len(wanted) // mock_queries.PAGE)
