"""Linear models stored as plain JSON (never pickle): logistic and ridge regression weights.

Training lives in `scripts/train_models.py` (scikit-learn); at run time only numpy is needed.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from interview_coach.errors import ModelUnavailableError


@dataclass(frozen=True, eq=False)
class LinearModel:
    """`score = bias + w . standardised(features) + v . embedding`; logistic models squash it.

    `threshold` is the decision threshold on the probability (tuned on held-out folds).
    """

    name: str
    kind: str  # "logistic" or "ridge"
    feature_names: tuple[str, ...]
    weights: npt.NDArray[np.float64]
    mean: npt.NDArray[np.float64]
    scale: npt.NDArray[np.float64]
    bias: float
    embedding_weights: npt.NDArray[np.float64] | None = None
    threshold: float = 0.5
    meta: dict[str, Any] | None = None

    def raw(
        self, features: dict[str, float], embedding: npt.NDArray[np.float32] | None = None
    ) -> float:
        x = np.array([float(features.get(n, 0.0)) for n in self.feature_names], dtype=np.float64)
        value = self.bias + float(((x - self.mean) / self.scale) @ self.weights)
        if self.embedding_weights is not None and embedding is not None:
            value += float(embedding.astype(np.float64) @ self.embedding_weights)
        return value

    def probability(
        self, features: dict[str, float], embedding: npt.NDArray[np.float32] | None = None
    ) -> float:
        value = self.raw(features, embedding)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, value))))

    def decide(
        self, features: dict[str, float], embedding: npt.NDArray[np.float32] | None = None
    ) -> bool:
        return self.probability(features, embedding) >= self.threshold

    def contributions(self, features: dict[str, float]) -> dict[str, float]:
        """Each hand feature's share of the raw score (for explanations)."""
        out = {}
        for index, name in enumerate(self.feature_names):
            value = (float(features.get(name, 0.0)) - self.mean[index]) / self.scale[index]
            out[name] = float(value * self.weights[index])
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "feature_names": list(self.feature_names),
            "weights": [round(float(w), 6) for w in self.weights],
            "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale],
            "bias": round(self.bias, 6),
            "embedding_weights": None
            if self.embedding_weights is None
            else [round(float(w), 6) for w in self.embedding_weights],
            "threshold": round(self.threshold, 4),
            "meta": self.meta or {},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        emb = data.get("embedding_weights")
        return cls(
            name=data["name"],
            kind=data["kind"],
            feature_names=tuple(data["feature_names"]),
            weights=np.array(data["weights"], dtype=np.float64),
            mean=np.array(data["mean"], dtype=np.float64),
            scale=np.array(data["scale"], dtype=np.float64),
            bias=float(data["bias"]),
            embedding_weights=None if emb is None else np.array(emb, dtype=np.float64),
            threshold=float(data.get("threshold", 0.5)),
            meta=data.get("meta") or {},
        )


#: Point this at a folder of model files to use models trained elsewhere (held-out evaluation).
MODEL_DIR_VARIABLE = "INTERVIEW_COACH_MODEL_DIR"


def read_model_file(filename: str) -> str:
    """A model file's text: from $INTERVIEW_COACH_MODEL_DIR if it has one, else the packaged copy."""
    override = os.environ.get(MODEL_DIR_VARIABLE)
    if override and (Path(override) / filename).is_file():
        return (Path(override) / filename).read_text("utf-8")
    try:
        return resources.files("interview_coach.models").joinpath(filename).read_text("utf-8")
    except FileNotFoundError as exc:
        raise ModelUnavailableError(f"Packaged model file {filename} is missing.") from exc


def load_models(filename: str) -> dict[str, LinearModel]:
    """Load a JSON file of models (`{"models": {name: model}}`) shipped in interview_coach/models."""
    raw = read_model_file(filename)
    data = json.loads(raw)
    return {name: LinearModel.from_json(model) for name, model in data["models"].items()}
