"""The README's example questions show what `pledgegraph query` really prints on the committed
graph: each "$ pledgegraph query …" block is run and its output compared, character for
character (docs kept honest, the way sqlite-utils keeps its own)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from pledgegraph.cli import main

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```\n\$ (pledgegraph query [^\n]+)\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_shows_three_questions():
    assert len(examples()) >= 3


@pytest.mark.parametrize("command,expected", examples(), ids=lambda v: v[:60])
def test_readme_query_output_is_real(command, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.output == expected


def update() -> None:
    """Rewrite each example's output with what the command prints now (after a rebuild)."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")

    def run(match: re.Match) -> str:
        result = CliRunner().invoke(main, shlex.split(match.group(1))[1:])
        return f"```\n$ {match.group(1)}\n{result.output}```"

    import os

    os.chdir(ROOT)
    readme.write_text(BLOCK.sub(run, text), encoding="utf-8")


if __name__ == "__main__":  # python -m tests.test_readme
    update()
