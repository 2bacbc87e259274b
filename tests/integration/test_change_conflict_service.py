"""The conflict finder on SQLite and PostgreSQL: the database's answer (window index, recursive
CI walk, extra CIs, freezes) equals the domain finder fed everything, acceptances are recorded
with their justification, and a change is authorised, scheduled and started only over accepted
conflicts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from deskapp.db.models import CiRelation, ConfigurationItem
from deskapp.domain.change_conflicts import Booking, Freeze, Window, find_conflicts, neighbourhood
from deskapp.errors import ValidationError
from deskapp.runtime import Database
from deskapp.services.change_plan import TemplateDraft
from deskapp.services.container import Services
from deskapp.services.dto import Actor
from tests.support.factories import Desk, make_desk

T0 = datetime(2027, 6, 7, 18, 0, tzinfo=UTC)


@pytest.fixture
def desk(database: Database, actor: Actor) -> Desk:
    return make_desk(database, actor_id=actor.staff_id)


def _graph(database: Database, desk: Desk) -> dict[str, uuid.UUID]:
    """mail-01 (the desk's CI) <- mail-app runs on it; mail-app depends on dir-01; dir-01 part
    of dc-east; far-01 connected to mail-01 (not a conflict relation)."""
    with database.uow() as uow:
        names = ("mail-app", "dir-01", "dc-east", "far-01")
        cis = {n: ConfigurationItem(name=n, ci_type="server", service_id=None) for n in names}
        uow.session.add_all(cis.values())
        uow.session.flush()
        ids = {n: c.id for n, c in cis.items()} | {"mail-01": desk.ci_id}
        for kind, s, t in (("runs_on", "mail-app", "mail-01"), ("depends_on", "mail-app", "dir-01"),
                           ("part_of", "dir-01", "dc-east"), ("connected_to", "far-01",
                                                                "mail-01")):
            uow.session.add(CiRelation(relation_type=kind, source_ci_id=ids[s],
                                       target_ci_id=ids[t]))
        uow.commit()
    return ids


def _standard(services: Services, desk: Desk, title: str, start: datetime, hours: int,
              ci_id: uuid.UUID | None, assignee: uuid.UUID | None = None):  # noqa: ANN202
    template = next((t for t in services.changes.templates() if t.name == "Routine"), None) \
        or services.change_plan.save_template(TemplateDraft("Routine", "Do it.", "Undo it.",
                                                            "Check it."))
    return services.changes.create({
        "change_type": "standard", "template_id": template.id, "title": title, "reason": "Routine",
        "planned_start": start, "planned_end": start + timedelta(hours=hours), "ci_id": ci_id,
        "team_id": desk.team_id if assignee else None, "assignee_id": assignee})


def test_database_answer_equals_the_domain_finder(database: Database, services: Services,
                                                  desk: Desk) -> None:
    ids = _graph(database, desk)
    me = _standard(services, desk, "Patch mail-01", T0, 3, desk.ci_id, desk.member_id)
    same = _standard(services, desk, "Disk on mail-01", T0 + timedelta(hours=1), 1, desk.ci_id)
    one_hop = _standard(services, desk, "Upgrade mail-app", T0 + timedelta(hours=2), 2,
                        ids["mail-app"])
    two_hops = _standard(services, desk, "Patch dir-01", T0, 1, ids["dir-01"])
    three_hops = _standard(services, desk, "Power work dc-east", T0, 1, ids["dc-east"])
    unrelated = _standard(services, desk, "Cable far-01", T0, 5, ids["far-01"])
    _later = _standard(services, desk, "Patch mail-01 again", T0 + timedelta(hours=3), 1,
                       desk.ci_id)
    busy = _standard(services, desk, "Printer swap", T0 + timedelta(hours=2), 4, None,
                     desk.member_id)
    freeze = services.change_plan.save_freeze("Quarter close", T0 + timedelta(hours=2),
                                              T0 + timedelta(days=2))
    services.change_plan.save_freeze("ERP freeze", T0, T0 + timedelta(days=1),
                                     service_id=_other_service(database))
    # an extra CI of a change counts like its main CI
    services.impact.set_ticket_cis(three_hops.id, [ids["mail-app"]])

    report = services.change_calendar.conflicts(me.id, T0, T0 + timedelta(hours=3),
                                                assignee_id=desk.member_id)
    got = {(c.kind, c.label, c.hops) for c in report.conflicts}
    assert got == {("same_ci", same.number, 0), ("near_ci", one_hop.number, 1),
                   ("near_ci", two_hops.number, 2), ("near_ci", three_hops.number, 1),
                   ("implementer", busy.number, None), ("freeze", "Quarter close", None)}
    assert unrelated.number not in {c.label for c in report.conflicts}
    assert freeze.name in {c.label for c in report.conflicts}

    # the domain finder fed every change, every relation and every freeze agrees
    edges = [("runs_on", ids["mail-app"], desk.ci_id), ("depends_on", ids["mail-app"],
                                                         ids["dir-01"]),
             ("part_of", ids["dir-01"], ids["dc-east"]), ("connected_to", ids["far-01"],
                                                          desk.ci_id)]
    everything = [services.changes.get(c.id) for c in (me, same, one_hop, two_hops, three_hops,
                                                        unrelated, _later, busy)]
    extra = {three_hops.id: {ids["mail-app"]}}
    bookings = [Booking(c.id, c.number, c.planned_start, c.planned_end,
                        frozenset({*([c.ci.id] if c.ci else []), *extra.get(c.id, set())}),
                        c.assignee.id if c.assignee else None) for c in everything]
    freezes = [Freeze(f.id, f.name, f.starts_at, f.ends_at, f.service.id if f.service else None)
               for f in services.change_plan.freezes(T0 - timedelta(days=1), T0 +
                                                      timedelta(days=3))]
    window = Window(T0, T0 + timedelta(hours=3), frozenset({desk.ci_id}), desk.member_id,
                    frozenset({desk.service_id}), me.id)
    expected = find_conflicts(window, bookings, neighbourhood(edges, [desk.ci_id]), freezes)
    assert {(c.kind.value, c.label, c.hops) for c in expected} == got


def _other_service(database: Database) -> uuid.UUID:
    from deskapp.db.models import Service

    with database.uow() as uow:
        service = Service(name="ERP", portfolio_status="catalogue", criticality="high")
        uow.session.add(service)
        uow.commit()
        return service.id


def test_conflicts_are_accepted_with_a_justification_before_scheduling(
        services: Services, desk: Desk) -> None:
    other = _standard(services, desk, "Disk on mail-01", T0 + timedelta(hours=1), 1,
                      desk.ci_id)
    services.change_plan.save_freeze("Year end", T0 + timedelta(hours=2), T0 + timedelta(days=3))
    change = _standard(services, desk, "Patch mail-01", T0, 3, desk.ci_id)
    with pytest.raises(ValidationError, match=rf"collides with {other.number} \(same CI\), "
                                              "the freeze 'Year end'"):
        services.changes.transition(change.id, change.version, "scheduled")
    assert services.changes.get(change.id).status == "new"
    report = services.change_calendar.conflicts(change.id, T0, T0 + timedelta(hours=3))
    assert [c.accepted for c in report.conflicts] == [False, False]
    with pytest.raises(ValidationError, match="Say why the conflict is acceptable"):
        services.change_calendar.accept(change.id, report.conflicts[0].key, "  ")
    for c in report.conflicts:
        services.change_calendar.accept(change.id, c.key, f"Agreed with the owner of {c.label}")
    after = services.change_calendar.conflicts(change.id, T0, T0 + timedelta(hours=3))
    assert all(c.accepted for c in after.conflicts) and after.open == ()
    assert after.conflicts[0].justification.startswith("Agreed with the owner")
    scheduled = services.changes.transition(change.id, services.changes.get(change.id).version,
                                            "scheduled")
    assert scheduled.status == "scheduled"
    events = [e.new_value or "" for e in services.work_items.history(change.id)
              if e.field == "conflict_accepted"]
    assert len(events) == 2 and other.number in events[0] + events[1]
    # a window moved clear of everything has no conflicts; one that ends first is refused
    clear = services.change_calendar.conflicts(change.id, T0 + timedelta(days=5),
                                               T0 + timedelta(days=5, hours=1))
    assert clear.conflicts == ()
    with pytest.raises(ValidationError, match="ends before it starts"):
        services.change_calendar.conflicts(change.id, T0, T0 - timedelta(hours=1))


def test_calendar_lists_changes_and_freezes_of_the_span(services: Services, desk: Desk) -> None:
    first = _standard(services, desk, "Patch mail-01", T0, 2, desk.ci_id)
    _standard(services, desk, "Far away", T0 + timedelta(days=40), 2, desk.ci_id)
    services.change_plan.save_freeze("Year end", T0 - timedelta(days=2), T0 + timedelta(days=1))
    shown = services.change_calendar.calendar(T0 - timedelta(days=3), T0 + timedelta(days=4))
    assert [c.number for c in shown.changes] == [first.number]
    assert [f.name for f in shown.freezes] == ["Year end"]
    with pytest.raises(ValidationError, match="two months"):
        services.change_calendar.calendar(T0, T0 + timedelta(days=90))


@pytest.mark.parametrize("hub", [2000, 3, 0])
def test_pairwise_distances_equal_the_walk_on_a_random_graph(
        database: Database, monkeypatch: pytest.MonkeyPatch, hub: int) -> None:
    """Every path of the pair-wise check (a side expanded, the other expanded when the first is
    a hub, the walk when both are) answers as the domain's walk does."""
    import random

    from deskapp.services import change_calendar

    monkeypatch.setattr(change_calendar, "HUB", hub)
    rng = random.Random(hub)
    kinds = ("runs_on", "depends_on", "part_of", "connected_to", "uses")
    with database.uow() as uow:
        cis = [ConfigurationItem(name=f"n{i}", ci_type="server") for i in range(30)]
        uow.session.add_all(cis)
        uow.session.flush()
        ids = [c.id for c in cis]
        edges = set()
        while len(edges) < 45:
            a, b = rng.sample(range(30), 2)
            edges.add((rng.choice(kinds), a, b))
        uow.session.add_all(CiRelation(relation_type=k, source_ci_id=ids[a],
                                       target_ci_id=ids[b]) for k, a, b in edges)
        uow.commit()
    typed = [(k, ids[a], ids[b]) for k, a, b in edges]
    for _ in range(15):
        mine = set(rng.sample(ids, rng.randint(1, 3)))
        theirs = set(rng.sample(ids, rng.randint(1, 12)))
        expected = {c: d for c, d in neighbourhood(typed, mine).items() if c in theirs}
        with database.uow(read_only=True) as uow:
            assert change_calendar.distances(uow, mine, theirs) == expected


def test_a_release_shows_its_changes_states_and_open_conflicts(services: Services,
                                                               desk: Desk) -> None:
    release = services.change_plan.save_release("Mail 2027", T0, T0 + timedelta(days=2))
    first = _standard(services, desk, "Patch mail-01", T0, 2, desk.ci_id)
    second = _standard(services, desk, "Certificate on mail-01", T0 + timedelta(hours=1), 1,
                       desk.ci_id)
    _standard(services, desk, "Not in the release", T0 + timedelta(days=1), 1, None)
    for c in (first, second):
        services.changes.edit(c.id, c.version, {"release_id": release.id})
    view = services.change_calendar.release(release.id)
    assert (view.name, view.status) == ("Mail 2027", "planned")
    assert [(c.entry.number, c.entry.status, c.conflicts) for c in view.changes] == [
        (first.number, "new", 1), (second.number, "new", 1)]
    key = services.change_calendar.conflicts(first.id, T0, T0 + timedelta(hours=2)).open[0].key
    services.change_calendar.accept(first.id, key, "Same engineer does both, one after another")
    after = services.change_calendar.release(release.id)
    assert [c.conflicts for c in after.changes] == [0, 1]
    assert after.changes[1].conflict_labels == (first.number,)
    with pytest.raises(ValidationError, match="release window ends before it starts"):
        services.change_plan.save_release("Backwards", T0, T0 - timedelta(days=1))
