"""Attachment rules: which files a desk takes, which ones need a second look, how big they may be.

Pure values and checks (no database, no Qt), read by :mod:`deskapp.services.attachments` and by
the Attachments tab: a file is *allowed* when its extension or its media type is on the desk's
allow-list; a program or script (``.exe``, ``.ps1``...) is allowed too but only after the
person confirms (opening one can run it on the agent's computer); anything else is refused with
a sentence naming the type.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass

from deskapp.errors import ValidationError
from deskapp.messages import msg

#: Content is stored and read in chunks of this size: a 100 MB file never sits whole in memory
#: (about 400 rows per 100 MB; larger chunks cost more memory per read, smaller ones more rows).
CHUNK_SIZE = 256 * 1024

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
#: The bounds an administrator may set the per-desk limit within.
MIN_MAX_BYTES = 1024
MAX_MAX_BYTES = 2 * 1024 * 1024 * 1024

NAME_MAX = 255

#: Programs and scripts: attached only after a confirmation (opening one can run it).
EXECUTABLE_EXTENSIONS = frozenset({
    ".exe", ".msi", ".msp", ".bat", ".cmd", ".com", ".ps1", ".psm1", ".js", ".jse", ".vbs",
    ".vbe", ".wsf", ".wsh", ".scr", ".pif", ".cpl", ".hta", ".jar", ".lnk", ".reg", ".dll",
    ".sh", ".app", ".appx", ".msix", ".apk", ".dmg", ".pkg", ".deb", ".rpm"})

#: What a desk takes by default: documents, images, mail, logs and data, archives; plus every
#: image/ and text/ media type. Executables are added so that they reach the warning.
DEFAULT_ALLOWED: tuple[str, ...] = (
    # documents
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".xlsm", ".ppt", ".pptx", ".odt", ".ods", ".odp",
    ".rtf", ".txt", ".md", ".csv", ".tsv", ".vsdx", ".one",
    # mail
    ".eml", ".msg",
    # logs, configuration and data
    ".log", ".json", ".xml", ".yaml", ".yml", ".ini", ".cfg", ".conf", ".har", ".evtx",
    ".dmp", ".pcap", ".pcapng", ".sql",
    # images and recordings
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg",
    ".mp4", ".webm", ".mov", ".wav", ".mp3",
    # archives
    ".zip", ".7z", ".gz", ".tgz", ".tar", ".rar", ".cab",
    "image/*", "text/*",
    *sorted(EXECUTABLE_EXTENSIONS),
)

#: Media types of the usual files, the same on every system (``mimetypes`` reads the system's
#: own tables: Windows' registry and Linux's mime.types disagree on .log, .msg, .md...).
KNOWN_TYPES = {
    ".txt": "text/plain", ".log": "text/plain", ".ini": "text/plain", ".cfg": "text/plain",
    ".conf": "text/plain", ".md": "text/markdown", ".csv": "text/csv",
    ".tsv": "text/tab-separated-values", ".json": "application/json", ".har": "application/json",
    ".xml": "application/xml", ".yaml": "application/yaml", ".yml": "application/yaml",
    ".sql": "application/sql", ".pdf": "application/pdf", ".rtf": "application/rtf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".eml": "message/rfc822", ".msg": "application/vnd.ms-outlook",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".bmp": "image/bmp", ".webp": "image/webp", ".svg": "image/svg+xml", ".tif": "image/tiff",
    ".tiff": "image/tiff", ".heic": "image/heic", ".mp4": "video/mp4", ".webm": "video/webm",
    ".zip": "application/zip", ".7z": "application/x-7z-compressed", ".gz": "application/gzip",
    ".tar": "application/x-tar", ".exe": "application/vnd.microsoft.portable-executable",
    ".msi": "application/x-msi", ".js": "text/javascript", ".ps1": "text/plain",
    ".bat": "application/x-bat", ".cmd": "application/x-bat",
}


@dataclass(frozen=True)
class AttachmentPolicy:
    """A desk's attachment settings (``app_settings`` key ``attachments``)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    allowed: tuple[str, ...] = DEFAULT_ALLOWED

    def to_setting(self) -> dict[str, object]:
        return {"max_bytes": self.max_bytes, "allowed": list(self.allowed)}

    @classmethod
    def from_setting(cls, value: dict[str, object] | None) -> AttachmentPolicy:
        if not value:
            return cls()
        raw_max = value.get("max_bytes")
        raw_allowed = value.get("allowed")
        max_bytes = raw_max if isinstance(raw_max, int) and not isinstance(raw_max, bool) \
            and MIN_MAX_BYTES <= raw_max <= MAX_MAX_BYTES else DEFAULT_MAX_BYTES
        allowed = tuple(str(v) for v in raw_allowed) if isinstance(raw_allowed, list) \
            and raw_allowed else DEFAULT_ALLOWED
        return cls(max_bytes, allowed)


