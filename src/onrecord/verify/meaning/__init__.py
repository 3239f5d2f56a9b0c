"""What a difference between quote and passage does to the meaning.

Each check looks at an alignment (:mod:`onrecord.verify.align`) and returns the
differences that change what is claimed, as :class:`Finding` records with a reason in
a journalist's words: negation added or removed, a number, date or name changed, a
hedge dropped or changed, modality changed, a reversed verb, who-does-what-to-whom
turned around, a condition / cause / claim added, passages joined without an
ellipsis. A check never decides that something is *faithful*; it only finds what is
not.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..align import Step
from .added import ADDED_CONTEXT_SENTENCES as ADDED_CONTEXT_SENTENCES
from .added import LIGHT_VERBS as LIGHT_VERBS
from .added import _added
from .base import NUMBERISH as NUMBERISH
from .base import QUANTITY as QUANTITY
from .base import SCALES as SCALES
from .base import TITLE_WORDS as TITLE_WORDS
from .base import Finding as Finding
from .base import Side as Side
from .base import _occurrences as _occurrences
from .base import _past_verb as _past_verb
from .cuts import ELLIPSIS_SENTENCES as ELLIPSIS_SENTENCES
from .cuts import OPINION_FRAMES as OPINION_FRAMES
from .cuts import SPLICE_TOKENS as SPLICE_TOKENS
from .cuts import (
    _attribution_dropped,
    _belief_dropped,
    _condition_of_next,
    _cut_edges,
    _dropped,
    _far_ellipsis,
    _limit_cut_off,
    _no_evidence_dropped,
    _reservation_cut_off,
)
from .cuts import conditions_cut as conditions_cut
from .cuts import opinion_cut as opinion_cut
from .hedges import NUMERIC_HEDGES as NUMERIC_HEDGES
from .hedges import _hedges
from .hedges import hedge_ending_at as hedge_ending_at
from .hedges import hedges_in as hedges_in
from .modality import _modality
from .names import PRONOUN_SENTENCES as PRONOUN_SENTENCES
from .names import _names
from .names import name_initials as name_initials
from .names import same_place as same_place
from .names import stand_in_one as stand_in_one
from .negation import (
    _negation,
    _not_only,
    _partial_negation,
    _refusal_added,
    _softened_negation,
)
from .negation import negated_opposite as negated_opposite
from .negation import negative_list as negative_list
from .numbers import (
    _figure_behind_ellipsis,
    _figures_swapped,
    _numbers_changed,
    _ordinal_changed,
    _units_changed,
)
from .numbers import same_span as same_span
from .quantifiers import _quantifiers
from .rendering import only_rendering_cues as only_rendering_cues
from .requests import _request_turned
from .reversals import _crossed_pivot, _moved, _reversals, _swapped_comparison
from .rewording import NEAR_GAP_WORDS as NEAR_GAP_WORDS
from .rewording import Rewording as Rewording
from .rewording import rewording_blocks as rewording_blocks
from .scope import (
    _absolute_degree,
    _alternative_dropped,
    _bound_widened,
    _degree,
    _forever_denied,
    _graver_fault,
    _loaded_dropped,
    _loaded_word,
    _never_for_not_long,
    _never_unbounded,
    _only_for_superlative,
    _qualifier_dropped,
    _scope_words,
    _softened,
    _superlative_unbounded,
)
from .view import EDGE_WORDS as EDGE_WORDS
from .view import _view
from .view import trim_stray_edges as trim_stray_edges

__all__ = [
    "Finding",
    "Side",
    "find_changes",
    "name_initials",
    "negated_opposite",
    "trim_stray_edges",
]


def find_changes(
    q: Side,
    s: Side,
    steps: Sequence[Step],
    *,
    splice_tokens: int = SPLICE_TOKENS,
    ellipsis_sentences: int = ELLIPSIS_SENTENCES,
) -> list[Finding]:
    """Every difference of the alignment that changes the meaning."""
    v = _view(q, s, steps)
    found: list[Finding] = []
    covered_q: set[int] = set()  # quote tokens already explained by a finding
    covered_s: set[int] = set()
    found += _modality(v, covered_q, covered_s)
    found += _hedges(v, covered_q, covered_s)
    found += _numbers_changed(v, covered_q, covered_s)
    found += _units_changed(v, covered_q, covered_s)
    found += _ordinal_changed(v, covered_q, covered_s)
    found += _figures_swapped(v, covered_q)
    found += _moved(v, covered_q)
    found += _figure_behind_ellipsis(v, covered_q)
    found += _partial_negation(v, covered_q, covered_s)
    found += _softened_negation(v, covered_q, covered_s)
    found += _not_only(v, covered_q, covered_s)
    found += _negation(v, covered_q, covered_s)
    found += _refusal_added(v, covered_q)
    found += _request_turned(v, covered_q, covered_s)
    found += _reversals(v, covered_q, covered_s)
    found += _swapped_comparison(v, covered_q)
    found += _crossed_pivot(v, covered_q)
    found += _cut_edges(v, covered_q, covered_s)
    found += _condition_of_next(v, covered_q, covered_s)
    found += _absolute_degree(v, covered_q, covered_s)
    found += _graver_fault(v, covered_q, covered_s)
    found += _loaded_word(v, covered_q)
    found += _loaded_dropped(v, covered_s)
    found += _softened(v, covered_q)
    found += _bound_widened(v, covered_q, covered_s)
    found += _never_unbounded(v, covered_q)
    found += _qualifier_dropped(v, covered_q, covered_s)
    found += _added(v, covered_q, markers_only=True)
    found += _names(v, covered_q, covered_s)
    found += _added(v, covered_q, markers_only=False)
    found += _attribution_dropped(v, covered_s)
    found += _limit_cut_off(v, covered_s)
    found += _reservation_cut_off(v, covered_s)
    found += _dropped(v, covered_s, splice_tokens)
    found += _belief_dropped(v, covered_s)
    found += _no_evidence_dropped(v, covered_s)
    found += _far_ellipsis(v, ellipsis_sentences)
    found += _scope_words(v, covered_q, covered_s)
    found += _only_for_superlative(v, covered_q, covered_s)
    found += _superlative_unbounded(v, covered_q, covered_s)
    found += _forever_denied(v, covered_q, covered_s)
    found += _alternative_dropped(v, covered_q, covered_s)
    found += _never_for_not_long(v, covered_q, covered_s)
    found += _degree(v, covered_q, covered_s)
    found += _quantifiers(v, covered_q, covered_s)
    return found
