"""Others' views: a short quote whose words, in the source, say what others want or
claim, reported as the speaker's own stance (:func:`_others_view_check`), unless the
report's sentence keeps them someone else's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .align import is_function
from .compare import _Result
from .context import _FIRST_PERSON, _SPEECH, _claim_around, _own_side
from .index import SourceIndex, speaker_key, speaker_matches
from .meaning import TITLE_WORDS, Side
from .normalize import Tok, tokenize
from .passage import Passage

_OTHERS = frozenset(
    [
        "some",
        "others",
        "other",
        "people",
        "critics",
        "many",
        "those",
        "they",
        "opponents",
        "somebody",
        "someone",
        "you",  # "You say we were 'caught sleeping'": the questioner's words, repeated
        "opposition",
        "sceptics",
        "skeptics",
        "detractors",
        "rivals",
        "commentators",
        "media",
        "newspapers",
        "reports",
    ]
)
# what others want or claim ("some would prefer …", "the unions say that …"), as the
# stems the tokenizer gives ("argue" -> "argu", "wrote" -> "writ")
_WISH = frozenset(
    t.stem
    for t in tokenize(
        "prefer want wish demand ask call urge suggest claim say argue think believe insist "
        "expect propose write wrote written advise allege assert maintain urged argued "
        "believed proposed advised alleged warn warns warned"
    )
)
# … and, in the source only, an accusation ("The unions have accused the company of
# cutting …"; in a report, "accusing it of" is the speaker's own accusation) or what a
# document says ("The report speaks of systematic ill-treatment")
_SOURCE_CLAIMS = _WISH | frozenset(
    t.stem for t in tokenize("accuse accuses accused speak speaks spoke spoken")
)
# the parties whose claim the source may report: others, and a document that is not the
# speaker's ("The report speaks of …"; "our report" is the speaker's own)
_SOURCE_OTHERS = _OTHERS | frozenset(["report", "study", "letter", "petition"])
# words between a party and its claim verb ("It has also said that …")
_BETWEEN_CLAIM = frozenset(["have", "has", "had", "also", "publicly", "repeatedly", "even"])
# the verbs of a claim that a reported clause follows ("X said on Sunday that …")
_CLAIM_VERBS = frozenset(
    t.stem
    for t in tokenize(
        "say said claim write wrote written allege argue insist assert maintain tell told "
        "warn warns warned"
    )
)


_FRAMING_CUES = frozenset(
    ["about", "of", "against", "rejected", "dismissed", "refused", "resisted"]
)


_RELATIVES = frozenset(["which", "that", "who"])
# a report's words that make the speaker own a view ("conceded", "admitted", "echoed",
# "appeared to confirm the suspicions of his critics")
_ADMIT = frozenset(
    t.stem
    for t in tokenize(
        "admit admits admitted admitting admission concede concedes conceded conceding "
        "concession confess confessed confession echo echoes echoed echoing "
        "side sided siding endorse endorsed endorsing embrace embraced embracing "
        "confirm confirms confirmed confirming agree agrees agreed agreeing"
    )
)


_CLAIM_NOUNS = frozenset(
    [
        *("claims", "claim", "reports", "report", "rumours", "rumors", "rumour", "rumor"),
        *("allegations", "allegation", "suggestions", "suggestion", "speculation"),
        *("arguments", "argument", "accusations", "accusation", "assertion", "assertions"),
    ]
)


# the speaker, as a report refers to him or her
_THIRD_PERSON = frozenset(["he", "she", "him", "her"])
# verbs by which a report gives a judgement to whoever made it
_FINDING_VERBS = frozenset(
    t.stem
    for t in tokenize("found find finds concluded judged deemed assessed described called rated")
)


def _others_view_check(
    quote: str, context: str, res: _Result, index: SourceIndex, speaker: str | None = None
) -> _Result:
    """A short quote whose words, in the source, say what *others* want or claim ("some
    would prefer us to answer pressure with pressure"), reported as the speaker's own
    stance: ``altered`` (context), unless the report's sentence keeps that framing."""
    p = res.passage
    if p is None:
        return res
    lo = min(
        (j for st in p.al.steps if st.op not in ("insert", "skip") for j in st.s), default=None
    )
    if lo is None:
        return res
    k = int(index.sent_of[p.offset + lo])
    sent = index.sentences[k]
    before = index.tokens(sent.lo, p.offset + lo)
    stems = [t.stem for t in before]
    home = index.home_words(speaker)
    side = Side(before, "")
    # "some would prefer …", or a named party: "The Ulmerian side claimed that …"
    others = [
        n
        for n, t in enumerate(before)
        if (
            t.vkey in _SOURCE_OTHERS
            and not (n > 0 and before[n - 1].vkey in _FIRST_PERSON)
            and not _in_other_words(before, n)
        )
        # "He says that I have lost control": someone the speaker named before (in the
        # report, "he said" is the speaker)
        or t.vkey in ("he", "she")
        # "It says that …", "It has also said that …": an organisation's claim (not "it
        # is clear that")
        or (t.vkey == "it" and _claim_verb_after(before, n))
        # "It has also been said that …", "it is claimed that …": a view of nobody named
        or (
            t.vkey == "it"
            and any(x.vkey in ("been", "is", "was") for x in before[n + 1 : n + 4])
            and any(x.stem in _WISH for x in before[n + 2 : n + 5])
        )
        or (
            t.cap
            and t.kind == "word"
            and t.vkey not in _FIRST_PERSON
            # (a sentence's first word only when it is a name: "Dalvara says that …")
            and (n > 0 or not side.initial(n) or index.name_word(t.vkey))
            and t.vkey not in TITLE_WORDS
            and not _own_side(t.vkey, home)
        )
        # "The minister also demanded that …": someone the speaker names by office (a
        # speaker never calls himself "the minister")
        or (t.vkey in TITLE_WORDS and not t.cap and n > 0 and before[n - 1].vkey == "the")
    ]
    # "Dalvara says that …", "Hemprom's management said on Sunday that …", "The unions
    # say that …": a subject of a claim verb whose clause holds the quote
    # (not a claim the speaker makes: "Before I give you the figures, I ask you to stand")
    framed = [
        n
        for n in others
        if any(
            stems[m] in _SOURCE_CLAIMS
            and not _first_person_verb(before, m)
            and not _upkeep(before, m)
            for m in range(n + 1, min(len(stems), n + 7))
        )
    ]
    framed += [n for n in _claim_subjects(before, home) if n not in framed]
    # "I have also heard the claim that …", "there are rumours that …": a claim of
    # nobody named, whose clause holds the quote
    framed += [
        n
        for n, t in enumerate(before[:-1])
        if t.vkey in _CLAIM_NOUNS
        and before[n + 1].vkey == "that"
        and (n == 0 or before[n - 1].vkey not in _RELATIVES)
        and n not in framed
    ]
    # the speaker turns against the party ("I thank the Ministry for its help, but I
    # want to stress that …"): what follows "but" is hers; and what the party did not
    # ask for or say ("The Fund has not asked for a freeze on pensions") is the
    # speaker's own statement about it
    framed = [
        n for n in framed if not any(x.vkey in ("but", "not", "never") for x in before[n + 1 :])
    ]
    # a new clause between the claim and the quote ("every other union will ask for the
    # same, and that would cost [more than a billion]"): the quote is the speaker's own
    framed = [n for n in framed if not _clause_between(index, sent.lo, before, n)]

    if not framed or _endorsed_after(index, k) or _adopted_after(index, p, sent.hi):
        return res
    # the quote says itself that the view is others' ("there are Tarvenians 'who want me
    # to hit back'")
    if _own_frame(res.qtoks):
        return res
    if _denied_in_report(before, context[: max(0, context.find(quote))]):
        return res
    around = _claim_around(quote, context[_topic_end(quote, context) :])
    ctx_toks = tokenize(around)
    # "… City News, which reports Cersak as warning that": the outlet's verb, no others
    # (and "the president told nationalist critics that": the others are his audience)
    ctx = {
        t.vkey
        for n, t in enumerate(ctx_toks)
        if not (
            t.vkey in ("reports", "report")
            and n > 0
            # (… or "Radio Korvel One reports that": an outlet's verb after its name)
            and (ctx_toks[n - 1].vkey in _RELATIVES or ctx_toks[n - 1].cap)
        )
        and not _addressed(ctx_toks, n)
    }
    lead = tokenize(context[: max(0, context.find(quote))])
    # "conceded what Finance Minister Kelbar has been saying", "seemed to echo her
    # harshest critics": the report names the others only to make their view his own
    at = next((n for n, t in enumerate(lead) if t.stem in _ADMIT), None)
    # (not "conceded that some in the region would prefer that …": the others' wish is kept)
    admits = at is not None and not _others_wish_after(lead, at)
    if not admits and (ctx & _OTHERS or _wish_of_others(Side(ctx_toks, around), home, speaker)):
        return res
    # the report keeps the framing: "rejected the Varnesian claim that …"
    parties = {before[n].vkey for n in framed}
    # … or the quote itself names the party and its claim ("Sovereignty over all three
    # islands was the Brenavan delegation's first demand")
    if parties & {t.vkey for t in res.qtoks} and {t.stem for t in res.qtoks} & _SOURCE_CLAIMS:
        return res
    for n, t in enumerate(lead):
        if not admits and t.vkey in parties and any(x.stem in _WISH for x in lead[n + 1 :]):
            return res
    # "many parents are asking" / the report's "Parents, he said, are asking": the noun
    # that "many" or "some" counts names the party, whose verb governs the quote (not
    # "gave ground to economists who want …: '…'", where the words are made his)
    counted = {
        before[n + 1].vkey
        for n in framed
        if before[n].vkey in ("many", "some", "other")
        and n + 1 < len(before)
        and not is_function(before[n + 1])
    }
    if (
        not admits
        and counted & {t.vkey for t in lead}
        and any(x.stem in _WISH for x in lead[-2:])
        and not re.search(r"[:]\s*$", context[: max(0, context.find(quote))].rstrip('"“ '))
    ):
        return res
    # … or names the claim as someone else's: "rejected Dalvara's claim that", "the two
    # dissenters had argued that"
    # (the claim verb nearest the quote governs it: "accounts say the president told
    # viewers that …" is the president's claim)
    clause = tokenize(re.split(r"[:;—–]", context[: max(0, context.find(quote))])[-1])
    verbs = [n for n, t in enumerate(clause) if t.stem in _CLAIM_VERBS]
    if (
        not admits
        and verbs
        and any(
            n == verbs[-1] and not speaker_matches(re.sub(r"['’]s$", "", clause[k].raw), speaker)
            for k, n in _claims(clause, home)
        )
    ):
        return res
    # … or gives them to a document the source names too ("an inspection report had
    # warned that the wall was 'the weakest point'" / "In an inspection report, the
    # inspectors warned that …")
    if {t.vkey for t in before} & {t.vkey for t in clause} & _DOCUMENTS:
        return res
    # the quote carries the attribution itself ("According to the mission, the vote was
    # well run"), or the report gives a finding to its party ("the observer mission had
    # found the election 'well administered'")
    if any(t.vkey == "according" for t in res.qtoks) or _finding_of_other(clause, home, speaker):
        return res
    # … or calls them a claim of nobody in particular: "asked about claims that", "denied
    # reports that", "rumours that"
    # ("rejected arguments at home that talking to them was", "summarised his claim as a
    # death toll")
    # (the "that" nearest the quote governs it: "Radio Korvel One reports that the
    # president told nationalist critics that …" is the president's claim)
    thats = [
        k for k in range(max(1, len(clause) - 12), len(clause)) if clause[k].vkey in ("that", "as")
    ]
    if (
        not admits
        and thats
        and any(
            clause[n].vkey in _CLAIM_NOUNS and clause[n - 1].vkey not in _RELATIVES
            for n in range(max(1, thats[-1] - 4), thats[-1])
        )
    ):
        return res
    return _Result(
        "altered",
        "context",
        [
            "context: in the source these words describe what others want or say, not the "
            f"speaker's own position: '{index.sentence_text(k)}'"
        ],
        0.7,
        p,
        res.qtoks,
    )


# words by which the speaker calls a view he reports wrong
_REJECTING = frozenset(["wrong", "false", "untrue", "nonsense", "mistaken", "lie", "lies"])
# what the speaker did on the advice just reported ("…, and I gave that order")
_ADOPT = frozenset(
    t.stem for t in tokenize("gave give did do followed follow agreed accepted ordered took acted")
)


def _adopted_after(index: SourceIndex, p: Passage, hi: int) -> bool:
    """The source sentence goes on, after the quoted words, with the speaker acting on the
    view it reported ("the Centre advised us to disconnect all eleven hospitals, and I
    gave that order immediately"): the view became the speaker's own."""
    end = max(
        (j for st in p.al.steps if st.op not in ("insert", "skip") for j in st.s), default=None
    )
    if end is None:
        return False
    rest = index.tokens(p.offset + end + 1, hi)
    return any(
        a.vkey == "and"
        and b.vkey in ("i", "we")
        and any(x.stem in _ADOPT for x in rest[n + 2 : n + 5])
        for n, (a, b) in enumerate(itertools.pairwise(rest))
    )


def _denied_in_report(before: Sequence[Tok], lead_text: str) -> bool:
    """The report denies what the source calls wrong to say ("The city, he insisted, was
    not 'without defence'" / "it is wrong to say that the city was left without
    defence"): the report keeps the speaker's own position."""
    if not {x.vkey for x in before} & _REJECTING:
        return False
    return bool({x.vkey for x in tokenize(lead_text)[-3:]} & {"not", "never", "no"})


def _own_frame(qtoks: Sequence[Tok]) -> bool:
    """The quote opens on a relative clause of wanting or claiming ("who want me to hit
    back …", "that say the dam …"): it names the view as someone's."""
    return (
        len(qtoks) > 2
        and qtoks[0].vkey in _RELATIVES
        and any(t.stem in _SOURCE_CLAIMS for t in qtoks[1:3])
    )


# how a speaker takes up the view just reported as his own ("… has said that there are too
# few veterinarians. They are right: …")
_ENDORSEMENTS = (
    ("they", "are", "right"),
    ("he", "is", "right"),
    ("she", "is", "right"),
    ("that", "is", "true"),
    ("this", "is", "true"),
    ("that", "is", "correct"),
    ("i", "agree"),
    ("we", "agree"),
)


def _endorsed_after(index: SourceIndex, k: int) -> bool:
    """The speaker's next sentence opens by agreeing with the view sentence ``k``
    reports: the view is the speaker's own too."""
    _lo, hi = index.run_bounds(k)
    if k + 1 >= hi:
        return False
    nxt = index.sentences[k + 1]
    words = tuple(t.vkey for t in index.tokens(nxt.lo, min(nxt.hi, nxt.lo + 4)))
    return any(words[: len(e)] == e for e in _ENDORSEMENTS)


# documents whose findings a speaker reports
_DOCUMENTS = frozenset(
    ["report", "inspection", "audit", "study", "review", "assessment", "letter", "petition"]
)


_TOLD = frozenset(["told", "tell", "tells", "telling", "assured", "reminded", "warned"])


def _addressed(toks: Sequence[Tok], n: int) -> bool:
    """Whether the word at ``n`` is told something: the object of "told" (at most one
    word between, "told nationalist critics"), whom the words are addressed to, not
    whose view they are."""
    return toks[n].vkey in _OTHERS and any(
        toks[k].vkey in _TOLD and all(x.kind == "word" for x in toks[k + 1 : n])
        for k in range(max(0, n - 2), n)
    )


def _first_person_verb(before: Sequence[Tok], m: int) -> bool:
    """The verb at ``m`` has the speaker as its subject ("I ask you", "we would urge")."""
    return any(t.vkey in ("i", "we") for t in before[max(0, m - 3) : m])


_DEMONSTRATIVE_VERBS = frozenset(
    ["would", "will", "is", "was", "has", "had", "could", "can", "means", "may", "must"]
)


def _clause_between(index: SourceIndex, lo: int, before: Sequence[Tok], n: int) -> bool:
    """A comma and "and"/"so" (or a semicolon) between the party at ``n`` and the quote."""
    text = index.sources[index.sentences[int(index.sent_of[lo])].source].text
    for k in range(n + 2, len(before)):
        gap = text[before[k - 1].end : before[k].start]
        # (", and that the Front was forced …" goes on with the same claim; ", and that
        # would cost …" is a clause of the speaker's)
        nxt = [t.vkey for t in before[k + 1 : k + 3]]
        same_claim = nxt[:1] == ["that"] and (len(nxt) == 1 or nxt[1] not in _DEMONSTRATIVE_VERBS)
        if ";" in gap or (
            "," in gap and before[k].vkey in ("and", "so", "which") and not same_claim
        ):
            return True
    return False


def _topic_end(quote: str, context: str) -> int:
    """Where the report's own clause starts after a topic line ("On the opposition:
    Voloscak also said '…'"): past a colon that a clause with a speech verb, not the
    quote, follows; 0 when there is none."""
    at = context.find(quote)
    if at < 0:
        return 0
    colon = context.rfind(":", 0, at)
    if colon < 0:
        return 0
    between = tokenize(context[colon + 1 : at])
    if any(t.stem in _CLAIM_VERBS or t.vkey in _SPEECH for t in between):
        return colon + 1
    return 0


def _others_wish_after(toks: Sequence[Tok], start: int) -> bool:
    """Others and their wish or claim after ``start`` ("some in the region would prefer"),
    with no "he"/"she" between them ("echo her critics when she said" is hers) and not
    as the object of the admission ("conceded what her critics have said")."""
    for n in range(start, len(toks)):
        if toks[n].vkey not in _OTHERS:
            continue
        if any(toks[k].vkey == "what" for k in range(max(start, n - 3), n)):
            continue  # "conceded what her critics have said": he concedes its content
        for k in range(n + 1, min(len(toks), n + 7)):
            if toks[k].vkey in _THIRD_PERSON:
                break
            if toks[k].raw.lower().endswith("ing") and toks[k].start - toks[k - 1].end >= 2:
                break  # "confirm the suspicions of his critics, saying that": his words
            if toks[k].stem in _WISH:
                return True
    return False


def _wish_of_others(side: Side, home: frozenset[str], speaker: str | None) -> bool:
    """The report's clause names a wish or claim as someone else's ("rejected calls from
    some politicians to …", "asked about calls to …", "the Morvask side claims …"). A wish
    with no one else near it ("the army wants to …", "she wants to …") puts the words
    back in the speaker's mouth."""
    own = set(speaker_key(speaker))
    toks = side.toks
    for n, t in enumerate(toks):
        if t.stem not in _WISH or t.stem in _SPEECH:
            continue
        if n > 0 and toks[n - 1].vkey in _FRAMING_CUES:
            return True
        for k in range(max(0, n - 3), min(len(toks), n + 4)):
            u = toks[k]
            if u.vkey in _OTHERS:
                return True
            if (
                u.cap
                and u.kind == "word"
                and not side.initial(k)
                and u.vkey not in own
                and u.vkey not in TITLE_WORDS
                and not _own_side(u.vkey, home)
            ):
                return True
    return False


def _finding_of_other(clause: Sequence[Tok], home: frozenset[str], speaker: str | None) -> bool:
    """The report's clause before a quote has a third party find or call something
    ("the mission itself had found the election …"): the judgement is given as theirs."""
    for n, t in enumerate(clause):
        if t.stem not in _FINDING_VERBS or n == 0:
            continue
        k = n - 1
        while k > 0 and clause[k].vkey in ("have", "has", "had", "also", "itself", "themselves"):
            k -= 1
        subj = clause[k]
        if (
            subj.kind == "word"
            and not is_function(subj)
            and subj.vkey not in _FIRST_PERSON
            and subj.vkey not in _THIRD_PERSON
            and not _own_side(subj.vkey, home)
            and not speaker_matches(subj.raw, speaker)
        ):
            return True
    return False


def _claim_subjects(before: Sequence[Tok], home: frozenset[str]) -> list[int]:
    return [k for k, _ in _claims(before, home)]


def _claims(before: Sequence[Tok], home: frozenset[str]) -> list[tuple[int, int]]:
    """(subject, verb) positions of "X says/said/wrote (…) that": the word right before a
    claim verb that a "that" (or the quote itself) follows, when it is no first person or
    home word and no "our …"."""
    out: list[tuple[int, int]] = []
    for n, t in enumerate(before):
        if t.stem not in _CLAIM_VERBS or n == 0 or _upkeep(before, n):
            continue
        rest = [u.vkey for u in before[n + 1 : n + 5]]
        if rest and "that" not in rest and len(before) - n > 2:
            continue
        k = n - 1
        while k > 0 and (before[k].vkey in _BETWEEN_CLAIM or _aside(before, k)):
            k -= 1
        if (t.raw.lower().endswith("ing") and before[n].start - before[n - 1].end >= 2) or (
            before[k].vkey == "and"
        ):
            # "Scedrova floated a plan on inflation, telling reporters that", "the agency
            # changed its outlook and wrote that": the verb's subject is the clause's
            found = _clause_subject(before, n)
            if found is None:
                continue
            k = found
        subj = before[k]
        lead = {u.vkey for u in before[max(0, k - 2) : k]}
        if (
            subj.kind != "word"
            or is_function(subj)
            or subj.vkey in _FIRST_PERSON
            or subj.vkey in TITLE_WORDS
            or lead & _FIRST_PERSON
            or _own_side(subj.vkey, home)
        ):
            continue
        out.append((k, n))
    return out


_MAINTAIN = frozenset(t.stem for t in tokenize("maintain maintains maintained"))


def _upkeep(toks: Sequence[Tok], m: int) -> bool:
    """ "Kvantis also maintains part of the customs system": looks after, no claim (a
    claim is "maintains that …")."""
    return toks[m].stem in _MAINTAIN and [t.vkey for t in toks[m + 1 : m + 2]] != ["that"]


def _in_other_words(toks: Sequence[Tok], n: int) -> bool:
    """ "In other words, …": the speaker putting it another way, no others."""
    return (
        toks[n].vkey == "other"
        and n > 0
        and toks[n - 1].vkey == "in"
        and [t.vkey for t in toks[n + 1 : n + 2]] in (["words"], ["word"])
    )


def _claim_verb_after(toks: Sequence[Tok], n: int) -> bool:
    """A claim verb follows ``n``, past auxiliaries and "also" ("it has also said")."""
    k = n + 1
    while k < len(toks) and toks[k].vkey in _BETWEEN_CLAIM:
        k += 1
    return k < len(toks) and toks[k].stem in _WISH


# "He did, after all, say that": an aside between a subject and its verb
_ASIDES = frozenset([("after", "all"), ("of", "course"), ("in", "fact")])


def _aside(toks: Sequence[Tok], k: int) -> bool:
    """Token ``k`` is part of an aside or an emphatic "did" between a subject and its
    verb ("after all", "of course", "in fact")."""
    here = toks[k].vkey
    before = toks[k - 1].vkey if k > 0 else ""
    after = toks[k + 1].vkey if k + 1 < len(toks) else ""
    return here in ("did", "does", "do") or (before, here) in _ASIDES or (here, after) in _ASIDES


def _clause_subject(toks: Sequence[Tok], n: int) -> int | None:
    """The first name before position ``n`` (an opening adverb, "Incredibly,", is none)."""
    for m in range(n):
        t = toks[m]
        if (
            t.cap
            and t.kind == "word"
            and not is_function(t)
            and t.vkey not in TITLE_WORDS
            and not (m == 0 and t.raw.lower().endswith("ly"))
        ):
            return m
    return None
