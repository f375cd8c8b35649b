"""Requirements stated in prose or under unfamiliar headings; resume years across layouts."""

from __future__ import annotations

from datetime import date

from interview_coach.ingest.job import parse_job
from interview_coach.ingest.resume import parse_resume

AS_OF = date(2026, 11, 1)

PROSE_POSTING = """Bookkeeper
Willow & Finch Bakery Group

Three bakeries, one small office above the flagship shop.

Your week
Most days you'll keep the books in Xero, chase unpaid invoices and code receipts.
To be considered you must know accounts payable and have 2 years of bookkeeping behind you.
Experience with Gusto is essential. Knowing Shopify would be an advantage, and Microsoft Excel
skills are a plus.

Perks
Free bread. QuickBooks training paid for by us.
"""

ODD_HEADINGS = """Site Safety Officer
Granite Row Builders

What the job looks like
Walk our sites daily and run toolbox talks.

Things you can't do without
- OSHA 30
- First aid

Things that make you stand out
- CHST certification
- Spanish
"""


def test_prose_requirements_and_preferences() -> None:
    job = parse_job(PROSE_POSTING)
    assert {"Accounts payable", "Gusto", "Xero"} <= set(job.must_have)
    assert {"Shopify", "Microsoft Excel"} <= set(job.nice_to_have)
    assert "QuickBooks" not in job.must_have + job.nice_to_have  # a perk, not a requirement
    assert job.years_experience == 2


def test_unfamiliar_headings_keep_strength_by_wording() -> None:
    job = parse_job(ODD_HEADINGS)
    assert "OSHA 30" in job.must_have
    assert "Spanish" in job.nice_to_have
    assert not set(job.must_have) & set(job.nice_to_have)


DATE_FIRST = """Rosa Imani
rosa.imani@example.com

Experience
2021-03 – present    Site Supervisor, Keel Construction
  * Ran a crew of 9 on mid-rise framing
2017-06 – 2021-02    Carpenter, Oak & Iron Builders
  * Framing and finish carpentry
2019-01 – 2020-12    Night Security Guard (part-time), Bay Storage
  * Patrols and logs

Education
2016 Carpentry certificate
"""

YEAR_HEADER = """# Sam Ortiz
sam.ortiz@example.org

## Work
**Line Cook**, Harbor Grill — 2022 (part-time, Feb – Dec 2022)
* Grill and fry stations

Jan 2023 – Present | **Sous Chef**, Tidewater Kitchen
* Ordering and food cost

## Volunteering
2018 – 2020 | Food bank helper
"""


def test_overlapping_roles_count_once_with_dates_first() -> None:
    cv = parse_resume(DATE_FIRST, as_of=AS_OF)
    assert cv.titles[:2] == ["Site Supervisor", "Carpenter"]
    # Jun 2017 .. Nov 2026 with the part-time job inside it: 9.5 years, not 11.5
    assert abs(cv.years_experience - 9.5) <= 0.5


def test_years_skip_volunteering_and_read_mixed_layouts() -> None:
    cv = parse_resume(YEAR_HEADER, as_of=AS_OF)
    assert "Sous Chef" in cv.titles
    # Jan 2023 .. Nov 2026 (47 months) plus most of 2022: about 4.8 years, volunteering left out
    assert 4.0 <= cv.years_experience <= 5.0
