"""Which column of an exported file feeds which DeskApp field, and how values translate.

A mapping is a small JSON file (see docs/import.md) that a desk saves once and reuses for every
export of the same tool::

    {"format": "deskapp-import-mapping", "version": 1, "kind": "incidents",
     "source": "helpdesk-x",
     "columns": {"external_id": "Ticket", "title": "Summary", "opened_at": "Created"},
     "values": {"status": {"Waiting for customer": "pending"},
                "assignee": {"J. Doe": "jdoe"}},
     "date_order": "dmy", "zone": "Europe/Berlin"}

``columns`` maps a field to a header of the file; a field left out is found by its usual
header names (:data:`INCIDENT_FIELDS` aliases, ServiceNow's included) when the file has one.
``values`` translates a cell before it is read: status and channel words to DeskApp's, and
caller, team, assignee, service and CI names to existing DeskApp records (by name or login).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deskapp.domain.importing.values import DateOrder
from deskapp.errors import ValidationError
from deskapp.messages import msg

MAPPING_FORMAT = "deskapp-import-mapping"
MAPPING_VERSION = 1
KINDS = ("incidents", "callers", "organisations", "cis", "services")


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False


def _f(key: str, label: str, *aliases: str, required: bool = False) -> ImportField:
    return ImportField(key, label, (key, label, *aliases), required)


#: What an incident import can fill, with the headers each is found under by itself
#: (DeskApp's own export headers, ServiceNow's field names and common synonyms).
INCIDENT_FIELDS: tuple[ImportField, ...] = (
    _f("external_id", "Number", "number", "ticket", "id", "incident", "incident number",
       "ref", required=True),
    _f("kind", "Kind", "type", "sys_class_name"),
    _f("title", "Title", "short_description", "short description", "summary", "subject"),
    _f("description", "Description", "details"),
    _f("status", "Status", "incident_state", "state"),
    _f("active", "Active"),
    _f("opened_at", "Opened", "opened at", "created", "created_at", "sys_created_on",
       "opened (utc)", required=True),
    _f("opened_by", "Opened by"),
    _f("updated_at", "Updated", "sys_updated_at", "sys_updated_on", "updated (utc)",
       "last updated"),
    _f("updated_by", "Updated by", "sys_updated_by"),
    _f("mod_count", "Update count", "sys_mod_count"),
    _f("caller", "Caller", "caller_id", "requester", "requested_by"),
    _f("channel", "Channel", "contact_type", "source"),
    _f("category", "Category"),
    _f("service", "Service", "business_service", "cmdb_ci_service"),
    _f("ci", "CI", "cmdb_ci", "configuration item"),
    _f("impact", "Impact"),
    _f("urgency", "Urgency"),
    _f("priority", "Priority"),
    _f("team", "Team", "assignment_group", "assignment group", "group"),
    _f("assignee", "Assignee", "assigned_to", "assigned to"),
    _f("responded_at", "Responded", "responded_at", "first_response_at"),
    _f("resolved_at", "Resolved", "resolved (utc)"),
    _f("resolved_by", "Resolved by"),
    _f("closed_at", "Closed", "closed (utc)"),
    _f("resolution_code", "Resolution code", "closed_code", "close_code", "resolution"),
    _f("resolution_notes", "Resolution notes", "close_notes"),
    _f("reopen_count", "Reopen count", "reopened"),
    _f("made_sla", "Made SLA", "sla met", "sla"),
)

#: Callers, organisations, CIs and services: one row per record, matched by name.
REFERENCE_FIELDS: Mapping[str, tuple[ImportField, ...]] = {
    "callers": (
        _f("full_name", "Name", "full name", "caller", "user", "user_name", required=True),
        _f("email", "Email", "e-mail", "mail"),
        _f("phone", "Phone", "telephone", "phone number"),
        _f("organisation", "Organisation", "organization", "company"),
        _f("department", "Department"),
        _f("vip", "VIP"),
    ),
    "organisations": (
        _f("name", "Name", "organisation", "organization", "company", required=True),
    ),
    "cis": (
        _f("name", "Name", "ci", "configuration item", required=True),
        _f("ci_type", "Type", "ci_type", "class", "sys_class_name"),
        _f("status", "Status", "install_status"),
        _f("service", "Service"),
        _f("serial_number", "Serial number", "serial"),
        _f("location", "Location"),
        _f("description", "Description"),
    ),
    "services": (
        _f("name", "Name", "service", required=True),
        _f("description", "Description"),
        _f("business_owner", "Business owner", "owned_by", "owner"),
        _f("criticality", "Criticality", "business_criticality"),
        _f("portfolio_status", "Portfolio status", "operational_status", "status"),
    ),
}

#: Value maps a mapping file may carry (``values``), by the field they translate.
VALUE_MAPS = ("status", "channel", "caller", "team", "assignee", "service", "ci")


def fields_for(kind: str) -> tuple[ImportField, ...]:
    if kind == "incidents":
        return INCIDENT_FIELDS
    try:
        return REFERENCE_FIELDS[kind]
    except KeyError:
        raise ValidationError(msg("DeskApp cannot import '{kind}'; choose one of {kinds}.",
                                  kind=kind, kinds=', '.join(KINDS))) from None


def says_utc(header: str) -> bool:
    """A header like DeskApp's "Opened (UTC)": its times are UTC whatever the import's zone."""
    return header.strip().lower().endswith("(utc)")


def normalise_header(text: str) -> str:
    """Headers compare without case, spaces, underscores or a trailing "(UTC)"."""
    lowered = text.strip().lower().removesuffix("(utc)")
    return re.sub(r"[\s_\-.]+", "", lowered)


@dataclass(frozen=True)
class ColumnMapping:
    kind: str = "incidents"
    columns: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    source: str | None = None
    date_order: DateOrder | None = None
    zone: str | None = None

    def resolve(self, headers: Sequence[str]) -> dict[str, int]:
        """Field -> column index in a file with ``headers``: the mapping's own choices first,
        then each unmapped field's usual header names. A mapped header the file lacks is an
        error (a mapping made for another export)."""
        index = {h.strip(): i for i, h in reversed(list(enumerate(headers)))}
        normal: dict[str, int] = {}
        for i, h in enumerate(headers):
            normal.setdefault(normalise_header(h), i)
        found: dict[str, int] = {}
        missing: list[str] = []
        for key, header in self.columns.items():
            if not header:
                continue
            column = index.get(header.strip(), normal.get(normalise_header(header)))
            if column is None:
                missing.append(header)
            else:
                found[key] = column
        if missing:
            raise ValidationError(
                msg("The mapping names column(s) this file does not have: {missing}; pick the "
                    "columns again or use another mapping file.", missing=', '.join(missing)))
        taken = set(found.values())
        for spec in fields_for(self.kind):
            if spec.key in found or spec.key in self.columns:
                continue
            for alias in spec.aliases:
                at = normal.get(normalise_header(alias))
                if at is not None and at not in taken:
                    found[spec.key] = at
                    taken.add(at)
                    break
        return found

    def missing_required(self, resolved: Mapping[str, int]) -> list[ImportField]:
        return [f for f in fields_for(self.kind) if f.required and f.key not in resolved]

    def translate(self, what: str, value: str | None) -> str | None:
        if value is None:
            return None
        table = self.values.get(what)
        if not table:
            return value
        return table.get(value, value)

    # -- the file format ----------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": MAPPING_FORMAT, "version": MAPPING_VERSION,
                                "kind": self.kind, "columns": dict(self.columns)}
        if self.values:
            data["values"] = {k: dict(v) for k, v in self.values.items()}
        if self.source:
            data["source"] = self.source
        if self.date_order:
            data["date_order"] = self.date_order.value
        if self.zone:
            data["zone"] = self.zone
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def loads(cls, text: str) -> ColumnMapping:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError(msg("The mapping file is not valid JSON (line {lineno}: "
                                      "{error}); fix it or save the mapping again.",
                                      lineno=exc.lineno, error=exc.msg)) from None
        return cls.from_json(data)

    @classmethod
    def from_json(cls, data: Any) -> ColumnMapping:
        if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
            raise ValidationError(msg("This is not a DeskApp mapping file (it needs \"format\": "
                                      "\"{mapping_format}\"); save the mapping from DeskApp.",
                                      mapping_format=MAPPING_FORMAT))
        if int(data.get("version", 0)) > MAPPING_VERSION:
            raise ValidationError("The mapping file was saved by a newer DeskApp; save it "
                                  "again with this one.")
        kind = str(data.get("kind", "incidents"))
        keys = {f.key for f in fields_for(kind)}
        columns = data.get("columns") or {}
        values = data.get("values") or {}
        if not isinstance(columns, dict) or not isinstance(values, dict):
            raise ValidationError("In the mapping file, \"columns\" and \"values\" must be "
                                  "objects ({\"field\": \"header\"}).")
        unknown = sorted(set(columns) - keys) + sorted(set(values) - set(VALUE_MAPS))
        if unknown:
            raise ValidationError(msg("The mapping file names unknown field(s): {unknown}; use "
                                      "{keys}.",
                                      unknown=', '.join(unknown), keys=', '.join(sorted(keys))))
        order = data.get("date_order")
        try:
            date_order = DateOrder(order) if order else None
        except ValueError:
            raise ValidationError("\"date_order\" in the mapping file must be auto, dmy or "
                                  "mdy.") from None
        return cls(kind=kind, columns={str(k): str(v) for k, v in columns.items() if v},
                   values={str(k): {str(a): str(b) for a, b in dict(v).items()}
                           for k, v in values.items()},
                   source=str(data["source"]) if data.get("source") else None,
                   date_order=date_order, zone=str(data["zone"]) if data.get("zone") else None)


def labels(fields: Iterable[ImportField]) -> dict[str, str]:
    return {f.key: f.label for f in fields}
