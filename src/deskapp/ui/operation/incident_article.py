""""Create article from this incident" (Ctrl+Alt+K) on the incident form: the knowledge
service drafts an article from the resolved incident (its title, the description as symptoms,
the resolution notes as the fix, its service and CI) and the form hands the draft on
(``article_draft``); the main window opens it as a new, unsaved draft in Service Transition's
knowledge page. An incident not resolved yet is refused with a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from deskapp.domain.incident import IncidentStatus
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.knowledge_dto import ArticleDraft

KEYS = "Ctrl+Alt+K"
DONE = (IncidentStatus.RESOLVED.value, IncidentStatus.CLOSED.value)


class ArticleFromIncident(QObject):
    """The button and its shortcut on ``panel``; ``draft_ready`` carries the ArticleDraft."""

    draft_ready = Signal(object)

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        # no mnemonic left on an incident form: Ctrl+Alt+K while the form has the focus
        self.button = QPushButton(self.tr("Create article…"))
        self.button.setObjectName("createArticle")
        self.button.setToolTip(self.tr("Write a knowledge article from this resolved incident: "
                                       "a draft pre-filled from its description and resolution "
                                       "opens in the knowledge base (Ctrl+Alt+K)"))
        self.button.clicked.connect(self.create)
        self.shortcut = QShortcut(QKeySequence(KEYS), panel)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.setWhatsThis(self.tr("Create article from this incident"))
        self.shortcut.activated.connect(self.create)

    def show_item(self, dto: Any) -> None:
        # shown once it is usable: an open incident's header has no room to spare
        self.button.setVisible(dto is not None and dto.status in DONE)

    def create(self) -> None:
        form = self.panel.form
        dto = form.dto
        if dto is None:
            form.show_notice(self.tr("Save and resolve the incident before writing an article "
                                     "from it."))
            return
        knowledge, item_id = form.ctx.services.knowledge, dto.id

        def done(draft: ArticleDraft) -> None:
            form.message.emit(self.tr("Draft article from {n}: complete it and save "
                                      "(Ctrl+S).").format(n=dto.number))
            self.draft_ready.emit(draft)

        form.runner.run(lambda: knowledge.draft_from_incident(item_id), done,
                        lambda exc: form.show_notice(user_message(exc)))
