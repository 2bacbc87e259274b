"""Regenerate docs/screenshots: the real main window on demo data, every area, two sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a throw-away SQLite database with 20,000 demo tickets over two years, 1 % of them open (a
desk's steady weekly intake, so demand and trend charts do not spike in the last week), opens
the main window as a signed-in agent, visits each process area (plus the Design calendars tab
and an incident with its SLA panel) at 1366x768 and 1920x1080, each size on a fresh profile
(default layout), waits for the background loads to finish, and saves PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

SCREEN = Path(__file__).resolve().parents[1] / "tests" / "support" / "offscreen_screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")

SIZES = ((1366, 768), (1920, 1080))


def settle(qapp: object, runner: object, seconds: float = 1.5) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        qapp.processEvents()
        runner.wait_idle(50)  # type: ignore[attr-defined]
        time.sleep(0.02)
    qapp.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--tickets", type=int, default=20000)
    parser.add_argument("--open-ratio", type=float, default=0.01)
    parser.add_argument("--only", choices=("outbox", "german", "templates", "cmdb", "mail",
                                                 "access", "changes", "plan"),
                        help="only this view (the others are left as they are)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from deskapp.app import install_translations
    from deskapp.config.urls import sqlite_url
    from deskapp.db.demo import generate
    from deskapp.db.models import StaffUser
    from deskapp.domain.queries import WorkItemFilter
    from deskapp.runtime import open_database
    from deskapp.services.container import Services
    from deskapp.services.staff import resolve_actor
    from deskapp.ui.context import UiContext
    from deskapp.ui.design.view import CALENDAR_TAB, CATALOGUE_TAB, SLA_TAB, DesignView
    from deskapp.ui.main_window import AREAS, MainWindow
    from deskapp.ui.operation.view import OperationView
    from deskapp.ui.transition.view import TransitionView
    from deskapp.ui.workers import Runner

    folder = Path(tempfile.mkdtemp(prefix="deskapp-shots-"))
    QCoreApplication.setOrganizationName("DeskAppScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName("DeskApp")
    install_translations(qapp)  # as the app does: "23 items", not "23 item(s)"

    db = open_database(sqlite_url(folder / "shots.sqlite3"))
    generate(db.engine, args.tickets, seed=11, open_ratio=args.open_ratio, requests=True)
    with db.uow(read_only=True) as uow:  # sign in as a real Service Desk agent from the demo
        username = uow.session.scalars(select(StaffUser.username)
                                       .order_by(StaffUser.username)).first()
    actor = resolve_actor(db.uow, username or "")
    runner = Runner(qapp)
    ctx = UiContext(db, Services.build(db.uow, actor), runner, profile_name="Local")
    _register_initiatives(db, actor)
    saved: list[Path] = [] if args.only in ("german", "templates", "cmdb", "access", "changes",
                                            "plan") \
        else [outbox_shot(ctx, qapp, runner, args.out)]
    for width, height in [] if args.only else SIZES:
        # each size as a fresh profile shows it: no layout carried over from the other size
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / f"settings-{width}x{height}"))
        window = MainWindow(ctx)
        window.resize(width, height)
        window.show()
        for spec in AREAS:
            window.show_area(spec.key)
            settle(qapp, runner)
            path = args.out / f"{spec.key}-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
        design = window.show_area("design")
        assert isinstance(design, DesignView)
        design.tabs.setCurrentIndex(CALENDAR_TAB)
        settle(qapp, runner)
        path = args.out / f"design-calendars-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        design.tabs.setCurrentWidget(design.availability)
        settle(qapp, runner, 2.5)
        path = args.out / f"design-availability-{width}x{height}.png"
        design.tabs.setCurrentIndex(CATALOGUE_TAB)
        settle(qapp, runner)
        laptop = next(o for o in design.catalogue.offerings if o.name == "New starter laptop")
        design.catalogue.select(laptop.id)
        settle(qapp, runner)
        path = args.out / f"catalogue-editor-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        design.tabs.setCurrentIndex(SLA_TAB)
        transition = window.show_area("transition")
        assert isinstance(transition, TransitionView)
        transition.show_knowledge()
        settle(qapp, runner)
        kb = transition.knowledge
        shown = next((r for r in range(kb.model.rowCount())
                      if kb.model.row_at(r).status == "published"), 0)
        kb.table.selectRow(shown)
        settle(qapp, runner)
        path = args.out / f"knowledge-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        transition.pages.setCurrentIndex(0)
        saved += _improvement_tabs(window, qapp, runner, args.out, width, height)
        operation = window.show_area("operation")
        rows = ctx.services.incidents.page(limit=40)
        busy = next((r for r in rows if r.status in ("in_progress", "pending")), rows[0])
        assert isinstance(operation, OperationView)
        editor = operation.open_incident(busy.id)
        settle(qapp, runner, 2.5)
        path = args.out / f"incident-form-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        if editor is not None:  # the conversation: notes and changes in one timeline
            editor.show_tab("conversation")
            settle(qapp, runner, 0.5)
            path = args.out / f"conversation-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
            editor.show_tab("details")
        queues = operation.queues  # All open grouped by team, the first group opened
        queues.open_queue("all_open")
        settle(qapp, runner)
        queues.group_box.setCurrentIndex(queues.group_box.findData("team_name"))
        queues.group_box.activated.emit(queues.group_box.currentIndex())
        settle(qapp, runner)
        queues.grouped_view.expand(queues.grouped_model.index(0, 0))
        settle(qapp, runner)
        path = args.out / f"queue-grouped-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        queues.group_box.setCurrentIndex(queues.group_box.findData(None))
        queues.group_box.activated.emit(queues.group_box.currentIndex())
        settle(qapp, runner)
        task = ctx.services.incidents.page(WorkItemFilter(
            kinds=frozenset({"incident_task"}), statuses=frozenset({"in_progress"})), limit=1)[0]
        operation.open_incident(task.id, "incident_task")
        settle(qapp, runner, 2.5)
        path = args.out / f"task-form-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        # problems: a known error's form, the known errors list, the major incident board
        known = ctx.services.known_errors.known_errors()
        if known:
            operation.open_incident(known[0].id, "problem")
            settle(qapp, runner, 2.5)
            path = args.out / f"problem-form-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
        operation.show_known_errors()
        settle(qapp, runner, 2.0)
        path = args.out / f"known-errors-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        _major_with_children(ctx)
        operation.show_major_board()
        settle(qapp, runner, 2.5)
        path = args.out / f"major-incidents-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        operation.show_queues()
        request = ctx.services.incidents.page(WorkItemFilter(
            kinds=frozenset({"service_request"}), statuses=frozenset({"in_progress"})),
            limit=1)[0]
        editor = operation.open_incident(request.id, "service_request")
        settle(qapp, runner, 2.5)
        path = args.out / f"request-form-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)
        if editor is not None:
            editor.tabs.setCurrentWidget(editor.tasks_tab)
            settle(qapp, runner, 1.5)
            path = args.out / f"request-tasks-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
        dialog = operation.new_request()
        settle(qapp, runner, 1.5)
        dialog.find.setText("laptop")
        settle(qapp, runner, 1.0)
        path = args.out / f"new-request-{width}x{height}.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.reject()
        window.close()
        window.deleteLater()
        settle(qapp, runner, 0.3)
    if not args.only:
        saved += desktop_shots(qapp, ctx, args.out, folder)
    if args.only in (None, "mail"):
        saved += mail_shots(qapp, db, args.out, folder)
    if args.only in (None, "cmdb"):
        saved += cmdb_shots(qapp, ctx, args.out, folder)
    if args.only in (None, "german"):
        saved += german_shots(qapp, ctx, args.out, folder)
    if args.only in (None, "templates"):
        saved += template_shots(qapp, ctx, args.out, folder)
    if args.only in (None, "access"):
        saved += access_shots(qapp, ctx, args.out, folder)
    if args.only in (None, "changes"):
        saved += change_shots(qapp, ctx, args.out, folder)
    if args.only in (None, "plan"):
        saved += plan_shots(qapp, db, runner, args.out, folder)
    db.dispose()
    for path in saved:
        print(path)
    return 0


def access_shots(qapp: object, ctx: object, out: Path, folder: Path) -> list[Path]:
    """Service Operation > Access at 1366x768: who has what on a system, the expiring queue, a
    review's record, and an access request's form."""
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.operation.view import OperationView

    runner = ctx.runner  # type: ignore[attr-defined]
    services = ctx.services  # type: ignore[attr-defined]
    QSettings_path(folder / "settings-access")
    window = MainWindow(ctx)  # type: ignore[arg-type]
    window.resize(1366, 768)
    window.show()
    operation = window.show_area("operation")
    assert isinstance(operation, OperationView)
    operation.show_access()
    page = operation.access
    saved: list[Path] = []
    settle(qapp, runner, 1.5)
    page.tabs.setCurrentWidget(page.holders)
    page.system.setCurrentIndex(page.system.findText("SAP S/4HANA Finance"))
    settle(qapp, runner, 1.5)
    for name, tab in (("access-who-has-what", page.holders), ("access-expiring", page.expiring),
                      ("access-review", page.reviews)):
        page.tabs.setCurrentWidget(tab)
        settle(qapp, runner, 2.0)
        path = out / f"{name}-1366x768.png"
        window.grab().save(str(path))
        saved.append(path)
    # the Systems tab, and retiring a system someone holds: asked first, the grants counted
    page.tabs.setCurrentWidget(page.systems)
    settle(qapp, runner, 1.5)
    path = out / "access-systems-1366x768.png"
    window.grab().save(str(path))
    saved.append(path)
    page.retire_system()
    settle(qapp, runner, 1.5)
    if page.retire_dialog is not None:
        path = out / "access-retire-system.png"
        page.retire_dialog.grab().save(str(path))
        saved.append(path)
        page.retire_dialog.reject()
    # an access offering in New request: it raises an ACC item for the system owner
    from deskapp.services.catalogue import OfferingDraft

    vpn = next((e for e in services.access.entitlements() if e.name == "Remote access"), None)
    catalogue = [s for s in services.catalogue.choices().services if s.detail == "catalogue"]
    if vpn is not None and catalogue:
        from deskapp.services.container import Services
        from deskapp.services.staff import ensure_staff

        uow = services.catalogue._uow  # noqa: SLF001
        owner = ensure_staff(uow, "shots-owner", "Catalogue Owner", roles=("service_owner",))
        Services.build(uow, owner).catalogue.save(OfferingDraft(
            catalogue[0].id, "Remote access (VPN)", "GlobalProtect VPN for working from home.",
            entitlement_id=vpn.id))
        dialog = operation.new_request()
        settle(qapp, runner, 1.5)
        dialog.choose("Remote access (VPN)")
        settle(qapp, runner, 0.5)
        path = out / "access-offering-new-request.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.reject()
    grant = next((g for g in services.access.expiring() if g.revocation_number), None)
    if grant is not None and grant.request_id is not None:
        operation.open_incident(grant.request_id, "access_request")
        settle(qapp, runner, 2.5)
        path = out / "access-request-form-1366x768.png"
        window.grab().save(str(path))
        saved.append(path)
    window.close()
    window.deleteLater()
    settle(qapp, runner, 0.3)
    return saved


def change_shots(qapp: object, ctx: object, out: Path, folder: Path) -> list[Path]:
    """The change calendar in the month of the year-end freeze, and a change form with its
    conflicts and risk, at 1366x768."""
    from datetime import UTC, date, datetime, timedelta

    from PySide6.QtCore import QSettings

    from deskapp.domain.queries import WorkItemFilter
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.operation.view import OperationView
    from deskapp.ui.transition.view import TransitionView

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings-changes"))
    window = MainWindow(ctx)  # type: ignore[arg-type]
    window.resize(1366, 768)
    window.show()
    saved = []
    transition = window.show_area("transition")
    assert isinstance(transition, TransitionView)
    calendar = transition.show_calendar()
    today = date.today()
    calendar.show_date(date(today.year, 12, 1), "month")
    settle(qapp, ctx.runner, 2.5)  # type: ignore[attr-defined]
    entries = calendar.grid.data.changes if calendar.grid.data else ()
    if entries:
        calendar.grid.current = entries[len(entries) // 2]
        calendar._selected(entries[len(entries) // 2])
        settle(qapp, ctx.runner, 1.5)  # type: ignore[attr-defined]
    path = out / "change-calendar-1366x768.png"
    window.grab().save(str(path))
    saved.append(path)
    services = ctx.services  # type: ignore[attr-defined]
    soon = datetime.now(UTC) + timedelta(days=3)
    found = services.incidents.page(WorkItemFilter(
        kinds=frozenset({"change"}), statuses=frozenset({"scheduled", "authorise"})), limit=40)
    change = next((c for c in found if (d := services.changes.get(c.id)).planned_start
                   and d.planned_start > soon and d.change_type == "normal"), None) \
        or (found[0] if found else None)
    if change is not None:
        operation = window.show_area("operation")
        assert isinstance(operation, OperationView)
        operation.open_incident(change.id, "change")
        settle(qapp, ctx.runner, 3.0)  # type: ignore[attr-defined]
        path = out / "change-form-1366x768.png"
        window.grab().save(str(path))
        saved.append(path)
    window.close()
    window.deleteLater()
    return saved


def plan_shots(qapp: object, db: object, runner: object, out: Path,
               folder: Path) -> list[Path]:
    """Service Transition > Change plan as a change manager of the demo sees it, at 1366x768:
    the freeze windows and the CAB rules with their approvers."""
    from PySide6.QtCore import QSettings
    from sqlalchemy import select

    from deskapp.db.models import StaffUser
    from deskapp.services.container import Services
    from deskapp.services.staff import resolve_actor
    from deskapp.ui.context import UiContext
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.transition.view import TransitionView

    with db.uow(read_only=True) as uow:  # type: ignore[attr-defined]
        names = list(uow.session.scalars(select(StaffUser.username)
                                         .order_by(StaffUser.username)))
    actor = next((a for a in (resolve_actor(db.uow, n) for n in names)  # type: ignore[attr-defined]
                  if "change_manager" in a.roles), None)
    if actor is None:
        return []
    ctx = UiContext(db, Services.build(db.uow, actor), runner,  # type: ignore[arg-type, attr-defined]
                    profile_name="Local")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings-plan"))
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    transition = window.show_area("transition")
    assert isinstance(transition, TransitionView)
    plan = transition.show_plan()
    settle(qapp, runner, 2.5)
    plan.freezes.show_ended.setChecked(True)
    settle(qapp, runner, 1.5)
    saved = []
    for name, page in (("change-plan-freezes", plan.freezes), ("change-plan-cab", plan.cab),
                       ("change-plan-releases", plan.releases)):
        plan.tabs.setCurrentWidget(page)
        settle(qapp, runner, 1.5)
        path = out / f"{name}-1366x768.png"
        window.grab().save(str(path))
        saved.append(path)
    plan.tabs.setCurrentWidget(plan.cab)
    plan.cab.edit()
    settle(qapp, runner, 1.0)
    if plan.cab.dialog is not None:
        path = out / "change-plan-cab-rule-1366x768.png"
        plan.cab.dialog.grab().save(str(path))
        saved.append(path)
        plan.cab.dialog.reject()
    window.close()
    window.deleteLater()
    settle(qapp, runner, 0.3)
    return saved


def desktop_shots(qapp: object, ctx: object, out: Path, folder: Path) -> list[Path]:
    """The wallboard, and Service Operation in dark mode, at 1366x768."""
    from PySide6.QtWidgets import QApplication

    from deskapp.ui import theme
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.operation.view import OperationView

    assert isinstance(qapp, QApplication)
    runner = ctx.runner  # type: ignore[attr-defined]
    saved: list[Path] = []
    for dark in (False, True):
        QSettings_path(folder / ("settings-dark" if dark else "settings-board"))
        theme.apply(qapp, theme.Appearance.DARK if dark else theme.Appearance.LIGHT)
        window = MainWindow(ctx)  # type: ignore[arg-type]
        window.resize(1366, 768)
        window.show()
        operation = window.show_area("operation")
        assert isinstance(operation, OperationView)
        operation.queues.open_queue("all_open")
        settle(qapp, runner)
        if dark:
            rows = ctx.services.incidents.page(limit=40)  # type: ignore[attr-defined]
            busy = next((r for r in rows if r.sla_state == "warning"), rows[0])
            operation.open_incident(busy.id)
            settle(qapp, runner, 2.5)
            path = out / "operation-dark-1366x768.png"
            window.grab().save(str(path))
        else:
            board = operation.open_wallboard()
            board.resize(1366, 768)
            settle(qapp, runner, 2.0)
            path = out / "wallboard-1366x768.png"
            board.grab().save(str(path))
            board.close()
        saved.append(path)
        window.close()
        window.deleteLater()
        settle(qapp, runner, 0.3)
    theme.apply(qapp, theme.Appearance.LIGHT)
    return saved


def german_shots(qapp: object, ctx: object, out: Path, folder: Path) -> list[Path]:
    """Service Operation in German (View > Language > Deutsch) at 1366x768, an incident open."""
    from PySide6.QtWidgets import QApplication

    from deskapp.app import install_translations
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.operation.view import OperationView

    assert isinstance(qapp, QApplication)
    runner = ctx.runner  # type: ignore[attr-defined]
    QSettings_path(folder / "settings-de")
    translators = install_translations(qapp, "de")
    try:
        window = MainWindow(ctx)  # type: ignore[arg-type]
        window.resize(1366, 768)
        window.show()
        operation = window.show_area("operation")
        assert isinstance(operation, OperationView)
        operation.queues.open_queue("all_open")
        settle(qapp, runner)
        rows = ctx.services.incidents.page(limit=40)  # type: ignore[attr-defined]
        busy = next((r for r in rows if r.status in ("in_progress", "pending")), rows[0])
        operation.open_incident(busy.id)
        settle(qapp, runner, 2.5)
        path = out / "operation-de-1366x768.png"
        window.grab().save(str(path))
        window.close()
        window.deleteLater()
        settle(qapp, runner, 0.3)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    return [path]


def template_shots(qapp: object, ctx: object, out: Path, folder: Path) -> list[Path]:
    """The canned-response picker over an incident's conversation (Ctrl+Shift+T, "pass"
    typed), in English and German, and the Templates page of the Administration window."""
    from PySide6.QtWidgets import QApplication

    from deskapp.app import install_translations
    from deskapp.ui.admin.window import AdministrationWindow
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.operation.view import OperationView

    assert isinstance(qapp, QApplication)
    runner = ctx.runner  # type: ignore[attr-defined]
    saved: list[Path] = []
    rows = ctx.services.incidents.page(limit=60)  # type: ignore[attr-defined]
    busy = next((r for r in rows if r.status in ("in_progress", "pending")
                 and r.caller_name), rows[0])
    for lang in ("en", "de"):
        QSettings_path(folder / f"settings-templates-{lang}")
        translators = install_translations(qapp, "de") if lang == "de" else []
        try:
            window = MainWindow(ctx)  # type: ignore[arg-type]
            window.resize(1366, 768)
            window.show()
            operation = window.show_area("operation")
            assert isinstance(operation, OperationView)
            editor = operation.open_incident(busy.id)
            settle(qapp, runner, 2.5)
            assert editor is not None
            editor.show_tab("conversation")
            editor.comments.text.setPlainText("")
            editor.comments.canned_requested.emit()
            settle(qapp, runner, 1.0)
            picker = editor.canned.picker
            if picker is not None:
                picker.filter.setText("pass" if lang == "en" else "")
                settle(qapp, runner, 0.3)
                path = out / f"canned-responses{'-de' if lang == 'de' else ''}-1366x768.png"
                # the picker is a window of its own: paint it over the form, centred, as the
                # agent sees it (the offscreen platform has no window manager to place it)
                from PySide6.QtCore import QPoint
                from PySide6.QtGui import QPainter

                shot = window.grab()
                pane = picker.grab()
                painter = QPainter(shot)
                painter.drawPixmap(QPoint((shot.width() - pane.width()) // 2,
                                          (shot.height() - pane.height()) // 2 + 80), pane)
                painter.end()
                shot.save(str(path))
                saved.append(path)
                picker.reject()
            if lang == "en":
                admin = AdministrationWindow(ctx)  # type: ignore[arg-type]
                admin.tabs.setCurrentWidget(admin.templates)
                admin.show()
                settle(qapp, runner, 1.5)
                if admin.templates.list.count():
                    admin.templates.list.setCurrentRow(1)
                    settle(qapp, runner, 0.3)
                path = out / "templates-admin.png"
                admin.grab().save(str(path))
                saved.append(path)
                admin.close()
            window.close()
            window.deleteLater()
            settle(qapp, runner, 0.3)
        finally:
            for translator in translators:
                qapp.removeTranslator(translator)
    return saved


def mail_shots(qapp: object, db: object, out: Path, folder: Path) -> list[Path]:
    """Tools > Mail… as an administrator sees it at 1366x768: the settings, and the outbox
    with a message waiting because the server (a closed local port) refused the connection."""
    from dataclasses import replace

    from deskapp.db.models import Person
    from deskapp.domain.mail.settings import MailSettings
    from deskapp.mail.worker import MailWorker
    from deskapp.services.container import Services
    from deskapp.services.staff import ensure_staff
    from deskapp.ui.admin.mail_window import MailWindow
    from deskapp.ui.context import UiContext
    from deskapp.ui.workers import Runner

    QSettings_path(folder / "settings-mail")
    admin = ensure_staff(db.uow, "shots.admin", "Robin Admin")  # type: ignore[attr-defined]
    services = Services.build(db.uow, admin)  # type: ignore[attr-defined]
    services.mail.save_settings(replace(
        MailSettings(), send_enabled=True, smtp_host="localhost", smtp_port=1,
        from_address="servicedesk@example.com", from_name="Example Service Desk",
        receive_enabled=True, imap_host="localhost", imap_username="servicedesk"))
    with db.uow(read_only=True) as uow:  # type: ignore[attr-defined]
        caller = uow.session.query(Person).filter(Person.email.isnot(None)).first()
        caller_id = caller.id if caller else None
    services.incidents.create({"title": "Laptop will not wake from sleep", "impact": 3,
                               "urgency": 2, "caller_id": caller_id})
    MailWorker(db.uow, secrets=lambda _account: None).send_due()  # type: ignore[attr-defined]
    runner = Runner(qapp)  # type: ignore[arg-type]
    ctx = UiContext(db, services, runner, profile_name="Local")  # type: ignore[arg-type]
    window = MailWindow(ctx)
    window.resize(1366, 768)
    window.templates_tab.number.setText("")
    window.show()
    saved = []
    for index, name in ((0, "mail-settings"), (1, "mail-outbox"), (3, "mail-templates")):
        window.tabs.setCurrentIndex(index)
        settle(qapp, runner, 1.5)
        path = out / f"{name}-1366x768.png"
        window.grab().save(str(path))
        saved.append(path)
    window.close()
    saved += _stakeholder_shots(qapp, ctx, services, out)
    return saved


def _stakeholder_shots(qapp: object, ctx: object, services: object, out: Path) -> list[Path]:
    """A major incident's stakeholders and the update dialog counting them before sending."""
    from deskapp.db.models import Person, Service
    from deskapp.ui.operation.major_update_dialog import PostUpdateDialog
    from deskapp.ui.operation.stakeholders_dialog import StakeholdersDialog

    runner = ctx.runner  # type: ignore[attr-defined]
    db = ctx.database  # type: ignore[attr-defined]
    with db.uow(read_only=True) as uow:
        service = uow.session.query(Service).order_by(Service.name).first()
        service_id = service.id if service else None
        people = uow.session.query(Person).filter(Person.email.isnot(None)).limit(3).all()
        addresses = [p.email for p in people]
    outage = services.incidents.create({  # type: ignore[attr-defined]
        "title": "E-mail down for the whole company", "impact": 1, "urgency": 1,
        "service_id": service_id})
    mi = services.major_incidents  # type: ignore[attr-defined]
    mi.declare(outage.id, outage.version)
    for address in addresses:
        mi.subscribe(outage.id, address)
    mi.name_address(outage.id, "cio@example.com", "Chris Ito (CIO)")
    mi.name_address(outage.id, "noc@mail-supplier.example.net", "Supplier NOC")
    saved = []
    dialog = StakeholdersDialog(ctx, outage.id, outage.number)  # type: ignore[arg-type]
    dialog.show()
    settle(qapp, runner, 1.5)
    path = out / "mail-stakeholders.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()
    post = PostUpdateDialog(outage.number)
    post.body.setPlainText("The mail relay is down since 09:10; engineers are on site. Use "
                           "Teams chat for urgent messages meanwhile.")
    post.set_stakeholders(mi.stakeholders(outage.id))
    post.send.setChecked(True)
    post.show()
    settle(qapp, runner, 1.0)
    path = out / "mail-stakeholder-update.png"
    post.grab().save(str(path))
    saved.append(path)
    post.close()
    return saved


