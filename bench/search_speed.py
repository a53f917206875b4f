"""Prints how long site search takes and how many database queries it makes.

Run after `make setup` (the shipped content loaded):
    DJANGO_DEBUG=1 .venv/bin/python bench/search_speed.py
Each query is searched 20 times through procedures.search.search_site; the first
(cold) run is shown apart, since it fills the stemmer's word cache.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from procedures.search import search_site  # noqa: E402

QUERIES = ["steroid shot", "sciatica", "knee", "blood thinners", "zebra", "x" * 10_240]
RUNS = 20


def main():
    print(f"{'query':<16} {'results':>7} {'queries':>7} {'cold ms':>8} {'median ms':>9} {'max ms':>7}")
    for query in QUERIES:
        timings = []
        for _ in range(RUNS):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                outcome = search_site(query=query)
                timings.append((time.perf_counter() - started) * 1000)
        label = query if len(query) < 16 else f"{query[:8]}…({len(query)})"
        print(
            f"{label:<16} {outcome.count:>7} {len(captured.captured_queries):>7} {timings[0]:>8.1f} "
            f"{statistics.median(timings[1:]):>9.1f} {max(timings[1:]):>7.1f}"
        )


if __name__ == "__main__":
    main()
