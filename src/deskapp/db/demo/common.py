"""Small pieces every demo generator shares: table lookup, row stamps, weighted picks."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from statistics import NormalDist
from typing import Any

from sqlalchemy import Table

from deskapp.db.models import Base

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

WINDOW_DAYS = 730
DEFAULT_BATCH = 5_000
KIND = "INC"
TASK_KIND = "ITASK"

CATEGORY_OF = {"new": "open", "assigned": "open", "in_progress": "open", "pending": "waiting",
               "resolved": "done", "closed": "done", "cancelled": "done"}


def table_of(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def new_id() -> uuid.UUID:
    return uuid.uuid4()



def stamp(values: dict[str, Any], at: datetime) -> dict[str, Any]:
    return {"id": new_id(), "version": 1, "created_at": at, "updated_at": at, **values}



def lognormal(mu: float, sigma: float, size: int = 4096) -> list[float]:
    """Quantiles of a log-normal distribution: ``table[int(random() * size)]`` samples it."""
    normal = NormalDist(mu, sigma)
    return [math.exp(normal.inv_cdf((k + 0.5) / size)) for k in range(size)]


def picks(weights: Sequence[tuple[Any, int]]) -> list[Any]:
    """A list to index with ``int(random() * len)`` for a weighted pick."""
    return [value for value, weight in weights for _ in range(weight)]

