"""People, organisations and places: onrecord.analyse.entities on the seed and our pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.analyse.entities import find_entities, fold
from onrecord.model import Entity, Span


@pytest.fixture(scope="module")
def seed_entities(seed_path: Path, nlp) -> tuple[Entity, ...]:
    text = seed_path.read_text(encoding="utf-8")
    return find_entities(text, [Span(0, text.index("Last Posts"))], nlp=nlp)


def _entity(entities: tuple[Entity, ...], name: str) -> Entity:
    hits = [e for e in entities if e.name == name]
    assert hits, f"{name!r} not in {[e.name for e in entities]}"
    return hits[0]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Vladimir Putin", "person"),
        ("Recep Tayyip Erdoğan", "person"),
        ("Donald Trump", "person"),
        ("Xi Jinping", "person"),
        ("Türkiye", "place"),
        ("Kyiv", "place"),
        ("Istanbul", "place"),
        ("Moscow", "place"),
        ("China", "place"),
        ("Brazil", "place"),
        ("Kursk Region", "place"),
        ("Belgorod Region", "place"),
        ("Government of Ukraine", "organisation"),
    ],
)
def test_seed_entities(seed_entities: tuple[Entity, ...], name: str, kind: str) -> None:
    assert _entity(seed_entities, name).kind == kind


def test_variants_merge(seed_entities: tuple[Entity, ...]) -> None:
    turkey = _entity(seed_entities, "Türkiye")
    seen = {m.text for m in turkey.mentions}
    assert {"Turkey", "Türkiye", "Turkiye"} <= seen
    kyiv = _entity(seed_entities, "Kyiv")
    assert {"Kyiv", "Kiev"} <= {m.text for m in kyiv.mentions}
    erdogan = _entity(seed_entities, "Recep Tayyip Erdoğan")
    assert {"Erdogan", "Erdoğan"} <= set(erdogan.variants)
    assert any(m.text == "Erdogan" for m in erdogan.mentions)
    # no separate entity for a surname or a variant
    names = [e.name for e in seed_entities]
    assert "Erdogan" not in names and "Turkey" not in names and "Kiev" not in names


def test_titles(seed_entities: tuple[Entity, ...]) -> None:
    assert "US President" in _entity(seed_entities, "Donald Trump").titles
    assert "Chinese President" in _entity(seed_entities, "Xi Jinping").titles
    assert any("President" in t for t in _entity(seed_entities, "Recep Tayyip Erdoğan").titles)
    assert any("Russia" in t for t in _entity(seed_entities, "Vladimir Putin").titles)


def test_loaded_description(seed_entities: tuple[Entity, ...], seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    gov = _entity(seed_entities, "Government of Ukraine")
    assert gov.note is not None and "loaded" in gov.note
    assert any(m.text == "Kiev regime" for m in gov.mentions)
    for e in seed_entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_title_with_of_phrase_and_metonymy(nlp) -> None:
    text = (
        "President of the United States Donald Trump spoke to reporters. "
        "Trump said the Kremlin had not replied. Dmitry Peskov, the Kremlin spokesperson, declined to comment."
    )
    ents = find_entities(text, nlp=nlp)
    trump = _entity(ents, "Donald Trump")
    assert "President of the United States" in trump.titles
    assert len(trump.mentions) == 2
    gov = _entity(ents, "Government of Russia")
    assert gov.note is not None and "metonymy" in gov.note
    assert "Kremlin spokesperson" in _entity(ents, "Dmitry Peskov").titles


def test_our_report(pages_dir: Path, nlp) -> None:
    text = (pages_dir / "claims" / "harbour_report.txt").read_text(encoding="utf-8")
    ents = find_entities(text, nlp=nlp)
    jansen = _entity(ents, "Marieke Jansen")
    assert [m.text for m in jansen.mentions] == ["Marieke Jansen", "Jansen"]
    assert "union leader" in jansen.titles or "leader" in jansen.titles
    assert _entity(ents, "Rotterdam").kind == "place"


def test_table_only_mode() -> None:
    ents = find_entities(
        "Talks in Kiev and Kyiv; the U.S. and the United States agreed.", nlp=False
    )
    assert [(e.name, len(e.mentions)) for e in ents] == [("Kyiv", 2), ("United States", 2)]


def test_titles_of_names_with_non_ascii_capitals(nlp) -> None:
    text = (
        "Minister of Energy of Ölvania Lars Åberg spoke to reporters on Monday. "
        "Åberg said the grid was restored."
    )
    ents = find_entities(text, nlp=nlp)
    person = _entity(ents, "Lars Åberg")
    assert "Minister of Energy of Ölvania" in person.titles


def test_one_person_under_every_spelling_and_a_lone_surname(nlp) -> None:
    # the demo page names its speaker "Ilona Varkonyi", "Ilona Várkonyi" and "Várkonyi"
    # (once in a headline, where the tagger calls the surname an organisation)
    text = (Path(__file__).resolve().parents[1] / "src/onrecord/demo/page.txt").read_text(
        encoding="utf-8"
    )
    ents = find_entities(text, nlp=nlp)
    same = [e for e in ents if fold(e.name.split()[-1]) == fold("Várkonyi")]
    assert len(same) == 1, [(e.name, e.kind) for e in same]
    assert same[0].kind == "person"
    assert {"Ilona Varkonyi", "Ilona Várkonyi"} <= {same[0].name, *same[0].variants}
    assert len(same[0].mentions) >= 8
