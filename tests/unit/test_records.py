"""Every table says how it is protected and how it syncs: a new table cannot arrive silently."""

from __future__ import annotations

import deskapp.db.models  # noqa: F401  (registers every table)
from deskapp.db.base import Base
from deskapp.domain.kinds import REGISTRY
from deskapp.domain.permissions import Resource
from deskapp.domain.records import BOOKKEEPING, TABLES, Policy, Sync


def test_every_table_is_declared_and_every_declaration_is_a_table() -> None:
    tables = set(Base.metadata.tables)
    missing = sorted(tables - set(TABLES))
    assert not missing, (f"declare {missing} in deskapp.domain.records (policy, sync) and give "
                         "them grants and policies")
    assert sorted(set(TABLES) - tables) == []
    assert not BOOKKEEPING & tables


def test_declared_columns_exist() -> None:
    for decl in TABLES.values():
        columns = Base.metadata.tables[decl.name].columns
        synced = decl.sync_key if decl.sync is not Sync.NONE else None
        for column in (decl.work_item_column, decl.owner_column, synced):
            if column is not None:
                assert column in columns, (decl.name, column)
        assert decl.resource in set(Resource) | set(REGISTRY), decl.name


def test_each_kinds_detail_table_follows_its_work_item() -> None:
    for kind in REGISTRY.values():
        if kind.detail_table:
            decl = TABLES[kind.detail_table]
            assert decl.policy is Policy.WORK_ITEM_DETAIL and decl.resource == kind.key
