"""What a change manager sets up around changes: standard-change templates, the CAB rules per
change type and risk (on the shared approval engine), freeze windows and releases.

Each is reference data everyone reads (the change calendar shows freezes and releases) and the
change manager (or an admin) changes; every save is one transaction, checked whole first, and
written to the audit trail in the same transaction. A save or removal given the version the
person read (``expected_version``) is refused when someone else saved the record meanwhile:
:class:`ConflictError` carries their saved record (``theirs``) for the dialog to show; nothing
is saved. A release is deleted only while no change belongs to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from deskapp.db.base import utcnow
from deskapp.db.models import ChangeApprovalRule, ChangeTemplate, FreezeWindow, Release
from deskapp.domain.approvals import ApprovalRule, check_rule
from deskapp.domain.change_risk import LEVEL_LABELS, LEVELS
from deskapp.domain.ids import new_id
from deskapp.domain.incident import DESCRIPTION_MAX, validate_text
from deskapp.domain.kinds.change import ChangeType, parse_type
from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.changes import ChangeRepository
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.approvals import ApprovalService
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import require
from deskapp.services.change_dto import ApprovalRuleDTO, TemplateDTO
from deskapp.services.changes import _template_dto
from deskapp.services.dto import Actor, Choice

T = TypeVar("T", FreezeWindow, Release)
NAME_MAX = 120
#: The longest a standard change's template says it takes (a day).
TEMPLATE_MINUTES_MAX = 24 * 60
RELEASE_STATUSES = ("planned", "in_progress", "released", "cancelled")
RELEASE_LABELS = {"planned": mark("Planned"), "in_progress": mark("In Progress"),
                  "released": mark("Released"), "cancelled": mark("Cancelled")}
#: what the audit trail records of each plan record
TEMPLATE_FIELDS = ("name", "description", "service_id", "implementation_plan", "backout_plan",
                   "test_plan", "duration_minutes", "retired_at")
RULE_FIELDS = ("change_type", "risk_level", "rule")
FREEZE_FIELDS = ("name", "starts_at", "ends_at", "service_id", "reason")
RELEASE_FIELDS = ("name", "description", "target_start", "target_end", "status")
#: how many of a release's changes its refusal to be deleted names
NAMED_CHANGES = 5


@dataclass(frozen=True)
class TemplateDraft:
    name: str
    implementation_plan: str
    backout_plan: str
    test_plan: str
    duration_minutes: int = 60
    description: str = ""
    service_id: uuid.UUID | None = None


@dataclass(frozen=True)
class FreezeDTO:
    id: uuid.UUID
    version: int
    name: str
    starts_at: datetime
    ends_at: datetime
    service: Choice | None
    reason: str


@dataclass(frozen=True)
class ReleaseDTO:
    id: uuid.UUID
    version: int
    name: str
    description: str
    target_start: datetime | None
    target_end: datetime | None
    status: str


class ChangePlanService:
    def __init__(self, uow: UnitOfWorkFactory, actor: Actor,
                 approvals: ApprovalService) -> None:
        self._uow = uow
        self.actor = actor
        self._approvals = approvals
        self._clock = utcnow

    # -- templates ----------------------------------------------------------------------------
    def templates(self, include_retired: bool = False) -> list[TemplateDTO]:
        with self._uow(read_only=True) as uow:
            return [_template_dto(uow, t) for t in
                    ChangeRepository(uow.session).templates(live_only=not include_retired)]

    def save_template(self, draft: TemplateDraft, template_id: uuid.UUID | None = None,
                      expected_version: int | None = None) -> TemplateDTO:
        """Add a standard-change template, or change one (changes already raised from it keep
        the plans they were raised with)."""
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        fields: dict[str, str] = {}
        name = validate_text(fields, "name", draft.name, label="The name", required=True,
                             limit=NAME_MAX, missing="Name the standard change.")
        plans = {n: validate_text(fields, n, getattr(draft, n), label=label, required=True,
                                  limit=DESCRIPTION_MAX,
                                  missing=f"A standard change needs its {label.lower()}.")
                 for n, label in (("implementation_plan", "Implementation plan"),
                                  ("backout_plan", "Backout plan"),
                                  ("test_plan", "Test plan"))}
        description = validate_text(fields, "description", draft.description,
                                    label="The description", required=False,
                                    limit=DESCRIPTION_MAX)
        if not 5 <= draft.duration_minutes <= TEMPLATE_MINUTES_MAX:
            fields["duration_minutes"] = ("A standard change takes 5 minutes to a day; "
                                          "enter its usual duration in minutes.")
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            if draft.service_id is not None and uow.catalog.service(draft.service_id) is None:
                fields["service_id"] = "The chosen service no longer exists; pick another."
            same = [t for t in repo.templates(live_only=False)
                    if name and t.name.lower() == name.lower() and t.id != template_id]
            if same:
                fields["name"] = msg("A standard change is already called '{name}'; pick another "
                                     "name.", name=name)
            if fields:
                raise ValidationError.for_fields(fields)
            if template_id is None:
                row = ChangeTemplate(id=new_id(), created_at=now, updated_at=now)
                repo.add(row)
            else:
                found = repo.template(template_id)
                if found is None:
                    raise NotFound("That standard change was removed meanwhile; refresh the list.")
                _check_version(found, expected_version, lambda: _template_dto(uow, found))
                row = found
                row.updated_at = now
            before = snapshot(row, TEMPLATE_FIELDS) if template_id is not None else None
            row.name, row.description, row.service_id = name or "", description, draft.service_id
            row.implementation_plan = plans["implementation_plan"] or ""
            row.backout_plan = plans["backout_plan"] or ""
            row.test_plan = plans["test_plan"] or ""
            row.duration_minutes = draft.duration_minutes
            uow.flush()
            audit(uow, self.actor, "change_template", row.id, row.name, before,
                  snapshot(row, TEMPLATE_FIELDS))
            dto = _template_dto(uow, row)
            uow.commit()
            return dto

    def retire_template(self, template_id: uuid.UUID, retired: bool = True) -> TemplateDTO:
        """Stop (or resume) offering a template; changes raised from it are unchanged."""
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        now = self._clock()
        with self._uow() as uow:
            row = ChangeRepository(uow.session).template(template_id)
            if row is None:
                raise NotFound("That standard change was removed meanwhile; refresh the list.")
            before = snapshot(row, TEMPLATE_FIELDS)
            row.retired_at = now if retired else None
            row.updated_at = now
            uow.flush()
            audit(uow, self.actor, "change_template", row.id, row.name, before,
                  snapshot(row, TEMPLATE_FIELDS))
            dto = _template_dto(uow, row)
            uow.commit()
            return dto

    # -- CAB rules ----------------------------------------------------------------------------
    def approval_rules(self) -> list[ApprovalRuleDTO]:
        with self._uow(read_only=True) as uow:
            rows = [(r.id, r.version, r.change_type, r.risk_level, list(r.rule))
                    for r in ChangeRepository(uow.session).approval_rules()]
        return [ApprovalRuleDTO(key, version, kind, level,
                                tuple(self._approvals.describe(ApprovalRule.from_json(rule))),
                                rule) for key, version, kind, level, rule in rows]

    def _rule_conflict(self, change_type: str, risk_level: str | None) -> ConflictError:
        """Someone else saved (or removed) the rule for this type and level meanwhile: their
        rule, if there is one now, goes with the refusal."""
        theirs = next((r for r in self.approval_rules()
                       if r.change_type == change_type and r.risk_level == risk_level), None)
        return ConflictError(CONFLICT_MESSAGE, theirs=theirs)

    def set_approval_rule(self, change_type: str, risk_level: str | None,
                          rule: ApprovalRule,
                          expected_version: int | None = None) -> ApprovalRuleDTO:
        """Who authorises changes of ``change_type`` and ``risk_level`` (None: every level
        without a rule of its own); replaces the rule there was.

        ``expected_version``: the version of the rule there the person saw (0: they saw no
        rule there); another save (or removal) since is refused. None: no check (demo data)."""
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        kind = parse_type(change_type)
        if kind is ChangeType.STANDARD:
            raise ValidationError("Standard changes are pre-approved by their template; they "
                                  "have no CAB.", {"change_type": "standard"})
        if risk_level is not None and risk_level not in LEVELS:
            raise ValidationError(msg("'{risk_level}' is not a risk level; use one of {levels}, "
                                      "or any.", risk_level=risk_level, levels=", ".join(
                                          translate(label) for label in LEVEL_LABELS.values())),
                                  {"risk_level": "unknown"})
        check_rule(rule)
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            self._check_approvers(uow, rule)
            row = next((r for r in repo.approval_rules() if r.change_type == kind.value
                        and r.risk_level == risk_level), None)
            stale = expected_version is not None and (
                row.version if row is not None else 0) != expected_version
            if not stale:
                before = snapshot(row, RULE_FIELDS) if row is not None else None
                if row is None:
                    row = ChangeApprovalRule(id=new_id(), change_type=kind.value,
                                             risk_level=risk_level, created_at=now)
                    repo.add(row)
                row.rule = rule.to_json()
                row.updated_at = now
                uow.flush()
                audit(uow, self.actor, "cab_rule", row.id, _rule_label(row), before,
                      snapshot(row, RULE_FIELDS))
                uow.commit()
        if stale:
            raise self._rule_conflict(kind.value, risk_level)
        return next(r for r in self.approval_rules()
                    if r.change_type == kind.value and r.risk_level == risk_level)

    def remove_approval_rule(self, rule_id: uuid.UUID,
                             expected_version: int | None = None) -> None:
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        now = self._clock()
        with self._uow() as uow:
            row = next((r for r in ChangeRepository(uow.session).approval_rules()
                        if r.id == rule_id), None)
            if row is None:
                raise NotFound("That CAB rule was removed meanwhile; refresh the list.")
            stale = expected_version is not None and row.version != expected_version
            where = (row.change_type, row.risk_level)
            if not stale:
                before = snapshot(row, RULE_FIELDS)
                row.deleted_at = now
                row.updated_at = now
                audit(uow, self.actor, "cab_rule", row.id, _rule_label(row), before, None)
                uow.commit()
        if stale:
            raise self._rule_conflict(*where)

    @staticmethod
    def _check_approvers(uow: UnitOfWork, rule: ApprovalRule) -> None:
        for number, stage in enumerate(rule.stages, start=1):
            for spec in stage.approvers:
                if spec.ref is None:
                    continue
                exists = (uow.staff.team(spec.ref) if spec.kind.value == "team"
                          else uow.staff.get(spec.ref))
                if exists is None:
                    raise ValidationError(msg("Stage {number} names a team or person that no "
                                              "longer exists; pick another.", number=number))

    # -- freeze windows -----------------------------------------------------------------------
    def freezes(self, start: datetime, end: datetime) -> list[FreezeDTO]:
        with self._uow(read_only=True) as uow:
            return [_freeze_dto(uow, f)
                    for f in ChangeRepository(uow.session).freezes_between(start, end)]

    def save_freeze(self, name: str, starts_at: datetime, ends_at: datetime,
                    service_id: uuid.UUID | None = None, reason: str = "",
                    freeze_id: uuid.UUID | None = None,
                    expected_version: int | None = None) -> FreezeDTO:
        """Add (or change) a freeze window: desk-wide, or for one service. Changing one with
        ``expected_version`` is refused if someone else saved it since."""
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        fields: dict[str, str] = {}
        text = validate_text(fields, "name", name, label="The name", required=True,
                             limit=NAME_MAX, missing="Name the freeze (e.g. Year-end freeze).")
        why = validate_text(fields, "reason", reason, label="The reason", required=False,
                            limit=DESCRIPTION_MAX)
        for label, value in (("starts_at", starts_at), ("ends_at", ends_at)):
            if value.tzinfo is None:
                fields[label] = "Give the time as a date and time with its time zone."
        if not fields and ends_at <= starts_at:
            fields["ends_at"] = "The freeze ends before it starts; set an end after its start."
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            if service_id is not None and uow.catalog.service(service_id) is None:
                fields["service_id"] = "The chosen service no longer exists; pick another."
            if fields:
                raise ValidationError.for_fields(fields)
            row = _row(repo, FreezeWindow, freeze_id, repo.freeze, now,
                       mark("That freeze window was removed meanwhile; refresh the list."))
            if freeze_id is not None:
                _check_version(row, expected_version, lambda: _freeze_dto(uow, row))
            before = snapshot(row, FREEZE_FIELDS) if freeze_id is not None else None
            row.name, row.starts_at, row.ends_at = text or "", starts_at, ends_at
            row.service_id, row.reason, row.updated_at = service_id, why, now
            uow.flush()
            audit(uow, self.actor, "freeze_window", row.id, row.name, before,
                  snapshot(row, FREEZE_FIELDS))
            dto = _freeze_dto(uow, row)
            uow.commit()
            return dto

    def remove_freeze(self, freeze_id: uuid.UUID, expected_version: int | None = None) -> None:
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        now = self._clock()
        with self._uow() as uow:
            row = ChangeRepository(uow.session).freeze(freeze_id)
            if row is None:
                raise NotFound("That freeze window was removed meanwhile; refresh.")
            _check_version(row, expected_version, lambda: _freeze_dto(uow, row))
            before = snapshot(row, FREEZE_FIELDS)
            row.deleted_at = now
            row.updated_at = now
            audit(uow, self.actor, "freeze_window", row.id, row.name, before, None)
            uow.commit()

    # -- releases -----------------------------------------------------------------------------
    def releases(self) -> list[ReleaseDTO]:
        with self._uow(read_only=True) as uow:
            return [_release_dto(r) for r in ChangeRepository(uow.session).releases()]

    def save_release(self, name: str, target_start: datetime | None,
                     target_end: datetime | None, status: str = "planned",
                     description: str = "", release_id: uuid.UUID | None = None,
                     expected_version: int | None = None) -> ReleaseDTO:
        """Add (or change) a release. Changing one with ``expected_version`` is refused if
        someone else saved it since."""
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        fields: dict[str, str] = {}
        text = validate_text(fields, "name", name, label="The name", required=True,
                             limit=NAME_MAX, missing="Name the release.")
        about = validate_text(fields, "description", description, label="The description",
                              required=False, limit=DESCRIPTION_MAX)
        if status not in RELEASE_STATUSES:
            fields["status"] = msg("'{status}' is not a release status; use one of {statuses}.",
                                   status=status, statuses=", ".join(
                                       translate(label) for label in RELEASE_LABELS.values()))
        if target_start is not None and target_end is not None and target_end <= target_start:
            fields["target_end"] = "The release window ends before it starts; fix the dates."
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            if fields:
                raise ValidationError.for_fields(fields)
            row = _row(repo, Release, release_id, repo.release, now,
                       mark("That release was removed meanwhile; refresh the list."))
            if release_id is not None:
                _check_version(row, expected_version, lambda: _release_dto(row))
            before = snapshot(row, RELEASE_FIELDS) if release_id is not None else None
            row.name, row.description, row.status = text or "", about, status
            row.target_start, row.target_end, row.updated_at = target_start, target_end, now
            uow.flush()
            audit(uow, self.actor, "release", row.id, row.name, before,
                  snapshot(row, RELEASE_FIELDS))
            dto = _release_dto(row)
            uow.commit()
            return dto

    def delete_release(self, release_id: uuid.UUID,
                       expected_version: int | None = None) -> None:
        """Delete a release (made by mistake, or given up). Refused while a change still
        belongs to it, naming them: each change's Release field is the change manager's to
        clear or move, so no change is altered behind their back."""
        require(self.actor, Action.EDIT, Resource.CHANGE_PLAN)
        now = self._clock()
        with self._uow() as uow:
            repo = ChangeRepository(uow.session)
            row = repo.release(release_id)
            if row is None:
                raise NotFound("That release was removed meanwhile; refresh the list.")
            _check_version(row, expected_version, lambda: _release_dto(row))
            numbers = [str(r["number"]) for r in repo.in_release(release_id)]
            if numbers:
                shown = ", ".join(numbers[:NAMED_CHANGES])
                if len(numbers) > NAMED_CHANGES:
                    shown = msg("{numbers} and {more} more", numbers=shown,
                                more=len(numbers) - NAMED_CHANGES)
                raise ValidationError(msg(
                    "The release '{name}' still holds {count} change(s) ({numbers}); take them "
                    "out of it (each change's Release field) or move them to another release "
                    "first.", name=row.name, count=len(numbers), numbers=shown),
                    {"release_id": "in use"})
            before = snapshot(row, RELEASE_FIELDS)
            row.deleted_at = now
            row.updated_at = now
            audit(uow, self.actor, "release", row.id, row.name, before, None)
            uow.commit()


def _row(repo: ChangeRepository, model: type[T], key: uuid.UUID | None,
         find: Callable[[uuid.UUID], T | None], now: datetime, gone: str) -> T:
    """A new row of ``model`` (``key`` None) or the live one with ``key`` (``gone``: the
    sentence when it was removed meanwhile)."""
    if key is None:
        row = model(id=new_id(), created_at=now)
        repo.add(row)
        return row
    found = find(key)
    if found is None:
        raise NotFound(gone)
    return found


def _check_version(row: ChangeTemplate | FreezeWindow | Release, expected: int | None,
                   theirs: Callable[[], object]) -> None:
    """Refuse a save or removal of a record someone else saved after ``expected`` was read
    (None: no check), with their saved record."""
    if expected is not None and row.version != expected:
        raise ConflictError(CONFLICT_MESSAGE, theirs=theirs())


def _rule_label(row: ChangeApprovalRule) -> str:
    """What the audit trail calls a CAB rule: its type and level."""
    return f"{row.change_type} / {row.risk_level or 'any level'}"


def _freeze_dto(uow: UnitOfWork, f: FreezeWindow) -> FreezeDTO:
    service = uow.catalog.service(f.service_id) if f.service_id else None
    return FreezeDTO(f.id, f.version, f.name, f.starts_at, f.ends_at,
                     Choice(service.id, service.name) if service else None, f.reason or "")


def _release_dto(r: Release) -> ReleaseDTO:
    return ReleaseDTO(r.id, r.version, r.name, r.description or "", r.target_start,
                      r.target_end, r.status)
