"""Spelling and number variants of a word, so one alias covers "levelling" and "leveling",
"payroll tax" and "payroll taxes"."""

from __future__ import annotations

import re
from functools import lru_cache

_UK_WORDS = {
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "defence": "defense",
    "offence": "offense",
    "programme": "program",
    "programmes": "programs",
    "tyre": "tire",
    "tyres": "tires",
    "aluminium": "aluminum",
    "mould": "mold",
    "kerb": "curb",
    "kerbs": "curbs",
    "storey": "story",
    "practise": "practice",
}
_UK_RULES = (
    (re.compile(r"(?<=[a-z]{2})ell(ing|ed|or|ors|er|ers)$"), r"el\1"),
    (re.compile(r"(?<=[a-z]{2})is(ation|ations|e|ed|es|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z])ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[b-df-hj-np-tv-z])ae(?=[a-z])"), "e"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=[a-z]{2}[^aeiou])tre(s)?$"), r"ter\1"),
)


@lru_cache(maxsize=65_536)
def fold_spelling(word: str) -> str:
    """One spelling for UK and US forms of a lowercased word ("levelling" = "leveling",
    "orthopaedics" = "orthopedics", "licence" = "license"). Both the taxonomy's aliases and the
    text are folded, so a rule only has to map the two forms onto the same key."""
    if len(word) < 5 or not word.isalpha():
        return word
    if word in _UK_WORDS:
        return _UK_WORDS[word]
    for pattern, repl in _UK_RULES:
        word = pattern.sub(repl, word)
    return word


def number_variant(word: str) -> str | None:
    """The plural of a singular noun and the singular of a plural ("tax" / "taxes")."""
    if not word.isalpha() or len(word) < 3:
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s"):
        return None if word.endswith(("ss", "us", "is")) else word[:-1]
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("x", "ch", "sh")):
        return word + "es"
    return word + "s"
