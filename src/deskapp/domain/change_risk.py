"""A change's risk from a short questionnaire: impact of failure x probability of failure.

Five questions, each answer worth points on one axis. The impact of a failure (1-4) is the
widest disruption it would cause, one more when a business-critical service is touched or the
change cannot be backed out quickly; the probability (1-4) rises with how little the change
was tested and how new it is to the team. The score is their product (1-16) and its level
low / medium / high / very high. Every point comes with the sentence saying why, and the form
shows them beside the score, so a change manager can see (and challenge) what drives it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from deskapp.errors import ValidationError
from deskapp.messages import mark

IMPACT, PROBABILITY = "impact", "probability"


@dataclass(frozen=True)
class Answer:
    key: str
    label: str
    points: int  # added on the question's axis
    reason: str  # the sentence shown when this answer is given ("" : nothing to say)


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    axis: str  # IMPACT or PROBABILITY
    answers: tuple[Answer, ...]
    #: base answers set the axis's floor (the largest wins); the others add to it
    base: bool

    def answer(self, key: str) -> Answer:
        for a in self.answers:
            if a.key == key:
                return a
        message = (f"'{key}' is not an answer to \"{self.text}\"; choose one of the offered "
                   "answers.")
        raise ValidationError(message, {"risk_answers": message})


QUESTIONS: tuple[Question, ...] = (
    Question("users", "Who loses service if the change fails?", IMPACT, (
        Answer("none", "Nobody (no user-facing service)", 1, ""),
        Answer("team", "One team or site", 2, "A failure would stop one team or site."),
        Answer("department", "A department or several sites", 3,
               "A failure would stop a department or several sites."),
        Answer("everyone", "Everyone, or customers", 4,
               "A failure would stop everyone (or customers)."),
    ), base=True),
    Question("critical", "Does it touch a business-critical service?", IMPACT, (
        Answer("no", "No", 0, ""),
        Answer("yes", "Yes", 1, "It touches a business-critical service."),
    ), base=False),
    Question("backout", "How quickly can it be backed out?", IMPACT, (
        Answer("minutes", "Within minutes", 0, ""),
        Answer("hours", "Within hours", 1, "Backing it out takes hours."),
        Answer("never", "It cannot be backed out", 2, "It cannot be backed out."),
    ), base=False),
    Question("tested", "Was it tested in a test environment?", PROBABILITY, (
        Answer("fully", "Fully, like production", 1, ""),
        Answer("partly", "Partly", 2, "It was only partly tested."),
        Answer("not", "Not tested", 3, "It was not tested before."),
    ), base=True),
    Question("experience", "Has the team made this change before?", PROBABILITY, (
        Answer("often", "Often", 0, ""),
        Answer("once", "Once or twice", 0, ""),
        Answer("never", "Never", 1, "The team has never made this change."),
    ), base=False),
)
QUESTION_BY_KEY: Mapping[str, Question] = {q.key: q for q in QUESTIONS}

LOW, MEDIUM, HIGH, VERY_HIGH = "low", "medium", "high", "very_high"
LEVELS = (LOW, MEDIUM, HIGH, VERY_HIGH)
LEVEL_LABELS: Mapping[str, str] = {LOW: mark("Low"), MEDIUM: mark("Medium"), HIGH: mark("High"),
                                   VERY_HIGH: mark("Very high")}
LEVEL_MAX = 10


@dataclass(frozen=True)
class RiskAssessment:
    impact: int  # 1..4
    probability: int  # 1..4
    score: int  # impact x probability, 1..16
    level: str
    reasons: tuple[str, ...]


def level_of(score: int) -> str:
    if score <= 3:
        return LOW
    if score <= 7:
        return MEDIUM
    if score <= 11:
        return HIGH
    return VERY_HIGH


def check_answers(answers: Mapping[str, Any]) -> dict[str, str]:
    """Answers as they are stored: every question answered with one of its answers."""
    unknown = sorted(set(answers) - set(QUESTION_BY_KEY))
    if unknown:
        message = f"'{unknown[0]}' is not a risk question."
        raise ValidationError(message, {"risk_answers": message})
    out: dict[str, str] = {}
    missing = []
    for q in QUESTIONS:
        value = answers.get(q.key)
        if value is None or value == "":
            missing.append(q.text)
            continue
        out[q.key] = q.answer(str(value)).key
    if missing:
        message = f"Answer every risk question; still open: {missing[0]}"
        raise ValidationError(message, {"risk_answers": message})
    return out


def assess(answers: Mapping[str, Any]) -> RiskAssessment:
    """The risk of a change from its (complete) answers, with the reasons for its score."""
    chosen = check_answers(answers)
    axes = {IMPACT: 1, PROBABILITY: 1}
    extra = {IMPACT: 0, PROBABILITY: 0}
    reasons: list[str] = []
    for q in QUESTIONS:
        a = q.answer(chosen[q.key])
        if q.base:
            axes[q.axis] = max(axes[q.axis], a.points)
        else:
            extra[q.axis] += a.points
        if a.reason:
            reasons.append(a.reason)
    impact = min(4, axes[IMPACT] + extra[IMPACT])
    probability = min(4, axes[PROBABILITY] + extra[PROBABILITY])
    score = impact * probability
    level = level_of(score)
    reasons.append(f"Impact of failure {impact} of 4 x probability {probability} of 4 = "
                   f"{score} ({LEVEL_LABELS[level].lower()} risk).")
    return RiskAssessment(impact, probability, score, level, tuple(reasons))


#: The answers a standard change's template implies (a routine, tested, reversible change).
ROUTINE: Mapping[str, str] = {"users": "none", "critical": "no", "backout": "minutes",
                              "tested": "fully", "experience": "often"}
