"""Words added: a condition, a cause or a claim in words of the quote's own that the
passage and the sentences around it do not have (fillers, modals, hedges and
rewordings excused).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from ...analyse.time import MONTHS, WEEKDAYS
from ..align import antonym_pairs, is_function, negation_words, phrase_ends, synonymous
from ..normalize import Tok, stem, tokenize
from .base import (
    Finding,
    Side,
    _as_long_as_figure,
    _if_whether,
    _norm_word,
    _occurrences,
    _past_verb,
    same_root,
)
from .cuts import imperative_condition
from .negation import _exception_of, _exclusive, _says_only, but_for_not, negated_opposite
from .numbers import in_clock
from .reversals import _BE
from .rewording import rewording_blocks
from .view import _matched, _sentences_around, _View

# verbs that carry a noun's meaning ("express support", "put forward a demand", "X deserve
# our gratitude" for "I thank X"), as the stems the tokenizer gives. "make", "take",
# "give" and "carry" stood here as words the tokenizer never gives ("make" -> "mak"), so
# they never counted; counted, they hid two added claims on the opened statements ("will
# be taken on computers", "made some remarks") and freed no faithful quote, so they stay
# out.
LIGHT_VERBS = frozenset(
    t.stem
    for t in tokenize(
        "express expresses expressed get gets got put puts pay pays paid offer offers "
        "offered deserve deserves deserved"
    )
)


_PARTICLES = frozenset(["back", "out", "up", "off", "down", "away", "forward", "over"])
# words that stand in for a thing named elsewhere in the sentence: "A ban … is something I
# do not exclude" / "I do not rule out a ban": the translator's frame, no claim of its own
# words that stand for something the sentence names elsewhere ("six-minute intervals rather
# than ten-minute ones")
_PRO_FORMS = frozenset(
    ["something", "anything", "someone", "somebody", "anyone", "anybody", "ones"]
)


_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "there"])


def _temporal_since(side: Side, i: int, words: str) -> bool:
    """ "the first time since the outbreak", "since March": "since" of time. It is read
    as a cause only where it opens a clause with a pronoun subject ("since we have no
    money, …", "…, since they refused")."""
    if words != "since":
        return False
    opens = i == 0 or side.initial(i) or "," in side.text[side.toks[i - 1].end : side.toks[i].start]
    nxt = side.toks[i + 1].vkey if i + 1 < len(side.toks) else ""
    return not (opens and nxt in _SUBJECT_PRONOUNS)


_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that"]
)


def _scheduled(side: Side, due: int, nxt: int) -> bool:
    """ "The first shipment is due to reach …": "due to" after a form of "be" and before a
    word that opens no noun phrase (a verb), a schedule."""
    be = due > 0 and side.toks[due - 1].vkey in ("is", "are", "was", "were", "be", "been")
    after = side.toks[nxt]
    return be and after.kind == "word" and not after.cap and after.vkey not in _DETERMINERS


def _marker(side: Side, idx: Sequence[int], name: str) -> bool:
    return bool(_markers(side, idx, name))


def _markers(side: Side, idx: Sequence[int], name: str) -> list[tuple[int, int, str]]:
    """The occurrences of ``name``'s markers among the tokens ``idx`` (positions within
    ``idx``), less those that mark no cause or condition here."""
    toks = [side.toks[i] for i in idx]
    occ = _occurrences(toks, name)
    if name == "causes.txt":
        # "I don't know what caused the blast": a question about a cause is no cause
        occ = [
            o
            for o in occ
            if not (
                idx[o[0]] > 0 and side.toks[idx[o[0]] - 1].vkey in ("what", "who", "whether", "if")
            )
            and not _temporal_since(side, idx[o[0]], " ".join(t.vkey for t in toks[o[0] : o[1]]))
            # "due to be freed", "is due to reach the terminal": a schedule, not a cause
            and not (
                " ".join(t.vkey for t in toks[o[0] : o[1]]) == "due to"
                and idx[o[1] - 1] + 1 < len(side.toks)
                and (
                    side.toks[idx[o[1] - 1] + 1].vkey == "be"
                    or _scheduled(side, idx[o[0]], idx[o[1] - 1] + 1)
                )
            )
        ]
    if name == "conditions.txt":
        occ = [
            o
            for o in occ
            if not _if_whether(side.toks, idx[o[0]], idx[o[0]] + 1)
            and not _as_long_as_figure(side.toks, idx[o[0]], idx[o[1] - 1] + 1)
            and not _once_in_the_past(side.toks, idx[o[0]])
        ]
    return occ


