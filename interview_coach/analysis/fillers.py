"""Delivery: hesitation sounds, discourse fillers and hedges, told apart from ordinary word uses.

"Like", "so", "kind of", "you know" and "actually" are fillers only in some uses, so each candidate
is judged from its neighbours: the punctuation around it, its place in the sentence and the word
classes before and after it (`data/fillers.yaml`). The counts follow the label guide (LABELS.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from interview_coach.analysis.base import Context, summary
from interview_coach.analysis.text import Token
from interview_coach.domain import Answer, Finding, Severity, Span

_HESITATION = re.compile(r"u+h*m+|u+h+|e+r+m*|e+h+m+|a+h+|h+m+|m{2,}")
_PAUSE = re.compile(r"[,;:.!?()\u2014\u2013\u2026\"]|\s-+\s")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_ADJECTIVE_OR_ADVERB = re.compile(r"\w{3,}(?:ly|able|ible|ous|ful|ive)$")
_ANSWER_START_WORDS = 6  # an empty "so" often launches an answer after a short "Sure." or "Yeah."
_CLUSTER_WINDOW = 12  # words
_CLUSTER_MIN = 3


@dataclass(frozen=True)
class Hit:
    """One counted word or phrase: `kind` is hesitation, filler or hedge."""

    kind: str
    word: str
    span: Span
    index: int  # token index of its first word


class _Words:
    """The tokens of one answer with the gaps between them (the punctuation the rules look at)."""

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.low = [t.lower for t in tokens]
        ends = [0, *(t.end for t in tokens)]
        starts = [*(t.start for t in tokens), len(text)]
        # gaps[i] is the text between token i-1 and token i (gaps[0] and gaps[n] the two ends)
        self.gaps = [text[a:b] for a, b in zip(ends, starts, strict=True)]

    def word(self, i: int) -> str:
        return self.low[i] if 0 <= i < len(self.low) else ""

    def pause_before(self, i: int) -> bool:
        return i <= 0 or bool(_PAUSE.search(self.gaps[i]))

    def pause_after(self, i: int) -> bool:
        return i + 1 >= len(self.tokens) or bool(_PAUSE.search(self.gaps[i + 1]))

    def sentence_start(self, i: int) -> bool:
        return i <= 0 or i >= len(self.gaps) or bool(_SENTENCE_END.search(self.gaps[i]))


class FillerAnalyzer:
    """Counts hesitations and discourse fillers (per LABELS.md) and flags hedging."""

    name = "delivery"

    def __init__(self) -> None:
        raw = resources.files("interview_coach.data").joinpath("fillers.yaml").read_text("utf-8")
        lex: dict[str, Any] = yaml.safe_load(raw)

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in lex.get(key) or ())

        self.determiners = words("determiners")
        self.subjects = words("subjects")
        self.verb_heads = words("verb_heads")
        self.like_prep_heads = words("like_preposition_heads")
        self.hedge_heads = words("hedge_heads")
        self.hedge_tails = words("hedge_tails")
        self.you_know_objects = words("you_know_objects")
        self.i_mean_objects = words("i_mean_objects")
        self.i_mean_heads = words("i_mean_heads")
        self.openers = words("openers")
        self.like_filler_tails = words("like_filler_tails")
        self.literal_heads = words("literal_heads")
        self.single_rules: dict[str, Callable[[_Words, int], bool]] = {
            "so": self.filler_so,
            "like": self.filler_like,
            "basically": lambda w, i: True,
            "literally": lambda w, i: w.word(i - 1) not in self.literal_heads,
            "actually": self.filler_actually,
        }
        self.pair_rules: dict[tuple[str, str], Callable[[_Words, int], bool]] = {
            ("kind", "of"): self.hedge_kind_of,
            ("sort", "of"): self.hedge_kind_of,
            ("you", "know"): self.filler_you_know,
            ("i", "mean"): self.filler_i_mean,
        }
        self.hedges: dict[str, list[tuple[str, ...]]] = {}
        for phrase in lex.get("hedges") or ():
            parts = tuple(str(phrase).lower().split())
            self.hedges.setdefault(parts[0], []).append(parts)

    def is_hesitation(self, w: _Words, i: int) -> bool:
        token = w.tokens[i].text
        low = w.low[i]
        if not _HESITATION.fullmatch(low):
            return False
        if len(token) > 1 and token.isupper() and not w.text.isupper():
            return False  # "ER", "UM": acronyms
        if low.startswith("m") and w.word(i - 1)[:1].isdigit():
            return False  # "3 mm": millimetres
        if low.startswith("e") and token[0].isupper():  # "Er" is a name unless it opens a pause
            return w.sentence_start(i) and w.pause_after(i)
        return not (low == "err" and w.word(i - 1) == "to")

    def opener(self, word: str) -> bool:
        return word in self.openers or bool(_HESITATION.fullmatch(word))

    def _after_openers(self, w: _Words, i: int) -> bool:
        """True when only openers ("okay", "um", "yeah") stand between a sentence start and i."""
        j = i
        while j > 0 and not w.sentence_start(j) and self.opener(w.word(j - 1)):
            j -= 1
        return w.sentence_start(j)

    def filler_so(self, w: _Words, i: int) -> bool:
        nxt = w.word(i + 1)
        if nxt in ("yeah", "yep", "yes", "anyway", "basically"):
            return True
        if not self._after_openers(w, i) or nxt in ("that", "far", "much", "many", "long", "to"):
            return False
        return w.pause_after(i) or bool(_HESITATION.fullmatch(nxt)) or i <= _ANSWER_START_WORDS

    def filler_like(self, w: _Words, i: int) -> bool:
        prev, nxt = w.word(i - 1), w.word(i + 1)
        bare_before = not w.pause_before(i)
        if bare_before and (prev in self.subjects or prev in self.verb_heads):
            return nxt.endswith("ed") and len(nxt) > 4  # "I also like paired him up": a filler
        if nxt in ("i", "i'd") and w.word(i + 2) in ("said", "say"):
            return False  # "like I said"
        if bare_before and prev in self.like_prep_heads:
            return False  # "feels like", "what does it look like?"
        if w.pause_after(i):
            return True
        if prev == "of" and w.word(i - 2) in ("sort", "kind"):
            return w.word(i - 3) not in self.subjects  # "sort of like ...", not "I sort of like it"
        tail_filler = nxt in self.like_filler_tails or bool(_ADJECTIVE_OR_ADVERB.match(nxt))
        if w.sentence_start(i):
            return tail_filler and nxt not in self.determiners
        return tail_filler or (nxt.endswith("ed") and len(nxt) > 4)

    def hedge_kind_of(self, w: _Words, i: int) -> bool:
        """`i` is the index of "kind"/"sort" followed by "of"."""
        prev, nxt = w.word(i - 1), w.word(i + 2)
        if w.pause_after(i + 1) or w.pause_before(i) or prev == "":
            return True
        tail = nxt in self.hedge_tails or nxt.endswith("ed") or nxt.endswith("ly")
        if prev in ("that", "this"):
            return tail and nxt not in ("a", "an", "the")
        if prev in self.determiners:
            return False
        return prev in self.hedge_heads or tail

    def filler_you_know(self, w: _Words, i: int) -> bool:
        prev, nxt = w.word(i - 1), w.word(i + 2)
        if not w.pause_before(i) and prev in ("do", "did", "if", "as", "would", "let", "you'd"):
            return False
        if nxt == "what" and w.pause_after(i + 2):
            return True  # "you know what, ..."
        return w.pause_after(i + 1) or nxt not in self.you_know_objects

    def filler_i_mean(self, w: _Words, i: int) -> bool:
        prev, nxt = w.word(i - 1), w.word(i + 2)
        if not w.pause_before(i) and (prev in self.i_mean_heads or w.sentence_start(i + 2)):
            return False  # "what I mean", "the client I mean."
        return w.pause_after(i + 1) or nxt not in self.i_mean_objects

    def filler_actually(self, w: _Words, i: int) -> bool:
        """Only the empty "actually" of a self-repair: "I'm, actually, I'm a ..."."""
        repeats = w.word(i + 1) in w.low[max(0, i - 4) : i]
        return w.pause_before(i) and w.pause_after(i) and repeats

    def hits(self, text: str, tokens: Sequence[Token]) -> list[Hit]:
        w = _Words(text, tokens)
        out: list[Hit] = []
        n = len(tokens)
        i = 0
        while i < n:
            low, nxt = w.low[i], w.word(i + 1)
            size, kind = 1, ""
            if self.is_hesitation(w, i):
                kind = "hesitation"
            elif low in self.single_rules and self.single_rules[low](w, i):
                kind = "filler"
            elif (low, nxt) in self.pair_rules and self.pair_rules[low, nxt](w, i):
                size, kind = 2, "filler"
            elif low in self.hedges:
                size = self._hedge_size(w, i)
                kind = "hedge" if size else ""
            if kind:
                span = Span(tokens[i].start, tokens[i + size - 1].end)
                out.append(Hit(kind, " ".join(w.low[i : i + size]), span, i))
                i += size
            else:
                i += 1
        return out

    def _hedge_size(self, w: _Words, i: int) -> int:
        for parts in self.hedges[w.low[i]]:
            if tuple(w.low[i : i + len(parts)]) == parts:
                return len(parts)
        return 0

    def __call__(self, answer: Answer, context: Context) -> list[Finding]:
        hits = self.hits(context.text, context.tokens)
        return _findings(hits, len(context.tokens), answer.spoken)


def clusters(hits: Sequence[Hit]) -> list[Span]:
    """Spans where at least _CLUSTER_MIN hesitations/fillers fall within _CLUSTER_WINDOW words."""
    marks = [h for h in hits if h.kind != "hedge"]
    out: list[Span] = []
    j = 0
    for i in range(len(marks)):
        while marks[i].index - marks[j].index >= _CLUSTER_WINDOW:
            j += 1
        if i - j + 1 >= _CLUSTER_MIN:
            start = marks[j].span.start
            if out and out[-1].end >= start:
                start = out.pop().start
            out.append(Span(start, marks[i].span.end))
    return out


def _level(rate: float, warn: float, problem: float) -> Severity:
    if rate >= problem:
        return Severity.PROBLEM
    return Severity.WARNING if rate >= warn else Severity.INFO


def _findings(hits: Sequence[Hit], words: int, spoken: bool) -> list[Finding]:
    found = {k: [h for h in hits if h.kind == k] for k in ("hesitation", "filler", "hedge")}
    n = {k: len(v) for k, v in found.items()}
    rate = {k: round(100.0 * v / words, 2) if words else 0.0 for k, v in n.items()}
    total = round(rate["hesitation"] + rate["filler"], 2)
    out = [
        summary(
            "delivery",
            f"{n['hesitation']} hesitation(s) and {n['filler']} filler(s) in {words} words "
            f"({total} per 100 words).",
            hesitations=n["hesitation"],
            discourse_fillers=n["filler"],
            words=words,
            hedges=n["hedge"],
            filler_rate=total,
            hesitation_rate=rate["hesitation"],
            discourse_filler_rate=rate["filler"],
        )
    ]
    common = [w for w, _ in Counter(h.word for h in found["filler"]).most_common(3)]
    how = "Say the sentence without them" if spoken else "Cut them from the written answer"
    specs = [  # code, kind, minimum count, minimum rate, (warning, problem) rates, message, advice
        ("delivery.hesitations", "hesitation", 3, 2.0, (3.0, 6.0),
         f'You hesitate often: {n["hesitation"]} "um"/"uh" sounds '
         f"({rate['hesitation']} per 100 words).",
         "Pause silently instead of filling the gap: a short breath reads as calm, a sound reads "
         "as unsure. Rehearse the opening and closing lines until they come out without one."),
        ("delivery.fillers", "filler", 2, 1.5, (3.0, 6.0),
         f"{n['filler']} filler words ({rate['filler']} per 100 words), mostly "
         + ", ".join(f'"{w}"' for w in common) + ".",
         f"{how}: each one you drop makes the point land harder. Start a new point with a plain "
         'statement instead of "so" or "like".'),
        ("delivery.hedging", "hedge", 2, 1.0, (2.0, 4.0),
         f'{n["hedge"]} hedges ("maybe", "I guess", "probably") soften your claims.',
         "State what you did and what happened plainly; keep a hedge only where you are "
         "genuinely unsure, and then say how you would find out."),
    ]  # fmt: skip
    for code, kind, least, least_rate, (warn, problem), message, advice in specs:
        if n[kind] >= least and rate[kind] >= least_rate:
            spans = tuple(h.span for h in found[kind])
            data: dict[str, Any] = {"count": n[kind], "rate": rate[kind]}
            if kind == "filler":
                data["most_common"] = common
            out.append(
                Finding(code, _level(rate[kind], warn, problem), message, advice, spans, data)
            )
    groups = clusters(hits)
    if groups:
        out.append(
            Finding(
                "delivery.filler_cluster",
                Severity.WARNING if len(groups) < 3 else Severity.PROBLEM,
                f"{len(groups)} stretch(es) where fillers pile up: the listener loses the thread.",
                "These are the moments you were thinking on your feet. Prepare that part of the "
                "story (the numbers, the order of steps) so it comes out in one clean sentence.",
                tuple(groups),
                {"clusters": len(groups)},
            )
        )
    return out
