"""Unit of work: one session per operation; rolls back unless ``commit()`` was called."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from deskapp.db.engine import operating_error
from deskapp.errors import ConflictError, ConnectionFailed, DeskAppError
from deskapp.repositories.access import AccessRepository
from deskapp.repositories.approvals import ApprovalRepository
from deskapp.repositories.catalogue import CatalogueRepository
from deskapp.repositories.mail import MailRepository
from deskapp.repositories.reference import (
    CatalogRepository,
    PeopleRepository,
    SettingsRepository,
    SlaRepository,
    StaffRepository,
)
from deskapp.repositories.time_entries import TimeEntryRepository
from deskapp.repositories.work_items import WorkItemRepository

CONFLICT_MESSAGE = (
    "Someone else saved this record after you opened it; review their changes and save again."
)


DUPLICATE_MESSAGE = (
    "Another record already uses this name or code (someone may have saved it meanwhile); "
    "reload, then choose another."
)
GONE_MESSAGE = (
    "Something this record refers to was deleted meanwhile; reload and choose again."
)


def translated_error(exc: BaseException) -> DeskAppError | None:
    """The typed error a person sees for a driver error: the connection is gone; the database
    is locked, full or read-only; a unique value taken or a referenced row deleted between the
    service's check and the write. None: not one of those (a bug; re-raised as is)."""
    return connection_error(exc) or operating_error(exc) or integrity_error(exc)


def integrity_error(exc: BaseException) -> DeskAppError | None:
    if not isinstance(exc, sa_exc.IntegrityError) or exc.orig is None:
        return None
    state = getattr(exc.orig, "sqlstate", None)
    message = str(exc.orig)
    if state == "23505" or message.startswith("UNIQUE constraint failed"):
        return ConflictError(DUPLICATE_MESSAGE)
    if state == "23503" or message.startswith("FOREIGN KEY constraint failed"):
        return ConflictError(GONE_MESSAGE)
    return None


def connection_error(exc: BaseException) -> ConnectionFailed | None:
    """Translate a driver-level 'cannot reach the server' error into ConnectionFailed."""
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError) and (
        getattr(exc, "connection_invalidated", False)
        or "connect" in str(exc.orig).lower()
        or "server closed" in str(exc.orig).lower()
    ):
        return ConnectionFailed(
            "The database server cannot be reached; check the network or the server and try "
            "again (nothing was saved)."
        )
    return None


class UnitOfWork:
    session: Session
    work_items: WorkItemRepository
    people: PeopleRepository
    staff: StaffRepository
    catalog: CatalogRepository
    sla: SlaRepository
    settings: SettingsRepository
    time_entries: TimeEntryRepository
    approvals: ApprovalRepository
    mail: MailRepository
    catalogue: CatalogueRepository
    access: AccessRepository

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self._committed = False
        self.work_items = WorkItemRepository(self.session)
        self.people = PeopleRepository(self.session)
        self.staff = StaffRepository(self.session)
        self.catalog = CatalogRepository(self.session)
        self.sla = SlaRepository(self.session)
        self.settings = SettingsRepository(self.session)
        self.time_entries = TimeEntryRepository(self.session)
        self.approvals = ApprovalRepository(self.session)
        self.mail = MailRepository(self.session)
        self.catalogue = CatalogueRepository(self.session)
        self.access = AccessRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        cleanup: Exception | None = None
        try:
            try:
                if not self._committed:
                    self.session.rollback()
            finally:
                self.session.close()
        except Exception as failed:  # noqa: BLE001 - translated or re-raised below
            cleanup = failed
        if cleanup is not None:
            # A rollback (or close) on a connection that died fails too; that must not hide
            # the connection error behind a raw OperationalError.
            translated = translated_error(cleanup) or (
                translated_error(exc) if exc is not None else None)
            if translated is not None:
                raise translated from (exc if exc is not None else cleanup)
            if exc is None:
                raise cleanup
        if isinstance(exc, StaleDataError):
            raise ConflictError(CONFLICT_MESSAGE) from exc
        if exc is not None and (translated := translated_error(exc)) is not None:
            raise translated from exc

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError(CONFLICT_MESSAGE) from None
        except sa_exc.IntegrityError as exc:
            translated = integrity_error(exc)
            if translated is None:
                raise
            raise translated from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError:
            raise ConflictError(CONFLICT_MESSAGE) from None
        self._committed = True


class UnitOfWorkFactory:
    """Hands out units of work: writers (BEGIN IMMEDIATE on SQLite) or readers."""

    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session]) -> None:
        self._writer = writer
        self._reader = reader

    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self._reader if read_only else self._writer)
