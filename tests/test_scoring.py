"""The rubric: findings in, an explainable and deterministic 1-5 scorecard out."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from interview_coach.analysis.base import summary
from interview_coach.analysis.linear import MODEL_DIR_VARIABLE, LinearModel
from interview_coach.domain import Answer, Finding, Severity
from interview_coach.errors import ModelUnavailableError
from interview_coach.scoring.features import (
    FEATURE_DIMENSIONS,
    FEATURES,
    NEGATIVE_FEATURES,
    extract_features,
)
from interview_coach.scoring.rubric import Rubric, load_rubric

STORY = (
    "At my last job in a busy warehouse, our picking errors had crept up to about four percent. "
    "I was asked to fix it before peak season. I mapped every error for two weeks, found that "
    "two aisles had swapped labels, relabelled them and trained the night shift on a scan check. "
    "Within a month errors fell to under one percent and the manager rolled the check out to all "
    "three sites. "
) * 2
SHORT = "I dunno, stuff happened and we dealt with it."


def findings(
    *,
    parts: tuple[bool, bool, bool, bool] = (True, True, True, True),
    level: int = 3,
    quantified: bool = True,
    owned: bool = True,
    relevant: bool = True,
    flags: tuple[str, ...] = (),
    fillers: int = 0,
) -> list[Finding]:
    situation, task, action, result = parts
    out = [
        summary(
            "star",
            "star",
            applicable=True,
            parts={"situation": situation, "task": task, "action": action, "result": result},
        ),
        summary("specificity", "spec", level=level, quantified_result=quantified),
        summary("ownership", "own", personal_ownership=owned),
        summary("relevance", "rel", relevant=relevant),
        summary("enthusiasm", "ent", passion_claim=False, passion_evidence=False),
        summary("delivery", "del", hesitations=0, discourse_fillers=fillers),
    ]
    out += [Finding(f"red_flag.{flag}", Severity.PROBLEM, flag) for flag in flags]
    return out


def weak() -> list[Finding]:
    return findings(parts=(False,) * 4, level=1, quantified=False, owned=False)


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric()


HAND_WEIGHTS = {
    "star.situation": 0.25,
    "star.task": 0.25,
    "star.action": 0.75,
    "star.result": 0.75,
    "specificity.some_detail": 0.25,
    "specificity.concrete": 0.25,
    "specificity.quantified_result": 0.5,
    "ownership.personal": 0.5,
    "relevance.relevant": 0.25,
    "delivery.filler_rate": -0.05,
    **{code: -1.5 for code in FEATURES if code.startswith("red_flag.")},
}


def hand_rubric() -> Rubric:
    """A rubric with round weights (unstandardised) so that the arithmetic can be checked."""
    model = LinearModel(
        "rubric",
        "ridge",
        FEATURES,
        np.array([HAND_WEIGHTS.get(code, 0.0) for code in FEATURES]),
        np.zeros(len(FEATURES)),
        np.ones(len(FEATURES)),
        1.0,
    )
    dimensions: dict[str, list[str]] = {}
    for code, dimension in FEATURE_DIMENSIONS.items():
        dimensions.setdefault(dimension, []).append(code)
    return Rubric.from_json(
        {
            "version": "2000.01-1",
            "model": model.to_json(),
            "thresholds": [1.5, 2.5, 3.5, 4.5],
            "caps": {"red_flag.negative_about_employer": 1},
            "dimensions": dimensions,
            "dimension_ranges": {name: [-1.0, 2.0] for name in dimensions},
        }
    )


def test_hand_rubric_arithmetic_grades_and_explanations() -> None:
    rubric = hand_rubric()
    strong = rubric.score(Answer(STORY), findings())
    assert strong.overall_raw == pytest.approx(4.75) and strong.overall == 5
    no_result = rubric.score(Answer(STORY), findings(parts=(True, True, True, False)))
    assert no_result.overall_raw == pytest.approx(4.0) and no_result.overall == 4
    poor = rubric.score(Answer(SHORT), weak())
    assert poor.overall_raw == pytest.approx(1.25) and poor.overall == 1
    assert [rubric.grade(x) for x in (1.49, 1.5, 2.6, 3.5, 9.0)] == [1, 2, 3, 4, 5]
    codes = [c.code for c in strong.contributions]
    assert codes[:2] == ["star.action", "star.result"]  # largest first
    structure = next(d for d in strong.dimensions if d.name == "structure")
    assert structure.score == 5.0  # 2.0 points = the top of the range
    assert {c.code for c in structure.contributions} == {
        "star.situation",
        "star.task",
        "star.action",
        "star.result",
    }
    assert not any(c.code.startswith("red_flag.") for c in strong.contributions)


def test_hand_rubric_red_flag_caps_grade_and_dimension() -> None:
    rubric = hand_rubric()
    card = rubric.score(Answer(STORY), findings(flags=("negative_about_employer",)))
    assert card.overall == 1  # raw 3.25 would be a 3 without the cap
    assert card.overall_raw < rubric.thresholds[0]
    assert any(c.code == "cap.red_flag.negative_about_employer" for c in card.contributions)
    professionalism = next(d for d in card.dimensions if d.name == "professionalism")
    assert professionalism.score == 1.0
    assert [c.code for c in professionalism.contributions] == ["red_flag.negative_about_employer"]
    uncapped = rubric.score(Answer(STORY), findings(flags=("arrogance",)))
    assert uncapped.overall == 3 and uncapped.overall_raw == pytest.approx(3.25)


def test_packaged_rubric_is_versioned_and_complete(rubric: Rubric) -> None:
    assert rubric.version.count(".") == 1 and rubric.version[:4].isdigit()
    assert set(rubric.model.feature_names) == set(FEATURES)
    assert list(rubric.thresholds) == sorted(rubric.thresholds)
    assert {"structure", "substance", "relevance", "delivery", "professionalism"} <= set(
        rubric.dimensions
    )
    for code, weight in zip(rubric.model.feature_names, rubric.model.weights, strict=True):
        assert weight <= 0 if code in NEGATIVE_FEATURES else weight >= 0, code


def test_packaged_rubric_spreads_grades_from_one_to_five(rubric: Rubric) -> None:
    long_story = Answer(STORY * 2)
    excellent = findings() + [summary("enthusiasm", "e", connects_to_role=True)]
    strong = rubric.score(long_story, excellent)
    poor = rubric.score(Answer(SHORT), weak())
    harmful = rubric.score(Answer(SHORT), weak() + findings(flags=("arrogance", "off_topic"))[-2:])
    assert strong.overall == 5
    assert poor.overall <= 2
    assert harmful.overall == 1
    assert strong.overall_raw > poor.overall_raw > harmful.overall_raw


def test_packaged_rubric_caps_a_strong_answer_with_a_red_flag(rubric: Rubric) -> None:
    card = rubric.score(Answer(STORY * 2), findings(flags=("negative_about_employer",)))
    assert card.overall <= 2
    professionalism = next(d for d in card.dimensions if d.name == "professionalism")
    assert professionalism.score <= 2
    assert any(c.code == "red_flag.negative_about_employer" for c in professionalism.contributions)


def test_scoring_is_deterministic_and_tolerates_no_findings(rubric: Rubric) -> None:
    answer = Answer(STORY, question_type="intro")
    assert rubric.score(answer, findings()) == rubric.score(answer, findings())
    bare = rubric.score(Answer(""), [])
    assert 1 <= bare.overall <= 5
    odd = rubric.score(Answer("x" * 100_000, question_type="unknown"), [])
    assert 1 <= odd.overall <= 5


def test_features_read_only_findings_and_stay_neutral_when_analyzers_are_missing() -> None:
    feats = extract_features(Answer(STORY), [])
    assert set(feats) == set(FEATURES)
    assert feats["relevance.relevant"] == 1.0  # no relevance analyzer: not penalised
    assert feats["star.result"] == 0.0 and feats["star.applicable"] == 0.0
    junk = [summary("specificity", "x", level="high"), summary("delivery", "x", hesitations=None)]
    feats = extract_features(Answer("um um"), junk)
    assert feats["specificity.some_detail"] == 0.0 and feats["delivery.hesitation_rate"] == 0.0


def test_filler_rate_and_length_are_relative_to_the_answer(rubric: Rubric) -> None:
    short_closing = extract_features(Answer("Thanks, nothing else.", question_type="closing"), [])
    short_story = extract_features(Answer("Thanks, nothing else.", question_type="behavioral"), [])
    assert short_closing["length.too_short"] < short_story["length.too_short"]
    lots = findings(fillers=30)
    assert (
        rubric.score(Answer(STORY), lots).overall_raw
        < rubric.score(Answer(STORY), findings()).overall_raw
    )


def test_model_dir_override_and_malformed_rubric(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    packaged = resources.files("interview_coach.models").joinpath("rubric.json").read_text("utf-8")
    data = json.loads(packaged)
    data["version"] = "1999.01-9"
    (tmp_path / "rubric.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(MODEL_DIR_VARIABLE, str(tmp_path))
    assert load_rubric().version == "1999.01-9"
    data["thresholds"] = [3.0, 2.0, 4.0, 5.0]
    (tmp_path / "rubric.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelUnavailableError):
        load_rubric()
    del data["model"]
    (tmp_path / "rubric.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelUnavailableError):
        load_rubric()


GOOD = (
    "At the regional warehouse where I was a shift lead in 2022, our picking error rate had crept "
    "up to four percent and customers were complaining. My goal was to get it under one percent "
    "before the holiday peak. I pulled two weeks of error reports into a spreadsheet and found that "
    "most mistakes came from two aisles with swapped labels. I relabelled both aisles, added a scan "
    "check at packing and trained the twelve people on the night shift myself. Within six weeks "
    "errors fell to 0.7 percent, returns dropped by a third, and my manager rolled the scan check "
    "out to all three sites."
)
RUDE = (
    "Honestly my last boss was an idiot and the whole place was a joke, so I just did whatever "
    "and we got through it."
)
VAGUE = (
    "We worked on making things better as a team and it went well in the end, everyone was happy."
)


def test_pipeline_scores_real_answers_in_a_sensible_order() -> None:
    from interview_coach.analysis.encoder import default_encoder
    from interview_coach.analysis.pipeline import AnswerAnalyzer

    analyzer = AnswerAnalyzer(encoder=default_encoder())
    question = "Tell me about a time you improved a process at work."
    cards = {
        name: analyzer.analyze(Answer(text, question=question, role="Warehouse Supervisor"))
        for name, text in (("good", GOOD), ("vague", VAGUE), ("rude", RUDE))
    }
    good, vague, rude = (cards[k].scorecard for k in ("good", "vague", "rude"))
    assert good.overall >= 4 and rude.overall <= 2 and vague.overall <= 3
    assert good.overall_raw > vague.overall_raw > rude.overall_raw
    assert cards["good"].labels["overall"] == good.overall
    assert any(c.code.startswith("red_flag.") for c in rude.contributions)
    assert cards["vague"].follow_up is not None
