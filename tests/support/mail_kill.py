"""Run one mail-in round in a child process and stop it dead at a chosen moment.

``python -m tests.support.mail_kill URL MOMENT MARKER`` (the desk's mail settings name the
server): MOMENT is ``commit`` (the
message fetched and its incident built, the transaction not yet committed) or ``mark`` (the
transaction committed, the message not yet flagged \\Seen). At that moment the child writes
MARKER and sleeps; the test kills it with SIGKILL.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from deskapp.mail import transport
from deskapp.mail.worker import MailWorker
from deskapp.repositories import uow as uow_module
from deskapp.runtime import open_database
from tests.support.mail_servers import IMAP_PASSWORD


def main() -> None:
    url, moment, marker = sys.argv[1:4]
    db = open_database(make_url(url), auto_upgrade=False)

    def freeze() -> None:
        Path(marker).write_text("here")
        time.sleep(600)

    if moment == "commit":
        real_commit = uow_module.UnitOfWork.commit

        def commit(self: uow_module.UnitOfWork) -> None:
            # this transaction wrote the processed-message row (it sees its own insert)
            if self.session.scalar(text("SELECT count(*) FROM mail_messages")):
                freeze()
            real_commit(self)

        uow_module.UnitOfWork.commit = commit  # type: ignore[method-assign]
    else:
        def mark_seen(self: transport.ImapMailbox, uid: int) -> None:
            freeze()

        transport.ImapMailbox.mark_seen = mark_seen  # type: ignore[method-assign]
    worker = MailWorker(db.uow, secrets=lambda _account: IMAP_PASSWORD)
    report = worker.fetch()
    print(f"finished without being stopped: {report.line()}", flush=True)


if __name__ == "__main__":
    main()
