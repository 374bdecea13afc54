"""A sort that puts empty macro keys last by itself, so the sort-key runs need not print keys.

Pandoc's citeproc sorts a macro key that renders empty before every value; citekit wants
it after its peers, as the CSL specification says (``order.py``), and so far learnt which
keys were empty by printing every key of every item: about half the CPU of a sort-key run.

Whether a macro renders anything depends, in most styles, only on the item's type and on
which variables it has: a ``<names>`` renders when one of its variables (or of its
substitutes) is there, a ``<group>`` when one of its variables renders, a ``<choose>``
according to its conditions. For each macro key whose macro is made only of such
elements, :func:`empty_last_text` adds before the key a key of its own: a macro built
from the key's conditions that prints ``0`` where the key renders something and ``1``
where it renders nothing, tested with the style's own ``<choose>`` conditions, so pandoc
decides. Sorting on it first puts the empty ones after the others, and the keys that
follow order them as before. A macro that tests anything else (``is-numeric``, a
locator, a position) leaves the style to the printed keys.
"""

from __future__ import annotations

import copy
from functools import cache
from xml.etree.ElementTree import Element, SubElement, tostring

from .styles import CSL

Formula = tuple
"""Whether an element renders something: ``("const", bool)``, ``("vars", names)`` (one of
the variables is there), ``("or", formulas)``, or ``("choose", branches, otherwise)``
with ``branches`` a tuple of (the condition's attributes, the branch's formula)."""

_SPECIAL = frozenset(
    {"locator", "citation-number", "year-suffix", "first-reference-note-number",
     "citation-label", "position"}
)
"""Variables whose value is the citation's, not the item's."""
_CONDITIONS = frozenset({"type", "variable", "match"})
_FALSE: Formula = ("const", False)
_TRUE: Formula = ("const", True)
MAX_MACRO = 20_000
"""Longest indicator macro (characters) citekit writes; a longer one is not worth it."""


class Unknown(Exception):
    """The element's emptiness depends on more than the item's type and variables."""


def _tag(element: Element) -> str:
    return element.tag.removeprefix(CSL) if isinstance(element.tag, str) else ""


def _any(formulas: list[Formula]) -> Formula:
    kept = [f for f in formulas if f != _FALSE]
    if any(f == _TRUE for f in kept):
        return _TRUE
    if not kept:
        return _FALSE
    return kept[0] if len(kept) == 1 else ("or", tuple(kept))


class Analysis:
    """Emptiness formulas for the elements of one style (its macros by name)."""

    def __init__(self, macros: dict[str, Element]) -> None:
        self.macros = macros
        self.seen: list[str] = []

    def renders(self, element: Element) -> Formula:
        """When ``element`` renders something."""
        tag = _tag(element)
        if tag == "text":
            return self._text(element)
        if tag in ("number", "label"):
            return self._variable(element.get("variable") or "")
        if tag == "date":  # renders when the date is there, if it prints the year
            parts = [part.get("name") for part in element if _tag(part) == "date-part"]
            if (parts and "year" not in parts) or "year" not in element.get("date-parts", "year"):
                raise Unknown("a date without its year")
            return self._variable(element.get("variable") or "")
        if tag == "names":
            return self._names(element)
        if tag == "group":  # suppressed where every variable it calls is empty
            calling = [child for child in element if self.calls(child)]
            if any(not self.calls(child, always=True) for child in calling):
                raise Unknown("a group whose variables depend on a condition")
            return _any([self.renders(child) for child in calling or list(element)])
        if tag == "choose":
            return self._choose(element)
        raise Unknown(f"<{tag}>")

    def calls(self, element: Element, *, always: bool = False) -> bool:
        """Whether ``element`` calls a variable (CSL's rule for suppressing a group);
        ``always``: whichever branch its conditions take."""
        tag = _tag(element)
        if tag == "text":
            if element.get("variable"):
                return True
            name = element.get("macro")
            return bool(name) and any(self.calls(c, always=always) for c in self._macro(name))
        if tag in ("number", "label", "date", "names"):
            return True
        if tag == "group":
            return any(self.calls(child, always=always) for child in element)
        if tag == "choose":
            branches = list(element)
            found = [any(self.calls(c, always=always) for c in branch) for branch in branches]
            if always:
                return any(_tag(branch) == "else" for branch in branches) and all(found)
            return any(found)
        return False

    def sequence(self, elements: list[Element]) -> Formula:
        """A macro's or a branch's children: something renders if one of them does."""
        return _any([self.renders(element) for element in elements])

    def _text(self, element: Element) -> Formula:
        if element.get("variable"):
            name = element.get("variable") or ""
            if element.get("form") == "short":
                return _any([self._variable(name), self._variable(f"{name}-short")])
            return self._variable(name)
        if element.get("macro"):
            name = element.get("macro") or ""
            if name in self.seen:
                raise Unknown(f"macro {name!r} calls itself")
            self.seen.append(name)
            try:
                return self.sequence(list(self._macro(name)))
            finally:
                self.seen.pop()
        if "value" in element.attrib:
            return _TRUE if element.get("value") else _FALSE
        if element.get("term"):
            return _TRUE
        raise Unknown("a <text> without a variable, macro, value or term")

    def _variable(self, name: str) -> Formula:
        if not name or name in _SPECIAL or " " in name:
            raise Unknown(f"variable {name!r}")
        return ("vars", (name,))

    def _names(self, element: Element) -> Formula:
        names = (element.get("variable") or "").split()
        if not names or any(name in _SPECIAL for name in names):
            raise Unknown("<names> without variables")
        found: list[Formula] = [("vars", tuple(names))]
        for child in element:
            if _tag(child) == "substitute":
                found += [self.renders(option) for option in child]
        return _any(found)

    def _choose(self, element: Element) -> Formula:
        branches = []
        otherwise = _FALSE
        for branch in element:
            tag = _tag(branch)
            if tag in ("if", "else-if"):
                if set(branch.attrib) - _CONDITIONS or not set(branch.attrib) - {"match"}:
                    raise Unknown(f"a condition on {sorted(branch.attrib)}")
                branches.append((dict(branch.attrib), self.sequence(list(branch))))
            elif tag == "else":
                otherwise = self.sequence(list(branch))
        if all(formula == otherwise for _, formula in branches):
            return otherwise
        return ("choose", tuple(branches), otherwise)

    def _macro(self, name: str) -> Element:
        macro = self.macros.get(name)
        if macro is None:
            raise Unknown(f"no macro {name!r}")
        return macro


