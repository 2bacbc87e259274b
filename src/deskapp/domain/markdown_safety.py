"""Make an article's Markdown safe to render: no scripts, no raw HTML, no remote images.

Qt's Markdown reader passes raw HTML through to its rich-text engine, and an image it is given by
URL is fetched when the text is shown; a ``file:`` or UNC path (``\\\\server\\share``) makes
Windows hand the reader's credentials to that server. So the body a desk stores and shows is
cleaned first:

* raw HTML never reaches the renderer: ``<script>``, ``<style>``, ``<iframe>``, ``<object>`` and
  ``<embed>`` elements go with their content, every other tag is escaped so it reads as text;
* an image is shown only from the article's own pictures (``![alt](kb-image:<uuid>)``, loaded
  from the database by the viewer, which shows a sentence for a picture of another article or
  one that is missing; ``attachment:name.png``, the older form, is kept but never resolves);
  any other image (remote, ``file:``, UNC, ``data:``, relative) becomes a short note;
* a link may point to ``http``, ``https`` or ``mailto`` only; other links (``javascript:``,
  ``file:``, UNC) keep their text and lose their target;
* code (fenced blocks and inline spans) is left as written: it is shown, never run.

:func:`sanitise` returns the cleaned text and what it removed (a sentence each), so a person
saving an article is told. It is idempotent: cleaning a clean text changes nothing.

Pure: no Qt.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from deskapp.errors import ValidationError
from deskapp.messages import msg

#: Bodies longer than this are refused (a knowledge article is read during a call).
BODY_MAX = 100_000
ATTACHMENT_SCHEME = "attachment:"
LINK_SCHEMES = ("http://", "https://", "mailto:")
IMAGE_NOTE = "\\[image removed: only pictures attached to the article are shown\\]"

_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})(.*)$")
_INLINE_CODE = re.compile(r"(?<![\\`])(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_DANGEROUS = re.compile(
    r"<\s*(script|style|iframe|object|embed|frameset|frame|applet|noscript|template)\b"
    r".*?(?:<\s*/\s*\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(?=[A-Za-z!?/])")
#: an image: ![alt](target "title") with one level of nested brackets in alt
_IMAGE = re.compile(r"!\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]*)"
                    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?\s*\)")
#: where a paragraph ends: a blank line, or a line that starts another block (a fence, a
#: heading, a quote, a list item, a rule, HTML): a code span never reaches across it
_PARAGRAPH = re.compile(r"(\n[ \t]*\n|\n(?= {0,3}(?:`{3,}|~{3,}|#{1,6}(?:[ \t]|$)|>|[-+*][ \t]|"
                        r"\d{1,9}[.)][ \t]|[*_-](?:[ \t]*[*_-]){2,}[ \t]*$|<)))", re.MULTILINE)
_CONTAINER = re.compile(r"^ {0,3}(?:[>]|[-+*][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)
_IMAGE_OR_BANG = re.compile(_IMAGE.pattern + r"|!\[")
_REF_IMAGE = re.compile(r"!\[((?:[^\[\]\\]|\\.)*)\]\s?\[([^\]\n]*)\]")
_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]*)"
                   r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?\s*\)")
#: a link reference definition, also inside quotes and list items ("> [r]: file://...")
_DEFINITION = re.compile(r"^[ \t>*+\-\d.)]{0,40}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)[^\n]*$",
                         re.MULTILINE)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_ATTACHMENT_NAME = re.compile(r"^attachment:[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
#: an article's picture: kb-image: and a UUID in its canonical form
_KB_IMAGE = re.compile(r"^kb-image:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       r"[0-9a-fA-F]{12}$")
#: what the cleaner says when it takes out an image that is not one of the article's pictures
FOREIGN_IMAGE = ("An image that is not attached to the article was removed: attach the picture "
                 "with Insert picture (Ctrl+Alt+I) in the editor.")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[str, ...]  # sentences, one per kind of thing removed

    @property
    def changed(self) -> bool:
        return bool(self.removed)


def _target(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith("<") and raw.endswith(">"):
        raw = raw[1:-1]
    return raw.strip()


def image_allowed(target: str) -> bool:
    target = _target(target)
    return bool(_KB_IMAGE.match(target) or _ATTACHMENT_NAME.match(target))


def link_allowed(target: str) -> bool:
    lowered = _target(target).lower()
    if lowered.startswith(("\\\\", "//")):
        return False
    return lowered.startswith(LINK_SCHEMES) or lowered.startswith("#")


def attachment_names(text: str) -> tuple[str, ...]:
    """The attachment names the (clean) text shows as images, in order, each once."""
    seen: dict[str, None] = {}
    for match in _IMAGE.finditer(_without_code(text)):
        target = _target(match.group(2))
        if image_allowed(target):
            seen.setdefault(target[len(ATTACHMENT_SCHEME):])
    return tuple(seen)


def image_ids(text: str) -> tuple[uuid.UUID, ...]:
    """The article pictures (``kb-image:``) the (clean) text shows, in order, each once."""
    seen: dict[uuid.UUID, None] = {}
    for match in _IMAGE.finditer(_without_code(text)):
        target = _target(match.group(2))
        if _KB_IMAGE.match(target):
            seen.setdefault(uuid.UUID(target[len("kb-image:"):]))
    return tuple(seen)


def _without_code(text: str) -> str:
    return "".join(piece for code, piece in _split_code(text) if not code)


def _fences(text: str) -> list[tuple[bool, str]]:
    """(is_fenced_code, lines) blocks: top-level fences as CommonMark reads them, an opening
    run of three or more backticks or tildes (a backtick fence's info has no backtick), closed
    by a run of the same character at least as long, or by the end of the text.

    Only a fence no reader can take for part of a list item or a quote counts: it starts at
    the left margin, after a blank line (or the start), and the last text before it is not
    indented and opens no list or quote. Any other fence is cleaned as prose (the safe side)."""
    out: list[tuple[bool, list[str]]] = []
    fence: tuple[str, int] | None = None
    after_blank, context_ok = True, True
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\n")
        if fence is None:
            opened = _FENCE_OPEN.match(bare) if after_blank and context_ok else None
            if not bare.strip():
                after_blank = True
            else:
                after_blank = False
                context_ok = not (bare[:1] in (" ", "\t") or _CONTAINER.match(bare))
            if opened and not (opened.group(1)[0] == "`" and "`" in opened.group(2)):
                fence = (opened.group(1)[0], len(opened.group(1)))
                out.append((True, [line]))
                continue
            if out and not out[-1][0]:
                out[-1][1].append(line)
            else:
                out.append((False, [line]))
            continue
        out[-1][1].append(line)
        char, length = fence
        if re.match(rf"^ {{0,3}}{re.escape(char)}{{{length},}}[ \t]*$", bare):
            fence = None
            after_blank, context_ok = True, True
    return [(code, "".join(lines)) for code, lines in out]


def _split_code(text: str) -> list[tuple[bool, str]]:
    """(is_code, piece) in order: fenced blocks and inline spans are code."""
    out: list[tuple[bool, str]] = []
    for code, piece in _fences(text):
        out.extend([(True, piece)] if code else _split_inline(piece))
    return out


def _split_inline(text: str) -> list[tuple[bool, str]]:
    """Code spans, within one paragraph: a span never crosses a blank line, a list item or a
    quote (where readers disagree, the text is cleaned as prose: the safe side)."""
    out: list[tuple[bool, str]] = []
    for paragraph in _PARAGRAPH.split(text):
        if _CONTAINER.search(paragraph):
            out.append((False, paragraph))
            continue
        pos = 0
        for span in _INLINE_CODE.finditer(paragraph):
            out.append((False, paragraph[pos:span.start()]))
            out.append((True, span.group(0)))
            pos = span.end()
        out.append((False, paragraph[pos:]))
    return [p for p in out if p[1]]


def sanitise(text: str) -> Cleaned:
    """The text with everything unsafe removed, and what was removed."""
    if len(text) > BODY_MAX:
        raise ValidationError(msg("The article is longer than {body_max} characters; split it "
                                  "into several articles.", body_max=BODY_MAX),
                                  {"body": "too long"})
    removed: dict[str, None] = {}
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    pieces = [(code, piece if code else _clean_prose(piece, removed))
              for code, piece in _split_code(text)]
    return Cleaned("".join(p for _c, p in pieces), tuple(removed))


def _clean_prose(text: str, removed: dict[str, None]) -> str:
    def dangerous(match: re.Match[str]) -> str:
        removed.setdefault(f"A <{match.group(1).lower()}> element was removed: articles "
                           "cannot run code or embed pages.")
        return ""

    text = _DANGEROUS.sub(dangerous, text)
    if _TAG.search(text):
        removed.setdefault("HTML tags are shown as text: write the article in Markdown.")
        text = _TAG.sub("&lt;", text)

    def image(match: re.Match[str]) -> str:
        if image_allowed(match.group(2)):
            return match.group(0)
        removed.setdefault(FOREIGN_IMAGE)
        return IMAGE_NOTE

    text = _IMAGE.sub(image, text)
    bad_refs: set[str] = set()

    def definition(match: re.Match[str]) -> str:
        if link_allowed(match.group(2)):
            return match.group(0)
        bad_refs.add(match.group(1).strip().lower())
        removed.setdefault("A link to a file, a network share or a script was removed: link "
                           "to web pages (http, https) or e-mail addresses only.")
        return ""

    text = _DEFINITION.sub(definition, text)

    def ref_image(match: re.Match[str]) -> str:
        # a reference image's definition can only name a web page here (or nothing): never
        # an attachment, so it is not shown
        removed.setdefault(FOREIGN_IMAGE)
        return IMAGE_NOTE

    text = _REF_IMAGE.sub(ref_image, text)

    def link(match: re.Match[str]) -> str:
        if link_allowed(match.group(2)):
            return match.group(0)
        removed.setdefault("A link to a file, a network share or a script was removed: link "
                           "to web pages (http, https) or e-mail addresses only.")
        return match.group(1)

    text = _LINK.sub(link, text)

    def autolink(match: re.Match[str]) -> str:
        if link_allowed(match.group(1)):
            return match.group(0)
        removed.setdefault("A link to a file, a network share or a script was removed: link "
                           "to web pages (http, https) or e-mail addresses only.")
        return match.group(1).replace(":", "\u200b:", 1)

    text = _AUTOLINK.sub(autolink, text)

    # any "![" that is not an attached image (a shortcut reference "![x]", brackets nested
    # deeper than the pattern reads) is escaped, so no reader can take it for an image
    def leftover(match: re.Match[str]) -> str:
        if match.group(0) != "![" and image_allowed(match.group(2)):
            return match.group(0)
        if match.group(0) != "![":
            return IMAGE_NOTE
        return "!\\["

    return _IMAGE_OR_BANG.sub(leftover, text)
