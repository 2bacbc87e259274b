"""Access management rules: who may be granted what, which grants need a revocation task, who
reviews which grant, and what a review decision may be.

* A grant needs a person who has not left (``left_at`` in the past), a live entitlement, no live
  grant of the same entitlement to the same person, and an expiry (if any) after its start.
* A revocation needs a grant that exists and is not revoked yet; a grant already on an open
  revocation is not put on a second one.
* Expiry: a grant whose expiry falls within the lead time and that is on no revocation yet
  gets a revocation task, due when the grant expires.
* Reviews: each live grant in scope goes to one reviewer, the person's manager or the system's
  owner as the review asks (the other when the first is missing); a grant with neither is
  refused with its names. A decision comes from the reviewer asked (a staff reviewer or
  whoever stands in for them), or is recorded by an agent for a reviewer without a login;
  each line is decided once; the review is finished when every line is.

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from deskapp.errors import PermissionDenied, ValidationError
from deskapp.messages import mark, msg, translate

NAME_MAX = 120
NOTE_MAX = 2000
#: Revocation tasks open this long before a grant expires (due at the expiry itself).
EXPIRY_LEAD = timedelta(days=7)
#: A review is due this many days after it starts unless the supervisor says otherwise.
REVIEW_DAYS = 14


class Action(StrEnum):
    GRANT = "grant"
    REVOKE = "revoke"
    LEAVER = "leaver"


ACTION_LABELS = {Action.GRANT: "Grant", Action.REVOKE: "Revoke", Action.LEAVER: "Leaver"}


class EntitlementKind(StrEnum):
    ROLE = "role"
    GROUP = "group"
    LICENCE = "licence"


ENTITLEMENT_KIND_LABELS = {EntitlementKind.ROLE: "Role", EntitlementKind.GROUP: "Group",
                           EntitlementKind.LICENCE: "Licence"}


class Source(StrEnum):
    """Where a grant came from: an access request, or an import / a discovery (no request:
    flagged until someone confirms it in a review or revokes it)."""

    REQUEST = "request"
    IMPORT = "import"
    FOUND = "found"


class ReviewerRole(StrEnum):
    MANAGER = "manager"
    OWNER = "owner"


REVIEWER_ROLE_LABELS = {ReviewerRole.MANAGER: "Manager", ReviewerRole.OWNER: "System owner"}


class ReviewDecision(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    REVOKED = "revoked"


#: how a decided line reads in a sentence ("... was already confirmed in this review")
_DECIDED = {ReviewDecision.CONFIRMED: mark("confirmed"), ReviewDecision.REVOKED: mark("revoked")}


# -- grants ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class GrantFacts:
    """What the grant rules look at: the person, the entitlement and what the person holds."""

    person_name: str
    person_left_at: datetime | None
    entitlement_label: str  # "SAP Finance: Accounts payable clerk"
    entitlement_live: bool
    holds_already: bool  # a live grant of the same entitlement to the same person


def check_grant(facts: GrantFacts, since: datetime, expires_at: datetime | None) -> None:
    """Refuse a grant that must not be recorded, with a sentence saying what to do."""
    if facts.person_left_at is not None and facts.person_left_at <= since:
        raise ValidationError(
            msg("{person} has left (their leaving date has passed), so no access can be granted "
                "to them; check the person, or correct their leaving date first.",
                person=facts.person_name),
            {"person_id": "has left"})
    if not facts.entitlement_live:
        raise ValidationError(msg("{entitlement} is retired; choose an entitlement still in use.",
                                  entitlement=facts.entitlement_label),
                              {"entitlement_id": "retired"})
    if facts.holds_already:
        raise ValidationError(
            msg("{person} already holds {entitlement}; a second grant would be a duplicate. "
                "Change the existing grant's expiry instead.",
                person=facts.person_name, entitlement=facts.entitlement_label),
            {"entitlement_id": "duplicate"})
    if expires_at is not None and expires_at <= since:
        raise ValidationError("The expiry must be after the grant starts; pick a later date "
                              "or none.", {"expires_at": "before start"})


@dataclass(frozen=True)
class GrantState:
    """A grant as the revocation rules see it."""

    id: uuid.UUID
    label: str  # "Pat Doe: SAP Finance / AP clerk"
    revoked: bool
    on_revocation: str | None  # the number of the open revocation it is on


def check_revocable(grant: GrantState | None) -> GrantState:
    """The grant a revocation may name: it exists, is live and is not already being revoked."""
    if grant is None:
        raise ValidationError("That grant does not exist (it may have been removed); refresh "
                              "the list and choose a grant the person holds.",
                              {"grant_id": "missing"})
    if grant.revoked:
        raise ValidationError(msg("{grant} is already revoked; nothing to do.", grant=grant.label),
                              {"grant_id": "revoked"})
    if grant.on_revocation:
        raise ValidationError(msg("{grant} is already being revoked by {revocation}; work that "
                                  "one.", grant=grant.label, revocation=grant.on_revocation),
                              {"grant_id": "on revocation"})
    return grant


@dataclass(frozen=True)
class SystemUse:
    """What still depends on a system when someone asks to retire it."""

    name: str
    live_grants: int
    open_requests: tuple[str, ...]  # numbers of open access requests on it
    offerings: tuple[str, ...]  # live catalogue offerings granting one of its entitlements


def check_retirable(use: SystemUse) -> None:
    """A system is retired only once nobody holds access on it and nothing asks for it.

    A retired system takes no new requests, but people who still hold access on it would
    keep it in the real system while the desk's record says the system is gone; so the desk
    revokes those grants first (each revocation is a task someone carries out), then retires.
    """
    if use.live_grants:
        raise ValidationError(msg(
            "{name} still has {n} live grant(s); revoke them first (Who has what, by "
            "system, then Revoke selected), then retire it.", name=use.name,
            n=use.live_grants), {"retired": "live grants"})
    if use.open_requests:
        raise ValidationError(msg(
            "{name} has {n} open access request(s) ({numbers}); close or cancel them "
            "before retiring it.", name=use.name, n=len(use.open_requests),
            numbers=", ".join(use.open_requests[:5])), {"retired": "open requests"})
    if use.offerings:
        raise ValidationError(msg(
            "The catalogue still offers access to {name} ({offerings}); retire those "
            "offerings first.", name=use.name, offerings=", ".join(use.offerings[:5])),
            {"retired": "offerings"})


@dataclass(frozen=True)
class Expiring:
    id: uuid.UUID
    expires_at: datetime | None
    revoked: bool
    on_revocation: bool


def needs_expiry_task(grant: Expiring, now: datetime, lead: timedelta = EXPIRY_LEAD) -> bool:
    """Does this grant need a revocation task now (expiring within ``lead``, none open yet)?"""
    return (grant.expires_at is not None and not grant.revoked and not grant.on_revocation
            and grant.expires_at <= now + lead)


def expiry_tasks(grants: Iterable[Expiring], now: datetime,
                 lead: timedelta = EXPIRY_LEAD) -> list[uuid.UUID]:
    """The grants to open revocation tasks for, soonest expiry first."""
    due = [g for g in grants if needs_expiry_task(g, now, lead)]
    return [g.id for g in sorted(due, key=lambda g: (g.expires_at, str(g.id)))]


# -- reviews --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reviewer:
    """Someone who can confirm or revoke: a staff member (decides in My approvals) or a person
    without a login (an agent records their answer)."""

    name: str
    staff_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if (self.staff_id is None) == (self.person_id is None):
            raise ValueError("a reviewer is a staff member or a person, exactly one")


@dataclass(frozen=True)
class ReviewCandidate:
    grant_id: uuid.UUID
    label: str  # "Pat Doe: SAP Finance / AP clerk"
    manager: Reviewer | None
    owner: Reviewer | None


@dataclass(frozen=True)
class Assignment:
    grant_id: uuid.UUID
    reviewer: Reviewer
    role: ReviewerRole


def assign_reviewers(candidates: Sequence[ReviewCandidate],
                     prefer: ReviewerRole) -> list[Assignment]:
    """One reviewer per grant: the preferred one, else the other; refuse the review (naming up
    to three grants) when some grant has neither, or when there is nothing to review."""
    if not candidates:
        raise ValidationError("There are no live grants in that scope, so there is nothing to "
                              "review; choose another system or department.",
                              {"scope": "empty"})
    out: list[Assignment] = []
    orphans: list[str] = []
    other = ReviewerRole.OWNER if prefer is ReviewerRole.MANAGER else ReviewerRole.MANAGER
    for c in candidates:
        first = c.manager if prefer is ReviewerRole.MANAGER else c.owner
        second = c.owner if prefer is ReviewerRole.MANAGER else c.manager
        if first is not None:
            out.append(Assignment(c.grant_id, first, prefer))
        elif second is not None:
            out.append(Assignment(c.grant_id, second, other))
        else:
            orphans.append(c.label)
    if orphans:
        named = "; ".join(orphans[:3]) + (msg(" and {n} more", n=len(orphans) - 3)
                                         if len(orphans) > 3 else "")
        raise ValidationError(
            msg("{n} grant(s) have neither a manager nor a system owner to review them "
                "({named}); set the person's manager or the system's owner, then start the "
                "review again.", n=len(orphans), named=named), {"scope": "no reviewer"})
    return out


@dataclass(frozen=True)
class ReviewLine:
    id: uuid.UUID
    label: str
    reviewer: Reviewer
    decision: ReviewDecision


def check_decision(line: ReviewLine, review_finished: bool, actor_staff_id: uuid.UUID,
                   acting_for: frozenset[uuid.UUID], *, recorded: bool,
                   comment: str) -> None:
    """May this actor decide this line now? ``recorded``: an agent records the answer of a
    reviewer without a login. Raises the sentence when not."""
    if review_finished:
        raise ValidationError("This review is finished; its decisions can no longer change.")
    if line.decision is not ReviewDecision.PENDING:
        raise ValidationError(msg("{line} was already {decision} in this review; refresh the "
                                  "list.", line=line.label,
                                  decision=translate(_DECIDED.get(line.decision,
                                                                  line.decision.value))))
    if recorded:
        if line.reviewer.staff_id is not None:
            raise PermissionDenied(
                msg("{reviewer} has a DeskApp login and decides in My approvals; an agent "
                    "records answers only for reviewers without one.",
                    reviewer=line.reviewer.name))
    elif line.reviewer.staff_id is None or (line.reviewer.staff_id != actor_staff_id
                                            and line.reviewer.staff_id not in acting_for):
        raise PermissionDenied(msg("You were not asked to review {line}; {reviewer} was.",
                                   line=line.label, reviewer=line.reviewer.name))
    if len(comment) > NOTE_MAX:
        raise ValidationError(msg("Shorten the comment to {limit} characters.", limit=NOTE_MAX),
                              {"comment": "too long"})


def check_revoke_reason(decision: ReviewDecision, comment: str) -> None:
    if decision is ReviewDecision.REVOKED and not comment.strip():
        raise ValidationError("Say why the access should be revoked (the person and the "
                              "auditor read it).", {"comment": "required"})


@dataclass(frozen=True)
class Progress:
    total: int
    confirmed: int
    revoked: int

    @property
    def decided(self) -> int:
        return self.confirmed + self.revoked

    @property
    def pending(self) -> int:
        return self.total - self.decided

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.pending == 0

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else self.decided * 100 // self.total


def progress(decisions: Iterable[ReviewDecision]) -> Progress:
    counted = list(decisions)
    return Progress(len(counted), counted.count(ReviewDecision.CONFIRMED),
                    counted.count(ReviewDecision.REVOKED))


def overdue_reviewers(lines: Iterable[ReviewLine], due_at: datetime,
                      now: datetime) -> list[tuple[str, int]]:
    """Reviewers with lines still pending after the due date: (name, how many), most first."""
    if now <= due_at:
        return []
    counts: dict[str, int] = {}
    for line in lines:
        if line.decision is ReviewDecision.PENDING:
            counts[line.reviewer.name] = counts.get(line.reviewer.name, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def check_name(value: str, what: str) -> str:
    """``what``: "system" or "entitlement" (a fragment listed with ``mark``)."""
    name = value.strip()
    if not name:
        raise ValidationError(msg("Give the {what} a name.", what=translate(what)),
                              {"name": "required"})
    if len(name) > NAME_MAX:
        raise ValidationError(msg("Shorten the {what}'s name to {limit} characters.",
                                  what=translate(what), limit=NAME_MAX), {"name": "too long"})
    return name


__all__ = [
    "ACTION_LABELS", "ENTITLEMENT_KIND_LABELS", "EXPIRY_LEAD", "REVIEWER_ROLE_LABELS",
    "REVIEW_DAYS", "Action", "Assignment", "EntitlementKind", "Expiring", "GrantFacts",
    "GrantState", "Progress", "ReviewCandidate", "ReviewDecision", "ReviewLine", "Reviewer",
    "ReviewerRole", "Source", "assign_reviewers", "check_decision", "check_grant", "check_name",
    "check_revocable", "check_revoke_reason", "expiry_tasks", "needs_expiry_task",
    "overdue_reviewers", "progress",
]
