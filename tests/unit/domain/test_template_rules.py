"""Templates: placeholders (known per kind, filled or refused with a sentence, braces escaped)
and who is offered which template."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain import templates as t

ITEM = {"caller": "Casey Caller", "caller_first_name": "Casey", "number": "INC-000042",
        "title": "VPN drops", "service": "Email", "team": "Service Desk",
        "agent": "Alex Agent", "agent_first_name": "Alex"}


def test_fill_replaces_every_placeholder_and_keeps_escaped_braces() -> None:
    text = "Hello {caller_first_name},\nabout {number} ({title}): {{not a placeholder}}.\n{agent}"
    assert t.fill(text, ITEM) == ("Hello Casey,\nabout INC-000042 (VPN drops): "
                                  "{not a placeholder}.\nAlex Agent")


def test_a_missing_value_is_refused_with_what_to_do() -> None:
    with pytest.raises(t.TemplateError, match="INC-000042 has no caller yet; choose the caller"):
        t.fill("Dear {caller}", {**ITEM, "caller": None})
    with pytest.raises(t.TemplateError, match="INC-000042 has none yet; assign a team first"):
        t.fill("{team}", {**ITEM, "team": ""})


def test_unknown_placeholders_are_refused_per_kind() -> None:
    assert t.placeholder_problem(t.RESPONSE, "Hi {caller}, {number}") is None
    problem = t.placeholder_problem(t.RESPONSE, "Hi {customer} and {ticket}")
    assert problem is not None and problem.startswith(
        "A canned response cannot fill the placeholders {customer}, {ticket}; use {caller}")
    # an incident template is applied before the incident has a number or a caller
    problem = t.placeholder_problem(t.INCIDENT, "Logged by {agent} for {caller}")
    assert problem is not None and "placeholder {caller}; use {agent}, {agent_first_name}" \
        in problem
    assert "lone '{'" in (t.placeholder_problem(t.RESPONSE, "a { b") or "")
    assert "is not a placeholder" in (t.placeholder_problem(t.RESPONSE, "{Caller Name}") or "")


def test_template_problems_name_each_field() -> None:
    assert t.template_problems(t.RESPONSE, "Thanks", "Thanks {caller}") == {}
    fields = t.template_problems(t.RESPONSE, " ", "")
    assert set(fields) == {"name", "body"}
    fields = t.template_problems(t.INCIDENT, "x" * 81, "{number}", title="y" * 201,
                                 category="z" * 61, impact=7, urgency=0)
    assert set(fields) == {"name", "body", "title", "category", "impact", "urgency"}
    assert t.template_problems(t.INCIDENT, "Printer", "") == {}  # an empty skeleton is fine
    assert "kind" in t.template_problems("other", "x", "y")


def test_first_name() -> None:
    assert t.first_name("Ana Souza") == "Ana"
    assert t.first_name("Souza, Ana") == "Ana"
    assert t.first_name("  ") is None and t.first_name(None) is None


def test_who_is_offered_which_template() -> None:
    me, other = uuid.uuid4(), uuid.uuid4()
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    teams = frozenset({mine})
    assert t.offered(t.Audience(me, None), me, teams)
    assert not t.offered(t.Audience(other, None), me, teams)  # someone's personal one
    assert t.offered(t.Audience(None, None), me, teams)  # shared with everyone
    assert t.offered(t.Audience(None, mine), me, teams)
    assert not t.offered(t.Audience(None, theirs), me, teams)
    # writing in an item of that team: its team's responses are offered
    assert t.offered(t.Audience(None, theirs), me, teams, item_team_id=theirs)


_names = st.sampled_from(sorted(t.RESPONSE_PLACEHOLDERS))
_plain = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=20)


@given(st.lists(st.one_of(_plain, _names.map(lambda n: "{" + n + "}"),
                          st.sampled_from(["{{", "}}"])), max_size=12))
def test_known_placeholders_always_fill_and_leave_no_placeholder(parts: list[str]) -> None:
    text = "".join(parts)
    assert t.placeholder_problem(t.RESPONSE, text) is None
    filled = t.fill(text, ITEM)
    expected = "".join(ITEM[p[1:-1]] if p.startswith("{") and p not in ("{{",) and
                       p[1:-1] in ITEM else {"{{": "{", "}}": "}"}.get(p, p) for p in parts)
    assert filled == expected


@given(st.text(max_size=40))
def test_any_text_is_either_refused_with_a_sentence_or_fills(text: str) -> None:
    problem = t.placeholder_problem(t.RESPONSE, text)
    if problem is None:
        t.fill(text, ITEM)  # never raises: every placeholder is known and has a value
    else:
        assert problem.endswith(".") and len(problem) > 20
        with pytest.raises(t.TemplateError):
            t.fill(text, ITEM)
