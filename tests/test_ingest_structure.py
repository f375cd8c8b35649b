"""Resume and posting structure: role layouts, date formats, section headings, job headers."""

from __future__ import annotations

from datetime import date

import pytest

from interview_coach.ingest.dates import find_ranges
from interview_coach.ingest.job import parse_job
from interview_coach.ingest.resume import parse_resume

AS_OF = date(2026, 11, 1)
NOW = 2026 * 12 + 10


def _cv(body: str) -> tuple[list[str], float]:
    cv = parse_resume("Pat Example\npat@example.com\n\n" + body, as_of=AS_OF)
    return cv.titles, cv.years_experience


ONE_LINE_ROLES = """About
I design brand systems and, lately, app screens.

Work history
Junior Copywriter, Ashgrove Media Ltd., Tacoma, WA — 2012 to 2014
Content Designer, Pinecrest Outfitters, Seattle, WA — 2014 to 2020
- Wrote product pages for 400 items a season
Brand Lead, self-employed — 2020 to present

Education & training
BA English, Evergreen State College, 2012
"""


def test_one_role_a_line_under_sentence_case_heading() -> None:
    titles, years = _cv(ONE_LINE_ROLES)
    assert titles == ["Junior Copywriter", "Content Designer", "Brand Lead"]
    assert years == 14.5  # Jul 2012 .. Nov 2026


PIPES = """EXPERIENCE
Warehouse Lead | Northbay Freight | 2019 - 2021
Order Picker | Northbay Freight | 2017 - 2019
"""

TABS = "Experience\nLine Cook\tOsprey Diner\t03/2018 to 11/2020\nPrep Cook\tOsprey Diner\t2016–18\n"

DOTTED = """WORK HISTORY
Maintenance Technician ........ Halberd Plastics, Joliet IL ........ 2020 - present
  * Kept 14 injection presses running on nights
Press Operator ........ Halberd Plastics ........ 2018 - 2020
"""


@pytest.mark.parametrize(
    ("body", "titles", "years"),
    [
        (PIPES, ["Warehouse Lead", "Order Picker"], 4.0),
        (TABS, ["Line Cook", "Prep Cook"], 4.5),
        (DOTTED, ["Maintenance Technician", "Press Operator"], 8.5),
    ],
)
def test_separated_fields(body: str, titles: list[str], years: float) -> None:
    assert _cv(body) == (titles, years)


STACKED = """## Professional Experience

Staff Accountant
Bellweather Supply Co., Fargo, ND
Jan 2021 – Present
- Closed the books monthly in NetSuite

Accounts Payable Clerk
Bellweather Supply Co.
Sept. 2017 — Aug. 2019
"""

EMPLOYER_FIRST = """Experience

Lakeview Orthopedic Clinic, Madison, WI
Physical Therapist Assistant              June 2019 – Present
- Ran gait training sessions

Riverside Fitness — Madison, WI
Personal Trainer → Fitness Manager
Summer 2015 – May 2019
"""

DATES_FIRST = """Employment
2022 – now | Site Engineer | Corbel Civil Ltd
2019–2022   Graduate Engineer, Tarn & Hythe Consulting
"""

TITLE_AT = """Work Experience
- led nothing here, a stray bullet
Product Analyst at Ferngate Insurance (Mar 2021 – Present)
- Built pricing dashboards
Data Intern at Ferngate Insurance (June – August 2020)
"""


@pytest.mark.parametrize(
    ("body", "titles", "years"),
    [
        (STACKED, ["Staff Accountant", "Accounts Payable Clerk"], 8.0),
        (
            EMPLOYER_FIRST,
            ["Physical Therapist Assistant", "Personal Trainer", "Fitness Manager"],
            11.5,
        ),
        (DATES_FIRST, ["Site Engineer", "Graduate Engineer"], 7.5),
        (TITLE_AT, ["Product Analyst", "Data Intern"], 6.0),
    ],
)
def test_role_layouts(body: str, titles: list[str], years: float) -> None:
    assert _cv(body) == (titles, years)


