"""Find taxonomy skills in text: exact alias matching over tokens, longest match first.

Matching is deliberately not edit-distance fuzzy: aliases are compared after folding case,
hyphens and spacing ("front-end" = "front end" = "frontend"), while short acronyms and
common-word names are compared case-sensitively, and ambiguous ones ("Go", "R", "C") count only
in a list-like context. An acronym is therefore never mapped onto an unrelated word.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from interview_coach.skills.credentials import credential_forms
from interview_coach.skills.taxonomy import Alias, Skill, Taxonomy, load_taxonomy
from interview_coach.skills.variants import fold_spelling, number_variant
from interview_coach.skills.verb_forms import VerbIndex

# Words: letters/digits with inner + # . ' (C++, C#, Node.js, driver's); "/", "&" are own tokens.
_TOKEN = re.compile(r"\.?[A-Za-z0-9](?:[A-Za-z0-9+#.']*[A-Za-z0-9+#])?\+*|[/&]")
_LIST_NEXT_WORDS = frozenset(
    "and or programming language lang developer developers code services modules experience "
    "skills dev engineer engineers scripts scripting apps microservices stack".split()
)
_OK_NEXT_CHARS = set(",;/|)·•:.\n")
MAX_TEXT = 2_000_000


@dataclass(frozen=True)
class Mention:
    """One place a skill is named: `start`/`end` are character offsets into the text."""

    skill: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class _Entry:
    skill: Skill
    alias: Alias
    surface: tuple[str, ...]


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens with offsets; a trailing "." (sentence end) is not part of a token."""
    out: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        while word.endswith(".") and len(word) > 1:
            word, end = word[:-1], end - 1
        out.append((word, start, end))
    return out


def _fold(token: str) -> str:
    """A token as the index compares it: lower case, one spelling, "&" read as "and"."""
    return "and" if token == "&" else fold_spelling(token.lower())


