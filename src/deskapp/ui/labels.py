"""Translation of the domain's vocabulary: statuses, priorities, SLA states, categories,
resolution codes, CI types, queue columns and built-in queue names; and how durations, shares
of a target and counts read (one format everywhere).

The domain (Qt-free) keeps English labels; the UI shows them through :func:`tr_label`, in one
translation context, "Labels". The literal list below is what ``pyside6-lupdate`` extracts
(``QT_TRANSLATE_NOOP`` marks them without translating); ``tests/unit/test_labels.py`` fails when
the domain gains a label that is missing here.

One word per thing: statuses in Title Case as the lifecycle names them ("In Progress"), "OK"
(never "Ok"), CI types capitalised ("Network switch"), "Discard changes" for throwing edits away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from deskapp.domain.durations import DurationWords, format_duration, format_share
from deskapp.domain.incident import PRIORITY_LABELS
from deskapp.domain.kinds import status_label as kind_status_label
from deskapp.domain.sla import SlaState
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

VOCABULARY: tuple[str, ...] = (
    # incident statuses
    QT_TRANSLATE_NOOP("Labels", "New"),
    QT_TRANSLATE_NOOP("Labels", "Assigned"),
    QT_TRANSLATE_NOOP("Labels", "In Progress"),
    QT_TRANSLATE_NOOP("Labels", "Pending"),
    QT_TRANSLATE_NOOP("Labels", "Resolved"),
    QT_TRANSLATE_NOOP("Labels", "Closed"),
    # incident task statuses (the others as above)
    QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    # problem statuses (New, Resolved, Closed as above; "Known error" below)
    QT_TRANSLATE_NOOP("Labels", "Under investigation"),
    # root-cause categories
    QT_TRANSLATE_NOOP("Labels", "Software defect"),
    QT_TRANSLATE_NOOP("Labels", "Hardware failure"),
    QT_TRANSLATE_NOOP("Labels", "Configuration error"),
    QT_TRANSLATE_NOOP("Labels", "Capacity"),
    QT_TRANSLATE_NOOP("Labels", "Failed change"),
    QT_TRANSLATE_NOOP("Labels", "Supplier / third party"),
    QT_TRANSLATE_NOOP("Labels", "Human error"),
    QT_TRANSLATE_NOOP("Labels", "Process gap"),
    QT_TRANSLATE_NOOP("Labels", "Environment (power, cooling)"),
    QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # service request statuses (the others as above)
    QT_TRANSLATE_NOOP("Labels", "Rejected"),
    # kinds of work item
    QT_TRANSLATE_NOOP("Labels", "Incident"),
    QT_TRANSLATE_NOOP("Labels", "Incident task"),
    QT_TRANSLATE_NOOP("Labels", "Incidents"),
    QT_TRANSLATE_NOOP("Labels", "Incident tasks"),
    QT_TRANSLATE_NOOP("Labels", "Request"),
    QT_TRANSLATE_NOOP("Labels", "Request task"),
    QT_TRANSLATE_NOOP("Labels", "Requests"),
    QT_TRANSLATE_NOOP("Labels", "Request tasks"),
    QT_TRANSLATE_NOOP("Labels", "Problem"),
    QT_TRANSLATE_NOOP("Labels", "Problems"),
    QT_TRANSLATE_NOOP("Labels", "Change"),
    QT_TRANSLATE_NOOP("Labels", "Change task"),
    QT_TRANSLATE_NOOP("Labels", "Access request"),
    # changes: statuses, types, review outcomes, risk levels and the risk questionnaire
    QT_TRANSLATE_NOOP("Labels", "Assess"),
    QT_TRANSLATE_NOOP("Labels", "Authorise"),
    QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    QT_TRANSLATE_NOOP("Labels", "Implement"),
    QT_TRANSLATE_NOOP("Labels", "Review"),
    QT_TRANSLATE_NOOP("Labels", "Changes"),
    QT_TRANSLATE_NOOP("Labels", "Change tasks"),
    QT_TRANSLATE_NOOP("Labels", "Standard"),
    QT_TRANSLATE_NOOP("Labels", "Normal"),
    QT_TRANSLATE_NOOP("Labels", "Emergency"),
    QT_TRANSLATE_NOOP("Labels", "Successful"),
    QT_TRANSLATE_NOOP("Labels", "Successful with issues"),
    QT_TRANSLATE_NOOP("Labels", "Failed"),
    QT_TRANSLATE_NOOP("Labels", "Backed out"),
    QT_TRANSLATE_NOOP("Labels", "Low"),
    QT_TRANSLATE_NOOP("Labels", "Medium"),
    QT_TRANSLATE_NOOP("Labels", "High"),
    QT_TRANSLATE_NOOP("Labels", "Very high"),
    QT_TRANSLATE_NOOP("Labels", "Who loses service if the change fails?"),
    QT_TRANSLATE_NOOP("Labels", "Nobody (no user-facing service)"),
    QT_TRANSLATE_NOOP("Labels", "One team or site"),
    QT_TRANSLATE_NOOP("Labels", "A failure would stop one team or site."),
    QT_TRANSLATE_NOOP("Labels", "A department or several sites"),
    QT_TRANSLATE_NOOP("Labels", "A failure would stop a department or several sites."),
    QT_TRANSLATE_NOOP("Labels", "Everyone, or customers"),
    QT_TRANSLATE_NOOP("Labels", "A failure would stop everyone (or customers)."),
    QT_TRANSLATE_NOOP("Labels", "Does it touch a business-critical service?"),
    QT_TRANSLATE_NOOP("Labels", "No"),
    QT_TRANSLATE_NOOP("Labels", "Yes"),
    QT_TRANSLATE_NOOP("Labels", "It touches a business-critical service."),
    QT_TRANSLATE_NOOP("Labels", "How quickly can it be backed out?"),
    QT_TRANSLATE_NOOP("Labels", "Within minutes"),
    QT_TRANSLATE_NOOP("Labels", "Within hours"),
    QT_TRANSLATE_NOOP("Labels", "Backing it out takes hours."),
    QT_TRANSLATE_NOOP("Labels", "It cannot be backed out"),
    QT_TRANSLATE_NOOP("Labels", "It cannot be backed out."),
    QT_TRANSLATE_NOOP("Labels", "Was it tested in a test environment?"),
    QT_TRANSLATE_NOOP("Labels", "Fully, like production"),
    QT_TRANSLATE_NOOP("Labels", "Partly"),
    QT_TRANSLATE_NOOP("Labels", "It was only partly tested."),
    QT_TRANSLATE_NOOP("Labels", "Not tested"),
    QT_TRANSLATE_NOOP("Labels", "It was not tested before."),
    QT_TRANSLATE_NOOP("Labels", "Has the team made this change before?"),
    QT_TRANSLATE_NOOP("Labels", "Often"),
    QT_TRANSLATE_NOOP("Labels", "Once or twice"),
    QT_TRANSLATE_NOOP("Labels", "Never"),
    QT_TRANSLATE_NOOP("Labels", "The team has never made this change."),
    # why a pending item waits (deskapp.domain.pending)
    QT_TRANSLATE_NOOP("Labels", "Awaiting caller"),
    QT_TRANSLATE_NOOP("Labels", "Awaiting vendor"),
    QT_TRANSLATE_NOOP("Labels", "Awaiting change"),
    QT_TRANSLATE_NOOP("Labels", "Awaiting approval"),
    # impact and urgency
    QT_TRANSLATE_NOOP("Labels", "1 - High"),
    QT_TRANSLATE_NOOP("Labels", "2 - Medium"),
    QT_TRANSLATE_NOOP("Labels", "3 - Low"),
    # channels an incident comes in by (services.incidents.CHANNELS, capitalised)
    QT_TRANSLATE_NOOP("Labels", "Phone"),
    QT_TRANSLATE_NOOP("Labels", "Email"),
    QT_TRANSLATE_NOOP("Labels", "Portal"),
    QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    QT_TRANSLATE_NOOP("Labels", "Chat"),
    QT_TRANSLATE_NOOP("Labels", "Monitoring"),
    # priorities
    QT_TRANSLATE_NOOP("Labels", "P1 - Critical"),
    QT_TRANSLATE_NOOP("Labels", "P2 - High"),
    QT_TRANSLATE_NOOP("Labels", "P3 - Moderate"),
    QT_TRANSLATE_NOOP("Labels", "P4 - Low"),
    QT_TRANSLATE_NOOP("Labels", "P5 - Planning"),
    # SLA states (queue colouring)
    QT_TRANSLATE_NOOP("Labels", "OK"),
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
    # resolution codes as seeded (the desk may reword or add more in Service Design)
    QT_TRANSLATE_NOOP("Labels", "Solved (permanently)"),
    QT_TRANSLATE_NOOP("Labels", "Solved (workaround)"),
    QT_TRANSLATE_NOOP("Labels", "Not solved (not reproducible)"),
    QT_TRANSLATE_NOOP("Labels", "Not solved (too costly)"),
    QT_TRANSLATE_NOOP("Labels", "Closed/resolved by caller"),
    QT_TRANSLATE_NOOP("Labels", "Duplicate"),
    # codes offered before the list (an upgraded database keeps them as retired codes)
    QT_TRANSLATE_NOOP("Labels", "Not reproducible"),
    QT_TRANSLATE_NOOP("Labels", "Cancelled by caller"),
    QT_TRANSLATE_NOOP("Labels", "Known error"),
    # CI types (stored lowercase, as typed; shown capitalised)
    QT_TRANSLATE_NOOP("Labels", "Application"),
    QT_TRANSLATE_NOOP("Labels", "Server"),
    QT_TRANSLATE_NOOP("Labels", "Database"),
    QT_TRANSLATE_NOOP("Labels", "Network switch"),
    QT_TRANSLATE_NOOP("Labels", "Storage"),
    QT_TRANSLATE_NOOP("Labels", "Service component"),
    QT_TRANSLATE_NOOP("Labels", "Printer"),
    QT_TRANSLATE_NOOP("Labels", "Laptop"),
    QT_TRANSLATE_NOOP("Labels", "Desktop"),
    QT_TRANSLATE_NOOP("Labels", "Mobile"),
    # queue columns
    QT_TRANSLATE_NOOP("Labels", "Kind"),
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
    QT_TRANSLATE_NOOP("Labels", "Open problems"),
    QT_TRANSLATE_NOOP("Labels", "Watching"),
    QT_TRANSLATE_NOOP("Labels", "Major incidents"),
)


def tr_label(text: str) -> str:
    """The domain label ``text`` in the person's language (unchanged when untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str, kind: str | None = None) -> str:
    """A status value ("in_progress") of a work item of ``kind`` (any kind when None) as people
    read it ("In Progress"); an unknown value as it is."""
    return tr_label(kind_status_label(status, kind))


