"""Picture rules: the type is read from the content (PNG, JPEG, GIF, WebP), whatever the name
says; a program renamed .png, an SVG or a damaged file is refused; a picture too large to draw is
refused by its header; the Markdown reference and its alt text cannot break out of the image."""

from __future__ import annotations

import io
import uuid

import pytest

from deskapp.domain.article_images import (
    MAX_SIDE,
    alt_text,
    check_name,
    inspect_image,
    parse_target,
    reference,
)
from deskapp.domain.markdown_safety import (
    FOREIGN_IMAGE,
    IMAGE_NOTE,
    image_allowed,
    image_ids,
    sanitise,
)
from deskapp.errors import ValidationError
from tests.support.pictures import gif, jpeg, png, png_header, webp


@pytest.mark.parametrize(("data", "media_type", "size"), [
    (png(4, 3), "image/png", (4, 3)),
    (gif(2, 5), "image/gif", (2, 5)),
    (jpeg(640, 480, exif=60_000), "image/jpeg", (640, 480)),  # past a large EXIF block
    (webp(9, 4), "image/webp", (9, 4)),
])
def test_the_content_says_what_a_picture_is(data: bytes, media_type: str,
                                            size: tuple[int, int]) -> None:
    stream = io.BytesIO(data)
    stream.seek(0)
    info = inspect_image(stream, "x.png")  # the name says PNG; the content decides
    assert (info.media_type, (info.width, info.height)) == (media_type, size)
    assert stream.tell() == 0  # left where it was


@pytest.mark.parametrize("data", [
    b"MZ\x90\x00" + b"\x00" * 200,  # a program renamed .png
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    b"\x89PNG\r\n\x1a\n",  # cut off before its header
    b"\xff\xd8\xff\xe0\x00",  # a JPEG cut off in its first segment
    b"",
])
def test_anything_else_is_refused_with_a_sentence(data: bytes) -> None:
    with pytest.raises(ValidationError, match="is not a PNG, JPEG, GIF or WebP picture"):
        inspect_image(io.BytesIO(data), "screen.png")


@pytest.mark.parametrize(("width", "height"), [(MAX_SIDE + 1, 10), (10, 65_000),
                                               (8000, 8000)])
def test_a_picture_too_large_to_draw_is_refused_by_its_header(width: int, height: int) -> None:
    with pytest.raises(ValidationError, match="pixels; an article shows pictures up to"):
        inspect_image(io.BytesIO(png_header(width, height)), "bomb.png")


def test_a_picture_without_pixels_is_damaged() -> None:
    with pytest.raises(ValidationError, match="damaged"):
        inspect_image(io.BytesIO(png_header(0, 10)), "empty.png")


@pytest.mark.parametrize("name", ["notes.txt", "diagram.svg", "tool.exe", "picture"])
def test_only_picture_names_are_taken(name: str) -> None:
    with pytest.raises(ValidationError, match="PNG, JPEG, GIF or WebP"):
        check_name(name)
    assert check_name("C:\\Users\\me\\Screen Shot.PNG") == "Screen Shot.PNG"


def test_the_reference_is_an_allowed_image_whatever_the_alt_text() -> None:
    image_id = uuid.uuid4()
    text = reference(image_id, "Printer ](http://evil/x.png) [menu]\n<b>")
    assert text.endswith(f"(kb-image:{image_id})") and "http" in text  # as words only
    assert sanitise(text).text == text and not sanitise(text).removed
    assert image_ids(text) == (image_id,)
    assert parse_target(f"kb-image:{image_id}") == image_id
    assert parse_target("kb-image:not-a-uuid") is None and parse_target("http://x") is None
    assert alt_text("[]()") == "picture" and len(alt_text("a" * 500)) == 80


@pytest.mark.parametrize("target", [
    "kb-image:1234", "kb-image:../x", "kb-image://server/share/x.png",
    "kb-image:00000000-0000-0000-0000-00000000000g", "KB-IMAGE:x"])
def test_a_malformed_kb_image_target_is_not_shown(target: str) -> None:
    assert not image_allowed(target)
    cleaned = sanitise(f"![x]({target})")
    assert cleaned.text == IMAGE_NOTE and cleaned.removed == (FOREIGN_IMAGE,)
