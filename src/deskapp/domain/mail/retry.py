"""When a failed message is tried again: exponential backoff with a cap, then give up."""

from __future__ import annotations

from datetime import datetime, timedelta

FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=6)
MAX_ATTEMPTS = 8  # 1, 2, 4, 8, 16, 32, 64 minutes...: about two days of trying in all


def next_attempt(attempts: int, now: datetime, *, permanent: bool = False) -> datetime | None:
    """When to try again after ``attempts`` failed tries, or None: give up (the message stays
    in the outbox as failed, visible to an administrator, who may send it again)."""
    if permanent or attempts >= MAX_ATTEMPTS:
        return None
    delay: timedelta = FIRST_DELAY * (2 ** max(0, attempts - 1))
    return now + min(delay, MAX_DELAY)
