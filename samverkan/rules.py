"""Who may do what with collaboration meetings, built from the predicates in accounts/rules.py.

Members (any role in any municipality) see every meeting and sign up; the host municipality's
redaktör or administratör creates and edits its meetings (obj: the meeting, or for add, the
host municipality). Portal staff may read and edit, and sign up only through a membership.
"""

import rules

from accounts.rules import can_edit, edits_anywhere, is_member_anywhere, is_portal_staff

rules.add_perm("samverkan.view_meeting", is_member_anywhere | is_portal_staff)
rules.add_perm("samverkan.signup_meeting", is_member_anywhere)
# Without an object: may this person create a meeting for some municipality at all.
rules.add_perm("samverkan.create_meetings", edits_anywhere | is_portal_staff)
rules.add_perm("samverkan.add_meeting", can_edit)
rules.add_perm("samverkan.change_meeting", can_edit)
