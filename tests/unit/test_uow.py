"""The unit of work on a connection that died: the person sees a connection error, not a
raw driver error, even when the rollback itself fails."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import exc as sa_exc

from deskapp.errors import ConflictError, ConnectionFailed
from deskapp.repositories.uow import UnitOfWork


def _dead(statement: str) -> sa_exc.OperationalError:
    return sa_exc.OperationalError(
        statement, {}, Exception("server closed the connection unexpectedly"))


class DeadSession:
    """A session whose connection is gone: rollback (and optionally close) fail."""

    def __init__(self, close_fails: bool = False) -> None:
        self.close_fails = close_fails
        self.closed = False

    def rollback(self) -> None:
        raise _dead("ROLLBACK")

    def close(self) -> None:
        self.closed = True
        if self.close_fails:
            raise _dead("close")

    def get_bind(self) -> Any:  # repositories may ask; never reached here
        raise AssertionError


def _uow(session: DeadSession) -> UnitOfWork:
    return UnitOfWork(lambda: session)  # type: ignore[arg-type, return-value]


def test_a_failing_rollback_after_an_error_is_a_connection_error() -> None:
    session = DeadSession()
    with pytest.raises(ConnectionFailed, match="cannot be reached") as caught, _uow(session):
        raise RuntimeError("the statement failed first")
    assert isinstance(caught.value.__cause__, RuntimeError) and session.closed


def test_a_failing_rollback_without_an_error_is_a_connection_error() -> None:
    with pytest.raises(ConnectionFailed), _uow(DeadSession(close_fails=True)):
        pass  # read-only work, never committed: exit rolls back on the dead connection


def test_a_failing_cleanup_does_not_hide_a_conflict() -> None:
    class BrokenSession(DeadSession):
        def rollback(self) -> None:
            raise ValueError("not a connection problem")

    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(ConflictError), _uow(BrokenSession()):
        raise StaleDataError("version mismatch")
