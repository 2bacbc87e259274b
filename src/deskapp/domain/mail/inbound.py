"""Reading an incoming message: who, what, which item, whether to ignore it.

Hostile input is expected: broken MIME, huge parts, HTML with scripts, headers that lie. Parsing
never raises on a bad message; what cannot be read is left out and noted in ``problems``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

from deskapp.domain.mail.compose import LOOP_HEADER
from deskapp.domain.mail.templates import LANGUAGES

_NUMBER = re.compile(r"\[?\b([A-Z]{2,6})-(\d{1,12})\b\]?")
_WROTE = re.compile(r"^\s*(On .{3,200} wrote:|Am .{3,200} schrieb .{0,120}:"
                    r"|Le .{3,200} a écrit\s?:)\s*$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^\s*(-{2,}\s*(Original Message|Ursprüngliche Nachricht|Forwarded "
                       r"message)\s*-{2,}|_{10,})\s*$", re.IGNORECASE)
_OUTLOOK_FROM = re.compile(r"^\s*(From|Von):\s.+$", re.IGNORECASE)
_SIGNATURE_STARTS = (re.compile(r"^-- ?$"), re.compile(r"^Sent from my ", re.IGNORECASE),
                     re.compile(r"^Von meinem .* gesendet", re.IGNORECASE))
_BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@")
SUBJECT_MAX = 200


@dataclass(frozen=True)
class InboundAttachment:
    file_name: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class InboundMail:
    message_id: str
    sender: str  # the address, lower case ("" when none could be read)
    sender_name: str
    subject: str
    text: str  # the readable body (HTML turned into text, scripts and styles dropped)
    in_reply_to: str | None
    references: tuple[str, ...]
    attachments: tuple[InboundAttachment, ...]
    #: why DeskApp must not act on it (an auto-reply, a bounce, its own mail), or None
    ignore_reason: str | None
    problems: tuple[str, ...] = field(default=())
    #: the language the sender wrote in (Content-Language), when the desk writes it; else None
    language: str | None = None

    @property
    def thread_ids(self) -> tuple[str, ...]:
        ids = list(self.references)
        if self.in_reply_to:
            ids.append(self.in_reply_to)
        return tuple(dict.fromkeys(ids))


def parse(raw: bytes, *, desk_address: str = "", fallback_id: str = "") -> InboundMail:
    """Read a raw RFC 5322 message. ``fallback_id`` names a message without a Message-ID
    (the mailbox's UID), so exactly-once still has a key."""
    problems: list[str] = []
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:  # noqa: BLE001 - a parser crash is one more hostile message
        problems.append(f"unreadable message ({type(exc).__name__})")
        msg = EmailMessage()
    if msg.defects:
        problems.append(f"{len(msg.defects)} MIME defect(s)")
    message_id = (_header(msg, "Message-ID") or "").strip() or fallback_id
    name, sender = parseaddr(_header(msg, "From") or "")
    sender = sender.strip().lower()
    subject = " ".join((_header(msg, "Subject") or "").split())[:SUBJECT_MAX]
    in_reply_to = (_header(msg, "In-Reply-To") or "").strip() or None
    references = tuple(re.findall(r"<[^<>\s]+>", _header(msg, "References") or ""))
    text, attachments = _content(msg, problems)
    return InboundMail(message_id=message_id[:250], sender=sender, sender_name=name.strip(),
                       subject=subject, text=text, in_reply_to=in_reply_to,
                       references=references, attachments=tuple(attachments),
                       ignore_reason=_ignore_reason(msg, sender, desk_address),
                       problems=tuple(problems),
                       language=content_language(_header(msg, "Content-Language")))


def content_language(value: str | None) -> str | None:
    """``de`` for ``Content-Language: de-CH, en``: the first tag's primary language, when it is
    one the desk writes (:data:`~deskapp.domain.mail.templates.LANGUAGES`)."""
    first = (value or "").split(",", 1)[0].strip().lower()
    primary = first.replace("_", "-").split("-", 1)[0]
    return primary if primary in LANGUAGES else None


def _header(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - a header the parser cannot decode
        return None
    return None if value is None else str(value)


def _ignore_reason(msg: Message, sender: str, desk_address: str) -> str | None:
    auto = (_header(msg, "Auto-Submitted") or "no").strip().lower()
    if auto and auto != "no":
        return f"automatic message (Auto-Submitted: {auto})"
    precedence = (_header(msg, "Precedence") or "").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return f"automatic message (Precedence: {precedence})"
    if _header(msg, "X-Autoreply") or _header(msg, "X-Autorespond") or \
            (_header(msg, "X-Auto-Response-Suppress") or "").lower() in ("all", "oof"):
        return "automatic reply"
    content_type = (_header(msg, "Content-Type") or "").lower()
    if "multipart/report" in content_type or "delivery-status" in content_type or \
            sender.startswith(_BOUNCE_SENDERS) or not sender:
        return "bounce (delivery report)"
    if _header(msg, LOOP_HEADER) is not None:
        return "a desk's own message (mail loop)"
    if desk_address and sender == desk_address.lower():
        return "sent from the desk's own address (mail loop)"
    return None


def _content(msg: Message, problems: list[str]) -> tuple[str, list[InboundAttachment]]:
    plain: str | None = None
    html: str | None = None
    attachments: list[InboundAttachment] = []
    try:
        parts = list(msg.walk())
    except Exception as exc:  # noqa: BLE001
        problems.append(f"unreadable structure ({type(exc).__name__})")
        parts = []
    for part in parts:
        if part.is_multipart():
            continue
        try:
            disposition = part.get_content_disposition()
            media_type = part.get_content_type()
            file_name = part.get_filename()
        except Exception:  # noqa: BLE001
            problems.append("a part with unreadable headers was left out")
            continue
        if disposition == "attachment" or file_name:
            try:
                data = part.get_payload(decode=True) or b""
            except Exception:  # noqa: BLE001
                problems.append(f"attachment {file_name or '?'} could not be decoded")
                continue
            attachments.append(InboundAttachment(_safe_name(file_name, media_type),
                                                 media_type, bytes(data)))
            continue
        if media_type not in ("text/plain", "text/html"):
            continue
        try:
            body = _decoded_text(part)
        except Exception:  # noqa: BLE001
            problems.append(f"a {media_type} part could not be decoded")
            continue
        if media_type == "text/plain" and plain is None:
            plain = body
        elif media_type == "text/html" and html is None:
            html = body
    text = plain if plain is not None else html_to_text(html) if html is not None else ""
    return text.replace("\r\n", "\n").strip(), attachments


def _decoded_text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", errors="replace")


def _safe_name(name: str | None, media_type: str) -> str:
    """A file name that cannot climb out of a folder or hide its type."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    if not base:
        subtype = media_type.split("/", 1)[-1].split("+")[0][:10] or "bin"
        base = f"attachment.{subtype}"
    return base[:200]


class _TextOnly(HTMLParser):
    """HTML to text: scripts, styles and every tag dropped, block ends as line breaks."""

    _SKIP = {"script", "style", "head", "title", "template", "noscript", "iframe", "object"}
    _BREAK = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BREAK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.out.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - malformed HTML: keep what was read
        pass
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def split_reply(text: str) -> tuple[str, str | None]:
    """(what the sender wrote now, their signature): quoted text and the quoted message below
    an "On ... wrote:" or "-----Original Message-----" line are dropped."""
    kept: list[str] = []
    for line in text.splitlines():
        if _WROTE.match(line) or _ORIGINAL.match(line):
            break
        if _OUTLOOK_FROM.match(line) and kept and not kept[-1].strip():
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    signature: list[str] = []
    for index, line in enumerate(kept):
        if any(p.match(line) for p in _SIGNATURE_STARTS):
            signature = kept[index:]
            kept = kept[:index]
            break
    body = "\n".join(kept).strip()
    sig = "\n".join(line for line in signature if not re.match(r"^-- ?$", line)).strip()
    return body, sig or None


def numbers_in(subject: str, prefixes: tuple[str, ...]) -> list[str]:
    """Ticket numbers in a subject, as DeskApp writes them (``INC-000123``)."""
    found = []
    for kind, seq in _NUMBER.findall(subject.upper()):
        if kind in prefixes:
            found.append(f"{kind}-{int(seq):06d}")
    return list(dict.fromkeys(found))


def addresses(value: str) -> list[str]:
    return [addr.lower() for _name, addr in getaddresses([value]) if addr]
