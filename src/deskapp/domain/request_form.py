"""Request forms: the fields a catalogue offering asks a caller, and the checking of what an agent
typed into them.

A form is a list of fields, each with a type (text, long text, choice, multi-choice, date, number,
person, CI, yes/no), a label, whether it is required, a default, help text and an optional
"shown only if" condition on an earlier field (shown when that field has a value, or one given
value). A hidden field is neither required nor kept. Person and CI answers are ids; whether that
person or CI exists is the service's question (it knows the database).

Every refusal is a sentence keyed by the field, so the form shows it next to the bad field, and
nothing is saved while any field is wrong.

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from deskapp.errors import ValidationError
from deskapp.messages import msg

#: A form has at most this many fields, a choice field at most this many options.
MAX_FIELDS = 40
MAX_CHOICES = 50
LABEL_MAX = 80
HELP_MAX = 300
CHOICE_MAX = 80
TEXT_MAX = 200
LONG_TEXT_MAX = 4000
NUMBER_LIMIT = 1e12
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    DATE = "date"
    NUMBER = "number"
    PERSON = "person"
    CI = "ci"
    YES_NO = "yes_no"


FIELD_TYPE_LABELS: Mapping[FieldType, str] = {
    FieldType.TEXT: "Text", FieldType.LONG_TEXT: "Long text", FieldType.CHOICE: "Choice",
    FieldType.MULTI_CHOICE: "Multi-choice", FieldType.DATE: "Date", FieldType.NUMBER: "Number",
    FieldType.PERSON: "Person", FieldType.CI: "Configuration item", FieldType.YES_NO: "Yes / no",
}
CHOICE_TYPES = frozenset({FieldType.CHOICE, FieldType.MULTI_CHOICE})
#: Types a default cannot be given for (a default person or CI would be the wrong one for most).
NO_DEFAULT = frozenset({FieldType.PERSON, FieldType.CI})


@dataclass(frozen=True)
class ShowIf:
    """Show the field only when ``field`` has a value (``value`` None) or that exact value
    (for a multi-choice: contains it; for yes/no: "yes" or "no")."""

    field: str
    value: str | None = None


@dataclass(frozen=True)
class FormField:
    key: str
    label: str
    type: FieldType
    required: bool = False
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] = ()
    show_if: ShowIf | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "label": self.label, "type": self.type.value,
                               "required": self.required}
        if self.default is not None:
            out["default"] = _to_json(self.type, self.default)
        if self.help:
            out["help"] = self.help
        if self.choices:
            out["choices"] = list(self.choices)
        if self.show_if is not None:
            out["show_if"] = {"field": self.show_if.field, "value": self.show_if.value}
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FormField:
        kind = FieldType(str(data["type"]))
        show = data.get("show_if")
        default = data.get("default")
        return cls(str(data["key"]), str(data["label"]), kind, bool(data.get("required")),
                   parse_value(kind, default) if default is not None else None,
                   str(data.get("help") or ""), tuple(str(c) for c in data.get("choices") or ()),
                   ShowIf(str(show["field"]), None if show.get("value") is None
                          else str(show["value"])) if show else None)


@dataclass(frozen=True)
class RequestForm:
    fields: tuple[FormField, ...] = ()

    def to_json(self) -> list[dict[str, Any]]:
        return [f.to_json() for f in self.fields]

    @classmethod
    def from_json(cls, data: Sequence[Mapping[str, Any]] | None) -> RequestForm:
        return cls(tuple(FormField.from_json(f) for f in data or ()))

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)


# -- values --------------------------------------------------------------------------------------
def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, list | tuple | set | frozenset) and not value)


def parse_value(kind: FieldType, value: Any, choices: Sequence[str] = ()) -> Any:
    """``value`` as the field type stores it; ValueError with a sentence when it is not one.
    Empty values are the caller's business (:func:`is_empty`)."""
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
        if not isinstance(value, str):
            raise ValueError("Type text here.")
        text = value.strip()
        if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            raise ValueError("Remove the control characters from this text.")
        limit = TEXT_MAX if kind is FieldType.TEXT else LONG_TEXT_MAX
        if len(text) > limit:
            raise ValueError(f"Shorten this to {limit} characters (it has {len(text)}).")
        return text
    if kind is FieldType.CHOICE:
        if not isinstance(value, str) or (choices and value not in choices):
            raise ValueError(_pick(choices, value))
        return value
    if kind is FieldType.MULTI_CHOICE:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list | tuple | set | frozenset) or not all(
                isinstance(v, str) for v in items):
            raise ValueError("Tick one or more of the options.")
        wrong = [v for v in items if choices and v not in choices]
        if wrong:
            raise ValueError(_pick(choices, wrong[0]))
        return [c for c in choices if c in items] if choices else list(dict.fromkeys(items))
    if kind is FieldType.DATE:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError("Give a date such as 2026-12-24.") from None
    if kind is FieldType.NUMBER:
        if isinstance(value, bool):
            raise ValueError("Give a number, such as 2 or 1.5.")
        try:
            number = float(str(value).strip().replace(",", "")) if isinstance(value, str) \
                else float(value)
        except (TypeError, ValueError):
            raise ValueError("Give a number, such as 2 or 1.5.") from None
        if not math.isfinite(number) or abs(number) > NUMBER_LIMIT:
            raise ValueError("Give a number between -1,000,000,000,000 and "
                             "1,000,000,000,000.")
        return int(number) if number.is_integer() else number
    if kind in (FieldType.PERSON, FieldType.CI):
        try:
            return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            what = "person" if kind is FieldType.PERSON else "configuration item"
            raise ValueError(f"Pick a {what} from the list.") from None
    if kind is FieldType.YES_NO:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "no", "true", "false"):
            return value.strip().lower() in ("yes", "true")
        raise ValueError("Answer yes or no.")
    raise ValueError(f"Unknown field type {kind}.")  # pragma: no cover - enum is closed


