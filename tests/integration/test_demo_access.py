"""Demo access management looks like a working desk: systems with owners and entitlements,
people holding grants through fulfilled requests, some expiring (with revocation tasks), a few
unrequested, requests waiting, a leaver on the way out and a review with a late owner."""

from __future__ import annotations

from datetime import UTC, datetime

from deskapp.db.demo.run import generate
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_demo_access_looks_like_a_working_desk(database: Database) -> None:
    generate(database.engine, 1000, seed=3, now=NOW, requests=True)
    services = Services.build(database.uow, ensure_staff(database.uow, "auditor1", "Audrey"))
    systems = services.access.systems()
    assert len(systems) == 6 and all(s.owner is not None for s in systems)
    assert sum(s.holders for s in systems) >= 60
    assert len(services.access.unrequested()) >= 3
    expiring = services.access.expiring()
    assert expiring and any(g.revocation_number for g in expiring)
    [review] = services.access_reviews.reviews()
    assert 0 < review.progress.decided < review.progress.total
    assert review.progress.revoked >= 1
    full = services.access_reviews.review(review.id)
    assert any(x.revocation_number for x in full.lines if x.decision == "revoked")