def _once_in_the_past(toks: Sequence[Tok], k: int) -> bool:
    """ "Once trading had finished last Friday, the agency lowered …": "once" before a
    past event tells when it happened ("after"), it sets no condition."""
    if toks[k].vkey != "once":
        return False
    return any(t.vkey in ("had", "was", "were") for t in toks[k + 1 : k + 5])


_BARE = frozenset(
    ["the", "a", "an", "of", "to", "and", "that", "this", "is", "are", "was", "were", "be"]
)


_CAUSATIVE = frozenset(
    stem(w)
    for w in (
        *("add", "adds", "added", "cause", "causes", "caused", "force", "forces", "forced"),
        *("mean", "means", "meant", "make", "makes", "made", "lead", "leads", "led"),
        *("cost", "costs", "delay", "delays", "delayed", "bring", "brings", "brought"),
        *("raise", "raises", "raised", "cut", "cuts", "keep", "keeps", "kept"),
    )
)


_TROUBLES = frozenset(
    stem(w) for w in ("problem", "trouble", "difficulty", "difficulties", "issue")
)


def _cause_of_the_problem(v: _View, run: Sequence[int]) -> bool:
    """ "It was not the fund's size that caused the trouble" / "The problem was not the
    size of the fund": what caused the trouble is what the source calls the problem."""
    after = [t.stem for t in v.q.toks[max(run) + 1 : max(run) + 4]]
    return bool(set(after) & _TROUBLES) and any(
        v.s.toks[j].stem in _TROUBLES for j in v.region | v.scope
    )


def _cause_is_subject(v: _View, run: Sequence[int]) -> bool:
    """The quote's cause is what the source sentence opens with, as its subject: "The
    detour adds 20 minutes to a journey" / "a journey takes 20 minutes longer because
    of the detour"."""
    if not v.region:
        return False
    start = min(v.region)
    while start > 0 and not v.s.sentence_break(start):
        start -= 1
    toks = v.s.toks
    first = next(
        (k for k in range(start, min(len(toks), start + 4)) if not is_function(toks[k])), None
    )
    # the subject does something to the rest: "adds", "causes", "forces", "means"
    if first is None or not any(
        t.stem in _CAUSATIVE for t in toks[first + 1 : min(len(toks), first + 4)]
    ):
        return False
    subject = [toks[first].stem]
    for _lo, hi, _ in _markers(v.q, list(run), "causes.txt"):
        end = run[hi - 1] + 1
        named = [t.stem for t in v.q.toks[end : end + 4] if not is_function(t) and t.kind == "word"]
        if named and named[0] in subject:
            return True
    return False


def _cause_moved(v: _View, run: Sequence[int]) -> bool:
    """The source sentence gives the same cause at its other end: "Because of it, the
    people … spent the weekend away" / "… had to spend the weekend outside their homes
    because of it": a cause marker of the sentence followed by a word the quote's marker
    is followed by too ("because … 38 degrees")."""

    def after(side: Side, idx: Sequence[int]) -> set[str]:
        out: set[str] = set()
        for _lo, hi, _ in _markers(side, idx, "causes.txt"):
            end = idx[hi - 1] + 1
            out |= {t.vkey for t in side.toks[end : end + 8]} - _BARE
        return out

    scope = sorted(v.scope | v.region)
    return bool(scope) and bool(after(v.q, list(run)) & after(v.s, scope))


# words of the passage that already give a cause: "was not a consequence of the crisis"
# / "did not happen because of the crisis", "under threat" / "because of threats"
_CAUSE_WORDS = frozenset(
    stem(w)
    for w in (
        "cause",
        "caused",
        "because",
        "reason",
        "result",
        "consequence",
        "basis",
        "threat",
        "pressure",
    )
)


