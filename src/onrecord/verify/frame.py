"""The frame of a faithful quote: what its cut leaves behind in the source (a condition,
a hedge, an opinion, a negation the words stand under; "I believe" added), what the
report's sentence sets around it (a question the speaker was not asked, a negation kept
outside the quote marks), and words another speaker said."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence

from ..analyse.time import MONTHS
from ..errors import ModelUnavailableError
from . import semantic
from .align import MATCH_OPS, is_function, synonymous
from .compare import _FAITHFUL_LABELS, _judge_passage, _lexical_label, _Result
from .context import _claim_around, _whole_sentence
from .index import SourceIndex
from .meaning import (
    OPINION_FRAMES,
    Side,
    _occurrences,
    _past_verb,
    conditions_cut,
    hedge_ending_at,
    hedges_in,
    negative_list,
    opinion_cut,
)
from .meaning.added import _whoever
from .meaning.modality import _modal_here
from .normalize import Tok, load_list, stem, tokenize
from .passage import Passage, _aligned, _best, _matched_sentences, find_lexical
from .questions import asked_frame, question_context
from .thresholds import thresholds

log = logging.getLogger(__name__)

_FRAME_NEGATIONS = frozenset(["not", "never", "no", "cannot", "nobody", "neither", "nor"])


_AFFIRMING = ("hid", "conceal", "deni", "deny", "disput", "disguis", "secret", "doubt")


# hedges a quote may not cut off: of a figure, of likelihood ("Perhaps we should have
# closed the bank earlier" quoted as an admission), of extent; an opinion's "I think" is
# attribution, which the report's own verb carries
_CUT_HEDGE_CLASSES = frozenset(
    [
        *("around", "just-under", "above", "below", "at-least", "at-most", "as-many-as"),
        *("possibly", "mostly", "partly"),
    ]
)


_OPEN_MODALS = frozenset({"may", "might", "possibly", "perhaps", "maybe"})
# … and right before the quote, the report's own hypothetical verb: 'That, he said, would
# cost "more than a billion"', as the source's "if we give 11 percent now, … that would
# cost"
_HYPOTHETICAL = frozenset({"would", "could"})


# words by which a report keeps a hope or a belief as one ("he hoped", "in his view")
_OPINION_WORDS = frozenset(
    stem(w)
    for w in (
        *OPINION_FRAMES,
        "hoped",
        "hopes",
        "hopeful",
        "thought",
        "belief",
        "expectation",
        "expected",
        "view",
        "opinion",
        "feel",
        "felt",
        "predict",
        "confident",
        "optimistic",
        "wish",
        "convinced",
        "sure",
        # "we estimate that up to 12,000 are there" / "we believe that up to 12,000"
        "estimate",
        "estimated",
    )
)


_HOPE_WORDS = frozenset(
    stem(w) for w in ("hope", "hoped", "hopes", "hoping", "hopeful", "wish", "trust")
)


def _lead(context: str, at: int, n: int) -> list[Tok]:
    """The report's last ``n`` words before ``at`` (where the quote starts), in the clause
    that holds the quote."""
    return tokenize(re.split(r"[,;:.!?—–]", context[:at])[-1])[-n:]


# "no more than", "not less than", "no fewer than": a bound on a figure, no denial
_BOUNDS = (["more", "than"], ["less", "than"], ["fewer", "than"])


def _negation_in_report(quote: str, context: str, res: _Result, index: SourceIndex) -> _Result:
    """A fragment cut just after the source's negation ("Not at this moment" quoted as
    'no lockdown "at this moment"'): when the report's own words right before the quote
    hold a negation, the negation was not removed, only left outside the quote marks."""
    p = res.passage
    at = context.find(quote)
    if p is None or at < 0 or _whole_sentence(quote) or not p.al.steps:
        return res
    lead = _lead(context, at, 5)
    if not any(t.vkey in _FRAME_NEGATIONS for t in lead):
        return res
    # the source's negation stands right before the quoted words
    first = min((j for st in p.al.steps if st.op in MATCH_OPS for j in st.s), default=None)
    if first is None or not any(
        t.vkey in _FRAME_NEGATIONS for t in p.toks[max(0, first - 2) : first]
    ):
        return res
    label, rule, notes, _ = _lexical_label(p, *_sides(quote, res.qtoks, p, index))
    reason = "the negation before these words stands in the report's sentence"
    return _Result(label, rule, [reason, *notes], 0.8, p, res.qtoks)


# words of a report's lead that bound a figure from above, as "no more than" does
# ('may spend only "one twelfth"')
_ONLY = frozenset(["only", "just", "merely"])
# hedge classes of a ceiling, and a report's words that set one ("capped at", "limited
# to", "a maximum of")
_CEILINGS = frozenset(["at-most", "as-many-as"])
_CEILING_WORDS = frozenset(
    stem(w) for w in ("capped", "limited", "maximum", "restricted", "ceiling", "cap")
)


def _ceiling_in_lead(cls: str, lead: Sequence[Tok]) -> bool:
    """The report's last words before the quote set the ceiling the source's hedge of
    class ``cls`` sets ('canisters capped at "10 litres per customer"' for "up to 10
    litres per customer")."""
    return cls in _CEILINGS and any(t.stem in _CEILING_WORDS for t in lead[-3:])


def _hedge_in_report(quote: str, context: str, res: _Result, index: SourceIndex) -> _Result:
    """A fragment whose source hedge the report keeps outside the quote marks ("no more
    than one twelfth" reported as 'may spend only "one twelfth"', "about" as 'about "40
    million"'): the report's words right before the quote carry a hedge of the same
    class ("only" for a ceiling), so the hedge was not dropped."""
    p = res.passage
    at = context.find(quote)
    if p is None or at < 0 or _whole_sentence(quote) or not p.al.steps:
        return res
    first = min((j for st in p.al.steps if st.op in MATCH_OPS for j in st.s), default=None)
    if first is None:
        return res
    src = Side(p.toks, index.sources[p.source].text)
    cut = next((o for o in _occurrences(p.toks, "hedges.txt") if o[0] <= first <= o[1] + 1), None)
    lead = _lead(context, at, 5)
    own = _occurrences(lead, "hedges.txt")
    if cut is None or not (
        any(o[2] == cut[2] for o in own)
        or (cut[2] == "at-most" and lead and lead[-1].vkey in _ONLY)
        # 'canisters capped at "10 litres per customer"' for "only up to 10 litres per
        # customer": the report's word sets the ceiling
        or _ceiling_in_lead(cut[2], lead)
    ):
        return res
    label, rule, notes, _ = _lexical_label(p, *_sides(quote, res.qtoks, p, index))
    reason = f"the hedge '{src.words(range(cut[0], cut[1]))}' stands in the report's sentence"
    return _Result(label, rule, [reason, *notes], 0.8, p, res.qtoks)


def _figure_in_report(quote: str, context: str, res: _Result, index: SourceIndex) -> _Result:
    """A figure or date of the source sentence that the report gives outside the quote
    marks ('On February 7, he added, "We have footage showing that officers shot …"' for
    "We have video evidence that on February 7 officers fired …"): not dropped, only moved
    into the report's own words. Every dropped figure must stand there."""
    p = res.passage
    at = context.find(quote)
    if p is None or at < 0:
        return res
    outside = {t.vkey for t in tokenize(context[:at] + " " + context[at + len(quote) :])}
    dropped = [
        t.vkey
        for reason in res.reasons
        for t in tokenize(reason.split("'")[1] if reason.count("'") >= 2 else "")
        if t.kind == "num" or t.vkey in MONTHS
    ]
    if not dropped or not all(d in outside for d in dropped):
        return res
    label, rule, notes, _ = _lexical_label(p, *_sides(quote, res.qtoks, p, index))
    if label not in _FAITHFUL_LABELS:
        return res
    reason = f"the figure '{' '.join(dict.fromkeys(dropped))}' stands in the report's sentence"
    return _Result(label, rule, [reason, *notes], 0.8, p, res.qtoks)


# what a report's "asked about that allegation" names without saying what it was
_TOPIC_NOUNS = frozenset(
    [
        *("allegation", "allegations", "accusation", "accusations", "claim", "claims"),
        *("charge", "charges", "criticism", "question", "questions", "matter", "issue"),
        *("report", "reports", "suggestion", "remark", "remarks", "comment", "comments"),
        *("idea", "point", "demand", "demands", "call", "calls", "proposal", "it", "them"),
    ]
)


def _points_back(text: str) -> bool:
    """The report's question only points back to something it said before ("about that
    allegation", "about the claims", "about it"): nothing to compare."""
    words = [t.vkey for t in tokenize(text) if t.kind == "word"]
    content = [w for w in words if w not in ("about", "on", "over", "the", "that", "this")]
    content = [w for w in content if w not in ("these", "those", "such", "a", "an", "to")]
    return bool(content) and all(w in _TOPIC_NOUNS for w in content)


def _question_check(quote: str, context: str, res: _Result, index: SourceIndex) -> _Result:
    """A reply the report attaches to a question the speaker was not asked ("Asked whether
    the contracts would be terminated for good, he said: 'I do not know.'") is altered
    (context) when the report's question is unlike everything the speaker was answering:
    embedding cosine below ``question_similar`` with each sentence of the question turn
    before hers and of her own turn up to the quote (:mod:`.questions`)."""
    frame = asked_frame(quote, context)
    p = res.passage
    if frame is None or p is None or _points_back(frame.text):
        return res
    first = min((j for st in p.al.steps if st.op in MATCH_OPS for j in st.s), default=0)
    asked, own = question_context(index, int(index.sent_of[p.offset + first]))
    try:
        vecs = semantic.encode([frame.text, *asked, *own])
    except ModelUnavailableError:
        return res
    sims = vecs[1:] @ vecs[0]
    best = float(sims.max())
    log.debug("report's question %r against the source: %.2f", frame.text, best)
    if best >= thresholds()["question_similar"]:
        return res
    was = f"; the question put to the speaker was: '{asked[-1]}'" if asked else ""
    reason = (
        f"context: the report gives this as the answer to a question the speaker was not "
        f"asked ('asked {frame.text}'){was} (similarity {best:.2f})"
    )
    return _Result("altered", "context", [reason], 0.7, p, res.qtoks)


def _cut_hedge_check(quote: str, context: str | None, res: _Result, index: SourceIndex) -> _Result:
    """A quote that starts right after a hedge of its source sentence ("more than | a
    third of what we import", "Perhaps | we should have closed the bank earlier") drops
    the hedge, unless the report's own words right before the quote carry one."""
    p = res.passage
    if p is None or not p.al.steps:
        return res
    aligned = [(i, j) for st in p.al.steps if st.op in MATCH_OPS for i in st.q for j in st.s]
    if not aligned:
        return res
    first_q = min(i for i, _ in aligned)
    first_s = min(j for _, j in aligned)
    src = Side(p.toks, index.sources[p.source].text)
    if first_q > 1:
        return res
    cut = hedge_ending_at(src, first_s)
    if cut is None or cut[2] not in _CUT_HEDGE_CLASSES:
        return res
    q_side = Side(res.qtoks, quote)
    if hedges_in(q_side, set(range(len(res.qtoks)))):
        return res  # the quote has a hedge of its own: judged by the comparison
    if cut[2] == "possibly" and any(
        cls in ("possible", "likely") and _modal_here(q_side, lo)
        for lo, _, cls in _occurrences(res.qtoks, "modality.tsv")
    ):
        return res  # "Perhaps the talks will resume" / "the talks may resume"
    if context is not None and (at := context.find(quote)) >= 0:
        piece = re.split(r"[;:.!?—–]", context[:at])[-1]
        lead = tokenize(piece)
        # its figure is the quote's: the hedge stands alone at the report's lead
        if _occurrences(lead, "hedges.txt", set(range(max(0, len(lead) - 6), len(lead)))):
            return res  # 'more than "a third of what we import"'
        if cut[2] == "at-most" and lead and lead[-1].vkey in _ONLY:
            return res  # 'may spend only "one twelfth"' for "no more than one twelfth"
        if _ceiling_in_lead(cut[2], lead):
            return res  # 'capped at "10 litres per customer"' for "up to 10 litres"
    cut_to = src.words(range(first_s, first_s + 2))
    reason = f"hedge dropped: '{src.words(range(cut[0], first_s + 2))}' is cut to '{cut_to}'"
    return _Result("altered", "hedge-dropped", [reason], 0.8, p, res.qtoks)


# verbs of saying whose denial ("I am not saying that …") leaves what follows unsaid
_SAYING = frozenset(
    stem(w) for w in ("say", "saying", "said", "claim", "claiming", "suggest", "suggesting")
)
_OWN_CLAUSE = frozenset(
    ["until", "till", "unless", "because", "once", "when", "since", "before", "after", "if"]
)


def _negated_frame_check(
    quote: str, context: str, res: _Result, index: SourceIndex, *, saying: bool = False
) -> _Result:
    """A fragment the source holds under a negation ("I never said that the government
    ordered this attack", "we did not yet know that it was an attack"), set by the report
    into a sentence with no negation: the report says what the speaker denied. With
    ``saying``, only under a denied act of saying ("I am not saying that the pipeline
    agreement is dead"), for a quote of a whole clause."""
    p = res.passage
    assert p is not None
    qtoks = tokenize(quote, quote=True)
    negs = set(load_list("negations.txt"))
    if any(t.vkey in negs for t in qtoks):
        return res
    lo = next(iter(_aligned(p)), None)
    if lo is None:
        return res
    sent = index.sentences[int(index.sent_of[lo])]
    before = index.tokens(max(sent.lo, lo - 6), lo)
    text = index.sources[sent.source].text
    if "?" in text[max(sent.start, sent.end - 2) : sent.end + 2]:
        return res  # "But isn't that simply because …?": a question, not a denial
    # the frame is the clause the words stand in: stop at punctuation before them
    while before and re.search(r"[,;:—–]", text[before[0].end : before[-1].end + 1]):
        before = before[1:]
    # ("no more than one twelfth", "not less than": a bound on a figure, no denial)
    frame = [
        t
        for n, t in enumerate(before)
        if t.vkey in _FRAME_NEGATIONS and [u.vkey for u in before[n + 1 : n + 3]] not in _BOUNDS
    ]
    if not frame:
        return res
    # "I will not hide from you that …", "I do not deny that …", "there is no doubt that
    # …": a negated verb of hiding or doubting asserts what follows
    after = before[before.index(frame[-1]) + 1 :]
    if any(t.vkey.startswith(_AFFIRMING) for t in after):
        return res
    if any(t.vkey == "but" for t in after):
        return res  # "that is not a strike but a second job": what follows "but" is said
    if saying and not (
        any(t.stem in _SAYING for t in after) and after and after[-1].vkey == "that"
    ):
        return res
    # "I do not rule out that …": a possibility, not a denial (supposed_check's case)
    if any(t.vkey in ("rule", "exclude") for t in after):
        return res
    # "we will not stop until all of them are back behind bars": the words stand in a
    # clause of their own, which the negation does not reach
    if any(t.vkey in _OWN_CLAUSE for t in after):
        return res
    # "I will not close a programme with | a thirty-year history": the words describe a
    # thing the negated verb acts on, and hold true of it when the report keeps that verb
    # ("Kontrapunkt, which has 'a thirty-year history', would not be closed")
    if len(after) >= 2 and after[-1].vkey == "with" and not is_function(after[-2]):
        acts = {x.stem for x in after[:-2] if x.kind == "word" and not is_function(x)}
        if acts & {x.stem for x in tokenize(context)}:
            return res
    clause = _clause_of_quote(quote, context)
    around = tokenize(clause if clause is not None else _claim_around(quote, context))
    negative = set(load_list("negative_words.txt"))
    if any(t.vkey in negs or t.vkey in negative for t in around):
        return res
    framed = index.text_of(sent.source, before[0].start, before[-1].end) if before else ""
    return _Result(
        "altered",
        "context",
        [
            f"context: in the source these words follow a negation ('{framed} …'): the "
            "report presents as said what the speaker denied or did not know"
        ],
        0.75,
        p,
        res.qtoks,
    )


def _clause_of_quote(quote: str, context: str) -> str | None:
    """The report's words around the quote in its own clause: from the last comma, colon
    or dash before it to the first after it, the quote left out ("As for the gas pipeline
    that parliament refused to ratify, the minister made clear: '…'" is "the minister made
    clear:", without the "refused" of another clause). None when the quote is not in
    ``context``."""
    at = context.find(quote)
    if at < 0:
        return None
    head = [p for p in re.split(r"[,;:—–]\s", context[:at]) if p.strip(" \"'“”‘’")]
    tail = re.split(r"[,;:—–]\s", context[at + len(quote) :])
    return f"{head[-1] if head else ''} {tail[0]}"


def _condition_check(quote: str, context: str | None, res: _Result, index: SourceIndex) -> _Result:
    """A quote cut just before/after a condition of its sentence presents a conditional
    statement as unconditional, unless the report's sentence states a condition itself."""
    p = res.passage
    if p is None or _names_only(res.qtoks):
        return res
    cond = conditions_cut(*_sides(quote, res.qtoks, p, index), p.al.steps)
    if cond is None:
        return res
    if context:
        around = tokenize(_claim_around(quote, context))
        # the report states a condition, or holds the claim open ("the company may have
        # stored 'roughly a third more'")
        own = {t.vkey for t in res.qtoks}
        # (not the month: "talks on May 5")
        if (
            (_occurrences(around, "conditions.txt") and _same_condition(cond, around))
            or any(t.vkey in _OPEN_MODALS and t.vkey not in own and t.raw != "May" for t in around)
            or (_hypothetical_before(quote, context, own) and _hypothetical_source(p, index))
            or _counterfactual_frame(quote, res.qtoks, context)
            # "Had it been working, he said, '…would probably have seen…'"
            or (
                _INVERTED_IF.search(_claim_around(quote, context)) and _same_condition(cond, around)
            )
            # "because then every deputy 'would have a price'": the report's "then" points
            # back to the condition it has just given
            or (_then_before(quote, context) and own & _HYPOTHETICAL)
            # "but while the draws are suspended 'the fund loses …'" for "as long as the
            # draws are suspended": the report's clause of time carries the condition
            or (any(t.vkey in _WHILE for t in around) and _same_condition(cond, around))
            # "His message to readers with elderly neighbours: 'knock on their door'"
            # for "If you have an elderly neighbour, please knock …": the report names
            # whom the condition picks out
            or _condition_restated(cond, around)
        ):
            return res
    if _whoever(Side(res.qtoks, quote), range(len(res.qtoks))) and _same_condition(cond, res.qtoks):
        return res  # "Any hospital that runs low must alert us" / "If any hospital runs short"
    return _Result(
        "altered",
        "condition-left-out",
        [f"condition left out: {cond}"],
        0.75,
        p,
        res.qtoks,
    )


# the report's clauses of time that can carry a condition of the source ("as long as …")
# (and "during": 'per "registered farm" during the spring sowing' for "as long as the
# spring sowing lasts")
_WHILE = frozenset(["while", "until", "whilst", "once", "during", "throughout"])


# a condition said by inversion: "Had it been working", "Were the plant to close"
_INVERTED_IF = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:Had|had|Were|were|Should|should)\s+"
    r"(?:it|they|he|she|we|there|the\s+\w+)\b(?![^,]*\?)"
)


