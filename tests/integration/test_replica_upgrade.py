"""A replica made by an older DeskApp, with work not yet sent, opened by this one: the file is
upgraded by the migrations, keeps its ops, and syncs on (it used to be refused, asking for a new
replica, which strands the unsent work). Real PostgreSQL desk."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from deskapp.config.urls import sqlite_url
from deskapp.db import migrate
from deskapp.errors import ValidationError
from deskapp.runtime import Database, connect
from deskapp.services.container import Services
from deskapp.sync.push import synchronise
from tests.integration.test_push import Laptop, assert_converged, laptops, new_incident, online
from tests.integration.test_replica import desk, desk_db, settled, tech
from tests.support.factories import Desk

laptops, online, desk_db, desk, tech = laptops, online, desk_db, desk, tech
OLDER = "0029"


def _made_by_an_older_deskapp(laptop: Laptop) -> None:
    """The file as the previous DeskApp left it: its schema and its replica record."""
    laptop.close()
    engine = connect(sqlite_url(laptop.path), create=False)
    try:
        migrate.downgrade(engine, OLDER)
        with engine.begin() as conn:
            conn.execute(text("UPDATE replica_state SET schema_head = :h"), {"h": OLDER})
    finally:
        engine.dispose()


def test_an_older_replica_with_unsent_work_is_upgraded_and_syncs_on(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    item = new_incident(online, desk, "Label printer offline in dispatch")
    laptop = laptops()
    laptop.services.incidents.add_comment(item.id, "Reseated the USB cable", work_note=True)
    _made_by_an_older_deskapp(laptop)
    raw = connect(sqlite_url(laptop.path), create=False)
    try:  # synced as the file is, it says what to do and changes nothing
        with pytest.raises(ValidationError, match="open it once in this DeskApp"):
            synchronise(desk_db.engine, raw)
    finally:
        raw.dispose()
    reopened = Laptop(laptop.path)  # the app opens it: migrations run, the ops stay
    try:
        assert [o.state for o in reopened.ops()] == ["pending"]
        settled(desk_db.engine)
        done = synchronise(desk_db.engine, reopened.db.engine)
        assert done.pushed.applied == 1
        bodies = [c.body for c in online.incidents.comments(item.id)]
        assert bodies.count("Reseated the USB cable") == 1
        assert_converged(desk_db, desk, reopened)
    finally:
        reopened.close()


def test_the_cli_upgrades_an_older_replica_before_it_syncs(
        desk_db: Database, desk: Desk, online: Services, laptops: Any) -> None:
    import subprocess
    import sys

    item = new_incident(online, desk, "Dock not charging at bay 4")
    laptop = laptops()
    laptop.services.incidents.add_comment(item.id, "Swapped the power brick", work_note=True)
    _made_by_an_older_deskapp(laptop)
    settled(desk_db.engine)
    url = desk_db.url.render_as_string(hide_password=False)
    run = subprocess.run([sys.executable, "-m", "deskapp.cli", "--database", url, "sync",
                          "--replica", str(laptop.path)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    bodies = [c.body for c in online.incidents.comments(item.id)]
    assert bodies.count("Swapped the power brick") == 1