def _source_names_a_cause(v: _View) -> bool:
    """The passage itself speaks of a cause ("was the cause of their deaths"), so a
    second translator's "caused their deaths" adds none."""
    stems = {t.stem for j, t in enumerate(v.s.toks) if j in v.region}
    if stems & _CAUSE_WORDS:
        return True
    # a consequence said the other way round: "The paper is compulsory, so all … are
    # affected" / "Because every candidate has to take the paper, all … are affected"
    region = sorted(v.region)
    # up to three words past the words the quote renders, in the same sentences: "… from
    # its budget because of this" / "… cut by a single vell as a result"
    edges = {j for k in (1, 2, 3) for j in (region[0] - k, region[-1] + k)} if region else set()
    if _markers(v.s, sorted(set(region) | (edges & v.scope)), "causes.txt"):
        return True
    # ", so all are affected", and "So I do not count on that money" at the start of a
    # sentence: the consequence of what came before
    if any(
        v.s.toks[j].vkey == "so"
        and (j == 0 or re.search(r"[,.;:!?]", v.s.text[v.s.toks[j - 1].end : v.s.toks[j].start]))
        and not (j + 1 < len(v.s.toks) and v.s.toks[j + 1].vkey in ("far", "much", "many", "that"))
        for j in ([region[0] - 1] if region and region[0] > 0 else []) + region
    ):
        return True
    # "that is exactly why both sides trusted it" / "it is precisely for that reason"
    if any(
        v.s.toks[j].vkey == "why"
        and any(t.vkey in ("is", "was", "why's") for t in v.s.toks[max(0, j - 3) : j])
        for j in region
    ):
        return True
    if _sanctioned_for(v.s, region):
        return True
    # a consequence drawn from what came before: "That means the government can count on
    # 65 votes" / "the government can therefore rely on 65 votes"
    lo = region[0] if region else 0
    vk = [t.vkey for t in v.s.toks]
    return any(
        vk[j] in ("that", "this", "which", "it") and vk[j + 1 : j + 2] in (["means"], ["meant"])
        for j in range(max(0, lo - 3), (region[-1] if region else lo))
    )


# verbs that sanction or reward someone "for" what they did: the "for" gives the cause
_SANCTIONS = frozenset(
    stem(w)
    for w in (
        *("fine", "fined", "punish", "punished", "convict", "convicted", "sentence"),
        *("sentenced", "jail", "jailed", "arrest", "arrested", "charge", "charged", "sue"),
        *("sued", "blame", "blamed", "penalise", "penalised", "penalize", "penalized"),
        *("sanction", "sanctioned", "prosecute", "prosecuted", "dismiss", "dismissed"),
        *("condemn", "condemned", "criticise", "criticised", "criticize", "criticized"),
        *("praise", "praised", "thank", "thanked", "reward", "rewarded", "expel", "expelled"),
    )
)


def _sanctioned_for(side: Side, region: Sequence[int]) -> bool:
    """ "We have fined four chains … for fixing the prices": "for" and a gerund after a
    verb of sanction or reward give the cause ("because they fixed the prices")."""
    for j in region:
        if side.toks[j].vkey != "for" or j + 1 >= len(side.toks):
            continue
        if not side.toks[j + 1].vkey.endswith("ing") or side.toks[j + 1].vkey == "during":
            continue
        if any(t.stem in _SANCTIONS for t in side.toks[max(0, j - 10) : j]):
            return True
    return False


def _reworded(v: _View) -> set[int]:
    """Quote words that stand in a gap where the source has other words of its own and
    nothing loaded is unpaired: reworded, not added."""
    return {i for b in rewording_blocks(v.q, v.s, v.steps) if not b.loaded for i in b.q}


def _phrase_synonyms(v: _View) -> set[int]:
    """Quote tokens inside a phrase of the synonym table whose group the source window
    also has, wherever it stands there ("a lockdown of the whole country" / "a national
    lockdown": the modifier moved, so the aligner could not pair it)."""
    s_groups: set[int] = set()
    for ends in phrase_ends(v.s.toks).values():
        for _k, gids in ends:
            s_groups |= gids
    out: set[int] = set()
    for end, spans in phrase_ends(v.q.toks).items():
        for k, gids in spans:
            if gids & s_groups:
                out.update(range(end - k, end))
    return out


ADDED_CONTEXT_SENTENCES = (
    1  # sentences either side of the passage whose words excuse an "added" word
)


def _scope_around(v: _View) -> set[int]:
    """Source tokens of the sentences the passage touches and :data:`ADDED_CONTEXT_SENTENCES`
    either side: a quote word found there is the speaker's, moved; one found only further
    away was taken from another statement ("600 families … since the crossing was closed")."""
    if not v.scope:
        return set(range(len(v.s.toks)))
    return set(_sentences_around(v, ADDED_CONTEXT_SENTENCES, ADDED_CONTEXT_SENTENCES))


