"""The versioned scoring rubric: findings in, an explainable 1-5 scorecard out.

The rubric is a ridge model over finding-derived features (`scoring/features.py`), fit on labelled
answers by `scripts/train_rubric.py` and stored as JSON (`interview_coach/models/rubric.json`, which
`$INTERVIEW_COACH_MODEL_DIR` can override). The raw score maps to 1-5 through cut points fit so that
the predicted grades keep the spread of the labelled ones; some red flags cap the grade.
Per-dimension scores map each dimension's share of the raw score onto 1-5 the same way.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from interview_coach.analysis.linear import LinearModel, read_model_file
from interview_coach.domain import Answer, Contribution, DimensionScore, Finding, Scorecard
from interview_coach.errors import ModelUnavailableError
from interview_coach.scoring.features import DEFAULT_LENGTH_RANGES, extract_features

RUBRIC_FILE = "rubric.json"
#: Contributions smaller than this (in raw-score points) are not worth explaining.
MIN_CONTRIBUTION = 0.01
#: A dimension whose scores spread less than this over the training answers is scored 3.
MIN_RANGE = 0.1


@dataclass(frozen=True, eq=False)
class Rubric:
    """Weights, cut points, caps and dimension layout of one rubric version."""

    version: str
    model: LinearModel
    thresholds: tuple[float, float, float, float]
    dimensions: dict[str, tuple[str, ...]]
    dimension_ranges: dict[str, tuple[float, float]]
    caps: dict[str, int]
    length_ranges: dict[str, tuple[int, int]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Rubric:
        cuts = [float(t) for t in data["thresholds"]]
        if len(cuts) != 4 or cuts != sorted(cuts):
            raise ModelUnavailableError("The rubric needs four increasing grade thresholds.")
        return cls(
            version=str(data["version"]),
            model=LinearModel.from_json(data["model"]),
            thresholds=(cuts[0], cuts[1], cuts[2], cuts[3]),
            dimensions={k: tuple(v) for k, v in data["dimensions"].items()},
            dimension_ranges={
                k: (float(v[0]), float(v[1])) for k, v in data["dimension_ranges"].items()
            },
            caps={k: int(v) for k, v in (data.get("caps") or {}).items()},
            length_ranges={
                k: (int(v[0]), int(v[1]))
                for k, v in (data.get("length_ranges") or DEFAULT_LENGTH_RANGES).items()
            },
        )

    def grade(self, raw: float) -> int:
        """The 1-5 grade of a raw score (before caps)."""
        return 1 + sum(raw >= cut for cut in self.thresholds)

    def features(self, answer: Answer, findings: Sequence[Finding]) -> dict[str, float]:
        return extract_features(answer, findings, self.length_ranges)

    def score(self, answer: Answer, findings: Sequence[Finding]) -> Scorecard:
        """Score an analysed answer from its findings alone (deterministic)."""
        features = self.features(answer, findings)
        shares = self.model.contributions(features)
        raw = self.model.bias + sum(shares.values())
        if not math.isfinite(raw):
            raw = self.thresholds[0] - 1.0
        overall = self.grade(raw)
        capped_by = [
            code for code, cap in self.caps.items() if features.get(code, 0.0) and overall > cap
        ]
        if capped_by:
            overall = min(self.caps[code] for code in capped_by)
            raw = min(raw, self.thresholds[overall - 1] - 0.001)
        dimensions = tuple(
            self._dimension(name, codes, shares, features)
            for name, codes in self.dimensions.items()
        )
        return Scorecard(
            overall=overall,
            overall_raw=round(raw, 4),
            dimensions=dimensions,
            rubric_version=self.version,
            contributions=_explain(shares, self.model.feature_names, features)
            + tuple(Contribution(f"cap.{code}", 0.0) for code in capped_by),
        )

    def _dimension(
        self,
        name: str,
        codes: Sequence[str],
        shares: Mapping[str, float],
        features: Mapping[str, float],
    ) -> DimensionScore:
        total = sum(shares.get(code, 0.0) for code in codes)
        low, high = self.dimension_ranges.get(name, (-1.0, 1.0))
        # a dimension whose weights are all (near) zero has no say: it stays neutral
        fraction = (total - low) / (high - low) if high - low >= MIN_RANGE else 0.5
        score = min(5, max(1, round(1 + 4 * fraction)))
        for code in codes:  # a red flag caps its dimension as it caps the overall grade
            if code in self.caps and features.get(code):
                score = min(score, self.caps[code])
        return DimensionScore(name, float(score), _explain(shares, codes, features))


def _explain(
    shares: Mapping[str, float], codes: Sequence[str], features: Mapping[str, float]
) -> tuple[Contribution, ...]:
    """The features that moved a score, largest first (absent flags are not news)."""
    items = [
        Contribution(code, round(shares[code], 3))
        for code in codes
        if code in shares
        and abs(shares[code]) >= MIN_CONTRIBUTION
        and not (code.startswith("red_flag.") and not features.get(code))
    ]
    return tuple(sorted(items, key=lambda c: (-abs(c.points), c.code)))


def load_rubric(filename: str = RUBRIC_FILE) -> Rubric:
    """The packaged rubric (or the one in $INTERVIEW_COACH_MODEL_DIR)."""
    try:
        data = json.loads(read_model_file(filename))
        return Rubric.from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelUnavailableError(f"The rubric file {filename} is malformed: {exc}") from exc
