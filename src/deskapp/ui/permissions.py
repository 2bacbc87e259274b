"""Hide or disable what the signed-in person may not do, and say why in the tooltip.

The sentence is the domain's (:mod:`deskapp.domain.permissions`), the same one a service raises
as ``PermissionDenied``, so the tooltip and the refusal never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from deskapp.domain.permissions import Decision

#: the tooltip a widget had before a refusal replaced it, restored when it is allowed again
_OWN_TIP = "deskapp_allowed_tooltip"


def guard(widget: QWidget | QAction, decision: Decision, *, hide: bool = False) -> bool:
    """Enable ``widget`` when ``decision`` allows, else disable (or hide) it with the reason as
    its tooltip. Returns whether it is allowed."""
    own = widget.property(_OWN_TIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN_TIP, own)
    widget.setEnabled(decision.allowed)
    if hide:
        widget.setVisible(decision.allowed)
    tip = str(own) if decision.allowed or not decision.reason else decision.reason
    widget.setToolTip(tip)
    if isinstance(widget, QAction):
        widget.setStatusTip(tip)
    return decision.allowed


def guard_all(widgets: list[QWidget] | tuple[QWidget, ...], decision: Decision) -> bool:
    for widget in widgets:
        guard(widget, decision)
    return decision.allowed