def emit(formula: Formula, parent: Element, then: list[Element], otherwise: list[Element]) -> None:
    """Append to ``parent`` CSL that renders (copies of) ``then`` where ``formula`` holds
    and ``otherwise`` where it does not, testing the style's own conditions."""
    kind = formula[0]
    if kind == "const":
        parent.extend(copy.deepcopy(then if formula[1] else otherwise))
    elif kind == "vars":
        choose = SubElement(parent, f"{CSL}choose")
        test = SubElement(choose, f"{CSL}if", variable=" ".join(formula[1]), match="any")
        test.extend(copy.deepcopy(then))
        SubElement(choose, f"{CSL}else").extend(copy.deepcopy(otherwise))
    elif kind == "or":
        first, rest = formula[1][0], formula[1][1:]
        later = Element("later")
        emit(rest[0] if len(rest) == 1 else ("or", rest), later, then, otherwise)
        emit(first, parent, then, list(later))
    else:
        choose = SubElement(parent, f"{CSL}choose")
        for index, (attributes, body) in enumerate(formula[1]):
            branch = SubElement(choose, f"{CSL}{'if' if index == 0 else 'else-if'}", attributes)
            emit(body, branch, then, otherwise)
        emit(formula[2], SubElement(choose, f"{CSL}else"), then, otherwise)


def indicator_macros(root: Element) -> dict[int, Element] | None:
    """For each bibliography sort key (by position) that is a macro which may render
    empty, the macro that prints ``0`` where it renders and ``1`` where it does not; None
    where some macro key cannot be told from the item's type and variables."""
    macros = {m.get("name") or "": m for m in root.iterfind(f"{CSL}macro")}
    sort = root.find(f"{CSL}bibliography/{CSL}sort")
    if sort is None:
        return {}
    analysis = Analysis(macros)
    found: dict[int, Element] = {}
    for position, key in enumerate(sort.iterfind(f"{CSL}key")):
        name = key.get("macro")
        if not name:
            continue
        try:
            formula = analysis.sequence(list(analysis._macro(name)))
        except Unknown:
            return None
        if formula[0] == "const":  # always or never renders: nothing to move
            continue
        macro = Element(f"{CSL}macro", name=f"citekit-renders-{position}")
        renders = [Element(f"{CSL}text", value="0")]
        emit(formula, macro, renders, [Element(f"{CSL}text", value="1")])
        if len(tostring(macro)) > MAX_MACRO:
            return None
        found[position] = macro
    return found


def empty_last(root: Element) -> bool:
    """Edit ``root`` (a copy of a style) so that its bibliography sorts each macro key
    that renders empty after the ones that render; False (``root`` unchanged) where that
    cannot be told from the items' types and variables."""
    found = indicator_macros(root)
    if found is None:
        return False
    sort = root.find(f"{CSL}bibliography/{CSL}sort")
    if sort is None or not found:
        return True
    keys = list(sort.iterfind(f"{CSL}key"))
    for position in sorted(found, reverse=True):
        sort.insert(list(sort).index(keys[position]),
                    Element(f"{CSL}key", macro=f"citekit-renders-{position}"))
    first_macro = next(iter(root.iterfind(f"{CSL}macro")), None)
    at = list(root).index(first_macro) if first_macro is not None else 0
    for macro in reversed(list(found.values())):
        root.insert(at, macro)
    return True


