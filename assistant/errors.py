"""Errors meant for the person at the keyboard: printed as one line, never a traceback."""


class UserFacingError(RuntimeError):
    """Base for errors whose message alone tells the user what to do."""


class IndexUnavailable(UserFacingError):
    """The index cannot be opened as configured (wrong model, unreachable server)."""


class EmptyIndex(UserFacingError):
    """Nothing is indexed yet."""


class EmptyQuestion(UserFacingError):
    """The question is blank."""


class QuestionTooLong(UserFacingError):
    """The question is over ``app.max_question_chars``."""


class LLMUnavailable(UserFacingError):
    """The configured LLM endpoint failed; callers fall back to the extractive answer."""


class IndexBusy(UserFacingError):
    """Another process owns the local index folder (a serving app); writing would split its view."""
