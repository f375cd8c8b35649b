"""The deep_tech taxonomy file: tools and practices of ten tech and digital role families."""

from __future__ import annotations

from interview_coach.skills.extract import extract_skills
from interview_coach.skills.taxonomy import load_taxonomy


def test_file_is_loaded_as_its_own_domain() -> None:
    domains = {skill.domain for skill in load_taxonomy().skills}
    assert "deep_tech" in domains


def test_tools_of_the_families_are_read() -> None:
    cases = {
        "Workflows run on Temporal, Hangfire jobs and MediatR handlers": {
            "Hangfire",
            "MediatR",
        },
        "Served models with BentoML and KServe; tracked data with DVC": {
            "BentoML",
            "KServe",
            "DVC",
        },
        "Policies in Kyverno, dashboards in Grafana, chaos tests with LitmusChaos": {
            "Kyverno",
            "LitmusChaos",
        },
        "Hunted in Cybereason and Tanium; cases tracked in TheHive": {
            "Cybereason",
            "Tanium",
            "TheHive",
        },
        "Tickets in osTicket; assets in Snipe-IT; VPN via Cisco AnyConnect": {
            "osTicket",
            "Snipe-IT",
            "Cisco AnyConnect",
        },
    }
    for text, expected in cases.items():
        assert expected <= set(extract_skills(text)), (text, extract_skills(text))


def test_aliases_map_to_one_name() -> None:
    assert "Low-rank adaptation" in extract_skills("Fine-tuned Llama models with QLoRA adapters")
    assert "Market basket analysis" in extract_skills("Ran basket analysis on loyalty data")
    assert "Service discovery" in extract_skills("Service discovery with Consul")
    assert "Discovery calls" not in extract_skills("Service Discovery with Consul")


def test_guarded_words_stay_words() -> None:
    text = (
        "Our relay team felt real emotion; a ray of light fell on the parcel. "
        "The temporal lobe study was abstract, and the harness held."
    )
    found = set(extract_skills(text))
    assert not found & {
        "Relay GraphQL client",
        "Emotion CSS-in-JS",
        "Ray distributed computing",
        "Parcel bundler",
        "Temporal workflow engine",
        "Harness CI/CD",
    }, found


def test_error_budgets_are_not_budgeting() -> None:
    found = extract_skills("Own SLOs and error budgets for the checkout service")
    assert "Budgeting" not in found
    assert "Error budgets" not in found