def _keys(alias_text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Index keys of an alias: its tokens, and the variant with hyphen-joined parts glued."""
    text = alias_text.replace("’", "'")
    variants = {text.replace("-", " "), re.sub(r"(\w)-(\w)", r"\1\2", text)}
    keys = []
    for variant in sorted(variants):
        surface = tuple(t for t, _, _ in tokenize(variant))
        if surface:
            keys.append((tuple(_fold(t) for t in surface), surface))
    return keys


def _credential_entries(taxonomy: Taxonomy) -> dict[tuple[str, ...], list[_Entry]]:
    out: dict[tuple[str, ...], list[_Entry]] = {}
    for skill in taxonomy.skills:
        if skill.background:
            continue
        for alias in skill.aliases:
            for form in credential_forms(alias.text):
                generated = Alias(form, alias.case_sensitive, alias.ambiguous)
                for key, surface in _keys(form):
                    out.setdefault(key, []).append(_Entry(skill, generated, surface))
    return out


class SkillMatcher:
    """Longest-match alias lookup over a token stream; build once, call many times."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.links = {s.name: s.links for s in taxonomy.skills}
        self.by_name = {s.name: s for s in taxonomy.skills}
        self.background = frozenset(s.name for s in taxonomy.skills if s.background)
        self.index: dict[tuple[str, ...], list[_Entry]] = {}
        numbered: dict[tuple[str, ...], list[_Entry]] = {}
        verbal: list[tuple[str, tuple[str, ...]]] = []
        for skill in taxonomy.skills:
            for alias in skill.aliases:
                for key, surface in _keys(alias.text):
                    self.index.setdefault(key, []).append(_Entry(skill, alias, surface))
                    if not (alias.case_sensitive or skill.background):
                        verbal.append((skill.name, key))
                    other = number_variant(key[-1]) if len(key) > 1 else None
                    if other and not alias.case_sensitive:
                        entry = _Entry(skill, alias, (*surface[:-1], other))
                        numbered.setdefault((*key[:-1], other), []).append(entry)
        # "Payroll taxes" also matches "payroll tax", unless that form names a skill of its own.
        for key, entries in numbered.items():
            self.index.setdefault(key, entries)
        # "Forklift certified" is the Forklift certification, unless that form names another skill.
        for key, entries in _credential_entries(taxonomy).items():
            self.index.setdefault(key, entries)
        # Verb-phrase forms of practice names: "managed vendors" is Vendor management.
        self.verbs = VerbIndex.build(verbal)
        self.max_len = max((len(k) for k in self.index), default=1)

    def find(self, text: str) -> list[Mention]:
        text = text[:MAX_TEXT].replace("’", "'")
        tokens = tokenize(text.replace("-", " "))
        lowered = [_fold(t) for t, _, _ in tokens]
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            hit = self._match_at(text, tokens, lowered, i)
            verbal = self.verbs.match(text, tokens, lowered, i)
            if verbal and (hit is None or verbal[0] > hit[0]):
                hit = verbal[0], self.by_name[verbal[1]]
            if hit is None:
                i += 1
                continue
            length, skill = hit
            start, end = tokens[i][1], tokens[i + length - 1][2]
            mentions.append(Mention(skill.name, start, end, text[start:end]))
            i += length
        return mentions

    def _match_at(
        self, text: str, tokens: list[tuple[str, int, int]], lowered: list[str], i: int
    ) -> tuple[int, Skill] | None:
        for length in range(min(self.max_len, len(tokens) - i), 0, -1):
            entries = self.index.get(tuple(lowered[i : i + length]))
            if not entries:
                continue
            if length > 1 and not _same_line(text, tokens[i][1], tokens[i + length - 1][2]):
                continue
            for entry in entries:
                if length > 1 and not _joined_tokens(
                    text, tokens[i : i + length], entry.alias.text
                ):
                    continue
                if entry.alias.case_sensitive:
                    actual = tuple(t for t, _, _ in tokens[i : i + length])
                    if actual != entry.surface:
                        continue
                if entry.alias.ambiguous and not _list_context(text, tokens[i + length - 1][2]):
                    continue
                if entry.alias.case_sensitive and _glued_after(text, tokens[i][1]):
                    continue  # "1099-NEC" is a tax form, not the National Electrical Code
                if entry.skill.category == "Spoken languages" and _noun_follows(
                    text, tokens[i + length - 1][2]
                ):
                    continue  # "an Italian restaurant" asks for no Italian
                if entry.alias.case_sensitive and length == 1 and _used_as_word(text, tokens[i]):
                    continue
                if (
                    entry.alias.case_sensitive
                    and length == 1
                    and tokens[i][0][1:].islower()  # "Toast", not an acronym such as "BSA"
                    and entry.skill.category != "Spoken languages"
                    and _opens_sentence(text, tokens[i][1])
                    and _prose_follows(text, tokens[i][2])
                ):
                    continue  # at a sentence start the capital letter says nothing: "Toast was..."
                return length, entry.skill
        return None


_WORD_NEXT = re.compile(
    r"[ \t]+(?:at|in|to|of|for|with|on|under|your|our|their|the|a|an|as|when|while)\b"
)


def _opens_sentence(text: str, start: int) -> bool:
    """True when `start` begins the text, a line or a bullet, or follows a sentence end."""
    before = text[:start].rstrip(" \t").rstrip("-*•·▪◦–—").rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _prose_follows(text: str, end: int) -> bool:
    """True when a lower-case word that is no list joiner comes next ("Toast was served")."""
    word = re.match(r"[ \t]+([a-z]+)", text[end : end + 40])
    return word is not None and word.group(1) not in _LIST_NEXT_WORDS


def _glued_after(text: str, start: int) -> bool:
    """True when the name is the second half of a hyphenated code ("1099-NEC", "ISO-9001")."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()


_LANGUAGE_NEXT = frozenset(
    "and or speaker speakers speaking language languages fluency fluent native bilingual "
    "proficiency proficient conversational business written spoken skills required preferred "
    "is a plus as".split()
)


def _noun_follows(text: str, end: int) -> bool:
    """A language name used as an adjective: "Italian restaurant", "Spanish omelette"."""
    word = re.match(r"[ \t]+([a-z]+)", text[end : end + 30])
    return word is not None and word.group(1) not in _LANGUAGE_NEXT


def _used_as_word(text: str, token: tuple[str, int, int]) -> bool:
    """A capitalised product name used as an English word: "Excel at", "Word of mouth"."""
    word, _, end = token
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    return _WORD_NEXT.match(text, end) is not None


_TOKEN_GAP = re.compile(r"[ \t\-'’.]*")


def _same_line(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _joined_tokens(text: str, tokens: list[tuple[str, int, int]], alias: str) -> bool:
    """The words of a name stand together: no punctuation between them that the alias itself
    lacks ("saute station on the line | Set up" holds no "line set")."""
    for left, right in itertools.pairwise(tokens):
        gap = text[left[2] : right[1]]
        if _TOKEN_GAP.fullmatch(gap) is None and gap.strip() not in alias:
            return False
    return True


def _list_context(text: str, end: int) -> bool:
    """True when what follows a name reads like a list item, not a sentence ("Go to ...")."""
    rest = text[end : end + 40]
    stripped = rest.lstrip(" \t")
    if not stripped or stripped[0] in _OK_NEXT_CHARS:
        return True
    if stripped[0] in "&-'+(" or stripped[0].isdigit():
        return False
    word = re.match(r"[A-Za-z]+", stripped)
    return word is not None and word.group(0).lower() in _LIST_NEXT_WORDS


@cache
def default_matcher() -> SkillMatcher:
    return SkillMatcher(load_taxonomy())


_PAREN_GAP = re.compile(r"[ \t]*(?:[\w.+/-]+[ \t]+){0,2}[\w.+/-]*[ \t]*\([ \t]*(?:[\w-]+:[ \t]*)?")
_COLON_GAP = re.compile(r"[ \t]*(?:[\w.+/-]+[ \t]*)?:[ \t]*")
_INCLUDING_GAP = re.compile(r",?[ \t]+including[ \t]+(?:\w+[ \t]+){0,2}")


def is_generic(name: str) -> bool:
    """A practice ("Containerization", "Backend development") rather than a named product."""
    words = name.split()
    if len(words) == 1:
        return name.lower().endswith(("ation", "ing", "ment", "ance", "ence", "ity", "ysis", "ics"))
    return name[:1].isupper() and all(w.islower() for w in [words[0][1:], *words[1:]])


def _abbreviation_of_previous(text: str, previous: Mention, mention: Mention) -> bool:
    """An acronym in parentheses right after a name: "Professional learning community (PLC)"."""
    gap = text[previous.end : mention.start]
    after = text[mention.end : mention.end + 3].lstrip("s ")
    if not (re.fullmatch(r"[ \t]*\([ \t]*", gap) and after.startswith(")")):
        return False
    letters = re.sub(r"[^A-Z]", "", mention.surface)
    words = re.findall(r"[A-Za-z]+", text[previous.start : previous.end])
    initials = "".join(w[0] for w in words if w.lower() not in {"and", "of", "the"}).upper()
    return mention.surface.isupper() and len(letters) >= 2 and letters == initials


def fold_parentheticals(text: str, mentions: list[Mention]) -> list[Mention]:
    """Fold parts listed with a named skill: "AWS (EC2, S3)" and "Lean tools: 5S, kaizen" are
    AWS and Lean, "Postgres, including schema design" is PostgreSQL."""
    kept: list[Mention] = []
    close = -1
    owner = ""
    for mention in mentions:
        if mention.start < close:
            if mention.skill == owner:
                kept.append(mention)
            continue
        if kept and _abbreviation_of_previous(text, kept[-1], mention):
            continue  # "professional learning community (PLC)": the acronym names the same
        if kept and not is_generic(kept[-1].skill):
            gap = text[kept[-1].end : mention.start]
            stop = ""
            if _PAREN_GAP.fullmatch(gap):
                stop = ")"
            elif _COLON_GAP.fullmatch(gap) or _INCLUDING_GAP.fullmatch(gap):
                stop = ";"
            if stop:
                newline = text.find("\n", mention.start)
                newline = len(text) if newline == -1 else newline
                found = text.find(stop, mention.start, newline)
                if stop == ";":
                    sentence = re.search(r"[.;](?:\s|$)", text[mention.start : newline])
                    found = mention.start + sentence.start() if sentence else newline
                close = found if found != -1 else -1
                owner = kept[-1].skill
                if close != -1 and mention.skill != owner:
                    continue
        kept.append(mention)
    return kept


_PATTERN_SKILLS = (
    (
        "Budget management",
        re.compile(
            r"\b(?:manag|own|oversaw|oversee|control|ran|run)\w*\s+(?:a|an|the|our)?\s*"
            r"(?:\$[\d.,]+\s*[KMB]?\+?\s+)?(?:[a-z]+\s+){0,3}budgets?\b",
            re.I,
        ),
    ),
    (
        "People management",
        re.compile(
            r"\b(?:manag|supervis|led|lead)\w*\s+(?:a\s+team\s+of\s+\d+|(?:a\s+staff\s+of\s+)?"
            r"\d+\s+(?:direct reports|supervisors|staff|employees|people|associates|managers))",
            re.I,
        ),
    ),
)


def pattern_skills(text: str) -> list[str]:
    """Skills stated as a phrase with a number in it ("managed a $2M budget")."""
    return [name for name, pattern in _PATTERN_SKILLS if pattern.search(text[:MAX_TEXT])]


# "We're hiring", "is now hiring": the employer announcing the job, not a skill it asks for.
_ANNOUNCEMENT = re.compile(r"\b(?:is|are|'re|now|currently)[ \t]+$", re.I)
_SECTOR_NEXT = re.compile(
    r"[ \t]*(?:industry|industries|sector|vertical|verticals|space|agencies|agency|providers|"
    r"companies|clients|customers|facilities|market|markets|operators|organizations|"
    r"businesses|operations leaders)\b",
    re.I,
)


def is_background(matcher: SkillMatcher, text: str, mention: Mention) -> bool:
    """Domain background, which the lists leave out: an entry marked so in the taxonomy, or a
    practice named as a line of business ("the logistics industry", "the payments space")."""
    if mention.skill in matcher.background:
        return True
    if mention.surface.lower() == "hiring":
        return _ANNOUNCEMENT.search(text, max(0, mention.start - 30), mention.start) is not None
    return is_generic(mention.skill) and _SECTOR_NEXT.match(text, mention.end) is not None


def extract_skills(text: str, *, with_links: bool = False) -> list[str]:
    """Canonical skill names found in `text`, in order of first mention, without duplicates."""
    return skills_by_line([text], with_links=with_links)[0]


def skills_by_line(lines: Sequence[str], *, with_links: bool = False) -> list[list[str]]:
    """`extract_skills` of each text, from one pass of the matcher over all of them joined by
    line breaks (a match never spans two lines: the same result as one call each, faster)."""
    matcher = default_matcher()
    text = "\n".join(lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    out: list[list[str]] = [[] for _ in lines]
    for mention in fold_parentheticals(text, matcher.find(text)):
        if is_background(matcher, text, mention):
            continue
        names = out[bisect.bisect_right(starts, mention.start) - 1]
        links = matcher.links.get(mention.skill, ()) if with_links else ()
        for name in (mention.skill, *links):
            if name not in names:
                names.append(name)
    for names, line in zip(out, lines, strict=True):
        names.extend(name for name in pattern_skills(line) if name not in names)
    return out
