"""The CSI register on SQLite and PostgreSQL: an initiative's baseline is measured when it is
registered (the hand-built desk of ``test_kpi_cli``), progress is measured live, links to work
items, refusals for people who may not change the register, and the audit trail."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from deskapp.db.models import AuditEvent, StaffUser, Team, WorkItem
from deskapp.domain.kpi_catalogue import Scope
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.dto import Actor
from deskapp.services.improvement import ImprovementService, InitiativeDraft
from deskapp.services.kpi import KpiService
from tests.integration.test_kpi_cli import build_desk

REGISTERED = datetime(2025, 3, 8, tzinfo=UTC)


@pytest.fixture
def desk(database: Database) -> Database:
    build_desk(database)
    return database


def actor(db: Database, *roles: str) -> Actor:
    with db.uow(read_only=True) as uow:
        staff = uow.session.scalars(select(StaffUser).where(
            StaffUser.full_name == "Morgan Member")).one()
        return Actor(staff.id, staff.username, staff.full_name, roles)


def team(db: Database, name: str) -> uuid.UUID:
    with db.uow(read_only=True) as uow:
        return uow.session.scalars(select(Team.id).where(Team.name == name)).one()


def register(db: Database, when: datetime = REGISTERED, *roles: str) -> ImprovementService:
    who = actor(db, *(roles or ("supervisor",)))
    return ImprovementService(db.uow, who, KpiService(db.uow, who), clock=lambda: when)


def draft(**changes: object) -> InitiativeDraft:
    base: dict[str, object] = dict(
        title="Faster fixes for the network", reason="P3 network calls wait too long",
        kpi="mttr_wall", target=600.0, due_on=date(2025, 6, 30),
        scope=Scope(priority=4))
    base.update(changes)
    return InitiativeDraft(**base)  # type: ignore[arg-type]


def test_baseline_is_measured_when_registered(desk: Database) -> None:
    net = team(desk, "Network")
    saved = register(desk).save(draft(scope=Scope(team_id=net), kpi="opened", target=1.0))
    record = saved.record
    # 90 days before 8 March 2025: Network opened B (3 Mar), D (20 Feb), K (10 Feb); G
    # (1 Feb) too; the task T1 is not an incident
    assert (record.baseline, record.baseline_count) == (4.0, 4)
    assert record.baseline_end == REGISTERED
    assert (record.baseline_end - record.baseline_start).days == 90
    mttr = register(desk).save(draft()).record  # P4: D, 13,320 minutes
    assert (mttr.baseline, mttr.baseline_count) == (13320.0, 1)
    listed = register(desk).initiatives()
    assert {i.title for i in listed} == {"Faster fixes for the network"}
    assert len(listed) == 2
    with desk.uow(read_only=True) as uow:
        types = uow.session.scalars(select(AuditEvent.record_type).where(
            AuditEvent.record_id == record.id)).all()
    assert types and set(types) == {"improvement"}  # one per field


def test_progress_is_measured_now_over_as_many_days(desk: Database) -> None:
    service = register(desk)
    record = service.save(draft(kpi="backlog", target=2.0, scope=Scope())).record
    assert record.baseline == 4.0  # C E J K open at 8 March
    later = register(desk, datetime(2025, 3, 11, tzinfo=UTC))
    p = later.progress(later.get(record.id), UTC, weeks=2)
    assert p.now == 4.0  # C E F K at 11 March (J resolved on the 10th)
    assert p.percent == 0.0
    assert p.met is False
    assert len(p.weekly) == 3  # the weeks from Monday 24 Feb to the week of 11 March


def test_bad_drafts_are_refused_with_sentences(desk: Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import deskapp.services.kpi as kpi_service

    # a desk whose changes are not in use cannot measure the change success rate
    monkeypatch.setattr(kpi_service, "ACTIVE",
                        tuple(k for k in kpi_service.ACTIVE if k != "change"))
    service = register(desk)
    with pytest.raises(ValidationError) as caught:
        service.save(draft(title=" ", reason="", target=None))
    assert set(caught.value.fields) >= {"title", "reason", "target"}
    with pytest.raises(ValidationError) as caught:
        service.save(draft(kpi="change_success_rate", target=95.0))
    assert "not measured in this desk yet" in str(caught.value)
    with pytest.raises(ValidationError):
        service.save(draft(kpi="reopen_rate", target=150.0))
    assert service.initiatives() == []


def test_agents_may_read_but_not_change_the_register(desk: Database) -> None:
    record = register(desk).save(draft()).record
    agent = register(desk, REGISTERED, "agent")
    assert [i.id for i in agent.initiatives()] == [record.id]
    with pytest.raises(PermissionDenied):
        agent.save(draft())
    with pytest.raises(PermissionDenied):
        agent.link(record.id, "X-000002")


def test_links_to_work_items(desk: Database) -> None:
    service = register(desk)
    record = service.save(draft()).record
    linked = service.link(record.id, " x-000002 ").record
    assert [link.number for link in linked.links] == ["X-000002"]
    with pytest.raises(ValidationError):
        service.link(record.id, "X-000002")  # already linked
    with pytest.raises(ValidationError):
        service.link(record.id, "PRB-999")
    item_id = linked.links[0].id
    assert service.unlink(record.id, item_id).record.links == ()
    relinked = service.link(record.id, "X-000002").record  # a tombstone does not block
    assert len(relinked.links) == 1
    with desk.uow(read_only=True) as uow:
        assert uow.session.get(WorkItem, item_id) is not None


def test_edit_keeps_kpi_scope_and_baseline(desk: Database) -> None:
    service = register(desk)
    record = service.save(draft()).record
    edited = service.save(draft(id=record.id, version=record.version, kpi="opened",
                                scope=Scope(priority=1), target=500.0,
                                status="active")).record
    assert (edited.kpi, edited.scope, edited.baseline) == ("mttr_wall", Scope(priority=4),
                                                           13320.0)
    assert (edited.target, edited.status) == (500.0, "active")
