"""``citekit.records`` behaves as the standard library's ``dataclasses`` for what citekit uses."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from citekit.records import asdict, dataclass, field, fields, replace


@dataclass(frozen=True)
class Place:
    file: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    message: str
    place: Place = field(default_factory=Place)
    tags: tuple[str, ...] = ()


@dataclass
class Entry:
    index: int
    raw: str
    notes: list[str] = field(default_factory=list)
    length: int = field(init=False)

    def __post_init__(self) -> None:
        self.length = len(self.raw)


@dataclasses.dataclass(frozen=True)
class StdFinding:
    rule: str
    message: str
    place: Place = dataclasses.field(default_factory=Place)
    tags: tuple[str, ...] = ()


def test_init_takes_fields_in_order_with_defaults_and_factories():
    found = Finding("r", "m")
    assert (found.rule, found.message, found.place, found.tags) == ("r", "m", Place(), ())
    assert Finding("r", "m", Place("a", 2), ("x",)).place.line == 2
    assert Finding(message="m", rule="r") == found
    with pytest.raises(TypeError):
        Finding("r")  # a field without a default is required
    with pytest.raises(TypeError):
        Finding("r", "m", bogus=1)


def test_each_instance_gets_its_own_factory_value_and_post_init_runs():
    first, second = Entry(1, "abc"), Entry(2, "de")
    first.notes.append("x")
    assert second.notes == [] and first.notes == ["x"]
    assert (first.length, second.length) == (3, 2)
    with pytest.raises(TypeError):
        Entry(1, "abc", [], 3)  # init=False: not a parameter


def test_repr_eq_and_hash_are_the_standard_librarys():
    ours, theirs = Finding("r", "m", tags=("a",)), StdFinding("r", "m", tags=("a",))
    assert repr(ours).replace("Finding", "X") == repr(theirs).replace("StdFinding", "X")
    assert hash(ours) == hash(theirs)  # both hash the tuple of the fields
    assert ours == Finding("r", "m", tags=("a",)) and ours != Finding("r", "other")
    assert ours != theirs  # another class is never equal
    assert len({ours, Finding("r", "m", tags=("a",))}) == 1
    with pytest.raises(TypeError):
        hash(Entry(1, "a"))  # not frozen: unhashable, as with dataclasses


def test_frozen_instances_refuse_assignment_and_deletion():
    found = Finding("r", "m")
    with pytest.raises(AttributeError):
        found.rule = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del found.message  # type: ignore[misc]
    entry = Entry(1, "a")
    entry.raw = "changed"
    assert entry.raw == "changed"


def test_replace_and_asdict():
    found = Finding("r", "m", Place("f", 3), ("a",))
    moved = replace(found, place=Place("g", 4))
    assert moved == Finding("r", "m", Place("g", 4), ("a",)) and found.place.file == "f"
    assert asdict(found) == {
        "rule": "r", "message": "m", "place": {"file": "f", "line": 3}, "tags": ("a",)}
    assert [each.name for each in fields(found)] == ["rule", "message", "place", "tags"]
    assert not dataclasses.is_dataclass(found)  # the standard library's functions pass it by
    with pytest.raises(ValueError):
        replace(Entry(1, "a"), length=3)
    nested = Entry(1, "a", [["x"]])  # type: ignore[list-item]
    plain = asdict(nested)
    plain["notes"][0].append("y")
    assert nested.notes == [["x"]]  # a copy, not the instance's own list


def test_copies_and_pickles_keep_the_fields():
    found = Finding("r", "m", Place("f", 1))
    assert pickle.loads(pickle.dumps(found)) == found
    assert copy.deepcopy(found) == found and copy.copy(Entry(1, "ab")).length == 2


def test_mutable_defaults_and_misordered_fields_are_refused():
    with pytest.raises(ValueError):

        @dataclass
        class Bad:
            items: list = []  # noqa: RUF012

    @dataclass
    class Misordered:
        a: int = 1
        b: int  # type: ignore[misc]

    with pytest.raises(TypeError):
        Misordered(1, 2)


def test_a_subclass_has_its_parents_fields_first():
    @dataclass(frozen=True)
    class Labelled(Place):
        label: str = ""

    assert Labelled("f", 2, "x") == Labelled(file="f", line=2, label="x")
    assert asdict(Labelled("f", 2, "x")) == {"file": "f", "line": 2, "label": "x"}



def test_field_names_never_clash_with_the_generated_code():
    @dataclass(frozen=True)
    class Odd:
        fields: tuple[str, ...] = ()
        values: list[str] = field(default_factory=list)

    odd = Odd(("a",))
    assert (odd.fields, odd.values) == (("a",), []) and odd == Odd(fields=("a",))
