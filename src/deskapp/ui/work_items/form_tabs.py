"""The tabs every work-item form shares beyond its own: one declaration each, in one tuple.

A shared tab is a widget with ``bind(service, runner, item_id)``, ``refresh()`` and a
``message(str)`` signal (see :class:`deskapp.ui.work_items.links_tab.LinksTab`), and optionally
a ``changed`` signal when what it does changes the item itself. The shell binds it to the
service ``TabSpec.service`` picks, refreshes it whenever the item is (re)loaded, forwards its
messages, reloads the item on ``changed`` (only its history while edits are open) and names it
``form.<key>_tab``. Adding one (approvals, attachments, time) is one entry in
:data:`SHARED_TABS`; the forms of every kind then show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.approvals_tab import ApprovalsTab
from deskapp.ui.work_items.attachments_tab import AttachmentsTab
from deskapp.ui.work_items.cis_tab import CisTab
from deskapp.ui.work_items.links_tab import LinksTab
from deskapp.ui.work_items.satisfaction_tab import SatisfactionTab
from deskapp.ui.work_items.time_tab import TimeTab

if TYPE_CHECKING:
    from deskapp.domain.kinds import KindDeclaration
    from deskapp.services.container import Services

#: translation context of the tab titles
CONTEXT = "WorkItemTabs"


@dataclass(frozen=True)
class TabSpec:
    """``key`` names the tab in settings and tests; ``title`` is untranslated (context
    "WorkItemTabs"); ``applies`` says which kinds show it (default: all)."""

    key: str
    title: str
    make: Callable[[], QWidget]
    service: Callable[[Services], Any]
    applies: Callable[[KindDeclaration], bool] = lambda _decl: True


SHARED_TABS: tuple[TabSpec, ...] = (
    TabSpec("links", QT_TRANSLATE_NOOP("WorkItemTabs", "Links"), LinksTab,
            lambda s: s.work_items),
    TabSpec("cis", QT_TRANSLATE_NOOP("WorkItemTabs", "CIs"), CisTab, lambda s: s.impact),
    TabSpec("approvals", QT_TRANSLATE_NOOP("WorkItemTabs", "Approvals"), ApprovalsTab,
            lambda s: s.approvals),
    TabSpec("attachments", QT_TRANSLATE_NOOP("WorkItemTabs", "Attachments"), AttachmentsTab,
            lambda s: s.attachments),
    TabSpec("time", QT_TRANSLATE_NOOP("WorkItemTabs", "Time"), TimeTab,
            lambda s: s.time_entries),
    # a caller rates a resolution: kinds that keep a caller and whose lifecycle resolves
    TabSpec("satisfaction", QT_TRANSLATE_NOOP("WorkItemTabs", "Satisfaction"), SatisfactionTab,
            lambda s: s.satisfaction,
            lambda decl: "caller_id" in decl.sync_fields and decl.lifecycle is not None
            and "resolved" in decl.lifecycle.statuses),
)
