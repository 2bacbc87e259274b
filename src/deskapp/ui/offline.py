"""Working offline: make a replica of a shared desk (File > Work offline…), and in a replica,
a status-bar badge that says so, explains what works, and syncs the desk's changes in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.config.paths import data_dir
from deskapp.errors import LoginRefused
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import CancelToken, user_message

if TYPE_CHECKING:
    from deskapp.services.replica import ReplicaInfo
    from deskapp.ui.context import UiContext


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Offline", text, "", n)


def synced_text(info: ReplicaInfo, now: datetime | None = None) -> str:
    """"synced 12 min ago" / "never synced"."""
    if info.last_pull_at is None:
        return _tr("never synced")
    minutes = int(((now or datetime.now(UTC)) - info.last_pull_at).total_seconds() // 60)
    if minutes < 1:
        return _tr("synced just now")
    if minutes < 120:
        return _tr("synced %n minute(s) ago", minutes)
    return _tr("synced %n hour(s) ago", minutes // 60)


def guide(info: ReplicaInfo) -> str:
    return _tr(
        "This is an offline replica of {desk} ({scope}), made for {login}.\n\n"
        "Works offline: your items with their history, comments and links, queues, search, "
        "callers, services and CIs; editing your items (incidents, requests and their "
        "tasks), moving them through their lifecycle, comments, work notes, time, links and "
        "attachments (a file attached on the desk is fetched when you save it while the desk "
        "can be reached); logging new incidents and tasks (numbered by the desk at the next "
        "sync). Each change waits in the outbox and is sent to the desk exactly once at the "
        "next sync; the desk's rules decide as they would online.\n"
        "Not yet offline: approvals, raising requests, problem edits, impacted CIs, "
        "watching.\n\n"
        "When the desk can be reached the replica syncs by itself; Work offline "
        "(Ctrl+Alt+O) stops that until Go online. Sync now (Ctrl+Alt+Y) syncs at once; "
        "Outbox and conflicts (Ctrl+Shift+U) shows what waits, what the desk refused and what "
        "both sides changed."
    ).format(desk=info.source, scope=info.scope, login=info.login)


def connect_desk(info_url: Any, parent: QWidget | None) -> Any:
    """The desk's engine, with the password from the keyring, else asked (never stored)."""
    from deskapp.runtime import connect, with_keyring_password

    url = with_keyring_password(info_url)
    try:
        return connect(url, create=False)
    except LoginRefused:
        if parent is None:
            raise
    password, ok = QInputDialog.getText(
        parent, _tr("Sync"), _tr("Password for {user} on {host}:").format(
            user=url.username, host=url.host), QLineEdit.EchoMode.Password)
    if not ok:
        raise LoginRefused(_tr("Sync needs the desk's password; nothing was changed."))
    return connect(url.set(password=password), create=False)


#: seconds between background syncs while the desk can be reached (QSettings offline/auto_sync_s)
AUTO_SYNC_S = 120


