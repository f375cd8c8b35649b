"""The answer-analysis pipeline: prepare the text once, run every analyzer, score, probe."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

from interview_coach.analysis.base import Analyzer, Context, prepare, prepare_many
from interview_coach.analysis.encoder import Encoder, default_encoder
from interview_coach.analysis.labels import predict_labels
from interview_coach.domain import Answer, Feedback, Finding

#: The built-in analyzers, in the order their findings are reported.
ANALYZERS: tuple[str, ...] = (
    "interview_coach.analysis.star:StarAnalyzer",
    "interview_coach.analysis.specificity:SpecificityAnalyzer",
    "interview_coach.analysis.ownership:OwnershipAnalyzer",
    "interview_coach.analysis.relevance:RelevanceAnalyzer",
    "interview_coach.analysis.enthusiasm:EnthusiasmAnalyzer",
    "interview_coach.analysis.red_flags:RedFlagAnalyzer",
    "interview_coach.analysis.fillers:FillerAnalyzer",
    "interview_coach.analysis.length:LengthAnalyzer",
    "interview_coach.analysis.pace:PaceAnalyzer",
)


def build_analyzers(names: Sequence[str] = ANALYZERS) -> list[Analyzer]:
    analyzers: list[Analyzer] = []
    for name in names:
        module_name, class_name = name.split(":")
        analyzers.append(getattr(import_module(module_name), class_name)())
    return analyzers


class AnswerAnalyzer:
    """Analyse answers with the built-in analyzers, the packaged rubric and the follow-up probe.

    Build it once and reuse it: it loads the embedding model and the analyzers' weights.
    """

    def __init__(
        self,
        encoder: Encoder | None = None,
        analyzers: Sequence[Analyzer] | None = None,
        use_embeddings: bool = True,
    ) -> None:
        from interview_coach.questions.followups import choose_follow_up
        from interview_coach.scoring.rubric import load_rubric

        self.encoder = encoder if encoder is not None or not use_embeddings else default_encoder()
        self.analyzers = list(analyzers) if analyzers is not None else build_analyzers()
        self.rubric = load_rubric()
        self._follow_up = choose_follow_up

    def findings(self, answer: Answer, context: Context | None = None) -> list[Finding]:
        context = context or prepare(answer, self.encoder)
        findings: list[Finding] = []
        for analyzer in self.analyzers:
            findings.extend(analyzer(answer, context))
        return findings

    def analyze(self, answer: Answer, context: Context | None = None) -> Feedback:
        findings = self.findings(answer, context)
        scorecard = self.rubric.score(answer, findings)
        return Feedback(
            answer=answer,
            findings=tuple(findings),
            scorecard=scorecard,
            follow_up=self._follow_up(answer, findings),
            labels=predict_labels(findings, scorecard),
        )

    def analyze_many(self, answers: Sequence[Answer]) -> list[Feedback]:
        """Analyse several answers, sharing batched model runs (faster than one by one)."""
        contexts = prepare_many(answers, self.encoder)
        return [self.analyze(a, c) for a, c in zip(answers, contexts, strict=True)]
