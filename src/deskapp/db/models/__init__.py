"""All mapped tables; importing this package registers them on ``Base.metadata``."""

from deskapp.db.base import Base, Record
from deskapp.db.models.access import (
    AccessGrant,
    AccessGrantEvent,
    AccessRequest,
    AccessReview,
    AccessReviewItem,
    AccessSystem,
    Entitlement,
)
from deskapp.db.models.approval import Approval, ApprovalDelegation, ApprovalRequest
from deskapp.db.models.attachment import Attachment, AttachmentBlob, AttachmentChunk
from deskapp.db.models.audit import AuditEvent
from deskapp.db.models.catalogue import CatalogueOffering
from deskapp.db.models.change import (
    Change,
    ChangeApprovalRule,
    ChangeConflictAcceptance,
    ChangeTask,
    ChangeTemplate,
    FreezeWindow,
    Release,
)
from deskapp.db.models.cmdb import CiRelation, CiType, WorkItemCi
from deskapp.db.models.improvement import ImprovementInitiative, ImprovementLink
from deskapp.db.models.knowledge import (
    KbArticle,
    KbArticleImage,
    KbArticleLink,
    KbArticleVersion,
    KbVote,
)
from deskapp.db.models.mail import (
    MailMessage,
    MailOptOut,
    MailOutboxEntry,
    MailReview,
    SatisfactionRating,
)
from deskapp.db.models.major_incident import (
    MajorIncidentRecipient,
    MajorIncidentUpdate,
    ServiceSubscription,
)
from deskapp.db.models.open_count import OpenCount
from deskapp.db.models.org import (
    Department,
    Organisation,
    Person,
    StaffRole,
    StaffUser,
    Team,
    TeamMember,
)
from deskapp.db.models.preferences import StaffPreference
from deskapp.db.models.problem import Problem
from deskapp.db.models.request import RequestTask, ServiceRequest
from deskapp.db.models.resolution import ResolutionCode
from deskapp.db.models.service import ConfigurationItem, Service
from deskapp.db.models.settings import AppSetting, QueueDefinition
from deskapp.db.models.sla import BusinessCalendar, CalendarHours, Holiday, SlaDefinition, SlaTarget
from deskapp.db.models.sync import AppliedOp, OutboxOp, ReplicaState, SyncLogEntry
from deskapp.db.models.template import WorkTemplate
from deskapp.db.models.time_entry import TimeEntry
from deskapp.db.models.watcher import WorkItemWatcher
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
    "AccessGrant",
    "AccessGrantEvent",
    "AccessRequest",
    "AccessReview",
    "AccessReviewItem",
    "AccessSystem",
    "Entitlement",
    "AppSetting",
    "AppliedOp",
    "Approval",
    "ApprovalDelegation",
    "ApprovalRequest",
    "Attachment",
    "AttachmentBlob",
    "AttachmentChunk",
    "AuditEvent",
    "ImprovementInitiative",
    "ImprovementLink",
    "Base",
    "BusinessCalendar",
    "CalendarHours",
    "CiRelation",
    "CiType",
    "CatalogueOffering",
    "Change",
    "ChangeApprovalRule",
    "ChangeConflictAcceptance",
    "ChangeTask",
    "ChangeTemplate",
    "FreezeWindow",
    "Release",
    "Comment",
    "ConfigurationItem",
    "Department",
    "Holiday",
    "Incident",
    "KbArticle",
    "KbArticleImage",
    "KbArticleLink",
    "KbArticleVersion",
    "KbVote",
    "MajorIncidentRecipient",
    "MajorIncidentUpdate",
    "ServiceSubscription",
    "IncidentTask",
    "MailMessage",
    "MailOptOut",
    "MailOutboxEntry",
    "MailReview",
    "NumberCounter",
    "OpenCount",
    "Organisation",
    "OutboxOp",
    "Person",
    "Problem",
    "QueueDefinition",
    "RequestTask",
    "Record",
    "ReplicaState",
    "ResolutionCode",
    "SatisfactionRating",
    "Service",
    "ServiceRequest",
    "SlaDefinition",
    "SlaTarget",
    "StaffPreference",
    "StaffRole",
    "StaffUser",
    "SyncLogEntry",
    "Team",
    "TeamMember",
    "TicketEvent",
    "TimeEntry",
    "WorkItem",
    "WorkItemWatcher",
    "WorkItemCi",
    "WorkItemLink",
    "WorkTemplate",
]
