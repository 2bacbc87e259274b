"""The risk questionnaire of a change form: one choice per question, and the score with its
reasons beside it, recomputed at each answer (the domain's rule, no round trip)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from deskapp.domain import change_risk
from deskapp.ui import theme
from deskapp.ui.labels import tr_label


class RiskBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risk"), parent)
        self.setObjectName("riskBox")
        self._filling = 0
        self.questions: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        # each question above its answers: beside them, a third of a laptop's width left the
        # longer answers ("A department or several sites") cut
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for q in change_risk.QUESTIONS:
            box = QComboBox()
            box.setObjectName(f"risk_{q.key}")
            box.addItem(self.tr("(not answered)"), None)
            for a in q.answers:
                box.addItem(tr_label(a.label), a.key)
            box.currentIndexChanged.connect(self._answered)
            self.questions[q.key] = box
            label = QLabel(tr_label(q.text))
            label.setWordWrap(True)
            form.addRow(label, box)
        self.score = QLabel()
        self.score.setObjectName("riskScore")
        self.reasons = QLabel()
        self.reasons.setObjectName("riskReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet(theme.muted_style())
        form.addRow(self.tr("Score:"), self.score)
        form.addRow(self.reasons)
        self._show_score()

    def _answered(self) -> None:
        self._show_score()
        if not self._filling:
            self.changed.emit()

    def set_answers(self, answers: Mapping[str, str]) -> None:
        self._filling += 1
        try:
            for key, box in self.questions.items():
                box.setCurrentIndex(max(box.findData(answers.get(key)), 0))
        finally:
            self._filling -= 1
        self._show_score()

    def answers(self) -> dict[str, str]:
        return {key: box.currentData() for key, box in self.questions.items()
                if box.currentData()}

    def set_locked(self, locked: bool) -> None:
        """A standard change's answers are its template's."""
        for box in self.questions.values():
            box.setEnabled(not locked)

    def _show_score(self) -> None:
        answers = self.answers()
        if len(answers) < len(change_risk.QUESTIONS):
            self.score.setText(self.tr("not assessed: {n} of {total} answered").format(
                n=len(answers), total=len(change_risk.QUESTIONS)))
            self.reasons.setText("")
            return
        risk = change_risk.assess(answers)
        self.score.setText(self.tr("{score} of 16, {level} (impact {impact} x probability "
                                   "{probability})").format(
            score=risk.score, level=tr_label(change_risk.LEVEL_LABELS[risk.level]),
            impact=risk.impact, probability=risk.probability))
        self.reasons.setText("\n".join(tr_label(r) for r in risk.reasons[:-1])
                             or self.tr("Nothing raises the risk."))
