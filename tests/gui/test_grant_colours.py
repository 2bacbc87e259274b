"""The grants list paints an unrequested grant's Request column in the error colour (it called a
theme function that did not exist, so painting such a row raised AttributeError)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from deskapp.services.access import GrantDTO
from deskapp.services.dto import Choice
from deskapp.ui import theme
from deskapp.ui.operation.access_view import GrantsModel


def _grant(request_number: str | None) -> GrantDTO:
    def choice(label: str) -> Choice:
        return Choice(uuid.uuid4(), label)

    return GrantDTO(id=uuid.uuid4(), person=choice("Casey Jones"), system=choice("Payroll"),
                    entitlement=choice("Reader"), entitlement_kind="role",
                    granted_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC), granted_by=None,
                    request_number=request_number, request_id=None, source="import",
                    expires_at=None, revocation_number=None, revoked_at=None, revoked_by=None,
                    revoke_reason=None, note=None, person_left=False)


def test_unrequested_grant_request_cell_in_error_colour(qtbot: QtBot) -> None:
    model = GrantsModel()
    model.set_rows([_grant(None), _grant("REQ-000001")])
    flagged = model.data(model.index(0, 6), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(flagged, QBrush)
    assert flagged.color() == theme.error_colour()
    assert model.data(model.index(1, 6), Qt.ItemDataRole.ForegroundRole) is None
