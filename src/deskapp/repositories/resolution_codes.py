"""The resolution code list (queries only; the rules live in the service and the domain)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import ResolutionCode


class ResolutionCodeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> Sequence[ResolutionCode]:
        """Every code not deleted, active ones first, each group in the list's order."""
        return self.session.scalars(
            select(ResolutionCode).where(ResolutionCode.deleted_at.is_(None))
            .order_by(ResolutionCode.active.desc(), ResolutionCode.sort_order,
                      ResolutionCode.label)).all()

    def get(self, code_id: uuid.UUID) -> ResolutionCode | None:
        found = self.session.get(ResolutionCode, code_id)
        return None if found is None or found.deleted_at is not None else found

    def by_code(self, code: str) -> ResolutionCode | None:
        """The code a ticket stores, exactly as stored."""
        return self.session.scalar(
            select(ResolutionCode).where(ResolutionCode.code == code,
                                         ResolutionCode.deleted_at.is_(None)))

    def same_code(self, code: str) -> ResolutionCode | None:
        """A code that differs from ``code`` at most in letter case."""
        return self.session.scalars(
            select(ResolutionCode).where(func.lower(ResolutionCode.code) == code.lower())
        ).first()

    def same_label(self, label: str) -> ResolutionCode | None:
        return self.session.scalars(
            select(ResolutionCode).where(func.lower(ResolutionCode.label) == label.lower(),
                                         ResolutionCode.deleted_at.is_(None))).first()

    def add(self, code: ResolutionCode) -> None:
        self.session.add(code)
