"""onrecord: checks what the news says against what was said.

>>> import onrecord
>>> page = onrecord.read("story.txt")                       # doctest: +SKIP
>>> report = onrecord.check("story.txt", sources=["transcript.txt"])  # doctest: +SKIP
>>> verdict = onrecord.verify("We never refused talks", ["transcript.txt"])  # doctest: +SKIP
"""

import logging

# The stage subpackages ``read`` and ``verify`` share their names with the API functions.
# Import them first: a subpackage imported later would rebind ``onrecord.read`` to itself.
from . import read as _read_stage  # noqa: F401
from . import verify as _verify_stage  # noqa: F401
from .api import check, load_source, read, read_all, verify
from .errors import OnrecordError
from .model import (
    FAITHFUL,
    LABELS,
    Attribution,
    CheckedQuote,
    Claim,
    Entity,
    Event,
    Match,
    Mismatch,
    Page,
    Quote,
    Report,
    Source,
    TimeExpr,
    Verdict,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "FAITHFUL",
    "LABELS",
    "Attribution",
    "CheckedQuote",
    "Claim",
    "Entity",
    "Event",
    "Match",
    "Mismatch",
    "OnrecordError",
    "Page",
    "Quote",
    "Report",
    "Source",
    "TimeExpr",
    "Verdict",
    "__version__",
    "check",
    "load_source",
    "read",
    "read_all",
    "verify",
]
