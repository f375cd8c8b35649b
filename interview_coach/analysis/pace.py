"""Pace of a spoken answer from its word timings: words per minute, long pauses, speaking share.

Typed answers (no timings) get a summary with `available: False` and nothing else. Pauses are mapped
to the answer text by aligning the recognised words with the text's words in order (best effort:
a recogniser may drop or split words), so the evidence span quotes the words around the pause.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.text import Token
from interview_coach.domain import Answer, Finding, Severity, Span, WordTiming

TOO_FAST_WPM = 170.0
TOO_SLOW_WPM = 100.0
LONG_PAUSE_SECONDS = 2.0
_MIN_SECONDS = 3.0  # below this a rate says little
_LOOKAHEAD = 8  # text words searched ahead for each recognised word
_NORMALISE = re.compile(r"[^a-z0-9']+")


def _norm(word: str) -> str:
    return _NORMALISE.sub("", word.lower().replace("\u2019", "'"))


def _valid(timings: Sequence[WordTiming]) -> list[WordTiming]:
    good = [
        t
        for t in timings
        if isinstance(t.start, int | float)
        and isinstance(t.end, int | float)
        and math.isfinite(t.start)
        and math.isfinite(t.end)
        and t.end >= t.start >= 0
    ]
    return sorted(good, key=lambda t: t.start)


def align(timings: Sequence[WordTiming], tokens: Sequence[Token]) -> list[int]:
    """For each timing, the index of the text token it most likely is (monotone, best effort)."""
    out: list[int] = []
    pointer = 0
    lowered = [_norm(t.text) for t in tokens]
    for timing in timings:
        word = _norm(timing.word)
        match = next(
            (
                j
                for j in range(pointer, min(len(tokens), pointer + _LOOKAHEAD))
                if lowered[j] == word
            ),
            None,
        )
        if match is not None:
            pointer = match + 1
            out.append(match)
        else:
            out.append(min(pointer, len(tokens) - 1))
            pointer = min(pointer + 1, len(tokens))
    return out


class PaceAnalyzer:
    """Speaking rate and long pauses, when the answer comes with word timings."""

    name = "pace"

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        timings = _valid(answer.timings)
        seconds = timings[-1].end - timings[0].start if timings else 0.0
        if len(timings) < 2 or seconds <= 0:
            return [summary("pace", "No word timings: pace not measured.", available=False)]
        wpm = round(len(timings) * 60.0 / seconds, 1)
        speaking = sum(t.end - t.start for t in timings)
        share = round(min(1.0, speaking / seconds), 3)
        gaps = [
            (k, timings[k + 1].start - timings[k].end)
            for k in range(len(timings) - 1)
            if timings[k + 1].start - timings[k].end > LONG_PAUSE_SECONDS
        ]
        out = [
            summary(
                "pace",
                f"{wpm:.0f} words a minute over {seconds:.0f} s, {len(gaps)} long pause(s).",
                available=True,
                wpm=wpm,
                pauses=len(gaps),
                seconds=round(seconds, 2),
                speaking_share=share,
                longest_pause=round(max((g for _, g in gaps), default=0.0), 2),
            )
        ]
        if seconds >= _MIN_SECONDS and wpm > TOO_FAST_WPM:
            out.append(
                Finding(
                    "pace.too_fast",
                    Severity.PROBLEM if wpm > 200 else Severity.WARNING,
                    f"You spoke at about {wpm:.0f} words a minute; above {TOO_FAST_WPM:.0f} "
                    "listeners start to miss details.",
                    "Slow down on the numbers and the result, and let each point end with a "
                    "short pause before the next one.",
                    data={"wpm": wpm},
                )
            )
        elif seconds >= _MIN_SECONDS and wpm < TOO_SLOW_WPM:
            out.append(
                Finding(
                    "pace.too_slow",
                    Severity.PROBLEM if wpm < 80 else Severity.WARNING,
                    f"You spoke at about {wpm:.0f} words a minute, slower than the "
                    f"{TOO_SLOW_WPM:.0f}-{TOO_FAST_WPM:.0f} that sounds confident.",
                    "Know your story's steps before you start, so you are recalling rather than "
                    "composing; practise it aloud twice with a timer.",
                    data={"wpm": wpm},
                )
            )
        if gaps:
            out.append(self._pauses(gaps, timings, context))
        return out

    def _pauses(
        self, gaps: list[tuple[int, float]], timings: list[WordTiming], context: Context
    ) -> Finding:
        spans: list[Span] = []
        if context.tokens:
            index = align(timings, context.tokens)
            for k, _ in gaps:
                before, after = context.tokens[index[k]], context.tokens[index[k + 1]]
                spans.append(Span(min(before.start, after.start), max(before.end, after.end)))
        longest = max(g for _, g in gaps)
        return Finding(
            "pace.long_pauses",
            Severity.WARNING if len(gaps) >= 3 or longest > 5 else Severity.INFO,
            f"{len(gaps)} pause(s) longer than {LONG_PAUSE_SECONDS:.0f} s (longest {longest:.1f} s).",
            "A short pause is fine; long silences mid-story suggest you lost the thread. Note the "
            "three or four beats of the story before you answer and move from one to the next.",
            tuple(spans),
            {"pauses": len(gaps), "longest": round(longest, 2)},
        )