def _then_before(quote: str, context: str) -> bool:
    """The report's "then" among the eight words right before the quote, in its clause."""
    at = context.find(quote)
    if at < 0:
        return False
    return any(t.vkey == "then" for t in _lead(context, at, 8))


def _hypothetical_source(p: Passage, index: SourceIndex) -> bool:
    """The source's own "would"/"could" among the three words before the quoted ones
    ("and that would cost | more than a billion"): a hypothetical the report can keep
    with its own "would" (not a "will" it has put in reported speech)."""
    lo = next(iter(_aligned(p)), None)
    if lo is None:
        return False
    sent = index.sentences[int(index.sent_of[lo])]
    return any(t.vkey in _HYPOTHETICAL for t in index.tokens(max(sent.lo, lo - 3), lo))


def _hypothetical_before(quote: str, context: str, own: set[str]) -> bool:
    """The report's "would"/"could" among the four words right before the quote."""
    at = context.find(quote)
    if at < 0:
        return False
    lead = tokenize(context[:at])[-4:]
    return any(t.vkey in _HYPOTHETICAL and t.vkey not in own for t in lead)


def _would_have(toks: Sequence[Tok]) -> bool:
    vk = [t.vkey for t in toks]
    return any(a in ("would", "could") and b == "have" for a, b in itertools.pairwise(vk))


