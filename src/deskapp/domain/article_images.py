"""Pictures in knowledge articles: which files are taken, how they are recognised, and how the
Markdown names them.

A picture is a PNG, JPEG, GIF or WebP file. Its type is read from the content (the first bytes
every such file starts with), never taken from the name alone: a renamed program, an SVG (which
can carry scripts) or a damaged file is refused with a sentence. Its width and height are read
from the header too, so a small file that would unpack into an enormous bitmap (a
"decompression bomb") is refused before anyone's viewer tries to draw it. The size limit is the
desk's attachment limit (:class:`~deskapp.domain.attachments.AttachmentPolicy`).

An article shows a picture as ``![alt](kb-image:<uuid>)``; the viewer loads those, and only
those of the article shown, from the database (:mod:`deskapp.domain.markdown_safety` keeps
every other image out).

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
import struct
import uuid
from dataclasses import dataclass
from typing import IO

from deskapp.domain.attachments import clean_name, extension
from deskapp.errors import ValidationError
from deskapp.messages import msg

SCHEME = "kb-image:"
#: extension -> the media types whose content may carry it (a .jpg holding a PNG is taken:
#: the content decides what is stored)
EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp")
MEDIA_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
#: The largest picture drawn: a side of 10,000 pixels, 40 million pixels in all (160 MB as a
#: bitmap; a 4K screenshot is 8.3 million).
MAX_SIDE = 10_000
MAX_PIXELS = 40_000_000
#: The alt text written into the Markdown (what a screen reader says, what shows when the
#: picture cannot be)
ALT_MAX = 80
#: How many pictures one read hands over (an article showing more shows a sentence for the rest)
READ_MAX = 60

_HEAD = 64
_ALT_DROP = re.compile(r"[\[\]()\\!<>`*_#|\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width: int
    height: int


def check_name(file_name: str) -> str:
    """The name as stored; refused unless it ends in a picture's extension."""
    name = clean_name(file_name)
    if extension(name) not in EXTENSIONS:
        raise ValidationError(
            msg("{name} is not a picture an article can show; choose a PNG, JPEG, GIF or WebP "
                "file.", name=name), {"file_name": "PNG, JPEG, GIF or WebP only."})
    return name


def inspect_image(stream: IO[bytes], name: str) -> ImageInfo:
    """The picture's media type and size in pixels, read from its content (the stream is left
    where it was). Refused with a sentence when the content is no PNG, JPEG, GIF or WebP, or
    when the picture is too large to draw."""
    start = stream.tell()
    try:
        head = stream.read(_HEAD)
        info = _png(head) or _gif(head) or _webp(head)
        if info is None and head.startswith(b"\xff\xd8\xff"):
            stream.seek(start)
            info = _jpeg(stream)
    finally:
        stream.seek(start)
    if info is None:
        raise ValidationError(
            msg("{name} is not a PNG, JPEG, GIF or WebP picture (its content says otherwise, "
                "whatever its name); save it as PNG or JPEG and insert it again.", name=name),
            {"file_name": "Not a picture."})
    if info.width < 1 or info.height < 1:
        raise ValidationError(msg("{name} is damaged: it says it has no pixels. Save it again "
                                  "and insert the new file.", name=name),
                              {"file_name": "Damaged picture."})
    if info.width > MAX_SIDE or info.height > MAX_SIDE or info.width * info.height > MAX_PIXELS:
        raise ValidationError(
            msg("{name} is {width} × {height} pixels; an article shows pictures up to "
                "{max_side} pixels a side and {max_megapixels} million pixels. Make it smaller "
                "and insert it again.", name=name, width=info.width, height=info.height,
                max_side=MAX_SIDE, max_megapixels=MAX_PIXELS // 1_000_000),
            {"file_name": "Too many pixels."})
    return info


def alt_text(text: str) -> str:
    """Text for ``![alt](...)``: no brackets or markup that would end or change the image."""
    cleaned = " ".join(_ALT_DROP.sub(" ", text).split())[:ALT_MAX].strip()
    return cleaned or "picture"


def reference(image_id: uuid.UUID, alt: str) -> str:
    """The Markdown that shows the picture."""
    return f"![{alt_text(alt)}]({SCHEME}{image_id})"


def parse_target(target: str) -> uuid.UUID | None:
    """The picture id of a ``kb-image:`` target (None for anything else)."""
    if not target.lower().startswith(SCHEME):
        return None
    try:
        return uuid.UUID(target[len(SCHEME):])
    except ValueError:
        return None


# -- headers -------------------------------------------------------------------------------

def _png(head: bytes) -> ImageInfo | None:
    if not head.startswith(b"\x89PNG\r\n\x1a\n") or head[12:16] != b"IHDR" or len(head) < 24:
        return None
    width, height = struct.unpack(">II", head[16:24])
    return ImageInfo("image/png", width, height)


def _gif(head: bytes) -> ImageInfo | None:
    if head[:6] not in (b"GIF87a", b"GIF89a") or len(head) < 10:
        return None
    width, height = struct.unpack("<HH", head[6:10])
    return ImageInfo("image/gif", width, height)


def _webp(head: bytes) -> ImageInfo | None:
    if head[:4] != b"RIFF" or head[8:12] != b"WEBP" or len(head) < 30:
        return None
    chunk = head[12:16]
    if chunk == b"VP8 " and head[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", head[26:30])
        return ImageInfo("image/webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and head[20:21] == b"\x2f":
        bits = int.from_bytes(head[21:25], "little")
        return ImageInfo("image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return ImageInfo("image/webp", width, height)
    return None


#: JPEG start-of-frame markers (the ones that carry the picture's size)
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                  0xCF})
#: markers without a length (restart markers, start and end of image, TEM)
_STANDALONE = frozenset({0x01, 0xD8, 0xD9, *range(0xD0, 0xD8)})


def _jpeg(stream: IO[bytes]) -> ImageInfo | None:
    """Walk the segments up to the frame header (EXIF blocks are skipped by their length)."""
    stream.read(2)
    for _ in range(4096):  # a real file reaches its frame within a few dozen segments
        byte = stream.read(1)
        if byte != b"\xff":
            return None
        marker = stream.read(1)
        while marker == b"\xff":  # fill bytes
            marker = stream.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in _STANDALONE:
            continue
        raw = stream.read(2)
        if len(raw) < 2:
            return None
        length = int.from_bytes(raw, "big")
        if length < 2:
            return None
        if code in _SOF:
            frame = stream.read(5)
            if len(frame) < 5:
                return None
            height, width = struct.unpack(">HH", frame[1:5])
            return ImageInfo("image/jpeg", width, height)
        stream.seek(length - 2, 1)
    return None
