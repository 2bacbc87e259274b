"""Service Design's auto-close rule: resolved items close after N business days of silence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from deskapp.domain.auto_close import MAX_DAYS, AutoCloseRule
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext


class AutoCloseBox(QWidget):
    """One line: the number of business days (0 = never) and Apply. Administrators only."""

    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.setObjectName("autoCloseBox")
        self.days = QSpinBox()
        self.days.setObjectName("autoCloseDays")
        self.days.setRange(0, MAX_DAYS)
        self.days.setSpecialValueText(self.tr("never"))
        self._suffix(0)
        label = QLabel(self.tr("&Auto-close resolved items after"))
        label.setBuddy(self.days)
        tail = QLabel(self.tr("without a reply from the caller (the SLA calendar of each item "
                              "counts the days)."))
        self.apply = QPushButton(self.tr("A&pply"))
        self.apply.setObjectName("autoCloseApply")
        self.apply.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.days)
        layout.addWidget(tail, 1)
        layout.addWidget(self.apply)
        self._stored = AutoCloseRule()
        self.days.valueChanged.connect(self._changed)
        self.apply.clicked.connect(self.save)
        self._admin = ctx.services.actor.has_role("admin")
        if not self._admin:
            self.days.setEnabled(False)
            why = self.tr("Only an administrator changes when resolved items close.")
            self.days.setToolTip(why)
            self.apply.setToolTip(why)

    def _suffix(self, days: int) -> None:
        # " business day(s)" after the number, in the right plural form
        self.days.setSuffix(self.tr(" business day(s)", "", days))

    def _changed(self, days: int) -> None:
        self._suffix(days)
        self.apply.setEnabled(self._admin and days != self._stored.business_days)

    def refresh(self) -> None:
        self._run.run(self.ctx.services.auto_close.rule, self._show,
                      lambda exc: self.message.emit(user_message(exc)))

    def _show(self, rule: AutoCloseRule) -> None:
        self._stored = rule
        self.days.blockSignals(True)
        self.days.setValue(rule.business_days)
        self.days.blockSignals(False)
        self._suffix(rule.business_days)
        self.apply.setEnabled(False)

    def save(self) -> None:
        days = self.days.value()

        def done(rule: AutoCloseRule) -> None:
            self._show(rule)
            self.message.emit(self.tr("Resolved items now close after %Ln business day(s).", "",
                                      rule.business_days) if rule.enabled else
                              self.tr("Resolved items no longer close by themselves."))

        self._run.run(lambda: self.ctx.services.auto_close.set_rule(days), done,
                      lambda exc: self.message.emit(user_message(exc)))
