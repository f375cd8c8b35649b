"""Other ways of saying a credential: "forklift certified" and "certified in forklift operation"
name the Forklift certification, "licensed journeyman electrician" the Journeyman electrician license.

Labels name a credential "<thing> certification" or "<thing> license"; postings and resumes as often
use the adjective. The forms are generated from the taxonomy's own names and aliases.
"""

from __future__ import annotations

import re

_SUFFIX = re.compile(
    r"^(?P<base>.+?)[ -](?P<kind>certification|certificate|license|licence)$", re.I
)


def credential_forms(alias: str) -> list[str]:
    """Adjective and "in" forms of a credential alias; none when it names no credential."""
    match = _SUFFIX.match(alias.strip())
    if not match:
        return []
    base, kind = match.group("base").strip(), match.group("kind").lower()
    if len(base) < 2:
        return []
    if kind.startswith("certif"):
        return [
            f"{base} certified",
            f"{base}-certified",
            f"certified in {base}",
            f"{base} certificate",
            f"{base} certification",
            f"{base} cert",
        ]
    return [f"licensed {base}", f"{base} licensed", f"{base} licensure", f"{base} license"]
