"""Kinds whose number prefixes are held for their own orders; nothing can create them yet."""

from __future__ import annotations

from deskapp.domain.kinds.base import KindDeclaration

RESERVED: tuple[KindDeclaration, ...] = (
    KindDeclaration("service_request", "REQ", "Service request", "Service requests",
                    "help-contents", reserved=True),
    KindDeclaration("request_task", "RTASK", "Request task", "Request tasks",
                    "view-task", reserved=True),
    KindDeclaration("problem", "PRB", "Problem", "Problems", "dialog-error", reserved=True),
    KindDeclaration("change", "CHG", "Change", "Changes", "system-run", reserved=True),
    KindDeclaration("change_task", "CTASK", "Change task", "Change tasks", "view-task",
                    reserved=True),
    KindDeclaration("access_request", "ACC", "Access request", "Access requests",
                    "dialog-password", reserved=True),
)
