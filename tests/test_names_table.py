"""The variants table src/onrecord/analyse/data/names.tsv: well formed and consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.analyse.entities import KINDS, TABLE, canonical, fold, load_names
from onrecord.errors import FormatError


def test_table_loads_and_kinds_are_known() -> None:
    rows = load_names()
    assert len(rows) > 50
    for row in rows:
        assert row.kind in KINDS
        assert row.canonical == row.canonical.strip()
        assert all(v == v.strip() and v for v in row.variants)


def test_no_variant_points_to_two_names() -> None:
    owner: dict[str, str] = {}
    for row in load_names():
        for name in (row.canonical, *row.variants):
            key = fold(name)
            assert owner.setdefault(key, row.canonical) == row.canonical, (
                name,
                owner[key],
                row.canonical,
            )


def test_rows_sharing_a_canonical_share_its_kind() -> None:
    kinds: dict[str, str] = {}
    for row in load_names():
        assert kinds.setdefault(row.canonical, row.kind) == row.kind, row.canonical


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kiev", "Kyiv"),
        ("Turkiye", "Türkiye"),
        ("Turkey", "Türkiye"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Erdoğan", "Recep Tayyip Erdoğan"),
        ("U.S.", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("the Kiev regime", "Government of Ukraine"),
        ("the Kremlin", "Government of Russia"),
        ("Administration of the United States of America", "Government of the United States"),
        ("U.S. administration", "Government of the United States"),
    ],
)
def test_canonical(name: str, expected: str) -> None:
    found = canonical(name)
    assert found is not None and found[0] == expected


def test_descriptions_carry_their_note() -> None:
    regime = canonical("Kiev regime")
    authorities = canonical("Kyiv authorities")
    assert regime is not None and regime[2] is not None and "loaded" in regime[2]
    assert authorities is not None and authorities[2] is None


def test_header_documents_the_format() -> None:
    head = TABLE.read_text(encoding="utf-8").splitlines()[:6]
    assert any("canonical" in line and "kind" in line and "variants" in line for line in head)


def test_malformed_rows_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "names.tsv"
    bad.write_text("Kyiv\tcity\tKiev\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"names\.tsv:1"):
        load_names(bad)
    bad.write_text("just one column\n", encoding="utf-8")
    with pytest.raises(FormatError):
        load_names(bad)