class ReplicaBadge(QWidget):
    """Status-bar badge of a replica: "Offline replica · synced 5 minutes ago · 3 pending ·
    1 conflict", Sync now, Work offline / Go online, and the outbox.

    While online (not switched to Work offline) it syncs in the background every few minutes
    when the desk answers, never asking for a password (a sync started by hand asks once and
    the session keeps it in memory); a failed background attempt just says "desk not
    reachable". A sync runs on a worker thread: the window never waits for the network."""

    message = Signal(str)
    synced = Signal()

    def __init__(self, ctx: UiContext, info: ReplicaInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.setObjectName("replicaBadge")
        self._run = SafeRunner(self, ctx.runner)
        self.label = QLabel()
        self.label.setObjectName("replicaLabel")
        self.button = QToolButton()
        self.button.setObjectName("replicaSync")
        self.button.setText(self.tr("Sync now"))
        self.button.setShortcut("Ctrl+Alt+Y")
        self.button.setToolTip(self.tr("Send your changes and bring the desk's (Ctrl+Alt+Y)"))
        self.button.clicked.connect(self.sync)
        self.offline = QToolButton()
        self.offline.setObjectName("replicaOffline")
        self.offline.setCheckable(True)
        self.offline.setShortcut("Ctrl+Alt+O")
        self.offline.toggled.connect(self._offline_toggled)
        self.outbox = QToolButton()
        self.outbox.setObjectName("replicaOutbox")
        self.outbox.setText(self.tr("Outbox…"))
        self.outbox.setShortcut("Ctrl+Shift+U")
        self.outbox.setToolTip(self.tr("Changes waiting, refused or in conflict "
                                       "(Ctrl+Shift+U)"))
        self.outbox.clicked.connect(self.open_outbox)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.outbox)
        layout.addWidget(self.offline)
        layout.addWidget(self.button)
        self._token: CancelToken | None = None
        self._desk_url: Any = None  # with the password a sync by hand was given
        self._counts: Any = None
        self._state = ""  # "", "syncing", "unreachable", "signin"
        self._ready = False
        self.offline.setChecked(bool(QSettings().value("offline/work_offline", False,
                                                       type=bool)))
        self._offline_toggled(self.offline.isChecked())
        self.timer = QTimer(self)
        self.timer.setObjectName("replicaAutoSync")
        self.timer.timeout.connect(self.auto_sync)
        seconds = int(cast(int, QSettings().value("offline/auto_sync_s", AUTO_SYNC_S, type=int)))
        self.timer.start(max(10, seconds) * 1000)
        # "N pending" follows the changes made here (one indexed count on the local file)
        self.counter = QTimer(self)
        self.counter.timeout.connect(self.refresh_counts)
        self.counter.start(5000)
        self._ready = True
        self.show_info(info)
        self.refresh_counts()

    def show_info(self, info: ReplicaInfo) -> None:
        self.info = info
        parts = [self.tr("Offline replica")]
        if self._state == "syncing":
            parts.append(self.tr("syncing…"))
        elif self.offline.isChecked():
            parts.append(self.tr("working offline"))
        elif self._state == "unreachable":
            parts.append(self.tr("offline (desk not reachable)"))
        elif self._state == "signin":
            parts.append(self.tr("offline (Sync now to sign in)"))
        else:
            parts.append(synced_text(info))
        counts = self._counts
        if counts is not None and counts.pending:
            parts.append(self.tr("%n pending", "", counts.pending))
        if counts is not None and counts.conflicts:
            parts.append(self.tr("%n conflict(s)", "", counts.conflicts))
        if counts is not None and counts.rejected:
            parts.append(self.tr("%n refused", "", counts.rejected))
        self.label.setText(" · ".join(parts))
        self.setToolTip(guide(info))

    def refresh_counts(self) -> None:
        def shown(counts: Any) -> None:
            self._counts = counts
            self.show_info(self.info)

        self._run.run(self.ctx.services.outbox.counts, shown)

    def _offline_toggled(self, offline: bool) -> None:
        QSettings().setValue("offline/work_offline", offline)
        self.offline.setText(self.tr("Go online") if offline else self.tr("Work offline"))
        self.offline.setShortcut("Ctrl+Alt+O")  # setText clears a button's shortcut
        self.offline.setToolTip(
            self.tr("Sync with the desk again by itself (Ctrl+Alt+O)") if offline else
            self.tr("Stop syncing by itself, e.g. on a metered connection (Ctrl+Alt+O)"))
        self.show_info(self.info)
        if not offline and self._ready:
            self.auto_sync()

    def open_outbox(self) -> None:
        from deskapp.ui.outbox import OutboxDialog

        dialog = OutboxDialog(self.ctx, self.window())
        dialog.finished.connect(lambda _r: self.refresh_counts())
        dialog.open()

    def auto_sync(self) -> None:
        """A background sync when online and idle: no question asked, quiet when the desk does
        not answer."""
        if self._token is not None or self.offline.isChecked():
            return
        self._start(None, quiet=True)

    def sync(self) -> None:
        """Sync now (by hand: asks for the password when the keyring has none)."""
        if self._token is not None:
            return
        self._start(self, quiet=False)

    def _start(self, asker: QWidget | None, *, quiet: bool) -> None:
        service = self.ctx.services.replica
        known = self._desk_url
        try:
            desk = connect_desk(known or service.desk_url(), asker) if not quiet else None
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            self.message.emit(user_message(exc))
            return
        if desk is not None:
            self._desk_url = desk.url
        self.button.setEnabled(False)
        self._state = "syncing"
        self.show_info(self.info)

        def work(token: CancelToken, progress: Any) -> Any:
            from deskapp.runtime import connect, with_keyring_password

            engine = desk
            if engine is None:  # in the background: the password known, else the keyring's
                engine = connect(known or with_keyring_password(service.desk_url()),
                                 create=False)
            try:
                return service.sync(engine, progress=lambda n: progress(n, 0),
                                    cancelled=lambda: token.cancelled)
            finally:
                engine.dispose()

        def done(summary: Any) -> None:
            self._state = ""
            self._finish()
            pushed, pulled = summary.pushed, summary.pulled
            if quiet and not (pushed.pushed or pulled.entries):
                return
            text = self.tr("Synced: %n change(s) from the desk.", "", pulled.entries)
            if pushed.pushed:
                text += " " + self.tr("Sent %n change(s) made here", "", pushed.pushed)
                text += " " + self.tr("({conflicts} in conflict, {refused} refused).").format(
                    conflicts=pushed.conflicts, refused=pushed.rejected)
            if pulled.waiting:
                text += " " + self.tr("%n more wait for the desk; sync again in a moment.", "",
                                      pulled.waiting)
            self.message.emit(text)
            self.synced.emit()

        def failed(exc: BaseException) -> None:
            self._state = ("signin" if isinstance(exc, LoginRefused) else "unreachable") \
                if quiet else ""
            self._finish()
            if not quiet:
                self.message.emit(user_message(exc))

        self._token = self._run.run_with_progress(work, done, failed, lambda _d, _t: None)

    def _finish(self) -> None:
        self._token = None
        self.button.setEnabled(True)
        refreshed = self.ctx.services.replica.info()
        self.show_info(refreshed or self.info)
        self.refresh_counts()


