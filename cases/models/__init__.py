"""Cases: what happens to a resident's submission after it is stored."""

from .cases import (
    TRANSITIONS,
    WAITING_STATES,
    Case,
    CaseState,
    EmailStatus,
    TransitionNotAllowed,
)
from .records import CaseEvent, CaseEventKind, CaseNote

__all__ = [
    "TRANSITIONS",
    "WAITING_STATES",
    "Case",
    "CaseEvent",
    "CaseEventKind",
    "CaseNote",
    "CaseState",
    "EmailStatus",
    "TransitionNotAllowed",
]
