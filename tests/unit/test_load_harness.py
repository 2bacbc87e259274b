"""The load harness's matching of edits to listeners' refreshes (``benchmarks/load.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.load import fan_out  # noqa: E402


def test_each_listener_counts_its_first_refresh_after_the_save_from_the_commit() -> None:
    edits = [("a", 10.0, 10.05), ("a", 20.0, 20.04), ("b", 11.0, 11.02)]
    notices = [
        ("p1", "a", 10.06, 10.5), ("p1", "a", 10.07, 11.2),  # joined: the first refresh counts
        ("p2", "a", 10.06, 10.9),
        ("p1", "a", 20.05, 20.54),  # the second save of a
        ("p1", "b", 11.03, 11.52), ("p2", "b", 11.03, 11.62),
        ("p1", "c", 12.0, 12.1),  # not an edit (a comment, take next): ignored
    ]
    fan = fan_out(edits, notices, listeners=2, end_wall=100.0)
    assert sorted(round(x) for x in fan["series"].samples) == [450, 500, 500, 600, 850]
    assert fan["expected"] == 6 and fan["refreshed"] == 5 and fan["not_refreshed"] == 1


def test_edits_in_the_last_seconds_are_not_expected() -> None:
    fan = fan_out([("a", 98.0, 98.1)], [], listeners=3, end_wall=100.0)
    assert fan["expected"] == 0 and fan["not_refreshed"] == 0
