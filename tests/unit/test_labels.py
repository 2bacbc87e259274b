"""Every label the domain shows a person is in the UI's translation vocabulary."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deskapp.domain.incident import CATEGORIES, PRIORITY_LABELS, RESOLUTION_CODES, IncidentStatus
from deskapp.domain.kinds.problem import LIFECYCLE as PROBLEM_LIFECYCLE
from deskapp.domain.kinds.problem import ROOT_CAUSE_CATEGORIES
from deskapp.domain.queue import BUILT_INS, COLUMNS, SLA_STATES
from deskapp.domain.sla import SlaState
from deskapp.services.dto import WorkItemRow
from deskapp.services.portfolio_dto import CI_TYPES
from deskapp.ui.labels import (
    VOCABULARY,
    ci_type_label,
    ci_type_value,
    count_text,
    sla_state_label,
    status_label,
    tr_label,
)
from deskapp.ui.queues.model import _due_tip
from deskapp.ui.queues.model import display_text as _display


def test_domain_labels_are_all_in_the_vocabulary() -> None:
    shown = (
        [s.label for s in IncidentStatus]
        + list(PRIORITY_LABELS.values())
        + [s.label for s in SlaState]
        + list(CATEGORIES)
        + list(RESOLUTION_CODES)
        + [c.label for c in COLUMNS]
        + [b.name for b in BUILT_INS]
        + list(PROBLEM_LIFECYCLE.labels.values())
        + list(ROOT_CAUSE_CATEGORIES)
    )
    missing = sorted(set(shown) - set(VOCABULARY))
    assert not missing, f"add these to deskapp/ui/labels.py VOCABULARY: {missing}"


def test_untranslated_labels_read_as_the_domain_wrote_them() -> None:
    assert tr_label("In Progress") == "In Progress"


def test_one_word_per_thing() -> None:
    """"Ok" and "OK", "In progress" and "In Progress": the vocabulary has one of each."""
    assert "Ok" not in VOCABULARY and "OK" in VOCABULARY
    assert sla_state_label("ok") == "OK"
    assert [sla_state_label(s) for s in SLA_STATES] == ["OK", "Warning", "Breached", "Paused",
                                                        "Met"]
    assert status_label("in_progress") == "In Progress"
    lowered = {v.lower() for v in VOCABULARY}
    assert len(lowered) == len(set(VOCABULARY)), "two spellings of one label"


def test_ci_types_read_capitalised_and_are_stored_as_before() -> None:
    assert [ci_type_label(t) for t in CI_TYPES] == [
        "Application", "Server", "Database", "Network switch", "Storage", "Service component",
        "Printer", "Laptop", "Desktop", "Mobile", "Other"]
    # a type someone typed reads as typed, so saving the CI again never rewrites it
    assert ci_type_label("scanner") == "scanner" and ci_type_label("NAS") == "NAS"
    assert ci_type_value("Network switch", CI_TYPES) == "network switch"
    assert ci_type_value("scanner", CI_TYPES) == "scanner"


def _row(**changes: object) -> WorkItemRow:
    now = datetime.now(UTC)
    values: dict[str, object] = dict(
        id=None, version=1, number="INC-000001", title="Printer jam", status="in_progress",
        priority=2, category="Printing", team_name=None, assignee_name=None, caller_name=None,
        service_name=None, ci_name=None, opened_at=now, updated_at=now,
        resolution_due_at=None, sla_state="ok")
    values.update(changes)
    return WorkItemRow(**values)  # type: ignore[arg-type]


@pytest.mark.usefixtures("qapp")
def test_queue_cells_use_the_vocabulary_and_read_durations_as_days() -> None:
    row = _row(resolution_due_at=datetime.now(UTC) - timedelta(minutes=5124 * 60 + 11.5),
               sla_state="breached")
    assert _display(_row(), "sla_state") == "OK"
    assert _display(_row(), "status") == "In Progress"
    assert _due_tip(row) == "Breached · overdue by 213 d 12 h"
    soon = _row(resolution_due_at=datetime.now(UTC) + timedelta(minutes=185.5))
    assert _due_tip(soon) == "OK · due in 3 h 05 min"


def test_counts_follow_the_person_s_locale() -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert count_text(26834) == "26,834"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert count_text(26834) == "26.834"
    finally:
        QLocale.setDefault(before)


def test_no_count_is_formatted_past_the_locale() -> None:
    """f"{n:,}" always writes a comma (26,834 in Germany too) and f"{n}" none (26834 beside
    26,834): counts shown to people go through count_text."""
    ui = Path(__file__).resolve().parents[2] / "src" / "deskapp" / "ui"
    offenders = [f"{path.relative_to(ui)}:{number}" for path in sorted(ui.rglob("*.py"))
                 for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if re.search(r"\{[^{}]*:,\}", line)]
    assert not offenders, offenders


@pytest.mark.usefixtures("qapp")
def test_a_provisional_number_says_so_in_the_queue() -> None:
    assert _display(_row(number="INC-new-3"), "number") == "INC-new-3 (provisional)"
    assert _display(_row(number="INC-000042"), "number") == "INC-000042"
