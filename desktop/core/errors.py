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


class PromptdeskError(Exception):
    """An expected failure with a message meant for the person using the app.

    Attributes:
        message: plain words saying what happened and what to do next.
        kind: a short stable label for records and tests (``"auth"``, ``"drive_missing"``...).
    """

    kind = "error"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind

    def __str__(self) -> str:
        return self.message


class SettingsError(PromptdeskError):
    """A settings file or the team settings file cannot be read or is invalid."""

    kind = "settings"


class KeychainError(PromptdeskError):
    """The OS keychain refused, or no keychain is available on this computer."""

    kind = "keychain"


class TemplateError(PromptdeskError):
    """A template cannot be used (missing, malformed, or a required field is empty)."""

    kind = "template"


class PrivacyError(PromptdeskError):
    """Personal-data detection failed; nothing may be sent (fail closed)."""

    kind = "privacy"


class ProviderError(PromptdeskError):
    """The AI provider could not answer.

    ``kind`` says why: ``auth``, ``permission``, ``model_not_found``, ``rate_limited``,
    ``server``, ``overloaded``, ``timeout``, ``connection``, ``dropped``, ``bad_request``,
    ``no_key``. ``retryable`` says whether trying again (or another provider) may help.
    """

    kind = "provider"

    def __init__(
        self,
        message: str,
        *,
        kind: str | None = None,
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

    kind = "ledger"


class SyncError(PromptdeskError):
    """The shared team file could not be reached or written; records wait locally."""

    kind = "sync"


class DocumentError(PromptdeskError):
    """A file cannot be read into a field (damaged, locked, pictures only, unsupported, gone).

    ``kind`` says why: ``missing``, ``unsupported``, ``damaged``, ``password``, ``no_text``,
    ``too_long``, ``too_big``, ``not_allowed``.
    """

    kind = "document"


class CancelledError(PromptdeskError):
    """The user stopped the run."""

    kind = "cancelled"

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
