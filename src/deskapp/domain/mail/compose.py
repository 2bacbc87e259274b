"""Outgoing messages: the number in the subject, threading headers, rating links.

Every message of an item names the item's thread anchor ``<item-<uuid>@<domain>>`` in
References, so a caller's reply finds its item by headers even when the subject lost the
number; each message also has a Message-ID of its own (kept in the outbox) and, when it
answers one of the caller's messages, In-Reply-To that message.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from deskapp import messages
from deskapp.errors import ValidationError
from deskapp.messages import mark

#: a header DeskApp puts on everything it sends; a message carrying it came from a desk
LOOP_HEADER = "X-DeskApp-Loop"
_ADDRESS = re.compile(r"^[^@\s<>\"(),;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def valid_address(text: str | None) -> bool:
    return bool(text) and _ADDRESS.match(text.strip()) is not None  # type: ignore[union-attr]


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def thread_anchor(item_id: uuid.UUID, domain: str) -> str:
    return f"<item-{item_id}@{domain}>"


def anchor_item_id(message_id: str) -> uuid.UUID | None:
    """The item a thread anchor names (``<item-<uuid>@...>``), or None."""
    match = re.match(r"<?item-([0-9a-f-]{36})@", message_id.strip())
    if match is None:
        return None
    try:
        return uuid.UUID(match.group(1))
    except ValueError:
        return None


def new_message_id(domain: str) -> str:
    return make_msgid(idstring="deskapp", domain=domain)


def numbered_subject(number: str, subject: str) -> str:
    """``[INC-000123] subject``: the number first, where every mail client shows it."""
    subject = " ".join(subject.split())
    return f"[{number}] {subject}" if f"[{number}]" not in subject else subject


def rating_links(desk_address: str, number: str, language: str = "en") -> str:
    """One ``mailto:`` link per score: a click writes a reply mail-in reads as that score."""
    words = {"en": ("very poor", "poor", "fair", "good", "excellent"),
             "de": ("sehr schlecht", "schlecht", "mittel", "gut", "sehr gut")}
    names = words.get(language, words["en"])
    lines = []
    for score in range(5, 0, -1):
        subject = quote(f"Rating {score} [{number}]")
        body = quote("Comment (optional): ")
        lines.append(f"  {score} - {names[score - 1]}: mailto:{desk_address}?subject={subject}"
                     f"&body={body}")
    return "\n".join(lines)


def build_message(*, sender: str, sender_name: str, recipient: str, subject: str, body: str,
                  message_id: str, references: Sequence[str] = (),
                  in_reply_to: str | None = None, sent_at: datetime | None = None
                  ) -> EmailMessage:
    """A plain-text message ready to send. Header injection is impossible: subjects and
    addresses with line breaks are refused."""
    for value, refused in (
            (subject, mark("The subject of a message cannot contain a line break.")),
            (recipient, mark("The recipient of a message cannot contain a line break.")),
            (sender, mark("The sender of a message cannot contain a line break."))):
        if "\n" in value or "\r" in value:
            raise ValidationError(refused)
    if not valid_address(recipient):
        raise ValidationError(messages.msg("{recipient!r} is not an e-mail address.",
                                           recipient=recipient))
    msg = EmailMessage()
    msg["From"] = Address(display_name=sender_name, addr_spec=sender)
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    if sent_at is not None:
        msg["Date"] = format_datetime(sent_at)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(dict.fromkeys(references))
    # RFC 3834: a desk's notification is automatic; auto-responders must not answer it
    msg["Auto-Submitted"] = "auto-generated"
    msg[LOOP_HEADER] = sender
    msg.set_content(body)
    return msg
