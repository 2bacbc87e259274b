"""Notifications read from the database, on SQLite and PostgreSQL: an assignment by a colleague,
a caller's reply, an SLA that warns, an approval that waits; each once."""

from __future__ import annotations

from sqlalchemy import update

from deskapp.db.models import Comment, WorkItem
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, StageRule
from deskapp.domain.ids import new_id
from deskapp.domain.notifications import notices
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.factories import make_desk


def test_what_a_colleague_and_a_caller_do_reaches_me_once(database: Database) -> None:
    desk = make_desk(database)
    me = ensure_staff(database.uow, "nora.agent", "Nora Agent", ("agent",))
    lead = ensure_staff(database.uow, "sam.lead", "Sam Lead", ("agent", "supervisor"))
    mine, theirs = Services.build(database.uow, me), Services.build(database.uow, lead)
    _, seen = notices(None, mine.notifications.look(None), me.staff_id)

    item = theirs.incidents.create({"title": "Printer on floor 3 jams", "impact": 3,
                                    "urgency": 3, "caller_id": desk.caller_id})
    item = theirs.incidents.assign(item.id, item.version, None, me.staff_id)
    with database.uow() as uow:  # a caller's reply as mail-in stores it: no staff author
        uow.session.add(Comment(id=new_id(), work_item_id=item.id, author_id=None,
                                body="Still jamming\n\non every\ttray.", work_note=False))
        uow.session.execute(update(WorkItem).where(WorkItem.id == item.id)
                            .values(sla_state="warning"))
        uow.commit()
    theirs.approvals.request(item.id, ApprovalRule((StageRule(
        (ApproverSpec(ApproverKind.STAFF, me.staff_id),)),)))
    # work I do myself is not news
    own = mine.incidents.create({"title": "My own note", "impact": 3, "urgency": 3})
    mine.incidents.assign(own.id, own.version, None, me.staff_id)

    found, seen = notices(seen, mine.notifications.look(seen), me.staff_id)
    told = sorted((n.kind.value, n.item.number, n.text) for n in found)
    assert told == sorted([
        ("assigned", item.number, "Assigned to you by Sam Lead."),
        ("caller_replied", item.number, "Casey Caller replied: Still jamming on every tray."),
        ("sla_warning", item.number, "75 % of the SLA target is used."),
        ("approval_waiting", item.number, "Your approval is asked."),
    ])
    again, _ = notices(seen, mine.notifications.look(seen), me.staff_id)
    assert again == []
    # the colleague hears nothing of it
    _, their_seen = notices(None, theirs.notifications.look(None), lead.staff_id)
    assert notices(their_seen, theirs.notifications.look(their_seen),
                   lead.staff_id)[0] == []
