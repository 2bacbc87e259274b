"""Access management on SQLite and PostgreSQL: systems and entitlements; an access request
approved by the system owner and fulfilled into a grant; who has what per person and per
system; unrequested grants flagged; expiry opening revocation tasks; revocation keeping the
grant's history; reviews (staff reviewer, recorded answer, delegate-free refusal, finishing);
a leaver revoking everything by one task per system owner. Bad input refused, nothing saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.db.models import (
    AccessGrant,
    AccessGrantEvent,
    AccessRequest,
    AccessReviewItem,
    Department,
    Person,
    WorkItem,
)
from deskapp.domain.access import ReviewerRole
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.access import EntitlementDraft, SystemDraft
from deskapp.services.access_requests import GrantRequestDraft
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk


@dataclass(frozen=True)
class AccessDesk:
    desk: Desk
    owner: Actor
    sap: uuid.UUID
    ap_clerk: uuid.UUID
    approver_role: uuid.UUID
    crm: uuid.UUID
    crm_user: uuid.UUID
    dept: uuid.UUID


@pytest.fixture
def acc(database: Database, actor: Actor, services: Services) -> AccessDesk:
    desk = make_desk(database, actor_id=actor.staff_id)
    owner = ensure_staff(database.uow, "fiona", "Fiona Owner", roles=("service_owner",))
    with database.uow() as uow:
        dept = Department(organisation_id=_org(uow), name="Finance")
        uow.session.add(dept)
        uow.session.flush()
        caller = uow.session.get(Person, desk.caller_id)
        assert caller is not None
        caller.department_id = dept.id
        uow.commit()
        dept_id = dept.id
    sap = services.access.save_system(SystemDraft("SAP Finance", "ERP", desk.ci_id,
                                                  owner.staff_id, desk.team_id))
    crm = services.access.save_system(SystemDraft("CRM", "", None, None, desk.other_team_id))
    clerk = services.access.save_entitlement(EntitlementDraft(sap.id, "AP clerk"))
    approver = services.access.save_entitlement(EntitlementDraft(sap.id, "Payment approver",
                                                                 "role", "", True))
    crm_user = services.access.save_entitlement(EntitlementDraft(crm.id, "Sales user", "licence",
                                                                 "", False))
    return AccessDesk(desk, owner, sap.id, clerk.id, approver.id, crm.id, crm_user.id, dept_id)


def _org(uow: object) -> uuid.UUID:
    from deskapp.db.models import Organisation

    org = Organisation(name=f"Org {uuid.uuid4().hex[:6]}")
    uow.session.add(org)  # type: ignore[attr-defined]
    uow.session.flush()  # type: ignore[attr-defined]
    return org.id


def counts(database: Database) -> tuple[int, int, int]:
    with database.uow(read_only=True) as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(AccessRequest)) or 0,
                s.scalar(select(func.count()).select_from(AccessGrant)) or 0,
                s.scalar(select(func.count()).select_from(AccessGrantEvent)) or 0)


def close(services: Services, item_id: uuid.UUID) -> object:
    item = services.access_requests.get(item_id)
    return services.access_requests.transition(item.id, item.version, "closed")


def grant_now(services: Services, acc: AccessDesk, entitlement: uuid.UUID,
              person: uuid.UUID | None = None, **kw: object) -> uuid.UUID:
    """A grant through a request without approval (CRM) or approved by the owner (SAP)."""
    raised = services.access_requests.request_grant(GrantRequestDraft(
        person or acc.desk.caller_id, entitlement, **kw))  # type: ignore[arg-type]
    info = services.access_requests.info(raised.id)
    if info.awaiting_approval:
        owner = Services.build(services.access._uow, acc.owner)  # noqa: SLF001
        line = owner.approvals.my_approvals()[0]
        owner.approvals.decide(line.id, True)
    close(services, raised.id)
    info = services.access_requests.info(raised.id)
    assert len(info.grants) == 1
    return info.grants[0].id


def test_an_access_request_is_approved_by_the_owner_and_fulfilled_into_a_grant(
        database: Database, services: Services, acc: AccessDesk) -> None:
    expires = datetime.now(UTC) + timedelta(days=90)
    raised = services.access_requests.request_grant(GrantRequestDraft(
        acc.desk.caller_id, acc.ap_clerk, expires, "Covers for Jo in accounts payable"))
    assert raised.number.startswith("ACC-") and raised.status == "pending"
    assert raised.title == "Grant SAP Finance: AP clerk to Casey Caller"
    assert raised.team is not None and raised.team.label == "Service Desk"
    info = services.access_requests.info(raised.id)
    assert info.awaiting_approval and info.entitlement == "SAP Finance: AP clerk"
    # nobody but the approval engine moves it on
    with pytest.raises(ValidationError, match="waits for the system owner's approval"):
        services.access_requests.transition(raised.id, raised.version, "closed")
    owner = Services.build(database.uow, acc.owner)
    mine = owner.approvals.my_approvals()
    assert [m.number for m in mine] == [raised.number]
    owner.approvals.decide(mine[0].id, True, "ok")
    approved = services.access_requests.get(raised.id)
    assert approved.status == "in_progress"
    close(services, raised.id)
    info = services.access_requests.info(raised.id)
    [grant] = info.grants
    assert (grant.person.label, grant.system.label, grant.entitlement.label) == (
        "Casey Caller", "SAP Finance", "AP clerk")
    assert grant.request_number == raised.number and not grant.unrequested
    assert grant.granted_by == "Alex Agent" and grant.expires_at == expires
    assert [g.id for g in services.access.grants_of_person(acc.desk.caller_id)] == [grant.id]
    assert [g.id for g in services.access.grants_on_system(acc.sap)] == [grant.id]
    assert services.access.grants_on_system(acc.crm) == []
    assert [e.what for e in services.access.history(grant.id)] == ["granted"]
    systems = {s.name: (s.entitlements, s.holders, s.owner.label if s.owner else None)
               for s in services.access.systems()}
    assert systems == {"CRM": (1, 0, None), "SAP Finance": (2, 1, "Fiona Owner")}


def test_a_rejected_request_records_no_grant(database: Database, services: Services,
                                             acc: AccessDesk) -> None:
    raised = services.access_requests.request_grant(GrantRequestDraft(
        acc.desk.caller_id, acc.approver_role))
    owner = Services.build(database.uow, acc.owner)
    owner.approvals.decide(owner.approvals.my_approvals()[0].id, False,
                           "Segregation of duties: already a clerk")
    rejected = services.access_requests.get(raised.id)
    assert rejected.status == "rejected"
    assert "Segregation of duties" in (rejected.resolution_notes or "")
    assert counts(database)[1] == 0


def test_bad_grants_are_refused_and_nothing_is_saved(database: Database, services: Services,
                                                     acc: AccessDesk) -> None:
    grant_now(services, acc, acc.crm_user)
    before = counts(database)
    with pytest.raises(ValidationError, match="already holds CRM: Sales user"):
        services.access_requests.request_grant(GrantRequestDraft(acc.desk.caller_id,
                                                                 acc.crm_user))
    with pytest.raises(ValidationError, match="Pick the person"):
        services.access_requests.request_grant(GrantRequestDraft(None, acc.crm_user))
    with pytest.raises(ValidationError, match="already holds"):
        services.access.add_unrequested_grant(acc.desk.caller_id, acc.crm_user)
    # a leaver: no grant, whichever way it is asked
    with database.uow() as uow:
        leaver = Person(full_name="Lee Leaver", left_at=datetime.now(UTC) - timedelta(days=1))
        uow.session.add(leaver)
        uow.commit()
        leaver_id = leaver.id
    with pytest.raises(ValidationError, match="Lee Leaver has left"):
        services.access_requests.request_grant(GrantRequestDraft(leaver_id, acc.crm_user))
    with pytest.raises(ValidationError, match="has left"):
        services.access.add_unrequested_grant(leaver_id, acc.crm_user, "import")
    assert counts(database) == before


def test_a_request_fulfilled_after_the_person_left_saves_nothing(
        database: Database, services: Services, acc: AccessDesk) -> None:
    raised = services.access_requests.request_grant(GrantRequestDraft(acc.desk.caller_id,
                                                                      acc.crm_user))
    with database.uow() as uow:
        person = uow.session.get(Person, acc.desk.caller_id)
        assert person is not None
        person.left_at = datetime.now(UTC) - timedelta(minutes=1)
        uow.commit()
    before = counts(database)
    with pytest.raises(ValidationError, match="has left"):
        close(services, raised.id)
    assert services.access_requests.get(raised.id).status == "new"  # the step rolled back
    assert counts(database) == before


def test_unrequested_grants_are_flagged_and_revocation_keeps_history(
        database: Database, services: Services, acc: AccessDesk) -> None:
    found = services.access.add_unrequested_grant(acc.desk.caller_id, acc.approver_role, "found",
                                                  note="Seen in the SAP user list")
    requested = grant_now(services, acc, acc.crm_user)
    assert [g.id for g in services.access.unrequested()] == [found.id]
    assert found.unrequested and found.source == "found"
    revocation = services.access_requests.request_revoke([found.id], "Not needed")
    assert revocation.title == "Revoke SAP Finance: Payment approver from Casey Caller"
    assert services.access.grant(found.id).revocation_number == revocation.number
    # the same grant cannot go on a second revocation; a missing grant is a sentence
    with pytest.raises(ValidationError, match=f"already being revoked by {revocation.number}"):
        services.access_requests.request_revoke([found.id], "again")
    with pytest.raises(ValidationError, match="grant does not exist"):
        services.access_requests.request_revoke([uuid.uuid4()], "nothing")
    close(services, revocation.id)
    gone = services.access.grant(found.id)
    assert gone.revoked_at is not None and gone.revoked_by == "Alex Agent"
    assert [g.id for g in services.access.grants_of_person(acc.desk.caller_id)] == [requested]
    assert len(services.access.grants_of_person(acc.desk.caller_id, revoked=True)) == 2
    assert [e.what for e in services.access.history(found.id)] == [
        "granted", "revocation_opened", "revoked"]
    with pytest.raises(ValidationError, match="already revoked"):
        services.access_requests.request_revoke([found.id], "again")
    assert services.access.unrequested() == []


def test_expiry_opens_revocation_tasks_due_at_the_expiry(database: Database, services: Services,
                                                         acc: AccessDesk) -> None:
    soon = datetime.now(UTC) + timedelta(days=3)
    later = datetime.now(UTC) + timedelta(days=40)
    g1 = grant_now(services, acc, acc.crm_user, expires_at=soon)
    grant_now(services, acc, acc.ap_clerk, expires_at=later)
    assert [g.id for g in services.access.expiring(timedelta(days=30))] == [g1]
    numbers = services.access_requests.open_expiry_tasks()
    assert len(numbers) == 1
    assert services.access_requests.open_expiry_tasks() == []  # once only
    with database.uow(read_only=True) as uow:
        item = uow.session.scalars(select(WorkItem).where(WorkItem.number == numbers[0])).one()
        assert item.due_at is not None and abs(item.due_at - soon) < timedelta(seconds=1)
        assert item.team_id == acc.desk.other_team_id  # the CRM's team does it
        assert item.sla_state is not None  # on the SLA engine


def test_a_review_confirms_and_revokes_and_finishes_as_a_record(
        database: Database, services: Services, actor: Actor, acc: AccessDesk) -> None:
    g1 = grant_now(services, acc, acc.ap_clerk)
    with database.uow() as uow:
        other = Person(full_name="Robin Second")
        uow.session.add(other)
        uow.commit()
        other_id = other.id
    g2 = grant_now(services, acc, acc.ap_clerk, person=other_id)
    supervisor = ensure_staff(database.uow, "sue", "Sue Supervisor", roles=("supervisor",))
    agent = ensure_staff(database.uow, "ann", "Ann Agent", roles=("agent",))
    with pytest.raises(PermissionDenied):
        Services.build(database.uow, agent).access_reviews.start(system_id=acc.sap)
    sup = Services.build(database.uow, supervisor)
    review = sup.access_reviews.start(system_id=acc.sap, prefer=ReviewerRole.OWNER)
    assert review.progress.total == 2 and review.progress.pending == 2
    assert {x.reviewer for x in review.lines} == {"Fiona Owner"}
    # someone not asked may not decide
    with pytest.raises(PermissionDenied, match="not asked"):
        services.access_reviews.decide(review.lines[0].id, True)
    owner = Services.build(database.uow, acc.owner)
    mine = owner.access_reviews.mine()
    assert {m.person for m in mine} == {"Casey Caller", "Robin Second"}
    by_person = {m.person: m for m in mine}
    with pytest.raises(ValidationError, match="Say why"):
        owner.access_reviews.decide(by_person["Robin Second"].id, False, "")
    owner.access_reviews.decide(by_person["Casey Caller"].id, True)
    line = owner.access_reviews.decide(by_person["Robin Second"].id, False, "Moved to sales")
    assert line.revocation_number is not None and line.revocation_number.startswith("ACC-")
    with pytest.raises(ValidationError, match="finished"):
        owner.access_reviews.decide(by_person["Robin Second"].id, True)
    done = sup.access_reviews.review(review.id)
    assert done.finished_at is not None and done.progress.finished
    assert done.progress.confirmed == 1 and done.progress.revoked == 1
    assert owner.access_reviews.mine() == []
    assert services.access.grant(g2).revocation_number == line.revocation_number
    assert "confirmed" in [e.what for e in services.access.history(g1)]
    # the revocation task revokes it
    item = services.access_requests.get(
        services.access.grant(g2).id and _item_id(database, line.revocation_number))
    services.access_requests.transition(item.id, item.version, "closed")
    assert services.access.grant(g2).revoked_at is not None


def _item_id(database: Database, number: str | None) -> uuid.UUID:
    with database.uow(read_only=True) as uow:
        return uow.session.scalars(select(WorkItem.id).where(WorkItem.number == number)).one()


def test_a_department_review_asks_managers_and_an_agent_records_their_answer(
        database: Database, services: Services, acc: AccessDesk) -> None:
    with database.uow() as uow:
        manager = Person(full_name="Maria Manager", email="maria@example.com")
        uow.session.add(manager)
        uow.session.flush()
        caller = uow.session.get(Person, acc.desk.caller_id)
        assert caller is not None
        caller.manager_id = manager.id
        uow.commit()
    grant_now(services, acc, acc.crm_user)
    supervisor = ensure_staff(database.uow, "sue", "Sue Supervisor", roles=("supervisor",))
    sup = Services.build(database.uow, supervisor)
    review = sup.access_reviews.start(department_id=acc.dept, prefer=ReviewerRole.MANAGER,
                                      due_at=datetime.now(UTC) + timedelta(days=1))
    [line] = review.lines
    assert (line.reviewer, line.reviewer_has_login, line.reviewer_role) == (
        "Maria Manager", False, "manager")
    with pytest.raises(PermissionDenied, match="not asked"):
        services.access_reviews.decide(line.id, True)
    recorded = services.access_reviews.record(line.id, True, "Confirmed by phone")
    assert recorded.recorded_by_proxy and recorded.decided_by == "Alex Agent"
    assert sup.access_reviews.review(review.id).finished_at is not None


def test_a_review_of_nothing_or_without_reviewers_is_refused(
        database: Database, services: Services, acc: AccessDesk) -> None:
    supervisor = ensure_staff(database.uow, "sue", "Sue Supervisor", roles=("supervisor",))
    sup = Services.build(database.uow, supervisor)
    with pytest.raises(ValidationError, match="nothing to review"):
        sup.access_reviews.start(system_id=acc.crm)
    grant_now(services, acc, acc.crm_user)  # CRM has no owner, the caller no manager
    with pytest.raises(ValidationError, match="neither a manager nor a system owner"):
        sup.access_reviews.start(system_id=acc.crm)
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(AccessReviewItem)) == 0


def test_a_leaver_revokes_everything_by_one_task_per_system_owner(
        database: Database, services: Services, acc: AccessDesk) -> None:
    grant_now(services, acc, acc.ap_clerk)
    grant_now(services, acc, acc.approver_role)
    grant_now(services, acc, acc.crm_user)
    left = datetime.now(UTC) + timedelta(days=2)
    leaver = services.access_requests.leaver(acc.desk.caller_id, left, "Resigned")
    assert leaver.status == "in_progress"
    info = services.access_requests.info(leaver.id)
    assert len(info.children) == 2  # Fiona's SAP, and the CRM without an owner
    with pytest.raises(ValidationError, match="still open"):
        services.access_requests.transition(leaver.id, leaver.version, "closed")
    with pytest.raises(ValidationError, match="already handles Casey Caller leaving"):
        services.access_requests.leaver(acc.desk.caller_id, left)
    # from the leaving date no new access
    children = [_item_id(database, n) for n, _, _ in info.children]
    for child in children:
        close(services, child)
    done = services.access_requests.get(leaver.id)
    assert done.status == "closed"
    assert done.resolution_notes == "All access removed: 2 of 2 revocation(s) done."
    assert services.access.grants_of_person(acc.desk.caller_id) == []
    assert len(services.access.grants_of_person(acc.desk.caller_id, revoked=True)) == 3


def test_a_leaver_without_access_closes_at_once(database: Database, services: Services,
                                                acc: AccessDesk) -> None:
    leaver = services.access_requests.leaver(acc.desk.caller_id, datetime.now(UTC))
    assert leaver.status == "closed"
    assert leaver.resolution_notes == "Casey Caller held no access to revoke."
    with pytest.raises(ValidationError, match="has left"):
        services.access_requests.request_grant(GrantRequestDraft(acc.desk.caller_id,
                                                                 acc.crm_user))


def test_systems_and_entitlements_refuse_duplicate_names(services: Services,
                                                         acc: AccessDesk) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        services.access.save_system(SystemDraft("sap finance"))
    with pytest.raises(ValidationError, match="already has an entitlement called AP clerk"):
        services.access.save_entitlement(EntitlementDraft(acc.sap, "ap CLERK"))
    assert [e.name for e in services.access.entitlements(acc.sap)] == ["AP clerk",
                                                                       "Payment approver"]
