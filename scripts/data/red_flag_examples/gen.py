"""Build scripts/data/red_flag_examples.jsonl from the phrase pools written for it in this folder.

    python scripts/data/red_flag_examples/gen.py scripts/data/red_flag_examples.jsonl

Template data: roles.py (one story per role), flags.py (asides per red flag), clean.py (hard
negatives); a fixed seed makes the output reproducible.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clean as C  # noqa: E402
import flags as F  # noqa: E402
from roles import ROLES  # noqa: E402

rng = random.Random(7)
BEH_Q = [
    "Tell me about a time you dealt with a difficult situation at work.",
    "Describe a time you solved a problem under pressure.",
    "Give me an example of a time you went beyond what was expected.",
    "Tell me about a challenge you faced at work and how you handled it.",
    "Tell me about a time you had to deal with an unhappy customer or client.",
]
FAIL_Q = [
    "Tell me about a time something went wrong at work.",
    "Tell me about a mistake you made.",
    "Describe a project or task that didn't go to plan.",
    "Tell me about a time you failed.",
]
MOT_Q = [
    "Why do you want this job?",
    "Why are you leaving your current job?",
    "What attracts you to this role?",
    "Why do you want to work for us?",
]
INTRO_Q = [
    "Tell me about yourself.",
    "Walk me through your background.",
    "Can you introduce yourself?",
]
RES_Q = [
    "Can you walk me through your most recent role?",
    "Why did you leave your last position?",
    "I see a gap on your CV. Can you tell me about it?",
    "What did you do in your last job day to day?",
]
WEAK_Q = ["What is your greatest weakness?", "What would you say is an area you need to improve?"]
STR_Q = ["What is your greatest strength?", "What would your colleagues say you're best at?"]
CLOSE_Q = [
    "Do you have any questions for us?",
    "Is there anything you'd like to ask us?",
    "Before we finish, do you have any questions?",
]


def R(i):
    return ROLES[i % len(ROLES)]


def pick(xs):
    return rng.choice(xs)


def body(r, qt):
    role, sk, intro, s, t, a, res, why, tq, ta = r
    if qt == "behavioral":
        parts = [s, t, a, res] if rng.random() < 0.7 else [s, a, res]
        return pick(BEH_Q), parts
    if qt == "intro":
        return pick(INTRO_Q), [intro, a, why]
    if qt == "motivation":
        return pick(MOT_Q), [why, "I've enjoyed my current role, but I'm ready for the next step."]
    if qt == "technical":
        return tq, [ta]
    if qt == "resume":
        return pick(RES_Q), [intro, a, res]
    if qt == "weakness":
        return pick(WEAK_Q), [pick(C.PERFECT)]
    if qt == "strength":
        return pick(STR_Q), [pick(C.CONFIDENT)]
    if qt == "situational":
        k = rng.randrange(len(C.SITUATIONAL))
        return C.SIT_Q[k], [C.SITUATIONAL[k]]
    if qt == "closing":
        return pick(CLOSE_Q), [pick(C.CLOSING_GOOD)]
    raise ValueError(qt)


def insert(parts, aside, where=None):
    parts = list(parts)
    pos = where if where is not None else rng.randint(0, len(parts))
    parts.insert(pos, aside)
    return parts


FILL_START = [
    "Um, ",
    "So, ",
    "Uh, ",
    "Okay, so ",
    "Right, um, ",
    "Yeah, so ",
    "Erm, ",
    "Well, uh, ",
]
FILL_MID = [", uh, ", ", um, ", ", you know, ", ", like, ", ", I mean, "]


def speak(text):
    sents = text.replace("? ", "?|").replace(". ", ".|").split("|")
    out = []
    for s in sents:
        if rng.random() < 0.45 and s[:1].isupper() and not s.startswith("I "):
            s = pick(FILL_START) + s[0].lower() + s[1:]
        elif rng.random() < 0.3:
            s = pick(FILL_START) + s
        if rng.random() < 0.35 and ", " in s:
            idx = s.index(", ")
            s = s[:idx] + pick(FILL_MID) + s[idx + 2 :]
        out.append(s)
    return " ".join(out)


PAD = {
    "closing": "Thanks for your time today.",
    "motivation": "That's about it really.",
    "intro": "That's me in a nutshell.",
    "weakness": "That's what I'd say.",
    "strength": "That's what I'd say.",
    "behavioral": "That's what happened.",
    "situational": "That's what I'd do.",
    "technical": "That's how I'd do it.",
    "resume": "That's about it.",
}

records = []
ELAB = [
    "Looking back, the main thing I took from it was to ask questions early rather than assume.",
    "I also kept a short written record as I went, which helped a lot when we reviewed it afterwards.",
    "My colleagues helped too, and I made sure they got credit when we talked about it at the team meeting.",
    "It wasn't all smooth: the first thing I tried didn't work, so I had to step back and look at it again.",
    "Since then I've used the same approach a few times, and I've shown two newer colleagues how to do it.",
    "The part I found hardest was keeping everyone informed while I was still working out what was wrong.",
    "I think it shows how I work generally: stay calm, find the facts, fix it, and then stop it happening again.",
]


def long_parts(r):
    ex = rng.sample(ELAB, rng.randint(2, 5))
    return [r[2], r[3], r[4], r[5], ex[0], r[6], *ex[1:], r[7]]


def add(r, qt, q, parts, flags):
    text = " ".join(p.strip() for p in parts if p)
    while len(text.split()) < 15:
        text = text + " " + PAD[qt]
    spoken = rng.random() < 0.4
    if spoken:
        text = speak(text)
    records.append(
        {
            "id": "",
            "role": r[0],
            "skills": r[1],
            "question": q,
            "question_type": qt,
            "answer": text,
            "spoken": spoken,
            "labels": {"red_flags": sorted(set(flags))},
        }
    )


ri = 0


def nr():
    global ri
    ri += 1
    return R(ri * 5)


for k, aside in enumerate(F.NEG):
    r = nr()
    qt = ["behavioral", "motivation", "resume", "intro"][k % 4]
    q, parts = body(r, qt)
    flags = ["negative_about_employer"]
    if qt == "behavioral" and k % 8 == 0:
        parts = long_parts(r)
    if qt in ("motivation", "resume") and k % 3 == 0:
        parts = [pick(C.LAYOFF)] if qt == "resume" else parts
    parts = insert(parts, aside)
    if k % 6 == 1:
        parts = insert(parts, pick(F.SWEAR), len(parts))
        flags.append("unprofessional_language")
    if k % 6 == 3:
        parts = insert(parts, pick(F.OVERSHARE))
        flags.append("oversharing")
    add(r, qt, q, parts, flags)
for k, (text, extra) in enumerate(F.BLAME):
    r = nr()
    q = pick(FAIL_Q)
    parts = [r[3], text] + (["Anyway, it sorted itself out eventually."] if k % 3 == 0 else [])
    add(r, "behavioral", q, parts, ["blame_shifting", *extra])
for k, aside in enumerate(F.ARROGANT):
    r = nr()
    qt = ["strength", "intro", "behavioral", "technical", "weakness", "motivation"][k % 6]
    q, parts = body(r, qt)
    if qt == "weakness":
        parts = []
    parts = insert(parts, aside, len(parts) if k % 2 else 0)
    flags = ["arrogance"]
    if k % 5 == 2:
        parts = insert(parts, pick(F.NEG))
        flags.append("negative_about_employer")
    add(r, qt, q, parts, flags)
for k, (qt, text) in enumerate(F.CLICHE):
    r = nr()
    q = {
        "weakness": pick(WEAK_Q),
        "strength": pick(STR_Q),
        "intro": pick(INTRO_Q),
        "behavioral": "Tell me about a time you worked under pressure.",
        "situational": "What would you do if the team was falling behind on a deadline?",
    }[qt]
    parts = [text]
    if qt == "intro" and k % 2:
        parts.append("I've worked in a few different places and I'm looking for my next challenge.")
    flags = ["cliche"]
    if k % 7 == 3:
        parts.append(pick(F.LOW))
        flags.append("low_enthusiasm")
    add(r, qt, q, parts, flags)
for k, aside in enumerate(F.SWEAR):
    r = nr()
    qt = ["behavioral", "behavioral", "resume", "technical", "situational"][k % 5]
    q, parts = body(r, qt)
    if k % 6 == 0:
        parts = long_parts(r)
    parts = insert(parts, aside, 1 if len(parts) > 1 else 0)
    add(r, qt, q, parts, ["unprofessional_language", *F.SWEAR_EXTRA.get(k, [])])
for k, aside in enumerate(F.LOW):
    r = nr()
    qt = ["motivation", "intro", "motivation", "closing", "motivation", "resume"][k % 6]
    if qt == "closing":
        q = pick(CLOSE_Q)
        parts = [aside, "Not really any questions, no."]
        flags = ["low_enthusiasm", "no_questions"]
    else:
        q, parts = body(r, qt)
        parts = [aside] if k % 3 == 0 else ([r[2], aside] if qt != "resume" else [r[2], aside])
        flags = ["low_enthusiasm"]
    if k % 8 == 5:
        parts.append(pick(F.MONEY))
        flags.append("money_focus")
    add(r, qt, q, parts, flags)
for k, aside in enumerate(F.MONEY):
    r = nr()
    qt = ["motivation", "motivation", "closing", "intro", "motivation"][k % 5]
    if qt == "closing":
        q = pick(CLOSE_Q)
        parts = [aside] if k % 2 else ["Yes, just one.", aside]
    elif qt == "intro":
        q = pick(INTRO_Q)
        parts = [r[2], aside]
    else:
        q = pick(MOT_Q)
        parts = [aside] if k % 3 == 0 else [aside, r[7]] if k % 3 == 1 else [r[2], aside]
    add(r, qt, q, parts, ["money_focus"])
for k, text in enumerate(F.OFFTOPIC):
    r = nr()
    qt = ["behavioral", "technical", "motivation", "weakness", "situational", "resume", "strength"][
        k % 7
    ]
    q, _ = body(r, qt)
    parts = [text]
    if k % 3 == 0:
        parts = ["Good question.", text]
    if k % 4 == 1:
        parts.append(F.OFFTOPIC[(k + 5) % len(F.OFFTOPIC)])
    if k % 7 == 2:
        parts += [
            F.OFFTOPIC[(k + 9) % len(F.OFFTOPIC)],
            F.OFFTOPIC[(k + 13) % len(F.OFFTOPIC)],
            F.OFFTOPIC[(k + 3) % len(F.OFFTOPIC)],
        ]
    add(r, qt, q, parts, ["off_topic"])
for k, aside in enumerate(F.OVERSHARE):
    r = nr()
    qt = ["intro", "motivation", "resume", "weakness", "behavioral"][k % 5]
    q, parts = body(r, qt)
    if qt == "resume" and k % 2:
        q = "I see a gap on your CV. Can you tell me about it?"
        parts = [aside, "I'm ready to get back to work now."]
    else:
        parts = insert(long_parts(r) if qt == "behavioral" else parts, aside)
    add(r, qt, q, parts, ["oversharing"])
for _k, text in enumerate(F.NOQ):
    r = nr()
    q = pick(CLOSE_Q)
    add(r, "closing", q, [text], ["no_questions"])

# clean answers
hard = [
    ("behavioral", C.TOUGH_BOSS, "Tell me about a time you worked with a difficult manager."),
    ("motivation", C.LAYOFF, "Why did you leave your last job?"),
    ("behavioral", C.EMPATHY, "Tell me about a difficult customer you dealt with."),
    ("behavioral", C.OWNED, "Tell me about a mistake you made."),
    ("motivation", C.FAIR_CRIT, "Why are you leaving your current job?"),
    ("motivation", C.FAMILY, "Why are you looking to move?"),
    ("motivation", C.PAY_OK, "Why do you want this job?"),
    ("strength", C.CONFIDENT, "What is your greatest strength?"),
    ("weakness", C.PERFECT, "What is your greatest weakness?"),
    ("closing", C.CLOSING_GOOD, "Do you have any questions for us?"),
]
for qt, pool, q in hard:
    for k, text in enumerate(pool):
        r = nr()
        if qt == "motivation":
            parts = [text, r[7]] if k % 2 == 0 else [r[2], text, r[7]]
        elif qt == "behavioral" and pool is C.TOUGH_BOSS:
            parts = [r[3], text, r[6]]
        elif qt in ("strength", "weakness", "closing") and k % 2:
            parts = [text, r[7]] if qt == "strength" else [text]
        else:
            parts = [text]
        add(r, qt, q, parts, [])
types = [
    "behavioral",
    "intro",
    "motivation",
    "technical",
    "resume",
    "situational",
    "behavioral",
    "strength",
    "closing",
    "weakness",
]
for k in range(75):
    r = nr()
    qt = types[k % len(types)]
    q, parts = body(r, qt)
    if qt == "behavioral" and k % 4 == 0:
        parts = long_parts(r)
    add(r, qt, q, parts, [])

rng.shuffle(records)
for i, rec in enumerate(records):
    rec["id"] = f"syn-{i + 1:03d}"
out = sys.argv[1]
with open(out, "w", encoding="utf-8") as fh:
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

c = Counter(f for rec in records for f in rec["labels"]["red_flags"])
print(len(records), "clean", sum(1 for r in records if not r["labels"]["red_flags"]), dict(c))
w = [len(r["answer"].split()) for r in records]
print("words", min(w), max(w), sorted(w)[len(w) // 2])
print(
    "roles",
    len({r["role"] for r in records}),
    Counter(r["question_type"] for r in records),
    sum(r["spoken"] for r in records),
)
