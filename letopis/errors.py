"""Errors the user can act on: the CLI prints them as one line and exits non-zero."""


class UserError(Exception):
    """Bad input or a bad request: the message says what is wrong and where."""

    exit_code = 2
