"""E-mail rules without a network: templates, threading headers, reading replies, ratings,
the retry schedule, settings."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from deskapp.domain.mail.compose import (
    anchor_item_id,
    build_message,
    numbered_subject,
    rating_links,
    thread_anchor,
)
from deskapp.domain.mail.inbound import html_to_text, numbers_in, parse, split_reply
from deskapp.domain.mail.rating import parse_rating
from deskapp.domain.mail.retry import MAX_ATTEMPTS, next_attempt
from deskapp.domain.mail.settings import MailSettings
from deskapp.domain.mail.templates import (
    LANGUAGES,
    MailEvent,
    Template,
    check,
    render,
    template_for,
)
from deskapp.errors import ValidationError

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def test_every_built_in_template_passes_its_own_check() -> None:
    for language in LANGUAGES:
        for event in MailEvent:
            check(event, template_for(event, language))


def test_a_template_with_an_unknown_placeholder_is_refused_with_the_allowed_ones() -> None:
    with pytest.raises(ValidationError, match=r"\{typo\} is not a placeholder.*\{number\}"):
        check(MailEvent.LOGGED, Template("Logged {typo}", "Body"))
    with pytest.raises(ValidationError, match="one line"):
        check(MailEvent.LOGGED, Template("Two\nlines", "Body"))


def test_render_fills_known_placeholders_and_leaves_other_braces() -> None:
    assert render("{number}: {title} {not_known} {}", {"number": "INC-000001",
                                                        "title": "VPN"}) == \
        "INC-000001: VPN {not_known} {}"


def test_a_saved_template_replaces_the_built_in_one_per_language() -> None:
    custom = {"de": {"logged": {"subject": "Eingang {number}", "body": "Danke"}}}
    assert template_for(MailEvent.LOGGED, "de", custom).subject == "Eingang {number}"
    assert template_for(MailEvent.LOGGED, "en", custom).subject.startswith("We received")
    assert template_for(MailEvent.LOGGED, "xx").subject.startswith("We received")


def test_subject_number_thread_anchor_and_rating_links() -> None:
    assert numbered_subject("INC-000042", "Re:  VPN\tdown") == "[INC-000042] Re: VPN down"
    assert numbered_subject("INC-000042", "[INC-000042] VPN") == "[INC-000042] VPN"
    item = uuid.uuid4()
    assert anchor_item_id(thread_anchor(item, "example.com")) == item
    assert anchor_item_id("<abc@example.com>") is None
    links = rating_links("desk@example.com", "INC-000042")
    assert links.count("mailto:desk@example.com?subject=Rating%20") == 5


def test_a_message_refuses_header_injection() -> None:
    with pytest.raises(ValidationError, match="line break"):
        build_message(sender="desk@example.com", sender_name="Desk",
                      recipient="a@example.com", subject="Hi\r\nBcc: all@example.com",
                      body="x", message_id="<1@example.com>")
    with pytest.raises(ValidationError, match="not an e-mail address"):
        build_message(sender="desk@example.com", sender_name="Desk", recipient="nobody",
                      subject="Hi", body="x", message_id="<1@example.com>")


@pytest.mark.parametrize(("text", "body", "signature"), [
    ("Thanks, fixed.\n\nOn Mon, 7 Dec 2026, Desk wrote:\n> old text\n> more",
     "Thanks, fixed.", None),
    ("Still broken.\n-- \nPat Jones\nFinance\n\n> quoted", "Still broken.",
     "Pat Jones\nFinance"),
    ("Yes.\n\n-----Original Message-----\nFrom: Desk\nSent: Monday", "Yes.", None),
    ("Ja.\n\nAm 7.12.2026 schrieb Desk <d@x.de>:\n> alt", "Ja.", None),
    ("Ok\n\nSent from my phone", "Ok", "Sent from my phone"),
    ("Yes.\n\nFrom: Service Desk <desk@example.com>\nSent: Monday\nquoted", "Yes.", None),
])
def test_split_reply(text: str, body: str, signature: str | None) -> None:
    assert split_reply(text) == (body, signature)


def test_numbers_in_a_subject_only_of_known_prefixes() -> None:
    assert numbers_in("Re: [INC-42] and itask-7, ABC-1", ("INC", "ITASK")) == [
        "INC-000042", "ITASK-000007"]


def test_html_to_text_drops_scripts_and_styles() -> None:
    text = html_to_text("<style>x{}</style><p>Hello <b>there</b></p><script>evil()</script>"
                        "<div>next</div>")
    assert text == "Hello there\n\nnext" or text.split() == ["Hello", "there", "next"]
    assert "evil" not in text


@pytest.mark.parametrize(("headers", "reason"), [
    ("Auto-Submitted: auto-replied\r\n", "Auto-Submitted"),
    ("Precedence: bulk\r\n", "Precedence"),
    ("X-Autoreply: yes\r\n", "automatic reply"),
    ("Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n", "bounce"),
    ("X-DeskApp-Loop: other@desk\r\n", "loop"),
])
def test_automatic_mail_is_recognised(headers: str, reason: str) -> None:
    raw = (f"From: a@example.com\r\nSubject: x\r\n{headers}\r\nbody\r\n").encode()
    found = parse(raw).ignore_reason
    assert found is not None and reason in found


def test_a_person_s_mail_is_not_ignored_and_a_missing_message_id_gets_the_fallback() -> None:
    mail = parse(b"From: Pat <Pat@Example.com>\r\nSubject: Hi\r\n\r\nHello\r\n",
                 fallback_id="uid:1")
    assert (mail.ignore_reason, mail.sender, mail.sender_name, mail.message_id, mail.text) == (
        None, "pat@example.com", "Pat", "uid:1", "Hello")


def test_garbage_never_raises() -> None:
    for raw in (b"", b"\x00\xff" * 100, b"Content-Type: multipart/mixed\r\n\r\n--",
                b"From: =?bad?=\r\nSubject: =?utf-8?b?###?=\r\n\r\n\xff"):
        parse(raw, fallback_id="uid:9")


@pytest.mark.parametrize(("subject", "text", "resolution", "expected"), [
    ("Rating 4 [INC-000001]", "Comment (optional): nice", False, (4, "nice")),
    ("Re: Resolved", "5", True, (5, None)),
    ("Re: Resolved", "4/5 - fast\nthanks", True, (4, "- fast\nthanks")),
    ("Re: Resolved", "Excellent, thank you", True, (5, "thank you")),
    ("Re: Resolved", "sehr gut", True, (5, None)),
    ("Re: Update", "5", False, None),
    ("Re: Resolved", "It is broken again", True, None),
    ("Re: Resolved", "7", True, None),
])
def test_parse_rating(subject: str, text: str, resolution: bool,
                      expected: tuple[int, str | None] | None) -> None:
    found = parse_rating(subject, text, replying_to_resolution=resolution)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.score, found.comment) == (expected[0],
                                                expected[1].lstrip("- ") if expected[1]
                                                else None)


def test_retry_backs_off_exponentially_with_a_cap_then_gives_up() -> None:
    delays = [next_attempt(n, NOW) for n in range(1, MAX_ATTEMPTS + 1)]
    assert delays[0] == NOW + timedelta(minutes=1)
    assert delays[3] == NOW + timedelta(minutes=8)
    assert delays[-1] is None
    assert next_attempt(1, NOW, permanent=True) is None
    assert all(d is None or d - NOW <= timedelta(hours=6) for d in delays)


def test_settings_are_checked_with_a_sentence_per_field() -> None:
    with pytest.raises(ValidationError) as caught:
        MailSettings(send_enabled=True, smtp_host="", smtp_port=0, from_address="desk",
                     smtp_security="plain").checked()
    assert set(caught.value.fields) >= {"smtp_host", "smtp_port", "from_address",
                                        "smtp_security"}
    ok = MailSettings(send_enabled=True, smtp_host=" mail.example.com ",
                      from_address="desk@example.com").checked()
    assert ok.smtp_host == "mail.example.com"
    assert MailSettings.from_json({"smtp_port": 465, "unknown": 1}).smtp_port == 465
