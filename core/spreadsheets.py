"""Cells for files people open in a spreadsheet: keeping text from running as a formula.

Excel and LibreOffice run a cell that starts with = + - @ (or a tab or carriage return, which
they strip first) as a formula, also in a CSV file: "CSV injection". Any file of cells that
others wrote (an editor's export, the public exports) goes through `escape_cell`.
"""

# A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_escape(value: str) -> bool:
    # An apostrophe already in front of a formula start is escaped too, so that
    # unescape(escape(value)) == value for every value.
    if value.startswith(FORMULA_STARTS):
        return True
    return value.startswith("'") and _needs_escape(value[1:])


def escape_cell(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe."""
    return f"'{value}" if _needs_escape(value) else value


def unescape_cell(value: str) -> str:
    """Undo escape_cell: drop the apostrophe only where escape_cell would have added it."""
    if value.startswith("'") and _needs_escape(value[1:]):
        return value[1:]
    return value
