"""Who may do what with employers: the predicates of accounts/rules.py, as for measures.

Object rules take the employer (its `municipality_id` decides), or for adding one, the
municipality.
"""

import rules

from accounts.rules import can_edit, is_member_anywhere, is_portal_staff

# Members of any municipality read every register: contact, org number, what is offered.
rules.add_perm("employers.view_employer", is_member_anywhere | is_portal_staff)
# A municipality's editors keep its own register, as they keep its measures.
rules.add_perm("employers.add_employer", can_edit)
rules.add_perm("employers.change_employer", can_edit)
rules.add_perm("employers.verify_employer", can_edit)
# Removing an employer from the register (it left the network, or withdrew entirely).
rules.add_perm("employers.delete_employer", can_edit)