class WorkOfflineDialog(QDialog):
    """File > Work offline…: whose work to carry, where to keep it, progress and Cancel."""

    made = Signal(object)  # the replica's Path

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self._token: CancelToken | None = None
        self.setObjectName("workOfflineDialog")
        self.setWindowTitle(self.tr("Work offline"))
        intro = QLabel(self.tr(
            "Make a replica of your work on this computer: the open items you choose, with "
            "their history, and what their forms need. Sync it from the replica's status bar "
            "when you are back online."))
        intro.setWordWrap(True)
        self.mine = QRadioButton(self.tr("Items assigned to &me"))
        self.team = QRadioButton(self.tr("My &team's open work:"))
        self.both = QRadioButton(self.tr("&Both"))
        self.mine.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.mine, self.team, self.both):
            group.addButton(button)
        self.teams = QComboBox()
        self.teams.setObjectName("workOfflineTeam")
        for choice in ctx.services.reference.teams():
            self.teams.addItem(choice.label)
        self.path = QLineEdit(str(self.default_path()))
        self.path.setObjectName("workOfflinePath")
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Make replica"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team)
        team_row.addWidget(self.teams, 1)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.mine)
        layout.addLayout(team_row)
        layout.addWidget(self.both)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.teams.setEnabled(False)
        self.team.toggled.connect(lambda _on: self._scope_changed())
        self.both.toggled.connect(lambda _on: self._scope_changed())
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def default_path() -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        return data_dir() / f"replica-{stamp}.sqlite3"

    def _scope_changed(self) -> None:
        self.teams.setEnabled(self.team.isChecked() or self.both.isChecked())

    def scope(self) -> str:
        team = f"team:{self.teams.currentText()}"
        if self.both.isChecked():
            return f"me+{team}"
        return team if self.team.isChecked() else "me"

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Replica file"), self.path.text(),
            self.tr("DeskApp replicas (*.sqlite3)"))
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        if self._token is not None:
            return
        target, scope = Path(self.path.text().strip()).expanduser(), self.scope()
        if (self.team.isChecked() or self.both.isChecked()) and not self.teams.currentText():
            self.status.setText(self.tr("Choose a team, or carry only the items assigned to "
                                        "you."))
            return
        service = self.ctx.services.replica
        self.ok.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Copying…"))

        def work(token: CancelToken, progress: Any) -> Any:
            return service.make(target, scope, progress=lambda _table, rows: progress(rows, 0),
                                cancelled=lambda: token.cancelled)

        def step(rows: int, _total: int) -> None:
            self.status.setText(self.tr("Copying… %n row(s)", "", rows))

        def done(summary: Any) -> None:
            self._token = None
            self.progress.setVisible(False)
            QSettings().setValue("offline/last_replica", str(summary.path))
            self.status.setText(self.tr(
                "Made {path}: %n work item(s). Open it with File > Switch connection (choose "
                "the file) when you go offline.", "", summary.items).format(path=summary.path))
            self.ok.setEnabled(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.made.emit(summary.path)

        def failed(exc: BaseException) -> None:
            self._token = None
            self.progress.setVisible(False)
            self.ok.setEnabled(True)
            self.status.setText(user_message(exc))

        self._token = self._run.run_with_progress(work, done, failed, step)

    def _cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        # Override QDialog::keyPressEvent: Esc cancels a running copy instead of closing
        if event.key() == Qt.Key.Key_Escape and self._token is not None:
            self._cancel()
            return
        super().keyPressEvent(event)
