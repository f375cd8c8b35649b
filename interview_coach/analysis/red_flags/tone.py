"""Graded sentence-level tone features: negativity aimed at people, blame, self-praise, motives.

Each feature combines two cue groups inside one sentence (a person named *and* a negative word),
so a bad situation told neutrally or a hard customer described with empathy stays low.
(VADER sentence sentiment on sentences naming someone was tried as a graded feature: no gain in
5-fold CV or cross-file on the tune part, so it is left out and adds no dependency.)
"""

from __future__ import annotations

from interview_coach.analysis.red_flags.cues import COUNT_CAP, Scan
from interview_coach.domain import Answer


def tone_features(answer: Answer, found: Scan) -> dict[str, float]:
    """The graded tone features of one answer (see module docstring)."""
    people = found.where("target") | found.where("others")
    lexical_neg = found.where("insult") | found.where("negative")
    hedged = found.where("fair") | found.where("own")
    aimed_unhedged = 0
    for i in people & lexical_neg:
        if not ({i - 1, i, i + 1} & hedged):
            aimed_unhedged += 1
    failure = found.where("failure")
    cause = found.where("other_cause") | found.where("blame_other") | found.where("blame_denial")
    near_failure = {j for i in failure for j in (i - 1, i, i + 1)}
    owned = bool(found.where("own"))
    blamed = len(cause & near_failure)
    superior = found.where("self_superior") | found.where("boast")
    dismissive = found.where("dismissive") | found.where("dismiss")
    motive = answer.question_type in ("motivation", "intro", "closing")
    pay = found.where("pay")
    pay_framed = pay & (found.where("reason_frame") | found.where("main_reason"))
    indifferent = found.where("indifferent") | found.where("indifferent_plus")
    eager = found.count("eager")
    return {
        "swear_any": float(bool(found.where("swear"))),
        "aimed_unhedged": float(min(COUNT_CAP, aimed_unhedged)),
        "hedged": float(min(COUNT_CAP, len(hedged))),
        "blame_cause": float(min(COUNT_CAP, len(cause))),
        "blame_near_failure": float(min(COUNT_CAP, blamed)),
        "blame_unowned": float(min(COUNT_CAP, blamed)) if not owned else 0.0,
        "superior": float(min(COUNT_CAP, len(superior))),
        "dismissive": float(min(COUNT_CAP, len(dismissive))),
        "indifferent_any": float(min(COUNT_CAP, len(indifferent))),
        "indifferent_uneager": float(min(COUNT_CAP, len(indifferent))) if not eager else 0.0,
        "pay_framed": float(min(COUNT_CAP, len(pay_framed))),
        "pay_motive": float(min(COUNT_CAP, len(pay))) if motive else 0.0,
        "pay_framed_motive": float(min(COUNT_CAP, len(pay_framed))) if motive else 0.0,
    }
