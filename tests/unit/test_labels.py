"""Every label the domain shows a person is in the UI's translation vocabulary."""

from __future__ import annotations

from deskapp.domain.incident import CATEGORIES, PRIORITY_LABELS, RESOLUTION_CODES, IncidentStatus
from deskapp.domain.queue import BUILT_INS, COLUMNS
from deskapp.domain.sla import SlaState
from deskapp.ui.labels import VOCABULARY, tr_label


def test_domain_labels_are_all_in_the_vocabulary() -> None:
    shown = (
        [s.label for s in IncidentStatus]
        + list(PRIORITY_LABELS.values())
        + [s.value.capitalize() for s in SlaState]
        + list(CATEGORIES)
        + list(RESOLUTION_CODES)
        + [c.label for c in COLUMNS]
        + [b.name for b in BUILT_INS]
    )
    missing = sorted(set(shown) - set(VOCABULARY))
    assert not missing, f"add these to deskapp/ui/labels.py VOCABULARY: {missing}"


def test_untranslated_labels_read_as_the_domain_wrote_them() -> None:
    assert tr_label("In Progress") == "In Progress"