def _counterfactual_frame(quote: str, qtoks: Sequence[Tok], context: str) -> bool:
    """A counterfactual quote ("about 410,000 patients would have lost their treatment")
    led in by the report's own ("an immediate recall would have been dangerous: '…'"):
    the report says what the source's "If we had done that" says."""
    at = context.find(quote)
    if at < 0 or not _would_have(qtoks):
        return False
    clause = re.split(r"[.!?]\s", context[:at])[-1]
    return _would_have(tokenize(clause)[-12:])


# words that make a short fragment a statement rather than the name of a thing
_VERBAL = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "never",
    ]
)


def _names_only(qtoks: Sequence[Tok]) -> bool:
    """A fragment of at most four words with no verb, modal or negation ("collective
    action clauses", "the eastern corridor"): it names a thing, and a condition on the
    sentence it comes from does not bear on it."""
    words = [t for t in qtoks if t.kind != "ellipsis"]
    return len(words) <= 4 and not any(
        t.vkey in _VERBAL or (t.kind == "word" and _past_verb(t)) for t in words
    )


def _condition_restated(cond: str, around: Sequence[Tok]) -> bool:
    """Whether the report's clause has every content word of the source's condition (at
    least two, or their synonyms): it says for whom or when the words hold."""
    words = cond[cond.find("'") + 1 : cond.rfind("'")]
    theirs = {t.stem for t in tokenize(words) if not is_function(t) and t.kind == "word"}
    theirs -= {stem(w) for w in ("if", "unless", "when", "provided", "have", "has")}
    # (not a heading in capitals: "RATES: …")
    mine = {t.stem for t in around if not is_function(t) and not t.raw.isupper()}
    return len(theirs) >= 2 and all(any(a == b or synonymous(a, b) for a in mine) for b in theirs)


