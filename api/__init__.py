"""The read-only REST API under /api/v1/ (docs/api.md) and its access tokens."""
