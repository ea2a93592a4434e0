"""The soak row of `make bench` (benchmarks/soak.py), run small: it runs, and what it counts holds.

Its speed and memory goals are the benchmark's (`python -m benchmarks --only soak`); here only
the correctness half is asserted, at a count a loaded machine runs in seconds.
"""

from __future__ import annotations

from benchmarks import soak


def test_the_soak_row_at_a_small_count() -> None:
    row = soak.run(requests=1_000)
    assert row["requests"] == 1_000
    assert (row["5xx"], row["connection_errors"], row["bad_not_4xx"]) == (0, 0, 0)
    assert row["records_added"] == 0  # bad input stored nothing
    assert set(row["bad_statuses"]) == {400, 401, 404, 405}
    assert row["rss_start_mb"] > 0 and row["clean_p99_ms"] > 0 and row["mixed_p99_ms"] > 0
    assert row["big_records_peak_mb"] > 100  # 20 records of 5 MB were really held
    fine = {"p99_ratio": 1.0, "rss_growth_mb": 0.0, "big_records_residue_mb": 0.0}
    assert soak.missed({**row, **fine}) == []
    bad = {"5xx": 1, "p99_ratio": 3.0, "rss_growth_mb": 25.0, "big_records_residue_mb": 300.0}
    assert soak.missed({**row, **bad}) == [
        "soak 5xx/errors",
        "soak RSS",
        "soak p99",
        "soak big records",
    ]