def _same_condition(cond: str, around: Sequence[Tok]) -> bool:
    """Whether the report's own condition may be the source's: they share a content word
    (or a synonym), or the source's condition has none to share. "Asked whether Velstria
    would attend if the thirty days had not passed, he said: 'I will not argue about four
    days'" keeps a condition, but not the source's "if the guns are silent"."""
    words = cond[cond.find("'") + 1 : cond.rfind("'")]
    theirs = {t.stem for t in tokenize(words) if not is_function(t) and t.kind == "word"}
    if not theirs:
        return True
    mine = {t.stem for t in around if not is_function(t)}
    if any(a == b or synonymous(a, b) for a in mine for b in theirs):
        return True
    # "If they do not comply" / the report's "If the traders refuse": a negated
    # condition and a verb of refusing or failing in the report's own
    negative = negative_list()
    return any(t.vkey in _FRAME_NEGATIONS for t in tokenize(words)) and any(
        t.vkey in negative for t in around
    )


def _sides(quote: str, qtoks: Sequence[Tok], p: Passage, index: SourceIndex) -> tuple[Side, Side]:
    """The quote and its passage as the two sides the meaning checks compare."""
    return Side(qtoks, quote), Side(p.toks, index.sources[p.source].text)


def _opinion_check(quote: str, context: str | None, res: _Result, index: SourceIndex) -> _Result:
    """A quote cut just after the speaker's "I hope that" (think, believe, expect…)
    presents a hope or a belief as a fact, unless the report's sentence keeps it ("he
    said he hoped …"); a lower-case fragment without the report's sentence is left be."""
    p = res.passage
    if p is None or res.label not in _FAITHFUL_LABELS:
        return res
    if context is None and not quote.lstrip("\"“‘'«„ ")[:1].isupper():
        return res
    frame = opinion_cut(*_sides(quote, res.qtoks, p, index), p.al.steps)
    if frame is None:
        return res
    if context:
        around = tokenize(_claim_around(quote, context))
        hoped = any(t.stem in _HOPE_WORDS for t in tokenize(frame))
        # a hope is kept only as a hope: "she sounded confident" makes it a belief
        if (hoped and any(t.stem in _HOPE_WORDS for t in around)) or (
            not hoped and _holds_opinion(around)
        ):
            return res
    return _Result(
        "altered",
        "stronger-claim",
        [f"opinion presented as fact: the source says '{frame} …'"],
        0.75,
        p,
        res.qtoks,
    )


