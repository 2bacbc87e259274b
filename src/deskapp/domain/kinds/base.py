"""What a kind of work item declares, and the lifecycle type every kind's state machine uses.

Pure values: the generic machinery (queues, bulk, the SLA engine, numbers, search, history) reads
these declarations and never names a kind itself. A kind's own module builds one
:class:`KindDeclaration`; :mod:`deskapp.domain.kinds` registers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from deskapp.errors import InvalidTransition, ValidationError
from deskapp.messages import mark, msg, translate


class Category(StrEnum):
    """Where a status stands, whatever the kind: queues of "open work" mean OPEN and WAITING."""

    OPEN = "open"
    WAITING = "waiting"
    DONE = "done"


class Clock(StrEnum):
    """What a status does to the kind's SLA clocks."""

    RUNNING = "running"
    PAUSED = "paused"  # may pause: the SLA definition's pause statuses decide (Service Design)
    STOPPED = "stopped"


#: Bulk edits a queue can offer. A kind lists those that are legal for it.
BULK_ASSIGN = "assign"
BULK_TEAM = "team"
BULK_PRIORITY = "priority"
BULK_STATUS = "status"
BULK_FIELDS = (BULK_ASSIGN, BULK_TEAM, BULK_PRIORITY, BULK_STATUS)

#: SLA metrics the engine knows.
RESPONSE = "response"
RESOLUTION = "resolution"

#: today's kinds' nouns with their article, as a lifecycle's refusals read them ("An incident
#: cannot move ...", "... is not a status of an incident"), listed for translation: another
#: language gives each its own article and case
_NOUN_PHRASES = (
    mark("An incident"), mark("an incident"), mark("An incident task"), mark("an incident task"),
    mark("A problem"), mark("a problem"), mark("A change"), mark("a change"),
    mark("A change task"), mark("a change task"), mark("A service request"),
    mark("a service request"), mark("A request task"), mark("a request task"),
    mark("An access request"), mark("an access request"))


@dataclass(frozen=True)
class Lifecycle:
    """Statuses in display order, the legal steps, each status's category and clock effect."""

    noun: str  # "incident", "incident task": used in messages
    statuses: tuple[str, ...]
    labels: Mapping[str, str]
    initial: str
    transitions: Mapping[str, frozenset[str]]
    categories: Mapping[str, Category]
    clock: Mapping[str, Clock] = field(default_factory=dict)
    #: where a new item goes when it first gets a team or an assignee (None: it stays)
    on_assign: str | None = None

    def __post_init__(self) -> None:
        known = set(self.statuses)
        if self.initial not in known:
            raise ValueError(f"{self.noun}: initial status {self.initial!r} is not a status")
        if self.on_assign is not None and self.on_assign not in self.transitions[self.initial]:
            raise ValueError(f"{self.noun}: on_assign must be a step from the initial status")
        for name, table in (("labels", self.labels), ("transitions", self.transitions),
                            ("categories", self.categories)):
            if set(table) != known:
                raise ValueError(f"{self.noun}: {name} must cover exactly the statuses")
        for source, targets in self.transitions.items():
            if not targets <= known:
                raise ValueError(f"{self.noun}: {source} steps to an unknown status")
        if set(self.clock) - known:
            raise ValueError(f"{self.noun}: clock names an unknown status")

    def label(self, status: str) -> str:
        return self.labels.get(status, status)

    def shown(self, status: str) -> str:
        """The status's label in the person's language, for a sentence ("INC-7 is Resolved")."""
        return translate(self.label(status))

    def said(self, status: str) -> str:
        """The label as it reads mid-sentence: lower-case in English ("INC-7 is resolved"),
        translated as it is in another language (a German label keeps its capital)."""
        label = self.label(status)
        shown = translate(label)
        return label.lower() if shown == label else shown

    @property
    def _a(self) -> str:
        """The article before the noun in messages ("an incident", "a problem")."""
        return "an" if self.noun[:1] in "aeiou" else "a"

    def category(self, status: str) -> Category:
        return self.categories[status]

    def clock_of(self, status: str) -> Clock:
        """The declared effect; by default open runs, waiting may pause, done stops."""
        if status in self.clock:
            return self.clock[status]
        return {Category.OPEN: Clock.RUNNING, Category.WAITING: Clock.PAUSED,
                Category.DONE: Clock.STOPPED}[self.categories[status]]

    def is_open(self, status: str) -> bool:
        return self.categories[status] != Category.DONE

    def open_statuses(self) -> tuple[str, ...]:
        return tuple(s for s in self.statuses if self.is_open(s))

    def pausable(self) -> frozenset[str]:
        return frozenset(s for s in self.statuses if self.clock_of(s) == Clock.PAUSED)

    def allowed(self, status: str) -> frozenset[str]:
        return self.transitions.get(status, frozenset())

    def parse(self, value: str) -> str:
        if value not in self.categories:
            allowed = ", ".join(self.statuses)
            raise ValidationError(msg("'{value}' is not a status of {a_noun}; use one of "
                                      "{allowed}.", value=value,
                                      a_noun=translate(f"{self._a} {self.noun}"),
                                      allowed=allowed), {"status": "unknown"})
        return value

    def check(self, current: str, target: str) -> None:
        if target not in self.allowed(current):
            legal = ", ".join(self.shown(s) for s in self.statuses if s in self.allowed(current))
            hint = msg("from {current} it can go to {legal}", current=self.shown(current),
                       legal=legal) if legal else msg("it is final")
            raise InvalidTransition(
                msg("{a_noun} cannot move from {current} to {target}; {hint}.",
                    a_noun=translate(f"{self._a.capitalize()} {self.noun}"),
                    current=self.shown(current),
                    target=self.shown(target), hint=hint), {"status": f"{current}->{target}"})


