"""Relevance: does the answer address the question, and which of the job's skills does it show?

Open questions ("tell me about yourself") share few words with any good answer, so embedding
similarity alone is a weak signal; it is combined with cues that an answer dodges or drifts
("I can't think of one", "what I'd rather talk about", "anyway, funny thing") and the question type.
Skills are shown by a literal mention (or a simple variant) or by a sentence close to the skill in
embedding space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.errors import ModelUnavailableError

MODEL_FILE = "content.json"
#: A sentence this close to a skill's embedding shows the skill (MiniLM cosine).
SKILL_SIMILARITY = 0.5
#: Below this question-answer cosine a targeted question counts as unanswered (rule fallback).
LOW_SIMILARITY = 0.12

#: Questions that ask about something specific; the others are open ("about yourself").
TARGETED = frozenset({"behavioral", "technical", "situational", "resume", "weakness"})

_DODGE = re.compile(
    r"\b(?:can(?:'|no)?t|cannot|don'?t|do not) (?:really |actually )?(?:think of|remember|recall)"
    r" (?:one|a time|an example|any|anything|a specific)"
    r"|\b(?:not|n't) (?:really |actually )?(?:something|an area|a thing|what) (?:that )?I(?:'ve| have)?"
    r" (?:done|worked|dealt|used|touched)"
    r"|\b(?:rather|prefer to|want(?:ed)? to|like to|going to) (?:talk|tell you|speak|focus) about"
    r"|\bwhat I can (?:tell|talk)(?: you)? about"
    r"|\b(?:let me|I'll|I could|I can) (?:tell you about|talk you through)"
    r"|\bdon'?t (?:really )?(?:want|like) to (?:talk|go into|get into|discuss)"
    r"|\b(?:isn'?t|wasn'?t|not) (?:really )?(?:a|an) (?:technical|work|professional) (?:one|thing|"
    r"problem|issue)"
    r"|\bthe best way to answer (?:that|this) is"
    r"|\b(?:never|haven'?t) (?:really )?(?:had|done|faced) (?:that|one|anything like)",
    re.IGNORECASE,
)
_TANGENT = re.compile(
    r"\b(?:funny thing|on a (?:different|side) note|side note|off topic|by the way|that reminds me|"
    r"random(?:ly)?|speaking of|anyway|anyways|long story short)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    "a an the and or of to in on for with at by from about your you me us we our tell time "
    "what how why when which who would could can do did does have has had is are was were be "
    "been it this that there their they them any some one describe give example walk through "
    "so if as i my".split()
)
_WORD = re.compile(r"[a-z][a-z'\-]+")


@dataclass(frozen=True)
class SkillEvidence:
    skill: str
    sentence: Span
    literal: bool
    similarity: float


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def features(answer: Answer, context: Context) -> dict[str, float]:
    """Hand features shared by the analyzer and `scripts/train_content.py`."""
    text = context.text
    q_stems = _content_stems(answer.question)
    a_stems = _content_stems(text)
    overlap = len(q_stems & a_stems) / len(q_stems) if q_stems else 0.0
    sims = _sentence_similarities(context)
    similarity = _similarity(context)
    words = max(1, len(context.tokens))
    return {
        "similarity": similarity,
        "max_sentence_similarity": float(sims.max()) if sims.size else 0.0,
        "mean_sentence_similarity": float(sims.mean()) if sims.size else 0.0,
        "word_overlap": overlap,
        "dodge": float(min(len(_DODGE.findall(text)), 3)),
        "tangent": float(min(len(_TANGENT.findall(text)), 3)),
        "targeted": float(answer.question_type in TARGETED),
        "targeted_similarity": similarity if answer.question_type in TARGETED else 0.0,
        "short": float(words < 12),
    }


def _similarity(context: Context) -> float:
    if context.answer_vector is None or context.question_vector is None:
        return 0.0
    return float(context.answer_vector @ context.question_vector)


def _sentence_similarities(context: Context) -> np.ndarray:
    if context.sentence_vectors is None or context.question_vector is None:
        return np.zeros(0, dtype=np.float32)
    return np.asarray(context.sentence_vectors @ context.question_vector)


def skill_evidence(answer: Answer, context: Context) -> list[SkillEvidence]:
    """For each job skill the answer shows, the sentence that shows it best."""
    out: list[SkillEvidence] = []
    lowered = [s.text.lower() for s in context.sentences]
    for index, skill in enumerate(answer.skills):
        patterns = _skill_patterns(skill)
        hit = next(
            (i for i, s in enumerate(lowered) if patterns and all(p.search(s) for p in patterns)),
            None,
        )
        if hit is not None:
            out.append(SkillEvidence(skill, context.sentences[hit].span, True, 1.0))
            continue
        vectors, skills = context.sentence_vectors, context.skill_vectors
        if vectors is None or skills is None or index >= len(skills) or not len(vectors):
            continue
        sims = vectors @ skills[index]
        best = int(np.argmax(sims))
        if float(sims[best]) >= SKILL_SIMILARITY:
            out.append(SkillEvidence(skill, context.sentences[best].span, False, float(sims[best])))
    return out


def _skill_patterns(skill: str) -> list[re.Pattern[str]]:
    """One pattern per word of the skill, each allowing a simple suffix ("forecast" ~ "forecasting");
    a sentence shows the skill when it has all of them, in any order."""
    words = [w for w in _WORD.findall(skill.lower()) if w not in _STOP]
    if not words or len(words) > 4 or len(skill) > 80:
        return []
    return [re.compile(r"\b" + re.escape(_stem(w)) + r"[a-z]*\b") for w in words]


def _load() -> LinearModel | None:
    try:
        return load_models(MODEL_FILE).get("relevant")
    except (ModelUnavailableError, OSError, ValueError, KeyError):
        return None


class RelevanceAnalyzer:
    """Whether the answer answers the question, and which job skills it shows."""

    name = "relevance"

    def __init__(self, model: LinearModel | None = None, use_model: bool = True) -> None:
        self._model = model if model is not None or not use_model else _load()

    def _relevant(self, context: Context, feats: dict[str, float]) -> bool:
        if not context.tokens:
            return False
        if self._model is not None and context.has_vectors:
            return self._model.decide(feats)
        if feats["dodge"] > 0 or feats["tangent"] > 1:
            return False
        low = feats["targeted"] and feats["similarity"] < LOW_SIMILARITY
        return not (context.has_vectors and low and feats["word_overlap"] == 0)

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        feats = features(answer, context)
        relevant = self._relevant(context, feats)
        evidence = skill_evidence(answer, context)
        shown = [e.skill for e in evidence]
        missing = [s for s in answer.skills if s not in shown]
        findings = [
            summary(
                "relevance",
                "The answer addresses the question." if relevant else "The answer drifts.",
                relevant=relevant,
                similarity=round(feats["similarity"], 4),
                skills_shown=shown,
                skills_missing=missing,
            )
        ]
        if not relevant:
            spans = tuple(m.span() for m in _DODGE.finditer(context.text))
            findings.append(
                Finding(
                    "relevance.off_question",
                    Severity.PROBLEM,
                    "The answer does not address the question that was asked.",
                    "Answer the question first, in one sentence, then give your example; if you "
                    "have no direct experience, say so and describe the closest thing you did.",
                    spans=tuple(Span(a, b) for a, b in spans[:3]),
                )
            )
        if evidence:
            findings.append(
                Finding(
                    "relevance.skills_shown",
                    Severity.STRENGTH,
                    "The answer shows skills the job asks for: " + ", ".join(shown) + ".",
                    "Name the skill when you close the story so the interviewer can note it.",
                    spans=tuple(sorted({e.sentence for e in evidence}, key=lambda s: s.start)),
                    data={"skills": shown},
                )
            )
        elif answer.skills and len(context.tokens) >= 25:
            findings.append(
                Finding(
                    "relevance.no_skills",
                    Severity.INFO,
                    "None of the job's key skills comes through in this answer.",
                    f"Tie the story to one of the skills the job asks for, e.g. "
                    f"{answer.skills[0]}: say what you did that shows it.",
                    data={"skills": list(answer.skills)},
                )
            )
        return findings
