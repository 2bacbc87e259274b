"""Why a demo item waits, and until when: a pending item on a working desk says what it waits
for (the caller, a vendor, a change, an approval) and often when it comes back by itself.

Drawn from the item's own id (not the generator's random stream), so adding reasons left every
other demo value as it was. A "pending until" lies ahead of the run's now (1 to 21 days,
at a working hour), so the SLA sweep does not bring every waiting item back at the first look;
the waiting that pauses the clock is unchanged.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime

#: (reason, weight out of 100, share with a "pending until" date, its days ahead (min, max))
REASONS: tuple[tuple[str, int, float, tuple[int, int]], ...] = (
    ("caller", 50, 0.6, (1, 7)),  # "we call again on Tuesday"
    ("vendor", 25, 0.5, (2, 14)),  # the vendor's promised delivery or fix date
    ("change", 15, 0.7, (3, 21)),  # the change's planned window
    ("approval", 10, 0.3, (1, 5)),
)


def pending_reason(key: str, now: int) -> tuple[str, int | None]:
    """(reason key, pending-until epoch seconds or None) for the waiting item ``key``."""
    h = zlib.crc32(key.encode())
    pick, share, days = h % 100, (h >> 8) % 1000 / 1000, (h >> 18) % 1024
    chosen = REASONS[-1]
    for entry in REASONS:
        if pick < entry[1]:
            chosen = entry
            break
        pick -= entry[1]
    reason, _weight, dated, (low, high) = chosen
    if share >= dated:
        return reason, None
    ahead = low + days % (high - low + 1)
    hour = 8 + (h >> 28) % 9  # 08:00 to 16:00 UTC: someone is at work then
    day = (now // 86400 + ahead) * 86400
    return reason, day + hour * 3600


def until_text(until: int) -> str:
    """As the services write a datetime into an event (``isoformat``)."""
    return datetime.fromtimestamp(until, UTC).isoformat()
