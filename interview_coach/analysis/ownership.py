"""Personal ownership: does the answer make the candidate's own actions clear ("I did"), not only "we"?

The first-person action counter here is shared with the STAR analyzer: a subject pronoun followed
(after a few optional adverbs or fillers) by an action verb counts as one action; verbs chained to
it in the same sentence ("I called her, apologised and rebooked") count too.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models
from interview_coach.analysis.text import Sentence, Token
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.errors import ModelUnavailableError

_LOOKAHEAD = 4  # tokens scanned after a subject pronoun for its verb
_CHAIN_LINKS = frozenset({"and", "then", "also", "so"})
_WE_SUBJECTS = frozenset({"we", "we'd", "we've", "we'll"})
_OTHER_SUBJECTS = frozenset({"he", "she", "they", "it", "you", "he'd", "she'd", "they'd"})


def fold(text: str) -> str:
    """Lower-case text with straight apostrophes, keeping every offset (patterns are lower-case:
    matching folded text is several times faster than a case-insensitive regex)."""
    lowered = text.lower().replace("\u2019", "'")
    return lowered if len(lowered) == len(text) else text


class Cues:
    """The packaged cue lexicon (`data/star_cues.yaml`), with its patterns compiled once."""

    def __init__(self, raw: dict[str, Any] | None = None) -> None:
        if raw is None:
            text = (
                resources.files("interview_coach.data")
                .joinpath("star_cues.yaml")
                .read_text("utf-8")
            )
            raw = yaml.safe_load(text)
        self.between = frozenset(raw["between_subject_and_verb"])
        self.state = frozenset(raw["state_verbs"])
        self.irregular_past = frozenset(raw["irregular_past"])
        self.not_past = frozenset(raw["not_past_actions"])
        self.patterns = {
            key[: -len("_patterns")]: [re.compile(p) for p in value]
            for key, value in raw.items()
            if key.endswith("_patterns")
        }

    def count(self, kind: str, text: str) -> int:
        """How many of the `kind` patterns match somewhere in `text` (each counted once)."""
        lowered = fold(text)
        return sum(1 for pattern in self.patterns[kind] if pattern.search(lowered))

    def count_by_sentence(self, kind: str, text: str, sentences: Sequence[Sentence]) -> list[int]:
        """`count` for every sentence at once: one scan of the text per pattern."""
        starts = [s.start for s in sentences]
        out = [0] * len(sentences)
        lowered = fold(text)
        for pattern in self.patterns[kind]:
            seen: set[int] = set()
            for match in pattern.finditer(lowered):
                index = bisect_right(starts, match.start()) - 1
                if index >= 0 and index not in seen and match.start() < sentences[index].end:
                    seen.add(index)
                    out[index] += 1
        return out

    def is_past_action(self, word: str) -> bool:
        if word in self.irregular_past:
            return True
        return len(word) > 4 and word.endswith("ed") and word not in self.not_past

    def is_action(self, word: str) -> bool:
        return word.isalpha() and word not in self.state and word not in self.between


@dataclass(frozen=True)
class SentenceActions:
    """First-person actions in one sentence: `i_past` ("I rang"), `i_other` ("I'd check", "I check"),
    `we` (any tense) and the token spans of the "I" verbs."""

    i_past: int = 0
    i_other: int = 0
    we: int = 0
    i_verbs: tuple[Span, ...] = ()


def tokens_by_sentence(context: Context) -> list[list[Token]]:
    """Each sentence's tokens, found by bisection (linear in the answer's length)."""
    starts = [t.start for t in context.tokens]
    out = []
    for sentence in context.sentences:
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, sentence.end, lo=first)
        out.append(list(context.tokens[first:last]))
    return out


def count_actions(cues: Cues, tokens: list[Token], text: str) -> SentenceActions:
    """Count subject-verb action clauses in one sentence's tokens (`text` is the answer text)."""
    i_past = i_other = we = 0
    verbs: list[Span] = []
    subject: str | None = None
    n = len(tokens)
    index = 0
    while index < n:
        word = tokens[index].lower
        if word in cues.between and word not in ("i", "we"):
            index += 1
            continue
        is_i = word in ("i", "i'd", "i've", "i'll")
        if is_i or word in _WE_SUBJECTS:
            subject = "i" if is_i else "we"
            verb_at = _find_verb(cues, tokens, index + 1)
            if verb_at is not None:
                verb = tokens[verb_at].lower
                if subject == "we":
                    we += 1
                elif cues.is_past_action(verb) and word != "i'd":
                    i_past += 1
                    verbs.append(tokens[verb_at].span)
                else:
                    i_other += 1
                    verbs.append(tokens[verb_at].span)
                index = verb_at + 1
                continue
        elif word in _OTHER_SUBJECTS or word == "i'm":
            subject = None
        elif subject == "i" and index > 0 and cues.is_past_action(word):
            gap = text[tokens[index - 1].end : tokens[index].start]
            if "," in gap or tokens[index - 1].lower in _CHAIN_LINKS:
                i_past += 1
                verbs.append(tokens[index].span)
        index += 1
    return SentenceActions(i_past, i_other, we, tuple(verbs))


