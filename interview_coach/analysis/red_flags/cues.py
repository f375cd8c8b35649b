"""Sentence-level cue scanning and the per-answer features the red-flag models read.

The lexicon (`interview_coach/data/red_flags.yaml`) holds groups of regex fragments. Each group is
compiled once into one alternation and run over the whole answer; every hit is mapped to its
sentence, so features can ask "does one sentence both name a manager and call them useless?".
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from interview_coach.analysis.base import Context
from interview_coach.analysis.relevance import features as relevance_features
from interview_coach.domain import Answer, Span

#: Hits are counted up to this many per group so that a long ramble does not dominate a model.
COUNT_CAP = 4
#: Similarity to a flag's examples is the mean over this many closest example sentences.
TOP_K = 3
_DIGIT = re.compile(r"\d")
_ESCAPE_OR_UPPER = re.compile(r"(\\.)|([A-Z])")
_FAILURE_QUESTION = re.compile(
    r"\b(?:fail\w*|mistake|wrong|didn'?t go|did not go|missed|conflict|disagree\w*|difficult|"
    r"feedback|criticism|leav\w+|left|gap|jobs|underperform\w*|didn'?t perform|went badly|setback)",
    re.I,
)


def _lexicon_data() -> dict[str, Any]:
    raw = resources.files("interview_coach.data").joinpath("red_flags.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def load_lexicon() -> dict[str, list[str]]:
    """The packaged cue groups, as raw regex fragments."""
    groups = _lexicon_data()["groups"]
    return {str(name): [str(p) for p in patterns] for name, patterns in groups.items()}


def load_prototype_texts() -> dict[str, list[str]]:
    """Example sentences per flag; the training script embeds them (the analyzer loads vectors)."""
    prototypes = _lexicon_data().get("prototypes") or {}
    return {str(flag): [str(s) for s in lines] for flag, lines in prototypes.items()}


def _lower_pattern(pattern: str) -> str:
    """Lower-case a regex outside its escapes (`\\W` must stay `\\W`)."""
    return _ESCAPE_OR_UPPER.sub(lambda m: m.group(1) or m.group(2).lower(), pattern)


def compile_lexicon(groups: Mapping[str, Sequence[str]]) -> dict[str, re.Pattern[str]]:
    """One alternation per group, matched against lower-cased text (3x faster than re.I)."""
    compiled = {}
    for name, patterns in groups.items():
        body = "|".join(f"(?:{_lower_pattern(p)})" for p in patterns)
        compiled[name] = re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.M)
    return compiled


def normalise(text: str) -> str:
    """Lower-cased text with straight apostrophes and the same length (offsets stay valid)."""
    lowered = text.replace("\u2019", "'").lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text.replace("\u2019", "'"))


@dataclass(frozen=True)
class Scan:
    """Where each cue group fired: spans per group and, per group, the set of sentence indexes."""

    spans: dict[str, tuple[Span, ...]]
    sentences: dict[str, frozenset[int]]
    n_sentences: int

    def count(self, group: str) -> int:
        return min(COUNT_CAP, len(self.spans.get(group, ())))

    def where(self, group: str) -> frozenset[int]:
        return self.sentences.get(group, frozenset())


def scan(context: Context, patterns: Mapping[str, re.Pattern[str]]) -> Scan:
    """Run every cue group over the answer; `closing_question` is left to the question text."""
    text = normalise(context.text)
    starts = [s.start for s in context.sentences]
    spans: dict[str, tuple[Span, ...]] = {}
    where: dict[str, frozenset[int]] = {}
    for name, pattern in patterns.items():
        if name in ("closing_question", "decline"):
            continue
        found = tuple(
            Span(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()
        )
        spans[name] = found
        where[name] = frozenset(max(0, bisect_right(starts, s.start) - 1) for s in found)
    decline = patterns.get("decline")
    if decline is not None and context.sentences:
        first = context.sentences[0]
        hits = [
            Span(first.start + m.start(), first.start + m.end())
            for m in decline.finditer(normalise(first.text))
            if m.end() > m.start()
        ]
        spans["decline"] = tuple(hits)
        where["decline"] = frozenset({0}) if hits else frozenset()
    return Scan(spans, where, len(context.sentences))


def _top_mean(sims: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Mean of each row's best TOP_K similarities: steadier than the single best example."""
    k = min(TOP_K, sims.shape[1])
    top: npt.NDArray[np.float32] = np.sort(sims, axis=1)[:, -k:].mean(axis=1)
    return top


def prototype_features(
    context: Context, flag: str, prototypes: npt.NDArray[np.float32]
) -> dict[str, float]:
    """Closeness to a flag's example sentences, of the best answer sentence and the whole answer.

    (Near-miss counter-examples, as a margin or as their own feature, lowered F1 across folds.)
    """
    vectors = context.sentence_vectors
    if vectors is None or context.answer_vector is None or not len(prototypes):
        return {}
    vectors = vectors[np.linalg.norm(vectors, axis=1) > 0]
    if not len(vectors):
        return {}
    return {
        f"proto_{flag}": float(_top_mean(vectors @ prototypes.T).max()),
        f"whole_{flag}": float(_top_mean((context.answer_vector @ prototypes.T)[None, :])[0]),
    }


