"""Role facts written for the synthetic red-flag examples, in a fixed order (the generator
cycles through them, so the order is part of the data)."""

from roles_office import OFFICE_ROLES
from roles_public import PUBLIC_ROLES
from roles_service import SERVICE_ROLES

ROLES = [*SERVICE_ROLES, *OFFICE_ROLES, *PUBLIC_ROLES]
