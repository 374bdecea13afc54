"""``citekit completion bash|zsh|fish``: a shell completion script made from the parser itself,
so it always knows every subcommand, option and choice.

    eval "$(citekit completion bash)"                         # in ~/.bashrc
    eval "$(citekit completion zsh)"                          # in ~/.zshrc
    citekit completion fish > ~/.config/fish/completions/citekit.fish
"""

from __future__ import annotations

import argparse
import shlex

from .common import write_output

SHELLS = ("bash", "zsh", "fish")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh, fish)",
        description='Print a completion script: eval "$(citekit completion bash)" in ~/.bashrc, '
        'eval "$(citekit completion zsh)" in ~/.zshrc, or save the fish one as '
        "~/.config/fish/completions/citekit.fish.",
    )
    parser.add_argument("shell", choices=SHELLS, help="the shell")
    parser.set_defaults(handler=run)


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Subcommand name (``library import`` for nested ones) → its parser."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = sub
                for inner, deeper in _commands(sub).items():
                    found[f"{name} {inner}"] = deeper
    return found


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [action for action in parser._actions if action.option_strings]


def _words(parser: argparse.ArgumentParser) -> list[str]:
    return [flag for action in _options(parser) for flag in action.option_strings]


def bash_script(parser: argparse.ArgumentParser) -> str:
    """A bash completion function (zsh runs it through bashcompinit)."""
    commands = _commands(parser)
    top = [name for name in commands if " " not in name]
    cases = []
    for name, sub in commands.items():
        nested = [inner.split(" ", 1)[1] for inner in commands if inner.startswith(name + " ")]
        words = " ".join(shlex.quote(w) for w in [*_words(sub), *nested])
        choices = "".join(
            f"        {flag}) COMPREPLY=($(compgen -W {shlex.quote(' '.join(map(str, a.choices)))}"
            ' -- "$cur")); return;;\n'
            for a in _options(sub)
            if a.choices
            for flag in a.option_strings
        )
        cases.append(
            f'    {shlex.quote(name)})\n      case "$prev" in\n{choices}      esac\n'
            f"      opts={shlex.quote(words)};;"
        )
    body = "\n".join(cases)
    return f"""# citekit completion for bash: eval "$(citekit completion bash)"
_citekit() {{
  local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
  local cmd="" opts="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${{COMP_WORDS[i]}}" in
      -*) ;;
      *) if [ -z "$cmd" ]; then cmd="${{COMP_WORDS[i]}}"; elif [ "$cmd" = library ]; then
           cmd="library ${{COMP_WORDS[i]}}"; break; fi;;
    esac
  done
  if [ -z "$cmd" ]; then
    COMPREPLY=($(compgen -W {shlex.quote(" ".join([*top, *_words(parser)]))} -- "$cur"))
    return
  fi
  case "$cmd" in
{body}
  esac
  if [[ "$cur" == -* || "$cmd" == library ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -o filenames -o bashdefault -F _citekit citekit
"""


def zsh_script(parser: argparse.ArgumentParser) -> str:
    """The bash function, run by zsh's bashcompinit."""
    return (
        '# citekit completion for zsh: eval "$(citekit completion zsh)"\n'
        "autoload -U +X compinit && compinit\n"
        "autoload -U +X bashcompinit && bashcompinit\n" + bash_script(parser)
    )


def fish_script(parser: argparse.ArgumentParser) -> str:
    """``complete`` lines for fish: subcommands, then each one's options and choices."""
    commands = _commands(parser)
    top = [name for name in commands if " " not in name]
    lines = ["# citekit completion for fish"]
    for name in top:
        about = _help(parser, name)
        lines.append(
            f"complete -c citekit -n __fish_use_subcommand -a {shlex.quote(name)}"
            f" -d {shlex.quote(about)}"
        )
    for name, sub in commands.items():
        words = name.split(" ")
        if len(words) == 2:
            lines.append(
                f"complete -c citekit -n '__fish_seen_subcommand_from {words[0]}' "
                f"-a {shlex.quote(words[1])}"
            )
        condition = shlex.quote(f"__fish_seen_subcommand_from {words[-1]}")
        for action in _options(sub):
            flags = " ".join(
                f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}"
                for flag in action.option_strings
            )
            extra = ""
            if action.choices:
                extra = f" -xa {shlex.quote(' '.join(map(str, action.choices)))}"
            elif action.nargs != 0:
                extra = " -r -F"
            about = (action.help or "").replace("%(default)s", str(action.default))
            lines.append(
                f"complete -c citekit -n {condition} {flags}{extra} -d {shlex.quote(about[:80])}"
            )
    return "\n".join(lines) + "\n"


def _help(parser: argparse.ArgumentParser, name: str) -> str:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.dest == name:
                    return choice.help or ""
    return ""


def run(args: argparse.Namespace) -> int:
    from . import build_parser

    parser = build_parser()
    script = {"bash": bash_script, "zsh": zsh_script, "fish": fish_script}[args.shell](parser)
    write_output(script, None)
    return 0
