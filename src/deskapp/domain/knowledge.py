"""Knowledge articles: their lifecycle, the rules of each step, and the diff of two versions.

An article is written (Draft), sent for review (In review), published by someone other than its
author (Published: it then has an owner who answers for it and a date by which it is reviewed
again), and retired when it no longer holds (Retired: still readable, never suggested). Editing a
published article is a revision: it goes back to Draft and leaves the suggestions until it is
reviewed again; each publication keeps a numbered version, so the history of what agents were
told is never lost.

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from deskapp.errors import InvalidTransition, ValidationError
from deskapp.messages import mark, msg, translate

PREFIX = "KB"
TITLE_MAX = 200
KEYWORDS_MAX = 300
#: How far ahead a review date may be set (an article nobody looks at for years goes stale).
REVIEW_HORIZON = timedelta(days=3 * 366)
#: The review date offered when an article is published.
DEFAULT_REVIEW_AFTER = timedelta(days=180)
COMMENT_MAX = 2000


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    RETIRED = "retired"


STATUS_LABELS: Mapping[ArticleStatus, str] = {
    ArticleStatus.DRAFT: mark("Draft"),
    ArticleStatus.IN_REVIEW: mark("In review"),
    ArticleStatus.PUBLISHED: mark("Published"),
    ArticleStatus.RETIRED: mark("Retired"),
}


class Step(StrEnum):
    """What a person does to an article; each step goes from some statuses to one status."""

    SUBMIT = "submit"  # draft -> in review
    PUBLISH = "publish"  # in review -> published (a reviewer other than the author)
    SEND_BACK = "send_back"  # in review -> draft (with the reviewer's reason)
    REVISE = "revise"  # published -> draft (a new version is written)
    RETIRE = "retire"  # draft / in review / published -> retired
    REOPEN = "reopen"  # retired -> draft


STEPS: Mapping[Step, tuple[frozenset[ArticleStatus], ArticleStatus]] = {
    Step.SUBMIT: (frozenset({ArticleStatus.DRAFT}), ArticleStatus.IN_REVIEW),
    Step.PUBLISH: (frozenset({ArticleStatus.IN_REVIEW}), ArticleStatus.PUBLISHED),
    Step.SEND_BACK: (frozenset({ArticleStatus.IN_REVIEW}), ArticleStatus.DRAFT),
    Step.REVISE: (frozenset({ArticleStatus.PUBLISHED}), ArticleStatus.DRAFT),
    Step.RETIRE: (frozenset({ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW,
                             ArticleStatus.PUBLISHED}), ArticleStatus.RETIRED),
    Step.REOPEN: (frozenset({ArticleStatus.RETIRED}), ArticleStatus.DRAFT),
}

STEP_LABELS: Mapping[Step, str] = {
    Step.SUBMIT: mark("Send for review"), Step.PUBLISH: mark("Publish"),
    Step.SEND_BACK: mark("Send back"), Step.REVISE: mark("Revise"), Step.RETIRE: mark("Retire"),
    Step.REOPEN: mark("Reopen as draft"),
}


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[ArticleStatus(status)]
    except ValueError:
        return status


def steps_from(status: str) -> tuple[Step, ...]:
    """The steps legal from ``status``, in menu order."""
    return tuple(s for s, (sources, _t) in STEPS.items() if status in sources)


@dataclass(frozen=True)
class ArticleState:
    """What the rules look at: the article as stored, and who acts."""

    status: str
    author_id: uuid.UUID
    title: str
    body: str
    owner_id: uuid.UUID | None = None
    review_due_on: date | None = None


def check_step(state: ArticleState, step: Step, actor_id: uuid.UUID, today: date, *,
               comment: str = "") -> ArticleStatus:
    """The status ``step`` leads to, or a sentence saying why it may not be taken now."""
    sources, target = STEPS[step]
    if state.status not in sources:
        allowed = ", ".join(translate(STEP_LABELS[s]) for s in steps_from(state.status)) \
            or translate(mark("nothing"))
        label = status_label(state.status)
        shown = translate(label)  # lower-case mid-sentence in English, as it is elsewhere
        raise InvalidTransition(
            msg("A {status} article cannot take the step '{step}'; from here you may: {allowed}.",
                status=label.lower() if shown == label else shown,
                step=translate(STEP_LABELS[step]), allowed=allowed))
    if step is Step.SUBMIT:
        check_content(state.title, state.body)
    if step is Step.PUBLISH:
        if actor_id == state.author_id:
            raise ValidationError(
                "You wrote this article, so someone else must review and publish it; ask a "
                "colleague to review it.", {"reviewer": "the reviewer must not be the author"})
        fields: dict[str, str] = {}
        if state.owner_id is None:
            fields["owner"] = ("A published article needs an owner who answers for it; choose "
                               "the owner before publishing.")
        if state.review_due_on is None:
            fields["review_due_on"] = ("A published article needs a review date; set when it "
                                       "is to be checked again before publishing.")
        if fields:
            raise ValidationError.for_fields(fields)
        check_review_date(state.review_due_on, today)
    if step is Step.SEND_BACK and not comment.strip():
        raise ValidationError("Say what the author should change before sending the article "
                              "back.", {"comment": "a reason is needed"})
    if len(comment) > COMMENT_MAX:
        raise ValidationError(msg("The comment is longer than {comment_max} characters; shorten "
                                  "it.", comment_max=COMMENT_MAX), {"comment": "too long"})
    return target


def check_content(title: str, body: str) -> None:
    fields: dict[str, str] = {}
    if not title.strip():
        fields["title"] = "An article needs a title; say in a few words what it solves."
    elif len(title) > TITLE_MAX:
        fields["title"] = msg("The title is longer than {title_max} characters; shorten it.",
                              title_max=TITLE_MAX)
    if not body.strip():
        fields["body"] = "An article needs a body; write the symptoms, the cause and the fix."
    if fields:
        raise ValidationError.for_fields(fields)


def check_review_date(review_due_on: date | None, today: date) -> None:
    if review_due_on is None:
        return
    if review_due_on <= today:
        raise ValidationError("The review date must be after today; choose a later date.",
                              {"review_due_on": "must be in the future"})
    if review_due_on > today + REVIEW_HORIZON:
        raise ValidationError("The review date is more than three years away; choose a date "
                              "within three years so the article is checked again.",
                              {"review_due_on": "too far ahead"})


def check_keywords(keywords: str) -> str:
    cleaned = " ".join(keywords.split())
    if len(cleaned) > KEYWORDS_MAX:
        raise ValidationError(msg("Keywords are longer than {keywords_max} characters; keep the "
                                  "words people search for.", keywords_max=KEYWORDS_MAX),
                                  {"keywords": "too long"})
    return cleaned


def review_due(review_due_on: date | None, status: str, today: date) -> bool:
    """A published article whose review date has come (it is in the review queue)."""
    return (status == ArticleStatus.PUBLISHED and review_due_on is not None
            and review_due_on <= today)


@dataclass(frozen=True)
class DiffLine:
    """One line of a diff: ``" "`` same, ``"-"`` only in the older, ``"+"`` only in the newer."""

    sign: str
    text: str


def diff_versions(older: str, newer: str, *, context: int = 3) -> tuple[DiffLine, ...]:
    """A unified diff of two versions' texts, line by line (``@@`` lines mark the hunks)."""
    out: list[DiffLine] = []
    for line in difflib.unified_diff(older.splitlines(), newer.splitlines(), lineterm="",
                                     n=context):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            out.append(DiffLine("@", line))
        else:
            out.append(DiffLine(line[:1] or " ", line[1:]))
    return tuple(out)


def version_text(title: str, body: str) -> str:
    """What a version diff compares: the title as a heading, then the body."""
    return f"# {title}\n\n{body}"
