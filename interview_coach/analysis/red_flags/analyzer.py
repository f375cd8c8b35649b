"""The red-flag analyzer: lexicon cues per sentence, weighed per flag by small logistic models."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.linear import LinearModel, load_models, read_model_file
from interview_coach.analysis.red_flags.cues import (
    EVIDENCE_GROUPS,
    Scan,
    compile_lexicon,
    features,
    load_lexicon,
    normalise,
    scan,
)
from interview_coach.analysis.red_flags.messages import FLAG_TEXT
from interview_coach.analysis.red_flags.tone import tone_features
from interview_coach.domain import Answer, Finding, Span

MODEL_FILE = "red_flags.json"
FLAGS: tuple[str, ...] = tuple(FLAG_TEXT)
MAX_EVIDENCE = 3


def load_prototypes(filename: str = MODEL_FILE) -> dict[str, npt.NDArray[np.float32]]:
    """The embedded example sentences stored next to the models (one row per sentence)."""
    data: dict[str, Any] = json.loads(read_model_file(filename))
    return {
        str(flag): np.asarray(rows, dtype=np.float32)
        for flag, rows in (data.get("prototypes") or {}).items()
        if rows
    }


class RedFlagAnalyzer:
    """Flags what makes a hiring manager wary: negativity, blame, arrogance, cliches and more."""

    name = "red_flag"

    def __init__(
        self,
        models: Mapping[str, LinearModel] | None = None,
        prototypes: Mapping[str, npt.NDArray[np.float32]] | None = None,
    ) -> None:
        self.patterns = compile_lexicon(load_lexicon())
        self.models = dict(models) if models is not None else load_models(MODEL_FILE)
        self.prototypes = dict(prototypes) if prototypes is not None else load_prototypes()

    def is_closing(self, answer: Answer) -> bool:
        """Whether the interviewer asked if the candidate has questions."""
        if answer.question_type == "closing":
            return True
        return bool(self.patterns["closing_question"].search(normalise(answer.question[:2000])))

    def measure(self, answer: Answer, context: Context) -> tuple[Scan, dict[str, float]]:
        found = scan(context, self.patterns)
        feats = features(answer, context, found, self.is_closing(answer), self.prototypes)
        feats.update(tone_features(answer, found))
        return found, feats

    def probabilities(self, answer: Answer, feats: Mapping[str, float]) -> dict[str, float]:
        out: dict[str, float] = {}
        for flag in FLAGS:
            model = self.models.get(flag)
            if model is None:
                continue
            # A feature the context cannot supply (no vectors) sits at its training mean: neutral.
            filled = {
                n: feats.get(n, float(model.mean[i])) for i, n in enumerate(model.feature_names)
            }
            out[flag] = model.probability(filled)
        if "no_questions" in out and not feats.get("closing"):
            out["no_questions"] = 0.0
        return out

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        if not context.tokens:
            return [summary("red_flag", "No red flags: the answer is empty.", flags=[], scores={})]
        found, feats = self.measure(answer, context)
        probs = self.probabilities(answer, feats)
        flagged = [f for f in FLAGS if f in probs and probs[f] >= self.models[f].threshold]
        findings = [self._finding(flag, probs[flag], found, context) for flag in flagged]
        message = (
            f"{len(flagged)} red flag(s): {', '.join(flagged)}." if flagged else "No red flags."
        )
        findings.append(
            summary(
                "red_flag",
                message,
                flags=flagged,
                scores={f: round(p, 4) for f, p in probs.items()},
                thresholds={f: self.models[f].threshold for f in probs},
            )
        )
        return findings

    def _finding(self, flag: str, probability: float, found: Scan, context: Context) -> Finding:
        text = FLAG_TEXT[flag]
        return Finding(
            code=f"red_flag.{flag}",
            severity=text.severity,
            message=text.message,
            suggestion=text.suggestion,
            spans=self._evidence(flag, found, context),
            data={"probability": round(probability, 4)},
        )

    def _evidence(self, flag: str, found: Scan, context: Context) -> tuple[Span, ...]:
        """Whole sentences that carry the flag's cues; failing those, the closest sentence."""
        chosen: set[int] = set()
        for group in EVIDENCE_GROUPS[flag]:
            chosen |= found.where(group)
        if not chosen:
            best = self._best_sentence(flag, context)
            if best is not None:
                chosen.add(best)
        sentences = context.sentences
        return tuple(sentences[i].span for i in sorted(chosen)[:MAX_EVIDENCE] if i < len(sentences))

    def _best_sentence(self, flag: str, context: Context) -> int | None:
        vectors = context.sentence_vectors
        if vectors is None or not len(vectors) or not context.sentences:
            return 0 if context.sentences else None
        if flag == "off_topic" and context.question_vector is not None:
            scores = -(vectors @ context.question_vector)
            scores[np.linalg.norm(vectors, axis=1) == 0] = -np.inf
            return int(np.argmax(scores))
        prototypes = self.prototypes.get(flag)
        if prototypes is None:
            return 0
        return int(np.argmax((vectors @ prototypes.T).max(axis=1)))
