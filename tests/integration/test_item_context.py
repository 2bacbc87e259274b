"""The caller beside the form (issue 14): VIP, organisation, department, manager and the
caller's other open and recent items, without another team's confidential ones; the VIP flag
and the pending reason reach queue rows too. SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import update

from deskapp.db.models import Department, Organisation, Person, WorkItem
from deskapp.domain.queue import BUILT_IN_BY_KEY
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from tests.support.factories import make_desk


def test_the_callers_context_lists_their_other_items(database: Database, actor: Actor,
                                                     services: Services) -> None:
    desk = make_desk(database, actor_id=actor.staff_id)
    with database.uow() as uow:
        org = Organisation(name="Contoso")
        uow.session.add(org)
        uow.session.flush()
        dept = Department(organisation_id=org.id, name="Finance")
        boss = Person(full_name="Bea Boss", email="bea@contoso.example")
        uow.session.add_all([dept, boss])
        uow.session.flush()
        uow.session.execute(update(Person).where(Person.id == desk.caller_id).values(
            vip=True, organisation_id=org.id, department_id=dept.id, manager_id=boss.id,
            phone="+44 20 7946 0000"))
        uow.commit()
    incidents = services.incidents

    def call(title: str) -> object:
        return incidents.create({"title": title, "impact": 3, "urgency": 3,
                                 "caller_id": desk.caller_id})

    current, other_open, secret = call("Printer jams"), call("VPN slow"), call("HR matter")
    done = call("Password reset")
    done = incidents.transition(done.id, done.version, "resolved",
                                resolution_code="Solved (permanently)",
                                resolution_notes="Reset it")
    secret = incidents.assign(secret.id, secret.version, desk.other_team_id, None)
    with database.uow() as uow:
        uow.session.execute(update(WorkItem).where(WorkItem.id == secret.id)
                            .values(confidential=True))
        uow.commit()
    incidents.create({"title": "Someone else's call", "impact": 3, "urgency": 3})

    agent = Services.build(database.uow, Actor(actor.staff_id, actor.username, actor.full_name,
                                                ("agent",)))
    found = agent.item_context.context(current.id)
    caller = found.caller
    assert caller is not None
    assert (caller.name, caller.vip, caller.organisation, caller.department, caller.manager) \
        == ("Casey Caller", True, "Contoso", "Finance", "Bea Boss")
    assert [i.number for i in caller.open_items] == [other_open.number]  # not itself, no secret
    assert [i.number for i in caller.recent_items] == [done.number]
    assert caller.recent_items[0].done
    assert found.pending_reason is None
    rows = services.queues.page(services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition),
                                None, 50)
    by_id = {r.id: r for r in rows}
    assert by_id[current.id].caller_vip
    started = incidents.transition(current.id, incidents.get(current.id).version, "in_progress")
    incidents.wait(started.id, started.version, "pending", "caller")
    rows = services.queues.page(services.queues.resolve(BUILT_IN_BY_KEY["all_open"].definition),
                                None, 50)
    assert {r.id: r for r in rows}[current.id].pending_reason == "caller"
    assert services.item_context.context(current.id).pending_reason == "caller"


def test_an_item_without_caller_has_no_caller_context(database: Database, actor: Actor,
                                                      services: Services) -> None:
    make_desk(database, actor_id=actor.staff_id)
    item = services.incidents.create({"title": "Server room hot", "impact": 2, "urgency": 2})
    assert services.item_context.context(item.id).caller is None
