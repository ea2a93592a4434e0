"""The loop the fixture row of `make bench` times (benchmarks/fixture_pagination.py), run small:
it walks every seeded contact once through the fixture's ready client. Speed is the benchmark's."""

from __future__ import annotations

from benchmarks import fixture_pagination


def test_the_fixture_row_walks_every_seeded_contact_once() -> None:
    row = fixture_pagination.run(items=30, repeats=1)
    assert row["items"] == 30 and row["requests"] >= 1  # run() asserts 30 distinct ids
