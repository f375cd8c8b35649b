"""Consistency of the packaged taxonomy: size, unique aliases, guarded common words, background."""

from __future__ import annotations

import re
from collections import defaultdict

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.taxonomy import load_taxonomy, parse_entry

# Everyday English words that are also product or skill names. Such an alias must carry a guard:
# case-sensitive ("=Excel") or list-context only ("!Go"), or be part of a longer phrase.
COMMON_WORDS = frozenset(
    """go rust swift excel word access outlook teams slack zoom notion spring chef puppet
    express react ember flask jest mocha sketch canvas square box lean scrum agile hive
    spark storm beam glue iceberg heap segment vault envoy consul prefect presto amplitude
    stitch pact axe dash polars athena packer zephyr cucumber espresso locust superset toast
    clover lightspeed medium front filing reception billing collections encompass concur
    gusto jobber greenhouse lever workable relativity maze dovetail blender framer rhino
    loom stripe houdini audacity inventor avid plex stick concrete painting layout ladders
    register facing retention articles routing shipping packing picking scanning freight
    dispatch sourcing assembly inspections molding calibration chemicals validation
    development organizing interpretation translation circulation archives corrections
    orientation grading coaching literacy assessments transfers intake impressions triage
    echo appeals payroll receiving consolidation bonds closings appraisals wires macros
    broadcast mastering wetlands firmware""".split()
)


def _aliases() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for skill in load_taxonomy().skills:
        for alias in skill.aliases:
            owners[re.sub(r"[\s-]+", " ", alias.text.lower()).strip()].add(skill.name)
    return owners


def test_taxonomy_is_broad() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy) > 2_800
    domains = {skill.domain for skill in taxonomy.skills}
    assert {"allied", "trades", "money", "market", "work", "techmore", "products"} <= domains


def test_no_alias_names_two_skills() -> None:
    clashes = {alias: names for alias, names in _aliases().items() if len(names) > 1}
    # Intended pairs, told apart by case: "dbt" the data tool and "DBT" the therapy; "Braze" the
    # marketing platform (case-sensitive) and "braze" the joining method.
    assert set(clashes) <= {"dbt", "braze"}, clashes


def test_common_words_are_guarded() -> None:
    unguarded = [
        (skill.name, alias.text)
        for skill in load_taxonomy().skills
        for alias in skill.aliases
        if alias.text.lower() in COMMON_WORDS and not alias.case_sensitive
    ]
    assert unguarded == []


def test_links_point_at_known_skills() -> None:
    by_name = load_taxonomy().by_name()
    missing = [
        (s.name, link) for s in by_name.values() for link in s.links if link.lower() not in by_name
    ]
    assert missing == []


def test_background_marker_is_parsed() -> None:
    skill = parse_entry("~Logistics | logistics operations", "Ops", "test")
    assert skill.background and skill.name == "Logistics"
    assert not parse_entry("Logistics planning", "Ops", "test").background


def test_domain_background_is_not_listed() -> None:
    text = "Five years in the logistics industry; we serve manufacturing clients and 3PL partners."
    assert extract_skills(text) == []
    # a named standard in the same field is still a skill
    assert "Hazard Analysis and Critical Control Points" not in extract_skills("HACCP plans")
    assert "HACCP" in extract_skills("Writes HACCP plans for the plant.")


def test_guarded_words_in_ordinary_sentences() -> None:
    text = (
        "We keep answers concrete, stick to the layout, check the register and keep the shipping dock "
        "tidy; picking up shifts is welcome. Toast the bread and stock the walk-in."
    )
    assert extract_skills(text) == []


def test_new_fields_are_read() -> None:
    cases = {
        "EPA 608 Universal; braze copper line sets; ServiceTitan": {
            "EPA 608 Universal certification",
            "Brazing",
            "ServiceTitan",
        },
        "Kinesio taping, gait training and e-stim under PT plans": {
            "Kinesiology taping",
            "Gait training",
            "Electrical stimulation",
        },
        "Ran bi-weekly payroll in Paychex and handled wage garnishments": {
            "Wage garnishments",
            "Paychex",
        },
        "Technical SEO audits in Screaming Frog; link building": {
            "Screaming Frog",
            "Link building",
        },
        "Playwright suites, k6 load tests and JMeter": {"Playwright", "k6"},
        "Xactimate estimates for property claims; CPCU": {
            "Xactimate",
            "Chartered Property Casualty Underwriter",
        },
    }
    for text, expected in cases.items():
        assert expected <= set(extract_skills(text)), (text, extract_skills(text))
