"""Translation of the domain's vocabulary: statuses, priorities, SLA states, categories,
resolution codes, queue columns and built-in queue names.

The domain (Qt-free) keeps English labels; the UI shows them through :func:`tr_label`, in one
translation context, "Labels". The literal list below is what ``pyside6-lupdate`` extracts
(``QT_TRANSLATE_NOOP`` marks them without translating); ``tests/unit/test_labels.py`` fails when
the domain gains a label that is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

VOCABULARY: tuple[str, ...] = (
    # incident statuses
    QT_TRANSLATE_NOOP("Labels", "New"),
    QT_TRANSLATE_NOOP("Labels", "Assigned"),
    QT_TRANSLATE_NOOP("Labels", "In Progress"),
    QT_TRANSLATE_NOOP("Labels", "Pending"),
    QT_TRANSLATE_NOOP("Labels", "Resolved"),
    QT_TRANSLATE_NOOP("Labels", "Closed"),
    # priorities
    QT_TRANSLATE_NOOP("Labels", "P1 - Critical"),
    QT_TRANSLATE_NOOP("Labels", "P2 - High"),
    QT_TRANSLATE_NOOP("Labels", "P3 - Moderate"),
    QT_TRANSLATE_NOOP("Labels", "P4 - Low"),
    QT_TRANSLATE_NOOP("Labels", "P5 - Planning"),
    # SLA states (queue colouring)
    QT_TRANSLATE_NOOP("Labels", "Ok"),
    QT_TRANSLATE_NOOP("Labels", "Warning"),
    QT_TRANSLATE_NOOP("Labels", "Breached"),
    QT_TRANSLATE_NOOP("Labels", "Paused"),
    QT_TRANSLATE_NOOP("Labels", "Met"),
    # categories
    QT_TRANSLATE_NOOP("Labels", "Hardware"),
    QT_TRANSLATE_NOOP("Labels", "Software"),
    QT_TRANSLATE_NOOP("Labels", "Network"),
    QT_TRANSLATE_NOOP("Labels", "Access"),
    QT_TRANSLATE_NOOP("Labels", "Email"),
    QT_TRANSLATE_NOOP("Labels", "Printing"),
    QT_TRANSLATE_NOOP("Labels", "Telephony"),
    QT_TRANSLATE_NOOP("Labels", "Security"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    # resolution codes
    QT_TRANSLATE_NOOP("Labels", "Solved (permanently)"),
    QT_TRANSLATE_NOOP("Labels", "Solved (workaround)"),
    QT_TRANSLATE_NOOP("Labels", "Not reproducible"),
    QT_TRANSLATE_NOOP("Labels", "Duplicate"),
    QT_TRANSLATE_NOOP("Labels", "Cancelled by caller"),
    QT_TRANSLATE_NOOP("Labels", "Known error"),
    # queue columns
    QT_TRANSLATE_NOOP("Labels", "Number"),
    QT_TRANSLATE_NOOP("Labels", "Priority"),
    QT_TRANSLATE_NOOP("Labels", "Title"),
    QT_TRANSLATE_NOOP("Labels", "Status"),
    QT_TRANSLATE_NOOP("Labels", "SLA"),
    QT_TRANSLATE_NOOP("Labels", "Due"),
    QT_TRANSLATE_NOOP("Labels", "Team"),
    QT_TRANSLATE_NOOP("Labels", "Assignee"),
    QT_TRANSLATE_NOOP("Labels", "Caller"),
    QT_TRANSLATE_NOOP("Labels", "Service"),
    QT_TRANSLATE_NOOP("Labels", "CI"),
    QT_TRANSLATE_NOOP("Labels", "Category"),
    QT_TRANSLATE_NOOP("Labels", "Opened"),
    QT_TRANSLATE_NOOP("Labels", "Updated"),
    # built-in queues
    QT_TRANSLATE_NOOP("Labels", "My open work"),
    QT_TRANSLATE_NOOP("Labels", "Unassigned in my teams"),
    QT_TRANSLATE_NOOP("Labels", "Breached or at risk"),
    QT_TRANSLATE_NOOP("Labels", "All open"),
)


def tr_label(text: str) -> str:
    """The domain label ``text`` in the person's language (unchanged when untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)
