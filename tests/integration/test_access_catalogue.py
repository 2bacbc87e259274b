"""Access management, the second round, on SQLite and PostgreSQL: an access offering ordered
from the catalogue becomes an access request (ACC) with Request access's rules and approval;
systems edited, retired (refused while anyone holds access, an access request asks for it or
the catalogue offers it) and restored, with version checks; the SLA sweep opening revocation
tasks for expiring and expired grants by itself, and the preview of what it will do."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from deskapp.db.models import AccessGrant, AccessGrantEvent, AccessRequest, TicketEvent
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, StageRule
from deskapp.domain.fulfilment import in_order
from deskapp.domain.request_form import FieldType, FormField, RequestForm
from deskapp.errors import ConflictError, ValidationError
from deskapp.runtime import Database
from deskapp.services.access import SystemDraft
from deskapp.services.access_requests import AccessOrder, GrantRequestDraft
from deskapp.services.catalogue import OfferingDraft
from deskapp.services.container import Services
from deskapp.services.service_requests import RequestDraft
from tests.integration.test_access import AccessDesk, acc, close, counts, grant_now

__all__ = ["acc"]  # the fixture, shared with test_access

FORM = RequestForm((FormField("why", "Business reason", FieldType.TEXT, required=True),))


def offering(services: Services, acc: AccessDesk, entitlement: uuid.UUID,
             name: str = "SAP accounts payable access", **changes: object) -> object:
    values: dict[str, object] = {
        "service_id": acc.desk.service_id, "name": name, "description": "AP clerk role",
        "form": FORM, "entitlement_id": entitlement, **changes}
    return services.catalogue.save(OfferingDraft(**values)).record  # type: ignore[arg-type]


def test_an_access_offering_ordered_raises_an_acc_the_owner_approves(
        database: Database, services: Services, acc: AccessDesk) -> None:
    o = offering(services, acc, acc.ap_clerk)
    assert o.entitlement is not None  # type: ignore[attr-defined]
    assert o.entitlement.label == "SAP Finance: AP clerk"  # type: ignore[attr-defined]
    assert services.catalogue.choices().entitlements[0].label == "CRM: Sales user"
    expires = datetime.now(UTC) + timedelta(days=60)
    raised = services.access_requests.order(AccessOrder(
        o.id, acc.desk.caller_id, {"why": "Covers accounts payable"}, expires))  # type: ignore[attr-defined]
    assert raised.number.startswith("ACC-") and raised.status == "pending"
    assert raised.title == "Grant SAP Finance: AP clerk to Casey Caller"
    item = services.access_requests.get(raised.id)
    assert "Business reason: Covers accounts payable" in item.description
    assert "SAP accounts payable access" in item.description
    info = services.access_requests.info(raised.id)
    assert info.awaiting_approval and info.expires_at == expires
    with database.uow(read_only=True) as uow:
        row = uow.session.get(AccessRequest, raised.id)
        assert row is not None and row.service_id == acc.desk.service_id
        fields = set(uow.session.scalars(select(TicketEvent.field).where(
            TicketEvent.ticket_id == raised.id)))
        assert "offering" in fields
    # the owner approves in My approvals, exactly as for Request access
    owner = Services.build(database.uow, acc.owner)
    [mine] = owner.approvals.my_approvals()
    assert mine.number == raised.number
    owner.approvals.decide(mine.id, True, "ok")
    close(services, raised.id)
    [grant] = services.access_requests.info(raised.id).grants
    assert grant.request_number == raised.number and grant.expires_at == expires
    # ordered again: a duplicate, refused with a sentence, nothing saved
    before = counts(database)
    with pytest.raises(ValidationError, match="already holds SAP Finance: AP clerk"):
        services.access_requests.order(AccessOrder(o.id, acc.desk.caller_id,  # type: ignore[attr-defined]
                                                   {"why": "again"}))
    assert counts(database) == before


def test_an_access_offering_without_approval_goes_to_the_system_team(
        database: Database, services: Services, acc: AccessDesk) -> None:
    o = offering(services, acc, acc.crm_user, "CRM licence", form=RequestForm(()))
    raised = services.access_requests.order(AccessOrder(o.id, acc.desk.caller_id))  # type: ignore[attr-defined]
    assert raised.status != "pending"
    assert raised.team is not None and raised.team.id == acc.desk.other_team_id


def test_bad_orders_and_bad_access_offerings_are_refused(
        database: Database, services: Services, acc: AccessDesk) -> None:
    o = offering(services, acc, acc.ap_clerk)
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        services.access_requests.order(AccessOrder(o.id, None, {}))  # type: ignore[attr-defined]
    assert caught.value.fields["caller_id"] == "Pick the caller the request is for."
    assert "why" in caught.value.fields
    # an access offering is not a service request (the API refuses it with a sentence)
    with pytest.raises(ValidationError, match="grants access: ordering it raises an access"):
        services.requests.create(RequestDraft(o.id, acc.desk.caller_id, {"why": "x"}))  # type: ignore[attr-defined]
    plain = services.catalogue.save(OfferingDraft(acc.desk.service_id, "Plain thing")).record
    with pytest.raises(ValidationError, match="grants no access"):
        services.access_requests.order(AccessOrder(plain.id, acc.desk.caller_id))
    assert counts(database) == before
    # its own approval stages or tasks would never run: refused
    with pytest.raises(ValidationError) as caught:
        offering(services, acc, acc.ap_clerk, "Odd access", approval=ApprovalRule((StageRule((
            ApproverSpec(ApproverKind.CALLER_MANAGER),)),)),
            plan=in_order(("x", "Do it", acc.desk.team_id, 4)))
    assert "approved by the system's owner" in caught.value.fields["approval"]
    assert "one access request" in caught.value.fields["plan"]
    with pytest.raises(ValidationError) as caught:
        offering(services, acc, uuid.uuid4(), "Ghost access")
    assert caught.value.fields["entitlement_id"] == ("The chosen entitlement no longer exists; "
                                                      "pick another.")


def test_a_system_is_edited_and_retired_only_when_nothing_depends_on_it(
        database: Database, services: Services, acc: AccessDesk) -> None:
    access = services.access
    [crm] = [s for s in access.systems() if s.id == acc.crm]
    edited = access.save_system(SystemDraft("CRM (Salesforce)", "Sales", None,
                                            acc.owner.staff_id, acc.desk.team_id),
                                crm.id, crm.version)
    assert edited.name == "CRM (Salesforce)" and edited.owner is not None
    with pytest.raises(ConflictError):  # someone else's edit in between
        access.save_system(SystemDraft("CRM 2"), crm.id, crm.version)
    with pytest.raises(ConflictError):
        access.retire_system(crm.id, crm.version)
    # someone holds access: refused, saying how many
    grant_now(services, acc, acc.crm_user)
    assert access.system_use(crm.id).live_grants == 1
    with pytest.raises(ValidationError, match="still has 1 live grant"):
        access.retire_system(crm.id, edited.version)
    [grant] = access.grants_on_system(crm.id)
    revocation = services.access_requests.request_revoke([grant.id], "moving on")
    close(services, revocation.id)
    # the catalogue offers it: refused, naming the offering
    o = offering(services, acc, acc.crm_user, "CRM licence", form=RequestForm(()))
    with pytest.raises(ValidationError, match=r"still offers access to CRM \(Salesforce\) "
                                              r"\(CRM licence\)"):
        access.retire_system(crm.id, edited.version)
    services.catalogue.retire(o.id, o.version)  # type: ignore[attr-defined]
    # an open request asks for it: refused, naming it
    raised = services.access_requests.request_grant(GrantRequestDraft(acc.desk.caller_id,
                                                                      acc.crm_user))
    with pytest.raises(ValidationError, match=f"open access request.*{raised.number}"):
        access.retire_system(crm.id, edited.version)
    services.access_requests.transition(raised.id, raised.version, "cancelled")
    retired = access.retire_system(crm.id, edited.version)
    assert retired.retired
    assert [s.name for s in access.systems()] == ["SAP Finance"]
    assert "CRM (Salesforce)" in [s.name for s in access.systems(retired=True)]
    # nobody can be granted access on a retired system; its history stays
    with pytest.raises(ValidationError, match="is retired"):
        services.access_requests.request_grant(GrantRequestDraft(acc.desk.caller_id,
                                                                 acc.crm_user))
    assert len(access.grants_on_system(crm.id, revoked=True)) == 1
    restored = access.restore_system(crm.id, retired.version)
    assert not restored.retired and len(access.systems()) == 2


def test_the_sweep_opens_revocation_tasks_for_expiring_and_expired_grants(
        database: Database, services: Services, acc: AccessDesk) -> None:
    soon = datetime.now(UTC) + timedelta(days=3)
    later = datetime.now(UTC) + timedelta(days=40)
    g_soon = grant_now(services, acc, acc.crm_user, expires_at=soon)
    g_later = grant_now(services, acc, acc.ap_clerk, expires_at=later)
    g_past = grant_now(services, acc, acc.approver_role,
                       expires_at=datetime.now(UTC) + timedelta(days=20))
    with database.uow() as uow:  # its end date passed while nobody looked
        uow.session.execute(update(AccessGrant).where(AccessGrant.id == g_past).values(
            expires_at=datetime.now(UTC) - timedelta(days=1)))
        uow.commit()
    # what the next sweep will do, before it does it
    preview = services.access_requests.expiry_preview()
    assert [g.id for g in preview] == [g_past, g_soon]
    result = services.sla_sweep.sweep_batch()
    assert result.revocations == 2
    assert services.access_requests.expiry_preview() == []
    assert services.sla_sweep.sweep_batch().revocations == 0  # once per grant
    by_grant = {g.id: g for g in services.access.grants_of_person(acc.desk.caller_id)}
    assert by_grant[g_later].revocation_number is None
    assert by_grant[g_past].revocation_number is not None
    # tasked, not revoked: the access exists until the system's team removes it
    assert by_grant[g_past].revoked_at is None
    with database.uow(read_only=True) as uow:
        items = {i.number: i for i in uow.session.scalars(select(AccessRequest).where(
            AccessRequest.action == "revoke"))}
        past = items[by_grant[g_past].revocation_number or ""]
        past_id = past.id
        assert past.requested_by_id is None and past.id in result.changed
        assert past.due_at is not None and past.sla_state is not None
        assert "expired on" in (past.description or "")
        soon_item = items[by_grant[g_soon].revocation_number or ""]
        assert soon_item.due_at is not None and abs(soon_item.due_at - soon) < timedelta(
            seconds=1)
        assert soon_item.team_id == acc.desk.other_team_id
        actors = set(uow.session.scalars(select(TicketEvent.actor_id).where(
            TicketEvent.ticket_id == past.id)))
        assert actors == {None}  # DeskApp's own step
        opened = uow.session.scalars(select(AccessGrantEvent).where(
            AccessGrantEvent.grant_id == g_past,
            AccessGrantEvent.what == "revocation_opened")).one()
        assert opened.actor_id is None
    # closing the task is what revokes it
    close(services, past_id)
    assert services.access.grant(g_past).revoked_at is not None
