"""Every permission rule of the portal, in one place (the `rules` library).

Views (`has_perm` / `PermissionRequiredMixin`), templates (`{% has_perm %}`) and the admin
(`ObjectPermissionsModelAdmin`) all ask these, so a rule is never written twice.

Object rules take the object whose municipality decides: a Municipality, or anything with a
`municipality_id` (Measure, Unit), or with a `measure` (ErrorReport).
"""

import rules

from .models import Membership, roles_of


def municipality_id_of(obj):
    if obj is None:
        return None
    if hasattr(obj, "municipality_id"):
        return obj.municipality_id
    if hasattr(obj, "measure"):
        return obj.measure.municipality_id
    if obj.__class__.__name__ == "Municipality":
        return obj.pk
    return None


@rules.predicate
def is_portal_staff(user):
    return user.is_authenticated and user.is_active and user.is_superuser


@rules.predicate
def is_member_anywhere(user):
    """Any role in any municipality: case officers, editors and administrators."""
    return user.is_authenticated and user.is_active and bool(roles_of(user))


@rules.predicate
def edits_anywhere(user):
    return (
        user.is_authenticated
        and user.is_active
        and any(role in Membership.Role.editing() for role in roles_of(user).values())
    )


@rules.predicate
def is_editor_of(user, obj):
    """Redaktör or administratör of the object's municipality."""
    if not (user.is_authenticated and user.is_active):
        return False
    return roles_of(user).get(municipality_id_of(obj)) in Membership.Role.editing()


@rules.predicate
def is_admin_of(user, obj):
    if not (user.is_authenticated and user.is_active):
        return False
    return roles_of(user).get(municipality_id_of(obj)) == Membership.Role.ADMIN


@rules.predicate
def is_member_of(user, obj):
    if not (user.is_authenticated and user.is_active):
        return False
    return municipality_id_of(obj) in roles_of(user)


@rules.predicate
def is_member_of_receiver(user, inquiry):
    """A member (any role) of the municipality that runs the inquired measure."""
    if not (user.is_authenticated and user.is_active) or inquiry is None:
        return False
    return inquiry.receiving_municipality_id in roles_of(user)


@rules.predicate
def is_member_of_asker(user, inquiry):
    """A member (any role) of the municipality that sent the inquiry."""
    if not (user.is_authenticated and user.is_active) or inquiry is None:
        return False
    return inquiry.asking_municipality_id in roles_of(user)


@rules.predicate
def is_member_of_either_side(user, inquiry):
    if not (user.is_authenticated and user.is_active) or inquiry is None:
        return False
    roles = roles_of(user)
    return inquiry.receiving_municipality_id in roles or inquiry.asking_municipality_id in roles


@rules.predicate
def is_owner(user, obj):
    return user.is_authenticated and obj is not None and obj.owner_id == user.pk


can_edit = is_editor_of | is_portal_staff

# Reading what the public does not see: internal details, any municipality's.
rules.add_perm("measures.view_internal", is_member_anywhere | is_portal_staff)
# The editor's dashboard.
rules.add_perm("accounts.use_dashboard", edits_anywhere | is_portal_staff)
# Measures (obj: the measure; for add and import, the municipality).
rules.add_perm("measures.view_draft", can_edit)
rules.add_perm("measures.add_measure", can_edit)
rules.add_perm("measures.change_measure", can_edit)
rules.add_perm("measures.publish_measure", can_edit)
rules.add_perm("measures.archive_measure", can_edit)
rules.add_perm("measures.restore_measure", can_edit)
rules.add_perm("measures.verify_measure", can_edit)
rules.add_perm("measures.import_measures", can_edit)
rules.add_perm("measures.export_measures", can_edit)
rules.add_perm("measures.delete_measure", is_portal_staff)
rules.add_perm("measures.view_measure", can_edit)
# Units (obj: the unit; for add, the municipality).
rules.add_perm("municipalities.add_unit", can_edit)
rules.add_perm("municipalities.change_unit", can_edit)
rules.add_perm("municipalities.view_unit", can_edit)
rules.add_perm("municipalities.delete_unit", is_portal_staff)
# Error reports from the public (obj: the report or the municipality).
rules.add_perm("measures.handle_errorreport", can_edit)
# Members of a municipality (obj: the municipality).
rules.add_perm("accounts.manage_members", is_admin_of | is_portal_staff)
# A municipality's API tokens for the REST API (obj: the municipality): its administratör.
rules.add_perm("api.manage_tokens", is_admin_of | is_portal_staff)

# Seat inquiries between municipalities (obj: the inquiry). Case officers and editors ask on
# behalf of their municipality; only the receiving municipality's members answer.
rules.add_perm("inquiries.add_inquiry", is_member_anywhere)
rules.add_perm("inquiries.view_inquiry", is_member_of_either_side | is_portal_staff)
rules.add_perm("inquiries.answer_inquiry", is_member_of_receiver)
rules.add_perm("inquiries.close_inquiry", is_member_of_either_side)
rules.add_perm("inquiries.supplement_inquiry", is_member_of_asker)
# Saved shortlists ("Min lista") belong to their owner.
rules.add_perm("shortlists.change_shortlist", is_owner)