def _opinion_added(res: _Result, index: SourceIndex) -> _Result:
    """A quote that opens with "I (do not) believe" / "we think" where the passage states
    the thing as fact ("We do not believe there was a cyberattack" / "There was no
    cyberattack") turns a statement into an opinion: a weaker claim."""
    p = res.passage
    if p is None or res.label not in _FAITHFUL_LABELS:
        return res
    vk = [t.vkey for t in res.qtoks if t.kind != "ellipsis"]
    k = 1 if vk[:1] in (["but"], ["and"], ["so"]) else 0
    if len(vk) < k + 3 or vk[k] not in ("i", "we"):
        return res
    k += 1
    if vk[k : k + 2] in (["do", "not"], ["did", "not"]):
        k += 2
    if vk[k] not in ("believe", "think"):
        return res
    sents = _matched_sentences(index, p)
    held = [t for j, t in enumerate(p.toks) if int(index.sent_of[p.offset + j]) in sents]
    if not held or _holds_opinion(held):
        return res
    frame = " ".join(t.raw for t in res.qtoks[: k + 1])
    return _Result(
        "altered",
        "weaker-claim",
        [f"opinion added: '{frame}' where the source states it as fact"],
        0.7,
        p,
        res.qtoks,
    )


def _holds_opinion(toks: Sequence[Tok]) -> bool:
    return any(t.stem in _OPINION_WORDS or t.vkey in _OPINION_WORDS for t in toks)


