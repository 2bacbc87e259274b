"""What the app needs to know about an offline replica it opened: where it came from, as whom,
and how fresh it is (None on an ordinary desk)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, select

from deskapp.db.models import ReplicaState
from deskapp.errors import ValidationError
from deskapp.repositories.uow import UnitOfWorkFactory

if TYPE_CHECKING:  # the sync machinery loads when a replica is made or synced, not at start-up
    from deskapp.sync.push import SyncSummary
    from deskapp.sync.replica import ReplicaSummary


@dataclass(frozen=True)
class ReplicaInfo:
    source: str  # the desk's URL, without a password
    scope: str
    login: str
    last_pull_at: datetime | None


class ReplicaService:
    def __init__(self, uow: UnitOfWorkFactory, username: str = "") -> None:
        self._uow = uow
        self._username = username

    def _engine(self) -> Engine:
        with self._uow(read_only=True) as uow:
            bind = uow.session.get_bind()
        return bind if isinstance(bind, Engine) else bind.engine

    def make(self, target: Path, scope: str, *, progress: Callable[[str, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> ReplicaSummary:
        """From a shared desk: a replica of ``scope`` for the signed-in person at ``target``."""
        from deskapp.sync.replica import create_replica
        from deskapp.sync.scope import Scope

        engine = self._engine()
        if engine.dialect.name != "postgresql":
            raise ValidationError("Work offline makes a replica of a shared desk; this desk is "
                                  "already a file on this computer.")
        return create_replica(engine, target, Scope.parse(scope), staff=self._username or None,
                              progress=progress, cancelled=cancelled)

    def desk_url(self) -> Any:
        """The URL of the desk this replica came from (no password: the keyring or a prompt)."""
        from deskapp.sync.replica import desk_url

        info = self.info()
        if info is None:
            raise ValidationError("This desk is not an offline replica; there is nothing to sync.")
        return desk_url(info.source)

    def sync(self, desk: Engine, *, progress: Callable[[int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SyncSummary:
        """Push the changes made here to the desk, then pull the desk's (``desk``: connected
        by the caller, who owns the password question)."""
        from deskapp.sync.push import synchronise

        def step(_what: str, n: int) -> None:
            if progress is not None:
                progress(n)

        return synchronise(desk, self._engine(), progress=step, cancelled=cancelled)

    def info(self) -> ReplicaInfo | None:
        with self._uow(read_only=True) as uow:
            if not inspect(uow.session.connection()).has_table("replica_state"):
                return None
            state = uow.session.scalars(select(ReplicaState)).first()
            if state is None:
                return None
            return ReplicaInfo(state.source, state.scope, state.login, state.last_pull_at)