def test_only_work_experience_counts_for_years() -> None:
    body = """## Experience
### Help Desk Technician — Corvid Schools
2023 – Present

## Projects
### Home lab
2015 – Present
- Proxmox cluster and a Pi-hole

## Volunteer
Food bank driver, 2010 – 2020
"""
    titles, years = _cv(body)
    assert titles == ["Help Desk Technician"]
    assert years == 3.5  # Jul 2023 .. Nov 2026 only


def test_overlapping_roles_count_once() -> None:
    body = """Experience
Registered Nurse, Mercy Vale Hospital — Jan 2020 – Dec 2023
Weekend Nurse (part-time), Orchard Home Care — Jan 2022 – Dec 2022
"""
    assert _cv(body)[1] == 4.0


def test_title_with_comma_keeps_its_specialty_but_drops_an_employer() -> None:
    body = """## Experience
### Director, Product Marketing
Harlan Biotech · 2021 – Present
### Research Assistant, Soil Chemistry Lab
Northfield University · Sep 2018 – May 2021
"""
    assert _cv(body)[0] == ["Director, Product Marketing", "Research Assistant"]


def test_a_title_that_reads_like_a_heading_stays_a_role() -> None:
    body = """Experience
Project Manager
Stonebridge Builders · 2018 – 2024
"""
    assert _cv(body) == (["Project Manager"], 6.0)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2020 – Present", (2020, 1), (2026, 11)),
        ("03/2018 to 11/2020", (2018, 3), (2020, 11)),
        ("Summer 2022", (2022, 6), (2022, 8)),
        ("2021–now", (2021, 7), (2026, 11)),
        ("Sept. 2017 — Aug. 2019", (2017, 9), (2019, 8)),
        ("since 2020", (2020, 7), (2026, 11)),
        ("June – August 2022", (2022, 6), (2022, 8)),
        ("2016–19", (2016, 7), (2019, 6)),
        ("2015 to date", (2015, 7), (2026, 11)),
    ],
)
def test_date_formats(text: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    (found,) = find_ranges(text, NOW)
    assert (found.start // 12, found.start % 12 + 1) == start
    assert (found.end // 12, found.end % 12 + 1) == end


def test_a_lone_year_is_no_period_of_work() -> None:
    assert find_ranges("BSc Biology, 2019", NOW) == []


def _head(text: str) -> tuple[str, str]:
    job = parse_job(text + "\n\nWhat you'll do\n- Keep the crew safe\n")
    return job.title, job.company


def test_dash_suffix_is_part_of_the_title_when_the_next_line_names_the_company() -> None:
    assert _head("Line Mechanic - Heavy Equipment\nDunmore Rentals Co. - Boise, ID") == (
        "Line Mechanic - Heavy Equipment",
        "Dunmore Rentals Co.",
    )
    assert _head("Staff Data Scientist — Pricing\nMarrowby · Remote (US)") == (
        "Staff Data Scientist — Pricing",
        "Marrowby",
    )


def test_dash_tail_is_the_company_when_the_next_line_is_a_place() -> None:
    assert _head("Barista — Copperleaf Coffee\nBend, OR · Part-time") == (
        "Barista",
        "Copperleaf Coffee",
    )
    assert _head("Pipe Welder — Tulsa, OK\nRedline Fabrication | $30/hr") == (
        "Pipe Welder",
        "Redline Fabrication",
    )


def test_pipe_fields_after_the_title_are_not_the_company_and_caps_become_title_case() -> None:
    text = "DELIVERY DRIVER | ROUTE 9 | FULL TIME\nHOLLIS BAKERY SUPPLY INC. | AKRON, OH"
    assert _head(text) == ("Delivery Driver", "Hollis Bakery Supply Inc.")
    assert (
        _head("HVAC TECHNICIAN II - 2ND SHIFT\nKELDON AIR")[0] == "HVAC Technician II - 2nd Shift"
    )


def test_about_the_team_is_no_company() -> None:
    text = "Platform Engineer\nRemote (EU)\n\nAbout the team\nWe run the build farm."
    assert parse_job(text).company != "the team"
