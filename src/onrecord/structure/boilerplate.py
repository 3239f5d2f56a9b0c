"""Boilerplate lines: sharing, navigation, ads, cookie notices, list headings.

All patterns are anchored at both ends and applied only to short blocks, so a
block costs at most a few bounded regex matches.
"""

from __future__ import annotations

import re

STAGE = "boilerplate/1"

__all__ = [
    "SHARE_PREFIX",
    "STAGE",
    "is_boilerplate",
    "is_byline",
    "is_list_heading",
    "strip_share_prefix",
]

_SOCIAL = r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|pinterest|messenger|vk|threads|bluesky|copy\s+link)"

_BOILERPLATE = re.compile(
    rf"""^(?:
        share(?:\s+(?:this|the)\s+(?:story|article|post|page|link|video))? | shares? |
        share\s+(?:on|via|to|with)\s+{_SOCIAL}.* | share\s+article | tweet | print(?:\s+this.*)? |
        e-?mail(?:\s+this.*)? | {_SOCIAL}(?:\s*[|/·•,]\s*{_SOCIAL})* | copy(?:\s+the)?\s+link | link\s+copied |
        comments?(?:\s*\(\d+\))? | \d+\s+comments? | leave\s+a\s+(?:comment|reply) | post\s+a\s+comment |
        view\s+comments | add\s+comment | reply |
        read\s+(?:more|next|also|full\s+(?:story|article))(?:\s*[:»›>].*)? | continue\s+reading.* |
        (?:see|show)\s+(?:more|all|less) | load\s+more | more\s*[»›>]? |
        advertisement | advertising | ad | sponsored(?:\s+content)? | promoted | paid\s+content |
        story\s+continues(?:\s+below)?(?:\s+advertisement)? | article\s+continues\s+below.* |
        skip\s+(?:to\s+)?(?:content|main\s+content|navigation|ad) | (?:main\s+)?menu | search | home |
        close | open | toggle\s+navigation | navigation | back\s+to\s+top | top |
        (?:log|sign)\s*(?:in|up|out)(?:\s+.*)? | register | my\s+account | subscribe(?:\s+.*)? |
        sign\s+up\s+for.* | newsletter(?:s)? | get\s+(?:the|our)\s+newsletter.* | follow\s+us(?:\s+on.*)? |
        follow(?:\s+@?\w+)?\s+on\s+{_SOCIAL}.* | join\s+us\s+on.* | download\s+(?:the|our)\s+app.* |
        listen(?:\s+to\s+(?:this\s+)?article)?(?:\s*\(?\d+\s*min(?:utes?)?\)?)? | \d+\s*min(?:ute)?s?\s+read | min\s+read |
        (?:previous|next|older|newer)\s+(?:post|article|story|page)(?:\s*[:»›>].*)? | previous | next |
        terms\s+(?:of\s+(?:use|service)|and\s+conditions) |
        privacy(?:\s+(?:policy|notice|settings|center|centre))? | cookie\s+(?:policy|settings|preferences).* | accept(?:\s+all)?(?:\s+cookies)? |
        reject(?:\s+all)? | manage\s+(?:cookies|preferences|consent).* | got\s+it | i\s+agree | ok |
        tags?\s*:.* | topics?\s*:.* | filed\s+under\s*:?.* | categor(?:y|ies)\s*:.* | posted\s+in\s*:?.* |
        image\s+(?:source|caption|copyright)\s*[:,].* | (?:getty|reuters|ap|afp)\s+images? |
        click\s+here.* | watch\s*:? | watch\s+(?:the\s+)?(?:video|live).* | video | photo(?:s)? | gallery |
        related(?:\s+(?:stories|articles|posts|news|content|topics|coverage|reading|links))? |
        last\s+posts | latest\s+(?:posts|news|stories|articles|updates) | recent\s+(?:posts|stories|articles) |
        popular(?:\s+(?:posts|stories|now))? | most\s+(?:read|popular|viewed|shared|commented) | trending(?:\s+now)? |
        recommended(?:\s+(?:for\s+you|stories|articles|reading))? | you\s+(?:may|might)\s+(?:also\s+)?like |
        more\s+(?:from|on|in|about|stories|news|articles|like\s+this|to\s+read).{{0,60}} | also\s+read.{{0,120}} |
        see\s+also | editor[’']?s\s+picks? | top\s+stories | in\s+other\s+news | don[’']t\s+miss |
        what\s+to\s+read\s+next | up\s+next | further\s+reading | around\s+the\s+web | from\s+the\s+web |
        we\s+recommend | elsewhere\s+on\s+.{{1,40}}
    )[\s.:!»›>|]*$""",
    re.I | re.X,
)