def cmdb_shots(qapp: object, ctx: object, out: Path, folder: Path) -> list[Path]:
    """The CI form (attributes, relations) and impact analysis as a list and a graph."""
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.transition.view import TransitionView

    runner = ctx.runner  # type: ignore[attr-defined]
    cmdb = ctx.services.cmdb  # type: ignore[attr-defined]
    QSettings_path(folder / "settings-cmdb")
    window = MainWindow(ctx)  # type: ignore[arg-type]
    window.resize(1600, 1000)
    window.show()
    view = window.show_area("transition")
    assert isinstance(view, TransitionView)
    settle(qapp, runner)
    saved: list[Path] = []
    host = cmdb.items("ESX-LDS-01").items[0]
    view.open_ci(host.id)
    settle(qapp, runner, 2.0)
    path = out / "cmdb-ci-form-1600x1000.png"
    window.grab().save(str(path))
    saved.append(path)
    core = cmdb.items("CORE-SW-LDS-01").items[0]
    view.open_ci(core.id)
    settle(qapp, runner, 2.0)
    panel = view.editor.impact
    assert panel is not None
    view.editor.tabs.setCurrentWidget(panel)
    panel.depth_spin.setValue(4)
    panel.resize(1000, 620)
    panel.analyse()
    settle(qapp, runner, 3.0)
    for name, index in (("list", 0), ("graph", 1)):
        panel.views.setCurrentIndex(index)
        if index == 1:
            panel.graph.fit()
        settle(qapp, runner, 0.5)
        path = out / f"cmdb-impact-{name}.png"
        panel.grab().save(str(path))
        saved.append(path)
    saved.append(_affected_service_filter(window, qapp, runner, out))
    window.close()
    window.deleteLater()
    settle(qapp, runner, 0.3)
    return saved


