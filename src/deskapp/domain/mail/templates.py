"""Message templates: what the desk writes, per event and language, with ``{placeholder}``s.

An administrator may replace any template (Tools ▸ Mail…); a template naming a placeholder the
event does not know is refused when saved, so a message never goes out with a ``{typo}`` in it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from deskapp.errors import ValidationError
from deskapp.messages import mark, msg


class MailEvent(StrEnum):
    """Why a message is written. The first four go to the caller, the rest to staff."""

    LOGGED = "logged"
    COMMENT = "comment"
    NEEDS_INFO = "needs_info"
    RESOLVED = "resolved"
    ASSIGNED = "assigned"
    SLA_WARNING = "sla_warning"
    SLA_BREACH = "sla_breach"
    #: a major incident's stakeholder update (to the service's subscribers and named addresses)
    MAJOR_UPDATE = "major_update"

    @property
    def to_caller(self) -> bool:
        return self in (MailEvent.LOGGED, MailEvent.COMMENT, MailEvent.NEEDS_INFO,
                        MailEvent.RESOLVED)

    @property
    def to_stakeholders(self) -> bool:
        return self is MailEvent.MAJOR_UPDATE


#: placeholders every template may use, and those only some events fill
COMMON = ("number", "title", "caller_name", "status", "desk_name")
EXTRA: Mapping[MailEvent, tuple[str, ...]] = {
    MailEvent.LOGGED: (),
    MailEvent.COMMENT: ("comment", "author"),
    MailEvent.NEEDS_INFO: ("comment",),
    MailEvent.RESOLVED: ("resolution", "rating_links"),
    MailEvent.ASSIGNED: ("assignee_name", "priority"),
    MailEvent.SLA_WARNING: ("assignee_name", "priority", "due"),
    MailEvent.SLA_BREACH: ("assignee_name", "priority", "due"),
    MailEvent.MAJOR_UPDATE: ("update", "next_update", "service_name", "recipient_name",
                             "priority"),
}
LANGUAGES = ("en", "de")
SUBJECT_MAX = 200
BODY_MAX = 20_000
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
#: a stray brace, per part of the message (templates with {stray})
_STRAY_BRACE = {
    "subject": mark("The subject has a brace that is not a placeholder near \u201c{stray}\u201d; "
                    "write placeholders as {{number}}, with a lower-case name between two "
                    "braces, and no other braces."),
    "body": mark("The body has a brace that is not a placeholder near \u201c{stray}\u201d; write "
                 "placeholders as {{number}}, with a lower-case name between two braces, and no "
                 "other braces.")}


@dataclass(frozen=True)
class Template:
    subject: str
    body: str

    def to_json(self) -> dict[str, str]:
        return {"subject": self.subject, "body": self.body}


def allowed(event: MailEvent) -> tuple[str, ...]:
    return COMMON + EXTRA[event]


def check(event: MailEvent, template: Template) -> Template:
    """The template if it is usable; otherwise a ValidationError naming what to fix."""
    fields: dict[str, str] = {}
    subject, body = template.subject.strip(), template.body.strip()
    if not subject or len(subject) > SUBJECT_MAX or "\n" in subject or "\r" in subject:
        fields["subject"] = msg("Write a subject of one line, 1 to {limit} characters.",
                                limit=SUBJECT_MAX)
    if not body or len(body) > BODY_MAX:
        fields["body"] = msg("Write a message of 1 to {limit} characters.", limit=BODY_MAX)
    for name, text in (("subject", subject), ("body", body)):
        if name in fields:
            continue
        unknown = sorted({m for m in _PLACEHOLDER.findall(text) if m not in allowed(event)})
        if unknown:
            fields[name] = msg("{{{name}}} is not a placeholder of this message; use "
                               "{placeholders}.", name=unknown[0],
                               placeholders=", ".join(f"{{{p}}}" for p in allowed(event)))
        elif stray := _stray_brace(text):
            fields[name] = msg(_STRAY_BRACE[name], stray=stray)
    if fields:
        raise ValidationError.for_fields(fields)
    return Template(subject, body + "\n")


def _stray_brace(text: str) -> str | None:
    """The text around the first ``{`` or ``}`` that is not part of a ``{placeholder}``."""
    rest = _PLACEHOLDER.sub(lambda m: "\0" * len(m.group(0)), text)
    for index, char in enumerate(rest):
        if char in "{}":
            return text[max(0, index - 12):index + 12].replace("\n", " ")
    return None


def render(text: str, values: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders; braces that are not a placeholder stay as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


_EN: Mapping[MailEvent, Template] = {
    MailEvent.LOGGED: Template(
        "We received your call: {title}",
        "Hello {caller_name},\n\nwe have logged your call as {number}: {title}.\n"
        "Reply to this message to add anything; keep {number} in the subject.\n\n{desk_name}\n"),
    MailEvent.COMMENT: Template(
        "Update on {title}",
        "Hello {caller_name},\n\n{author} wrote about {number}:\n\n{comment}\n\n"
        "Reply to this message to answer.\n\n{desk_name}\n"),
    MailEvent.NEEDS_INFO: Template(
        "We need something from you: {title}",
        "Hello {caller_name},\n\nto go on with {number} ({title}) we need something from "
        "you:\n\n{comment}\n\nPlease reply to this message.\n\n{desk_name}\n"),
    MailEvent.RESOLVED: Template(
        "Resolved: {title}",
        "Hello {caller_name},\n\nwe have resolved {number}: {title}.\n\n{resolution}\n\n"
        "If the problem is back, reply to this message and we will reopen it.\n\n"
        "How did we do? Pick a score (5 is best), or reply with a number from 1 to 5 and a "
        "comment if you like:\n{rating_links}\n\n{desk_name}\n"),
    MailEvent.ASSIGNED: Template(
        "Assigned to you: {title}",
        "Hello {assignee_name},\n\n{number} ({title}, priority {priority}) is now yours.\n\n"
        "{desk_name}\n"),
    MailEvent.SLA_WARNING: Template(
        "SLA at risk: {title}",
        "Hello {assignee_name},\n\n{number} ({title}, priority {priority}) is close to its "
        "target, due {due}.\n\n{desk_name}\n"),
    MailEvent.SLA_BREACH: Template(
        "SLA breached: {title}",
        "Hello {assignee_name},\n\n{number} ({title}, priority {priority}) has passed its "
        "target (due {due}).\n\n{desk_name}\n"),
    MailEvent.MAJOR_UPDATE: Template(
        "Service disruption: {title}",
        "Hello {recipient_name},\n\nthis is an update on the disruption {number} ({title}) "
        "affecting {service_name}.\n\n{update}\n\nNext update: {next_update}.\n\n"
        "You receive this because you follow {service_name} or were named on {number}.\n\n"
        "{desk_name}\n"),
}
_DE: Mapping[MailEvent, Template] = {
    MailEvent.LOGGED: Template(
        "Ihre Meldung ist eingegangen: {title}",
        "Hallo {caller_name},\n\nwir haben Ihre Meldung als {number} erfasst: {title}.\n"
        "Antworten Sie auf diese Nachricht, um etwas zu ergänzen; lassen Sie {number} im "
        "Betreff.\n\n{desk_name}\n"),
    MailEvent.COMMENT: Template(
        "Neues zu {title}",
        "Hallo {caller_name},\n\n{author} schreibt zu {number}:\n\n{comment}\n\n"
        "Antworten Sie auf diese Nachricht.\n\n{desk_name}\n"),
    MailEvent.NEEDS_INFO: Template(
        "Wir brauchen etwas von Ihnen: {title}",
        "Hallo {caller_name},\n\num mit {number} ({title}) weiterzukommen, brauchen wir:\n\n"
        "{comment}\n\nBitte antworten Sie auf diese Nachricht.\n\n{desk_name}\n"),
    MailEvent.RESOLVED: Template(
        "Gelöst: {title}",
        "Hallo {caller_name},\n\nwir haben {number} gelöst: {title}.\n\n{resolution}\n\n"
        "Tritt das Problem wieder auf, antworten Sie einfach; wir öffnen die Meldung "
        "wieder.\n\nWie zufrieden sind Sie? Wählen Sie eine Note (5 ist die beste) oder "
        "antworten Sie mit einer Zahl von 1 bis 5:\n{rating_links}\n\n{desk_name}\n"),
    MailEvent.ASSIGNED: Template(
        "Ihnen zugewiesen: {title}",
        "Hallo {assignee_name},\n\n{number} ({title}, Priorität {priority}) ist Ihnen "
        "zugewiesen.\n\n{desk_name}\n"),
    MailEvent.SLA_WARNING: Template(
        "SLA gefährdet: {title}",
        "Hallo {assignee_name},\n\n{number} ({title}, Priorität {priority}) nähert sich dem "
        "Ziel, fällig {due}.\n\n{desk_name}\n"),
    MailEvent.SLA_BREACH: Template(
        "SLA verletzt: {title}",
        "Hallo {assignee_name},\n\n{number} ({title}, Priorität {priority}) hat sein Ziel "
        "verfehlt (fällig {due}).\n\n{desk_name}\n"),
    MailEvent.MAJOR_UPDATE: Template(
        "Störung: {title}",
        "Hallo {recipient_name},\n\ndies ist ein Stand zur Störung {number} ({title}), die "
        "{service_name} betrifft.\n\n{update}\n\nNächster Stand: {next_update}.\n\n"
        "Sie erhalten diese Nachricht, weil Sie {service_name} folgen oder bei {number} "
        "genannt sind.\n\n{desk_name}\n"),
}
DEFAULTS: Mapping[str, Mapping[MailEvent, Template]] = {"en": _EN, "de": _DE}


def template_for(event: MailEvent, language: str,
                 custom: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None
                 ) -> Template:
    """The desk's own template for ``event`` in ``language`` when one is saved, else the
    built-in one (English when the language has none)."""
    lang = language if language in LANGUAGES else "en"
    saved = (custom or {}).get(lang, {}).get(event.value)
    if saved and saved.get("subject") and saved.get("body"):
        return Template(str(saved["subject"]), str(saved["body"]))
    return DEFAULTS[lang][event]