def _pick(choices: Sequence[str], value: Any) -> str:
    shown = ", ".join(choices[:8]) + (" …" if len(choices) > 8 else "")
    return f"'{value}' is not one of the options; pick one of {shown}."


def _to_json(kind: FieldType, value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if kind is FieldType.MULTI_CHOICE:
        return list(value)
    return value


def display(kind: FieldType, value: Any) -> str:
    """An answer as a person reads it (person and CI ids are named by the service)."""
    if value is None:
        return ""
    if kind is FieldType.YES_NO:
        return "Yes" if value else "No"
    if kind is FieldType.MULTI_CHOICE:
        return ", ".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# -- the definition ------------------------------------------------------------------------------
def check_form(form: RequestForm) -> None:
    """A form an offering may carry; one sentence per bad field, keyed ``field:<n>`` (its row)."""
    problems: dict[str, str] = {}
    if len(form.fields) > MAX_FIELDS:
        raise ValidationError(msg("A form has at most {max_fields} fields; this one has "
                                  "{length}.", max_fields=MAX_FIELDS, length=len(form.fields)),
                                  {"form": "too many fields"})
    seen: dict[str, FormField] = {}
    for row, f in enumerate(form.fields, start=1):
        where = f"field:{row}"
        name = f.label.strip() or f"Field {row}"
        message = _field_problem(f, name, seen)
        if message:
            problems[where] = message
        seen.setdefault(f.key, f)
    if problems:
        raise ValidationError.for_fields(problems)


def _field_problem(f: FormField, name: str, earlier: Mapping[str, FormField]) -> str | None:
    if not f.label.strip():
        return "Give the field a label callers understand."
    if len(f.label) > LABEL_MAX:
        return f"{name}: shorten the label to {LABEL_MAX} characters."
    if not _KEY.match(f.key):
        return (f"{name}: the key '{f.key}' must start with a letter and hold only lower-case "
                "letters, digits and _ (40 at most).")
    if f.key in earlier:
        return f"{name}: the key '{f.key}' is used twice; give each field its own key."
    if len(f.help) > HELP_MAX:
        return f"{name}: shorten the help text to {HELP_MAX} characters."
    if f.type in CHOICE_TYPES:
        if not f.choices:
            return f"{name}: list at least one option."
        if len(f.choices) > MAX_CHOICES:
            return f"{name}: a field offers at most {MAX_CHOICES} options."
        if len(set(f.choices)) != len(f.choices):
            return f"{name}: each option may appear once."
        if any(not c.strip() or len(c) > CHOICE_MAX for c in f.choices):
            return f"{name}: options are 1 to {CHOICE_MAX} characters long."
    elif f.choices:
        return f"{name}: only choice fields list options."
    if f.default is not None:
        if f.type in NO_DEFAULT:
            return f"{name}: a person or CI field has no default; leave it empty."
        try:
            parse_value(f.type, f.default, f.choices)
        except ValueError as exc:
            return f"{name}: the default is wrong. {exc}"
    if f.show_if is not None:
        other = earlier.get(f.show_if.field)
        if other is None:
            return (f"{name}: 'shown only if' must name a field above this one "
                    f"('{f.show_if.field}' is not).")
        if f.show_if.value is not None:
            allowed = (other.choices if other.type in CHOICE_TYPES
                       else ("yes", "no") if other.type is FieldType.YES_NO else None)
            if allowed is not None and f.show_if.value not in allowed:
                return (f"{name}: 'shown only if' waits for '{f.show_if.value}', which "
                        f"{other.label} never holds; pick one of {', '.join(allowed)}.")
    return None


# -- answers -------------------------------------------------------------------------------------
def is_shown(f: FormField, answers: Mapping[str, Any]) -> bool:
    """Whether ``f`` is shown, given the (checked) answers of the fields above it."""
    if f.show_if is None:
        return True
    value = answers.get(f.show_if.field)
    if is_empty(value) or value is False and f.show_if.value is None:
        return False
    wanted = f.show_if.value
    if wanted is None:
        return True
    if isinstance(value, bool):
        return ("yes" if value else "no") == wanted
    if isinstance(value, list):
        return wanted in value
    return str(value) == wanted


def initial_answers(form: RequestForm) -> dict[str, Any]:
    """The defaults, as a new request's form starts."""
    return {f.key: f.default for f in form.fields if f.default is not None}


def check_answers(form: RequestForm, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers to keep: each shown field's value checked and typed, hidden and empty ones
    left out. Raises one ValidationError naming every bad field (keyed by the field's key)."""
    unknown = sorted(set(answers) - {f.key for f in form.fields})
    if unknown:
        raise ValidationError(msg("The form has no field '{unknown}'; reload the offering.",
                                  unknown=unknown[0]),
                              {unknown[0]: "unknown field"})
    out: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for f in form.fields:
        if not is_shown(f, out):
            continue
        value = answers.get(f.key)
        if is_empty(value) or (f.type is FieldType.YES_NO and value is None):
            if f.required:
                problems[f.key] = msg("{label} is required; fill it in.", label=f.label)
            continue
        try:
            out[f.key] = parse_value(f.type, value, f.choices)
        except ValueError as exc:
            problems[f.key] = msg("{label}: {exc}", label=f.label, exc=exc)
    if problems:
        raise ValidationError.for_fields(problems)
    return out


def answers_to_json(form: RequestForm, answers: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for f in form.fields:
        if f.key in answers:
            out[f.key] = _to_json(f.type, answers[f.key])
    return out


def answers_from_json(form: RequestForm, data: Mapping[str, Any] | None) -> dict[str, Any]:
    """Stored answers back as typed values (a field removed from the form since is kept as
    stored text, so a request never loses what was asked)."""
    out: dict[str, Any] = {}
    for key, value in (data or {}).items():
        f = form.field(key)
        try:
            out[key] = parse_value(f.type, value, ()) if f is not None else value
        except ValueError:
            out[key] = value
    return out
