"""Reversals: an antonym or a reversed verb, a stronger or weaker word of one scale
("show" / "suggest"), a quantity in words or the person changed ("we" / "they"), the
two things compared changing places, and two words that swapped places (who does what
to whom).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from ..align import PIVOTS, antonym_pairs, is_function, negation_words, strength_table, synonymous
from ..normalize import Tok, stem
from .base import QUANTITY, WE_WORDS, Finding, Side, _past_verb, _person
from .names import _date_word, _is_name, same_place
from .negation import _contrasted, _negated_before, _never_superlative
from .roles import _agent_passive, _doer_changed, _moved_roles
from .view import _matched, _near_region, _phrase, _View

_OURS = WE_WORDS
_EXPLETIVE_AFTER = frozenset(["is", "was", "will", "would", "has", "had", "seems", "appears"])


def _party_made_ours(v: _View, i: int, j: int) -> bool:
    """A party of the source ("it must release the civilians it is holding", "its
    radar data") made the speaker's own side in the quote ("we must release …", "our
    radar data"), or the speaker's "our" given to the other party in a whole sentence
    ("Orsenia provoked this attack with its manoeuvres" for "… with our manoeuvres"). A
    fragment in reported speech may turn "our" into "its" ("would pay its debts"), and
    the "it" of "it is clear" or "it took time" is nobody."""
    a, b = v.q.toks[i].vkey, v.s.toks[j].vkey
    if a in _OURS and b in ("it", "its"):
        nxt = v.s.toks[j + 1].vkey if j + 1 < len(v.s.toks) else ""
        return b == "its" or nxt not in _EXPLETIVE_AFTER
    first = next((t for t in v.q.toks if t.kind == "word"), None)
    return b in ("our", "ours") and a == "its" and first is not None and first.raw[:1].isupper()


# a possessive and the subject pronoun it points back to
_POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}
_OBJECTS = frozenset(["us", "me", "him", "them", "you"])


_OBJECT_FORM = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}


def _agent_by(v: _View, i: int, j: int) -> bool:
    """A passive's agent for the source's subject: the source's "I" at ``j`` and "by me"
    in the quote, or the quote's "by us" at ``i`` where the source's passage has "we"
    ("was not planned by us" / "we did not plan it")."""
    obj = _OBJECT_FORM.get(v.s.toks[j].vkey)
    vk = [t.vkey for t in v.q.toks]
    if obj is not None and any(a == "by" and b == obj for a, b in itertools.pairwise(vk)):
        return True
    subj = next((k for k, o in _OBJECT_FORM.items() if o == vk[i]), None)
    if (
        subj is not None
        and i > 0
        and vk[i - 1] == "by"
        and any(v.s.toks[m].vkey == subj for m in v.region | v.scope)
    ):
        return True
    return _received_from(v, i, j)


_RECEIVE = frozenset(["get", "gets", "got", "receive", "receives", "received"])


def _received_from(v: _View, i: int, j: int) -> bool:
    """The same act seen from its receiver: "they get no sympathy from me" / "I have no
    sympathy for them". The quote's subject at ``i`` receives, the source's subject at
    ``j`` stands after the quote's "from", and the quote's subject is the source's
    object."""
    vk = [t.vkey for t in v.q.toks]
    obj_s, obj_q = _OBJECT_FORM.get(v.s.toks[j].vkey), _OBJECT_FORM.get(vk[i])
    if obj_s is None or obj_q is None or i + 1 >= len(vk) or vk[i + 1] not in _RECEIVE:
        return False
    after = vk[i + 2 : i + 9]
    return any(a == "from" and b == obj_s for a, b in itertools.pairwise(after)) and any(
        v.s.toks[m].vkey == obj_q for m in v.region | v.scope
    )


def _subject_possessive(v: _View, i: int, j: int) -> bool:
    """The quote's possessive points back to its own clause's subject where the source
    names the receiver ("he pledged his full support" / "he has promised us full
    support"): whose support it is, not who gets it, and no one else's."""
    owner = _POSSESSIVE_OF.get(v.q.toks[i].vkey)
    if owner is None or v.s.toks[j].vkey not in _OBJECTS:
        return False
    q_before = [t.vkey for t in v.q.toks[max(0, i - 5) : i]]
    s_before = [t.vkey for t in v.s.toks[max(0, j - 5) : j]]
    return owner in q_before and owner in s_before


def _possessor_made_ours(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """Another party's thing made the speaker's: "Our investigators" for "The Board's
    investigators" (not when the owner is the speaker's own country or body)."""
    for i, t in enumerate(v.q.toks[:-1]):
        if t.vkey not in ("our", "my") or i in cq:
            continue
        op, js = v.q_match.get(i + 1, ("insert", ()))
        if not _matched(op) or len(js) != 1 or js[0] < 1:
            continue
        j = js[0] - 1
        owner = v.s.toks[j]
        if not (owner.cap and owner.raw[-2:] in ("'s", "’s")) or v.s.own(j) or j in cs:
            continue
        if _matched(v.s_match.get(j, ("delete", ()))[0]):
            continue
        cq.add(i)
        cs.add(j)
        return [
            Finding(
                "person-changed",
                f"who changed: '{owner.raw} {v.s.toks[j + 1].raw}' → '{t.raw} {v.q.toks[i + 1].raw}'",
                0.8,
            )
        ]
    return []


# scales of the speaker's own acts: "I ask" quoted as "I demand" asks more, but what
# the speaker reports of others ("the union asked for 14 percent" / "the union's demand
# was 14 percent") is the same report in another translator's word
_OWN_ACT_SCALES = frozenset(["pressure"])
_OWN_SUBJECTS = frozenset(["i", "we"])


def _own_act(side: Side, j: int) -> bool:
    """Whether the word at ``j`` is the speaker's own act: "I ask", "we would ask", "I
    expect"."""
    return any(side.toks[k].vkey in _OWN_SUBJECTS for k in range(max(0, j - 3), j))


def _stronger(q: Tok, s: Tok, own_act: bool = True) -> str | None:
    """ "stronger" / "weaker" when the quote's word is another level of the source word's
    scale ("show" → "suggest", "concerned" → "outraged"), else None."""
    table = strength_table()
    for scale, q_level in table.get(q.stem, ()):
        for s_scale, s_level in table.get(s.stem, ()):
            if scale == s_scale and q_level != s_level:
                if scale in _OWN_ACT_SCALES and not own_act:
                    continue
                # what others hoped for or expected ("some people expected more" /
                # "hoped for more") is their state of mind, reported either way; a
                # promise of theirs is not
                if scale == "commitment" and not own_act and max(q_level, s_level) < 3:
                    continue
                return "stronger" if q_level > s_level else "weaker"
    return None


_FIRST_SINGULAR = frozenset(["i", "me", "my", "mine", "myself"])
_THIRD_SINGULAR = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])


_FIRST_PLURAL = frozenset(["we", "us", "our", "ours", "ourselves"])
_THIRD_PLURAL = frozenset(["they", "them", "their", "theirs", "themselves"])
# the tenses of reported speech: "will" said is "would" reported
_BACKSHIFT = {
    "would": ("will", "shall"),
    "could": ("can",),
    "might": ("may",),
    "had": ("have", "has"),
    "was": ("is", "am"),
    "were": ("are",),
}


def _it_took_us(v: _View, qv: str, j: int) -> bool:
    """The source's "it" is an empty subject whose person follows its verb ("it took us",
    "it cost me"): the quote's "our"/"my" names that person."""
    if v.s.toks[j].vkey != "it" or _person(qv) is None:
        return False
    return any(_person(x.vkey) == _person(qv) for x in v.s.toks[j + 2 : j + 4])


def _reported_self(v: _View, qv: str, sv: str) -> bool:
    """A fragment set into the report's own sentence ("he said he had not come here to
    raise his voice") turns the speaker's "I/my" into "he/his": the same person; and the
    speaker's "we" into "they" when the fragment's tenses are shifted back as reported
    speech ("would fly when they knew" for "will fly when we know")."""
    first = next((t for t in v.q.toks if t.kind != "ellipsis"), None)
    if first is None or not first.raw[:1].islower():
        return False
    if sv in _FIRST_SINGULAR and qv in _THIRD_SINGULAR:
        return True
    return sv in _FIRST_PLURAL and qv in _THIRD_PLURAL and _backshifted(v)


def _backshifted(v: _View) -> bool:
    """A quote word of reported speech's tenses paired with the source's own tense
    ("would" / "will")."""
    for i, t in enumerate(v.q.toks):
        said = _BACKSHIFT.get(t.vkey)
        if said is None:
            continue
        _op, js = v.q_match.get(i, ("insert", ()))
        if any(v.s.toks[j].vkey in said for j in js):
            return True
    return False


_LINKS = frozenset(["to", "the", "a", "an", "of", "for", "with", "in", "on", "at", "by", "from"])
_COMPARED = 5  # words on each side of "more than" that hold what is compared


def _compared(side: Side, within: Iterable[int]) -> list[tuple[set[str], set[str], int]]:
    """What stands before and after each "X more than Y" / "X rather than Y" / "X, not Y"
    in ``within``: the two sets of words (links like "to" left out) and the pivot's index."""
    keep = set(within)
    vk = [t.vkey for t in side.toks]
    out: list[tuple[set[str], set[str], int]] = []

    def gap(i: int) -> str:
        return side.text[side.toks[i - 1].end : side.toks[i].start]

    for k in sorted(keep):
        if any(tuple(vk[k : k + len(p)]) == p for p in PIVOTS):
            width, ends = 2, False
        elif vk[k] == "not" and k > 0 and re.search(r"[,;—–]", gap(k)):
            width, ends = 1, True  # "paid by the companies, not by the fund"
        else:
            continue

        def words(rng: range, step: int, first_free: bool) -> set[str]:
            got: set[str] = set()
            for n, i in enumerate(rng):
                t = side.toks[i]
                between = gap(i + 1) if step < 0 else gap(i)
                if re.search(r"[.!?;:,—–()]", between) and not (first_free and n == 0):
                    break  # the clause ends
                if t.vkey not in _LINKS:
                    got.add(t.stem)
            return got

        left = words(range(k - 1, max(-1, k - 1 - _COMPARED), -1), -1, ends)
        right = words(range(k + width, min(len(side.toks), k + width + _COMPARED)), 1, False)
        out.append((left, right, k))
    return out


def _swapped_comparison(v: _View, cq: set[int]) -> list[Finding]:
    """ "speaking to us more than to his own public" for "to his own public more than to
    us": the two things compared change places."""
    for q_left, q_right, qk in _compared(v.q, range(len(v.q.toks))):
        for s_left, s_right, sk in _compared(v.s, _near_region(v, _COMPARED)):
            if v.q.toks[qk].vkey != v.s.toks[sk].vkey or not q_right or not s_right:
                continue
            if q_right & s_right:
                continue
            if q_right <= s_left and s_right <= q_left:
                cq.update((qk, qk + 1))
                return [
                    Finding(
                        "reversed",
                        f"reversed: '{_phrase(v.s, sk, sk + 2, 3, 3)}' → "
                        f"'{_phrase(v.q, qk, qk + 2, 3, 3)}' (what is set against what changed "
                        "places)",
                        0.85,
                    )
                ]
    return []


def _reversals(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    out: list[Finding] = []
    ant = antonym_pairs()
    pairs: list[tuple[int, int]] = []
    for st in v.steps:
        if st.op in ("replace", "synonym") and len(st.q) == 1 and len(st.s) == 1:
            pairs.append((st.q[0], st.s[0]))
    # reversed verbs / antonyms, also across a replaced block
    blocks = _blocks(v)
    out += _direction(v, blocks, cq, cs)
    for qs, ss in blocks:
        for i in qs:
            for j in ss:
                if (v.q.toks[i].stem, v.s.toks[j].stem) in ant and i not in cq and j not in cs:
                    if _negated_before(v.s, j) != _negated_before(v.q, i):
                        continue  # "we do not accept that claim" / "we reject this claim"
                    if _passive_converse(v, i, j):
                        continue  # "we were given enough" / "we received money"
                    if _from_converse(v, i, j):
                        continue  # "the Office will never send you" / "receive … from the Office"
                    out.append(
                        Finding(
                            "reversed",
                            f"reversed: '{_phrase(v.s, j, j + 1, 0, 1)}' → '{_phrase(v.q, i, i + 1, 0, 1)}'",
                            0.85,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
    # a stronger or weaker word of one scale ("the data show" → "the data suggest")
    for qs, ss in blocks:
        for i in qs:
            for j in ss:
                if i in cq or j in cs:
                    continue
                change = _stronger(v.q.toks[i], v.s.toks[j], _own_act(v.s, j))
                if change:
                    out.append(
                        Finding(
                            f"{change}-claim",
                            f"{change} claim: '{_phrase(v.s, j, j + 1, 0, 1)}' → '{_phrase(v.q, i, i + 1, 0, 1)}'",
                            0.8,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
    # quantities written as words ("almost half" → "nearly all") and 1st ↔ 3rd person
    for qs, ss in blocks:
        for i in qs:
            qv = v.q.toks[i].vkey
            for j in ss:
                sv = v.s.toks[j].vkey
                if i in cq or j in cs:
                    continue
                if qv in QUANTITY and sv in QUANTITY and QUANTITY[qv] != QUANTITY[sv]:
                    out.append(
                        Finding(
                            "number-changed",
                            f"number changed: '{_phrase(v.s, j, j + 1, 1, 1)}' → '{_phrase(v.q, i, i + 1, 1, 1)}'",
                            0.85,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
                elif _reported_self(v, qv, sv):
                    continue  # "… had not come here to raise his voice" for "my voice"
                elif _passive_for_object(v, i, j) or _object_made_subject(v, i, j):
                    continue  # "they will be made public" for "I will publish it"
                elif v.q.toks[i].bracket:
                    continue  # "[its] own procedures" for "our own": the editor's referent
                elif _agent_by(v, i, j):
                    continue  # "Mr Halbrecht has been asked by me" / "I have asked Mr Halbrecht"
                elif _demand_said(v, i, j):
                    continue  # "First, we want the filling slowed" / "First, that it slows"
                elif _subject_possessive(v, i, j):
                    continue  # "he pledged his full support" / "he promised us full support"
                elif _in_between(v.q, i) and _in_between(v.s, j):
                    continue  # "between Tarvossa and ourselves" / "between us and Tarvossa"
                elif _it_took_us(v, qv, j):
                    continue  # "why it took us two days to react" / "why our reaction
                    # took two days": the "it" holds no one, the "us" comes after
                elif (
                    _party_for_person(v, i, j)
                    or _party_for_person(v, j, i, source=True)
                    or (_person(qv) and _person(sv) and _person(qv) != _person(sv))
                    or _party_made_ours(v, i, j)
                ):
                    out.append(
                        Finding(
                            "person-changed",
                            f"who changed: '{_phrase(v.s, j, j + 1, 0, 1)}' → '{_phrase(v.q, i, i + 1, 0, 1)}'",
                            0.8,
                        )
                    )
                    cq.add(i)
                    cs.add(j)
    out += _one_of_the_most(v, cq)
    out += _strength_at_edge(v, cq, cs)
    out += _most_added(v, cq)
    out += _any_for_significant(v, cq, cs)
    out += _deliberation_dropped(v, cs)
    out += _evidence_dropped(v, cs)
    out += _possessor_made_ours(v, cq, cs)
    out += _moved_roles(v, cq, cs)
    out += _doer_changed(v, cq, cs)
    # who does what to whom: two words swapped places
    by_q = {(v.q.toks[i].vkey, v.s.toks[j].vkey): (i, j) for i, j in pairs}
    for (a, b), (i, j) in by_q.items():
        if a == b:
            continue
        # the other half of the swap, or the same two places as demonyms ("Sulemia will
        # pay … on the Kestrian side" for "Kestria will pay … on the Sulemian side")
        other = (b, a) if (b, a) in by_q else _swapped_places(by_q, a, b, v.s.names)
        if other is None:
            continue
        i2, j2 = by_q[other]
        if i > i2 or i in cq or (is_function(v.q.toks[i]) and is_function(v.q.toks[i2])):
            continue
        if {a, b} <= _EACH:
            continue  # "each person … every one of" / "every person … each of"
        if synonymous(v.q.toks[i].stem, v.q.toks[i2].stem):
            continue  # "17 were artillery strikes, 9 drone attacks" / "artillery attacks
            # … drone strikes": two words for one thing, each where the other was
        if _receives_from(v.q, i, i2) != _receives_from(v.s, min(j, j2), max(j, j2)):
            continue  # "exporters will not receive compensation from the Authority"
        if _symmetric_between(v.q, i, i2):
            continue  # "the border lies 22 km from the plant" / "the plant is 22 km from …"
        if _coordinated(v.q, i, i2):
            continue  # "repairs to windows and roofs" / "to roofs and windows"
        if _agent_passive(v.s, range(min(j, j2), max(j, j2) + 1)) != _agent_passive(
            v.q, range(i, i2 + 1)
        ):
            continue  # "the islands must be paid for by the owner" / "the owner must pay"
        out.append(
            Finding(
                "roles-reversed",
                f"who does what to whom reversed: '{_phrase(v.s, min(j, j2), max(j, j2) + 1, 0, 0)}' → "
                f"'{_phrase(v.q, i, i2 + 1, 0, 0)}'",
                0.85,
            )
        )
        cq.update({i, i2})
        cs.update({j, j2})
    return out


_WANT = frozenset(stem(w) for w in ("want", "demand", "ask", "expect", "insist", "require"))


def _swapped_places(
    by_q: dict[tuple[str, str], tuple[int, int]], a: str, b: str, names: frozenset[str]
) -> tuple[str, str] | None:
    """The pair that swaps the places ``a`` (quote) and ``b`` (source) back, in another
    form of their names (a demonym, a possessive); both names of the source (``names``:
    its capitalised words), not "a family assistance plan" / "a plan for families"."""
    if len(a) < 4 or len(b) < 4 or same_place(a, b) or not (a in names and b in names):
        return None
    return next(
        ((c, d) for (c, d) in by_q if (c, d) != (a, b) and same_place(c, b) and same_place(d, a)),
        None,
    )


def _demand_said(v: _View, i: int, j: int) -> bool:
    """A listed demand made explicit: the source's bare "that it slows the filling" (a
    "that" clause with no verb before it: one of the demands it lists) rendered "we want
    the filling slowed", "we demand that Kavrosia accepts": the quote's "we" wants, the
    source's party acts."""
    s, q = v.s.toks, v.q.toks
    if j == 0 or s[j - 1].vkey != "that" or _person(q[i].vkey) != "first":
        return False
    k = j - 1
    while k > 0 and j - k < 4 and not v.s.sentence_break(k):
        k -= 1
    if any(
        not is_function(t) and t.kind == "word" and not t.vkey.endswith(("st", "nd", "rd", "th"))
        for t in s[k : j - 1]
    ):
        return False  # "we know that it slows": the clause has its own verb before it
    return i + 1 < len(q) and q[i + 1].stem in _WANT


# "X receives compensation from Y" says "Y compensates X" the other way round
_RECEIVE = frozenset(stem(w) for w in ("receive", "get", "got", "obtain", "gotten"))


def _receives_from(side: Side, a: int, b: int) -> bool:
    """Whether the words between two parties say that the first receives from the second
    ("exporters will not receive compensation from the Authority"): the converse of the
    second giving to the first, so the two may change places."""
    between = side.toks[a + 1 : b]
    return any(t.stem in _RECEIVE for t in between) and any(t.vkey == "from" for t in between)


def _coordinated(side: Side, a: int, b: int) -> bool:
    """Two words joined by "and" / "or" alone ("roofs and windows"): a list, whose order
    says nothing about who does what."""
    between = [t.vkey for t in side.toks[a + 1 : b]]
    return 1 <= len(between) <= 2 and all(w in ("and", "or", "nor", "the", "a") for w in between)


# a distance holds both ways: the two ends may change places
_DISTANCE = frozenset(
    ["kilometres", "kilometers", "km", "miles", "metres", "meters", "away", "far", "apart"]
)


def _distance_from(vk: Sequence[str], k: int) -> bool:
    """The "from" at ``k`` follows a distance ("22 kilometres from"), which holds both ways."""
    return vk[k] == "from" and k > 0 and vk[k - 1] in _DISTANCE


def _symmetric_between(side: Side, a: int, b: int) -> bool:
    """Whether the words from ``a`` to ``b`` set the two ends at a distance from each
    other ("X lies 22 kilometres from Y")."""
    vk = [t.vkey for t in side.toks[a + 1 : b]]
    return len(vk) <= 6 and any(_distance_from(vk, k) for k in range(len(vk)))


def _superlatives(side: Side, within: Iterable[int]) -> dict[str, bool]:
    """The superlatives among ``within`` ("largest", "most dangerous", "best", after "the"
    or "our"), each with whether it is one of several ("one of the", "among the"). After
    "one of the"/"one of our", a comparative stands for its superlative ("one of our
    weaker points" for "our weakest point")."""
    out: dict[str, bool] = {}
    toks = side.toks
    for k in sorted(within):
        t = toks[k]
        if t.kind != "word" or k == 0 or toks[k - 1].vkey not in _SUPERLATIVE_DETERMINERS:
            continue
        lead = [u.vkey for u in toks[max(0, k - 3) : k - 1]][-2:]
        several = lead in (["one", "of"], ["1", "of"], ["some", "of"]) or lead[-1:] == ["among"]
        word = t.vkey
        if word in ("most", "least") and k + 1 < len(toks):
            word = f"{word} {toks[k + 1].stem}"
        elif several and word.endswith("er") and len(word) > 4:
            word = f"{word[:-2]}est"
        elif not (word.endswith("est") and len(word) > 5) and word not in _IRREGULAR_SUPERLATIVES:
            continue
        out[word] = several
    return out


_SUPERLATIVE_DETERMINERS = frozenset(["the", "our", "their", "its", "his", "her", "my", "your"])
_IRREGULAR_SUPERLATIVES = frozenset(["best", "worst", "biggest", "largest", "highest", "lowest"])

# "that is one reason why 38 drones were shot down" / "the reason why": one of several
# made the whole explanation
_EXPLANATIONS = frozenset(stem(w) for w in ("reason", "cause", "factor", "explanation"))


def _explanations(side: Side, within: Iterable[int]) -> dict[str, bool]:
    """The nouns of :data:`_EXPLANATIONS` among ``within``, each with whether it is one of
    several ("one reason", "a reason", "one of the reasons", "another reason") rather than
    the reason ("the reason", "the main reason", "the only cause")."""
    out: dict[str, bool] = {}
    toks = side.toks
    for k in sorted(within):
        if toks[k].stem not in _EXPLANATIONS or k == 0:
            continue
        lead = [u.vkey for u in toks[max(0, k - 4) : k]]
        if lead[-1:] in (["one"], ["1"], ["a"], ["another"]) or lead[-3:-1] in (
            ["one", "of"],
            ["1", "of"],
        ):
            out[toks[k].stem] = True
        elif lead[-1:] == ["the"] or lead[-2:] in (["the", "main"], ["the", "only"]):
            out[toks[k].stem] = False
    return out


def _strength_at_edge(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """A word of a scale at the quote's edge, left unaligned, where the passage has a word
    of another level of that scale just outside the aligned words: "sometimes they pull
    in different directions" quoted as "often pull in different directions"."""
    if not v.region:
        return []
    lo, hi = min(v.region), max(v.region) + 1
    n = len(v.q.toks)
    edge = [i for i in (0, 1, n - 2, n - 1) if 0 <= i < n]
    near = [*range(max(0, lo - 3), lo), *range(hi, min(len(v.s.toks), hi + 3))]
    for i in dict.fromkeys(edge):
        if i in cq or _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        for j in near:
            if j in cs or j not in v.scope or _matched(v.s_match.get(j, ("delete", ()))[0]):
                continue
            if any(v.s.sentence_break(k) for k in range(min(j, lo) + 1, max(j, hi - 1) + 1)):
                continue
            change = _stronger(v.q.toks[i], v.s.toks[j], _own_act(v.s, j))
            if change:
                cq.add(i)
                cs.add(j)
                reason = f"{change} claim: '{v.s.toks[j].raw}' → '{v.q.toks[i].raw}'"
                return [Finding(f"{change}-claim", reason, 0.8)]
    return []


def _most_added(v: _View, cq: set[int]) -> list[Finding]:
    """ "the most reliable member" for "a reliable member": a superlative put on the
    source's own adjective."""
    for i in range(len(v.q.toks) - 1):
        if v.q.toks[i].vkey != "most" or i in cq or i == 0:
            continue
        if v.q.toks[i - 1].vkey not in _SUPERLATIVE_DETERMINERS:
            continue
        if _matched(v.q_match.get(i, ("insert", ()))[0]):
            continue
        op, js = v.q_match.get(i + 1, ("insert", ()))
        if op != "equal" or not js or is_function(v.q.toks[i + 1]):
            continue  # (not "the most ever recorded" for "the highest figure ever")
        j = js[0]
        if any(v.s.toks[k].vkey in ("most", "more") for k in range(max(0, j - 3), j)):
            continue
        cq.add(i)
        reason = (
            f"stronger claim: '{_phrase(v.s, j, j + 1, 1, 0)}' → '{_phrase(v.q, i, i + 2, 1, 0)}'"
        )
        return [Finding("stronger-claim", reason, 0.8)]
    return []


# what a denial can be limited to: "none had significant exposure" (some may have had a
# little)
_SIGNIFICANT = frozenset(
    ["significant", "major", "serious", "substantial", "real", "meaningful", "notable", "large"]
)


def _any_for_significant(v: _View, cq: set[int], cs: set[int]) -> list[Finding]:
    """ "None of them had any exposure" for "None of them had significant exposure": a
    denial of what matters made a denial of all."""
    for st in v.steps:
        if st.op not in ("replace", "synonym") or len(st.q) != 1 or len(st.s) != 1:
            continue
        i, j = st.q[0], st.s[0]
        if i in cq or j in cs or v.q.toks[i].vkey != "any" or v.s.toks[j].vkey not in _SIGNIFICANT:
            continue
        if not any(v.s.toks[k].vkey in _DENIALS for k in range(max(0, j - 6), j)):
            continue
        cq.add(i)
        cs.add(j)
        reason = (
            f"stronger claim: '{_phrase(v.s, j, j + 1, 1, 1)}' → '{_phrase(v.q, i, i + 1, 1, 1)}'"
        )
        return [Finding("stronger-claim", reason, 0.8)]
    return []


_DENIALS = frozenset(["no", "not", "none", "never", "nobody", "nothing", "without"])


def _one_of_the_most(v: _View, cq: set[int]) -> list[Finding]:
    """ "the largest exchange" quoted as "one of the largest exchanges" (weaker), or the
    other way round (stronger): the same superlative, with and without "one of"; and
    "one reason" made "the reason" (stronger) or the other way round."""
    q = _superlatives(v.q, range(len(v.q.toks)))
    s = _superlatives(v.s, v.region | v.scope)
    q_why = _explanations(v.q, range(len(v.q.toks)))
    s_why = _explanations(v.s, v.region | v.scope)
    out: list[Finding] = []
    for word, q_one in [*q.items(), *q_why.items()]:
        other = s if word in q else s_why
        if word not in other or other[word] == q_one:
            continue
        change = "weaker" if q_one else "stronger"
        several = "one of the" if word in q else "one"
        before, after = ("the", several) if q_one else (several, "the")
        out.append(
            Finding(
                f"{change}-claim",
                f"{change} claim: '{before} {word}' → '{after} {word}'",
                0.85,
            )
        )
    return out


# verbs of a transfer and their converse: "X was given" is "X received"
_CONVERSE = frozenset(
    (stem(a), stem(b))
    for a, b in (
        *(("give", "receive"), ("hand", "receive"), ("send", "receive"), ("lend", "borrow")),
        *(("supply", "receive"), ("provide", "receive")),
    )
)
_BE = frozenset(["be", "is", "are", "was", "were", "been", "being", "get", "got", "gotten"])


_EACH = frozenset(["each", "every", "all", "any"])


# verbs that put a thing up for deliberation, not yet decided ("we will consider
# compensation", "we will discuss a joint team")
_DELIBERATE = frozenset(
    stem(w)
    for w in ("consider", "discuss", "examine", "study", "explore", "review", "weigh", "debate")
)
_DELIBERATE_TOO = frozenset(
    stem(w)
    for w in (
        *("look", "think", "talk", "assess", "evaluate", "contemplate", "ponder", "mull"),
        # "will revisit the quota" / "will review the quota"
        *("revisit", "reconsider", "reexamine", "reassess", "rethink", "reappraise"),
        # "every option will be on the table", "will be on the agenda"
        *("table", "agenda"),
    )
)
_FUTURE = frozenset(["will", "would", "shall", "to", "may", "might", "could", "going"])


# what a claim of absence may rest on: "we have found no evidence of a cyberattack" says
# less than "there was no cyberattack"; the quote may say it with a verb ("nothing
# suggests", "this does not mean")
_EVIDENCE_NOUNS = frozenset(
    stem(w) for w in ("evidence", "sign", "signs", "indication", "proof", "trace")
)
_EVIDENCE = _EVIDENCE_NOUNS | frozenset(
    stem(w)
    for w in (
        "suggest",
        "indicate",
        "show",
        "point",
        "prove",
        "aware",
        "know",
        "mean",
        "signify",
        "imply",
    )
)


def _asked(side: Side, k: int) -> bool:
    """Whether token ``k`` stands in a sentence that ends with a question mark."""
    end = re.search(r"[.?!]", side.text[side.toks[k].end :])
    return end is not None and end.group() == "?"


def _evidence_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """The source says there is no evidence of a thing ("we have found no evidence of a
    cyberattack", "there is no sign of sabotage") and the quote, keeping the thing, says
    there was none ("we have established there was no cyberattack"): an absence of proof
    made proof of absence."""
    if any(t.stem in _EVIDENCE for t in v.q.toks):
        return []
    for j in sorted(v.region | v.scope):
        t = v.s.toks[j]
        if t.stem not in _EVIDENCE_NOUNS or j in cs:
            continue
        if not any(x.vkey in ("no", "not", "any", "never") for x in v.s.toks[max(0, j - 3) : j]):
            continue
        thing = next(
            (k for k in range(j + 1, min(len(v.s.toks), j + 5)) if not is_function(v.s.toks[k])),
            None,
        )
        if thing is None or not _matched(v.s_match.get(thing, ("delete", ()))[0]):
            continue
        if _asked(v.s, thing):
            continue  # "Isn't that a sign that the Board is divided?"
        cs.add(j)
        return [
            Finding(
                "stronger-claim",
                f"stronger claim: the source says only '{_phrase(v.s, j - 1, thing + 1, 0, 0)}'",
                0.75,
            )
        ]
    return []


def _deliberation_dropped(v: _View, cs: set[int]) -> list[Finding]:
    """The source only puts a thing up for deliberation ("The government will consider
    compensation for clubs", "we will discuss a joint team") and the quote, keeping the
    thing, leaves the deliberation out ("will compensate clubs", "will set up a joint
    team"): a decision where the source has an intention to think about one."""
    if any(t.stem in _DELIBERATE or t.stem in _DELIBERATE_TOO for t in v.q.toks):
        return []  # "will look at compensation", "will talk about a joint team"
    lo = min(v.region, default=0)
    for j in sorted(v.region | {k for k in range(max(0, lo - 2), lo)}):
        t = v.s.toks[j]
        if t.stem not in _DELIBERATE or j in cs or j == 0:
            continue
        if j < lo and not _reworded_before(v, lo):
            continue  # "targeted sanctions" of "to consider targeted sanctions": no verb
        if _matched(v.s_match.get(j, ("delete", ()))[0]):
            continue
        before = {x.vkey for x in v.s.toks[max(0, j - 2) : j]}
        if not before & _FUTURE or (j + 1 < len(v.s.toks) and v.s.toks[j + 1].vkey == "that"):
            continue  # "we consider it unacceptable", "we considered that …": a belief
        # the thing deliberated is the quote's: its next content word is paired
        thing = next(
            (k for k in range(j + 1, min(len(v.s.toks), j + 5)) if not is_function(v.s.toks[k])),
            None,
        )
        if thing is None:
            continue
        # ("compensation" / "compensate": paired, or the quote has it by its first letters)
        starts = {q.stem[:5] for q in v.q.toks if len(q.stem) >= 5}
        if (
            not _matched(v.s_match.get(thing, ("delete", ()))[0])
            and v.s.toks[thing].stem[:5] not in starts
        ):
            continue
        cs.add(j)
        return [
            Finding(
                "stronger-claim",
                f"stronger claim: the source only says '{_phrase(v.s, j - 1, j + 2, 0, 0)}': "
                "to be considered, not decided",
                0.75,
            )
        ]
    return []


def _reworded_before(v: _View, lo: int) -> bool:
    """The quote has words of its own right before the one paired with source word
    ``lo`` (a verb put in the place of the source's)."""
    k = v.s_match.get(lo, ("", ()))[1]
    if not k or min(k) == 0:
        return False
    op = v.q_match.get(min(k) - 1, ("insert", ()))[0]
    return not _matched(op)


def _in_between(side: Side, k: int) -> bool:
    """Token ``k`` is one of the two of "between X and Y" (either order says the same)."""
    vk = [t.vkey for t in side.toks[max(0, k - 5) : k]]
    return "between" in vk[-4:] or ("between" in vk and "and" in vk[vk.index("between") :])


def _passive_for_object(v: _View, i: int, j: int) -> bool:
    """The quote's pronoun is the subject of a passive ("they will be made public") and
    the source's is the doer of the active verb whose object follows, in the quote's
    person ("I will publish it"): the object made the subject, no one else acting."""
    q, s = v.q.toks, v.s.toks
    person = _person(q[i].vkey)
    if person is None:
        return False
    passive = any(
        q[n].vkey in ("be", "been", "being", "is", "are", "was", "were")
        and n + 1 < len(q)
        # ("they will be welcome" for "we will welcome them", "they will not be
        # available" for "we will not have them")
        and (
            _past_verb(q[n + 1])
            or q[n + 1].raw.lower().endswith("en")
            or q[n + 1].vkey in ("welcome", "available")
        )
        for n in range(i + 1, min(len(q) - 1, i + 4))
    )
    if not passive:
        return False
    things = ("it", "them", "this", "these", "those") if person == "third" else ()
    return any(
        _person(s[n].vkey) == person or s[n].vkey in things
        for n in range(j + 2, min(len(s), j + 5))
    )


def _object_made_subject(v: _View, i: int, j: int) -> bool:
    """The quote's subject is what the source's doer acts on, with the same verb and no
    doer ("Krovna will reopen as well" for "we will also reopen Krovna", "the border will
    close" for "we will close the border"): the thing made the subject, no one else
    acting."""
    q, s = v.q.toks, v.s.toks
    if is_function(q[i]) or q[i].kind != "word":
        return False
    verbs = {q[n].stem for n in range(i + 1, min(len(q), i + 4)) if not is_function(q[n])}
    for n in range(j + 1, min(len(s), j + 5)):
        if s[n].stem in verbs:
            return any(s[k].stem == q[i].stem for k in range(n + 1, min(len(s), n + 5)))
    return False


def _passive_converse(v: _View, i: int, j: int) -> bool:
    """A transfer verb in the passive on one side and its converse in the active on the
    other ("we were given money" / "we received money"): the same transfer."""
    a, b = v.q.toks[i].stem, v.s.toks[j].stem
    if (a, b) not in _CONVERSE and (b, a) not in _CONVERSE:
        return False

    def passive(side: Side, k: int) -> bool:
        return any(side.toks[n].vkey in _BE for n in range(max(0, k - 2), k))

    return passive(v.q, i) != passive(v.s, j)


def _from_converse(v: _View, i: int, j: int) -> bool:
    """A transfer verb and its converse, with the giver of one side named after "from" on
    the other ("the Office will never send you a link" / "you will never receive a link
    from the Office"): the same transfer, told from the receiver's end."""
    a, b = v.q.toks[i].stem, v.s.toks[j].stem
    if (b, a) in _CONVERSE:
        giver_side, k, other, m = v.s, j, v.q, i  # the source gives, the quote receives
    elif (a, b) in _CONVERSE:
        giver_side, k, other, m = v.q, i, v.s, j
    else:
        return False
    before = giver_side.toks[max(0, k - 4) : k]
    givers = {t.stem for t in before if t.kind == "word" and not is_function(t)}
    # "I will give it every document" / "it will receive every document from me"
    givers |= {_OBJECT_FORM[t.vkey] for t in before if t.vkey in _OBJECT_FORM}
    after = other.toks[m + 1 : m + 8]
    return any(
        t.vkey == "from" and any(u.stem in givers or u.vkey in givers for u in after[n + 1 : n + 4])
        for n, t in enumerate(after)
    )


_DIRECTIONS = {("from", "to"), ("to", "from"), ("into", "from"), ("from", "into")}


def _direction(
    v: _View, blocks: list[tuple[list[int], list[int]]], cq: set[int], cs: set[int]
) -> list[Finding]:
    """ "31 mothers were moved from Rastovo" for "… moved to Rastovo": the direction of a
    movement reversed, where "from" and "to" stand before the same place or person (a
    name or "the …" paired on both sides)."""
    out: list[Finding] = []
    for qs, ss in blocks:
        if len(qs) != 1 or len(ss) != 1:
            continue
        i, j = qs[0], ss[0]
        if i in cq or j in cs or (v.q.toks[i].vkey, v.s.toks[j].vkey) not in _DIRECTIONS:
            continue
        if i + 1 >= len(v.q.toks) or j + 1 >= len(v.s.toks):
            continue
        op, js = v.q_match.get(i + 1, ("insert", ()))
        nxt = v.q.toks[i + 1]
        if not _matched(op) or j + 1 not in js or not (nxt.cap or nxt.vkey == "the"):
            continue
        out.append(
            Finding(
                "reversed",
                f"reversed: '{_phrase(v.s, j, j + 1, 1, 1)}' → '{_phrase(v.q, i, i + 1, 1, 1)}'",
                0.85,
            )
        )
        cq.add(i)
        cs.add(j)
    return out


def _party_for_person(v: _View, a: int, b: int, *, source: bool = False) -> bool:
    """A named party set where the other side has the speaker's "we" (or the reverse),
    when the passage itself names that party apart from "we": "Ulmeria demanded that we
    hand over …" → "We demanded that Ulmeria hand over …"."""
    side, other = (v.s, v.q) if source else (v.q, v.s)
    tok, pron = side.toks[a], other.toks[b]
    if _person(pron.vkey) != "first" or _person(tok.vkey) or not _is_name(side, a):
        return False
    if _date_word(side, a):
        return False  # "by the end of March": a month is no party
    where = v.scope | v.region
    return any(v.s.toks[j].vkey == tok.vkey for j in where if not (source and j == a))


def _blocks(v: _View) -> list[tuple[list[int], list[int]]]:
    """Runs of unmatched steps: (quote tokens, source tokens) of each."""
    out: list[tuple[list[int], list[int]]] = []
    cur_q: list[int] = []
    cur_s: list[int] = []
    for st in v.steps:
        if st.op in ("insert", "delete", "replace"):
            cur_q += list(st.q)
            cur_s += list(st.s)
        else:
            if cur_q or cur_s:
                out.append((cur_q, cur_s))
            cur_q, cur_s = [], []
    if cur_q or cur_s:
        out.append((cur_q, cur_s))
    return out


def _moved(v: _View, cq: set[int]) -> list[Finding]:
    """Words of the source sentence moved to another place of the quote together with a
    negation: "paid from the fund, not by the companies" → "paid by the companies, not
    from the fund"."""
    out: list[Finding] = []
    negs = negation_words()
    outside = {t.stem for j, t in enumerate(v.s.toks) if j not in v.region and not is_function(t)}
    run: list[int] = []
    runs: list[list[int]] = []
    for st in v.steps:
        if st.op == "insert" and not v.q.toks[st.q[0]].bracket:
            run.append(st.q[0])
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    for r in runs:
        content = [i for i in r if not is_function(v.q.toks[i])]
        if len(content) < 2 or not any(v.q.toks[i].vkey in negs for i in r):
            continue
        if any(v.q.toks[i].vkey in negs and _never_superlative(v.q, i, v.s) for i in r):
            continue  # "Not since 1998 has …" fronts the time of "the worst … since 1998"
        if any(
            _contrasted(v.q, i) is not None
            and any(_contrasted(v.s, j) == _contrasted(v.q, i) for j in v.scope)
            for i in r
        ):
            continue  # "It is up to the court, not to me, to decide" / "… is for the court
            # to decide, not for me": the same one set aside
        if all(v.q.toks[i].stem in outside for i in content) and not _moved_with_negation(
            v, r, content
        ):
            out.append(
                Finding(
                    "roles-reversed",
                    f"who does what to whom reversed: '{v.q.words(r)}' moved to another place",
                    0.8,
                )
            )
            cq.update(r)
    return out


def _moved_with_negation(v: _View, run: list[int], content: list[int]) -> bool:
    """The moved words stand beside the same negation in the source, on the same side of
    it: the negated phrase moved as a whole ("a signature is worth nothing without
    guarantees" / "without guarantees a signature is worth nothing"), no negation changed
    sides ("paid from the fund, not by the companies" / "paid by the companies, not from
    the fund" moves "not" onto the fund)."""
    negs = negation_words()
    neg_at = [i for i in run if v.q.toks[i].vkey in negs]
    content = [i for i in content if i not in neg_at]
    if not content:
        return False
    before = all(i < min(content) for i in neg_at)  # "not from the fund"
    after = all(i > max(content) for i in neg_at)  # "the sanctions must not be"
    if not (before or after):
        return False
    keys = {v.q.toks[i].vkey for i in neg_at}
    stems = {v.q.toks[i].stem for i in content}
    spots = [j for j, t in enumerate(v.s.toks) if j not in v.region and t.stem in stems]
    for j in spots:
        near = range(max(0, j - 3), j) if before else range(j + 1, min(len(v.s.toks), j + 4))
        if any(v.s.toks[k].vkey in keys for k in near):
            return True
    return False


# Words that set one thing against another in a fixed order: what stands before them and
# what stands after cannot change places without changing the claim ("more on the
# government than on those setting fires", "report to me and not to the Assembly",
# "counts every delayed container as if it were lost", "late because the refinery ...").
# Coordinators ("and", "or") are left out: "the police and the prosecutors" may be turned.
_ORDERED_PIVOTS = frozenset(
    [
        "than",
        "not",
        "instead",
        "rather",
        "because",
        "as",
        "before",
        "after",
        "from",
        "over",
        "unlike",
    ]
)
_CROSS_REACH = 10  # tokens on each side of the pivot
# "X is not Y" may be turned into "Y is not X" ("confidence is not the question today" /
# "today the question is not one of confidence"): no pivot after a copula
_COPULAS = frozenset(["is", "are", "was", "were", "be", "been", "am", "isnt", "arent"])


def _crossed_pivot(v: _View, cq: set[int]) -> list[Finding]:
    """Two matched words that swap sides of a pivot matched in place: one stands before
    the pivot in the quote and after it in the source, the other the other way round."""
    q_to_s: dict[int, int] = {}
    for st in v.steps:
        if _matched(st.op) and st.q and st.s:
            for i in st.q:
                q_to_s[i] = min(st.s)
    qk = [t.vkey for t in v.q.toks]
    for f, key in enumerate(qk):
        if key not in _ORDERED_PIVOTS or qk.count(key) != 1 or f in cq:
            continue
        if key == "not" and f > 0 and qk[f - 1] in _COPULAS:
            continue  # "confidence is not the question" / "the question is not one of confidence"
        if _distance_from(qk, f):
            continue  # "the depot lies 12 km from the bridge": a distance holds both ways
        if qk[f + 1 : f + 2] in (["which"], ["whom"]):
            continue  # "a fund …, from which the compensation will be paid": the relative
            # clause turns the sentence round ("the compensation will come from a fund")
        sf = _pivot_in_source(v, q_to_s, f)
        if sf is None or (v.s.toks[sf + 1 : sf + 2] and v.s.toks[sf + 1].vkey in ("which", "whom")):
            continue
        near = [
            i
            for i in range(max(0, f - _CROSS_REACH), min(len(qk), f + 1 + _CROSS_REACH))
            if i != f
            and i in q_to_s
            and _crossing_word(v.q.toks[i])
            and abs(q_to_s[i] - sf) <= _CROSS_REACH
            and not _break_between(v.q, min(i, f), max(i, f))
        ]
        before = [i for i in near if i < f and q_to_s[i] > sf]
        after = [i for i in near if i > f and q_to_s[i] < sf]
        if before and after:
            cq.update((*before, *after))
            return [
                Finding(
                    "reversed",
                    f"reversed: '{v.q.words(before)}' and '{v.q.words(after)}' changed places around "
                    f"'{v.q.toks[f].raw}' (the source has '{_phrase(v.s, sf, sf + 1, 4, 4)}')",
                    0.85,
                )
            ]
    return []


def _pivot_in_source(v: _View, q_to_s: dict[int, int], f: int) -> int | None:
    """The source token of the quote's pivot ``f``: its match, or, when the phrases around
    it moved and left it unpaired, the one unpaired source token of the same word."""
    key = v.q.toks[f].vkey
    if f in q_to_s:
        sf = q_to_s[f]
        return sf if v.s.toks[sf].vkey == key else None
    loose = [j for j in v.region if not _matched(v.s_match[j][0]) and v.s.toks[j].vkey == key]
    return loose[0] if len(loose) == 1 else None


_OBJECT_PRONOUNS = frozenset(["me", "us", "him", "her", "them"])


def _crossing_word(t: Tok) -> bool:
    return not is_function(t) or t.vkey in _OBJECT_PRONOUNS


def _break_between(side: Side, a: int, b: int) -> bool:
    return any(side.sentence_break(i) for i in range(a + 1, b + 1))
