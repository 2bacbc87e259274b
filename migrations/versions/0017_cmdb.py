"""cmdb: CI types with attributes, typed relations, several impacted CIs per work item

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 06:00:00

New tables ``ci_types`` (a type's name, description and attribute definitions),
``ci_relations`` (typed, directed: CI -> CI or service -> CI) and ``work_item_cis`` (the CIs a
work item impacts besides its main ``work_items.ci_id``). ``config_items`` gains
``attributes`` (the values of its type's attributes, JSON).

The upgrade seeds one type per standard kind (with its attributes, as the desk starts with
them) and one, without attributes, for every other type name CIs already carry, so every CI
keeps a type it can be edited under. The definitions are written here, not imported: a
migration must not change when the app does.

The downgrade keeps every row the older schema can hold and refuses (changing nothing) while
the database holds relations, impacted CIs or attribute values: dropping them would lose what
configuration managers recorded. Type definitions go with their table (CIs keep their type
names in ``config_items.ci_type``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _a(key: str, label: str, kind: str = "text", choices: tuple[str, ...] = ()
       ) -> dict[str, Any]:
    out: dict[str, Any] = {"key": key, "label": label, "kind": kind}
    if choices:
        out["choices"] = list(choices)
    return out


#: The standard types at the time of this revision (name, description, attributes).
SEED: tuple[tuple[str, str, list[dict[str, Any]]], ...] = (
    ("application", "Software a service is delivered by",
     [_a("vendor", "Vendor"), _a("version", "Version"),
      _a("environment", "Environment", "choice", ("production", "test", "development"))]),
    ("server", "Physical or virtual server",
     [_a("os", "Operating system"), _a("cpu_cores", "CPU cores", "integer"),
      _a("memory_gb", "Memory (GB)", "integer"), _a("virtual", "Virtual machine", "boolean"),
      _a("ip_address", "IP address")]),
    ("database", "Database instance or cluster",
     [_a("engine", "Engine", "choice", ("PostgreSQL", "SQL Server", "Oracle", "MySQL")),
      _a("version", "Version"), _a("size_gb", "Size (GB)", "decimal")]),
    ("network switch", "Switch, router or firewall",
     [_a("ports", "Ports", "integer"), _a("firmware", "Firmware"),
      _a("ip_address", "Management IP")]),
    ("storage", "Storage array or file share",
     [_a("capacity_tb", "Capacity (TB)", "decimal"), _a("raid", "RAID level")]),
    ("service component", "A building block of a service (cluster, load balancer, queue)",
     [_a("role", "Role")]),
    ("printer", "Printer or multifunction device",
     [_a("model", "Model"), _a("colour", "Colour", "boolean")]),
    ("laptop", "Laptop or tablet",
     [_a("model", "Model"), _a("memory_gb", "Memory (GB)", "integer"),
      _a("warranty_until", "Warranty until", "date"), _a("encrypted", "Disk encrypted",
                                                          "boolean")]),
    ("desktop", "Desktop computer",
     [_a("model", "Model"), _a("warranty_until", "Warranty until", "date")]),
    ("mobile", "Phone", [_a("model", "Model"), _a("number", "Number")]),
    ("other", "Anything else", []),
)


def _record_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


_LIVE = sa.text("deleted_at IS NULL")


def _index(name: str, table: str, columns: list[str], *, unique: bool = False) -> None:
    op.create_index(name, table, columns, unique=unique, sqlite_where=_LIVE,
                    postgresql_where=_LIVE)


def upgrade() -> None:
    bind = op.get_bind()
    types = op.create_table(
        "ci_types",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("attributes", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ci_types")),
        sa.UniqueConstraint("name", name=op.f("uq_ci_types_name")),
    )
    op.create_table(
        "ci_relations",
        sa.Column("relation_type", sa.String(length=20), nullable=False),
        sa.Column("source_ci_id", sa.Uuid(), nullable=True),
        sa.Column("source_service_id", sa.Uuid(), nullable=True),
        sa.Column("target_ci_id", sa.Uuid(), nullable=False),
        *_record_columns(),
        sa.CheckConstraint("(source_ci_id IS NULL) <> (source_service_id IS NULL)",
                           name=op.f("ck_ci_relations_one_source")),
        sa.ForeignKeyConstraint(["source_ci_id"], ["config_items.id"],
                                name=op.f("fk_ci_relations_source_ci_id_config_items")),
        sa.ForeignKeyConstraint(["source_service_id"], ["services.id"],
                                name=op.f("fk_ci_relations_source_service_id_services")),
        sa.ForeignKeyConstraint(["target_ci_id"], ["config_items.id"],
                                name=op.f("fk_ci_relations_target_ci_id_config_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ci_relations")),
    )
    _index("ix_ci_relations_down", "ci_relations",
           ["source_ci_id", "relation_type", "target_ci_id"])
    _index("ix_ci_relations_up", "ci_relations",
           ["target_ci_id", "relation_type", "source_ci_id"])
    _index("uq_ci_relations_live", "ci_relations",
           ["source_ci_id", "target_ci_id", "relation_type"], unique=True)
    _index("uq_ci_relations_service_live", "ci_relations",
           ["source_service_id", "target_ci_id", "relation_type"], unique=True)
    op.create_table(
        "work_item_cis",
        sa.Column("work_item_id", sa.Uuid(), nullable=False),
        sa.Column("ci_id", sa.Uuid(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["work_item_id"], ["work_items.id"],
                                name=op.f("fk_work_item_cis_work_item_id_work_items")),
        sa.ForeignKeyConstraint(["ci_id"], ["config_items.id"],
                                name=op.f("fk_work_item_cis_ci_id_config_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_item_cis")),
    )
    _index("uq_work_item_cis_live", "work_item_cis", ["work_item_id", "ci_id"], unique=True)
    _index("ix_work_item_cis_ci", "work_item_cis", ["ci_id", "work_item_id"])
    op.add_column("config_items", sa.Column("attributes", sa.JSON(), nullable=True))

    now = datetime.now(UTC)
    seeded = {name for name, _d, _a in SEED}
    in_use = sorted({name for (name,) in bind.execute(sa.text(
        "SELECT DISTINCT ci_type FROM config_items WHERE ci_type IS NOT NULL"))
        if name and name not in seeded})
    rows = [{"id": uuid.uuid4(), "version": 1, "created_at": now, "updated_at": now,
             "name": name, "description": description, "attributes": attributes}
            for name, description, attributes in SEED]
    rows += [{"id": uuid.uuid4(), "version": 1, "created_at": now, "updated_at": now,
              "name": name[:40], "description": None, "attributes": []} for name in in_use]
    op.bulk_insert(types, rows)


def _refusal(bind: sa.Connection) -> str | None:
    held = []
    for query, what in (
            ("SELECT 1 FROM ci_relations LIMIT 1", "CI relations"),
            ("SELECT 1 FROM work_item_cis LIMIT 1", "impacted CIs of work items"),
            ("SELECT 1 FROM config_items WHERE attributes IS NOT NULL LIMIT 1",
             "CI attribute values")):
        if bind.execute(sa.text(query)).first() is not None:
            held.append(what)
    if not held:
        return None
    return (f"This database holds {', '.join(held)}, which the older schema cannot keep; "
            "nothing was changed. Restore a backup taken before the upgrade instead.")


def downgrade() -> None:
    bind = op.get_bind()
    refusal = _refusal(bind)
    if refusal is not None:
        from deskapp.errors import DowngradeRefused

        raise DowngradeRefused(refusal)
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE config_items DROP COLUMN attributes")
    else:
        op.drop_column("config_items", "attributes")
    op.drop_table("work_item_cis")
    op.drop_table("ci_relations")
    op.drop_table("ci_types")
