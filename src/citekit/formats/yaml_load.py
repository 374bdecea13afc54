"""YAML read safely: bounded alias expansion, no self-reference, no value that breaks later.

PyYAML's safe loader shares aliased nodes, so a 600-byte "billion laughs" file loads fast
and then explodes when anything walks it (5.9 GB). Each document's node graph is measured
before it is built: more than ``MAX_ALIASES`` aliases, an expansion larger than
``MAX_EXPANDED`` nodes and characters, or an alias inside its own anchor is refused with
the line. Timestamps that are not dates (``2023-02-30``) and integers ``int()`` refuses
stay text, and ``!!binary`` is refused: CSL has no bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import rx

MAX_ALIASES = 10_000
MAX_EXPANDED = 10_000_000  # nodes plus scalar characters, counting every alias in full


class LimitError(yaml.MarkedYAMLError):
    """YAML refused for its shape (aliases, a cycle, nesting), whatever its content."""


class _Loader(yaml.SafeLoader):
    """``SafeLoader`` with the checks above."""

    def compose_document(self) -> Node | None:
        node = super().compose_document()
        if node is not None:
            _measure(node)
        return node

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, OverflowError) as exc:  # ``!!float abc``, ``!!int x``
            raise ConstructorError(
                None, None, f"cannot read {node.tag.split(':')[-1]} value ({exc})",
                node.start_mark) from exc

    def construct_yaml_timestamp(self, node: Node) -> Any:
        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)  # not a real date: the text, read as a date later

    def construct_yaml_int(self, node: Node) -> Any:
        try:
            return SafeConstructor.construct_yaml_int(self, node)
        except ValueError:
            return self.construct_scalar(node)  # over 4,300 digits: the digits as text

    def construct_yaml_binary(self, node: Node) -> Any:
        raise ConstructorError(None, None, "binary data (!!binary) is not CSL", node.start_mark)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:binary", _Loader.construct_yaml_binary)


def _measure(root: Node) -> None:
    """Refuse a node graph with too many aliases, too large an expansion, or a cycle."""
    size: dict[int, int] = {}
    aliases = 0
    on_path: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            total = 1 + sum(size[id(child)] for child in children)
            size[key] = min(total, MAX_EXPANDED + 1)
            if size[key] > MAX_EXPANDED:
                _refuse(node, f"aliases expand to more than {MAX_EXPANDED:,} nodes and characters")
            continue
        if key in on_path:
            _refuse(node, "an alias refers to the node it is inside (a cycle)")
        if key in size:
            aliases += 1  # a node met again is an alias
            if aliases > MAX_ALIASES:
                _refuse(node, f"more than {MAX_ALIASES:,} aliases")
            continue
        if isinstance(node, ScalarNode):
            size[key] = 1 + len(node.value)
            continue
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _refuse(node: Node, reason: str) -> None:
    raise LimitError(problem=reason, problem_mark=node.start_mark)


def load_all(text: str) -> Iterator[Any]:
    """The documents of ``text``, loaded with the checks above (raises ``yaml.YAMLError``)."""
    _flow_depth(text)
    return yaml.load_all(text, Loader=_Loader)


def check_limits(text: str) -> None:
    """Raise ``LimitError`` when ``text`` breaks the limits above; other YAML errors pass
    (a ``---`` rule in Markdown is no YAML block to judge)."""
    _flow_depth(text)
    try:
        for _ in yaml.compose_all(text, Loader=_Loader):
            pass
    except LimitError:
        raise
    except (yaml.YAMLError, RecursionError):
        return


MAX_FLOW_DEPTH = 100  # PyYAML's scanner is quadratic in ``[``/``{`` nesting (2,000 deep: 10 s)


def _flow_depth(text: str) -> None:
    """Refuse ``[[[[...`` nested deeper than ``MAX_FLOW_DEPTH`` before the scanner sees it.

    Brackets inside quotes are counted too: no CSL file nests a hundred deep either way.
    """
    level = 0
    for found in _BRACKET.finditer(text):
        level = level + 1 if found.group() in "[{" else max(0, level - 1)
        if level > MAX_FLOW_DEPTH:
            index = found.start()
            line = text.count("\n", 0, index)
            column = index - text.rfind("\n", 0, index) - 1
            mark = yaml.Mark("<input>", index, line, column, None, None)
            raise LimitError(
                problem=f"nested too deeply (more than {MAX_FLOW_DEPTH} levels)", problem_mark=mark)


_BRACKET = rx.compile(r"[\[\]{}]")
