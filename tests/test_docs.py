"""The README and docs say what the code does: every command and option is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from onrecord.cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, re.S)
    assert "onrecord demo" in blocks[0] and "pip install" in blocks[0]
    assert blocks[1].strip() == ".venv/bin/python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip() in ci


def test_every_command_and_option_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    assert hasattr(group, "commands")
    for name, command in group.commands.items():
        assert f"onrecord {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"


def test_json_fields_are_documented() -> None:
    schema = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for field in (
        "speaker_mention",
        "parts",
        "claims",
        "timeline",
        "entities",
        "mismatches",
        "diff",
    ):
        assert f'"{field}"' in schema


def test_readme_python_example_runs(capsys) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [code] = re.findall(r"```python\n(.*?)```", readme, re.S)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Ilona Várkonyi" in out
    assert out.strip().splitlines()[-1].startswith("altered")


def test_demo_page_and_transcript_ship_with_the_package() -> None:
    from importlib import resources

    demo = resources.files("onrecord") / "demo"
    assert (demo / "page.txt").is_file() and (demo / "transcript.txt").is_file()
