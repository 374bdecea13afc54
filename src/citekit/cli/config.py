"""``citekit config``: the project settings in force, and the file each came from."""

from __future__ import annotations

import argparse
import json

from .common import write_output

_DEFAULTS = {
    "style": "oscola (format needs --style)",
    "locale": "the style's",
    "script": "the style's policy",
    "romanization": "rr",
    "keys": "citekit",
    "check.select": "every rule",
    "check.ignore": "none",
    "check.extend-select": "none",
    "check.fail-on": "error",
    "links.exclude": "none",
    "links.include": "everything",
    "links.accept": "2xx",
    "links.user-agent": "citekit's",
    "links.headers": "none",
    "links.max-redirects": "10",
    "links.timeout": "the audit's default",
    "links.max-concurrency": "the audit's default",
    "links.cache-max-age": "1d",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "config",
        help="show the project settings in force (citekit.toml, [tool.citekit]) and their source",
        description="Settings come from the closest citekit.toml, .citekit.toml or pyproject.toml "
        "with [tool.citekit], looking up from the working directory ($CITEKIT_CONFIG names "
        "a file instead); command-line options win over them.",
    )
    parser.add_argument("--to", choices=("text", "json"), default="text", help="output format")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..config import known_settings, settings

    config = settings()
    where = str(config.path) if config.path else None
    rows = []
    for key in known_settings():
        if key in config.values:
            rows.append({"setting": key, "value": config.values[key], "from": where})
        else:
            rows.append(
                {"setting": key, "value": None, "from": "default", "default": _DEFAULTS[key]}
            )
    if args.to == "json":
        text = json.dumps({"file": where, "settings": rows}, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = [f"# configuration file: {where or 'none found (built-in defaults)'}"]
        for row in rows:
            if row["from"] == "default":
                lines.append(f"{row['setting']} = ({row['default']})  # default")
            else:
                lines.append(
                    f"{row['setting']} = {json.dumps(row['value'], ensure_ascii=False)}"
                    f"  # {row['from']}"
                )
        text = "\n".join(lines) + "\n"
    write_output(text, None)
    return 0