def _find_verb(cues: Cues, tokens: list[Token], start: int) -> int | None:
    """The index of the action verb after a subject, or None (a state verb, or nothing close)."""
    for index in range(start, min(start + _LOOKAHEAD, len(tokens))):
        word = tokens[index].lower
        if word in ("i", "we"):
            continue
        if word in cues.between:
            continue
        if word == "did" and index + 1 < len(tokens) and tokens[index + 1].lower == "not":
            return None
        if word in cues.irregular_past or cues.is_past_action(word):
            return index
        return index if cues.is_action(word) else None
    return None


@dataclass(frozen=True)
class OwnershipFeatures:
    values: dict[str, float]
    we_sentences: tuple[Sentence, ...]
    i_sentences: tuple[Sentence, ...]
    i_actions: int
    we_actions: int


def ownership_features(cues: Cues, answer: Answer, context: Context) -> OwnershipFeatures:
    """Hand features of first-person ownership for the model (and the sentences behind them)."""
    i_past = i_other = we = generic = 0
    we_sentences: list[Sentence] = []
    i_sentences: list[Sentence] = []
    generic_counts = cues.count_by_sentence("generic", context.text, context.sentences)
    for sentence, tokens, generic_here in zip(
        context.sentences, tokens_by_sentence(context), generic_counts, strict=True
    ):
        actions = count_actions(cues, tokens, context.text)
        i_past += actions.i_past
        i_other += actions.i_other
        we += actions.we
        generic += generic_here
        if actions.i_past or actions.i_other:
            i_sentences.append(sentence)
        elif actions.we:
            we_sentences.append(sentence)
    words = max(1, len(context.tokens))
    values = {
        "log_words": math.log1p(words),
        "i_past": math.log1p(i_past),
        "i_other": math.log1p(i_other),
        "we": math.log1p(we),
        "i_share": (i_past + i_other) / (i_past + i_other + we + 1.0),
        "generic": math.log1p(generic),
        "i_rate": 100.0 * (i_past + i_other) / words,
    }
    return OwnershipFeatures(values, tuple(we_sentences), tuple(i_sentences), i_past + i_other, we)


def _rule_decision(features: OwnershipFeatures) -> bool:
    """Fallback when no trained model ships: two own actions, or one that outweighs the "we"."""
    return features.i_actions >= 2 or (features.i_actions == 1 and features.we_actions <= 1)


class OwnershipAnalyzer:
    """Flags answers told only as "we" and credits answers where the candidate's steps are clear."""

    name = "ownership"

    def __init__(self, cues: Cues | None = None) -> None:
        self.cues = cues or Cues()
        self.model: LinearModel | None
        try:
            self.model = load_models("ownership.json").get("personal_ownership")
        except ModelUnavailableError:
            self.model = None

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        features = ownership_features(self.cues, answer, context)
        if self.model is not None:
            probability = self.model.probability(features.values)
            owned = probability >= self.model.threshold
        else:
            owned = _rule_decision(features)
            probability = 1.0 if owned else 0.0
        findings = [
            summary(
                "ownership",
                f"{features.i_actions} first-person actions, {features.we_actions} 'we' actions",
                personal_ownership=owned,
                i_actions=features.i_actions,
                we_actions=features.we_actions,
                probability=round(probability, 4),
            )
        ]
        if owned and features.i_sentences:
            findings.append(
                Finding(
                    "ownership.clear",
                    Severity.STRENGTH,
                    "Your own part is clear: you say what you did in the first person.",
                    "Keep it: the interviewer can credit each step to you.",
                    spans=tuple(s.span for s in features.i_sentences[:3]),
                    data={"i_actions": features.i_actions},
                )
            )
        elif not owned and features.we_actions:
            findings.append(
                Finding(
                    "ownership.we_only",
                    Severity.WARNING,
                    "The answer says what 'we' did but not what you did yourself.",
                    "Say what *you* did: name your own steps with 'I' (\"I rebuilt the report\", "
                    "\"I called the client\") and keep 'we' for the team's result.",
                    spans=tuple(s.span for s in features.we_sentences[:3]),
                    data={"we_actions": features.we_actions},
                )
            )
        return findings
