"""Every limit a form or service checks equals the length of the column it is stored in, so
the message, the check and the database agree and nothing is cut or refused later."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Column, String, Text

from deskapp.db.models import (
    BusinessCalendar,
    Comment,
    ConfigurationItem,
    Holiday,
    ResolutionCode,
    Service,
    SlaDefinition,
    WorkItem,
)
from deskapp.domain import calendar_rules, incident
from deskapp.services import cmdb, portfolio


def _column(model: Any, name: str) -> Column[Any]:
    return model.__table__.c[name]  # type: ignore[no-any-return]


LIMITS = [
    (incident.TITLE_MAX, WorkItem, "title"),
    (incident.CATEGORY_MAX, WorkItem, "category"),
    (incident.RESOLUTION_CODE_MAX, WorkItem, "resolution_code"),
    (incident.RESOLUTION_CODE_MAX, ResolutionCode, "code"),
    (incident.RESOLUTION_LABEL_MAX, ResolutionCode, "label"),
    (incident.RESOLUTION_DESCRIPTION_MAX, ResolutionCode, "description"),
    (calendar_rules.NAME_MAX, BusinessCalendar, "name"),
    (calendar_rules.NAME_MAX, SlaDefinition, "name"),
    (calendar_rules.ZONE_MAX, BusinessCalendar, "timezone"),
    (calendar_rules.HOLIDAY_NAME_MAX, Holiday, "name"),
    (portfolio.NAME_MAX, Service, "name"),
    (portfolio.OWNER_MAX, Service, "business_owner"),
    (cmdb.NAME_MAX, ConfigurationItem, "name"),
    (cmdb.TYPE_MAX, ConfigurationItem, "ci_type"),
    (cmdb.SERIAL_MAX, ConfigurationItem, "serial_number"),
    (cmdb.LOCATION_MAX, ConfigurationItem, "location"),
]


@pytest.mark.parametrize(("limit", "model", "name"), LIMITS,
                         ids=[f"{m.__tablename__}.{n}" for _, m, n in LIMITS])
def test_limit_equals_the_column(limit: int, model: Any, name: str) -> None:
    column_type = _column(model, name).type
    assert isinstance(column_type, String) and not isinstance(column_type, Text)
    assert column_type.length == limit


@pytest.mark.parametrize(("model", "name"), [
    (WorkItem, "description"), (WorkItem, "resolution_notes"), (Comment, "body"),
    (Service, "description"), (ConfigurationItem, "description")])
def test_long_text_fields_are_unbounded_columns(model: Any, name: str) -> None:
    """Checked against a limit of their own (20,000 or 4,000 characters) that no column cuts."""
    assert isinstance(_column(model, name).type, Text)