def _other_speaker_check(
    quote: str, qtoks: list[Tok], index: SourceIndex, speaker: str, res: _Result
) -> _Result:
    """Words the speaker did not say but someone else in the source did: the other
    leader at a joint press conference, or the journalist whose question the report
    quotes as the answer. ``altered`` with the reason, when the other turn holds the
    words clearly better than the speaker's own turns."""
    versions = ("delivered", "translation")
    mask = index.sentence_mask(None, versions) & ~index.sentence_mask(speaker, versions)
    if not mask.any():
        return res
    other = _best(find_lexical(index, qtoks, mask))
    if other is None or other.coverage < thresholds()["unnamed_found"]:
        return res
    own = res.passage.coverage if res.passage is not None else 0.0
    if res.label != "unsourced" and other.coverage < own + 0.15:
        return res
    judged = _judge_passage(quote, qtoks, other, index, lexical=True)
    if judged.label not in _FAITHFUL_LABELS:
        return res
    if res.label == "translation" and judged.label == "translation":
        return res  # the speaker's words in other words: only the other's own words count
    k = int(index.sent_of[_aligned(other)[0]])
    who = index.run_speaker[index.run_of(k)]
    whose = f"{who}'s words" if who else "the words of a question put to the speaker"
    return _Result(
        "altered",
        "wrong-speaker",
        [f"{whose}, not {speaker}'s: '{index.sentence_text(k)}'"],
        0.85,
        other,
        qtoks,
    )