def _added(v: _View, cq: set[int], *, markers_only: bool) -> list[Finding]:
    out: list[Finding] = []
    around = [v.s.toks[j] for j in sorted(_scope_around(v))]
    window_stems = {t.stem for t in around}
    # the parts of a compound: "life-threatening" holds "threatens … life"
    window_stems |= {
        stem(_norm_word(part))
        for t in around
        if "-" in t.raw
        for part in t.raw.split("-")
        if len(part) > 2
    }
    # a verb and its particle apart ("pay that back"): "repay" renders the phrasal verb
    window_stems |= {
        f"{a.stem} {b.stem}"
        for n, a in enumerate(around)
        for b in around[n + 1 : n + 4]
        if b.vkey in _PARTICLES
    }
    runs: list[list[int]] = []
    cur: list[int] = []
    for st in v.steps:
        if st.op == "insert" and not v.q.toks[st.q[0]].bracket:
            cur.append(st.q[0])
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    reworded = _reworded(v)
    in_phrases = _phrase_synonyms(v)
    # "of course", "all the same", "let me say": phrases of fillers.txt claim nothing
    filler = {
        k
        for lo, hi, _ in _occurrences(v.q.toks, "fillers.txt")
        if hi - lo > 1
        for k in range(lo, hi)
    }
    # modal words and hedges ("would be able to", "as much as") are compared by their
    # own checks: added, they change the modality or the hedge, not add a claim
    filler |= {
        k
        for name in ("modality.tsv", "hedges.txt")
        for lo, hi, _ in _occurrences(v.q.toks, name)
        for k in range(lo, hi)
    }
    # a negation moved into words ("it falls short" / "that is not enough") renders the
    # source's negation; the negation check counts it
    if any(v.s.toks[j].vkey in negation_words() for j in v.region | v.scope):
        vk = [t.vkey for t in v.q.toks]
        filler |= {
            k
            for n in range(len(vk) - 1)
            if vk[n] in _FALL and vk[n + 1] == "short"
            for k in (n, n + 1)
        }
    if _says_only(v.s, v.region | v.scope):  # "nobody apart from" renders "only"
        filler |= {k for i in range(len(v.q.toks)) if _exclusive(v.q, i) for k in (i, i + 1, i + 2)}
    # a cause put in place of other words: "died during the blackout" → "because of"
    for st in v.steps:
        if st.op == "replace" and not any(i in cq for i in st.q):
            near = sorted({*st.q, *(i + 1 for i in st.q if i + 1 < len(v.q.toks))})
            if (
                _marker(v.q, near, "causes.txt")
                and not _source_names_a_cause(v)
                and not _cause_moved(v, near)
                and not _cause_is_subject(v, near)
                and not _cause_of_the_problem(v, near)
            ):
                out.append(Finding("cause-added", f"cause added: '{v.q.words(near)}'", 0.85))
                cq.update(near)
            # a condition put in place of other words: "and we have never offered" →
            # "unless both sides ask us to"
            elif (
                _marker(v.q, list(st.q), "conditions.txt")
                and not _condition_moved(v, list(st.q))
                and not _gerund_condition(v)
                and not _but_for_without(v, list(st.q))
                # "only with the consent of the Assembly" / "only if the Assembly agrees"
                and not any(v.s.toks[j].vkey in _RESTRICTING for j in v.scope | v.region)
            ):
                out.append(Finding("condition-added", f"condition added: '{v.q.words(st.q)}'", 0.9))
                cq.update(st.q)
    agent = _agent_added(v, cq)
    if agent:
        # "were killed … by their artillery" / "were killed …": who did it
        what = v.q.words(agent)
        out.append(
            Finding("cause-added", f"cause added: '{what}' (the source does not say by whom)", 0.85)
        )
        cq.update(agent)
    clause = [] if markers_only else _tail_clause(v, filler)
    if clause and not any(i in cq for i in clause):
        out.append(
            Finding("claim-added", f"words added: '{v.q.words(clause)}'", 0.75, tuple(clause))
        )
        cq.update(clause)
    for run in runs:
        run = [i for i in run if i not in cq]
        if not run:
            continue
        text = v.q.words(run)
        if (
            _marker(v.q, run, "conditions.txt")
            and not _condition_moved(v, run)
            and not _gerund_condition(v)
            and not _but_for_without(v, run)
            # "nobody may leave unless they have a permit" / "only people with a permit"
            and not (
                _says_only(v.s, v.region | v.scope) and any(_exception_of(v.q, i) for i in run)
            )
        ):
            out.append(Finding("condition-added", f"condition added: '{text}'", 0.9))
            cq.update(run)
            continue
        if (
            _marker(v.q, run, "causes.txt")
            and not _source_names_a_cause(v)
            and not _cause_moved(v, run)
            and not _cause_is_subject(v, run)
            and not _cause_of_the_problem(v, run)
        ):
            out.append(Finding("cause-added", f"cause added: '{text}'", 0.85))
            cq.update(run)
            continue
        if markers_only:
            continue
        # a condition the source states too ("unless we paid" / "if we did not pay"):
        # its marker claims nothing new
        moved = (
            {
                k
                for lo, hi, _ in _occurrences(v.q.toks, "conditions.txt", set(run))
                for k in range(lo, hi)
            }
            if _marker(v.q, run, "conditions.txt")
            else set()
        )
        content = [
            i
            for i in run
            if i not in moved
            and not is_function(v.q.toks[i])
            and v.q.toks[i].kind == "word"
            # "None of the other objects" / "have not been found": a negation is the
            # negation check's to count, not a claim added
            and v.q.toks[i].vkey not in negation_words()
            and v.q.toks[i].stem not in LIGHT_VERBS
            and v.q.toks[i].vkey not in _PRO_FORMS
            # "no longer" is a negation (of time) and "any" after a negation is its
            # reach: "there was no longer any contact" / "contact had been lost"
            and not (
                v.q.toks[i].vkey in ("longer", "any")
                and any(t.vkey in negation_words() for t in v.q.toks[max(0, i - 2) : i])
            )
            # "put forward a demand" / "made a demand": the particle of a light verb
            and not (
                v.q.toks[i].vkey in _PARTICLES and i > 0 and v.q.toks[i - 1].stem in LIGHT_VERBS
            )
            # "the danger level stood at 4" / "was 4": a figure's copula
            and not (
                v.q.toks[i].vkey in ("stood", "stands", "stand")
                and [t.vkey for t in v.q.toks[i + 1 : i + 2]] == ["at"]
                and i + 2 < len(v.q.toks)
                and v.q.toks[i + 2].kind == "num"
            )
        ]
        new = [
            i
            for i in content
            # units a figure was converted into ("four decades" / "40 years"), "both" for "two"
            if not v.q.toks[i].stem.startswith(("decad", "centur"))
            and not (v.q.toks[i].vkey == "both" and "2" in {t.vkey for t in v.s.toks})
            # "all 23 crew members" for "the 23 crew members": the figure is the whole
            and not (
                v.q.toks[i].vkey == "all"
                and i + 1 < len(v.q.toks)
                and v.q.toks[i + 1].kind == "num"
                and _matched(v.q_match.get(i + 1, ("insert", ()))[0])
            )
            and v.q.toks[i].stem not in window_stems
            and not in_clock(v.q, i)
            and not any(synonymous(v.q.toks[i].stem, s_) for s_ in window_stems)
            # "make the data public" / "publish the data"
            and not any(same_root(v.q.toks[i].stem, s_) for s_ in window_stems)
            and i not in in_phrases
            and i not in filler
            and not (v.q.toks[i].stem in _EXISTENCE and _there_is(v))
            # (the quote's negation stands before its word: "nobody acted on" / "ignored")
            and not negated_opposite(
                v.q.toks, range(max(0, i - 3), i + 1), v.s.toks, _scope_around(v)
            )
            and not _opposite_of_negated(v, i, around)
            # a word the quote repeats from its own matched words ("would hurt our
            # shoppers more than it would hurt the rulers" / "… more than the rulers")
            and not _repeated(v, i, run)
            # "since half of our fuel comes that way" / "because half of our fuel …"
            and not (v.q.toks[i].vkey == "since" and any(t.vkey == "because" for t in around))
        ]
        if new and not all(i in reworded for i in new):
            out.append(Finding("claim-added", f"words added: '{text}'", 0.75, tuple(run)))
            cq.update(run)
    return out