# headings that open a list of other stories (teasers), not the article's own text
_LIST_HEADING = re.compile(
    r"""^(?:
        related(?:\s+(?:stories|articles|posts|news|content|coverage|reading|links))? |
        last\s+posts | latest\s+(?:posts|news|stories|articles) | recent\s+(?:posts|stories|articles) |
        popular(?:\s+(?:posts|stories|now))? | most\s+(?:read|popular|viewed|shared|commented) |
        trending(?:\s+now)? | recommended(?:\s+(?:for\s+you|stories|articles|reading))? |
        you\s+(?:may|might)\s+(?:also\s+)?like | more\s+(?:from|on|in|about|stories|news|articles|like\s+this|to\s+read).{0,60} |
        see\s+also | editor[’']?s\s+picks? | top\s+stories | in\s+other\s+news | don[’']t\s+miss |
        what\s+to\s+read\s+next | up\s+next | read\s+(?:more|next|also) | also\s+read | further\s+reading |
        around\s+the\s+web | from\s+the\s+web | we\s+recommend | elsewhere\s+on\s+.{1,40} | more
    )[\s.:!»›>|]*$""",
    re.I | re.X,
)

# credits and legal lines: may be long sentences
_CREDITS = re.compile(
    r"""^(?:
        (?:copyright\s*(?:©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4}).* | all\s+rights\s+reserved.* |
        our\s+standards\s*:.* |
        (?:this|the)\s+(?:interview|conversation|transcript|q\s*&\s*a|exchange)\s+(?:has\s+been|was|is)\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|translated).{0,80} | (?:reporting|writing|editing|additional\s+reporting)\s+by\s.{0,200}
    )$""",
    re.I | re.X,
)
_SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S+[.?!][\"”’')]*$")
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we\s+use|this\s+(?:site|website)\s+uses|accept|consent|privacy|preferences|browsing)\b",
    re.I,
)
_NAV = re.compile(r"^(?:[^|•·\n]{1,30}\s[|•·]\s){2,}[^|•·\n]{1,30}$")
_BYLINE_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3}),?\s+(?:(?:[A-Z][\w’'\-]+|and|in|for)\s+){0,4}"
    r"(?i:correspondent|reporter|editor|writer|journalist|contributor|columnist|analyst|"
    r"bureau\s+chief|staff|producer|presenter|reporters|correspondents)$"
)
_BYLINE = re.compile(
    r"^(?i:by|written\s+by|words\s+by|reporting\s+by)\s+(?P<name>[A-Z][\w’'.\-]+(?:\s+(?:[A-Z][\w’'.\-]+|and|&|de|van|von|al|bin)){0,6})"
    r"(?:\s*[,|·•–—-]\s*.{0,80})?$"
)

SHARE_PREFIX = re.compile(r"(?:share\s+(?:this|the)\s+(?:story|article|post|page)|share)\s*", re.I)


def is_boilerplate(text: str) -> bool:
    """True for a block that is site furniture rather than page content."""
    t = text.strip()
    if not t:
        return True
    if len(t) > 260:
        return _is_cookie_notice(t)
    if _CREDITS.match(t) or _NAV.match(t):
        return True
    if _BOILERPLATE.match(t) and not _SENTENCE.match(t):
        return True
    return _is_cookie_notice(t)


def _is_cookie_notice(t: str) -> bool:
    return len(t) <= 600 and bool(_COOKIE.search(t)) and bool(_COOKIE_CONTEXT.search(t))


def is_list_heading(text: str) -> bool:
    """True for a heading that opens a list of other stories: "Last Posts", "Related"."""
    t = text.strip()
    return len(t) <= 80 and bool(_LIST_HEADING.match(t)) and not _SENTENCE.match(t)


def is_byline(text: str) -> str | None:
    """The author's name when ``text`` is only a byline ("By Jane Doe, Moscow")."""
    t = text.strip()
    if len(t) > 100:
        return None
    m = _BYLINE.match(t) or _BYLINE_ROLE.match(t)
    return m.group("name") if m else None


def strip_share_prefix(text: str, start: int, end: int) -> int:
    """New start of ``text[start:end]`` past repeated "Share this story" glued to it."""
    while True:
        m = SHARE_PREFIX.match(text, start, end)
        if m is None or m.end() == start:
            return start
        rest = text[m.end() : end]
        # only strip when something follows ("Share this storyBy Fortune...")
        if not rest.strip():
            return start
        # "Share" glued to a word ("Shareholders") is not a share button
        if m.group().strip().lower() == "share" and rest[:1].islower():
            return start
        start = m.end()
