"""Client-generated, time-ordered UUIDs (the UUIDv7 layout, RFC 9562).

Keys made on any client never collide (offline replicas insert freely), and because they grow
with time, indexes are appended to rather than written at random places, and rows written in one
operation (a ticket's events) sort in the order they were made when their timestamps are equal.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last = 0


def new_id() -> uuid.UUID:
    """A UUIDv7: 48-bit Unix milliseconds, then random bits; strictly increasing per process."""
    global _last
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | (rand & ((1 << 80) - 1))
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    with _lock:
        if value <= _last:
            # Same millisecond or a clock step back: count on from the last id. The increment
            # stays in the low random bits (a carry would need 2**62 ids in one millisecond).
            value = _last + 1
        _last = value
    return uuid.UUID(int=value)
