"""Kinds whose number prefixes are held for their own orders; nothing can create them yet.

Every kind the architecture names is built now (changes and access requests last); a later
kind may hold its prefix here first."""

from __future__ import annotations

from deskapp.domain.kinds.base import KindDeclaration

RESERVED: tuple[KindDeclaration, ...] = ()
