"""Enthusiasm: a stated passion, interest shown by a story or activity, and a link to this role.

The cues are packaged lexicons (`data/enthusiasm.yaml`). A claim needs explicit words (passionate,
love, excited, care deeply); evidence needs an activity or a moment beyond what a job required (a
side project, self-study, volunteering, "that was when I knew"); a link to the role needs "this
role", "your team" and the like, in a sentence that is not about pay, perks or the commute. Small
logistic models (`models/content.json`) weigh the cue counts with the question type when present.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models, read_model_file
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.errors import ModelUnavailableError

MODEL_FILE = "content.json"
LEXICON_FILE = "enthusiasm.yaml"
#: Questions where the candidate is expected to say why they want this job.
MOTIVE_QUESTIONS = frozenset({"motivation", "intro", "closing", "culture_fit"})
_QUESTION_GROUPS = ("motivation", "intro", "closing", "behavioral")
PROTOTYPE_KINDS = ("evidence", "role_link")
Prototypes = dict[str, npt.NDArray[np.float32]]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    joined = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    return re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)


def load_lexicon() -> dict[str, re.Pattern[str]]:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("interview_coach.data").joinpath(LEXICON_FILE).read_text("utf-8")
    )
    keys = ("claim", "claim_negated", "evidence", "role_link", "role_link_excluded")
    return {key: _compile([str(p) for p in raw.get(key) or []]) for key in keys}


def example_sentences() -> dict[str, list[str]]:
    """The lexicon's example sentences per kind (embedded by the training script)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("interview_coach.data").joinpath(LEXICON_FILE).read_text("utf-8")
    )
    return {kind: [str(s) for s in raw.get(f"{kind}_examples") or []] for kind in PROTOTYPE_KINDS}


def load_prototypes() -> Prototypes:
    """Embedded example sentences from models/content.json (empty when absent)."""
    try:
        data = json.loads(read_model_file(MODEL_FILE)).get("prototypes") or {}
    except (ModelUnavailableError, OSError, ValueError):
        return {}
    return {k: np.asarray(v, dtype=np.float32) for k, v in data.items() if k in PROTOTYPE_KINDS}


def prototype_similarity(context: Context, prototypes: Prototypes, kind: str) -> float:
    """The best cosine between any sentence of the answer and any example of `kind`."""
    vectors, examples = context.sentence_vectors, prototypes.get(kind)
    if vectors is None or examples is None or not len(vectors) or not len(examples):
        return 0.0
    return float(np.max(vectors @ examples.T))


class Cues:
    """Evidence spans of each cue kind in one answer."""

    def __init__(self, lexicon: dict[str, re.Pattern[str]], context: Context) -> None:
        text = context.text.replace("\u2019", "'")
        negated = [m.span() for m in lexicon["claim_negated"].finditer(text)]
        self.claims = [
            Span(*m.span())
            for m in lexicon["claim"].finditer(text)
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in negated)
        ]
        self.evidence = [Span(*m.span()) for m in lexicon["evidence"].finditer(text)]
        self.links: list[Span] = []
        self.excluded_links = 0
        for sentence in context.sentences:
            piece = text[sentence.start : sentence.end]
            found = [m.span() for m in lexicon["role_link"].finditer(piece)]
            if found and lexicon["role_link_excluded"].search(piece):
                self.excluded_links += len(found)
                continue
            self.links.extend(Span(sentence.start + a, sentence.start + b) for a, b in found)


def features(
    answer: Answer, cues: Cues, context: Context, prototypes: Prototypes | None = None
) -> dict[str, float]:
    """Hand features shared by the analyzer and `scripts/train_content.py`."""
    out = {
        "evidence_like": prototype_similarity(context, prototypes or {}, "evidence"),
        "role_link_like": prototype_similarity(context, prototypes or {}, "role_link"),
        "claims": float(min(len(cues.claims), 4)),
        "evidence": float(min(len(cues.evidence), 4)),
        "links": float(min(len(cues.links), 4)),
        "excluded_links": float(min(cues.excluded_links, 3)),
        "late_links": float(sum(1 for s in cues.links if s.start >= 0.5 * len(context.text))),
        "words_100": len(context.tokens) / 100.0,
    }
    for group in _QUESTION_GROUPS:
        out[f"q_{group}"] = float(answer.question_type == group)
    return out


def _load() -> dict[str, LinearModel]:
    try:
        models = load_models(MODEL_FILE)
    except (ModelUnavailableError, OSError, ValueError, KeyError):
        return {}
    wanted = ("passion_claim", "passion_evidence", "connects_to_role")
    return {k: models[k] for k in wanted if k in models}


class EnthusiasmAnalyzer:
    """Passion claimed, passion shown, and the link to this job."""

    name = "enthusiasm"

    def __init__(
        self, models: dict[str, LinearModel] | None = None, prototypes: Prototypes | None = None
    ) -> None:
        self._lexicon = load_lexicon()
        self._models = _load() if models is None else models
        self._prototypes = load_prototypes() if prototypes is None else prototypes

    def _decide(self, key: str, context: Context, feats: dict[str, float], rule: bool) -> bool:
        """The model's decision; the rule's without one, or without vectors for its features."""
        model = self._models.get(key)
        if model is None or not (context.has_vectors and self._prototypes):
            return rule
        return model.decide(feats)

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        cues = Cues(self._lexicon, context)
        feats = features(answer, cues, context, self._prototypes)
        claim = bool(cues.claims)
        evidence = self._decide("passion_evidence", context, feats, bool(cues.evidence))
        linked = self._decide("connects_to_role", context, feats, bool(cues.links))
        findings = [
            summary(
                "enthusiasm",
                "Enthusiasm cues measured.",
                passion_claim=claim,
                passion_evidence=evidence,
                connects_to_role=linked,
                claims=len(cues.claims),
                evidence_cues=len(cues.evidence),
                role_links=len(cues.links),
            )
        ]
        if claim and not evidence:
            findings.append(
                Finding(
                    "enthusiasm.claim_without_evidence",
                    Severity.WARNING,
                    "You say you are passionate but nothing in the answer shows it.",
                    "Show it with a story: a moment that got you interested, or something you do "
                    "on your own time (a project, a course, volunteering).",
                    spans=tuple(cues.claims[:3]),
                )
            )
        elif evidence:
            findings.append(
                Finding(
                    "enthusiasm.shown",
                    Severity.STRENGTH,
                    "Your interest comes through in what you did, not only in what you say.",
                    "Keep the concrete detail; it is more convincing than the word 'passionate'.",
                    spans=tuple(cues.evidence[:3]),
                )
            )
        if linked:
            findings.append(
                Finding(
                    "enthusiasm.linked_to_role",
                    Severity.STRENGTH,
                    "The answer ties your experience or motives to this job.",
                    "Good: a specific reason for this role or company is what interviewers look for.",
                    spans=tuple(cues.links[:3]),
                )
            )
        elif answer.question_type in MOTIVE_QUESTIONS and context.tokens:
            findings.append(
                Finding(
                    "enthusiasm.no_link_to_role",
                    Severity.WARNING,
                    "The answer does not say what draws you to this role or company.",
                    "Name one thing that draws you to this role or company (the team's work, the "
                    "product, the people you would serve) and connect it to your experience.",
                )
            )
        return findings