def features(
    answer: Answer,
    context: Context,
    found: Scan,
    closing: bool,
    prototypes: Mapping[str, npt.NDArray[np.float32]],
) -> dict[str, float]:
    """All cue features of one answer (vector features are absent when the context has none)."""
    words = len(context.tokens)
    criticism = found.where("insult") | found.where("negative")
    aimed = criticism & found.where("target")
    concrete = sum(1 for t in context.tokens if _DIGIT.search(t.text))
    cliche_bare = sum(
        1
        for i in found.where("cliche")
        if i < len(context.sentences) and not _DIGIT.search(context.sentences[i].text)
    )
    pay_reason = found.where("pay") & (found.where("main_reason") | found.where("indifferent"))
    private = found.where("private_health") | found.where("private_relationship")
    private |= found.where("private_legal")
    kinds = sum(
        1 for g in ("private_health", "private_relationship", "private_legal") if found.where(g)
    )
    qtype = answer.question_type
    out: dict[str, float] = {
        "log_words": math.log1p(words),
        "insult": found.count("insult"),
        "negative": found.count("negative"),
        "aimed_criticism": min(COUNT_CAP, len(aimed)),
        "fair": found.count("fair"),
        "swear": found.count("swear"),
        "blame_denial": found.count("blame_denial"),
        "blame_other": found.count("blame_other"),
        "own": found.count("own"),
        "failure_question": float(bool(_FAILURE_QUESTION.search(answer.question))),
        "boast": found.count("boast"),
        "dismiss": found.count("dismiss"),
        "cliche": found.count("cliche"),
        "cliche_bare": min(COUNT_CAP, cliche_bare),
        "concrete": math.log1p(concrete),
        "self_question": float(qtype in ("weakness", "strength", "intro", "behavioral")),
        "indifferent": found.count("indifferent"),
        "eager": found.count("eager"),
        "pay": found.count("pay"),
        "pay_reason": min(COUNT_CAP, len(pay_reason)),
        "motive_question": float(qtype in ("motivation", "intro", "closing", "resume")),
        "private": min(COUNT_CAP * 2, len(private)),
        "private_kinds": kinds,
        "family": found.count("private_family"),
        "steer": found.count("steer"),
        "closing": float(closing),
        "asks": float("?" in context.text),
        "decline": float(bool(found.where("decline"))),
        "short": float(words <= 25),
    }
    for flag, vectors in prototypes.items():
        out.update(prototype_features(context, flag, vectors))
    # Dodging the question ("I can't think of one", "what I can tell you about") marks off_topic.
    out["dodge"] = relevance_features(answer, context)["dodge"]
    return out


#: The features each flag's model reads (hand cues first, then vector-based ones).
FLAG_FEATURES: dict[str, tuple[str, ...]] = {
    "negative_about_employer": (
        *("insult", "negative", "aimed_criticism", "fair"),
        *("aimed_unhedged", "hedged"),
        *("proto_negative_about_employer", "whole_negative_about_employer"),
    ),
    # Ownership and similarity to blame examples are left out: failure stories carry both, so the
    # model learned to flag an owned mistake; a cue of others as the cause is needed.
    "blame_shifting": (
        *("blame_denial", "blame_other", "blame_cause", "blame_unowned", "failure_question"),
    ),
    "arrogance": (
        *("boast", "dismiss", "insult", "superior", "dismissive"),
        *("proto_arrogance", "whole_arrogance"),
    ),
    "cliche": ("cliche", "cliche_bare", "concrete", "log_words", "self_question"),
    "unprofessional_language": ("swear", "swear_any"),
    "low_enthusiasm": (
        *("indifferent", "eager", "log_words", "indifferent_any", "indifferent_uneager"),
        "proto_low_enthusiasm",
    ),
    "money_focus": (
        *("pay", "pay_reason", "motive_question", "pay_framed", "pay_motive"),
        "pay_framed_motive",
    ),
    "off_topic": ("steer", "dodge", "proto_off_topic", "whole_off_topic"),
    "oversharing": ("private", "private_kinds", "family"),
    "no_questions": ("closing", "asks", "decline", "short"),
}

#: The cue groups whose spans are quoted as evidence for each flag.
EVIDENCE_GROUPS: dict[str, tuple[str, ...]] = {
    "negative_about_employer": ("insult", "negative"),
    "blame_shifting": ("blame_denial", "blame_other", "other_cause"),
    "arrogance": ("boast", "dismiss", "self_superior", "dismissive"),
    "cliche": ("cliche",),
    "unprofessional_language": ("swear",),
    "low_enthusiasm": ("indifferent", "indifferent_plus"),
    "money_focus": ("pay",),
    "off_topic": ("steer",),
    "oversharing": ("private_health", "private_relationship", "private_legal"),
    "no_questions": ("decline",),
}