def _affected_service_filter(window: object, qapp: object, runner: object, out: Path) -> Path:
    """The queue filter with a service ticked under Affected service."""
    from PySide6.QtCore import Qt

    from deskapp.ui.queues.dialogs import FilterDialog

    operation = window.show_area("operation")  # type: ignore[attr-defined]
    queues = operation.queues
    queues.open_queue("all_open")
    settle(qapp, runner, 2.0)
    queues.edit_filter()
    settle(qapp, runner, 0.5)
    dialog = queues.findChild(FilterDialog)
    row = next((n for n in range(dialog.affected.count())
                if dialog.affected.item(n).text().startswith("Email")), 0)
    dialog.affected.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.affected.scrollToItem(dialog.affected.item(row))
    dialog.affected.setCurrentRow(row)
    settle(qapp, runner, 0.3)
    path = out / "queue-filter-affected-service.png"
    dialog.grab().save(str(path))
    dialog.reject()
    return path


def QSettings_path(path: Path) -> None:  # noqa: N802 - reads as the Qt call it wraps
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path))


def outbox_shot(ctx: object, qapp: object, runner: object, out: Path) -> Path:
    """Outbox and conflicts as a technician sees it after a sync: the demo desk's file given
    the outbox rows a replica would hold (a conflict on a title, a refused work note, a change
    waiting), shown by the real dialog."""
    import uuid
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert

    from deskapp.db.models import OutboxOp
    from deskapp.ui.outbox import OutboxDialog

    services = ctx.services  # type: ignore[attr-defined]
    rows = services.incidents.page(limit=3)
    now = datetime.now(UTC)
    mine = f"{rows[0].title} (handset replaced)"
    ops = [
        (rows[0], "work_items", "update", {"title": [rows[0].title, mine],
                                           "category": [None, "Hardware"]}, "conflict", None,
         {"title": {"base": rows[0].title, "mine": mine,
                    "theirs": f"{rows[0].title} (whole floor)", "chosen": None}}),
        (rows[1], "work_item_comments", "append", {"body": "Swapped the switch port",
                                                   "work_note": True}, "rejected",
         f"{rows[1].number} was deleted on the desk after you took it offline; what you "
         "changed was not applied.", None),
        (rows[2], "work_items", "update", {"status": [rows[2].status, "in_progress"]},
         "pending", None, None),
    ]
    with ctx.database.engine.begin() as conn:  # type: ignore[attr-defined]
        for n, (row, table, action, changes, state, reason, conflict) in enumerate(ops, 1):
            conn.execute(insert(OutboxOp.__table__).values(
                id=uuid.uuid4(), version=1, created_at=now, updated_at=now, position=n,
                table_name=table, row_id=row.id, work_item_id=row.id, action=action,
                base_version=row.version, changes=changes, device_at=now - timedelta(hours=2),
                state=state, reason=reason, conflict=conflict))
    dialog = OutboxDialog(ctx)  # type: ignore[arg-type]
    dialog.resize(900, 520)
    dialog.show()
    settle(qapp, runner)
    path = out / "outbox-conflicts.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path
