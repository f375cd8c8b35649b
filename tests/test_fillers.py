"""The delivery analyzer: hesitations and fillers counted per the label guide, and its findings."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_coach.analysis.base import find_summary, prepare
from interview_coach.analysis.fillers import FillerAnalyzer
from interview_coach.domain import Answer, Finding, Severity


@pytest.fixture(scope="module")
def analyzer() -> FillerAnalyzer:
    return FillerAnalyzer()


def run(analyzer: FillerAnalyzer, text: str, spoken: bool = True) -> list[Finding]:
    answer = Answer(text=text, spoken=spoken)
    return analyzer(answer, prepare(answer))


def counts(analyzer: FillerAnalyzer, text: str) -> tuple[int, int]:
    found = find_summary(run(analyzer, text), "delivery")
    assert found is not None
    return found.data["hesitations"], found.data["discourse_fillers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("um, I think, uh, it went well, erm, mostly. ahh, and hmm, yes.", 5),
        ("Umm, so, uhh, the first step was the audit.", 2),
        ("I worked nights in the ER for two years.", 0),
        ("We added a 3 mm plate to the frame.", 0),
        ("Er, I think the deadline was Friday.", 1),
        ("I reported to Dr. Er and the ward sister.", 0),
        ("To err is human, so we built checks into the process.", 0),
        ("", 0),
    ],
)
def test_hesitations(analyzer: FillerAnalyzer, text: str, expected: int) -> None:
    assert counts(analyzer, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "like": verb, preposition and "such as" are not fillers; discourse uses are.
        ("I like working with data and I would like to join your team.", 0),
        ("It felt like a marathon, and the plan looks like it will work.", 0),
        ("We used tools for reporting, like Excel and Tableau.", 0),
        ("What does a normal week look like? I'd like to know.", 0),
        ("The launch was, like, a huge relief for everyone.", 1),
        ("like, we only had three days to ship it.", 1),
        ("she was like really upset about the delay.", 1),
        ("like I said, the budget was fixed.", 0),
        # "kind of" / "sort of": hedges count, noun phrases do not.
        ("That kind of work is what I enjoy, and what kind of team is it?", 0),
        ("I was kind of nervous and it sort of worked out.", 2),
        ("the rollout kind of happened without a plan", 1),
        # "so": only an empty sentence-initial "so".
        ("So, I'm a nurse with six years on a surgical ward.", 1),
        ("Sure. So I started in retail and moved into buying.", 1),
        (
            "The vendor's server crashed during the month-end close. So I called their support "
            "line and we fixed it.",
            0,
        ),
        ("I wrote it down so that nobody would forget it.", 0),
        ("and that was the result. so yeah, that's it.", 1),
        # "you know" and "I mean".
        ("you know, it was hard at first.", 1),
        ("Do you know the answer? You know the type of client I mean.", 0),
        ("It was a good thing you know because accuracy matters.", 1),
        ("I mean, it worked in the end.", 1),
        ("What I mean is that the tests were slow.", 0),
        # "actually", "literally", "basically".
        ("The error rate actually went up after the change.", 0),
        ("I'm, actually, I'm a designer by training.", 1),
        ("It was literally chaos on the floor, basically.", 2),
        ("The phrase translated literally means 'fast hands'.", 0),
    ],
)
def test_discourse_fillers(analyzer: FillerAnalyzer, text: str, expected: int) -> None:
    assert counts(analyzer, text)[1] == expected


def test_summary_carries_the_label_keys(analyzer: FillerAnalyzer) -> None:
    findings = run(analyzer, "um, I mean, I guess it was fine, probably.")
    summaries = [f for f in findings if f.code == "delivery.summary"]
    assert len(summaries) == 1
    data = summaries[0].data
    assert data["hesitations"] == 1
    assert data["discourse_fillers"] == 1
    assert data["words"] == 9
    assert data["hedges"] == 2
    assert data["filler_rate"] == pytest.approx(100 * 2 / 9, abs=0.01)


def test_frequent_hesitations_are_flagged_with_spans(analyzer: FillerAnalyzer) -> None:
    text = "um, the, uh, the project was, um, late, and I, uh, fixed the plan."
    findings = {f.code: f for f in run(analyzer, text)}
    hes = findings["delivery.hesitations"]
    assert hes.quotes(text) == ["um", "uh", "um", "uh"]
    assert hes.severity is Severity.PROBLEM
    assert hes.suggestion


def test_a_clean_answer_gets_only_the_summary(analyzer: FillerAnalyzer) -> None:
    text = (
        "I led the migration of our billing service to PostgreSQL. I planned the cut-over, "
        "wrote the rollback script and moved traffic over a weekend; errors fell by 40%."
    )
    assert [f.code for f in run(analyzer, text, spoken=False)] == ["delivery.summary"]


def test_cluster_spans_cover_the_pile_up(analyzer: FillerAnalyzer) -> None:
    text = (
        "I started the audit in March and found the gaps early. then, um, like, you know, "
        "I mean, it was hard. After that the team shipped the fix on time and the client stayed."
    )
    findings = {f.code: f for f in run(analyzer, text)}
    cluster = findings["delivery.filler_cluster"]
    assert cluster.quotes(text) == ["um, like, you know, I mean"]
    fillers = findings["delivery.fillers"]
    assert fillers.quotes(text) == ["like", "you know", "I mean"]


def test_hedging_is_flagged(analyzer: FillerAnalyzer) -> None:
    text = "I guess I would probably try to maybe ask someone, perhaps my manager."
    findings = {f.code: f for f in run(analyzer, text, spoken=False)}
    assert findings["delivery.hedging"].quotes(text) == ["I guess", "probably", "maybe", "perhaps"]


def test_typed_answer_with_fillers_gets_written_advice(analyzer: FillerAnalyzer) -> None:
    text = "Basically I was, like, the lead. Basically I did everything, like, all of it."
    findings = {f.code: f for f in run(analyzer, text, spoken=False)}
    assert findings["delivery.fillers"].suggestion.startswith("Cut them")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\U0001f600 \U0001f680 um \U0001f44d",
        "\x00\xff\x7f um \ufffd",
        "日本語の回答です",
        "um " * 50_000,
    ],
)
def test_odd_inputs_do_not_raise(analyzer: FillerAnalyzer, text: str) -> None:
    findings = run(analyzer, text)
    assert sum(f.code == "delivery.summary" for f in findings) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_spans_are_in_range(text: str) -> None:
    answer = Answer(text=text, spoken=True)
    for finding in FillerAnalyzer()(answer, prepare(answer)):
        for span in finding.spans:
            assert 0 <= span.start < span.end <= len(text)


def test_fast_enough(analyzer: FillerAnalyzer) -> None:
    sentence = "so, um, I was, like, kind of running the team, you know, and I mean it went well. "
    answer = Answer(text=sentence * 18, spoken=True)  # about 300 words
    context = prepare(answer)
    start = time.perf_counter()
    for _ in range(20):
        analyzer(answer, context)
    assert (time.perf_counter() - start) / 20 < 0.005


def test_lexicon_entries_are_all_strings() -> None:
    """YAML reads a bare yes/no/on/off as a boolean; every entry must stay a word."""
    from importlib import resources

    import yaml

    raw = resources.files("interview_coach.data").joinpath("fillers.yaml").read_text("utf-8")
    lexicon = yaml.safe_load(raw)
    lists = {k: v for k, v in lexicon.items() if isinstance(v, list)}
    assert {"hedges", "determiners", "openers", "subjects"} <= set(lists)
    bad = [(k, w) for k, v in lists.items() for w in v if not isinstance(w, str) or not w.strip()]
    assert bad == []
