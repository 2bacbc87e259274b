"""The Markdown cleaner: scripts, raw HTML, remote / file: / UNC images and script links never
survive, whatever the text; attached images and code stay as written (no Qt here: the renderer
itself is checked in tests/gui/test_markdown_render.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.domain.markdown_safety import (
    BODY_MAX,
    IMAGE_NOTE,
    attachment_names,
    image_allowed,
    image_ids,
    link_allowed,
    sanitise,
)
from deskapp.errors import ValidationError

KB_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
#: Pieces hostile Markdown is made of; hypothesis strings them together.
PIECES = ["<script>", "</script>", "<SCRIPT src=//x>", "<img src=http://evil/a.png>",
          "<iframe src=x>", "<!--", "-->", "<a href='javascript:x'>", "![", "![a]", "](",
          "[", "]", "(", ")", "http://evil/x.png", "file://srv/share/a.png",
          "\\\\srv\\share\\a.png", "//srv/share/a.png", "attachment:a.png",
          "attachment:../../x", "javascript:alert(1)", "data:image/png;base64,AAAA", "`", "``",
          "```", "~~~", "\n", "\n\n", "    ", " ", "text", "\\", "<", ">", "&lt;", "&#60;",
          '"t"', "[r]: http://evil/r.png", "[r]: file://srv/r.png", "![r]", "![x][r]",
          "<http://ok>", "<file://srv/x>", "mailto:a@b.c", "- ", "> ", "#",
          f"kb-image:{KB_ID}", "kb-image:../x", "kb-image://srv/share/a.png",
          f"![p](kb-image:{KB_ID})", f"[r]: kb-image:{KB_ID}"]
hostile = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)

_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_IMAGE = re.compile(r"!\[(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*\]\(\s*(<[^>\n]*>|[^\s)]*)")


def prose(text: str) -> str:
    """The text outside fenced blocks and code spans, as the cleaner reads it: piece by piece
    (a NUL between pieces: "<" before a code span and "http" after it are no tag)."""
    from deskapp.domain.markdown_safety import _split_code

    return "\x00".join(piece for code, piece in _split_code(text) if not code)


@settings(max_examples=400)
@given(hostile)
def test_cleaning_is_idempotent(text: str) -> None:
    once = sanitise(text).text
    assert sanitise(once).text == once
    assert not sanitise(once).removed


@settings(max_examples=400)
@given(hostile)
def test_no_raw_html_and_no_foreign_image_survives(text: str) -> None:
    clean = prose(sanitise(text).text)
    assert not re.search(r"<[A-Za-z!?/]", clean)
    for match in _IMAGE.finditer(clean):
        assert image_allowed(match.group(1)), match.group(0)
    for target in re.findall(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)", clean, re.MULTILINE):
        assert link_allowed(target), target


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "<ScRiPt>alert(1)", "<iframe src=//evil></iframe>",
    "<style>body{}</style>", "<object data=x></object>"])
def test_script_like_elements_go_with_their_content(text: str) -> None:
    cleaned = sanitise(f"before {text} after")
    assert "alert" not in cleaned.text and "before" in cleaned.text and cleaned.removed


@pytest.mark.parametrize("target", [
    "http://evil.example/a.png", "https://evil.example/a.png", "file:///C:/x.png",
    "file://server/share/x.png", "\\\\server\\share\\x.png", "//server/share/x.png",
    "data:image/png;base64,AAAA", "a.png", "attachment:../x.png"])
def test_images_come_only_from_attachments(target: str) -> None:
    cleaned = sanitise(f"See ![screen]({target}) here")
    assert cleaned.text == f"See {IMAGE_NOTE} here"
    assert "attach the picture" in cleaned.removed[0]


def test_article_pictures_stay_and_are_listed_once() -> None:
    other = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
    text = (f"![screen](kb-image:{KB_ID}) and ![menu](kb-image:{other} 'Menu')\n\n"
            f"again ![screen](kb-image:{KB_ID}) but `![code](kb-image:{other.upper()})`")
    cleaned = sanitise(text)
    assert cleaned.text == text and not cleaned.removed
    assert [str(i) for i in image_ids(text)] == [KB_ID, other]


def test_attached_images_and_web_links_stay() -> None:
    text = "![screen](attachment:screen-1.png) and [docs](https://example.com/a_(b))"
    cleaned = sanitise(text)
    assert cleaned.text == text and not cleaned.removed
    assert attachment_names(text) == ("screen-1.png",)


@pytest.mark.parametrize("target", ["javascript:alert(1)", "file:///etc/passwd",
                                    "\\\\srv\\share", "vbscript:x", "data:text/html,x"])
def test_links_keep_their_text_and_lose_a_dangerous_target(target: str) -> None:
    cleaned = sanitise(f"Click [here]({target}).")
    assert cleaned.text.startswith("Click here") and target not in cleaned.text
    assert not link_allowed(target)


def test_code_is_left_as_written() -> None:
    text = "Run `ls <dir>`:\n\n```html\n<script>alert(1)</script>\n```\n"
    assert sanitise(text).text == text


def test_html_outside_code_is_shown_as_text() -> None:
    cleaned = sanitise("Use <b>bold</b> and <img src=x onerror=alert(1)>")
    assert "<b>" not in cleaned.text and "&lt;b>" in cleaned.text
    assert "HTML tags are shown as text" in cleaned.removed[0]


def test_a_backtick_fence_with_a_backtick_in_its_info_is_no_fence() -> None:
    cleaned = sanitise("``` a`b\n<script>x</script>\n```")
    assert "<script" not in cleaned.text


def test_too_long_is_refused() -> None:
    with pytest.raises(ValidationError, match="split it"):
        sanitise("x" * (BODY_MAX + 1))
