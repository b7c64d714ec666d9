"""Initiatives, events and resident proposals: the models of the projects app."""

from .directions import Direction
from .events import EventPage
from .initiatives import InitiativePage, InitiativeTag, ProjectIndexPage

__all__ = ["Direction", "EventPage", "InitiativePage", "InitiativeTag", "ProjectIndexPage"]
