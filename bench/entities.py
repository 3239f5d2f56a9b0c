"""Entities on onrecord's own small gold set (bench/gold/entities: page .txt + gold .tsv).

    PYTHONPATH=src python bench/entities.py [--errors]

Each gold row: canonical name, kind, and every mention as written ("|"-separated, one per
occurrence). Printed: entity P/R/F1 (an entity is found when its canonical name matches,
ignoring case and diacritics), kind accuracy on the entities found, and mention P/R/F1 over
(canonical, surface) pairs counted with multiplicity, which is what variant merging affects.
The pages are written by the project; they are small, so read the figures as a smoke test.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from onrecord.analyse.entities import find_entities, fold

GOLD = Path(__file__).resolve().parent / "gold" / "entities"


def _gold(path: Path) -> dict[str, tuple[str, list[str]]]:
    out: dict[str, tuple[str, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, mentions = line.split("\t")
        out[fold(name)] = (kind, [m for m in mentions.split("|") if m])
    return out


def _prf(tp: int, n_sys: int, n_gold: int) -> str:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def run(show_errors: bool) -> None:
    e_tp = e_sys = e_gold = kind_ok = 0
    m_tp = m_sys = m_gold = 0
    errors: list[str] = []
    pages = sorted(GOLD.glob("*.txt"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        gold = _gold(page.with_suffix(".tsv"))
        found = {fold(e.name): e for e in find_entities(text)}
        e_sys += len(found)
        e_gold += len(gold)
        for key, (kind, _mentions) in gold.items():
            ent = found.get(key)
            if ent is None:
                errors.append(f"{page.stem}: missed {key} ({kind})")
                continue
            e_tp += 1
            kind_ok += ent.kind == kind
            if ent.kind != kind:
                errors.append(f"{page.stem}: {key} is {ent.kind}, gold {kind}")
        for key in found.keys() - gold.keys():
            errors.append(f"{page.stem}: extra {found[key].name} ({found[key].kind})")
        sys_pairs = Counter((k, m.text) for k, e in found.items() for m in e.mentions)
        gold_pairs = Counter((k, m) for k, (_, ms) in gold.items() for m in ms)
        m_sys += sum(sys_pairs.values())
        m_gold += sum(gold_pairs.values())
        m_tp += sum((sys_pairs & gold_pairs).values())
    print(f"own gold set ({len(pages)} pages, {e_gold} entities, {m_gold} mentions)")
    print(f"  entities  {_prf(e_tp, e_sys, e_gold)}   kind right {kind_ok}/{e_tp}")
    print(f"  mentions  {_prf(m_tp, m_sys, m_gold)}")
    if show_errors:
        print("\n".join(["", *errors]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    run(ap.parse_args().errors)


if __name__ == "__main__":
    main()
