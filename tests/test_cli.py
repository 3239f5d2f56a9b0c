"""The command line, called in-process: output shapes, exit codes, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()
CLI = Path(__file__).parent / "pages" / "cli"


def run(*args: str):
    return runner.invoke(app, list(args))


def test_read_json_seed(seed_path: Path) -> None:
    result = run("read", str(seed_path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["meta"]["title"].startswith("Putin Calls for Renewed Peace Talks")
    assert data["sources"] and data["sources"][0]["speaker"] == "Vladimir Putin"
    assert len(data["teasers"]) == 6
    assert all("Share this story" not in b["text"] for b in data["report"])


def test_read_text(seed_path: Path) -> None:
    result = run("read", str(seed_path))
    assert result.exit_code == 0, result.output
    assert "Putin Calls for Renewed Peace Talks" in result.stdout
    assert "Teasers" in result.stdout


def test_check_json_fields_with_given_source() -> None:
    result = run(
        "check", str(CLI / "story.txt"), "--source", str(CLI / "story_transcript.txt"), "-f", "json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    page_text = (CLI / "story.txt").read_text(encoding="utf-8")
    quotes = data["quotes"]
    assert len(quotes) == 3
    for q in quotes:
        for key in (
            "text",
            "start",
            "end",
            "speaker",
            "speaker_mention",
            "label",
            "source",
            "diff",
        ):
            assert key in q
        assert page_text[q["start"] : q["end"]] == q["text"]
        assert q["speaker"] == "Dalia Brennan"
        m = q["speaker_mention"]
        assert page_text[m["start"] : m["end"]] == m["text"]
    assert quotes[0]["label"] == "verbatim"
    assert quotes[0]["source"]["text"].startswith("We will open the coastal line in 2027")


def test_check_text_report(seed_path: Path) -> None:
    result = run("check", str(seed_path))
    assert result.exit_code == 0, result.output
    assert "Vladimir Putin" in result.stdout
    assert "verbatim" in result.stdout and "cosmetic" in result.stdout


def test_verify_one_quote_json() -> None:
    result = run(
        "verify",
        "The new trains will carry 40,000 passengers every day",
        "--source",
        str(CLI / "story_transcript.txt"),
        "--speaker",
        "Dalia Brennan",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["label"] == "altered"  # the hedge "about" was dropped
    assert data["reasons"]


def test_demo_runs() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "Verdicts" in result.stdout


def test_page_without_quotes() -> None:
    result = run("check", str(CLI / "no_quotes.txt"), "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["quotes"] == []


def test_unbalanced_marks_do_not_swallow_the_page() -> None:
    result = run("check", str(CLI / "unbalanced.txt"), "-f", "json")
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.stdout)["quotes"]
    assert any(q["text"] == "a stalling tactic" for q in quotes)
    assert all("Residents" not in q["text"] for q in quotes)


def test_page_without_source_is_unverifiable() -> None:
    result = run("check", str(CLI / "story.txt"), "-f", "json")
    assert result.exit_code == 0, result.output
    labels = {q["label"] for q in json.loads(result.stdout)["quotes"]}
    assert labels == {"unverifiable"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "not text"),
        (bytes(range(256)) * 50, "binary"),
    ],
)
def test_bad_input_exit_3(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.exit_code == 3
    assert words in result.output.lower()
    assert len(result.output.strip().splitlines()) == 1  # one line
    assert "Traceback" not in result.output


def test_missing_file_exit_3(tmp_path: Path) -> None:
    result = run("read", str(tmp_path / "nope.txt"))
    assert result.exit_code == 3
    assert "Traceback" not in result.output


def test_usage_error_exit_2() -> None:
    assert run("check").exit_code == 2
    assert run("check", "x.txt", "--format", "yaml").exit_code == 2
    assert run("check", str(CLI / "story.txt"), "--date", "yesterday").exit_code == 2


def test_verify_empty_quote_is_usage_error() -> None:
    result = run("verify", "  ", "--source", str(CLI / "story_transcript.txt"))
    assert result.exit_code == 2


def test_cp1251_page(tmp_path: Path) -> None:
    text = (
        "Заголовок новости\n\n12 июня 2024\n\n«Мы откроем линию в 2027 году», — сказала министр.\n"
    )
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    result = run("read", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["encoding"].replace("-", "").lower() in ("cp1251", "windows1251")
    assert any("Мы откроем линию" in b["text"] for b in data["report"])


def test_date_option_anchors_relative_times() -> None:
    page = str(CLI / "undated.txt")
    without = json.loads(run("check", page, "-f", "json").stdout)
    assert without["page"]["meta"]["date"] is None
    result = run("check", page, "--date", "2025-05-11", "-f", "json")
    assert result.exit_code == 0, result.output
    times = {t["text"]: t for t in json.loads(result.stdout)["times"]}
    assert times["next Thursday"]["value"] == "2025-05-15"
    assert times["tomorrow morning"]["value"] == "2025-05-12TMO"
    undated = {t["text"]: t for t in without["times"]}
    assert undated.get("next Thursday", {}).get("value") != "2025-05-15"  # no anchor, no day
