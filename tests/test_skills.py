"""Taxonomy schema, acronym-safe extraction, folding, and category links."""

from __future__ import annotations

from importlib import resources

import yaml

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.soft import find_soft_skills, soft_skill_names
from interview_coach.skills.taxonomy import load_taxonomy, parse_entry, taxonomy_files

SOFT_LIST = {
    "Adaptability",
    "Analytical skills",
    "Attention to detail",
    "Coachability",
    "Communication",
    "Competitiveness",
    "Confidentiality",
    "Conflict resolution",
    "Creativity",
    "Critical thinking",
    "Curiosity",
    "Delegation",
    "Empathy",
    "Leadership",
    "Mentoring",
    "Openness to feedback",
    "Organizational skills",
    "Ownership",
    "Patience",
    "Presentation skills",
    "Problem solving",
    "Relationship building",
    "Reliability",
    "Resilience",
    "Self-motivation",
    "Stakeholder management",
    "Teamwork",
    "Time management",
    "Work ethic",
    "Working under pressure",
}


def test_taxonomy_schema() -> None:
    root = resources.files("interview_coach.data")
    domains = set()
    for name in taxonomy_files():
        data = yaml.safe_load(root.joinpath(name).read_text("utf-8"))
        assert set(data) == {"domain", "categories"}
        domains.add(data["domain"])
        for category, entries in data["categories"].items():
            assert isinstance(category, str) and entries, category
            assert all(isinstance(e, str) and e.strip() for e in entries)
    taxonomy = load_taxonomy()
    assert len(taxonomy) >= 2000
    names = taxonomy.by_name()
    for skill in taxonomy.skills:
        assert skill.aliases, skill.name
        for link in skill.links:
            assert link.lower() in names, f"{skill.name} links to unknown {link}"
    assert {"tech", "healthcare", "business", "field"} <= domains


def test_taxonomy_covers_every_domain_of_the_issue() -> None:
    categories = {s.category for s in load_taxonomy().skills}
    for expected in (
        "Skilled trades",
        "Hospitality and food service",
        "Education",
        "Design and media",
        "Operations and logistics",
        "Human resources",
        "Accounting and finance",
        "Sales",
        "Clinical skills",
    ):
        assert expected in categories


def test_parse_entry_markers() -> None:
    skill = parse_entry("Go | !Go; Golang", "Programming languages", "tech")
    go = next(a for a in skill.aliases if a.text == "Go")
    assert go.case_sensitive and go.ambiguous
    assert parse_entry("Jenkins >> CI/CD", "x", "tech").links == ("CI/CD",)


def test_aliases_map_to_canonical_names() -> None:
    text = "JS, k8s, Postgres, MS Excel, GCP, RN license, BLS and ACLS, Office 365"
    assert extract_skills(text) == [
        "JavaScript",
        "Kubernetes",
        "PostgreSQL",
        "Microsoft Excel",
        "Google Cloud Platform",
        "Registered Nurse license",
        "Basic Life Support",
        "Advanced Cardiovascular Life Support",
        "Microsoft 365",
    ]


def test_acronyms_never_match_ordinary_words() -> None:
    text = (
        "Go to the lobby and excel at care. The er visit was rn. "
        "We ran r&d in a c-suite, tried go-karts, and the rest."
    )
    assert extract_skills(text) == []


def test_ambiguous_names_count_in_list_context() -> None:
    assert extract_skills("Languages: Go, R, C and Java") == ["Go", "R", "C", "Java"]
    assert "Go" in extract_skills("Some Go")


def test_parts_are_folded_into_the_skill() -> None:
    assert extract_skills("Excel (pivot tables, VLOOKUP) and AWS (EC2, S3, IAM)") == [
        "Microsoft Excel",
        "Amazon Web Services",
    ]
    assert extract_skills("Languages: Python, SQL") == ["Python", "SQL"]


def test_category_links_for_resumes() -> None:
    found = extract_skills(
        "Pipelines in Jenkins; charted in Epic; dashboards in Tableau", with_links=True
    )
    assert {"CI/CD", "Electronic health records", "Data visualization"} <= set(found)
    assert "CI/CD" not in extract_skills("Pipelines in Jenkins")


def test_hyphen_and_spacing_variants() -> None:
    assert extract_skills("front end development") == extract_skills("front-end development")
    assert extract_skills("Node.js and NodeJS") == ["Node.js"]


def test_soft_skills_use_the_closed_list() -> None:
    assert set(soft_skill_names()) == SOFT_LIST
    found = find_soft_skills("A strong communicator and team player who stays calm when busy.")
    assert found == ["Communication", "Teamwork", "Working under pressure"]


def test_extraction_never_raises_on_junk() -> None:
    for junk in ("", "\x00\xff" * 50, "😀" * 1000, "日本語のテキスト", "(" * 500, "C++ " * 10000):
        assert isinstance(extract_skills(junk, with_links=True), list)


def test_a_capital_at_a_sentence_start_is_no_evidence_of_a_product() -> None:
    prose = (
        "We started again. Toast was served at the launch. Notion that we could finish was wrong."
    )
    assert extract_skills(prose) == []
    listed = "Tools: Slack, Notion, Toast. I moved our warehouse to Snowflake last year."
    assert set(extract_skills(listed)) >= {"Slack", "Notion", "Toast", "Snowflake"}


def test_front_end_is_not_the_front_help_desk_product() -> None:
    assert "Front" not in extract_skills("Front-End Developer, Acme (2019 - 2022)")
    assert "Front" in extract_skills("Support tools: Front, Zendesk, Intercom")
