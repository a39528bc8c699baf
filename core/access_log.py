"""gunicorn's access log with every control character escaped.

gunicorn writes the decoded path (`%(U)s`) and headers as they came, so `/a%0A1.2.3.4 ...` would
start a new, forged line in the log. Each value is escaped here (`\\n`, `\\x1b`, `\\u2028`, and
the backslash itself; gunicorn escapes the quote), so one request is always exactly one line.
"""

import re

from gunicorn.glogging import Logger

# C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the backslash.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\\\\]")


def _escape(match) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape(value):
    return _UNSAFE.sub(_escape, value) if isinstance(value, str) else value


class EscapingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        # WSGI hands the path over as Latin-1; the person typed UTF-8.
        path = atoms.get("U")
        if isinstance(path, str):
            atoms["U"] = path.encode("latin-1", "replace").decode("utf-8", "replace")
        return {key: escape(value) for key, value in atoms.items()}
