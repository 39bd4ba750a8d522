"""One small hierarchy of errors.

``PromptdeskError`` and its subclasses are *expected* errors: the environment's fault or the
user's input (a missing drive, a refused key, a malformed template). They carry a message a
non-technical person can act on, and the GUI and command line show that message as it is.
Anything else that escapes is a bug: it is logged with its traceback and the user is told where
the log is.

Low-level exceptions (SDK errors, ``sqlite3``, ``OSError``) are translated into these at the
boundary where they occur, so no caller has to know which library failed.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """Why an expected error happened, as a short stable word (records, tests, the GUI's choices).

    The members compare equal to their words and are stored as them. A word no member has (one
    that a store or a newer part passes through) is kept as it is rather than refused.
    """

    ALREADY_SENT = "already_sent"
    AUTH = "auth"
    BAD_REQUEST = "bad_request"
    CANCELLED = "cancelled"
    CONNECTION = "connection"
    CORRUPT = "corrupt"
    DAMAGED = "damaged"
    DOCUMENT = "document"
    DRIVE_MISSING = "drive_missing"
    DROPPED = "dropped"
    ERROR = "error"
    EXPORT = "export"
    FULL = "full"
    IO = "io"
    KEYCHAIN = "keychain"
    KEYCHAIN_REFUSED = "keychain_refused"
    LEDGER = "ledger"
    LOCKED = "locked"
    MISSING = "missing"
    MODEL_NOT_FOUND = "model_not_found"
    NEWER_VERSION = "newer_version"
    NO_KEY = "no_key"
    NO_KEYCHAIN = "no_keychain"
    NO_MATCH = "no_match"
    NO_PASSWORD = "no_password"
    NO_SERVER = "no_server"
    NO_TEAM = "no_team"
    NO_TEXT = "no_text"
    NOT_A_FILE = "not_a_file"
    NOT_ALLOWED = "not_allowed"
    NOT_ANSWERED = "not_answered"
    NOT_FOUND = "not_found"
    NOT_SET_UP = "not_set_up"
    OVERLOADED = "overloaded"
    PASSWORD = "password"
    PERMISSION = "permission"
    PRIVACY = "privacy"
    PROVIDER = "provider"
    QUOTA = "quota"
    RATE_LIMITED = "rate_limited"
    READ_ONLY = "read_only"
    READER = "reader"
    RESULTS = "results"
    ROW_BUSY = "row_busy"
    SERVER = "server"
    SETTINGS = "settings"
    SKIPPED = "skipped"
    SOURCE_CHANGED = "source_changed"
    SYNC = "sync"
    TEAM_CONFLICT = "team_conflict"
    TEAM_EXISTS = "team_exists"
    TEAM_LOCKED = "team_locked"
    TEAM_SETTINGS = "team_settings"
    TEMPLATE = "template"
    TIMEOUT = "timeout"
    TLS = "tls"
    TOO_BIG = "too_big"
    TOO_LONG = "too_long"
    UNCONFIRMED = "unconfirmed"
    UNREACHABLE = "unreachable"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    UNUSABLE = "unusable"
    USAGE = "usage"

    @classmethod
    def _missing_(cls, value: object) -> ErrorKind | None:
        if not isinstance(value, str):
            return None
        kept = str.__new__(cls, value)
        kept._name_, kept._value_ = value.upper(), value
        return kept


class PromptdeskError(Exception):
    """An expected failure with a message meant for the person using the app.

    Attributes:
        message: plain words saying what happened and what to do next.
        kind: why, as an ``ErrorKind`` (``auth``, ``drive_missing``...).
    """

    kind: ErrorKind = ErrorKind.ERROR

    def __init__(self, message: str, *, kind: ErrorKind | None = None) -> None:
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind

    def __str__(self) -> str:
        return self.message


class SettingsError(PromptdeskError):
    """A settings file or the team settings file cannot be read or is invalid."""

    kind = ErrorKind.SETTINGS


class KeychainError(PromptdeskError):
    """The OS keychain refused, or no keychain is available on this computer."""

    kind = ErrorKind.KEYCHAIN


class TemplateError(PromptdeskError):
    """A template cannot be used (missing, malformed, or a required field is empty)."""

    kind = ErrorKind.TEMPLATE


class PrivacyError(PromptdeskError):
    """Personal-data detection failed; nothing may be sent (fail closed)."""

    kind = ErrorKind.PRIVACY


class ProviderError(PromptdeskError):
    """The AI provider could not answer.

    ``kind`` says why: ``auth``, ``permission``, ``model_not_found``, ``rate_limited``,
    ``server``, ``overloaded``, ``timeout``, ``connection``, ``dropped``, ``bad_request``,
    ``no_key``. ``retryable`` says whether trying again (or another provider) may help.
    """

    kind = ErrorKind.PROVIDER

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
        provider: str | None = None,
    ) -> None:
        super().__init__(message, kind=kind)
        self.retryable = retryable
        self.retry_after = retry_after
        self.provider = provider


class LedgerError(PromptdeskError):
    """The local usage ledger cannot be opened or written."""

    kind = ErrorKind.LEDGER


class SyncError(PromptdeskError):
    """The shared team file could not be reached or written; records wait locally."""

    kind = ErrorKind.SYNC


class DocumentError(PromptdeskError):
    """A file cannot be read into a field (damaged, locked, pictures only, unsupported, gone).

    ``kind`` says why: ``missing``, ``unsupported``, ``damaged``, ``password``, ``no_text``,
    ``too_long``, ``too_big``, ``not_allowed``.
    """

    kind = ErrorKind.DOCUMENT


class CancelledError(PromptdeskError):
    """The user stopped the run."""

    kind = ErrorKind.CANCELLED

    def __init__(self, message: str = "Stopped.") -> None:
        super().__init__(message)


def user_message(exc: BaseException) -> str:
    """What to tell the person about ``exc``: its own words when it is expected, otherwise that
    something went wrong, that what they typed is kept, and where the details were written."""
    if isinstance(exc, PromptdeskError):
        return exc.message
    from desktop.core import paths

    return (
        "Something went wrong inside Promptdesk. What you typed is still here. "
        f"The details were written to {paths.log_file()} — send that file to whoever looks "
        "after Promptdesk for your team."
    )
