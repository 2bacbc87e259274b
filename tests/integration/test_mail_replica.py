"""An offline replica never sends or reads the desk's mail, whatever the settings it pulled say:
the desk queues the mail of pushed changes itself, and a laptop reading the desk's mailbox
would take messages the desk never sees."""

from __future__ import annotations

import pytest

from deskapp.db.models import MailOutboxEntry, ReplicaState
from deskapp.domain.mail.settings import MailSettings
from deskapp.mail.worker import MailWorker
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.factories import make_desk
from tests.support.mail_servers import MemoryKeyring


@pytest.fixture
def services(sqlite_database: Database) -> Services:
    return Services.build(sqlite_database.uow,
                          ensure_staff(sqlite_database.uow, "tech", "Tess Tech", ("admin",)))


def _queued(database: Database) -> int:
    with database.uow(read_only=True) as uow:
        return uow.session.query(MailOutboxEntry).count()


def test_a_replica_queues_sends_and_reads_no_mail(sqlite_database: Database,
                                                 services: Services,
                                                 keys: MemoryKeyring) -> None:
    desk = make_desk(sqlite_database)
    services.mail.save_settings(MailSettings(
        send_enabled=True, smtp_host="mail.example.com", from_address="desk@example.com",
        receive_enabled=True, imap_host="mail.example.com", imap_username="desk"))
    services.incidents.create({"title": "Before: a desk", "impact": 3, "urgency": 3,
                               "caller_id": desk.caller_id})
    assert _queued(sqlite_database) == 1  # an ordinary local desk mails

    with sqlite_database.uow() as uow:
        uow.session.add(ReplicaState(desk_id="d", source="postgresql://desk/servicedesk",
                                     scope="me", login="tech", schema_head="0024"))
        uow.commit()
    services.incidents.create({"title": "After: a replica", "impact": 3, "urgency": 3,
                               "caller_id": desk.caller_id})
    assert _queued(sqlite_database) == 1  # nothing more
    worker = MailWorker(sqlite_database.uow)
    settings = worker.settings()
    assert not settings.send_enabled and not settings.receive_enabled
    report = worker.run_once()
    assert (report.sent, report.failed, sum(report.received.values()), report.errors) == \
        (0, 0, 0, [])
