"""The three roles and what each may do. Each role may do everything the one below it may:
a lead also scans, an admin also departs convoys."""

from __future__ import annotations

import enum

from warehouse_app.texts import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    VOLUNTEER = "volunteer"
    LEAD = "lead"
    ADMIN = "admin"


_RANK = {Role.VOLUNTEER: 0, Role.LEAD: 1, Role.ADMIN: 2}


class Permission(enum.Enum):
    """An action a role is needed for; its value is the action's name in a refusal."""

    INTAKE = QT_TRANSLATE_NOOP("service", "Taking in donations")
    SCAN = QT_TRANSLATE_NOOP("service", "Scanning")
    LABELS = QT_TRANSLATE_NOOP("service", "Printing labels")
    CONVOYS = QT_TRANSLATE_NOOP("service", "Planning convoys")
    PAPERS = QT_TRANSLATE_NOOP("service", "Making convoy papers")
    DEPART = QT_TRANSLATE_NOOP("service", "Departure")
    DELIVER = QT_TRANSLATE_NOOP("service", "Recording a delivery")
    CORRECT = QT_TRANSLATE_NOOP("service", "Correcting a box")
    DISPOSE = QT_TRANSLATE_NOOP("service", "Disposal")
    NEEDS = QT_TRANSLATE_NOOP("service", "Keeping needs lists")
    OFFERS = QT_TRANSLATE_NOOP("service", "Handling offers and appointments")
    ACTIVITY = QT_TRANSLATE_NOOP("service", "Reading the activity log")
    REPORTS = QT_TRANSLATE_NOOP("service", "Reading reports")
    SETTINGS = QT_TRANSLATE_NOOP("service", "Changing settings")
    MASTER_DATA = QT_TRANSLATE_NOOP("service", "Changing categories, associations and places")
    RECIPIENTS = QT_TRANSLATE_NOOP("service", "Changing recipients")
    PEOPLE = QT_TRANSLATE_NOOP("service", "Managing people")
    BACKUP = QT_TRANSLATE_NOOP("service", "Backup")
    RESTORE = QT_TRANSLATE_NOOP("service", "Restoring a backup")


NEEDED: dict[Permission, Role] = {
    Permission.INTAKE: Role.VOLUNTEER,
    Permission.SCAN: Role.VOLUNTEER,
    Permission.LABELS: Role.VOLUNTEER,
    Permission.CONVOYS: Role.LEAD,
    Permission.PAPERS: Role.LEAD,
    Permission.DEPART: Role.LEAD,
    Permission.DELIVER: Role.LEAD,
    Permission.CORRECT: Role.LEAD,
    Permission.DISPOSE: Role.LEAD,
    Permission.NEEDS: Role.LEAD,
    Permission.OFFERS: Role.LEAD,
    Permission.ACTIVITY: Role.LEAD,
    Permission.REPORTS: Role.LEAD,
    Permission.SETTINGS: Role.ADMIN,
    Permission.MASTER_DATA: Role.ADMIN,
    Permission.RECIPIENTS: Role.ADMIN,
    Permission.PEOPLE: Role.ADMIN,
    Permission.BACKUP: Role.ADMIN,
    Permission.RESTORE: Role.ADMIN,
}

ROLE_NAMES = {
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("service", "volunteer"),
    Role.LEAD: QT_TRANSLATE_NOOP("service", "lead"),
    Role.ADMIN: QT_TRANSLATE_NOOP("service", "admin"),
}


# The role as the refusal names it ("needs a lead", "needs an admin").
ROLE_NEEDED = {
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("service", "a volunteer"),
    Role.LEAD: QT_TRANSLATE_NOOP("service", "a lead"),
    Role.ADMIN: QT_TRANSLATE_NOOP("service", "an admin"),
}


def parse_role(text: str) -> Role | None:
    try:
        return Role(text.strip().lower())
    except ValueError:
        return None


# The hall's own work, which handles every association's goods: not for a board member (a
# person who belongs to one association), whatever their role. They take in, scan, print
# labels and read reports of their association's goods.
HALL_WIDE = frozenset(
    {
        Permission.CONVOYS,
        Permission.PAPERS,
        Permission.DEPART,
        Permission.DELIVER,
        Permission.CORRECT,
        Permission.DISPOSE,
        Permission.NEEDS,
        Permission.OFFERS,
        Permission.ACTIVITY,
        Permission.SETTINGS,
        Permission.MASTER_DATA,
        Permission.RECIPIENTS,
        Permission.PEOPLE,
        Permission.BACKUP,
        Permission.RESTORE,
    }
)


def may(role: Role, permission: Permission, *, scoped: bool = False) -> bool:
    if scoped and permission in HALL_WIDE:
        return False
    return _RANK[role] >= _RANK[NEEDED[permission]]


def allowed(role: Role, *, scoped: bool = False) -> frozenset[Permission]:
    return frozenset(p for p in Permission if may(role, p, scoped=scoped))
