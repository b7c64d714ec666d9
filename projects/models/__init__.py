"""Initiatives, events and resident proposals: the models of the projects app."""

from .directions import Direction
from .events import EventPage
from .initiatives import InitiativePage, InitiativeTag, ProjectIndexPage
from .joins import JoinFormField, JoinFormPage
from .proposals import ProposalFormField, ProposalFormPage

__all__ = [
    "Direction",
    "EventPage",
    "InitiativePage",
    "InitiativeTag",
    "JoinFormField",
    "JoinFormPage",
    "ProjectIndexPage",
    "ProposalFormField",
    "ProposalFormPage",
]
