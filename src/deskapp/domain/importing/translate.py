"""Other tools' words for status and channel, read as DeskApp's; and the rule that decides a
row's status when its state word means nothing (ServiceNow exports hold e.g. "-100").

Keys compare lowercased with the leading number of a choice label removed ("6 - Resolved"
reads "resolved").
"""

from __future__ import annotations

import re

#: DeskApp incident statuses by the words exports use for them (ServiceNow's incident_state
#: choices, iTop's and GLPI's, and DeskApp's own labels).
STATUS_WORDS: dict[str, str] = {
    "new": "new", "open": "new", "logged": "new",
    "assigned": "assigned",
    "active": "in_progress", "in progress": "in_progress", "in_progress": "in_progress",
    "work in progress": "in_progress", "processing": "in_progress", "reopened": "in_progress",
    "on hold": "pending", "pending": "pending", "awaiting user info": "pending",
    "awaiting caller": "pending", "awaiting problem": "pending", "awaiting vendor": "pending",
    "awaiting evidence": "pending", "awaiting change": "pending", "waiting": "pending",
    "resolved": "resolved", "solved": "resolved",
    "closed": "closed", "canceled": "closed", "cancelled": "closed",
}

#: DeskApp channels by ServiceNow's contact_type and common synonyms.
CHANNEL_WORDS: dict[str, str] = {
    "phone": "phone", "telephone": "phone", "call": "phone",
    "email": "email", "e-mail": "email", "mail": "email",
    "self-service": "portal", "self service": "portal", "portal": "portal", "web": "portal",
    "walk-in": "walk-in", "walk in": "walk-in", "walkin": "walk-in",
    "chat": "chat", "virtual agent": "chat", "ivr": "phone",
    "monitoring": "monitoring", "alert": "monitoring", "event": "monitoring",
}

_LABEL_NUMBER = re.compile(r"^\s*\d+\s*-\s*")


def _key(text: str) -> str:
    return _LABEL_NUMBER.sub("", text).strip().lower()


def status_word(text: str) -> str | None:
    return STATUS_WORDS.get(_key(text))


def channel_word(text: str) -> str | None:
    return CHANNEL_WORDS.get(_key(text))


def derived_status(*, closed: bool, resolved: bool, active: bool | None) -> str:
    """The status of a row whose state word is unknown, from what else it says: closed when it
    has a closing time (or is inactive), resolved with a resolution time, else in progress."""
    if closed or active is False:
        return "closed"
    if resolved:
        return "resolved"
    return "in_progress"
