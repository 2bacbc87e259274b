"""Shared test set-up.

* Qt runs offscreen; every test that uses ``qtbot`` is marked ``gui`` (``pytest -m gui``).
* ``database`` runs a test on SQLite and on PostgreSQL. PostgreSQL is used when
  ``DESKAPP_TEST_POSTGRES_URL`` is set (CI sets it) and then must be reachable: an unreachable
  server fails the run instead of silently skipping. Unset (a laptop): those cases skip.
"""

from __future__ import annotations

import os

# A 1920x1080 virtual screen (the default offscreen screen is 800x800, smaller than the window)
_SCREEN = os.path.join(os.path.dirname(__file__), "support", "offscreen_screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("DESKAPP_DATA_DIR", "/nonexistent-deskapp-test-data")  # never the real one

import pytest  # noqa: E402

pytest_plugins = ["tests.support.fixtures", "tests.support.gui"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if "postgresql" in item.name or "[pg" in item.name:
            item.add_marker(pytest.mark.postgres)
