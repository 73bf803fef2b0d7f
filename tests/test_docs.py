"""The docs cannot drift from the code: every command and error code is documented."""

from __future__ import annotations

import re

import typer.main

from parley.cli import app
from parley.errors import Errors
from conftest import ROOT

CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_docs_every_command_is_documented():
    group = typer.main.get_command(app)
    for name in group.commands:
        assert re.search(rf"`{re.escape(name)}[ `]", CLI_DOC), f"command '{name}' missing from docs/cli.md"


def test_docs_every_error_code_is_documented():
    codes = [name for name in vars(Errors) if re.fullmatch(r"E\d{3}", name)]
    for code in codes:
        assert f"| {code} |" in CLI_DOC, f"error {code} missing from docs/cli.md"