_COORDINATORS = frozenset(["and", "or", "but", "nor"])
_FALL = frozenset(["fall", "falls", "fell", "falling", "fallen"])

# matched words before an appended clause: the quote renders a passage, then goes on
TAIL_CLAUSE_AFTER = 4


def tail_clause(toks: Sequence[Tok], run: Sequence[int]) -> bool:
    """A run of added words that closes the quote as a clause of its own, led by "and",
    "or", "but" or "nor" ("…, and he has accepted", "… did not follow it or tell us"):
    the outlet goes on where the speaker stopped. "whether or not" is not one."""
    words = [n for n, t in enumerate(toks) if t.kind != "ellipsis"]
    if len(run) < 2 or not words or run[-1] != words[-1]:
        return False
    first = toks[run[0]]
    return first.vkey in _COORDINATORS and not (first.vkey == "or" and toks[run[1]].vkey == "not")


def _tail_clause(v: _View, filler: set[int]) -> list[int]:
    """The quote's closing words when they are a :func:`tail_clause` the alignment left
    unpaired, after at least :data:`TAIL_CLAUSE_AFTER` matched words and with a content
    word of its own (not a filler, modal or hedge); else []. One word of it may be
    paired on the way ("…, but [Tarvia] clearly wants one": the name stands in the
    passage too). Its words may stand in the sentences around the passage and still be
    a new claim: the speaker did not join them to this one."""
    steps = v.steps
    tail: list[int] = []
    bridged = False
    for k in range(len(steps) - 1, -1, -1):
        st = steps[k]
        if st.op == "insert" and not v.q.toks[st.q[0]].bracket:
            tail = [*st.q, *tail]
        elif not bridged and tail and len(st.q) == 1 and k > 0 and steps[k - 1].op == "insert":
            bridged = True
            tail = [*st.q, *tail]
        elif st.q or st.op != "delete":
            break
    starts = [n for n, i in enumerate(tail) if v.q.toks[i].vkey in _COORDINATORS]
    if not starts:
        return []
    clause = tail[starts[0] :]
    if not tail_clause(v.q.toks, clause):
        return []
    matched = sum(1 for st in steps if st.q and _matched(st.op))
    own = [
        i
        for i in clause
        if not is_function(v.q.toks[i]) and v.q.toks[i].kind == "word" and i not in filler
    ]
    if matched < TAIL_CLAUSE_AFTER + bridged or not own:
        return []
    # the clause renders words of the passage's own sentence that the alignment left
    # unpaired ("my door is open to its leaders, and I have respect for the union" for
    # "I respect the union, and my door is open to its leaders"): a reordered sentence
    paired_in_clause = {j for i in clause for j in v.q_match.get(i, ("insert", ()))[1]}
    spare = {
        v.s.toks[j].stem
        for j in (_sentences_around(v, 0, 0) if v.scope else ())
        if not _matched(v.s_match.get(j, ("delete", ()))[0]) or j in paired_in_clause
    }
    said = {t.stem for n, t in enumerate(v.q.toks) if n not in clause}
    if all(
        v.q.toks[i].stem in spare
        or any(synonymous(v.q.toks[i].stem, x) for x in spare)
        or v.q.toks[i].stem in said
        for i in own
    ) and any(v.q.toks[i].stem not in said for i in own):
        return []
    return clause


