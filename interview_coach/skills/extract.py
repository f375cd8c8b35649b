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

from interview_coach.skills.context import (
    glued_after,
    joined_tokens,
    list_context,
    noun_follows,
    opens_sentence,
    prose_follows,
    same_line,
    used_as_word,
)
from interview_coach.skills.credentials import credential_forms
from interview_coach.skills.mentions import Mention, fold_parentheticals, is_generic
from interview_coach.skills.taxonomy import Alias, Skill, Taxonomy, load_taxonomy
from interview_coach.skills.variants import fold_spelling, number_variant
from interview_coach.skills.verb_forms import VerbIndex

# Words: letters/digits with inner + # . ' (C++, C#, Node.js, driver's); "/", "&" are own tokens.
_TOKEN = re.compile(r"\.?[A-Za-z0-9](?:[A-Za-z0-9+#.']*[A-Za-z0-9+#])?\+*|[/&]")
MAX_TEXT = 2_000_000


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
            if length > 1 and not same_line(text, tokens[i][1], tokens[i + length - 1][2]):
                continue
            for entry in entries:
                if _fits(text, tokens[i : i + length], entry):
                    return length, entry.skill
        return None


def _fits(text: str, tokens: list[tuple[str, int, int]], entry: _Entry) -> bool:
    """Whether the alias really names the skill where it stands (see `context`)."""
    alias, first, end = entry.alias, tokens[0], tokens[-1][2]
    if len(tokens) > 1 and not joined_tokens(text, tokens, alias.text):
        return False
    if alias.case_sensitive and tuple(t for t, _, _ in tokens) != entry.surface:
        return False
    if alias.ambiguous and not list_context(text, end):
        return False
    if alias.case_sensitive and glued_after(text, first[1]):
        return False  # "1099-NEC" is a tax form, not the National Electrical Code
    language = entry.skill.category == "Spoken languages"
    if language and noun_follows(text, end):
        return False  # "an Italian restaurant" asks for no Italian
    if not alias.case_sensitive or len(tokens) > 1:
        return True
    if used_as_word(text, first):
        return False  # "Excel at", "Word of mouth"
    # At a sentence start a capital letter says nothing: "Toast was served" (not "BSA", "Spanish").
    sentence_start = opens_sentence(text, first[1]) and prose_follows(text, first[2])
    return not (first[0][1:].islower() and not language and sentence_start)


@cache
def default_matcher() -> SkillMatcher:
    return SkillMatcher(load_taxonomy())


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
