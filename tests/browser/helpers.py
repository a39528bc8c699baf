"""Steps several browser journeys share."""

PASSWORD = "ett-bra-losenord-42"  # tests.factories.UserFactory's
LOG_IN = {"sv": "Logga in", "en": "Log in"}


def log_in_through_the_form(page, username, *, language="sv"):
    """Log in as a person does: the log-in page, user name, password, the button."""
    prefix = "/en" if language == "en" else ""
    page.goto(f"{prefix}/konto/logga-in/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name=LOG_IN[language], exact=True).click()


def overflow(page) -> int:
    """How many pixels the page is wider than the window (0 or less: it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
