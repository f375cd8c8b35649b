"""STAR structure: which sentences set the situation, state the task, tell the candidate's own actions
and report the result, and which of the four parts the answer is missing.

Sentences are tagged by cue patterns (`data/star_cues.yaml`) and first-person action clauses; the
answer-level decision per part is a small logistic model over those counts (`models/star.json`),
with rules as the fallback when no model ships.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models
from interview_coach.analysis.ownership import Cues, count_actions, tokens_by_sentence
from interview_coach.domain import Answer, Finding, Severity, Span
from interview_coach.errors import ModelUnavailableError

PARTS = ("situation", "task", "action", "result")
_PAST_STATES = frozenset(
    "was were had went got came felt thought knew wanted needed seemed became turned".split()
)

_PRESENT = {
    "situation": "You set the scene: the reader knows where and when this happened.",
    "task": "You say what you were responsible for or what the challenge was.",
    "action": "You describe concrete steps you took yourself.",
    "result": "You say how it turned out.",
}
_MISSING = {
    "situation": (
        "The story has no clear situation: where you were, when, and what was going on.",
        "Open with one sentence of context: the place, the time and the problem "
        '("Last spring, at [company], our [process] kept failing").',
    ),
    "task": (
        "Your own task is not clear: what you were responsible for, or the challenge you faced.",
        'Add one sentence on your goal or responsibility ("My job was to ...", '
        '"I had [time] to ...").',
    ),
    "action": (
        "The answer does not say what you did, step by step, in the first person.",
        "Walk through two or three concrete steps you took yourself, each with 'I' "
        '("I checked ...", "I set up ...").',
    ),
    "result": (
        "The story stops before the result: what changed because of what you did.",
        "End with what changed: a number, a before/after, or what you learned.",
    ),
}


@dataclass
class StarFeatures:
    """Answer-level features for the part models and the sentences tagged with each part."""

    values: dict[str, float]
    sentences: dict[str, list[int]] = field(default_factory=dict)
    best: dict[str, int] = field(default_factory=dict)


def is_applicable(cues: Cues, answer: Answer, text: str) -> bool:
    """Behavioral answers, and situational answers that move into a real past story."""
    if answer.question_type == "behavioral":
        return True
    if answer.question_type != "situational":
        return False
    return cues.count("past_story", text[:5000]) >= 1


def star_features(cues: Cues, answer: Answer, context: Context) -> StarFeatures:
    """Count cues per sentence, tag sentences with parts and summarise them for the models."""
    sentences = context.sentences
    n = len(sentences)
    tags: dict[str, list[int]] = {part: [] for part in PARTS}
    score: dict[str, list[float]] = {part: [0.0] * n for part in PARTS}
    totals = dict.fromkeys(
        (
            "sit",
            "task",
            "res",
            "res_late",
            "i_past",
            "i_other",
            "we",
            "generic",
            "hyp",
            "sit_early",
            "tail_res",
            "tail_other_past",
        ),
        0.0,
    )
    first_action: int | None = None
    past = 0
    counts = {
        kind: cues.count_by_sentence(kind, context.text, sentences)
        for kind in ("situation", "task", "result", "generic", "hypothetical")
    }
    for index, tokens in enumerate(tokens_by_sentence(context)):
        actions = count_actions(cues, tokens, context.text)
        past_here = sum(
            1 for t in tokens if t.lower in _PAST_STATES or cues.is_past_action(t.lower)
        )
        past += past_here
        if index >= n - 2:
            totals["tail_res"] += counts["result"][index]
            totals["tail_other_past"] += past_here if not actions.i_past else 0
        sit, task, res = (counts[k][index] for k in ("situation", "task", "result"))
        late = n > 1 and index >= max(1, math.floor(0.6 * n))
        totals["sit"] += sit
        totals["sit_early"] += sit if index < max(1, n // 2) else 0
        totals["task"] += task
        totals["res"] += res
        totals["res_late"] += (
            res if late or (first_action is not None and not actions.i_past) else 0
        )
        totals["i_past"] += actions.i_past
        totals["i_other"] += actions.i_other
        totals["we"] += actions.we
        totals["generic"] += counts["generic"][index]
        totals["hyp"] += counts["hypothetical"][index]
        if actions.i_past and first_action is None:
            first_action = index
        score["situation"][index] = sit + (0.5 if index == 0 else 0.0)
        score["task"][index] = float(task)
        score["action"][index] = float(actions.i_past)
        score["result"][index] = res + (0.5 if late else 0.0)
        if sit and (first_action is None or index <= first_action):
            tags["situation"].append(index)
        if task:
            tags["task"].append(index)
        if actions.i_past:
            tags["action"].append(index)
        if res and (late or index == 0 or (first_action is not None and index > first_action)):
            tags["result"].append(index)
    words = max(1, len(context.tokens))
    values = {name: math.log1p(value) for name, value in totals.items()}
    values["log_words"] = math.log1p(words)
    values["i_past_rate"] = 100.0 * totals["i_past"] / words
    values["past_rate"] = 100.0 * past / words
    values["we_share"] = totals["we"] / (totals["we"] + totals["i_past"] + totals["i_other"] + 1.0)
    if context.has_vectors and context.question_vector is not None:
        assert context.answer_vector is not None
        values["qa_sim"] = float(np.dot(context.answer_vector, context.question_vector))
    best = {part: int(np.argmax(score[part])) for part in PARTS if n and max(score[part]) > 0}
    return StarFeatures(values, tags, best)


def _rule_parts(values: dict[str, float]) -> dict[str, bool]:
    """Fallback decisions from the counts alone (log1p scale) when no trained model ships."""
    story = values["i_past"] > 0 or values["sit"] > math.log1p(1)
    return {
        "situation": story and values["sit"] > 0,
        "task": story and values["task"] > 0,
        "action": values["i_past"] >= math.log1p(2),
        "result": story and values["res_late"] > 0,
    }


def _filled(model: LinearModel, values: dict[str, float]) -> dict[str, float]:
    """Features the model knows but this answer lacks (no vectors) take their training mean."""
    out = dict(values)
    for index, name in enumerate(model.feature_names):
        out.setdefault(name, float(model.mean[index]))
    return out


class StarAnalyzer:
    """Finds the Situation, Task, Action and Result of a story answer, with the sentences behind each."""

    name = "star"

    def __init__(self, cues: Cues | None = None) -> None:
        self.cues = cues or Cues()
        try:
            self.models: dict[str, LinearModel] = load_models("star.json")
        except ModelUnavailableError:
            self.models = {}

    def decide(
        self, features: StarFeatures, embedding: npt.NDArray[np.float32] | None = None
    ) -> tuple[dict[str, bool], dict[str, float]]:
        """Each part's presence and probability (models where they ship, rules otherwise)."""
        rules = _rule_parts(features.values)
        parts: dict[str, bool] = {}
        probabilities: dict[str, float] = {}
        for part in PARTS:
            model = self.models.get(part)
            if model is None:
                parts[part] = rules[part]
                probabilities[part] = 1.0 if rules[part] else 0.0
                continue
            if model.embedding_weights is not None and embedding is None:
                parts[part] = rules[part]  # a model that needs vectors, but none were computed
                probabilities[part] = 1.0 if rules[part] else 0.0
                continue
            probability = model.probability(_filled(model, features.values), embedding)
            parts[part] = probability >= model.threshold
            probabilities[part] = round(probability, 4)
        return parts, probabilities

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        if not is_applicable(self.cues, answer, context.text):
            return [summary("star", "STAR does not apply to this question.", applicable=False)]
        features = star_features(self.cues, answer, context)
        parts, probabilities = self.decide(features, context.answer_vector)
        chosen: dict[str, list[int]] = {}
        for part in PARTS:
            tagged = features.sentences.get(part, [])
            if not parts[part]:
                chosen[part] = []
            elif tagged:
                chosen[part] = tagged
            else:
                chosen[part] = [features.best[part]] if part in features.best else []
        present = [p for p in PARTS if parts[p]]
        findings = [
            summary(
                "star",
                f"STAR parts present: {', '.join(present) or 'none'}",
                applicable=True,
                parts=parts,
                sentences=chosen,
                probabilities=probabilities,
            )
        ]
        sentences = context.sentences
        for part in PARTS:
            if parts[part]:
                spans = tuple(Span(sentences[i].start, sentences[i].end) for i in chosen[part][:4])
                findings.append(
                    Finding(
                        f"star.{part}",
                        Severity.STRENGTH,
                        _PRESENT[part],
                        "Keep this part short and concrete.",
                        spans=spans,
                    )
                )
            else:
                message, suggestion = _MISSING[part]
                findings.append(
                    Finding(f"star.missing_{part}", Severity.WARNING, message, suggestion)
                )
        return findings
