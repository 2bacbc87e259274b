"""Templates: incident templates that pre-fill a new incident, and canned responses inserted
into a comment or work note with placeholders filled from the work item.

A placeholder is a name in braces (``{caller}``); ``{{`` and ``}}`` write a brace itself.
Which names a template may use depends on its kind: a canned response is inserted into an item
that exists (caller, number, title ...), an incident template is applied before the incident
has a number, so it may name only the agent. A template naming anything else is refused when
it is saved, with the names it may use; a value the item does not have (no caller yet) is
refused when the response is inserted, with what to do instead. Nothing is ever filled with a
guess or left as a raw ``{name}``.

Who sees and changes a template (pure rules, the service asks them): a personal template is its
owner's alone; a shared one (no owner) is offered to everyone, or to one team's members when it
names a team, and is kept by supervisors and administrators (``domain.permissions``).

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from deskapp.messages import msg

INCIDENT = "incident"
RESPONSE = "response"
KINDS = (INCIDENT, RESPONSE)

NAME_MAX = 80
TITLE_MAX = 200
BODY_MAX = 8000
CATEGORY_MAX = 60

#: Every placeholder a canned response may use, with what it stands for (the editor lists them).
RESPONSE_PLACEHOLDERS: Mapping[str, str] = {
    "caller": "the caller's full name",
    "caller_first_name": "the caller's first name",
    "number": "the work item's number (INC-000123)",
    "title": "the work item's title",
    "service": "the work item's service",
    "team": "the work item's team",
    "agent": "your full name",
    "agent_first_name": "your first name",
}
#: An incident template is applied before the incident has a number or (usually) a caller.
INCIDENT_PLACEHOLDERS: Mapping[str, str] = {
    "agent": RESPONSE_PLACEHOLDERS["agent"],
    "agent_first_name": RESPONSE_PLACEHOLDERS["agent_first_name"],
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z_]+")
#: what a missing value needs, said to the agent when the response cannot be filled
_MISSING: Mapping[str, str] = {
    "caller": "This response names the caller, but {number} has no caller yet; choose the "
              "caller first or write the reply yourself.",
    "caller_first_name": "This response names the caller, but {number} has no caller yet; "
                         "choose the caller first or write the reply yourself.",
    "service": "This response names the service, but {number} has none yet; choose the "
               "service first or write the reply yourself.",
    "team": "This response names the team, but {number} has none yet; assign a team first "
            "or write the reply yourself.",
    "number": "This response names the number, which a new item gets when it is saved; save "
              "it first.",
}


class TemplateError(ValueError):
    """A template that cannot be saved or filled; the message is the sentence to show."""


def allowed(kind: str) -> Mapping[str, str]:
    return INCIDENT_PLACEHOLDERS if kind == INCIDENT else RESPONSE_PLACEHOLDERS


def placeholders(text: str) -> tuple[str, ...]:
    """The placeholder names in ``text`` in order of first use (``{{`` and ``}}`` are braces).

    Raises :class:`TemplateError` on a lone brace or an empty / malformed name."""
    seen: dict[str, None] = {}
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            raise TemplateError(
                f"The text has a lone '{token}'; write {{{{ or }}}} for a brace, or a "
                "placeholder such as {caller}.")
        name = name.strip()
        if not _NAME.fullmatch(name):
            raise TemplateError(
                f"'{{{name}}}' is not a placeholder; use names such as {{caller}} or "
                "{number} (small letters and underscores), or write {{ for a brace.")
        seen.setdefault(name)
    return tuple(seen)


def unknown_placeholders(kind: str, text: str) -> tuple[str, ...]:
    known = allowed(kind)
    return tuple(name for name in placeholders(text) if name not in known)


def placeholder_problem(kind: str, text: str) -> str | None:
    """The sentence refusing ``text`` as a ``kind`` template's body, or None when it is fine."""
    try:
        unknown = unknown_placeholders(kind, text)
    except TemplateError as exc:
        return str(exc)
    if not unknown:
        return None
    names = ", ".join(f"{{{n}}}" for n in unknown)
    known = ", ".join(f"{{{n}}}" for n in allowed(kind))
    what = "An incident template" if kind == INCIDENT else "A canned response"
    word = "placeholder" if len(unknown) == 1 else "placeholders"
    return (f"{what} cannot fill the {word} {names}; use {known}, or write {{{{ for a "
            "brace.")


