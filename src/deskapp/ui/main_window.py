"""The main window: five ITIL process areas, the record commands, and the status bar.

The window owns every global action (new, save, refresh, search, next/previous record, area
switching) and forwards the record commands to the area on screen (:class:`AreaView`). It never
talks to the database itself except for the periodic connection check, which runs on the worker
pool like everything else.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import text

from deskapp import __version__
from deskapp.domain.permissions import Action, Decision, Resource
from deskapp.services.dto import Changes
from deskapp.ui import language, theme
from deskapp.ui.areas import AreaView
from deskapp.ui.connection import unencrypted_label
from deskapp.ui.context import UiContext
from deskapp.ui.notifications import DesktopNotifications
from deskapp.ui.offline import ReplicaBadge, WorkOfflineDialog
from deskapp.ui.operation.view import OperationView
from deskapp.ui.permissions import guard
from deskapp.ui.queues.search import SearchDialog
from deskapp.ui.shortcuts import ShortcutsDialog, shortcut_entries
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.replica import ReplicaInfo
    from deskapp.services.sla_sweep import SweepResult
    from deskapp.ui.transition.view import TransitionView

#: How often the status bar proves the database still answers.
HEARTBEAT_MS = 30_000
SLA_SWEEP_MS = 60_000
MAIL_ROUND_MS = 60_000
SLA_FIRST_SWEEP_MS = 3_000
#: The area bar is as wide as its longest area name; a person may drag it up to this.
AREA_BAR_MAX = 340


@dataclass(frozen=True)
class AreaSpec:
    key: str
    #: the view class as "module:Class", imported when the area is first shown (the four
    #: areas besides Service Operation are not loaded at start-up)
    view: str
    icon: QStyle.StandardPixmap

    @property
    def factory(self) -> Callable[[UiContext, QWidget | None], AreaView]:
        module, name = self.view.split(":")
        return cast(Callable[[UiContext, QWidget | None], AreaView],
                    getattr(importlib.import_module(module), name))


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("strategy", "deskapp.ui.strategy.view:StrategyView",
             QStyle.StandardPixmap.SP_FileDialogInfoView),
    AreaSpec("design", "deskapp.ui.design.view:DesignView",
             QStyle.StandardPixmap.SP_FileDialogDetailedView),
    AreaSpec("transition", "deskapp.ui.transition.view:TransitionView",
             QStyle.StandardPixmap.SP_DriveNetIcon),
    AreaSpec("operation", "deskapp.ui.operation.view:OperationView",
             QStyle.StandardPixmap.SP_MessageBoxWarning),
    AreaSpec("improvement", "deskapp.ui.improvement.view:ImprovementView",
             QStyle.StandardPixmap.SP_ArrowUp),
)


AREA_KEYS: tuple[str, ...] = tuple(spec.key for spec in AREAS)


class _AreaViews(dict[str, AreaView]):
    """The area views, each made the first time it is asked for.

    Only the area on screen (and Service Operation, whose live queue the notifications
    follow) is built at start-up: building all five, with their imports, was a fifth of a
    1.4 s start. Iterating gives the views made so far, which is what saving the layout,
    closing and shutting down need (a view never opened has nothing to save or close)."""

    def __init__(self, make: Callable[[str], AreaView]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> AreaView:
        if key not in AREA_KEYS:
            raise KeyError(key)
        return self._make(key)


class MainWindow(QMainWindow):
    """One window per connection; ``switch_connection_requested`` asks app.py to reconnect."""

    switch_connection_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("DeskApp — {profile}").format(profile=ctx.profile_name))
        self.setMinimumSize(QSize(1024, 640))
        self._search: SearchDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.import_wizard: QWidget | None = None
        self._closing = False

        self.views: dict[str, AreaView] = _AreaViews(self._make_view)
        self._restored_views = False  # restore_layout has run: a view made later restores too
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("AreaNavigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setAccessibleName(self.tr("Process areas"))
        titles = self._area_titles()
        for spec in AREAS:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), titles[spec.key])
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self._area_tips()[spec.key])
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._area_changed)
        self.side_panels: dict[str, QWidget] = {}
        self.area_bar = self._build_area_bar()
        self._make_view("operation")  # the default area; the notifications follow its queue

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.area_bar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self._area_bar_width(), 1100])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self._add_read_only_banner()
        self._connect_cross_area_links()
        # the bell, the tray and Ctrl+Shift+J: what is new for me, whoever changed it
        self.notifications = DesktopNotifications(self, ctx, self.open_incident)
        self.tools_menu.addAction(self.notifications.settings_action)
        ctx.bus.changed.connect(self.notifications.center.poke)
        operation = self.views["operation"]
        if isinstance(operation, OperationView) and operation.queues.watcher is not None:
            operation.queues.watcher.changed.connect(self.notifications.center.poke)
        self.notifications.start()

        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.check_connection)
        self._heartbeat.start()
        # SLA clocks move while nobody touches a ticket: keep stored states true (sla_sweep)
        self._sweeping = False
        self._sla_timer = QTimer(self)
        self._sla_timer.setInterval(SLA_SWEEP_MS)
        self._sla_timer.timeout.connect(self.sweep_sla)
        self._sla_timer.start()
        QTimer.singleShot(SLA_FIRST_SWEEP_MS, self, self.sweep_sla)
        # a single-user (SQLite) desk sends and reads its mail itself; a shared desk runs
        # 'deskapp-admin mail run' as a service instead (docs/mail.md)
        self._mailing = False
        self._mail_timer = QTimer(self)
        self._mail_timer.setInterval(MAIL_ROUND_MS)
        self._mail_timer.timeout.connect(self.mail_round)
        if self.ctx.database.is_local and not self.ctx.database.read_only:
            self._mail_timer.start()

        self.restore_layout()
        if self.nav.currentRow() < 0:
            self.show_area("operation")
        QTimer.singleShot(0, self.check_connection)

    # -- structure -------------------------------------------------------------------------
    def _add_read_only_banner(self) -> None:
        """A database DeskApp may not write (a read-only data folder) opens for reading; one
        line above the areas says so, and why saving will be refused."""
        self.read_only_banner: QLabel | None = None
        if not getattr(self.ctx.database, "read_only", False):
            return
        banner = QLabel(self.tr(
            "Read-only: DeskApp may not write to this database or its folder. You can look "
            "things up; saving is refused until you get write access."))
        banner.setObjectName("ReadOnlyBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(theme.banner_style())
        bar = QToolBar(self.tr("Read-only notice"), self)
        bar.setObjectName("ReadOnlyBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.addWidget(banner)
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.read_only_banner = banner

    def _build_area_bar(self) -> QWidget:
        """The five areas, and under them the current area's own panel (the Service
        Operation queue list); the rest of the width belongs to the area itself."""
        bar = QWidget()
        bar.setObjectName("AreaBar")
        bar.setMaximumWidth(AREA_BAR_MAX)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # exactly as high as the five areas: the panel below gets the rest
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        rows = sum(self.nav.sizeHintForRow(r) + 2 * self.nav.spacing()
                   for r in range(self.nav.count()))
        self.nav.setFixedHeight(rows + 2 * self.nav.frameWidth())
        layout.addWidget(self.nav)
        self._area_bar_layout = layout  # each view's panel goes in when the view is made
        self._area_bar_filler = QWidget()
        self._area_bar_filler.setSizePolicy(QSizePolicy.Policy.Ignored,
                                            QSizePolicy.Policy.Expanding)
        layout.addWidget(self._area_bar_filler)
        return bar

    def _fill_area_bar(self) -> None:
        """Below the areas, the current area's panel takes the height, unless it has none or
        is folded: then the areas stay at the top and empty space fills the rest."""
        panel = self.side_panels.get(self.current_key)
        wants_height = panel is not None and \
            panel.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding
        self._area_bar_filler.setVisible(not wants_height)

    def _area_bar_width(self) -> int:
        """The longest area name with its icon, not a fixed share of the screen."""
        frame = 2 * self.nav.frameWidth() + 2 * self.nav.spacing()
        return min(self.nav.sizeHintForColumn(0) + frame + 12, AREA_BAR_MAX)

    def _area_titles(self) -> dict[str, str]:
        return {
            "strategy": self.tr("Service Strategy"),
            "design": self.tr("Service Design"),
            "transition": self.tr("Service Transition"),
            "operation": self.tr("Service Operation"),
            "improvement": self.tr("Continual Improvement"),
        }

    def _area_tips(self) -> dict[str, str]:
        return {
            "strategy": self.tr("Service portfolio: pipeline, catalogue and retired services"),
            "design": self.tr("SLA definitions and business-hours calendars"),
            "transition": self.tr("Configuration items and the incidents against them"),
            "operation": self.tr("Incidents: queues, search and the incident form"),
            "improvement": self.tr("KPIs: MTTA, MTTR, SLA compliance and backlog"),
        }

    def _action(self, text: str, slot: Callable[[], object],
                shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
                tip: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New record"), self.new_record, ("Ctrl+N",),
                                       self.tr("New record in this area"), sp.SP_FileIcon)
        self.save_action = self._action(self.tr("&Save"), self.save, ("Ctrl+S",),
                                        self.tr("Save the record being edited"),
                                        sp.SP_DialogSaveButton)
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, ("F5", "Ctrl+R"),
                                           self.tr("Reload this area from the database"),
                                           sp.SP_BrowserReload)
        self.search_action = self._action(self.tr("&Search…"), self.open_search, ("Ctrl+K",),
                                          self.tr("Find an incident by number or text"),
                                          sp.SP_FileDialogContentsView)
        self.next_action = self._action(self.tr("Ne&xt record"), self.next_record,
                                        ("Ctrl+.", "Alt+Down"),
                                        self.tr("Next record in the list"), sp.SP_ArrowDown)
        self.previous_action = self._action(self.tr("&Previous record"), self.previous_record,
                                            ("Ctrl+,", "Alt+Up"),
                                            self.tr("Previous record in the list"),
                                            sp.SP_ArrowUp)
        self.switch_action = self._action(self.tr("S&witch connection…"),
                                          self.switch_connection_requested.emit,
                                          tip=self.tr("Open another database profile"))
        self.import_action = self._action(self.tr("&Import…"), self.open_import,
                                          ("Ctrl+Shift+I",),
                                          self.tr("Import incidents or reference data from "
                                                  "CSV or ServiceNow exports"))
        # an import creates staff, callers, services and CIs besides work: whoever may manage
        # staff (administrators) imports; others see why not
        may_import = self.ctx.services.may(Action.MANAGE, Resource.STAFF)
        guard(self.import_action, may_import if may_import else Decision(False, self.tr(
            "Importing creates staff, callers, services and CIs; ask an administrator.")))
        self.offline_action = self._action(
            self.tr("Work &offline…"), self.work_offline,
            tip=self.tr("Carry your open work on this computer as a replica of this desk"))
        self.offline_action.setEnabled(not self.ctx.database.is_local)
        self.quit_action = self._action(self.tr("E&xit"), self.quit, ("Ctrl+Q",))
        self.reset_layout_action = self._action(self.tr("Reset &layout"), self.reset_layout,
                                                tip=self.tr("Forget window and column layout"))
        self.queue_list_action = self._action(
            self.tr("&Queue list"), self.toggle_queue_list, ("Ctrl+Shift+L",),
            self.tr("Show or hide the queue list under Service Operation"))
        self.queue_list_action.setCheckable(True)
        self.queue_list_action.setChecked(True)
        self.admin_action = self._action(
            self.tr("&Administration…"), self.open_administration, ("Ctrl+Shift+M",),
            self.tr("Staff, roles, teams and the audit trail"))
        self.mail_action = self._action(
            self.tr("&Mail…"), self.open_mail, ("Ctrl+Shift+E",),
            self.tr("Mail settings, the outbox and messages waiting for review"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts, ("F1",))
        self.about_action = self._action(self.tr("&About DeskApp"), self.show_about)
        self.area_actions: dict[str, QAction] = {}
        titles = self._area_titles()
        for index, spec in enumerate(AREAS, start=1):
            action = self._action(titles[spec.key],
                                  lambda key=spec.key: self.show_area(key),  # type: ignore[misc]
                                  (f"Ctrl+{index}",), self._area_tips()[spec.key])
            action.setCheckable(True)
            self.area_actions[spec.key] = action

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.save_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_action)
        file_menu.addAction(self.offline_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions(list(self.area_actions.values()))
        go_menu.addSeparator()
        go_menu.addActions([self.search_action, self.next_action, self.previous_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.queue_list_action)
        view_menu.addAction(self.reset_layout_action)
        view_menu.addSeparator()
        self.appearance_menu = view_menu.addMenu(self.tr("&Appearance"))
        self.appearance_actions: dict[theme.Appearance, QAction] = {}
        group = QActionGroup(self)
        labels = {theme.Appearance.SYSTEM: self.tr("Follow the &system"),
                  theme.Appearance.LIGHT: self.tr("&Light"),
                  theme.Appearance.DARK: self.tr("&Dark")}
        current = theme.chosen()
        for appearance, label in labels.items():
            action = self.appearance_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(appearance is current)
            action.triggered.connect(lambda _c=False, a=appearance: self.set_appearance(a))
            group.addAction(action)
            self.appearance_actions[appearance] = action
        self.language_menu = view_menu.addMenu(self.tr("La&nguage"))
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        current_language = language.chosen()
        # each language's own name, so a person who cannot read the current one finds theirs
        for code, label in (("system", self.tr("Follow the &system")), ("en", self.tr("&English")),
                            ("de", self.tr("&Deutsch"))):
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current_language)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            languages.addAction(action)
            self.language_actions[code] = action
        # no Alt letter: every letter is a field's mnemonic somewhere (a test checks the bar's
        # letters never are); Ctrl+Shift+M and Ctrl+Shift+E open its entries
        tools_menu = bar.addMenu(self.tr("Tools"))
        tools_menu.addAction(self.admin_action)
        tools_menu.addAction(self.mail_action)
        self.tools_menu = tools_menu
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.addActions([self.new_action, self.save_action, self.refresh_action])
        toolbar.addSeparator()
        toolbar.addActions([self.search_action, self.previous_action, self.next_action])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.ctx.runner.busy_changed.connect(self.busy.setVisible)
        # short permanent labels leave the width to messages; the details are tooltips
        self.profile_label = QLabel(self.ctx.profile_name)
        self.profile_label.setObjectName("ProfileName")
        self.profile_label.setToolTip(self._where_tooltip())
        actor = self.ctx.services.actor
        self.user_label = QLabel(actor.full_name)
        self.user_label.setToolTip(self.tr("Signed in as {name} ({user})").format(
            name=actor.full_name, user=actor.username))
        # a message longer than the bar can still be read in full
        status.messageChanged.connect(lambda text: status.setToolTip(text))
        self.connection_label = QLabel(self.tr("Connecting…"))
        self.connection_label.setObjectName("ConnectionState")
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.profile_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.connection_label)
        self.replica_badge: ReplicaBadge | None = None
        if self.ctx.database.is_local:  # a replica says so, and syncs from here
            self.ctx.runner.run(self.ctx.services.replica.info, self._show_replica)
        self.unencrypted_label = unencrypted_label(self.ctx.database.engine)
        status.addPermanentWidget(self.unencrypted_label)

    def _where_tooltip(self) -> str:
        """Host and database of the profile, never its password."""
        url = self.ctx.database.url
        if self.ctx.database.is_local:
            return self.tr("Local database: {file}").format(file=url.database or "")
        host = url.host or "localhost"
        if url.port:
            host = f"{host}:{url.port}"
        text = self.tr("Shared database {database} on {host}").format(
            database=url.database or "", host=host)
        if url.username:
            text += "\n" + self.tr("Database user: {user}").format(user=url.username)
        return text

    def _connect_cross_area_links(self) -> None:
        operation = self.views["operation"]
        assert isinstance(operation, OperationView)
        operation.side_panel().collapsed_changed.connect(self._queue_list_folded)
        operation.article_draft_requested.connect(self.new_article)

    def _make_view(self, key: str) -> AreaView:
        """Build an area's view the first time it is needed (see ``_AreaViews``): its signals,
        its panel under the areas, its links to the others and its saved layout."""
        spec = next(s for s in AREAS if s.key == key)
        view = spec.factory(self.ctx, None)
        dict.__setitem__(self.views, key, view)
        view.status_message.connect(lambda message, v=view: self._view_message(v, message))
        view.status_cleared.connect(
            lambda message, v=view: self._view_message_cleared(v, message))
        view.commands_changed.connect(self._update_commands)
        self.stack.addWidget(view)
        panel = view.side_panel()
        if panel is not None:
            panel.setVisible(False)
            self._area_bar_layout.insertWidget(self._area_bar_layout.count() - 1, panel, 1)
            self.side_panels[key] = panel
        signal = getattr(view, "open_incident_requested", None)
        if signal is not None:
            signal.connect(self.open_incident)
        opened = getattr(view, "open_item_requested", None)
        if opened is not None:
            opened.connect(self.open_incident)
        new_change = getattr(view, "new_change_requested", None)
        if new_change is not None:
            new_change.connect(lambda: self._operation().new_change())
        if self._restored_views:
            self._restore_view(key, view)
        return view

    def _restore_view(self, key: str, view: AreaView) -> None:
        settings = QSettings()
        settings.beginGroup(f"areas/{key}")
        view.restore_state(settings)
        settings.endGroup()

    # -- areas -----------------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "operation"

    @property
    def current_view(self) -> AreaView:
        return self.views[self.current_key]

    def show_area(self, key: str) -> AreaView:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                break
        return self.views[key]

    def _area_changed(self, row: int) -> None:
        if row < 0:
            return
        key = str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        if self.stack.currentWidget() is not self.views[key]:
            self.statusBar().clearMessage()  # the last area's news is not about this one
        self.stack.setCurrentWidget(self.views[key])
        for other, panel in self.side_panels.items():
            panel.setVisible(other == key)
        self._fill_area_bar()
        for other, action in self.area_actions.items():
            action.setChecked(other == key)
        self._update_commands()

    def _update_commands(self) -> None:
        view = self.current_view
        refusal = view.refusal()
        guard(self.new_action, Decision(view.supports_new(), refusal))
        guard(self.save_action, Decision(view.supports_save(), refusal))
        self.next_action.setEnabled(view.supports_navigation())
        self.previous_action.setEnabled(view.supports_navigation())

    def open_administration(self) -> None:
        """Tools > Administration… (Ctrl+Shift+M): one window, raised if already open."""
        from deskapp.ui.admin.window import AdministrationWindow

        window = getattr(self, "administration", None)
        if window is None or not window.isVisible():
            window = AdministrationWindow(self.ctx, self)
            self.administration = window
        window.show()
        window.raise_()
        window.activateWindow()

    def open_mail(self) -> None:
        """Tools > Mail… (Ctrl+Shift+E): one window, raised if already open."""
        from deskapp.ui.admin.mail_window import MailWindow

        window = getattr(self, "mail_window", None)
        if window is None or not window.isVisible():
            window = MailWindow(self.ctx, self)
            self.mail_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def mail_round(self) -> None:
        """A local desk's mail worker: one round off the UI thread when mail is switched on
        (a round that finds it off costs one settings read)."""
        if self._closing or self._mailing:
            return
        from deskapp.mail.worker import MailWorker

        worker = getattr(self, "_mail_worker", None)
        if worker is None:
            worker = self._mail_worker = MailWorker(self.ctx.database.uow)
        self._mailing = True

        def done(report: object) -> None:
            self._mailing = False
            if getattr(report, "received", None) and not self._closing:
                self.ctx.bus.publish(Changes("incident", frozenset(), created=True))

        def failed(_exc: BaseException) -> None:
            self._mailing = False  # the Mail window's outbox says why; the next round retries

        self.ctx.runner.run(worker.run_once, done, failed)

    def toggle_queue_list(self) -> None:
        """Ctrl+Shift+L: fold or unfold the queue list (showing Service Operation)."""
        view = self.show_area("operation")
        assert isinstance(view, OperationView)
        section = view.side_panel()
        section.set_collapsed(not section.is_collapsed())
        if not section.is_collapsed():
            section.navigator.setFocus()

    def _queue_list_folded(self, folded: bool) -> None:
        self.queue_list_action.setChecked(not folded)
        self._fill_area_bar()

    # -- commands --------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.current_view.supports_new():
            self.current_view.new_record()

    def save(self) -> None:
        if self.current_view.supports_save():
            self.current_view.save()

    def refresh(self) -> None:
        self.current_view.refresh()
        self.check_connection()

    def next_record(self) -> None:
        if self.current_view.supports_navigation():
            self.current_view.next_record()

    def previous_record(self) -> None:
        if self.current_view.supports_navigation():
            self.current_view.previous_record()

    def open_search(self) -> SearchDialog:
        if self._search is None:
            self._search = SearchDialog(self.ctx, self)
            self._search.incident_activated.connect(
                lambda item_id: self.open_incident(item_id, self._search_kind(item_id)))
            self._search.article_activated.connect(self.open_article)
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()
        return self._search

    def _operation(self) -> OperationView:
        view = self.show_area("operation")
        assert isinstance(view, OperationView)
        return view

    def open_incident(self, incident_id: object, kind: str | None = None) -> None:
        view = self.show_area("operation")
        assert isinstance(view, OperationView)
        view.open_incident(incident_id, kind)

    def open_article(self, article_id: object) -> None:
        """Show a knowledge article in Service Transition's knowledge page."""
        view = cast("TransitionView", self.show_area("transition"))
        view.show_knowledge()
        if isinstance(article_id, uuid.UUID):
            view.knowledge.open_article(article_id)

    def new_article(self, draft: object) -> None:
        """A new article from a draft (an incident's "Create article…"), unsaved, in Service
        Transition's knowledge page."""
        view = cast("TransitionView", self.show_area("transition"))
        view.show_knowledge()
        view.knowledge.new_record(draft)  # type: ignore[arg-type]

    def _search_kind(self, item_id: object) -> str | None:
        """The kind of a search hit (a task opens in the task editor)."""
        last = self._search.last if self._search is not None else None
        return next((h.kind for h in last.hits if h.id == item_id), None) if last else None

    def _show_replica(self, info: ReplicaInfo | None) -> None:
        if info is None or self._closing:
            return
        self.replica_badge = ReplicaBadge(self.ctx, info, self)
        self.replica_badge.message.connect(self.show_message)
        self.replica_badge.synced.connect(self.refresh)
        self.statusBar().insertPermanentWidget(0, self.replica_badge)

    def work_offline(self) -> WorkOfflineDialog:
        dialog = WorkOfflineDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_message(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def _view_message(self, view: AreaView, message: str) -> None:
        """A hidden area's background work (a refresh, a finished load) must not overwrite what
        the person is reading about the area in front of them."""
        if self.stack.currentWidget() is view:
            self.show_message(message)

    def _view_message_cleared(self, view: AreaView, message: str) -> None:
        """The area says a message no longer holds: drop it unless another one replaced it."""
        if self.stack.currentWidget() is view and self.statusBar().currentMessage() == message:
            self.statusBar().clearMessage()

    # -- connection state ------------------------------------------------------------------
    def check_connection(self) -> None:
        engine = self.ctx.database.engine

        def ping() -> bool:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True

        def ok(_result: object) -> None:
            self.connection_label.setText(self.tr("● Connected"))
            self.connection_label.setStyleSheet(theme.success_style())
            self.connection_label.setToolTip(self.tr("The database answered just now."))

        def failed(exc: BaseException) -> None:
            self.connection_label.setText(self.tr("● Offline"))
            self.connection_label.setStyleSheet(theme.error_style(" font-weight: bold;"))
            self.connection_label.setToolTip(self.tr(
                "The database did not answer: {reason} DeskApp retries every 30 seconds; "
                "press F5 to retry now.").format(reason=user_message(exc)))

        if not self._closing:
            self.ctx.runner.run(ping, ok, failed)

    def sweep_sla(self) -> None:
        """Re-evaluate tickets whose SLA state went stale (a second of work at most per
        run); queues showing them refresh through the change bus."""
        if self._closing or self._sweeping:
            return
        self._sweeping = True
        sweeper = self.ctx.services.sla_sweep

        def done(result: SweepResult) -> None:
            self._sweeping = False
            if result.changed and not self._closing:
                self.ctx.bus.publish(Changes("incident", result.changed))

        def failed(_exc: BaseException) -> None:
            self._sweeping = False  # the connection label says why; the next run retries

        self.ctx.runner.run(lambda: sweeper.sweep(budget_s=1.0), done, failed)

    # -- import ----------------------------------------------------------------------------
    def open_import(self) -> None:
        """File > Import…: the import wizard (ui/importing), one at a time."""
        from deskapp.ui.importing.wizard import ImportWizard

        if self.import_wizard is not None:
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return
        self.import_wizard = ImportWizard(self.ctx, self)
        self.import_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard.destroyed.connect(self._import_closed)
        self.import_wizard.show()

    def _import_closed(self, *_args: object) -> None:
        self.import_wizard = None

    # -- help ------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        """F1: the list generated from this window's actions and shortcuts (ui/shortcuts.py)."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
        self.shortcuts_dialog = ShortcutsDialog(shortcut_entries(self, self._area_titles()), self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.finished.connect(self._shortcuts_closed)
        self.shortcuts_dialog.show()

    def _shortcuts_closed(self, _result: int = 0) -> None:
        self.shortcuts_dialog = None

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About DeskApp"),
            self.tr("<h3>DeskApp {version}</h3><p>A service-desk client organised by the ITIL "
                    "lifecycle.</p><p>Database: {url}</p>").format(
                version=__version__, url=self.ctx.database.display_url))

    # -- layout persistence ----------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        settings.beginGroup("MainWindow")
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        area = settings.value("area")
        settings.endGroup()
        self._restored_views = True
        for key, view in list(self.views.items()):
            self._restore_view(key, view)
        if isinstance(area, str) and area in AREA_KEYS:
            self.show_area(area)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.beginGroup("MainWindow")
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("area", self.current_key)
        settings.endGroup()
        for key, view in self.views.items():
            settings.beginGroup(f"areas/{key}")
            view.save_state(settings)
            settings.endGroup()
        settings.sync()

    def reset_layout(self) -> None:
        settings = QSettings()
        settings.remove("MainWindow")
        settings.remove("areas")
        settings.sync()
        self.resize(1366, 768)
        self.splitter.setSizes([self._area_bar_width(), 1100])
        self.show_message(self.tr("Layout reset; column and panel sizes return to defaults "
                                  "the next time DeskApp starts."))

    def set_appearance(self, appearance: theme.Appearance) -> None:
        """View > Appearance: follow the OS, or light, or dark; kept per user."""
        QSettings().setValue(theme.SETTING, appearance.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, appearance)
        self.appearance_actions[appearance].setChecked(True)
        for widget in QApplication.allWidgets():
            widget.update()
        self.show_message(self.tr("Appearance changed; a few sentences take their new colour "
                                  "when their window opens again."))

    def set_language(self, code: str) -> None:
        """View > Language: the OS's, English or German; kept per user, used at next start."""
        language.choose(code)
        self.language_actions[code].setChecked(True)
        self.show_message(self.tr("Language changed; restart DeskApp to see it."))

    def quit(self) -> None:
        """Exit DeskApp, even when closing the window would keep it in the tray."""
        self.notifications.quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.notifications.keeps_running():
            event.ignore()
            self.save_layout()
            self.hide()
            self.notifications.hidden_to_tray()
            return
        for view in self.views.values():
            if not view.can_close():
                event.ignore()
                self.notifications.quitting = False  # still running; the tray rule holds
                return
        self._closing = True
        self.notifications.stop()
        self._heartbeat.stop()
        self._sla_timer.stop()
        self.save_layout()
        for view in self.views.values():
            view.shutdown()
        if self._search is not None:
            self._search.close()
        self.ctx.runner.wait_idle(10_000)
        event.accept()