@dataclass(frozen=True)
class FileCheck:
    """What the rules say about a file name: its media type and, for a program, a warning the
    person must confirm before it is attached."""

    file_name: str
    media_type: str
    warning: str | None


def extension(file_name: str) -> str:
    dot = file_name.rfind(".")
    return file_name[dot:].lower() if dot > 0 else ""


def media_type(file_name: str) -> str:
    known = KNOWN_TYPES.get(extension(file_name))
    if known is not None:
        return known
    guessed, _ = mimetypes.guess_type(file_name, strict=False)
    return guessed or "application/octet-stream"


def clean_name(file_name: str) -> str:
    """The name as stored: no folder part, no surrounding blanks; refused when empty or long."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name or name in {".", ".."}:
        raise ValidationError("The file needs a name; rename it and attach it again.",
                              {"file_name": "Enter a file name."})
    if len(name) > NAME_MAX:
        raise ValidationError(msg("The file name is {length} characters long; the limit is "
                                  "{name_max}. Rename the file and attach it again.",
                                  length=len(name), name_max=NAME_MAX),
                              {"file_name": f"Use at most {NAME_MAX} characters."})
    if any(ord(c) < 32 for c in name):
        raise ValidationError("The file name contains control characters; rename the file.",
                              {"file_name": "Remove control characters."})
    return name


def check_file(file_name: str, policy: AttachmentPolicy) -> FileCheck:
    """The file's media type and warning, or a ValidationError when the desk does not take it."""
    name = clean_name(file_name)
    ext = extension(name)
    kind = media_type(name)
    if not _allowed(ext, kind, policy.allowed):
        what = f"'{ext}' files" if ext else "files without an extension"
        raise ValidationError(
            msg("This desk does not take {what} ({name}); put it in a .zip archive, or ask an "
                "administrator to allow the type.", what=what, name=name),
                {"file_name": "Type not allowed."})
    warning = None
    if ext in EXECUTABLE_EXTENSIONS:
        warning = (f"{name} is a program or script ({ext}): opening it can run it on the "
                   "computer of whoever opens it. Attach it only if you know where it came from.")
    return FileCheck(name, kind, warning)


def check_size(size: int, policy: AttachmentPolicy, name: str) -> None:
    if size > policy.max_bytes:
        raise ValidationError(
            msg("{name} is {size}; this desk takes attachments up to {max_bytes}. Compress it "
                "or share a link instead.",
                name=name, size=size_text(size), max_bytes=size_text(policy.max_bytes)),
            {"file_name": "Too large."})


def check_allowed_list(entries: Iterable[str]) -> tuple[str, ...]:
    """An administrator's allow-list: ``.ext`` or ``type/subtype`` (``type/*``) entries."""
    out: list[str] = []
    for raw in entries:
        entry = raw.strip().lower()
        if not entry:
            continue
        if entry.startswith("."):
            ok = len(entry) > 1 and entry[1:].replace("-", "").replace("_", "").isalnum()
        else:
            top, _, sub = entry.partition("/")
            ok = bool(top) and bool(sub) and "/" not in sub
        if not ok:
            raise ValidationError(msg("'{raw}' is neither an extension (.pdf) nor a media type "
                                      "(image/png, image/*); correct the allow-list.", raw=raw),
                                  {"allowed": "Use .ext or type/subtype."})
        if entry not in out:
            out.append(entry)
    if not out:
        raise ValidationError("The allow-list is empty, so no file could be attached; list at "
                              "least one type.", {"allowed": "List at least one type."})
    return tuple(out)


def check_max_bytes(value: int) -> int:
    if not MIN_MAX_BYTES <= value <= MAX_MAX_BYTES:
        raise ValidationError(msg("The attachment limit must be from {min_max_bytes} to "
                                  "{max_max_bytes}.",
                                  min_max_bytes=size_text(MIN_MAX_BYTES),
                                  max_max_bytes=size_text(MAX_MAX_BYTES)),
                                  {"max_bytes": "Out of range."})
    return value


def size_text(size: int) -> str:
    """1 023 bytes, 12.5 KB, 25 MB: binary units, as file managers on Windows show them."""
    if size < 1024:
        return f"{size} byte{'s' if size != 1 else ''}"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            shown = f"{value:.1f}".rstrip("0").rstrip(".") if value < 100 else f"{value:.0f}"
            return f"{shown} {unit}"
    raise AssertionError("unreachable")


def _allowed(ext: str, kind: str, allowed: Iterable[str]) -> bool:
    top = kind.split("/", 1)[0]
    for entry in allowed:
        if entry.startswith("."):
            if entry == ext:
                return True
        elif entry == kind or entry == f"{top}/*":
            return True
    return False
