"""Red-flag analyzer: real lexicon, real packaged models, real encoder; answers written for the tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.analysis.base import Context, find_summary, prepare
from interview_coach.analysis.encoder import Encoder, default_encoder
from interview_coach.analysis.labels import RED_FLAGS
from interview_coach.analysis.red_flags import FLAGS, RedFlagAnalyzer
from interview_coach.analysis.red_flags.cues import load_lexicon, load_prototype_texts
from interview_coach.domain import Answer, Finding, Severity


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return default_encoder()


@pytest.fixture(scope="module")
def analyzer() -> RedFlagAnalyzer:
    return RedFlagAnalyzer()


def run(
    analyzer: RedFlagAnalyzer,
    encoder: Encoder | None,
    text: str,
    question: str = "Tell me about a time you faced a challenge at work.",
    question_type: str = "behavioral",
) -> tuple[set[str], list[Finding], Answer]:
    answer = Answer(text=text, question=question, question_type=question_type)
    findings = analyzer(answer, prepare(answer, encoder))
    flags = {f.code.removeprefix("red_flag.") for f in findings if f.code != "red_flag.summary"}
    return flags, findings, answer


def test_flags_match_the_label_guide() -> None:
    assert set(FLAGS) == set(RED_FLAGS)


def test_lexicon_and_prototypes_are_well_formed() -> None:
    groups = load_lexicon()
    for name, patterns in groups.items():
        assert patterns, name
        for pattern in patterns:
            assert isinstance(pattern, str), name
            re.compile(pattern)
    prototypes = load_prototype_texts()
    assert set(prototypes) <= set(FLAGS)
    assert all(len(lines) >= 5 for lines in prototypes.values())


def test_criticising_a_former_manager_is_flagged(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "My last manager was clueless and the whole company was a shambles. "
        "He never listened to anyone, and half the supervisors there were useless."
    )
    flags, findings, answer = run(analyzer, encoder, text, "Why are you leaving?", "motivation")
    assert "negative_about_employer" in flags
    finding = next(f for f in findings if f.code == "red_flag.negative_about_employer")
    assert finding.severity is Severity.PROBLEM
    assert any("clueless" in quote for quote in finding.quotes(answer.text))
    assert finding.suggestion


def test_a_tough_boss_described_fairly_stays_clean(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "My manager at the print shop set very tight deadlines, and at first I struggled to keep "
        "pace. I asked her for a short weekly check-in so I could see her priorities, and I "
        "started planning my jobs the evening before. Within two months I was hitting 95% of "
        "deadlines, and I came to see she was under a lot of pressure from the owners herself."
    )
    flags, _, _ = run(analyzer, encoder, text, "Tell me about a difficult manager.")
    assert not flags & {"negative_about_employer", "blame_shifting", "arrogance"}


def test_swearing_is_flagged_with_the_word_quoted(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "The rota was a total cock-up, so I sorted the shit out myself and told them to piss off."
    )
    flags, findings, answer = run(analyzer, encoder, text)
    assert "unprofessional_language" in flags
    finding = next(f for f in findings if f.code == "red_flag.unprofessional_language")
    assert any("shit" in quote for quote in finding.quotes(answer.text))


def test_no_questions_only_applies_to_the_closing_question(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = "No, I think you've covered everything, thanks."
    closing, _, _ = run(analyzer, encoder, text, "Do you have any questions for us?", "closing")
    assert "no_questions" in closing
    other, _, _ = run(analyzer, encoder, text, "Is there anything else on your CV?", "resume")
    assert "no_questions" not in other


def test_real_questions_at_the_close_are_not_flagged(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "Yes, two. What would a good first three months look like in this role? "
        "And how does the team decide which projects get priority each quarter?"
    )
    flags, _, _ = run(analyzer, encoder, text, "Any questions for us?", "closing")
    assert "no_questions" not in flags


def test_a_bare_stock_weakness_is_a_cliche_but_an_evidenced_one_is_not(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    question = "What is your biggest weakness?"
    bare = "I guess I'm a perfectionist and I work too hard, that's about it."
    flags, _, _ = run(analyzer, encoder, bare, question, "weakness")
    assert "cliche" in flags
    evidenced = (
        "I used to hold back reports until every chart was polished. In 2022 a budget review at "
        "the housing trust waited nine days on me, so I now send a first draft within 48 hours "
        "with clear caveats, and my last three reviews were delivered on the agreed date."
    )
    flags, _, _ = run(analyzer, encoder, evidenced, question, "weakness")
    assert "cliche" not in flags


def test_pay_as_the_main_reason_is_money_focus(analyzer: RedFlagAnalyzer, encoder: Encoder) -> None:
    question = "Why do you want this job?"
    text = (
        "Mainly the salary, to be honest, it's a lot more than I'm on now, and the bonus and the "
        "extra days off are a big draw."
    )
    flags, _, _ = run(analyzer, encoder, text, question, "motivation")
    assert "money_focus" in flags
    fair = (
        "I want to move into clinical research, and your trials unit runs exactly the kind of "
        "oncology studies I supported during my placement. I coordinated consent paperwork for "
        "40 patients there and I'd like to grow that into a full coordinator role."
    )
    flags, _, _ = run(analyzer, encoder, fair, question, "motivation")
    assert "money_focus" not in flags


def test_indifference_is_low_enthusiasm(analyzer: RedFlagAnalyzer, encoder: Encoder) -> None:
    text = "I just need a job really. Whatever comes, I'm not fussed, it's all the same to me."
    flags, _, _ = run(analyzer, encoder, text, "Why do you want to work here?", "motivation")
    assert "low_enthusiasm" in flags


def test_private_detail_is_oversharing_but_a_brief_family_mention_is_not(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    question = "Can you explain the gap on your CV?"
    private = (
        "That year my husband was having an affair, so we went through a nasty divorce and a "
        "custody fight, and the police got involved. I was on antidepressants and seeing a "
        "therapist twice a week, and I had panic attacks most mornings."
    )
    flags, _, _ = run(analyzer, encoder, private, question, "resume")
    assert "oversharing" in flags
    brief = (
        "I took eight months out to care for my dad after an operation. During that time I kept "
        "my bookkeeping certificate current and did the payroll for a local charity two days a "
        "week, so I'm ready to come straight back in."
    )
    flags, _, _ = run(analyzer, encoder, brief, question, "resume")
    assert "oversharing" not in flags


def test_blaming_others_for_a_failure(analyzer: RedFlagAnalyzer, encoder: Encoder) -> None:
    text = (
        "Honestly it wasn't my fault. The other team sent me the wrong figures and the reviewer "
        "signed it off, so that's on them, not me. From my side everything was done properly."
    )
    flags, _, _ = run(analyzer, encoder, text, "Tell me about a time you failed.")
    assert "blame_shifting" in flags


def test_dismissing_the_question_is_arrogance(analyzer: RedFlagAnalyzer, encoder: Encoder) -> None:
    text = (
        "This is a pretty basic question for someone at my level. I'm better than most people "
        "on my team at this, and frankly you'd be lucky to have me."
    )
    flags, _, _ = run(analyzer, encoder, text, "How would you debug a slow query?", "technical")
    assert "arrogance" in flags


def test_a_strong_answer_has_no_flags_and_one_summary(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "Last spring our warehouse missed the courier cut-off twice in one week. I was the shift "
        "lead, so I mapped where parcels queued, moved two packers to the labelling bench at "
        "4pm and added a 3:30 check. We made every cut-off for the next six weeks."
    )
    flags, findings, _ = run(analyzer, encoder, text)
    assert flags == set()
    summaries = [f for f in findings if f.code == "red_flag.summary"]
    assert len(summaries) == 1
    assert summaries[0].data["flags"] == []
    assert set(summaries[0].data["scores"]) == set(FLAGS)


def test_summary_lists_exactly_the_emitted_flags(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = "Nah, I'm good. The last place was a joke anyway and the boss was a useless prick."
    flags, findings, answer = run(analyzer, encoder, text, "Any questions for us?", "closing")
    found = find_summary(findings, "red_flag")
    assert found is not None
    assert set(found.data["flags"]) == flags
    assert {"no_questions", "unprofessional_language"} <= flags
    for finding in findings:
        for span in finding.spans:
            assert 0 <= span.start < span.end <= len(answer.text)


def test_works_without_vectors(analyzer: RedFlagAnalyzer) -> None:
    text = "Honestly the job is just a job, I turn up, do my hours and go home. Whatever."
    answer = Answer(text=text, question="Why this role?", question_type="motivation")
    context = prepare(answer, None)
    assert not context.has_vectors
    findings = analyzer(answer, context)
    assert "red_flag.low_enthusiasm" in {f.code for f in findings}
    assert find_summary(findings, "red_flag") is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\U0001f600\U0001f525" * 50,
        "\x00\xff\ufffd junk \x07",
        "İstanbul İİİ " * 20,
        "Ich habe keine Fragen, danke.",
        "word " * 12_000,
    ],
)
def test_never_raises_on_odd_input(analyzer: RedFlagAnalyzer, text: str) -> None:
    answer = Answer(text=text, question="Any questions?", question_type="closing")
    findings = analyzer(answer, prepare(answer, None))
    assert sum(f.code == "red_flag.summary" for f in findings) == 1


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=400), question=st.text(max_size=80))
def test_any_string_gives_one_summary(analyzer: RedFlagAnalyzer, text: str, question: str) -> None:
    answer = Answer(text=text, question=question)
    context: Context = prepare(answer, None)
    findings = analyzer(answer, context)
    assert sum(f.code == "red_flag.summary" for f in findings) == 1
    for finding in findings:
        for span in finding.spans:
            assert 0 <= span.start <= span.end <= len(text)


def test_prototype_features_need_vectors(analyzer: RedFlagAnalyzer, encoder: Encoder) -> None:
    text = "My old supervisor had no idea what she was doing and the depot was a total mess."
    answer = Answer(text=text, question="Why did you leave?", question_type="resume")
    _, with_vectors = analyzer.measure(answer, prepare(answer, encoder))
    _, without = analyzer.measure(answer, prepare(answer, None))
    for flag in ("negative_about_employer", "arrogance", "off_topic"):
        assert -1.0 <= with_vectors[f"proto_{flag}"] <= 1.0
        assert f"whole_{flag}" in with_vectors
        assert f"proto_{flag}" not in without
    assert with_vectors["proto_negative_about_employer"] > with_vectors["proto_money_focus"]


def test_a_difficult_customer_told_with_empathy_stays_clean(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "A guest at the hotel was furious because his room wasn't ready after a long flight. "
        "I could understand why he was upset, so I apologised, found him a quiet table in the "
        "restaurant with a coffee, and checked on the room every ten minutes. He was in the room "
        "within half an hour and left us a kind review mentioning me by name."
    )
    flags, _, _ = run(analyzer, encoder, text, "Tell me about a difficult customer.")
    assert not flags


def test_an_owned_mistake_is_not_blame_shifting(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "I sent a purchase order for the wrong part number, and the line stopped for a morning. "
        "That was my mistake: I copied it from an old quote without checking. I told my manager "
        "straight away, rang the supplier for a same-day swap, and since then I check every "
        "order against the current drawing before it goes out."
    )
    flags, _, _ = run(analyzer, encoder, text, "Tell me about a mistake you made.")
    assert "blame_shifting" not in flags
    assert "negative_about_employer" not in flags


def test_a_story_about_a_hobby_instead_of_the_question_is_off_topic(
    analyzer: RedFlagAnalyzer, encoder: Encoder
) -> None:
    text = (
        "Hmm, I can't think of one to be honest. What I can tell you about is my weekend "
        "football team. I run the kit and the fixtures, and last season we finished second in "
        "the Sunday league, which was a great laugh, and we're having a barbecue next month."
    )
    question = "Describe how you would reconcile two ledgers that don't match."
    flags, findings, answer = run(analyzer, encoder, text, question, "technical")
    assert "off_topic" in flags
    finding = next(f for f in findings if f.code == "red_flag.off_topic")
    assert finding.spans


def _tone(
    analyzer: RedFlagAnalyzer, text: str, question_type: str = "behavioral"
) -> dict[str, float]:
    answer = Answer(
        text=text, question="Tell me about a deadline you missed.", question_type=question_type
    )
    return analyzer.measure(answer, prepare(answer, None))[1]


def test_blame_needs_others_as_cause_without_ownership(analyzer: RedFlagAnalyzer) -> None:
    blamed = _tone(
        analyzer,
        "The release slipped by a week. That happened because the vendor sent the firmware late.",
    )
    owned = _tone(
        analyzer,
        "The release slipped by a week. That happened because the vendor sent the firmware late, "
        "but I should have chased them sooner and built slack into my plan.",
    )
    assert blamed["blame_unowned"] >= 1
    assert owned["blame_near_failure"] >= 1
    assert owned["blame_unowned"] == 0


def test_criticism_of_a_person_counts_unless_hedged_nearby(analyzer: RedFlagAnalyzer) -> None:
    harsh = _tone(analyzer, "My supervisor was useless and never listened to the crew.")
    hedged = _tone(
        analyzer,
        "My supervisor was disorganised at times. To be fair, he was covering two sites alone.",
    )
    assert harsh["aimed_unhedged"] >= 1
    assert hedged["aimed_unhedged"] == 0
    assert hedged["hedged"] >= 1


def test_pay_counts_as_a_motive_only_in_motive_questions(analyzer: RedFlagAnalyzer) -> None:
    text = "Mainly the salary, it is a lot more than I earn now."
    assert _tone(analyzer, text, "motivation")["pay_framed_motive"] >= 1
    assert _tone(analyzer, text, "technical")["pay_framed_motive"] == 0


def test_shipped_models_share_one_cutoff(analyzer: RedFlagAnalyzer) -> None:
    assert len({model.threshold for model in analyzer.models.values()}) == 1


EXAMPLES = Path(__file__).resolve().parents[1] / "scripts" / "data" / "red_flag_examples.jsonl"
QUESTION_TYPES = {
    "intro", "behavioral", "motivation", "technical", "resume", "weakness", "strength",
    "situational", "closing",
}  # fmt: skip


def test_the_written_training_examples_are_valid() -> None:
    """scripts/data/red_flag_examples.jsonl: LABELS.md fields, the ten flags, unique ids."""
    records = [
        json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line
    ]
    assert len(records) >= 300
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"syn-\d{3}", i) for i in ids)
    per_flag = dict.fromkeys(FLAGS, 0)
    for r in records:
        assert isinstance(r["role"], str) and r["role"]
        assert isinstance(r["skills"], list)
        assert isinstance(r["question"], str) and r["question"]
        assert r["question_type"] in QUESTION_TYPES
        assert isinstance(r["spoken"], bool)
        assert 15 <= len(r["answer"].split()) <= 250, r["id"]
        flags = r["labels"]["red_flags"]
        assert set(flags) <= set(FLAGS), r["id"]
        assert len(set(flags)) == len(flags)
        if "no_questions" in flags:
            assert r["question_type"] == "closing", r["id"]
        for flag in flags:
            per_flag[flag] += 1
    assert min(per_flag.values()) >= 20, per_flag
    assert sum(1 for r in records if not r["labels"]["red_flags"]) >= 100
    assert len({r["role"] for r in records}) >= 40
    assert {r["question_type"] for r in records} == QUESTION_TYPES