def _present(item: dict, name: str) -> bool:
    """Roughly whether pandoc would find ``name`` in ``item`` (for a guess only)."""
    value = item.get(name)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return value is not None


@cache
def _branch_test(branch: Element) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """A ``<choose>`` branch's test as (match, types, variables); None for ``<else>``."""
    if _tag(branch) == "else":
        return None
    attributes = branch.attrib
    types = tuple(attributes.get("type", "").split())
    return attributes.get("match", "all"), types, tuple(attributes.get("variable", "").split())


def _taken(branch: Element, item: dict) -> bool:
    """Whether ``item`` takes ``branch`` (on its type and variables alone)."""
    test = _branch_test(branch)
    if test is None:
        return True
    match, types, variables = test
    kind = item.get("type")
    tests = [kind == name for name in types] + [_present(item, name) for name in variables]
    if match == "any":
        return any(tests)
    if match == "none":
        return not any(tests)
    return all(tests)


def fixed_text(analysis: Analysis, elements: list[Element]) -> bool:
    """Whether ``elements`` print only fixed text, chosen by conditions (``_constant``)."""
    for element in elements:
        tag = _tag(element)
        if tag == "text" and "value" in element.attrib:
            continue
        if tag == "text" and element.get("macro"):
            body = analysis.macros.get(element.get("macro") or "")
            if body is None or not fixed_text(analysis, list(body)):
                return False
        elif tag == "choose":
            branches = list(element)
            if any(set(b.attrib) - _CONDITIONS for b in branches):
                return False
            if not all(fixed_text(analysis, list(branch)) for branch in branches):
                return False
        else:
            return False
    return True


def _constant(analysis: Analysis, elements: list[Element], item: dict) -> str:
    """What ``elements`` print for ``item`` when they print only fixed text under
    conditions on its type and variables; raises ``Unknown`` otherwise."""
    out = []
    for element in elements:
        tag = _tag(element)
        if tag == "text" and "value" in element.attrib:
            out.append(element.get("value") or "")
        elif tag == "text" and element.get("macro"):
            out.append(_constant(analysis, list(analysis._macro(element.get("macro") or "")), item))
        elif tag == "choose":
            for branch in element:
                if _taken(branch, item):
                    out.append(_constant(analysis, list(branch), item))
                    break
        else:
            raise Unknown(f"<{tag}> prints more than fixed text")
    return "".join(out)


def rough_text(analysis: Analysis, elements: list[Element], item: dict, *, particles: bool
               ) -> str:
    """Roughly what ``elements`` print for ``item`` (a guess at its sort key: the
    variables each branch prints, names as family then given, with a non-dropping
    particle first where the style keeps it there)."""
    out: list[str] = []
    for element in elements:
        tag = _tag(element)
        if tag == "text":
            if element.get("variable"):
                out.append(plain_value(item.get(element.get("variable") or "")))
            elif element.get("macro"):
                body = list(analysis.macros.get(element.get("macro") or "", []))
                out.append(rough_text(analysis, body, item, particles=particles))
            else:
                out.append(element.get("value") or "")
        elif tag in ("number", "date"):
            out.append(plain_value(item.get(element.get("variable") or "")))
        elif tag == "names":
            out.append(_names_text(analysis, element, item, particles=particles))
        elif tag == "group":  # nothing where every variable it calls is empty
            calling = [child for child in element if analysis.calls(child)]
            if not calling or rough_text(analysis, calling, item, particles=particles):
                out.append(rough_text(analysis, list(element), item, particles=particles))
        elif tag == "choose":
            for branch in element:
                if _taken(branch, item):
                    out.append(rough_text(analysis, list(branch), item, particles=particles))
                    break
    return " ".join(part for part in out if part)


def _names_text(analysis: Analysis, element: Element, item: dict, *, particles: bool) -> str:
    for name in (element.get("variable") or "").split():
        people = item.get(name)
        if isinstance(people, list) and people:
            return " ".join(_person(person, particles) for person in people)
    for child in element:
        if _tag(child) == "substitute":
            for option in child:
                text = rough_text(analysis, [option], item, particles=particles)
                if text:
                    return text
    return ""


def _person(person: object, particles: bool) -> str:
    if not isinstance(person, dict):
        return ""
    family = str(person.get("family") or person.get("literal") or "")
    if particles and person.get("non-dropping-particle"):
        family = f"{person['non-dropping-particle']} {family}"
    return f"{family} {person.get('given') or ''}".strip()


def plain_value(value: object) -> str:
    """A variable's value as rough text: a date as its digits, names family first."""
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if parts and parts[0]:
            return "".join(str(part).zfill(2) for part in parts[0][:3])
        return str(value.get("literal") or "")
    if isinstance(value, list):
        return " ".join(_person(person, True) for person in value)
    return "" if value is None else str(value)
