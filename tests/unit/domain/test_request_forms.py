"""Request forms and fulfilment plans: hypothesis over field definitions and inputs (a checked
answer is always of its field's type, a bad one always refused with a sentence keyed by its
field), "shown only if", defaults, round trips through JSON; plans in order, in parallel, and
every cycle refused."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.domain.fulfilment import (
    FulfilmentPlan,
    PlanStep,
    check_plan,
    in_order,
    in_parallel,
    is_complete,
    ready_steps,
)
from deskapp.domain.request_form import (
    CHOICE_TYPES,
    NO_DEFAULT,
    FieldType,
    FormField,
    RequestForm,
    ShowIf,
    answers_from_json,
    answers_to_json,
    check_answers,
    check_form,
    initial_answers,
    is_shown,
)
from deskapp.errors import ValidationError

OPTIONS = st.lists(st.text("abcdefgh ", min_size=1, max_size=8).map(str.strip).filter(bool),
                   min_size=1, max_size=5, unique=True).map(tuple)


@st.composite
def fields(draw: st.DrawFn, key: str) -> FormField:
    kind = draw(st.sampled_from(list(FieldType)))
    choices = draw(OPTIONS) if kind in CHOICE_TYPES else ()
    default: Any = None
    if kind not in NO_DEFAULT and draw(st.booleans()):
        default = draw(valid_value(kind, choices))
    return FormField(key, key.title(), kind, draw(st.booleans()), default,
                     draw(st.text(max_size=20)), choices)


def valid_value(kind: FieldType, choices: tuple[str, ...]) -> st.SearchStrategy[Any]:
    return {
        FieldType.TEXT: st.text("abc xyz", min_size=1, max_size=30).filter(str.strip),
        FieldType.LONG_TEXT: st.text("abc\n xyz", min_size=1, max_size=300).filter(str.strip),
        FieldType.CHOICE: st.sampled_from(choices or ("x",)),
        FieldType.MULTI_CHOICE: st.lists(st.sampled_from(choices or ("x",)), min_size=1,
                                         unique=True),
        FieldType.DATE: st.dates(date(2000, 1, 1), date(2100, 1, 1)).map(date.isoformat),
        FieldType.NUMBER: st.one_of(st.integers(-10**9, 10**9),
                                    st.floats(-1e9, 1e9, allow_nan=False)),
        FieldType.PERSON: st.uuids().map(str),
        FieldType.CI: st.uuids(),
        FieldType.YES_NO: st.sampled_from([True, False, "yes", "no"]),
    }[kind]


def invalid_value(kind: FieldType) -> st.SearchStrategy[Any]:
    return {
        FieldType.TEXT: st.just("x" * 201),
        FieldType.LONG_TEXT: st.integers(),
        FieldType.CHOICE: st.just("not an option at all"),
        FieldType.MULTI_CHOICE: st.just(["not an option at all"]),
        FieldType.DATE: st.sampled_from(["tomorrow", "2026-13-40", "12/24"]),
        FieldType.NUMBER: st.sampled_from(["lots", "nan", "1e400", True]),
        FieldType.PERSON: st.sampled_from(["Casey", "12"]),
        FieldType.CI: st.just("mail-01"),
        FieldType.YES_NO: st.sampled_from(["maybe", 2]),
    }[kind]


FORMS = st.lists(st.integers(0, 10**6), min_size=1, max_size=6, unique=True).flatmap(
    lambda ns: st.tuples(*(fields(f"f{n}") for n in ns))).map(RequestForm)


@given(FORMS, st.data())
@settings(max_examples=150, deadline=None)
def test_valid_answers_are_kept_typed_and_round_trip(form: RequestForm, data: st.DataObject
                                                      ) -> None:
    check_form(form)
    answers = {f.key: data.draw(valid_value(f.type, f.choices)) for f in form.fields}
    kept = check_answers(form, answers)
    assert set(kept) == set(answers)
    for f in form.fields:
        value = kept[f.key]
        expected = {FieldType.DATE: date, FieldType.NUMBER: (int, float),
                    FieldType.PERSON: uuid.UUID, FieldType.CI: uuid.UUID,
                    FieldType.YES_NO: bool, FieldType.MULTI_CHOICE: list}.get(f.type, str)
        assert isinstance(value, expected)
        if f.type is FieldType.CHOICE:
            assert value in f.choices
    stored = answers_to_json(form, kept)
    assert answers_from_json(form, stored) == kept
    assert check_answers(form, stored) == kept


@given(FORMS, st.data())
@settings(max_examples=150, deadline=None)
def test_a_wrong_value_is_refused_next_to_its_field(form: RequestForm,
                                                   data: st.DataObject) -> None:
    victim = data.draw(st.sampled_from(form.fields))
    answers = {f.key: data.draw(valid_value(f.type, f.choices)) for f in form.fields}
    answers[victim.key] = data.draw(invalid_value(victim.type))
    with pytest.raises(ValidationError) as caught:
        check_answers(form, answers)
    assert set(caught.value.fields) == {victim.key}
    message = caught.value.fields[victim.key]
    assert message.startswith(victim.label) and message.endswith(".")


@given(FORMS)
@settings(max_examples=100, deadline=None)
def test_required_fields_left_empty_are_each_named(form: RequestForm) -> None:
    required = {f.key for f in form.fields if f.required}
    if required:
        with pytest.raises(ValidationError) as caught:
            check_answers(form, {})
        assert set(caught.value.fields) == required
        assert all("is required" in m for m in caught.value.fields.values())
    else:
        assert check_answers(form, {}) == {}
    defaults = initial_answers(form)
    assert set(defaults) == {f.key for f in form.fields if f.default is not None}


def test_shown_only_if_hides_and_drops_a_field() -> None:
    form = RequestForm((
        FormField("access", "Remote access", FieldType.YES_NO),
        FormField("token", "Token type", FieldType.CHOICE, True, choices=("app", "key fob"),
                  show_if=ShowIf("access", "yes")),
        FormField("apps", "Apps", FieldType.MULTI_CHOICE, choices=("ERP", "CRM")),
        FormField("erp_role", "ERP role", FieldType.TEXT, True, show_if=ShowIf("apps", "ERP")),
        FormField("why", "Why", FieldType.LONG_TEXT, show_if=ShowIf("apps")),
    ))
    check_form(form)
    assert check_answers(form, {"access": "no", "token": "app"}) == {"access": False}
    with pytest.raises(ValidationError, match="Token type is required"):
        check_answers(form, {"access": True})
    kept = check_answers(form, {"apps": ["CRM"], "erp_role": "x", "why": "sales"})
    assert kept == {"apps": ["CRM"], "why": "sales"}
    assert not is_shown(form.fields[4], {})
    with pytest.raises(ValidationError, match="ERP role is required"):
        check_answers(form, {"apps": ["CRM", "ERP"]})


@pytest.mark.parametrize(("field", "sentence"), [
    (FormField("a", "Size", FieldType.CHOICE), "list at least one option"),
    (FormField("a", "Size", FieldType.TEXT, choices=("x",)), "only choice fields"),
    (FormField("A b", "Size", FieldType.TEXT), "must start with a letter"),
    (FormField("a", "", FieldType.TEXT), "Give the field a label"),
    (FormField("a", "Size", FieldType.NUMBER, default="big"), "the default is wrong"),
    (FormField("a", "Who", FieldType.PERSON, default=str(uuid.uuid4())), "has no default"),
    (FormField("a", "Size", FieldType.CHOICE, choices=("x", "x")), "each option may appear"),
    (FormField("a", "Size", FieldType.TEXT, show_if=ShowIf("later")), "above this one"),
])
def test_bad_field_definitions_are_refused_with_a_sentence(field: FormField,
                                                           sentence: str) -> None:
    with pytest.raises(ValidationError, match=sentence) as caught:
        check_form(RequestForm((field,)))
    assert set(caught.value.fields) == {"field:1"}


def test_form_definition_round_trips_through_json() -> None:
    form = RequestForm((
        FormField("when", "When", FieldType.DATE, True, date(2027, 1, 4), "First day"),
        FormField("n", "How many", FieldType.NUMBER, default=2),
        FormField("os", "OS", FieldType.MULTI_CHOICE, default=["Linux"],
                  choices=("Linux", "Windows"), show_if=ShowIf("n")),
    ))
    assert RequestForm.from_json(form.to_json()) == form
    with pytest.raises(ValidationError, match="used twice"):
        check_form(RequestForm((form.fields[0], form.fields[0])))


# -- plans --------------------------------------------------------------------------------------
def test_in_order_opens_one_step_after_another() -> None:
    plan = in_order(("a", "Order", None, 48), ("b", "Deliver", None, 24), ("c", "Set up", None,
                                                                           None))
    assert check_plan(plan) == ("a", "b", "c")
    assert [s.key for s in ready_steps(plan, set(), set())] == ["a"]
    assert [s.key for s in ready_steps(plan, {"a"}, {"a"})] == ["b"]
    assert ready_steps(plan, {"a", "b"}, {"a"}) == ()
    assert not is_complete(plan, {"a", "b"}) and is_complete(plan, {"a", "b", "c"})


def test_in_parallel_opens_everything_at_once() -> None:
    plan = in_parallel(("a", "Mailbox", None, None), ("b", "Rights", None, None))
    assert [s.key for s in ready_steps(plan, set(), set())] == ["a", "b"]


@given(st.integers(2, 8), st.data())
@settings(max_examples=100, deadline=None)
def test_every_cycle_is_refused_naming_its_steps(size: int, data: st.DataObject) -> None:
    keys = [f"s{n}" for n in range(size)]
    circle = data.draw(st.permutations(keys))
    length = data.draw(st.integers(1, size))
    waits = {k: set() for k in keys}
    for n in range(length):  # circle[0] <- circle[1] <- ... <- circle[length-1] <- circle[0]
        waits[circle[n]].add(circle[(n + 1) % length])
    extra = data.draw(st.lists(st.tuples(st.sampled_from(keys), st.sampled_from(keys))))
    for a, b in extra:
        if a != b:
            waits[a].add(b)
    plan = FulfilmentPlan(tuple(PlanStep(k, f"Task {k}", None, tuple(sorted(waits[k])))
                                for k in keys))
    with pytest.raises(ValidationError) as caught:
        check_plan(plan)
    assert "waits for itself" in str(caught.value) or "in a circle" in str(caught.value)


@given(st.integers(1, 8), st.data())
@settings(max_examples=100, deadline=None)
def test_plans_without_cycles_open_every_step_in_waiting_order(size: int,
                                                               data: st.DataObject) -> None:
    keys = [f"s{n}" for n in range(size)]
    steps = []
    for n, k in enumerate(keys):  # waits only for earlier steps: never a cycle
        after = data.draw(st.lists(st.sampled_from(keys[:n]), unique=True)) if n else []
        steps.append(PlanStep(k, f"Task {k}", None, tuple(after)))
    plan = FulfilmentPlan(tuple(data.draw(st.permutations(steps))))
    order = check_plan(plan)
    assert sorted(order) == sorted(keys)
    for s in plan.steps:
        assert all(order.index(a) < order.index(s.key) for a in s.after)
    opened: set[str] = set()
    while not is_complete(plan, opened):
        ready = ready_steps(plan, opened, opened)
        assert ready, "a plan without a cycle always has a step ready"
        opened |= {s.key for s in ready}
    assert FulfilmentPlan.from_json(plan.to_json()) == plan


def test_plan_mistakes_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError, match="waits for 'zz'"):
        check_plan(FulfilmentPlan((PlanStep("a", "Order", after=("zz",)),)))
    with pytest.raises(ValidationError, match="waits for itself"):
        check_plan(FulfilmentPlan((PlanStep("a", "Order", after=("a",)),)))
    with pytest.raises(ValidationError, match="give it a title"):
        check_plan(FulfilmentPlan((PlanStep("a", " "),)))
    with pytest.raises(ValidationError, match="due time"):
        check_plan(FulfilmentPlan((PlanStep("a", "Order", due_hours=0),)))