_AGENT_LEADS = frozenset(
    [
        "the",
        "their",
        "its",
        "his",
        "her",
        "our",
        "your",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
    ]
)
# participles that base._past_verb does not read as past (their stem is the word, or
# irregular.tsv lacks them)
_PARTICIPLES = frozenset(["hit", "caught", "hurt", "set", "put", "cut", "run"])
# "by the end of the week", "by the time it arrived": a time, no one who acted
_TIME_NOUNS = frozenset(
    ["end", "time", "noon", "midnight", "morning", "evening", "night", "weekend", "start", "close"]
)


def _agent_added(v: _View, cq: set[int]) -> list[int]:
    """The quote gives a passive verb of the passage someone who did it, in words of its
    own ("Two civilians were killed in Kresta on September 6 by their artillery" for "Two
    civilians were killed in Kresta on September 6", "had been weakened by the quarry"
    for "had been weakened, and the question is by what"): the "by" and its noun phrase,
    else []. The noun phrase opens with an article or a name and holds a word the
    passage's sentence does not ("The Morveshi army broke the truce" names the doer); the
    participle before it is matched, with a form of "be" before it and only matched
    words between; the source gives that verb no agent of its own. "by the end of May",
    "by bus" and "by 2027" are not agents."""
    q, s = v.q.toks, v.s.toks
    for lo in range(1, len(q) - 1):
        if q[lo].vkey != "by" or lo in cq:
            continue
        op, paired = v.q_match.get(lo, ("insert", ()))
        if _matched(op) and any(s[j].vkey == "by" for j in paired):
            continue
        verb = _passive_before(v, lo)
        if verb is None:
            continue
        np: list[int] = []
        for i in range(lo + 1, min(lo + 5, len(q))):
            if q[i].kind != "word" or (np and is_function(q[i])):
                break
            np.append(i)
        if not np or not (q[np[0]].vkey in _AGENT_LEADS or q[np[0]].cap):
            continue
        if any(
            q[i].vkey in _TIME_NOUNS or q[i].vkey in MONTHS or q[i].vkey in WEEKDAYS for i in np
        ):
            continue
        start = min(v.q_match.get(verb, ("", (len(s),)))[1] or (len(s),))
        if any(
            s[j].vkey == "by" and j + 1 < len(s) and (s[j + 1].vkey in _AGENT_LEADS or s[j + 1].cap)
            for j in v.region
            if j > start
        ):
            continue  # the source names who did it
        region = {s[j].stem for j in v.region | v.scope}
        if any(not is_function(q[i]) and q[i].stem not in region for i in np):
            return [lo, *np]
    return []


