"""The impact graph: the analysed CI and what the walk reached, drawn in layers by distance.

Layer 0 is the CI analysed; layer *d* the CIs *d* relations away (upstream above it, downstream
below it), with the services reached in a last layer. Within a layer nodes are ordered by the
mean position of their neighbours in the previous layer (one barycentre pass), which keeps most
edges short and uncrossed. At most :data:`MAX_DRAWN` nodes are drawn; a layer with more shows
its first nodes and a box saying how many more there are (the list has them all). Clicking a CI
asks for it to be opened.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from deskapp.ui.transition.relations import reading

if TYPE_CHECKING:
    from deskapp.services.cmdb_dto import Impact

MAX_DRAWN = 200
PER_LAYER = 40
#: a layer wider than this wraps onto further rows, so the drawing stays about as wide as tall
PER_ROW = 10
#: never shrink below this to fit: smaller boxes cannot be read (the view scrolls instead)
MIN_SCALE = 0.55
NODE_W, NODE_H, GAP_X, GAP_Y = 150.0, 34.0, 18.0, 70.0
_CI_ROLE = 0  # QGraphicsItem.data key holding the CI id
_COLOURS = {"root": "#1f5fa8", "ci": "#eef3fa", "retired": "#e4e4e4", "service": "#e8f5e9",
            "more": "#fff8e1"}


class NodeItem(QGraphicsRectItem):
    """A CI (or service) box; hover shows its type, status and service."""

    def __init__(self, x: float, y: float, title: str, detail: str, fill: str,
                 ci_id: uuid.UUID | None, bold: bool = False) -> None:
        super().__init__(QRectF(0, 0, NODE_W, NODE_H))
        self.setPos(x, y)
        self.setBrush(QBrush(QColor(fill)))
        self.setPen(QPen(QColor("#6b7d99"), 1))
        self.setToolTip(f"{title}\n{detail}" if detail else title)
        self.ci_id = ci_id
        if ci_id is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, ci_id is not None)
        label = QGraphicsSimpleTextItem(_elide(title, 22), self)
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(bold)
        label.setFont(font)
        if fill == _COLOURS["root"]:
            label.setBrush(QBrush(QColor("white")))
        box = label.boundingRect()
        label.setPos((NODE_W - box.width()) / 2, (NODE_H - box.height()) / 2)


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


class ImpactGraphView(QGraphicsView):
    """Draws an :class:`Impact`; ``ci_activated(id)`` when a CI box is clicked."""

    ci_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.nodes: dict[uuid.UUID, NodeItem] = {}
        self.summaries: list[NodeItem] = []
        self.drawn = 0

    def show_impact(self, impact: Impact) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes, self.summaries = {}, []
        sign = -1 if impact.direction == "upstream" else 1
        layers: dict[int, list[Any]] = defaultdict(list)
        budget = MAX_DRAWN - 1
        hidden: dict[int, int] = defaultdict(int)
        for node in impact.nodes:
            if budget > 0 and len(layers[node.depth]) < PER_LAYER:
                layers[node.depth].append(node)
                budget -= 1
            else:
                hidden[node.depth] += 1
        for d, n in enumerate(impact.per_depth, start=1):  # beyond the list's limit
            hidden[d] += max(0, n - len(layers[d]) - hidden[d])
        neighbours: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for s, t, _k in impact.edges:
            neighbours[s].add(t)
            neighbours[t].add(s)
        root = impact.root
        position = {root.id: 0.0}
        self._add(root.id, 0.0, 0.0, root.name, f"{root.ci_type} · {root.status}",
                  _COLOURS["root"], bold=True)
        band = 0  # rows used so far, away from the root
        for depth in range(1, impact.depth + 1):
            row = layers.get(depth, [])

            def centre(node: object) -> float:
                near = [position[n] for n in neighbours[node.id]  # type: ignore[attr-defined]
                        if n in position]
                return sum(near) / len(near) if near else 0.0

            row.sort(key=lambda n: (centre(n), n.name.lower()))
            count = len(row) + (1 if hidden.get(depth) else 0)
            if not count:
                continue
            per_row = min(count, PER_ROW)
            rows = -(-count // per_row)

            def place(i: int, base: int = band, per: int = per_row) -> tuple[float, float]:
                line, col = divmod(i, per)
                return ((col - (per - 1) / 2) * (NODE_W + GAP_X),
                        sign * ((base + 1) * GAP_Y + (base + line) * (NODE_H + 14)))

            for i, node in enumerate(row):
                x, y = place(i)
                position[node.id] = x
                detail = f"{node.ci_type} · {node.status}" + \
                    (f" · {node.service_name}" if node.service_name else "")
                self._add(node.id, x, y, node.name, detail,
                          _COLOURS["retired" if node.status == "retired" else "ci"])
            if hidden.get(depth):
                x, y = place(count - 1)
                more = NodeItem(x, y, self.tr("+ {n} more").format(n=hidden[depth]),
                                self.tr("Listed in the List tab"), _COLOURS["more"], None)
                scene.addItem(more)
                self.summaries.append(more)
            band += rows
        if impact.services:
            shown = impact.services[:PER_LAYER]
            per_row = min(len(shown), PER_ROW)
            for i, svc in enumerate(shown):
                line, col = divmod(i, per_row)
                x = (col - (per_row - 1) / 2) * (NODE_W + GAP_X)
                y = sign * ((band + 1) * GAP_Y + (band + line) * (NODE_H + 14))
                item = NodeItem(x, y, svc.name, self.tr("service affected"),
                                _COLOURS["service"], None, bold=True)
                scene.addItem(item)
                position[svc.id] = x
                self._service_links(impact, svc.id, item)
        pen = QPen(QColor("#8896ab"), 1.2)
        for s, t, kind in impact.edges:
            a, b = self.nodes.get(s), self.nodes.get(t)
            if a is None or b is None:
                continue
            edge = scene.addLine(_centre(a).x(), _centre(a).y(), _centre(b).x(),
                                 _centre(b).y(), pen)
            edge.setZValue(-1)
            edge.setToolTip(f"{a.toolTip().splitlines()[0]} {reading(kind, True)} "
                            f"{b.toolTip().splitlines()[0]}")
        self.drawn = len(self.nodes)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.fit()

    def _service_links(self, impact: Impact, service_id: uuid.UUID, item: NodeItem) -> None:
        pen = QPen(QColor("#7cb342"), 1.2, Qt.PenStyle.DashLine)
        for s, t, _kind in impact.service_edges:
            target = self.nodes.get(t)
            if s == service_id and target is not None:
                self.scene().addLine(_centre(item).x(), _centre(item).y(),
                                     _centre(target).x(), _centre(target).y(), pen).setZValue(-1)

    def _add(self, ci_id: uuid.UUID, x: float, y: float, title: str, detail: str, fill: str,
             bold: bool = False) -> None:
        item = NodeItem(x, y, title, detail, fill, ci_id, bold)
        self.scene().addItem(item)
        self.nodes[ci_id] = item

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        scale = self.transform().m11()
        if scale > 1.0 or scale < MIN_SCALE:  # never blow up a small graph, nor shrink a big
            self.resetTransform()             # one past reading: start at the analysed CI
            if scale < MIN_SCALE:
                self.scale(MIN_SCALE, MIN_SCALE)
            root = next(iter(self.nodes.values()), None)
            self.centerOn(_centre(root) if root is not None else QPointF())

    # Override QGraphicsView::mousePressEvent: remember where a click starts
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    # Override QGraphicsView::mouseReleaseEvent: a click (not a drag) on a CI opens it
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        start = getattr(self, "_pressed_at", pos)
        if event.button() != Qt.MouseButton.LeftButton \
                or (pos - start).manhattanLength() > 4:
            return  # a drag that scrolled the view
        for item in self.items(pos):
            while item is not None and not isinstance(item, NodeItem):
                item = item.parentItem()
            if isinstance(item, NodeItem) and item.ci_id is not None:
                self.ci_activated.emit(item.ci_id)
                return

    # Override QWidget::wheelEvent: Ctrl+wheel zooms
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            return
        super().wheelEvent(event)


def _centre(item: NodeItem) -> QPointF:
    return item.pos() + QPointF(NODE_W / 2, NODE_H / 2)
