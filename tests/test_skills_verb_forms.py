"""Practice names said with a verb: "managed vendors" is Vendor management."""

from __future__ import annotations

from interview_coach.skills.extract import SkillMatcher
from interview_coach.skills.taxonomy import Taxonomy, parse_entry
from interview_coach.skills.verb_forms import inflections, participles, verb_bases


def _matcher(*lines: str) -> SkillMatcher:
    return SkillMatcher(Taxonomy(tuple(parse_entry(line, "Methods", "test") for line in lines)))


def _found(matcher: SkillMatcher, text: str) -> list[str]:
    return [m.skill for m in matcher.find(text)]


def test_inflections_of_regular_and_irregular_verbs() -> None:
    assert {"manage", "manages", "managed", "managing"} <= inflections("manage")
    assert {"plan", "plans", "planned", "planning"} <= inflections("plan")
    assert {"verify", "verifies", "verified"} <= inflections("verify")
    assert {"wrote", "written", "writes"} <= inflections("write")
    assert "art" not in participles("direct")


def test_gerunds_give_their_verbs() -> None:
    assert "plan" in verb_bases("planning")
    assert "schedule" in verb_bases("scheduling")
    assert "read" in verb_bases("reading")
    assert verb_bases("management") == ("manage",)
    assert verb_bases("king") == ()
    assert verb_bases("payroll") == ()


def test_verb_then_object_in_any_inflection_and_number() -> None:
    matcher = _matcher(
        "Vendor management", "Fixture installation", "Blueprint reading", "Dosage calculation"
    )
    assert _found(matcher, "- Managed vendors for two sites") == ["Vendor management"]
    assert _found(matcher, "You will manage the vendors on site") == ["Vendor management"]
    assert _found(matcher, "Installs fixtures; reads blueprints") == [
        "Fixture installation",
        "Blueprint reading",
    ]
    assert _found(matcher, "calculating dosages daily") == ["Dosage calculation"]
    assert _found(matcher, "installation of fixtures") == ["Fixture installation"]


def test_second_coordinated_verb_keeps_the_object() -> None:
    matcher = _matcher("Staff scheduling", "Staff training")
    assert _found(matcher, "Scheduled and trained our staff.") == [
        "Staff scheduling",
        "Staff training",
    ]


def test_object_must_head_its_phrase() -> None:
    matcher = _matcher("Account management", "Vendor management")
    assert _found(matcher, "Managed accounts across the region") == ["Account management"]
    assert _found(matcher, "Managed user accounts in Active Directory") == []
    assert _found(matcher, "managed accounts payable") == []
    assert _found(matcher, "the vendors we managed") == []


def test_hyphenated_compound_and_hyphen_guard() -> None:
    matcher = _matcher("Art direction", "Contract management")
    assert _found(matcher, "Art-directed photo shoots") == ["Art direction"]
    assert _found(matcher, "art directed by a colleague") == []
    assert _found(matcher, "sold managed-contracts plans") == []


def test_one_word_names_need_a_sure_verb_position() -> None:
    matcher = _matcher("Prototyping", "Table service | serving")
    assert _found(matcher, "- Prototyped a check-in flow") == ["Prototyping"]
    assert _found(matcher, "You prototype to answer questions") == ["Prototyping"]
    assert _found(matcher, "three prototypes were built") == []
    assert _found(matcher, "- Served as treasurer") == []


def test_case_sensitive_aliases_give_no_verb_forms() -> None:
    matcher = _matcher("Triage | =triage", "Go | !Go")
    assert _found(matcher, "triaged the queue") == []