def _passive_before(v: _View, lo: int) -> int | None:
    """The matched participle of a passive verb before quote word ``lo``, with only
    matched words between ("were killed in Kresta on September 6 | by"), else None."""
    q = v.q.toks
    for k in range(lo - 1, max(0, lo - 9), -1):
        if not _matched(v.q_match.get(k, ("insert", ()))[0]):
            return None
        if (
            q[k].kind == "word"
            and (_past_verb(q[k]) or q[k].vkey.endswith(("en", "wn")) or q[k].vkey in _PARTICIPLES)
            and any(q[n].vkey in _BE for n in range(max(0, k - 3), k))
        ):
            return k
    return None


def _repeated(v: _View, i: int, run: Sequence[int]) -> bool:
    """Whether quote word ``i`` repeats a word the quote has, outside ``run``, set
    against words of the passage: the translator said the verb twice, the speaker once."""
    return any(
        n not in run
        and t.stem == v.q.toks[i].stem
        and v.q_match.get(n, ("insert", ()))[0] != "insert"
        for n, t in enumerate(v.q.toks)
    )


def _but_for_without(v: _View, run: Sequence[int]) -> bool:
    """ "If it were not for the union" renders the passage's "Without the union"."""
    return any(but_for_not(v.q, i) for i in run) and any(
        v.s.toks[j].vkey == "without" for j in v.scope | v.region
    )


_STATE_VERBS = frozenset(["stay", "stays", "remain", "remains", "keep", "keeps", "be"])


def _opposite_of_negated(v: _View, i: int, around: Sequence[Tok]) -> bool:
    """A quote word that is the opposite of a word the passage negates ("will stay open"
    / "will not close", "stays on the ground" / "will not fly"), or the "stay" before
    it."""
    toks = v.q.toks
    k = i + 1 if toks[i].vkey in _STATE_VERBS and i + 1 < len(toks) else i
    pairs = antonym_pairs()
    negs = negation_words()
    return any(
        (toks[k].stem, t.stem) in pairs and any(x.vkey in negs for x in around[max(0, n - 3) : n])
        for n, t in enumerate(around)
    )


# "No currency war is taking place" / "There is no currency war", "fraud took place" /
# "there was fraud": the existence that "there is" states, in words of their own
_EXISTENCE = frozenset(
    stem(w) for w in ("take", "taking", "took", "taken", "place", "exist", "occur", "happen")
)


def _there_is(v: _View) -> bool:
    """The passage says "there is/are/was/were/has been …"."""
    toks = [v.s.toks[j] for j in sorted(v.region | v.scope)]
    return any(
        a.vkey == "there"
        and b.vkey in ("is", "are", "was", "were", "has", "have", "had", "be", "will")
        for a, b in itertools.pairwise(toks)
    )


# "only when" is "only if": a clause of time that a translator renders as a condition;
# "must not be lifted while a single soldier remains" is "as long as … remains"
_WHEN = frozenset(["when", "whenever", "while", "until", "till"])


# words of a condition that names nothing ("if it comes to that", "if need be", "if
# necessary", "if required"): it renders whatever condition the source states
_EMPTY_CONDITION = frozenset(
    stem(w)
    for w in (
        *("come", "comes", "need", "needed", "necessary", "require", "required"),
        # determiners a translator puts before the condition's subject moved to the front
        # ("If such a warning exists" / "…, if it exists"; "If certain details")
        *("such", "certain", "any"),
    )
)


# source words that already make a claim depend on something
_RESTRICTING = frozenset(["only", "without", "except", "unless", "provided", "subject"])


_GERUND_LEADS = frozenset(["what", "how", "that", "because"])


def _gerund_condition(v: _View) -> bool:
    """The source's sentence opens with a gerund that a "would" follows: "Cancelling it
    now would mean waiting months" says "if we cancelled it now, we would wait months"."""
    scope = sorted(v.scope | v.region)
    for n, j in enumerate(scope):
        t = v.s.toks[j]
        if (
            t.kind == "word"
            and t.raw.lower().endswith("ing")
            and len(t.raw) > 5
            # "Cancelling it now would …", "I know what closing both bridges would mean"
            and (v.s.initial(j) or (j > 0 and v.s.toks[j - 1].vkey in _GERUND_LEADS))
        ):
            after = [v.s.toks[k].vkey for k in scope[n + 1 : n + 8]]
            if "would" in after or "could" in after:
                return True
    return False


_ANYONE = frozenset(
    ["everyone", "everybody", "anyone", "anybody", "all", "those", "every", "any", "each"]
)


