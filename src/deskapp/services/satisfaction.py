"""Satisfaction (CSAT): ratings of resolved items, from the caller's mail or recorded by an
agent on a call, and the figures Continual Improvement counts.

CSAT is the share of ratings that are 4 or 5 ("satisfied"), the usual definition; the average
and the count per score come with it so a report can show the spread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from deskapp.db.base import utcnow
from deskapp.db.models import SatisfactionRating, WorkItem
from deskapp.domain.ids import new_id
from deskapp.domain.mail.rating import COMMENT_MAX, SCORES, check_score
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork, UnitOfWorkFactory
from deskapp.services.authorization import Action, require_item, require_visible
from deskapp.services.dto import Actor
from deskapp.services.work_items import WorkItemOperations

SATISFIED = (4, 5)


@dataclass(frozen=True)
class RatingDTO:
    id: uuid.UUID
    work_item_id: uuid.UUID
    score: int
    comment: str | None
    source: str
    rated_at: datetime


@dataclass(frozen=True)
class SatisfactionFigures:
    since: datetime
    until: datetime
    count: int
    by_score: dict[int, int]
    average: float | None  # None: no ratings in the period
    csat_percent: float | None  # share of 4 and 5

    @classmethod
    def from_counts(cls, since: datetime, until: datetime,
                    counts: dict[int, int]) -> SatisfactionFigures:
        by_score = {s: counts.get(s, 0) for s in SCORES}
        total = sum(by_score.values())
        if not total:
            return cls(since, until, 0, by_score, None, None)
        average = sum(s * n for s, n in by_score.items()) / total
        satisfied = sum(by_score[s] for s in SATISFIED)
        return cls(since, until, total, by_score, round(average, 2),
                   round(100 * satisfied / total, 1))


def add_rating(uow: UnitOfWork, item: WorkItem, score: int, comment: str | None, *,
               source: str, person_id: uuid.UUID | None, recorded_by_id: uuid.UUID | None,
               now: datetime) -> SatisfactionRating:
    """Record a rating inside ``uow`` (mail-in and the service below)."""
    row = SatisfactionRating(
        id=new_id(), work_item_id=item.id, person_id=person_id, score=check_score(score),
        comment=(comment or "").strip()[:COMMENT_MAX] or None, source=source,
        recorded_by_id=recorded_by_id, rated_at=now, created_at=now, updated_at=now)
    uow.mail.add(row)
    return row


def satisfaction_figures(uow: UnitOfWork, since: datetime, until: datetime
                         ) -> SatisfactionFigures:
    """Ratings given in [since, until): what Continual Improvement reports."""
    return SatisfactionFigures.from_counts(since, until, uow.mail.score_counts(since, until))


class SatisfactionService(WorkItemOperations):
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(uow, actor, clock)

    def record(self, item_id: uuid.UUID, score: int, comment: str | None = None) -> RatingDTO:
        """An agent records the rating a caller gave on the phone (the item resolved or
        closed: a rating judges a resolution)."""
        now = self._clock()
        with self._uow() as uow:
            item = uow.work_items.get(item_id)
            if item is None:
                raise NotFound("That item no longer exists; refresh the list.")
            require_item(self.actor, Action.EDIT, item, uow)
            if item.status not in ("resolved", "closed"):
                raise ValidationError(msg("{number} is not resolved yet; a rating judges a "
                                          "resolution, record it once the item is resolved.",
                                          number=item.number))
            row = add_rating(uow, item, score, comment, source="call",
                             person_id=item.caller_id, recorded_by_id=self.actor.staff_id,
                             now=now)
            self._event(uow, item, "satisfaction", None, str(row.score), now)
            uow.commit()
            return _dto(row)

    def ratings(self, item_id: uuid.UUID) -> list[RatingDTO]:
        with self._uow(read_only=True) as uow:
            item = uow.work_items.get(item_id)
            if item is None:
                raise NotFound("That item no longer exists; refresh the list.")
            require_visible(self.actor, item, uow)
            return [_dto(r) for r in uow.mail.ratings_of(item_id)]

    def figures(self, since: datetime, until: datetime) -> SatisfactionFigures:
        if until <= since:
            raise ValidationError("The period ends before it starts; pick an end after the "
                                  "start.")
        with self._uow(read_only=True) as uow:
            return satisfaction_figures(uow, since, until)


def _dto(row: SatisfactionRating) -> RatingDTO:
    return RatingDTO(row.id, row.work_item_id, row.score, row.comment, row.source, row.rated_at)
