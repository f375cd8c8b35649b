"""Turn findings and a scorecard into the labels of the evaluation contract (LABELS.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from interview_coach.analysis.base import summary_data
from interview_coach.domain import Finding, Scorecard

RED_FLAGS = (
    "negative_about_employer",
    "blame_shifting",
    "arrogance",
    "cliche",
    "unprofessional_language",
    "low_enthusiasm",
    "money_focus",
    "off_topic",
    "oversharing",
    "no_questions",
)
STAR_PARTS = ("situation", "task", "action", "result")


def predict_labels(findings: Sequence[Finding], scorecard: Scorecard) -> dict[str, Any]:
    """Every label of LABELS.md, with the same names, types and ranges."""
    star = summary_data(findings, "star")
    specificity = summary_data(findings, "specificity")
    ownership = summary_data(findings, "ownership")
    relevance = summary_data(findings, "relevance")
    enthusiasm = summary_data(findings, "enthusiasm")
    delivery = summary_data(findings, "delivery")
    flags = [flag for flag in RED_FLAGS if any(f.code == f"red_flag.{flag}" for f in findings)]
    parts = star.get("parts") or {}
    return {
        "star": {part: bool(parts.get(part, False)) for part in STAR_PARTS}
        if star.get("applicable")
        else None,
        "quantified_result": bool(specificity.get("quantified_result", False)),
        "personal_ownership": bool(ownership.get("personal_ownership", False)),
        "specificity": int(min(3, max(1, specificity.get("level", 1)))),
        "relevant": bool(relevance.get("relevant", True)),
        "passion_claim": bool(enthusiasm.get("passion_claim", False)),
        "passion_evidence": bool(enthusiasm.get("passion_evidence", False)),
        "connects_to_role": bool(enthusiasm.get("connects_to_role", False)),
        "red_flags": flags,
        "hesitations": int(delivery.get("hesitations", 0)),
        "discourse_fillers": int(delivery.get("discourse_fillers", 0)),
        "overall": int(min(5, max(1, scorecard.overall))),
    }