def priority_label(priority: int) -> str:
    return tr_label(PRIORITY_LABELS.get(priority, f"P{priority}"))


def sla_state_label(state: str | None) -> str:
    """A stored SLA state ("ok") as people read it ("OK"); empty when there is none."""
    if not state:
        return ""
    try:
        return tr_label(SlaState(state).label)
    except ValueError:
        return state


def ci_type_label(ci_type: str) -> str:
    """A CI type as stored ("network switch") as people read it ("Network switch"). A type
    someone typed that the vocabulary does not know is shown as typed (so saving the CI again
    never rewrites it)."""
    known = ci_type[:1].upper() + ci_type[1:]
    if ci_type.islower() and known in VOCABULARY:
        return tr_label(known)
    return ci_type


def ci_type_value(text: str, known: tuple[str, ...] | list[str]) -> str:
    """What to store for ``text`` typed or picked in a CI type box: the stored form of a known
    type whose label it is, else the text itself."""
    for value in known:
        if ci_type_label(value) == text:
            return value
    return text


def duration_words() -> DurationWords:
    """The duration and share templates of :mod:`deskapp.domain.durations`, translated."""
    return DurationWords(
        minutes=QCoreApplication.translate("Durations", "{m} min"),
        hours=QCoreApplication.translate("Durations", "{h} h {m:02d} min"),
        days=QCoreApplication.translate("Durations", "{d} d {h} h"),
        absent=QCoreApplication.translate("Durations", "—"),
        percent=QCoreApplication.translate("Durations", "{p} %"),
        over=QCoreApplication.translate("Durations", "over 10x"),
    )


def duration_text(minutes: float | None) -> str:
    """Minutes as the desk reads them everywhere: "42 min", "3 h 05 min", "213 d 12 h"."""
    return format_duration(minutes, duration_words())


def share_text(percent: float) -> str:
    """A share of a target: "85 %" up to "999 %", then "over 10x"."""
    return format_share(percent, duration_words())


def count_text(n: int) -> str:
    """A count in the person's locale ("26,834" in English, "26.834" in German)."""
    return QLocale().toString(n)
