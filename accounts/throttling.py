"""Limits on log-ins and password resets, on top of django-axes' lockout.

axes locks one user name from one address after AXES_FAILURE_LIMIT failures; it has one failure
limit for all its lockout parameters, so the wider limits live here, counted by django-ratelimit
in the shared cache (core/throttling.py):

- failed log-ins per address, whatever the user name (password spraying);
- failed log-ins per user name, whatever the address (one account attacked from many).

Both are checked by an authentication backend, so every log-in form (ours and the admin's) is
covered, and a correct password is refused too once a limit is used up. Failures are counted
from Django's `user_login_failed` signal.
"""

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from core.throttling import Limit, Throttled

LOGIN_TITLE = _("För många misslyckade inloggningar")
LOGIN_MESSAGE = _(
    "Det har varit många misslyckade inloggningar från din uppkoppling eller till det här "
    "kontot. Av säkerhetsskäl är inloggningen spärrad en stund. Har du glömt ditt lösenord "
    "kan du återställa det under tiden."
)
LOGIN_FAILURES_PER_ADDRESS = Limit(
    "login-failures-address",
    "PORTAL_LOGIN_FAILURES_PER_ADDRESS",
    title=LOGIN_TITLE,
    message=LOGIN_MESSAGE,
)
LOGIN_FAILURES_PER_USERNAME = Limit(
    "login-failures-username",
    "PORTAL_LOGIN_FAILURES_PER_USERNAME",
    title=LOGIN_TITLE,
    message=LOGIN_MESSAGE,
)

PASSWORD_RESET_TITLE = _("Du har bett om många nya lösenord på kort tid")
PASSWORD_RESET_MESSAGE = _(
    "Om adressen hör till ett konto har vi redan skickat ett e-postmeddelande. Använd länken "
    "i det, och titta i skräpposten om du inte hittar det."
)
PASSWORD_RESETS_PER_ADDRESS = Limit(
    "password-resets-address",
    "PORTAL_PASSWORD_RESETS_PER_ADDRESS",
    title=PASSWORD_RESET_TITLE,
    message=PASSWORD_RESET_MESSAGE,
)
# Stops the portal from being used to fill one person's inbox from many addresses.
PASSWORD_RESETS_PER_EMAIL = Limit(
    "password-resets-email",
    "PORTAL_PASSWORD_RESETS_PER_EMAIL",
    key=lambda request: request.POST.get("email", "").strip().casefold(),
    title=PASSWORD_RESET_TITLE,
    message=PASSWORD_RESET_MESSAGE,
)


def _username(value) -> str:
    # User names are matched case-sensitively, but "Kim" and "kim" are the same attack.
    return str(value or "").strip().casefold()


class LoginThrottleBackend:
    """Refuses every log-in, right or wrong, while either failure limit is used up.

    Only `authenticate`: without `get_user` Django never makes this a session's backend, and
    without permission methods it is never asked about permissions.
    """

    def authenticate(self, request, username=None, **credentials):
        if request is None:
            return None
        try:
            LOGIN_FAILURES_PER_ADDRESS.check(request)
            if _username(username):
                LOGIN_FAILURES_PER_USERNAME.check(request, _username(username))
        except Throttled as refusal:
            # Django turns PermissionDenied into a failed log-in and asks no other backend;
            # ThrottleMiddleware answers 429 from what is left on the request.
            request.throttled = refusal
            raise
        return None


@receiver(user_login_failed, dispatch_uid="accounts.throttling.count_login_failure")
def count_login_failure(sender, credentials, request=None, **kwargs):
    if request is None:
        return
    LOGIN_FAILURES_PER_ADDRESS.count(request)
    username = _username(credentials.get("username"))
    if username:
        LOGIN_FAILURES_PER_USERNAME.count(request, username)
