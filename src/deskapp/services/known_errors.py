"""The known-error database: problems whose root cause and workaround are known, searched by
symptoms, workaround or service, and their workaround applied on an incident.

Applying a workaround links the incident to the known error (caused by), records the workaround
as a work note and, when the caller confirms it works, resolves the incident at once, while the
caller is still on the line. That counts as first-contact resolution by the one definition, the
Continual Improvement figure's (:func:`deskapp.domain.kpi_catalogue.is_first_contact_resolution`:
resolved within the hour of opening and never reopened): the resolution is stamped in the same
transaction as the workaround, with nothing (no hand-over, no reopen count) in between; an
incident opened longer ago is resolved but, rightly, not counted.
"""

from __future__ import annotations

import uuid
from typing import Any

from deskapp.domain.incident import TRANSITIONS, IncidentStatus
from deskapp.domain.kinds.problem import KNOWN_ERROR, LIFECYCLE
from deskapp.domain.kpi_catalogue import is_first_contact_resolution
from deskapp.domain.permissions import Action
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg, translate
from deskapp.repositories.problems import CAUSED_BY, ProblemRepository
from deskapp.services.authorization import require_item, require_visible
from deskapp.services.incidents import IncidentService
from deskapp.services.problem_dto import KnownErrorRow, WorkaroundApplied

#: The resolution code a workaround resolves with unless the agent picks another (seeded by
#: migration 0005; a desk that retired it must pick one).
WORKAROUND_CODE = "Solved (workaround)"
#: How many known errors a search shows (the database of a desk holds hundreds at most).
SEARCH_LIMIT = 200


class KnownErrorService(IncidentService):
    """Known errors (reading) and applying one's workaround on an incident (writing)."""

    def known_errors(self, text: str = "", service_id: uuid.UUID | None = None,
                     limit: int = SEARCH_LIMIT) -> list[KnownErrorRow]:
        """Live known errors, most recently diagnosed first; ``text`` matches the number,
        title, symptoms, workaround or root cause (every word), ``service_id`` narrows."""
        with self._uow(read_only=True) as uow:
            rows = ProblemRepository(uow.session).known_errors(
                text, [service_id] if service_id else [], min(max(limit, 1), SEARCH_LIMIT))
        return [_row(r) for r in rows]

    def for_incident(self, incident_id: uuid.UUID, text: str = "") -> list[KnownErrorRow]:
        """The known errors to offer on an incident: those of its service first, then the
        others (a workaround of another service is applied only when the agent confirms)."""
        with self._uow(read_only=True) as uow:
            incident = self._load(uow, incident_id)
            require_visible(self.actor, incident, uow)
            service_id = incident.service_id
        found = self.known_errors(text)
        return sorted(found, key=lambda r: r.service_id != service_id or service_id is None)

    def apply_workaround(self, incident_id: uuid.UUID, expected_version: int,
                         problem_id: uuid.UUID, *, resolve: bool,
                         other_service_confirmed: bool = False,
                         resolution_code: str | None = None) -> WorkaroundApplied:
        """Apply the known error's workaround on the incident, in one transaction: the link
        (unless it is there), a work note with the workaround and, with ``resolve`` (the
        caller confirmed it works), the resolution. A known error of another service than the
        incident's is refused unless ``other_service_confirmed``."""
        now = self._clock()
        with self._uow() as uow:
            incident = self._load_for_write(uow, incident_id, expected_version)
            problem = ProblemRepository(uow.session).get(problem_id)
            if problem is None:
                raise NotFound("That known error no longer exists; refresh the list.")
            require_visible(self.actor, problem, uow)
            if problem.status != KNOWN_ERROR or not (problem.workaround or "").strip():
                raise ValidationError(
                    msg("{number} is {status}, not a known error with a workaround; pick one "
                        "from the known errors list.",
                        number=problem.number, status=LIFECYCLE.shown(problem.status)))
            if incident.status_category == "done":
                raise ValidationError(msg("{number} is already {label}; reopen it before "
                                          "applying a workaround.",
                                          number=incident.number,
                                          label=translate(IncidentStatus(incident.status).label)))
            if (problem.service_id is not None and incident.service_id is not None
                    and problem.service_id != incident.service_id
                    and not other_service_confirmed):
                names = uow.work_items.related_labels(None, problem.service_id, None, None, None)
                mine = uow.work_items.related_labels(None, incident.service_id, None, None,
                                                     None)
                raise ValidationError(
                    msg("{number} is a known error of {service}, and {incident} is about "
                        "{incident_service}; confirm that the workaround applies to this "
                        "incident's service before applying it.",
                        number=problem.number, service=names['service'], incident=incident.number,
                        incident_service=mine['service']),
                    {"other_service": "Confirm the other service."})
            require_item(self.actor, Action.EDIT, incident, uow)
            before = incident.status
            if uow.work_items.live_link(incident.id, problem.id, CAUSED_BY) is None:
                self._add_link(uow, incident, problem, CAUSED_BY, now)
            note = (f"Workaround from known error {problem.number} ({problem.title}) "
                    f"applied:\n{problem.workaround}")
            self._append_comment(uow, incident, note, True, now)
            if resolve:
                if IncidentStatus.RESOLVED not in TRANSITIONS[IncidentStatus(before)]:
                    raise ValidationError(msg("{number} cannot be resolved from {label}.",
                                              number=incident.number,
                                              label=translate(IncidentStatus(before).label)))
                self.resolve_within(
                    uow, incident, resolution_code or WORKAROUND_CODE,
                    f"The caller confirmed that the workaround of {problem.number} works: "
                    f"{problem.workaround}", now)
            else:
                self._sla.recompute(uow, incident, now)
            first_contact = resolve and is_first_contact_resolution(
                {"opened_at": incident.opened_at, "resolved_at": incident.resolved_at,
                 "reopen_count": incident.reopen_count})
            uow.commit()
            return WorkaroundApplied(incident.number, problem.number, resolve, first_contact)


def _row(r: dict[str, Any]) -> KnownErrorRow:
    return KnownErrorRow(
        id=r["id"], number=r["number"], title=r["title"], symptoms=r["description"] or "",
        workaround=r["workaround"] or "", root_cause=r["root_cause"] or "",
        root_cause_category=r["root_cause_category"], service_id=r["service_id"],
        service_name=r["service_name"], ci_name=r["ci_name"], linked_incidents=r["linked"],
        known_error_at=r["known_error_at"])
