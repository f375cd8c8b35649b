"""The packaged skills taxonomy: canonical names, aliases, categories and category links.

The data lives in `interview_coach/data/skills_*.yaml`, one file per domain, written as compact
lines `Canonical | alias; alias >> Linked skill`. Alias markers: `=` matches case-sensitively,
`!` case-sensitively and only in a list-like context (so "Go" the verb is not the language).
Short aliases written with a capital letter (up to 4 characters: "RN", "ER", "AWS") are matched
case-sensitively as well. A name written with a leading `~` ("~Logistics") is domain background:
it is recognised (so its words are not read as another skill) but never listed as a skill, since
the labelling rules list domain background only when it is a named standard or regulation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

DATA_PACKAGE = "interview_coach.data"
# The C loader (libyaml, shipped in PyYAML's wheels) reads the ~10,000 lines several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ENTRY = re.compile(
    r"^(?P<name>[^|>]+?)\s*(?:\|\s*(?P<aliases>[^>]*?))?\s*(?:>>\s*(?P<links>.+))?$"
)


@dataclass(frozen=True)
class Alias:
    text: str
    case_sensitive: bool
    ambiguous: bool


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    domain: str
    aliases: tuple[Alias, ...]
    links: tuple[str, ...] = ()
    background: bool = False


@dataclass(frozen=True)
class Taxonomy:
    skills: tuple[Skill, ...]

    def by_name(self) -> dict[str, Skill]:
        return {skill.name.lower(): skill for skill in self.skills}

    def __len__(self) -> int:
        return len(self.skills)


def parse_alias(raw: str) -> Alias:
    text = raw.strip()
    if text.startswith("!"):
        return Alias(text[1:].strip(), True, True)
    if text.startswith("="):
        return Alias(text[1:].strip(), True, False)
    short_caps = len(text) <= 4 and any(ch.isupper() for ch in text)
    return Alias(text, short_caps, False)


def parse_entry(line: str, category: str, domain: str) -> Skill:
    """Parse one compact taxonomy line; raise ValueError when it is malformed."""
    match = _ENTRY.match(line.strip())
    if not match or not match.group("name").strip():
        raise ValueError(f"bad taxonomy entry: {line!r}")
    name = match.group("name").strip()
    background = name.startswith("~")
    name = name.lstrip("~").strip()
    if not name:
        raise ValueError(f"bad taxonomy entry: {line!r}")
    raw = [a.strip() for a in (match.group("aliases") or "").split(";") if a.strip()]
    aliases = [parse_alias(a) for a in raw]
    # The name is an alias too, unless written as one (a marked "=triage" is a deliberate guard;
    # "JIRA" as an extra spelling does not stop "Jira" itself from matching).
    guarded = {a[1:].strip().lower() for a in raw if a[:1] in "=!"}
    if name.lower() not in guarded and not any(a.text == name for a in aliases):
        aliases.insert(0, parse_alias(name))
    links = tuple(x.strip() for x in (match.group("links") or "").split(";") if x.strip())
    return Skill(name, category, domain, tuple(aliases), links, background)


def taxonomy_files() -> list[str]:
    root = resources.files(DATA_PACKAGE)
    return sorted(p.name for p in root.iterdir() if p.name.startswith("skills_"))


@cache
def load_taxonomy() -> Taxonomy:
    """Load every packaged taxonomy file once (cached: the data is immutable)."""
    root = resources.files(DATA_PACKAGE)
    skills: dict[str, Skill] = {}
    for filename in taxonomy_files():
        data = yaml.load(root.joinpath(filename).read_text(encoding="utf-8"), Loader=_LOADER)
        domain = str(data["domain"])
        for category, entries in data["categories"].items():
            for line in entries:
                if not isinstance(line, str):  # "Name: detail" unquoted loads as a mapping
                    raise ValueError(f"{filename}: entry is not a line of text: {line!r}")
                skill = parse_entry(line, str(category), domain)
                key = skill.name.lower()
                skills[key] = merge(skills[key], skill) if key in skills else skill
    return Taxonomy(tuple(skills.values()))


def merge(first: Skill, other: Skill) -> Skill:
    """One skill named in two files: the first entry's name and category, every alias and link."""
    seen = {a.text.lower() for a in first.aliases}
    aliases = first.aliases + tuple(a for a in other.aliases if a.text.lower() not in seen)
    links = first.links + tuple(x for x in other.links if x not in first.links)
    return Skill(first.name, first.category, first.domain, aliases, links, first.background)