@dataclass(frozen=True)
class KindDeclaration:
    """Everything the generic machinery needs to know about one kind of work item.

    ``reserved`` kinds hold their number prefix for a later order and have no lifecycle yet:
    nothing can create them, and the registry refuses a second kind with their prefix.
    """

    key: str  # stored in work_items.kind
    prefix: str  # number prefix (INC-000123); also ticket_events.ticket_kind
    label: str
    plural: str
    icon: str  # a freedesktop icon name; the UI maps it to a themed or built-in icon
    lifecycle: Lifecycle | None = None
    sla_metrics: tuple[str, ...] = ()
    detail_table: str | None = None
    bulk_fields: frozenset[str] = frozenset()
    #: statuses a bulk "set status" may move items of this kind to (steps needing more input
    #: than the bulk dialog asks for are left out)
    bulk_steps: frozenset[str] = frozenset()
    #: core and detail fields an offline replica pushes for this kind (the sync order reads it)
    sync_fields: tuple[str, ...] = ()
    #: the row-level security policy protecting it (the security order reads it)
    policy: str = ""
    #: kinds that may be this kind's parent (the hierarchy column); empty: no parent
    parent_kinds: tuple[str, ...] = ()
    #: where an item goes when its approval is approved / rejected (None: its status stays).
    #: The approval engine moves it only when the step is legal from its status at that time.
    #: Incidents and their tasks set neither (an approval there records a decision only); the
    #: change and request kinds set them (e.g. "approved" -> "scheduled").
    on_approved: str | None = None
    on_rejected: str | None = None
    reserved: bool = False

    def __post_init__(self) -> None:
        if not (2 <= len(self.prefix) <= 6 and self.prefix.isalpha() and self.prefix.isupper()):
            raise ValueError(f"{self.key}: a number prefix is 2-6 capital letters")
        if not self.reserved and self.lifecycle is None:
            raise ValueError(f"{self.key}: a kind in use needs a lifecycle")
        unknown = self.bulk_fields - set(BULK_FIELDS)
        if unknown:
            raise ValueError(f"{self.key}: unknown bulk field(s) {sorted(unknown)}")
        if self.lifecycle is not None and not self.bulk_steps <= set(self.lifecycle.statuses):
            raise ValueError(f"{self.key}: a bulk step names an unknown status")
        for hook in (self.on_approved, self.on_rejected):
            if hook is not None and (self.lifecycle is None
                                     or hook not in self.lifecycle.statuses):
                raise ValueError(f"{self.key}: an approval outcome names an unknown status")
        if not set(self.sla_metrics) <= {RESPONSE, RESOLUTION}:
            raise ValueError(f"{self.key}: unknown SLA metric")

    @property
    def life(self) -> Lifecycle:
        """The lifecycle of a kind in use (reserved kinds have none)."""
        if self.lifecycle is None:
            raise ValidationError(msg("{plural} are not available yet in this DeskApp.",
                                      plural=translate(self.plural)))
        return self.lifecycle
