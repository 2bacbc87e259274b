"""Demo CMDB: attributes and relations for the demo desk's CIs, and a large estate on demand.

:func:`ensure_cmdb` (every demo run) gives the ~300 demo CIs their type's attributes and wires
them the way a small company's estate is: each service depends on its production application,
which runs on the service's application servers and depends on its databases; servers run on
virtualisation hosts that are part of a cluster, connected to core switches and using the SAN;
access switches connect to the core; laptops and desktops use single sign-on; printers connect
to an access switch. Found by name, so a second run adds nothing.

:func:`generate_estate` (``deskapp-admin demo-data --cmdb-cis 100000``) adds a large estate for
performance work: sites with core switches, clusters of hosts, VMs, databases, applications,
load balancers and endpoints, with the hubs real estates have (directory, DNS, mail, core
switches, storage arrays), about three relations per CI, written in batches.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from deskapp.db.demo.common import stamp, table_of
from deskapp.db.demo.services import CORE_CIS
from deskapp.db.maintenance import forget_fts_statistics
from deskapp.db.models import CiRelation, ConfigurationItem, Service
from deskapp.domain.ids import new_id


def _attributes(rng: random.Random, ci_type: str, name: str) -> dict[str, Any] | None:
    if ci_type == "server":
        host = name.startswith("ESX-")
        return {"os": "VMware ESXi 8" if host else rng.choice(
                    ("Debian 12", "Ubuntu 22.04", "Windows Server 2022", "RHEL 9")),
                "cpu_cores": 64 if host else rng.choice((2, 4, 8, 16)),
                "memory_gb": 768 if host else rng.choice((8, 16, 32, 64)),
                "virtual": not host,
                "ip_address": f"10.{rng.randint(1, 40)}.{rng.randint(0, 255)}."
                              f"{rng.randint(2, 254)}"}
    if ci_type == "database":
        engine = {"PG": "PostgreSQL", "SQL": "SQL Server", "ORA": "Oracle"}.get(
            name.split("-")[0], "PostgreSQL")
        return {"engine": engine, "version": {"PostgreSQL": "16", "SQL Server": "2022",
                                              "Oracle": "19c"}[engine],
                "size_gb": str(rng.randint(20, 2000))}
    if ci_type in ("laptop", "desktop"):
        until = date(2026, 1, 1) + timedelta(days=rng.randint(0, 1100))
        out: dict[str, Any] = {"model": rng.choice(("Latitude 5440", "ThinkPad T14",
                                                    "EliteBook 840", "OptiPlex 7010")),
                               "warranty_until": until.isoformat()}
        if ci_type == "laptop":
            out |= {"memory_gb": rng.choice((8, 16, 32)), "encrypted": rng.random() < 0.96}
        return out
    if ci_type == "network switch":
        return {"ports": 48 if not name.startswith("CORE") else 96,
                "firmware": rng.choice(("17.9.4", "17.12.1", "16.12.9"))}
    if ci_type == "printer":
        return {"model": rng.choice(("imageRUNNER C3226", "MX711", "LaserJet M507")),
                "colour": rng.random() < 0.6}
    if ci_type == "application":
        return {"environment": "production", "version": f"{rng.randint(1, 12)}.{rng.randint(0, 9)}"}
    if ci_type == "storage":
        return {"capacity_tb": "480", "raid": "RAID 6"}
    return None


def ensure_cmdb(conn: Connection, at: datetime) -> int:
    """Attributes and relations for the demo CIs (once); returns the relations added."""
    ci_t, rel_t, svc_t = table_of(ConfigurationItem), table_of(CiRelation), table_of(Service)
    rows = conn.execute(select(ci_t.c.id, ci_t.c.name, ci_t.c.ci_type, ci_t.c.status,
                               ci_t.c.service_id, ci_t.c.attributes)
                        .where(ci_t.c.deleted_at.is_(None))
                        .order_by(ci_t.c.name, ci_t.c.id)).all()
    rng = random.Random("demo:ci-attributes")
    for r in rows:
        values = _attributes(rng, r.ci_type, r.name)
        if values and r.attributes is None:
            conn.execute(update(ci_t).where(ci_t.c.id == r.id).values(attributes=values))
    by_name = {r.name: r for r in rows}
    if conn.execute(select(func.count()).select_from(rel_t)).scalar_one() \
            or any(name not in by_name for name, *_rest in CORE_CIS):
        return 0  # wired before, or a desk from before the core infrastructure
    live = [r for r in rows if r.status != "retired"]
    by_service: dict[uuid.UUID, list[Any]] = {}
    core_names = {name for name, *_rest in CORE_CIS}
    for r in live:
        if r.service_id is not None and r.name not in core_names:
            by_service.setdefault(r.service_id, []).append(r)
    wire = random.Random("demo:ci-relations")
    links: list[dict[str, Any]] = []

    def rel(kind: str, source: Any, target: Any, service: bool = False) -> None:
        links.append(stamp({"relation_type": kind, "target_ci_id": target.id,
                            "source_service_id": source if service else None,
                            "source_ci_id": None if service else source}, at))

    cores = [by_name["CORE-SW-LDS-01"], by_name["CORE-SW-LDS-02"]]
    san, cluster = by_name["SAN-LDS-01"], by_name["ESX-CLUSTER-LDS"]
    hosts = [by_name[f"ESX-LDS-{k:02d}"] for k in range(1, 7)]
    for host in hosts:
        rel("part_of", host.id, cluster)
        rel("uses", host.id, san)
        for core in cores:
            rel("connected_to", host.id, core)
    sso = next((r for r in live if r.name == "Identity & Single Sign-On (production)"), None)
    services = {s.id: s.name for s in conn.execute(select(svc_t.c.id, svc_t.c.name))}
    for service_id, cis in by_service.items():
        apps = [c for c in cis if c.ci_type == "application"]
        servers = [c for c in cis if c.ci_type == "server"]
        dbs = [c for c in cis if c.ci_type == "database"]
        for app in apps:
            rel("depends_on", service_id, app, service=True)
            for server in servers:
                rel("runs_on", app.id, server)
            for db in dbs:
                rel("depends_on", app.id, db)
            if sso is not None and app.id != sso.id and services.get(service_id) in (
                    "Email", "ERP", "Payroll", "HR Portal", "CRM", "Intranet", "VPN",
                    "File Storage", "Expense Claims", "Video Conferencing"):
                rel("depends_on", app.id, sso)
        for server in servers + dbs:
            rel("runs_on", server.id, wire.choice(hosts))
        for db in dbs:
            rel("uses", db.id, san)
    switches = [r for r in live if r.ci_type == "network switch" and r.name.startswith("SW-")]
    for switch in switches:
        rel("connected_to", switch.id, wire.choice(cores))
    for r in live:
        if r.ci_type in ("laptop", "desktop") and sso is not None:
            rel("uses", r.id, sso)
        if r.ci_type == "printer" and switches:
            rel("connected_to", r.id, wire.choice(switches))
    if links:
        conn.execute(rel_t.insert(), links)
    return len(links)


# -- the large estate ---------------------------------------------------------------------------
Progress = Callable[[int, int], None]
_BATCH = 20_000


def generate_estate(engine: Engine, cis: int, *, seed: int = 1,
                    progress: Progress | None = None) -> tuple[int, int]:
    """Add about ``cis`` CIs and three relations per CI (see the module docstring); returns
    (CIs, relations) written. Names carry a run prefix so a second run adds a second estate."""
    if cis < 100:
        raise ValueError("a large estate needs at least 100 CIs")
    rng = random.Random(f"estate:{seed}:{cis}")
    at = datetime.now().astimezone()
    tag = f"E{seed}"
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def ci(name: str, ci_type: str, attributes: dict[str, Any] | None = None) -> uuid.UUID:
        cid = new_id()
        rows.append({"id": cid, "version": 1, "created_at": at, "updated_at": at,
                     "name": f"{tag}-{name}", "ci_type": ci_type, "status": "in_use",
                     "location": None, "attributes": attributes})
        return cid

    def rel(kind: str, source: uuid.UUID, target: uuid.UUID) -> None:
        links.append({"id": new_id(), "version": 1, "created_at": at, "updated_at": at,
                      "relation_type": kind, "source_ci_id": source, "target_ci_id": target})

    n = {"site": max(2, cis // 5000), "endpoint": int(cis * 0.50), "vm": int(cis * 0.25),
         "app": int(cis * 0.08), "db": int(cis * 0.05), "host": int(cis * 0.04),
         "printer": int(cis * 0.03), "access": int(cis * 0.02)}
    # hubs every estate has: directory, DNS, mail; per site core switches and a SAN
    directory = ci("AD-DS", "application", {"environment": "production"})
    dns = ci("DNS", "application", {"environment": "production"})
    mail = ci("MAIL", "application", {"environment": "production"})
    cores, sans, clusters = [], [], []
    for s in range(n["site"]):
        cores.append([ci(f"S{s:02d}-CORE-{k}", "network switch", {"ports": 96})
                      for k in (1, 2)])
        sans.append(ci(f"S{s:02d}-SAN", "storage", {"capacity_tb": "960"}))
    hosts: list[tuple[int, uuid.UUID]] = []
    for h in range(n["host"]):
        site = h % n["site"]
        if h % 12 == 0:
            clusters.append((site, ci(f"S{site:02d}-CL{h // 12:04d}", "service component",
                                      {"role": "virtualisation cluster"})))
        host = ci(f"S{site:02d}-ESX{h:05d}", "server", {"virtual": False, "cpu_cores": 64})
        hosts.append((site, host))
        rel("part_of", host, clusters[-1][1])
        rel("uses", host, sans[site])
        for core in cores[site]:
            rel("connected_to", host, core)
    vms = []
    for v in range(n["vm"]):
        site, host = hosts[int(rng.paretovariate(1.2) * 7) % len(hosts)] if rng.random() < 0.3 \
            else rng.choice(hosts)
        vm = ci(f"S{site:02d}-VM{v:06d}", "server", {"virtual": True, "cpu_cores": 4})
        vms.append(vm)
        rel("runs_on", vm, host)
        rel("depends_on", vm, dns)
    dbs = []
    for d in range(n["db"]):
        db = ci(f"DB{d:05d}", "database", {"engine": rng.choice(("PostgreSQL", "Oracle"))})
        dbs.append(db)
        rel("runs_on", db, rng.choice(vms))
        rel("uses", db, sans[rng.randrange(n["site"])])
    apps = [directory, dns, mail]
    for a in range(n["app"]):
        app = ci(f"APP{a:05d}", "application", {"environment": "production"})
        apps.append(app)
        for vm in rng.sample(vms, 2):
            rel("runs_on", app, vm)
        rel("depends_on", app, rng.choice(dbs))
        rel("depends_on", app, directory)
    accesses = []
    for s in range(n["access"]):
        switch = ci(f"AS{s:05d}", "network switch", {"ports": 48})
        accesses.append(switch)
        rel("connected_to", switch, rng.choice(cores[s % n["site"]]))
    for p in range(n["printer"]):
        rel("connected_to", ci(f"PRN{p:05d}", "printer"), rng.choice(accesses))
    # popular applications are used by many endpoints (a long tail of small ones)
    popular = [apps[3 + int(rng.paretovariate(1.1)) % (len(apps) - 3)] for _ in range(200)]
    for e in range(n["endpoint"]):
        device = ci(f"LT{e:06d}", "laptop" if rng.random() < 0.7 else "desktop")
        rel("uses", device, directory)
        rel("uses", device, mail)
        for app in {rng.choice(popular) for _ in range(rng.randint(1, 2))}:
            rel("uses", device, app)
    ci_t, rel_t = table_of(ConfigurationItem), table_of(CiRelation)
    total = len(rows) + len(links)
    done = 0
    with engine.begin() as conn:
        for table, batch in ((ci_t, rows), (rel_t, links)):
            for start in range(0, len(batch), _BATCH):
                conn.execute(insert(table), batch[start:start + _BATCH])
                done += len(batch[start:start + _BATCH])
                if progress is not None:
                    progress(done, total)
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE config_items")
            conn.exec_driver_sql("ANALYZE ci_relations")
        else:
            conn.exec_driver_sql("ANALYZE")
            # not the full-text index's tables, recorded while they are still nearly empty
            forget_fts_statistics(conn)
    return len(rows), len(links)
