"""Shell completion scripts made from the parser: every subcommand, option and choice."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from citekit.cli import main


def _script(shell: str, capsys) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


def _complete(script: str, *words: str) -> list[str]:
    line = " ".join(f"'{w}'" for w in words)
    run = subprocess.run(
        [
            "bash",
            "-c",
            f'eval "$SCRIPT"; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1};'
            ' _citekit; printf "%s\\n" "${COMPREPLY[@]}"',
        ],
        env={"SCRIPT": script, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return run.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_completes_commands_options_and_choices(capsys) -> None:
    script = _script("bash", capsys)
    assert set(_complete(script, "citekit", "co")) == {"convert", "config", "completion", "complete"}
    assert set(_complete(script, "citekit", "check", "--st")) == {
        "--style",
        "--statistics",
        "--stale",
    }
    assert _complete(script, "citekit", "check", "--style", "") == ["oscola", "apa"]
    assert _complete(script, "citekit", "library", "im") == ["import"]
    assert _complete(script, "citekit", "library", "import", "--zo") == ["--zotero"]
    assert "--exclude" in _complete(script, "citekit", "links", "--ex")


def test_zsh_and_fish_scripts_name_everything(capsys) -> None:
    zsh = _script("zsh", capsys)
    assert "bashcompinit" in zsh and "complete -o filenames" in zsh
    fish = _script("fish", capsys)
    assert "complete -c citekit -n __fish_use_subcommand -a check" in fish
    assert "-l select" in fish and "-xa 'oscola apa'" in fish
    assert "__fish_seen_subcommand_from library' -a import" in fish
    for shell, text in (("zsh", zsh), ("fish", fish)):
        if shutil.which(shell):
            subprocess.run([shell, "-n"], input=text, text=True, check=True, timeout=30)
