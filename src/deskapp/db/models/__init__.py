"""All mapped tables; importing this package registers them on ``Base.metadata``."""

from deskapp.db.base import Base, Record
from deskapp.db.models.org import (
    Department,
    Organisation,
    Person,
    StaffRole,
    StaffUser,
    Team,
    TeamMember,
)
from deskapp.db.models.resolution import ResolutionCode
from deskapp.db.models.service import ConfigurationItem, Service
from deskapp.db.models.settings import AppSetting, QueueDefinition
from deskapp.db.models.sla import BusinessCalendar, CalendarHours, Holiday, SlaDefinition, SlaTarget
from deskapp.db.models.work_item import (
    Comment,
    Incident,
    IncidentTask,
    NumberCounter,
    TicketEvent,
    WorkItem,
    WorkItemLink,
)

__all__ = [
    "AppSetting",
    "Base",
    "BusinessCalendar",
    "CalendarHours",
    "Comment",
    "ConfigurationItem",
    "Department",
    "Holiday",
    "Incident",
    "IncidentTask",
    "NumberCounter",
    "Organisation",
    "Person",
    "QueueDefinition",
    "Record",
    "ResolutionCode",
    "Service",
    "SlaDefinition",
    "SlaTarget",
    "StaffRole",
    "StaffUser",
    "Team",
    "TeamMember",
    "TicketEvent",
    "WorkItem",
    "WorkItemLink",
]