def _register_initiatives(db: object, actor: object) -> None:
    """Two initiatives in the CSI register, registered by a supervisor (baselines measured)."""
    from dataclasses import replace
    from datetime import date, timedelta

    from deskapp.domain.kpi_catalogue import Scope
    from deskapp.services.improvement import ImprovementService, InitiativeDraft
    from deskapp.services.kpi import KpiService

    boss = replace(actor, roles=("supervisor",))  # type: ignore[type-var]
    kpi = KpiService(db.uow, boss)  # type: ignore[attr-defined]
    register = ImprovementService(db.uow, boss, kpi)  # type: ignore[attr-defined]
    due = date.today() + timedelta(days=90)
    register.save(InitiativeDraft(
        "Resolve P2 incidents faster", "P2 calls wait too long for a fix; callers complain",
        "mttr_wall", 300.0, due, Scope(priority=2), status="active"))
    register.save(InitiativeDraft(
        "More first-contact resolution", "Too many simple calls are passed on",
        "first_contact_resolution", 35.0, due, Scope(), status="proposed"))


def _improvement_tabs(window: object, qapp: object, runner: object, out: Path, width: int,
                      height: int) -> list[Path]:
    from deskapp.domain.kpi import Grain, Grouping
    from deskapp.ui.improvement.view import ImprovementView

    view = window.show_area("improvement")  # type: ignore[attr-defined]
    assert isinstance(view, ImprovementView)
    settle(qapp, runner, 2.0)
    saved = []
    view.tabs.setCurrentWidget(view.figures_panel)
    view.figures_panel.split.setCurrentIndex(view.figures_panel.split.findData(
        Grouping.TEAM.value))
    settle(qapp, runner, 2.5)
    view.figures_panel.table.setCurrentIndex(view.figures_panel.model.index(0, 5))
    for name, panel in (("improvement-figures", None), ("improvement-trends", "trends"),
                        ("improvement-register", "register"), ("improvement-reviews", "reviews")):
        if panel == "trends":
            view.tabs.setCurrentWidget(view.trends_panel)
            view.trends_panel.choose("opened", Grain.WEEK, Grouping.TEAM)
        elif panel == "register":
            view.tabs.setCurrentWidget(view.register_panel)
        elif panel == "reviews":
            view.tabs.setCurrentWidget(view.review_panel)
        settle(qapp, runner, 4.0 if panel == "register" else 2.5)
        path = out / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)
    view.tabs.setCurrentIndex(0)
    return saved

def _major_with_children(ctx: object) -> None:
    """The newest open major incident gets two open incidents of its service as children and
    a stakeholder update (once: the second size finds them linked)."""
    services = ctx.services  # type: ignore[attr-defined]
    majors = services.major_incidents.major_incidents()
    if not majors or majors[0].children:
        return
    board = services.major_incidents.board(majors[0].id)
    service = board.incident.service
    rows = services.incidents.page(limit=200)
    children = [r.id for r in rows if r.id != majors[0].id and r.kind == "incident"
                and r.service_name == (service.label if service else None)
                and r.status in ("new", "assigned", "in_progress")][:2]
    if children:
        services.major_incidents.link_children(majors[0].id, children)
    services.major_incidents.post_update(
        majors[0].id, "Stakeholders", "Engineers are on the bridge call; a workaround for head "
        "office is being tested. Next update in 30 minutes.", 30)


if __name__ == "__main__":
    raise SystemExit(main())
