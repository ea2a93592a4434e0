"""``make bench``: every benchmark, each printed as a ratio measured side by side in one run.

1. pagination overhead: overlay ``paginate`` / hand-written loop, same client, 10,000 items
2. rate-limit utilisation: requests achieved / allowed by the vendor's limit, and 429s received
3. recovery: the same 10,000 items with 30 % of requests failing: lost, duplicated, time ratio
4. mock vs Prism 5: requests per second for a list (page of 100), a create, and a walk through
   10,000 records with a create after every page (no page cache hits), same client
5. soak: 50,000 requests, bad and good mixed, on 16 connections against one mock: 5xx answers,
   the server's RSS growth, and the good requests' p99 latency against a clean run of them;
   then 20 records of 5 MB created, listed and deleted: the RSS they leave behind
6. drift watch: the pagination of (1) with the watch checking every response, and a 10 % sample,
   against no watch (time ratios, the watch's checking included)
7. fixture: the `crm_mock` fixture's in-process Pylon mock, its 1,000 seeded contacts walked
   through `paginate` (seconds; the mock's construction timed apart)
8. queries: 10,000 Kanbert contacts in the in-process mock, every page of a list with a
   three-condition filter and a two-key sort / every page of the same list unfiltered (time
   per page)
"""

from __future__ import annotations

import argparse
import sys

from . import (
    fixture_pagination,
    mock_queries,
    mock_vs_prism,
    overlay_pagination,
    overlay_ratelimit,
    soak,
)

