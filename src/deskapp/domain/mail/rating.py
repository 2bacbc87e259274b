"""Satisfaction (CSAT) scores: 1 (very poor) to 5 (excellent), read from a reply.

A reply counts as a rating when its subject says "Rating N" (the links in the resolution mail
write that) or when its first line is a score: a digit 1-5, "4/5", or a word such as "good".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deskapp.errors import ValidationError

SCORES = range(1, 6)
COMMENT_MAX = 2000
WORDS = {
    # en
    "excellent": 5, "great": 5, "very good": 5, "good": 4, "fair": 3, "ok": 3, "okay": 3,
    "poor": 2, "bad": 2, "very poor": 1, "terrible": 1, "very bad": 1,
    # de
    "sehr gut": 5, "gut": 4, "mittel": 3, "schlecht": 2, "sehr schlecht": 1,
}
_SUBJECT = re.compile(r"\b(?:rating|bewertung)\s*[:=]?\s*([1-5])\b", re.IGNORECASE)
_FIRST = re.compile(r"^\s*([1-5])(?:\s*/\s*5)?(?:\s*(?:stars?|sterne?))?\s*[.!:,-]?\s*(.*)$",
                    re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Rating:
    score: int
    comment: str | None


def check_score(score: object) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        raise ValidationError("A rating is a whole number from 1 (very poor) to 5 "
                              "(excellent); pick one.", {"score": "Pick 1 to 5."})
    return score


def _comment(text: str) -> str | None:
    text = re.sub(r"^\s*(comment|kommentar)\s*(\(optional\))?\s*:\s*", "", text.strip(),
                  flags=re.IGNORECASE).strip()
    return text[:COMMENT_MAX] or None


def parse_rating(subject: str, text: str, *, replying_to_resolution: bool) -> Rating | None:
    """The rating a reply gives, or None. A bare number counts only in a reply to the
    resolution mail (``replying_to_resolution``): elsewhere "2" may mean anything."""
    match = _SUBJECT.search(subject)
    if match:
        return Rating(int(match.group(1)), _comment(text))
    if not replying_to_resolution:
        return None
    first, _, rest = text.strip().partition("\n")
    found = _FIRST.match(first)
    if found:
        return Rating(int(found.group(1)), _comment((found.group(2) + "\n" + rest).strip()))
    lowered = first.strip().lower().rstrip(".!")
    for word in sorted(WORDS, key=len, reverse=True):
        if lowered == word or lowered.startswith(word + " ") or lowered.startswith(word + ","):
            return Rating(WORDS[word], _comment(first.strip()[len(word):].lstrip(" ,.!-")
                                                + "\n" + rest))
    return None