def fill(text: str, values: Mapping[str, str | None]) -> str:
    """``text`` with every placeholder replaced by its value.

    ``values`` names what the item has (None or "": it has none). A placeholder without a value
    raises :class:`TemplateError` with what to do; an unknown one too (it was refused when the
    template was saved, but a template may be older than a rule)."""
    number = values.get("number") or "this item"
    out: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        out.append(text[last:match.start()])
        last = match.end()
        token = match.group(0)
        if token == "{{":
            out.append("{")
            continue
        if token == "}}":
            out.append("}")
            continue
        name = (match.group(1) or "").strip()
        if match.group(1) is None or name not in values:
            raise TemplateError(
                f"This template uses '{token}', which DeskApp cannot fill; ask whoever keeps "
                "the template to correct it.")
        value = values[name]
        if not value:
            raise TemplateError(_MISSING.get(
                name, "This response needs a value {number} does not have; write the reply "
                      "yourself.").format(number=number))
        out.append(value)
    out.append(text[last:])
    return "".join(out)


def first_name(full_name: str | None) -> str | None:
    """The first word of a name ("Ana Souza" -> "Ana"); "Souza, Ana" -> "Ana"."""
    if not full_name or not full_name.strip():
        return None
    name = full_name.strip()
    if "," in name:
        rest = name.split(",", 1)[1].strip()
        if rest:
            return rest.split()[0]
    return name.split()[0]


@dataclass(frozen=True)
class Audience:
    """Who a template is for: ``owner_id`` set is personal; else shared with ``team_id``'s
    members (None: everyone)."""

    owner_id: uuid.UUID | None
    team_id: uuid.UUID | None

    @property
    def personal(self) -> bool:
        return self.owner_id is not None


def offered(audience: Audience, staff_id: uuid.UUID, team_ids: frozenset[uuid.UUID],
            item_team_id: uuid.UUID | None = None) -> bool:
    """Is the template offered to this person (in the picker)? Their own personal ones, shared
    ones for everyone, for one of their teams or for the team of the item they are writing in."""
    if audience.personal:
        return audience.owner_id == staff_id
    return (audience.team_id is None or audience.team_id in team_ids
            or (item_team_id is not None and audience.team_id == item_team_id))


def template_problems(kind: str, name: str, body: str, *, title: str = "",
                      category: str = "", impact: int | None = None,
                      urgency: int | None = None) -> dict[str, str]:
    """Field messages for a template as typed (empty: it may be saved)."""
    fields: dict[str, str] = {}
    if kind not in KINDS:
        fields["kind"] = "Choose whether this is an incident template or a canned response."
        return fields
    if not name.strip():
        fields["name"] = "Enter a name the picker lists the template by."
    elif len(name.strip()) > NAME_MAX:
        fields["name"] = msg("The name is {length} characters; shorten it to {name_max}.",
                             length=len(name.strip()), name_max=NAME_MAX)
    if kind == RESPONSE and not body.strip():
        fields["body"] = "Enter the text the response inserts."
    elif len(body) > BODY_MAX:
        fields["body"] = msg("The text is {length} characters; shorten it to {body_max}.",
                             length=len(body), body_max=BODY_MAX)
    else:
        problem = placeholder_problem(kind, body)
        if problem is not None:
            fields["body"] = problem
    if kind == INCIDENT:
        if len(title.strip()) > TITLE_MAX:
            fields["title"] = (msg("The title is {length} characters; shorten it to {title_max}.",
                                   length=len(title.strip()), title_max=TITLE_MAX))
        else:
            problem = placeholder_problem(kind, title)
            if problem is not None:
                fields["title"] = problem
        if len(category.strip()) > CATEGORY_MAX:
            fields["category"] = (msg("The category is {length} characters; shorten it to "
                                      "{category_max}.",
                                      length=len(category.strip()), category_max=CATEGORY_MAX))
        for key, value in (("impact", impact), ("urgency", urgency)):
            if value is not None and value not in (1, 2, 3):
                fields[key] = f"Choose an {key} of high, medium or low." if key == "impact" \
                    else "Choose an urgency of high, medium or low."
    return fields
