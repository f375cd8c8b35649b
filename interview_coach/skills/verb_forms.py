"""Verb-phrase forms of practice names: "Inventory management" is also "managed inventory",
"Dosage calculation" also "calculate drug dosages", "Art direction" also "art-directed".

Skill names are noun phrases ("<object words> <nominalisation>"), while duties and resume
bullets say the same thing with a verb and its object. The forms are generated from the
taxonomy's own names and aliases by general morphology: a table of nominalisations and their
verbs, regular rules for gerunds and for inflection, and a short gap (a determiner or
possessive, and at most one modifier) allowed between the verb and its object.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from functools import cache

from interview_coach.skills.variants import fold_spelling, number_variant

# Nominalisation -> verb base(s). Gerunds ("reading", "planning") are derived by rule instead.
_NOMINALS: dict[str, tuple[str, ...]] = {
    noun: tuple(verbs.split("|"))
    for noun, _, verbs in (
        pair.partition(":")
        for pair in (
            "management:manage installation:install calculation:calculate placement:place "
            "analysis:analyze reconciliation:reconcile preparation:prepare design:design "
            "maintenance:maintain inspection:inspect administration:administer "
            "documentation:document optimization:optimize repair:repair assessment:assess "
            "evaluation:evaluate collection:collect entry:enter review:review "
            "direction:direct development:develop configuration:configure "
            "integration:integrate migration:migrate implementation:implement "
            "automation:automate validation:validate verification:verify "
            "coordination:coordinate negotiation:negotiate facilitation:facilitate "
            "allocation:allocate estimation:estimate translation:translate "
            "interpretation:interpret investigation:investigate resolution:resolve "
            "reduction:reduce prevention:prevent detection:detect creation:create "
            "generation:generate production:produce instruction:instruct "
            "supervision:supervise registration:register fabrication:fabricate "
            "measurement:measure improvement:improve recruitment:recruit procurement:procure "
            "deployment:deploy replacement:replace adjustment:adjust retention:retain "
            "acquisition:acquire delivery:deliver recovery:recover assembly:assemble "
            "control:control audit:audit research:research support:support triage:triage "
            "removal:remove disposal:dispose approval:approve renewal:renew "
            "appraisal:appraise tracking:track writing:write drawing:draw building:build "
            "selling:sell teaching:teach cutting:cut setting:set running:run making:make "
            "keeping:keep leading:lead troubleshooting:troubleshoot "
        ).split()
    )
}
# Past forms that do not end in "-ed", and verbs that double their last consonant.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "write": ("wrote", "written"),
    "draw": ("drew", "drawn"),
    "build": ("built",),
    "sell": ("sold",),
    "teach": ("taught",),
    "lead": ("led",),
    "run": ("ran",),
    "make": ("made",),
    "keep": ("kept",),
    "troubleshoot": ("troubleshot",),
    "control": ("controlled", "controlling"),
    "program": ("programmed", "programming"),
}
_DETERMINERS = frozenset(
    "a an the all any each every our their his her its my your this these those both several "
    "multiple many various numerous new existing daily weekly monthly".split()
)
# Words that end a verb's reach: its object cannot lie beyond them.
_STOP = frozenset(
    "to for with from in on at by of as into onto over under about across through via per "
    "and or but than that which who whom whose while when where if so then also not no is are "
    "was were be been being has have had do does did will would can could should may might "
    "must it they them he she we you i me us".split()
)
_AFTER_OBJECT = frozenset(
    "using across within throughout before after during until according per daily weekly "
    "monthly annually regularly each every end".split()
)
_SUBJECTS = frozenset("i you we they will can to and also".split())
# Verbs of one-word names with an everyday sense besides the trade ("served as", "closed the
# ticket", "estimated 30%", "framed the problem"): as a bare verb they prove nothing.
_EVERYDAY = frozenset(
    fold_spelling(word)
    for word in "serve close switch estimate permit reserve render frame survey level index trade "
    "stock clean compound floor plate kit rig mill meter edit network police shore caption "
    "interpret counsel advise supervise purchase interview recruit brand pitch demo lease "
    "machine catalog ticket audit budget forecast scrape cache patch cable grind glaze refinish "
    "trench unload dispatch cater grill plumb roof weld".split()
)
_JOINERS = frozenset({"and", "or", "&", "/"})
_GAP_TEXT = re.compile(r"[\s\-'’]*")


@dataclass
class VerbIndex:
    """Verb forms -> (object key -> skill); compound forms ("art-directed") -> skill."""

    verbs: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    compounds: dict[tuple[str, ...], str] = field(default_factory=dict)
    of_forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    singles: dict[str, tuple[str, bool]] = field(default_factory=dict)  # form -> (name, past)
    starts: set[str] = field(default_factory=set)  # first words of compounds and "of" forms
    max_object: int = 1

    @classmethod
    def build(cls, aliases: Iterable[tuple[str, tuple[str, ...]]]) -> VerbIndex:
        """An index of (skill name, folded alias tokens) pairs."""
        index = cls()
        for name, words in aliases:
            index.add(name, words)
        return index

    def add(self, name: str, words: tuple[str, ...]) -> None:
        """Register the verb forms of one alias, given as folded lowercase tokens."""
        if len(words) == 1 and words[0].isalpha():
            bases = verb_bases(words[0])
            for base in () if _EVERYDAY.intersection(bases) else bases:
                for form in inflections(base) - {words[0]}:
                    self.singles.setdefault(form, (name, form in participles(base)))
            return
        if len(words) < 2 or not all(w.isalpha() for w in words):
            return
        head, objects = words[-1], words[:-1]
        bases = verb_bases(head)
        if not bases:
            return
        for obj in object_variants(objects):
            self.max_object = max(self.max_object, len(obj))
            for base in bases:
                # "nursing school" is a compound noun, not "School nursing" said with a verb:
                # a gerund name gives no "<gerund> <object>" form, only the other inflections.
                for form in inflections(base) - {head}:
                    self.verbs.setdefault(form, {}).setdefault(obj, name)
                for form in participles(base):
                    self.compounds.setdefault((*obj, form), name)
            self.starts.update((head, obj[0]))
            self.of_forms.setdefault((head, "of", *obj), name)
            self.of_forms.setdefault((head, "of", "the", *obj), name)

    def match(
        self, text: str, tokens: list[tuple[str, int, int]], lowered: list[str], i: int
    ) -> tuple[int, str] | None:
        """(token count, skill name) of a verb phrase ("managed our inventory"), a compound
        ("art-directed") or an "of" form ("installation of fixtures") at token i."""
        objects = self.verbs.get(lowered[i])
        best: tuple[int, str] | None = None
        start_char, end_char = tokens[i][1], tokens[i][2]
        if objects and "-" not in text[max(0, start_char - 1) : start_char] + text[end_char:][:1]:
            for start in _object_starts(tokens, lowered, i, self.verbs):
                for size in range(min(self.max_object, len(tokens) - start), 0, -1):
                    name = objects.get(tuple(lowered[start : start + size]))
                    end = start + size
                    if (
                        name
                        and _joined(text, end_char, tokens[end - 1][1])
                        and _phrase_ends(text, tokens, lowered, end)
                    ):
                        # "install and repair fixtures": the second verb takes the object.
                        length = 1 if lowered[i + 1] in _JOINERS else end - i
                        if best is None or length > best[0]:
                            best = (length, name)
                        break
        single = self.singles.get(lowered[i])
        if best is None and single and _verb_context(text, tokens, lowered, i, single[1]):
            best = (1, single[0])
        return best or self._fixed(text, tokens, lowered, i)

    def _fixed(
        self, text: str, tokens: list[tuple[str, int, int]], lowered: list[str], i: int
    ) -> tuple[int, str] | None:
        if lowered[i] not in self.starts:
            return None
        for size in range(min(self.max_object + 3, len(tokens) - i), 1, -1):
            key = tuple(lowered[i : i + size])
            last = tokens[i + size - 1]
            name = self.of_forms.get(key)
            if name is None and text[last[1] - 1 : last[1]] == "-":
                name = self.compounds.get(key)
            if name is not None and _joined(text, tokens[i][1], last[1]):
                return size, name
        return None


_JOINED = re.compile(r"[\w \t\-'’]*")


def _joined(text: str, start: int, end: int) -> bool:
    """No punctuation or line break between two offsets: only spaces, hyphens, words."""
    return _JOINED.fullmatch(text, start, max(start, end)) is not None


def _object_starts(
    tokens: list[tuple[str, int, int]],
    lowered: list[str],
    i: int,
    verbs: Container[str],
) -> list[int]:
    """Where the object of the verb at token i may begin: right after it (or after a second
    coordinated verb: "install and repair"), or after a determiner, possessive or number. A
    free modifier word is not skipped: it too often changes what the object is ("managed user
    accounts" is no account management)."""
    j = i + 1
    if j + 1 < len(tokens) and lowered[j] in _JOINERS and lowered[j + 1] in verbs:
        j += 2
    starts = [j]
    if j < len(tokens) and (lowered[j] in _DETERMINERS or _possessive_or_number(lowered[j])):
        starts.append(j + 1)
    return [s for s in starts if s < len(tokens)]


def _phrase_ends(text: str, tokens: list[tuple[str, int, int]], lowered: list[str], k: int) -> bool:
    """The object is the head of its noun phrase: what follows it is punctuation, a line end,
    a preposition or joiner or an adverb, not another noun ("user accounts", "SEO content briefs")."""
    if k >= len(tokens) or text[tokens[k - 1][2] : tokens[k][1]].strip(" \t"):
        return True
    word = lowered[k]
    return word in _STOP or word in _AFTER_OBJECT or word.endswith("ly") or word.isdigit()


def _verb_context(
    text: str, tokens: list[tuple[str, int, int]], lowered: list[str], i: int, past: bool
) -> bool:
    """A one-word name said as a bare verb counts only where a verb surely stands: a past form
    opening a line or bullet ("Prototyped a flow"), or any form after a subject, modal or "to"
    ("you prototype"). A bare "-s" form may be a plural noun ("toilets"), so it needs a subject."""
    line_start = text.rfind("\n", 0, tokens[i][1]) + 1
    if past and not text[line_start : tokens[i][1]].strip(" \t-*•·"):
        return True
    subjects = _SUBJECTS if past else _SUBJECTS - {"and"}
    return i > 0 and lowered[i - 1] in subjects and _joined(text, tokens[i - 1][2], tokens[i][1])


def _possessive_or_number(word: str) -> bool:
    return word.endswith("'s") or word.isdigit()


@cache
def verb_bases(head: str) -> tuple[str, ...]:
    """The verb(s) a nominalisation comes from: the table, else the rules for gerunds."""
    if head in _NOMINALS:
        return tuple(fold_spelling(b) for b in _NOMINALS[head])
    if not head.endswith("ing") or len(head) < 7:
        return ()
    stem = head[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return (stem[:-1],)  # planning -> plan
    if stem[-1] not in "aeiouwxy":
        return (stem, stem + "e")  # managing -> manage; budgeting -> budget ("budgete" is inert)
    return (stem,)


@cache
def inflections(base: str) -> frozenset[str]:
    """A verb's base, third-person, past and -ing forms (spelling folded as the text is)."""
    forms = {base, *_IRREGULAR.get(base, ())}
    if base.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    forms.update(participles(base))
    return frozenset(fold_spelling(f) for f in forms)


@cache
def participles(base: str) -> frozenset[str]:
    """Past and -ing forms, used after a hyphen as well ("art-directed", "hand-lettering")."""
    if base in _IRREGULAR:
        return frozenset(fold_spelling(f) for f in (*_IRREGULAR[base], _ing(base)))
    if base.endswith("e"):
        past = base + "d"
    elif base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        past = base[:-1] + "ied"
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
        past = base + base[-1] + "ed"  # plan -> planned (one syllable)
    else:
        past = base + "ed"
    return frozenset({fold_spelling(past), fold_spelling(_ing(base))})


def _ing(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
        return base + base[-1] + "ing"
    return base + "ing"


def object_variants(objects: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The object words as named, and with the last word's number changed."""
    other = number_variant(objects[-1])
    return [objects] + ([(*objects[:-1], other)] if other else [])
