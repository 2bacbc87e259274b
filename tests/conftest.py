"""Shared test set-up.

* Qt runs offscreen; every test that uses ``qtbot`` is marked ``gui`` (``pytest -m gui``).
* ``database`` runs a test on SQLite and on PostgreSQL. PostgreSQL is used when
  ``DESKAPP_TEST_POSTGRES_URL`` is set (CI sets it) and then must be reachable: an unreachable
  server fails the run instead of silently skipping. Unset (a laptop): those cases skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

# A 1920x1080 virtual screen (the default offscreen screen is 800x800, smaller than the window)
_SCREEN = os.path.join(os.path.dirname(__file__), "support", "offscreen_screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("DESKAPP_DATA_DIR", "/nonexistent-deskapp-test-data")  # never the real one

import pytest  # noqa: E402

pytest_plugins = ["tests.support.fixtures", "tests.support.gui", "tests.support.mail_fixtures"]


def slow_asked(config: pytest.Config) -> bool:
    """Long checks (``slow``: kill -9 cycles, the long fuzz, 100k-row migrations, the bundle)
    run when ``-m`` asks for them (``.ci/run`` does) or a bundle is named to test."""
    markers = str(config.getoption("markexpr") or "")
    return ("slow" in markers and "not slow" not in markers) or \
        "DESKAPP_TEST_BUNDLE" in os.environ


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not slow_asked(config):  # deselected, not skipped: the summary stays readable
        slow = [item for item in items if item.get_closest_marker("slow")]
        if slow:
            config.hook.pytest_deselected(items=slow)
            items[:] = [item for item in items if not item.get_closest_marker("slow")]
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if "postgresql" in item.name or "[pg" in item.name:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type, pytestconfig: pytest.Config) -> object:
    """pytest-qt's application, with DeskApp's translations installed as the app installs them
    (English plural forms: "1 item", "5 items"), so tests read what people read."""
    from PySide6.QtWidgets import QApplication

    from deskapp.app import install_translations

    app = QApplication.instance() or qapp_cls(qapp_args)
    app.setApplicationName(pytestconfig.getini("qt_qapp_name"))
    install_translations(app)
    return app


@pytest.fixture(autouse=True)
def _english_between_tests() -> Iterator[None]:
    """A test that switches to German must switch back: the default locale (numbers, dates:
    "99.5" typed into a spin box reads 99 under German) and the service-sentence translator
    are put back here whatever the test did, and a Qt translator left installed (which only
    the test can remove) fails the test that left it, not the dozens that would read German
    after it in the same worker."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from deskapp import messages

    before = QLocale()
    app = QCoreApplication.instance()
    menu = QCoreApplication.translate("MainWindow", "&File") if app is not None else None
    yield
    if QLocale().name() != before.name():
        QLocale.setDefault(before)
    messages.install(None)
    if menu is not None and QCoreApplication.translate("MainWindow", "&File") != menu:
        pytest.fail("this test left a translator installed: remove what install_translations "
                    "returned in a finally block")

