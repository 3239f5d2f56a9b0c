"""Letter classes for regular expressions that must see more than ASCII.

``[A-Z]`` misses the capitals of most names in the news: Şebnem, Čapek, Łukasz, Ørsted,
Ísland, Đurovac, Žižek. ``UPPER`` is a character-class body holding every upper-case
letter of the Latin, Greek and Cyrillic blocks; use it as ``f"[{UPPER}]"``.
"""

from __future__ import annotations

import re

__all__ = ["UPPER"]

UPPER = re.escape("".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper()))