GOALS = (
    "goals: (1) <= 1.05  (2) >= 0.95 with 0 429s  (3) 0 lost, 0 duplicated  (4) > 1"
    f"  (5) 0 5xx, RSS growth < {soak.GOAL_RSS_MB:g} MB, p99 <= {soak.GOAL_P99_RATIO:g}x clean,"
    f" 5 MB records leave < {soak.GOAL_RSS_MB:g} MB  (6) <= 1.10 all, <= 1.02 at 10 %"
    f"  (7) < {fixture_pagination.GOAL_SECONDS:g} s  (8) <= {mock_queries.GOAL_RATIO:g} per page"
)
ROWS = ("pagination", "ratelimit", "recovery", "prism", "soak", "drift", "fixture", "queries")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=ROWS, action="append",
                        help="run only these (repeatable)")
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="load duration per server and scenario for the Prism comparison")
    parser.add_argument("--soak-requests", type=int, default=soak.REQUESTS, metavar="N",
                        help="requests in the soak's mixed run (default: %(default)s)")
    args = parser.parse_args(argv)
    chosen = set(args.only or ROWS)
    failed = []
    print(GOALS)
    if "pagination" in chosen:
        row = overlay_pagination.overhead(repeats=7)
        print(f"\n(1) pagination overhead, {row['items']:,} Pylon contacts over HTTP from the mock:"
              f"\n    hand-written {row['hand_s'] * 1000:.1f} ms, overlay {row['overlay_s'] * 1000:.1f}"
              f" ms (medians of 7)  ratio {row['ratio']:.3f}")
        if row["ratio"] > 1.05:
            failed.append("pagination overhead")
    if "ratelimit" in chosen:
        print("\n(2) rate-limit utilisation against the limit-enforcing mock (time-compressed):")
        for row in overlay_ratelimit.utilisation():
            print(f"    {row['api']:<10} {row['limit']:<9} x{row['time_scale']:<4g} "
                  f"achieved {row['achieved']}/{row['allowed']}  ratio {row['utilisation']:.3f}"
                  f"  429s {row['429s']}  other errors {row['other']}")
            if row["utilisation"] < 0.95 or row["429s"] or row["other"]:
                failed.append(f"rate limit {row['api']}")
    if "recovery" in chosen:
        row = overlay_pagination.recovery()
        print(f"\n(3) recovery, {row['items']:,} items, faults {overlay_pagination.FAULTS!r}:"
              f"\n    lost {row['lost']}  duplicated {row['duplicated']}  unexpected "
              f"{row['unexpected']}  time {row['faulty_s']:.2f} s vs {row['fault_free_s']:.2f} s"
              f" fault-free  ratio {row['time_ratio']:.1f}")
        if row["lost"] or row["duplicated"] or row["unexpected"]:
            failed.append("recovery")
    if "prism" in chosen:
        print(f"\n(4) mock vs Prism 5, Pylon, {args.seconds:g} s per scenario, 8 connections:")
        for row in mock_vs_prism.run(seconds=args.seconds):
            print(f"    {row['scenario']:<24} mock {row['mock_rps']:8.0f} req/s  prism "
                  f"{row['prism_rps']:8.0f} req/s  ratio {row['ratio']:.2f}"
                  f"  statuses mock {row['mock_statuses']} prism {row['prism_statuses']}")
            if row["ratio"] <= 1:
                failed.append(f"prism {row['scenario']}")
    if "soak" in chosen:
        row = soak.run(requests=args.soak_requests)
        print(f"\n(5) soak, {row['api']}, {row['requests']:,} requests (every other one bad) on "
              f"{row['connections']} connections, {row['mixed_seconds']:.1f} s:"
              f"\n    5xx {row['5xx']}  connection errors {row['connection_errors']}  bad not 4xx "
              f"{row['bad_not_4xx']} (statuses {row['bad_statuses']})  records added "
              f"{row['records_added']}"
              f"\n    RSS {row['rss_start_mb']:.1f} -> {row['rss_end_mb']:.1f} MB, growth "
              f"{row['rss_growth_mb']:.1f} MB"
              f"\n    p99 of the good requests {row['mixed_p99_ms']:.1f} ms mixed vs "
              f"{row['clean_p99_ms']:.1f} ms clean  ratio {row['p99_ratio']:.2f}"
              f"\n    20 records of 5 MB created, listed, deleted: RSS peak "
              f"{row['big_records_peak_mb']:.1f} MB, left over {row['big_records_residue_mb']:.1f} MB")
        failed += soak.missed(row)
    if "drift" in chosen:
        row = overlay_pagination.drift_overhead(repeats=7)
        print(f"\n(6) drift watch, the {row['items']:,} Pylon contacts of (1), medians of 7:"
              f"\n    off {row['off_s'] * 1000:.1f} ms, every response checked "
              f"{row['all_s'] * 1000:.1f} ms  ratio {row['ratio_all']:.3f}"
              f"\n    10 % sample {row['tenth_s'] * 1000:.1f} ms  ratio {row['ratio_tenth']:.3f}"
              f"  ({row['checked']:,} responses checked, {row['findings']} findings)"
              f"\n    the caller's own CPU time, every response checked: ratio "
              f"{row['caller_cpu_all']:.3f} (the checking runs in the watch's worker process)")
        if row["ratio_all"] > 1.10:
            failed.append("drift watch, every response")
        if row["ratio_tenth"] > 1.02:
            failed.append("drift watch, 10 % sample")
    if "fixture" in chosen:
        row = fixture_pagination.run()
        print(f"\n(7) crm_mock fixture, in process: {row['items']:,} Pylon contacts through "
              f"paginate in {row['requests']} requests, {row['walk_s'] * 1000:.1f} ms"
              f" (median of 7); building the seeded mock {row['build_s'] * 1000:.1f} ms")
        if row["walk_s"] >= fixture_pagination.GOAL_SECONDS:
            failed.append("fixture pagination")
    if "queries" in chosen:
        row = mock_queries.run()
        print(f"\n(8) queries, {row['items']:,} Kanbert contacts in process, pages of "
              f"{mock_queries.PAGE}, medians of 5:"
              f"\n    filter {mock_queries.FILTER!r}, sort {mock_queries.SORT!r}: "
              f"{row['query_contacts']:,} contacts in {row['query_pages']} pages"
              f"\n    per page: unfiltered {row['plain_page_ms']:.2f} ms, queried "
              f"{row['query_page_ms']:.2f} ms  ratio {row['ratio']:.2f}"
              f"\n    (the queried first page {row['query_first_page_ms']:.1f} ms selects and "
              f"orders all {row['items']:,}; a page asked again: {row['warm_plain_ms']:.2f} vs "
              f"{row['warm_query_ms']:.2f} ms, ratio {row['warm_ratio']:.2f})")
        if row["ratio"] > mock_queries.GOAL_RATIO:
            failed.append("queries per page")
    print("\nmissed goals: " + (", ".join(failed) if failed else "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
