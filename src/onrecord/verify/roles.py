"""Who does what to whom, from the dependency parse: roles that changed places.

The word aligner sees "We have warned the regulator" and "The regulator has warned us"
as the same words in another order, and a second translator reorders words all the
time. What tells a reordering from a reversal is the grammar: the same verb with its
doer and the one it is done to swapped. This module parses the quote and its passage
(spaCy, only for the quotes whose words the aligner found reordered) and compares the
roles of the verbs they share: subject (or the agent of a passive), object (or the
subject of a passive), recipient ("gave Dalvara 72 hours", "a proposal to the
ministers") and the thing compared ("faster than prices").
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from ..analyse.nlp import nlp

log = logging.getLogger(__name__)

__all__ = ["swapped_roles"]

_FIRST = frozenset(["i", "me", "we", "us", "my", "our", "myself", "ourselves"])
# pronouns that stand for a party ("what", "it", "this" stand for things said or done)
_PERSONAL = _FIRST | frozenset(["you", "he", "him", "she", "her", "they", "them"])


def _key(tok: Any) -> str:
    """A role filler as a comparable word: first-person pronouns are one speaker, names
    and nouns their lower-cased lemma."""
    low = tok.text.lower()
    if low in _FIRST:
        return "<speaker>"
    return str(tok.lemma_).lower()


def _counted_group(tok: Any) -> bool:
    """ "the three passed documents to …": a number with its article names a group."""
    return bool(tok.pos_ == "NUM" and any(c.dep_ == "det" for c in tok.children))


def _roles(doc: Any) -> dict[str, dict[str, str]]:
    """verb lemma → {role: filler}; roles: "doer", "done-to", "receiver", "compared",
    "holder" (of a view: "according to X"), "partner" (the other side of "agree with")."""
    out: dict[str, dict[str, str]] = {}
    for tok in doc:
        dep = tok.dep_
        head = tok.head
        role = ""
        verb = head
        if dep == "nsubj":
            role = "doer"
        elif dep == "nsubjpass" and any(c.dep_ == "dobj" for c in head.children):
            # "Every patient will be offered a free test": the one it is given to, as
            # in "A free test will be offered to every patient"
            role = "receiver"
        elif dep in ("dobj", "nsubjpass"):
            role = "done-to"
        elif dep in ("dative", "iobj"):
            role = "receiver"
        elif dep == "pobj" and head.dep_ == "agent" and tok.ent_type_ not in _WHEN:
            # not "is expected by October 23": a deadline, no doer
            role, verb = "doer", head.head
        elif dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            # "According to the Institute, the water is expected to be safe": the one
            # who holds the view, no party to the act ("the Institute expects it")
            role, verb = "holder", head.head.head
        elif dep == "pobj" and head.lower_ == "to" and head.dep_ in ("dative", "prep"):
            role, verb = "receiver", head.head
        elif (
            dep == "pobj"
            and head.lower_ == "with"
            and str(head.head.lemma_).lower() in _ONE_WAY_WITH
        ):
            # "I agree with the Prime Minister" / "The Prime Minister agrees with me":
            # who follows whose view
            role, verb = "partner", head.head
        elif dep == "pobj" and head.lower_ == "than":
            # "risen faster than prices": than → faster → risen
            role, verb = "compared", head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
        if not role or not (
            tok.pos_ in ("NOUN", "PROPN")
            or (tok.pos_ == "PRON" and tok.lower_ in _PERSONAL)
            or _counted_group(tok)
        ):
            continue
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        out.setdefault(str(verb.lemma_).lower(), {}).setdefault(role, _key(tok))
    for tok in doc:
        # "X has been instructed to inform Y", "asked X to inform Y": the doer of the
        # verb in the "to" clause is the one its head instructs or asks
        if (
            tok.dep_ != "xcomp"
            or tok.pos_ != "VERB"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            continue
        if str(tok.head.lemma_).lower() not in _CONTROL:
            continue
        # (the object before the clause: "asked the service to hand over …, every
        # record" has a second object the parser hangs on "asked")
        kids: dict[str, Any] = {}
        for c in tok.head.children:
            if c.i < tok.i:
                kids.setdefault(c.dep_, c)
        ctrl = kids.get("dobj") or kids.get("nsubjpass")
        if ctrl is not None and (
            ctrl.pos_ in ("NOUN", "PROPN") or (ctrl.pos_ == "PRON" and ctrl.lower_ in _PERSONAL)
        ):
            out.setdefault(str(tok.lemma_).lower(), {}).setdefault("doer", _key(ctrl))
    return out


# entity types of a time: "by October 23" after a passive is a deadline, not its doer
_WHEN = frozenset(["DATE", "TIME"])
# verbs with "with" whose two sides are not the same: who agrees with whom
_ONE_WAY_WITH = frozenset(["agree", "disagree", "side", "comply", "concur"])


# verbs whose object (or passive subject) does what the "to" clause says: "asked the
# directors to tell", "were instructed to inform"
_CONTROL = frozenset(
    [
        *("ask", "instruct", "order", "tell", "require", "urge", "request", "oblige"),
        *("force", "compel", "allow", "permit", "authorise", "authorize", "invite"),
        *("encourage", "direct", "mandate", "call", "advise", "persuade", "forbid"),
    ]
)


@functools.lru_cache(maxsize=4096)
def _parsed(text: str) -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    """The roles of ``text`` and the keys of its nouns, names and personal pronouns."""
    return _parse(text)[:2]


@functools.lru_cache(maxsize=4096)
def _coordinated(text: str) -> frozenset[frozenset[str]]:
    """Pairs of keys joined by "and"/"or" in ``text`` ("children and older people"), and
    of a noun the parser left unattached with every other key."""
    return _parse(text)[2]


@functools.lru_cache(maxsize=4096)
def _parse(
    text: str,
) -> tuple[dict[str, dict[str, str]], frozenset[str], frozenset[frozenset[str]]]:
    doc = nlp()(text)
    pairs = frozenset(
        frozenset((_key(t), _key(c))) for t in doc for c in t.conjuncts if _key(t) != _key(c)
    )
    # a noun the parser could not attach ("dep") makes its roles guesswork: paired with
    # every other party, so no swap is read from it
    unattached = {_key(t) for t in doc if t.dep_ == "dep" and t.pos_ in ("NOUN", "PROPN")}
    pairs |= {frozenset((u, _key(t))) for u in unattached for t in doc if _key(t) != u}
    # a possessor takes part in the act its noun belongs to ("demanded my resignation",
    # "at my request, the board suspended"), keyed "verb:who"
    parties = frozenset(
        _key(t)
        for t in doc
        if t.pos_ in ("NOUN", "PROPN")
        or (t.pos_ == "PRON" and t.lower_ in _PERSONAL and t.dep_ != "poss")
        or _counted_group(t)
    ) | frozenset(
        f"{str(a.lemma_).lower()}:{_key(t)}"
        for t in doc
        if t.pos_ == "PRON" and t.lower_ in _PERSONAL and t.dep_ == "poss"
        for a in list(t.ancestors)[:4]
        if a.pos_ in ("VERB", "AUX")
    )
    return _roles(doc), parties, pairs


_THIRD = frozenset(["he", "she", "they", "him", "her", "them", "it"])
# verbs too light to name one act: a sentence may hold several of them
_LIGHT = frozenset(["have", "take", "make", "get", "do", "go", "come", "give", "cost", "put"])
_COPULAS = frozenset(["be", "become", "remain", "seem", "appear"])


def _shown(key: str) -> str:
    return "the speaker" if key == "<speaker>" else key


def _seat_of(name: str, body: str, text: str) -> bool:
    """Whether ``text`` names ``body`` by ``name`` ("the government in Orvenik", "the
    government of Orvenik", "Orvenik's government")."""
    n, b = re.escape(name), re.escape(body)
    pattern = rf"\b{b}\s+(?:in|of|at)\s+(?:the\s+)?{n}\b|\b{n}(?:'s|’s)\s+{b}\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def swapped_roles(quote: str, passage: str) -> str | None:
    """A reason when the quote takes a filler of one role of a verb both texts share and
    puts it in another role, giving the first role to someone else ("We warned the
    regulator" for "The regulator warned us"; "Tevanau gave Dalvara" for "the ministry
    gave Tevanau"), else None. A role the quote leaves empty changes nothing: "my
    advice will change" for "I will change my advice" is the same act."""
    q_roles, q_parties = _parsed(quote)
    s_roles, s_parties = _parsed(passage)
    # "whether [the city] can terminate them" for "whether we can": an editor's gloss of
    # the pronoun, in brackets, names the same doer
    glossed = {w.lower() for b in re.findall(r"\[([^\]]*)\]", quote) for w in b.split()}
    for verb, q in q_roles.items():
        s = s_roles.get(verb)
        doer, was = q.get("doer"), (s or {}).get("doer")
        # not "X is Y" / "Y is X" (a copula turns round freely), not "my advice will
        # change" for "I will change my advice" (the quote's doer is the source's object),
        # not "Mr Olsen worked" for "they worked" (a pronoun of the source resolved)
        if (
            verb not in _COPULAS
            and verb not in _LIGHT  # "we have to pay" / "security has a price": two acts
            and doer
            and was
            and doer != was
            and doer != (s or {}).get("done-to")
            and not (was == "<speaker>" and doer in glossed)
            and not {doer, was} & _THIRD
            and (doer in s_parties or f"{verb}:{doer}" in s_parties)
            and (was in q_parties or f"{verb}:{was}" in q_parties)
            # "Children under three and older people": one subject the parse split
            and frozenset((doer, was)) not in _coordinated(quote) | _coordinated(passage)
            # "Orvenik refused" for "the government in Orvenik refused": the place for
            # the body that sits there
            and not _seat_of(doer, was, passage)
            and not _seat_of(was, doer, quote)
        ):
            # the two parties traded places: "The police reported the cases to our
            # inspectors" for "Our inspectors reported the cases to the police"
            return (
                f"who does what to whom reversed: who does '{verb}' is '{_shown(was)}' in "
                f"the source and '{_shown(doer)}' in the quote, and both take part in each"
            )
    for verb, q in q_roles.items():
        s = s_roles.get(verb)
        if not s:
            continue
        for role, filler in q.items():
            if s.get(role) == filler:
                continue
            for other, was in s.items():
                if other == role or was != filler:
                    continue
                taker = q.get(other)
                if taker is not None and taker != filler:
                    log.debug("roles of %r: quote %s, source %s", verb, q, s)
                    return (
                        f"who does what to whom reversed: '{filler}' is the {other} of "
                        f"'{verb}' in the source, the {role} in the quote (the {other} "
                        f"there: '{taker}')"
                    )
    return None