def _whoever(side: Side, idx: Iterable[int]) -> bool:
    """A relative clause of everyone it holds for ("I ask everyone who is healthy to keep
    giving blood", "all those who lost their homes will …", "any hospital that runs
    low"): a condition in other words
    ("If you are healthy, please carry on giving blood")."""
    toks = side.toks
    return any(
        (
            toks[j].vkey in ("who", "whoever")
            and (
                toks[j].vkey == "whoever" or any(t.vkey in _ANYONE for t in toks[max(0, j - 3) : j])
            )
        )
        or any_noun_that(toks, j)
        for j in idx
    )


def any_noun_that(toks: Sequence[Tok], j: int) -> bool:
    """A relative clause after a noun of "any" at ``j`` ("any hospital that runs low"),
    not of "every" ("every household that was evacuated": who they are, no condition);
    or "anyone who" / "anyone with" ("Anyone with evidence should take it to the inquiry"
    for "If anyone has evidence, …")."""
    if toks[j].vkey in ("who", "with") and j >= 1 and toks[j - 1].vkey in ("anyone", "anybody"):
        return True
    return toks[j].vkey in ("that", "which", "who") and j >= 2 and toks[j - 2].vkey == "any"


# what says when rather than if: "once the agreement is ratified" for "after
# ratification", "as soon as the shooting stops" for "once the guns are silent"
_TIME_MARKERS = frozenset(["once", "when", "after", "upon", "whenever"])


def _temporal_rendered(v: _View, run: Sequence[int]) -> bool:
    """The quote's condition marker in ``run`` is one of time ("once", "as soon as",
    "when") and the source sentence has a marker of time that the quote's words do not
    take up."""
    q = v.q.toks
    markers = [
        i
        for i in run
        if q[i].vkey in _TIME_MARKERS
        or (q[i].vkey == "as" and [t.vkey for t in q[i + 1 : i + 3]] == ["soon", "as"])
    ]
    if not markers or any(q[i].vkey not in ("once", "when", "as") for i in markers):
        return False
    return any(
        v.s.toks[j].vkey in _TIME_MARKERS and not _matched(v.s_match.get(j, ("delete", ()))[0])
        for j in v.scope
    )


def _condition_moved(v: _View, run: list[int]) -> bool:
    """A condition the source sentence states too, in other words or at its other end:
    "Provided the three conditions are fulfilled, talks could …" / "If these three
    conditions are met, the talks could …", "… only if lives are threatened" / "… only
    when lives are in danger". The source's marker is left unpaired (or stands outside
    the quoted part) and the quote's added words name nothing the source sentence lacks.
    A time clause counts as stated when the sentence has one too ("Once it is up and
    running, the mine will …" / "When the mine is in operation, it will …")."""
    if _temporal_rendered(v, run):
        return True
    s_markers = [
        range(lo, hi) for lo, hi, _ in _occurrences(v.s.toks, "conditions.txt", v.scope)
    ] + [range(j, j + 1) for j in v.scope if v.s.toks[j].vkey in _WHEN]
    free = any(not all(_matched(v.s_match.get(j, ("delete", ()))[0]) for j in m) for m in s_markers)
    if not free and not imperative_condition(v.s, sorted(v.scope)) and not _whoever(v.s, v.scope):
        return False
    marker = {
        k for lo, hi, _ in _occurrences(v.q.toks, "conditions.txt", set(run)) for k in range(lo, hi)
    }
    content = [
        v.q.toks[i]
        for i in run
        if i not in marker
        and not is_function(v.q.toks[i])
        and v.q.toks[i].kind in ("word", "num")
        and v.q.toks[i].stem not in _EMPTY_CONDITION
    ]
    sentence = {v.s.toks[j].stem for j in v.scope}
    # another form of a word ("make the data public unless we paid" / "publish the data
    # if we did not pay"): the first five letters
    found = [
        t.stem in sentence
        or any(synonymous(t.stem, s_) for s_ in sentence)
        or any(same_root(t.stem, s_) for s_ in sentence)
        for t in content
    ]
    if all(found):
        return True
    # reworded on the way ("if every Agrarian who walked out votes with them" / "…, if
    # all the Agrarians who left vote with them"): its names and figures are the
    # source's, and most of its other words
    hard = [f for t, f in zip(content, found, strict=True) if t.cap or t.kind == "num"]
    if hard and not all(hard):
        return False
    # … or, with no names or figures, most of its words ("if the investigators
    # conclude that" / "If the investigators find that")
    return (bool(hard) or len(found) >= 2) and 2 * sum(found) >= len(found)
