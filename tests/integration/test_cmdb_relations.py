"""The CMDB on SQLite and PostgreSQL: typed attributes, relations saved with the CI form (all or
nothing), impact walks up to the services affected, CIs within N hops, several impacted CIs per
ticket with the services they affect, queue filters by CI and affected service, CI types."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from deskapp.db.models import CiRelation, WorkItemCi
from deskapp.domain.queue import QueueDefinition, QueueFilter
from deskapp.errors import PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.cmdb_dto import RelationEdit
from deskapp.services.container import Services
from deskapp.services.portfolio_dto import CiSummary
from deskapp.services.staff import ensure_staff


def _ci(services: Services, name: str, ci_type: str = "server", **extra: object) -> CiSummary:
    return services.cmdb.save(None, None, {"name": name, "ci_type": ci_type, **extra})


def _relate(services: Services, ci: CiSummary, *edits: RelationEdit) -> CiSummary:
    fresh = services.cmdb.items(ci.name).items[0]
    return services.cmdb.save(ci.id, fresh.version, {
        "name": fresh.name, "ci_type": fresh.ci_type, "status": fresh.status,
        "service_id": fresh.service_id, "attributes": dict(fresh.attributes),
        "relations": [*(r.edit() for r in services.cmdb.detail(ci.id).relations), *edits]})


def _relation_rows(db: Database) -> int:
    with db.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(CiRelation)) or 0)


def test_attributes_are_typed_and_a_wrong_value_saves_nothing(database: Database,
                                                              services: Services) -> None:
    types = {t.name: t for t in services.ci_types.all()}
    assert {"server", "application", "database", "network switch", "laptop"} <= set(types)
    assert [a.key for a in types["server"].attributes][:3] == ["os", "cpu_cores", "memory_gb"]
    ci = _ci(services, "app-01", attributes={"os": "Debian 12", "cpu_cores": "8",
                                             "virtual": "yes"})
    assert dict(ci.attributes) == {"os": "Debian 12", "cpu_cores": 8, "virtual": True}
    with pytest.raises(ValidationError) as bad:
        services.cmdb.save(ci.id, ci.version, {"name": "renamed", "ci_type": "server",
                                               "attributes": {"cpu_cores": "eight",
                                                              "colour": "blue"}})
    assert "whole number" in bad.value.fields["attr:cpu_cores"]
    assert "no attribute 'colour'" in bad.value.fields["attr:colour"]
    again = services.cmdb.items("app-01").items[0]
    assert again.version == ci.version and dict(again.attributes) == dict(ci.attributes)
    with pytest.raises(ValidationError, match="no CI type 'toaster'"):
        _ci(services, "t-1", "toaster")
    history = services.cmdb.history(ci.id)
    assert any(h.field == "attributes" and "Debian" in h.new_value for h in history)


def test_relations_from_the_form_and_every_refusal_saves_nothing(
        database: Database, services: Services) -> None:
    app, vm, host, old = (_ci(services, n) for n in ("app", "vm", "host", "old"))
    old = services.cmdb.save(old.id, old.version, {"name": "old", "ci_type": "server",
                                                   "status": "retired"})
    disk, array = _ci(services, "disk", "storage"), _ci(services, "array", "storage")
    _relate(services, app, RelationEdit("runs_on", True, vm.id))
    _relate(services, host, RelationEdit("runs_on", False, vm.id))  # vm runs on host
    _relate(services, disk, RelationEdit("part_of", True, array.id))
    lines = services.cmdb.detail(vm.id).relations
    assert [(r.relation_type, r.outgoing, r.other_name) for r in lines] == [
        ("runs_on", True, "host"), ("runs_on", False, "app")]
    rows = _relation_rows(database)

    def refused(ci: CiSummary, edit: RelationEdit, words: str) -> None:
        before = services.cmdb.items(ci.name).items[0]
        count = _relation_rows(database)
        with pytest.raises(ValidationError, match=words):
            _relate(services, ci, edit)
        assert _relation_rows(database) == count
        assert services.cmdb.items(ci.name).items[0].version == before.version

    refused(app, RelationEdit("depends_on", True, app.id), "itself")
    refused(app, RelationEdit("depends_on", True, old.id), "old is retired")
    refused(array, RelationEdit("part_of", True, disk.id), "loop of 'part of'")
    refused(old, RelationEdit("uses", True, app.id), "retired CI takes no new relations")
    refused(app, RelationEdit("part_of", False, uuid.uuid4()), "no longer exists")
    # a long cycle is found too: array part of rack part of disk
    rack = _ci(services, "rack", "storage")
    _relate(services, array, RelationEdit("part_of", True, rack.id))
    refused(rack, RelationEdit("part_of", True, disk.id), "loop")

    # removing a relation is a tombstone and a new version; the trail says both
    vm_now = services.cmdb.items("vm").items[0]
    kept = [r.edit() for r in services.cmdb.detail(vm.id).relations if r.other_name == "host"]
    saved = services.cmdb.save(vm.id, vm_now.version, {"name": "vm", "ci_type": "server",
                                                       "relations": kept})
    assert saved.version == vm_now.version + 1
    assert [r.other_name for r in services.cmdb.detail(vm.id).relations] == ["host"]
    assert _relation_rows(database) == rows + 1  # rack's relation; nothing deleted
    trail = [(h.old_value, h.new_value) for h in services.cmdb.history(vm.id)
             if h.field == "relation"]
    assert ("app runs on vm", "") in trail and ("", "vm runs on host") in trail


def test_impact_upstream_reaches_services_and_downstream_what_it_needs(
        database: Database, services: Services) -> None:
    crm = services.portfolio.save(None, None, {"name": "CRM", "portfolio_status": "catalogue"})
    web = services.portfolio.save(None, None, {"name": "Website",
                                               "portfolio_status": "catalogue"})
    switch = _ci(services, "core-switch", "network switch")
    host = _ci(services, "host-1")
    vm = _ci(services, "vm-1")
    app = _ci(services, "crm-app", "application", service_id=crm.id)
    db_ = _ci(services, "crm-db", "database")
    disk, array = _ci(services, "disk-1", "storage"), _ci(services, "san", "storage")
    _relate(services, host, RelationEdit("connected_to", True, switch.id))
    _relate(services, vm, RelationEdit("runs_on", True, host.id))
    _relate(services, app, RelationEdit("runs_on", True, vm.id),
            RelationEdit("depends_on", True, db_.id))
    _relate(services, disk, RelationEdit("part_of", True, array.id))
    _relate(services, db_, RelationEdit("uses", True, array.id),
            RelationEdit("uses", False, web.id, other_is_service=True))

    up = services.impact.impact(switch.id, "upstream", 5)
    assert {n.name: n.depth for n in up.nodes} == {"host-1": 1, "vm-1": 2, "crm-app": 3}
    assert [(s.name, s.depth) for s in up.services] == [("CRM", 3)]
    assert up.per_depth == (1, 1, 1, 0, 0) and up.total == 3 and not up.truncated
    assert services.impact.impact(switch.id, "upstream", 2).total == 2
    # a failed disk impacts its array (the whole depends on its part), the database, and
    # through the database both the CRM app and the website service
    disk_up = services.impact.impact(disk.id, "upstream", 5)
    assert {n.name for n in disk_up.nodes} == {"san", "crm-db", "crm-app"}
    assert {s.name for s in disk_up.services} == {"CRM", "Website"}
    only_hosting = services.impact.impact(disk.id, "upstream", 5, ["runs_on"])
    assert only_hosting.total == 0
    down = services.impact.impact(app.id, "downstream", 5)
    assert {n.name: n.depth for n in down.nodes} == {
        "vm-1": 1, "crm-db": 1, "host-1": 2, "san": 2, "core-switch": 3, "disk-1": 3}
    assert down.services == ()
    assert (app.id, vm.id, "runs_on") in down.edges
    capped = services.impact.impact(app.id, "downstream", 5, limit=2, graph_limit=2)
    assert capped.truncated and len(capped.nodes) == 2 and capped.total == 6
    with pytest.raises(ValidationError, match="depth"):
        services.impact.impact(app.id, "upstream", 0)
    with pytest.raises(ValidationError, match="relation type"):
        services.impact.impact(app.id, "upstream", 2, ["married_to"])
    # the change order's neighbourhood: two hops either way over runs on/depends on/part of
    near = services.impact.within_hops([vm.id], 2)
    assert {n for n in near} == {vm.id, host.id, app.id, db_.id}
    assert near[vm.id] == 0 and near[db_.id] == 2


def test_ticket_cis_affected_services_and_queue_filters(database: Database,
                                                       services: Services) -> None:
    crm = services.portfolio.save(None, None, {"name": "CRM", "portfolio_status": "catalogue"})
    mail = services.portfolio.save(None, None, {"name": "Mail", "portfolio_status": "catalogue"})
    switch = _ci(services, "sw-1", "network switch")
    host = _ci(services, "host-9")
    app = _ci(services, "crm-app", "application", service_id=crm.id)
    mailbox = _ci(services, "mbx-1")
    retired = _ci(services, "old-box", status="retired")
    _relate(services, host, RelationEdit("connected_to", True, switch.id))
    _relate(services, app, RelationEdit("runs_on", True, host.id))
    _relate(services, mailbox, RelationEdit("depends_on", False, mail.id,
                                            other_is_service=True))
    inc = services.incidents.create({"title": "Switch down", "impact": 1, "urgency": 1,
                                     "ci_id": switch.id})
    other = services.incidents.create({"title": "Mail slow", "impact": 3, "urgency": 3})
    services.incidents.create({"title": "Unrelated", "impact": 3, "urgency": 3})
    first = services.impact.ticket_cis(inc.id)
    assert [c.name for c in first.cis] == ["sw-1"] and [s.name for s in first.services] == ["CRM"]
    both = services.impact.set_ticket_cis(inc.id, [mailbox.id, switch.id])
    assert [c.name for c in both.cis] == ["sw-1", "mbx-1"]
    assert {s.name for s in both.services} == {"CRM", "Mail"}
    with pytest.raises(ValidationError, match="old-box is retired"):
        services.impact.set_ticket_cis(inc.id, [retired.id])
    assert [c.name for c in services.impact.ticket_cis(inc.id).cis] == ["sw-1", "mbx-1"]
    events = [(e.field, e.old_value, e.new_value) for e in services.work_items.history(inc.id)]
    assert ("impacted_cis", None, "mbx-1, sw-1") in events
    services.impact.set_ticket_cis(other.id, [mailbox.id])

    q = services.queues

    def titles(**kw: object) -> set[str]:
        resolved = q.resolve(QueueDefinition(QueueFilter(**kw)))  # type: ignore[arg-type]
        return {r.title for r in q.page(resolved, None, 100)}

    assert titles(cis=(str(switch.id),)) == {"Switch down"}
    assert titles(cis=(str(mailbox.id),)) == {"Switch down", "Mail slow"}
    assert titles(affected_services=(str(crm.id),)) == {"Switch down"}
    assert titles(affected_services=(str(mail.id),)) == {"Switch down", "Mail slow"}
    # removing the impacted CI takes the item out of the service's queue
    services.impact.set_ticket_cis(other.id, [])
    assert titles(affected_services=(str(mail.id),)) == {"Switch down"}
    with database.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(WorkItemCi)) == 3


def test_ci_types_are_for_administrators(database: Database, services: Services) -> None:
    agent = Services.build(database.uow, ensure_staff(database.uow, "ag", "Ag", ("agent",)))
    with pytest.raises(PermissionDenied):
        agent.ci_types.save(None, None, "load balancer")
    lb = services.ci_types.save(None, None, "Load  Balancer", "F5 and HAProxy", [
        {"key": "vip", "label": "Virtual IP", "kind": "text", "required": True},
        {"key": "pool_size", "label": "Pool size", "kind": "integer"}])
    assert lb.name == "load balancer" and [a.key for a in lb.attributes] == ["vip", "pool_size"]
    with pytest.raises(ValidationError, match="Virtual IP is required"):
        _ci(services, "lb-1", "load balancer")
    ci = _ci(services, "lb-1", "load balancer", attributes={"vip": "10.0.0.5"})
    with pytest.raises(ValidationError, match="keeps its name"):
        services.ci_types.save(lb.id, lb.version, "balancer", "", [])
    with pytest.raises(ValidationError, match="1 CI"):
        services.ci_types.remove(lb.id, lb.version)
    with pytest.raises(ValidationError, match="list its values"):
        services.ci_types.save(None, None, "rack", "", [{"key": "size", "kind": "choice"}])
    with pytest.raises(ValidationError, match="already a CI type"):
        services.ci_types.save(None, None, "server")
    unused = services.ci_types.save(None, None, "fax machine")
    services.ci_types.remove(unused.id, unused.version)
    assert "fax machine" not in {t.name for t in services.ci_types.all()}
    assert ci.attribute("vip") == "10.0.0.5"
