"""Accounts: log-in, memberships that tie users to a municipality with a role, and the
permission rules every view, template and admin page asks."""
