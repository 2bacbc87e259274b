"""Impact analysis of the CI on the form: upstream (what depends on it, up to the services
affected) or downstream (what it depends on), to a chosen depth over chosen relation types; as a
list (every node the walk returned, nearest first) and as a graph (at most 200 drawn).

The walk runs off the UI thread; Cancel drops the answer (the statement is one short query that
finishes on its own). Double-click in the list or click in the graph opens a CI.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.cmdb import MAX_DEPTH, RELATION_TYPES
from deskapp.services.cmdb_dto import Impact, ImpactNode
from deskapp.ui import theme
from deskapp.ui.labels import ci_type_label
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.editor import ci_status_label
from deskapp.ui.strategy.widgets import Column, DtoTableModel, IdRole, data_table, tr
from deskapp.ui.transition.impact_graph import ImpactGraphView
from deskapp.ui.transition.relations import reading
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

LIST_LIMIT = 2000


class ImpactModel(DtoTableModel[ImpactNode]):
    def __init__(self) -> None:
        c = Column[ImpactNode]
        super().__init__([
            c(tr("Name"), lambda n: n.name),
            c(tr("Type"), lambda n: ci_type_label(n.ci_type)),
            c(tr("Status"), lambda n: ci_status_label(n.status)),
            c(tr("Hops"), lambda n: str(n.depth), lambda n: n.depth, numeric=True),
            c(tr("Service"), lambda n: n.service_name),
        ])


class ImpactPanel(QWidget):
    """Controls, the list and the graph; ``ci_activated(id)`` asks to open a CI."""

    ci_activated = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self._generation = 0
        self.ci_id: uuid.UUID | None = None
        self.impact: Impact | None = None

        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("Upstream: what depends on it"), "upstream")
        self.direction_combo.addItem(self.tr("Downstream: what it depends on"), "downstream")
        self.depth_spin = QSpinBox(self)
        self.depth_spin.setRange(1, MAX_DEPTH)
        self.depth_spin.setValue(3)
        self.type_boxes: dict[str, QCheckBox] = {}
        types_row = QHBoxLayout()
        for relation_type in RELATION_TYPES:
            box = QCheckBox(reading(relation_type, True), self)
            box.setChecked(True)
            self.type_boxes[relation_type] = box
            types_row.addWidget(box)
        types_row.addStretch(1)
        self.run_button = QPushButton(self.tr("Analyse"), self)
        self.run_button.setToolTip(self.tr("Walk the relations from this CI (Ctrl+I)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.status_label = QLabel(self.tr("Choose a direction and depth, then Analyse."), self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(theme.muted_style())

        controls = QHBoxLayout()
        way_label = QLabel(self.tr("Direction:"), self)
        way_label.setBuddy(self.direction_combo)
        depth_label = QLabel(self.tr("Depth:"), self)
        depth_label.setBuddy(self.depth_spin)
        for widget in (way_label, self.direction_combo, depth_label, self.depth_spin):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.run_button)

        self.model = ImpactModel()
        self.table = data_table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("CIs reached by the impact analysis"))
        self.table.setToolTip(self.tr("Double-click or press Enter to open a CI"))
        self.table.setColumnWidth(0, 180)
        self.table.activated.connect(self._row_activated)
        self.services_list = QListWidget(self)
        self.services_list.setAccessibleName(self.tr("Services affected"))
        self.services_list.setMaximumWidth(220)
        self.services_box = QWidget(self)
        services_layout = QVBoxLayout(self.services_box)
        services_layout.setContentsMargins(0, 0, 0, 0)
        services_layout.addWidget(QLabel(self.tr("Services affected:"), self.services_box))
        services_layout.addWidget(self.services_list)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.table)
        self.split.addWidget(self.services_box)
        self.split.setStretchFactor(0, 3)
        self.graph = ImpactGraphView(self)
        self.graph.setToolTip(self.tr("Click a CI to open it; drag to move, Ctrl+wheel to "
                                      "zoom"))
        self.graph.ci_activated.connect(self.ci_activated)
        self.views = QTabWidget(self)
        self.views.addTab(self.split, self.tr("List"))
        self.views.addTab(self.graph, self.tr("Graph"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addLayout(types_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.views, 1)
        self.run_button.clicked.connect(self.analyse)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+I"), self, self.analyse,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Analyse the impact of the CI"))
        self.set_ci(None)

    def set_ci(self, ci_id: uuid.UUID | None) -> None:
        """The CI on the form changed: the old answer no longer applies."""
        if ci_id == self.ci_id and self.impact is not None:
            return
        self.cancel()
        self.ci_id = ci_id
        self.impact = None
        self.model.set_rows([])
        self.services_list.clear()
        self.graph.scene().clear()
        self.run_button.setEnabled(ci_id is not None)
        self.status_label.setText(self.tr("Choose a direction and depth, then Analyse.")
                                  if ci_id is not None else
                                  self.tr("Save the CI first; then analyse its impact."))

    def chosen_types(self) -> list[str]:
        return [t for t, box in self.type_boxes.items() if box.isChecked()]

    def analyse(self) -> None:
        if self.ci_id is None:
            return
        types = self.chosen_types()
        if not types:
            self.status_label.setText(self.tr("Tick at least one relation type."))
            return
        self._generation += 1
        generation = self._generation
        ci_id, depth = self.ci_id, self.depth_spin.value()
        direction = self.direction_combo.currentData()
        service = self._ctx.services.impact
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Analysing…"))
        self._run.run(lambda: service.impact(ci_id, direction, depth, types, LIST_LIMIT),
                      lambda impact: self._shown(generation, impact),
                      lambda exc: self._failed(generation, exc))

    def cancel(self) -> None:
        if self.cancel_button.isEnabled():
            self._generation += 1  # the answer on its way is dropped
            self.status_label.setText(self.tr("Cancelled."))
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(self.ci_id is not None)

    def _shown(self, generation: int, impact: Impact) -> None:
        if generation != self._generation:
            return
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(True)
        self.impact = impact
        self.model.set_rows(impact.nodes)
        self.services_list.clear()
        for svc in impact.services:
            self.services_list.addItem(self.tr("{name} ({n} hops)").format(name=svc.name,
                                                                           n=svc.depth))
        self.services_box.setVisible(impact.direction == "upstream")
        self.graph.show_impact(impact)
        per = ", ".join(self.tr("{n} at {d}").format(n=n, d=d)
                        for d, n in enumerate(impact.per_depth, start=1) if n)
        text = self.tr("{total} CIs reached ({per}); {services} services affected.").format(
            total=impact.total, per=per or "0", services=len(impact.services)) \
            if impact.direction == "upstream" else \
            self.tr("{total} CIs reached ({per}).").format(total=impact.total, per=per or "0")
        if impact.truncated:
            text += " " + self.tr("The list shows the nearest {n}.").format(n=len(impact.nodes))
        if self.graph.summaries:
            text += " " + self.tr("The graph draws {n}; the rest are summarised per layer."
                                  ).format(n=self.graph.drawn)
        self.status_label.setText(text)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(self.ci_id is not None)
        self.status_label.setText(user_message(exc))

    def _row_activated(self, index: QModelIndex) -> None:
        node_id = index.siblingAtColumn(0).data(IdRole)
        if node_id is not None:
            self.ci_activated.emit(node_id)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("impact_depth", self.depth_spin.value())
        settings.setValue("impact_direction", self.direction_combo.currentData())
        settings.setValue("impact_types", ",".join(self.chosen_types()))

    def restore_state(self, settings: QSettings) -> None:
        depth = settings.value("impact_depth", 3)
        self.depth_spin.setValue(int(str(depth)) if str(depth).isdigit() else 3)
        direction = settings.value("impact_direction", "upstream")
        self.direction_combo.setCurrentIndex(max(self.direction_combo.findData(direction), 0))
        kept = str(settings.value("impact_types", "") or "")
        if kept:
            for relation_type, box in self.type_boxes.items():
                box.setChecked(relation_type in kept.split(","))
