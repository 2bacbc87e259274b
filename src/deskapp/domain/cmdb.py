"""The CMDB's rules: CI types and their typed attributes, typed relations and which way impact
flows along them.

A relation reads "source <type> target" ("app-01 runs on vm-17", "disk-3 part of san-1").
Impact flows from the thing depended on to its dependents. For *runs on*, *depends on*, *uses*
and *connected to* the source depends on the target; for *part of* the whole (the target)
depends on its part (the source): a failed disk impacts its array. :func:`dependency_step` says
which end a walk moves to, so the repository's recursive SQL and the brute-force walk in the
tests read one rule.

Attribute values are validated against their type here (no database), so a wrong value is
refused with a sentence before anything is written. Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from deskapp.errors import ValidationError
from deskapp.messages import msg


class RelationType(StrEnum):
    RUNS_ON = "runs_on"
    DEPENDS_ON = "depends_on"
    CONNECTED_TO = "connected_to"
    PART_OF = "part_of"
    USES = "uses"


RELATION_TYPES: tuple[str, ...] = tuple(r.value for r in RelationType)

#: How a relation reads from its source, and from its target.
RELATION_LABELS: Mapping[str, tuple[str, str]] = {
    RelationType.RUNS_ON: ("runs on", "hosts"),
    RelationType.DEPENDS_ON: ("depends on", "is needed by"),
    RelationType.CONNECTED_TO: ("connected to", "connects"),
    RelationType.PART_OF: ("part of", "made of"),
    RelationType.USES: ("uses", "used by"),
}

#: Relations whose *target* depends on the source (the whole on its part); every other type's
#: source depends on its target.
TARGET_DEPENDS: frozenset[str] = frozenset({RelationType.PART_OF})

#: What a change conflict check walks (the change order): hosting, dependency and composition.
CONFLICT_TYPES: frozenset[str] = frozenset({RelationType.RUNS_ON, RelationType.DEPENDS_ON,
                                            RelationType.PART_OF})


class Direction(StrEnum):
    """Which way an impact analysis walks from a CI."""

    #: what depends on it, up to the services affected when it fails
    UPSTREAM = "upstream"
    #: what it depends on (what can make it fail)
    DOWNSTREAM = "downstream"
    #: both ways, regardless of meaning (neighbourhood: "CIs within N hops")
    EITHER = "either"


MAX_DEPTH = 10
#: How far a ticket's CIs are followed upstream to the services it affects (form and queues).
TICKET_DEPTH = 5


def relation_types(values: Iterable[str] | None) -> frozenset[str]:
    """Chosen relation types, checked (None or empty: every type)."""
    chosen = frozenset(values or ())
    bad = sorted(chosen - set(RELATION_TYPES))
    if bad:
        raise ValidationError(msg("'{bad}' is not a relation type; use one of {relation_types}.",
                                  bad=bad[0], relation_types=', '.join(RELATION_TYPES)))
    return chosen or frozenset(RELATION_TYPES)


def check_depth(depth: int) -> int:
    if not 1 <= depth <= MAX_DEPTH:
        raise ValidationError(msg("Choose a depth from 1 to {max_depth}.", max_depth=MAX_DEPTH))
    return depth


def dependency_step(relation_type: str, source: Any, target: Any,
                    direction: Direction) -> tuple[Any, Any]:
    """(from, to) of one step along a relation in ``direction``: a walk at ``from`` may move to
    ``to``. Upstream moves from the thing depended on to its dependent."""
    dependent, dependency = ((target, source) if relation_type in TARGET_DEPENDS
                             else (source, target))
    if direction is Direction.DOWNSTREAM:
        return dependent, dependency
    return dependency, dependent


def walk(edges: Iterable[tuple[str, Any, Any]], start: Any, depth: int,
         direction: Direction, types: Iterable[str] | None = None) -> dict[Any, int]:
    """Breadth-first: every node reachable from ``start`` in at most ``depth`` steps along
    ``edges`` ((type, source, target)), with its least distance (``start`` itself at 0). The
    plain definition the recursive SQL is tested against."""
    chosen = relation_types(types)
    nxt: dict[Any, set[Any]] = {}
    for kind, source, target in edges:
        if kind not in chosen:
            continue
        steps = ([dependency_step(kind, source, target, Direction.UPSTREAM),
                  dependency_step(kind, source, target, Direction.DOWNSTREAM)]
                 if direction is Direction.EITHER
                 else [dependency_step(kind, source, target, direction)])
        for here, there in steps:
            nxt.setdefault(here, set()).add(there)
    seen = {start: 0}
    frontier = [start]
    for level in range(1, depth + 1):
        found = []
        for node in frontier:
            for other in nxt.get(node, ()):
                if other not in seen:
                    seen[other] = level
                    found.append(other)
        frontier = found
    return seen


def closes_part_of_cycle(part_of: Iterable[tuple[Any, Any]], source: Any, target: Any) -> bool:
    """Would "source part of target" close a cycle among ``part_of`` (source, target) pairs?"""
    if source == target:
        return True
    wholes: dict[Any, set[Any]] = {}
    for part, whole in part_of:
        wholes.setdefault(part, set()).add(whole)
    seen, todo = {target}, [target]
    while todo:
        for whole in wholes.get(todo.pop(), ()):
            if whole == source:
                return True
            if whole not in seen:
                seen.add(whole)
                todo.append(whole)
    return False


# -- types and attributes --------------------------------------------------------------------
class AttributeKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    DATE = "date"
    CHOICE = "choice"


ATTRIBUTE_KINDS: tuple[str, ...] = tuple(k.value for k in AttributeKind)
TYPE_NAME_MAX, ATTRIBUTE_KEY_MAX, ATTRIBUTE_LABEL_MAX, TEXT_VALUE_MAX = 40, 40, 80, 500
MAX_ATTRIBUTES, MAX_CHOICES = 40, 50
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class AttributeDef:
    """One attribute a CI type defines: a key (stored), a label (shown), a kind, whether it is
    required, and for choices the allowed values."""

    key: str
    label: str
    kind: str = AttributeKind.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "label": self.label, "kind": self.kind}
        if self.required:
            out["required"] = True
        if self.choices:
            out["choices"] = list(self.choices)
        return out


def attribute_defs(data: Any) -> tuple[AttributeDef, ...]:
    """Attribute definitions from their stored (JSON) or typed form, checked as a whole."""
    if data is None:
        return ()
    if not isinstance(data, list | tuple):
        raise ValidationError("Attribute definitions must be a list.")
    if len(data) > MAX_ATTRIBUTES:
        raise ValidationError(msg("A CI type has at most {max_attributes} attributes.",
                                  max_attributes=MAX_ATTRIBUTES))
    out: list[AttributeDef] = []
    for n, raw in enumerate(data, start=1):
        if isinstance(raw, AttributeDef):
            item = raw
        elif isinstance(raw, Mapping):
            item = AttributeDef(str(raw.get("key") or "").strip(),
                                str(raw.get("label") or "").strip(),
                                str(raw.get("kind") or AttributeKind.TEXT),
                                bool(raw.get("required", False)),
                                tuple(str(c).strip() for c in raw.get("choices") or ()))
        else:
            raise ValidationError(msg("Attribute {n} is not a definition.", n=n))
        label = item.label or item.key
        if not _KEY.match(item.key) or len(item.key) > ATTRIBUTE_KEY_MAX:
            raise ValidationError(
                msg("Attribute {n}: the key '{key}' must start with a lower-case letter and "
                    "hold only a-z, 0-9 and _ (at most {attribute_key_max} characters).",
                    n=n, key=item.key, attribute_key_max=ATTRIBUTE_KEY_MAX))
        if len(label) > ATTRIBUTE_LABEL_MAX:
            raise ValidationError(msg("Attribute {n}: shorten the label to "
                                      "{attribute_label_max} characters or fewer.",
                                      n=n, attribute_label_max=ATTRIBUTE_LABEL_MAX))
        if item.kind not in ATTRIBUTE_KINDS:
            raise ValidationError(msg("Attribute '{label}': choose a kind from "
                                      "{attribute_kinds}.",
                                      label=label, attribute_kinds=', '.join(ATTRIBUTE_KINDS)))
        choices = tuple(dict.fromkeys(c for c in item.choices if c))
        if item.kind == AttributeKind.CHOICE and not choices:
            raise ValidationError(msg("Attribute '{label}' is a choice; list its values.",
                                      label=label))
        if len(choices) > MAX_CHOICES or any(len(c) > ATTRIBUTE_LABEL_MAX for c in choices):
            raise ValidationError(msg("Attribute '{label}': at most {max_choices} values of up "
                                      "to {attribute_label_max} characters.",
                                      label=label, max_choices=MAX_CHOICES,
                                      attribute_label_max=ATTRIBUTE_LABEL_MAX))
        if any(o.key == item.key for o in out):
            raise ValidationError(msg("Two attributes have the key '{key}'; keys must differ.",
                                      key=item.key))
        out.append(AttributeDef(item.key, label, item.kind, item.required,
                                choices if item.kind == AttributeKind.CHOICE else ()))
    return tuple(out)


def check_type_name(name: str) -> str:
    clean = " ".join(str(name or "").split()).lower()
    if not clean:
        raise ValidationError("The type needs a name; type one, e.g. 'load balancer'.",
                              {"name": "The type needs a name."})
    if len(clean) > TYPE_NAME_MAX:
        raise ValidationError(msg("Shorten the type name to {type_name_max} characters or fewer.",
                                  type_name_max=TYPE_NAME_MAX),
                              {"name": f"At most {TYPE_NAME_MAX} characters."})
    return clean


def attribute_values(defs: Sequence[AttributeDef], values: Mapping[str, Any] | None
                     ) -> dict[str, Any]:
    """``values`` checked and converted to what is stored (JSON: text, int, decimal as text,
    bool, ISO date, choice); empty values are left out. Raises one ValidationError naming every
    bad attribute (fields ``attr:<key>``)."""
    given = dict(values or {})
    known = {d.key for d in defs}
    errors: dict[str, str] = {}
    for key in sorted(set(given) - known):
        errors[f"attr:{key}"] = msg("This type has no attribute '{key}'; leave it out.", key=key)
    out: dict[str, Any] = {}
    for d in defs:
        raw = given.get(d.key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if d.required:
                errors[f"attr:{d.key}"] = msg("{label} is required; fill it in.", label=d.label)
            continue
        try:
            out[d.key] = _converted(d, raw)
        except ValueError as exc:
            errors[f"attr:{d.key}"] = msg("{label}: {exc}", label=d.label, exc=exc)
    if errors:
        raise ValidationError.for_fields(errors)
    return out


def _converted(d: AttributeDef, raw: Any) -> Any:
    kind = d.kind
    if kind == AttributeKind.TEXT:
        if not isinstance(raw, str | int | float | Decimal) or isinstance(raw, bool):
            raise ValueError("type text.")
        text = str(raw).strip()
        if len(text) > TEXT_VALUE_MAX:
            raise ValueError(f"shorten it to {TEXT_VALUE_MAX} characters or fewer.")
        return text
    if kind == AttributeKind.INTEGER:
        if isinstance(raw, bool) or isinstance(raw, float) and not raw.is_integer():
            raise ValueError("type a whole number, e.g. 16.")
        try:
            number = int(str(raw).strip().replace(",", "")) if isinstance(raw, str) \
                else int(raw)
        except (TypeError, ValueError):
            raise ValueError(f"'{raw}' is not a whole number; type one, e.g. 16.") from None
        if abs(number) > 2**53:
            raise ValueError("the number is too large.")
        return number
    if kind == AttributeKind.DECIMAL:
        if isinstance(raw, bool):
            raise ValueError("type a number, e.g. 2.5.")
        try:
            amount = Decimal(str(raw).strip().replace(",", ""))
        except InvalidOperation:
            raise ValueError(f"'{raw}' is not a number; type one, e.g. 2.5.") from None
        if not amount.is_finite() or abs(amount) > Decimal(10) ** 15:
            raise ValueError("type a finite number below a million billion.")
        return str(amount)
    if kind == AttributeKind.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if word in ("yes", "true", "1", "y"):
            return True
        if word in ("no", "false", "0", "n"):
            return False
        raise ValueError(f"'{raw}' is not yes or no; choose one.")
    if kind == AttributeKind.DATE:
        if isinstance(raw, date):
            return raw.isoformat()
        try:
            return date.fromisoformat(str(raw).strip()).isoformat()
        except ValueError:
            raise ValueError(f"'{raw}' is not a date; type it as YYYY-MM-DD.") from None
    text = str(raw).strip()
    if text not in d.choices:
        raise ValueError(f"'{text}' is not one of {', '.join(d.choices)}.")
    return text


def display_value(d: AttributeDef, value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None:
        return ""
    if d.kind == AttributeKind.BOOLEAN:
        return "yes" if value else "no"
    return str(value)


#: The types a new desk starts with, and their attributes (administrators change them).
STANDARD_TYPES: Mapping[str, tuple[str, tuple[AttributeDef, ...]]] = {
    "application": ("Software a service is delivered by", (
        AttributeDef("vendor", "Vendor"), AttributeDef("version", "Version"),
        AttributeDef("environment", "Environment", AttributeKind.CHOICE, False,
                     ("production", "test", "development")))),
    "server": ("Physical or virtual server", (
        AttributeDef("os", "Operating system"), AttributeDef("cpu_cores", "CPU cores",
                                                             AttributeKind.INTEGER),
        AttributeDef("memory_gb", "Memory (GB)", AttributeKind.INTEGER),
        AttributeDef("virtual", "Virtual machine", AttributeKind.BOOLEAN),
        AttributeDef("ip_address", "IP address"))),
    "database": ("Database instance or cluster", (
        AttributeDef("engine", "Engine", AttributeKind.CHOICE, False,
                     ("PostgreSQL", "SQL Server", "Oracle", "MySQL")),
        AttributeDef("version", "Version"),
        AttributeDef("size_gb", "Size (GB)", AttributeKind.DECIMAL))),
    "network switch": ("Switch, router or firewall", (
        AttributeDef("ports", "Ports", AttributeKind.INTEGER),
        AttributeDef("firmware", "Firmware"), AttributeDef("ip_address", "Management IP"))),
    "storage": ("Storage array or file share", (
        AttributeDef("capacity_tb", "Capacity (TB)", AttributeKind.DECIMAL),
        AttributeDef("raid", "RAID level"))),
    "service component": ("A building block of a service (cluster, load balancer, queue)", (
        AttributeDef("role", "Role"),)),
    "printer": ("Printer or multifunction device", (
        AttributeDef("model", "Model"), AttributeDef("colour", "Colour", AttributeKind.BOOLEAN))),
    "laptop": ("Laptop or tablet", (
        AttributeDef("model", "Model"), AttributeDef("memory_gb", "Memory (GB)",
                                                     AttributeKind.INTEGER),
        AttributeDef("warranty_until", "Warranty until", AttributeKind.DATE),
        AttributeDef("encrypted", "Disk encrypted", AttributeKind.BOOLEAN))),
    "desktop": ("Desktop computer", (
        AttributeDef("model", "Model"),
        AttributeDef("warranty_until", "Warranty until", AttributeKind.DATE))),
    "mobile": ("Phone", (AttributeDef("model", "Model"), AttributeDef("number", "Number"))),
    "other": ("Anything else", ()),
}
