"""``dataclass``, ``field``, ``replace`` and ``asdict`` as citekit's classes use them, cheaper
to import than the standard library's ``dataclasses``.

``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``) and
compiles each class's ``__init__``, ``__repr__`` and ``__eq__`` from source when the class
is defined: together about a fifth of the instructions of ``citekit format`` of one
reference, which loads some forty such classes and instantiates a few. Here a class's
``__init__`` is compiled the first time the class is instantiated, and the other methods
are shared functions that read the class's fields.

What is supported is what citekit uses, with the standard library's behaviour:
``@dataclass`` and ``@dataclass(frozen=True)``; fields with a default, a
``field(default_factory=...)`` or ``field(init=False)``; ``__post_init__``; equality on the
fields, frozen instances hashed on them (others unhashable); ``fields``, ``replace`` and
``asdict``. The classes are not ``dataclasses`` classes to the standard library's functions.
Type checkers are shown the standard library's functions.
"""

from __future__ import annotations

import copy

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from dataclasses import asdict, dataclass, field, fields, replace
else:

    class _Missing:
        def __repr__(self) -> str:
            return "MISSING"

    MISSING = _Missing()

    class FrozenInstanceError(AttributeError):
        """Assigning to a field of a frozen instance."""

    class Field:
        """A field's name and how it gets its value."""

        __slots__ = ("name", "default", "default_factory", "init")

        def __init__(self, default=MISSING, default_factory=MISSING, init=True):
            if default is not MISSING and default_factory is not MISSING:
                raise ValueError("cannot specify both default and default_factory")
            self.name = ""
            self.default = default
            self.default_factory = default_factory
            self.init = init

        def __repr__(self) -> str:
            return f"Field(name={self.name!r}, default={self.default!r}, init={self.init})"

    def field(*, default=MISSING, default_factory=MISSING, init=True):
        """How a field gets its value: a default, a factory called per instance, or
        ``init=False`` (set by ``__post_init__``)."""
        return Field(default, default_factory, init)

    def dataclass(cls=None, /, *, frozen=False):
        """Give ``cls`` an ``__init__`` taking its annotated fields, a ``__repr__`` and an
        ``__eq__`` on them, and (``frozen``) no assignment after ``__init__``, hashing."""

        def wrap(cls):
            return _record(cls, frozen)

        return wrap if cls is None else wrap(cls)

    def _record(cls, frozen):
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "__record_fields__", {}))
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, MISSING)
            made = value if isinstance(value, Field) else Field(default=value)
            made.name = name
            if isinstance(made.default, list | dict | set):
                raise ValueError(
                    f"mutable default {type(made.default)} for field {name} is not allowed:"
                    " use default_factory"
                )
            if made.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, made.default)
            fields[name] = made
        own = cls.__dict__
        explicit_hash = own.get("__hash__", MISSING) not in (MISSING, None)
        cls.__record_fields__ = fields
        for name, method in (("__init__", _first_init(cls)), ("__repr__", _repr), ("__eq__", _eq)):
            if name not in own:
                setattr(cls, name, method)
        if frozen:
            cls.__setattr__ = _frozen_setattr
            cls.__delattr__ = _frozen_delattr
        if not explicit_hash:
            cls.__hash__ = _hash if frozen else None
        cls.__match_args__ = tuple(name for name, made in fields.items() if made.init)
        return cls

    def _first_init(cls):
        """An ``__init__`` that compiles the class's real one, puts it in its place and
        runs it (a class defined but never instantiated costs no compiling)."""

        def __init__(self, *args, **kwargs):
            if cls.__dict__.get("__init__") is __init__:
                cls.__init__ = _compiled_init(cls)
            cls.__init__(self, *args, **kwargs)

        __init__.__qualname__ = f"{cls.__qualname__}.__init__"
        return __init__

    def _compiled_init(cls):
        fields = cls.__record_fields__
        frozen = cls.__setattr__ is _frozen_setattr
        namespace = {"MISSING": MISSING}
        parameters, body = [], []
        for made in fields.values():
            name = made.name
            if made.init:
                if made.default_factory is not MISSING:
                    namespace[f"_factory_{name}"] = made.default_factory
                    parameters.append(f"{name}=MISSING")
                    value = f"_factory_{name}() if {name} is MISSING else {name}"
                elif made.default is not MISSING:
                    namespace[f"_default_{name}"] = made.default
                    parameters.append(f"{name}=_default_{name}")
                    value = name
                else:
                    if parameters and "=" in parameters[-1]:
                        raise TypeError(f"non-default argument {name!r} follows default argument")
                    parameters.append(name)
                    value = name
            elif made.default_factory is not MISSING:
                namespace[f"_factory_{name}"] = made.default_factory
                value = f"_factory_{name}()"
            elif made.default is not MISSING:
                namespace[f"_default_{name}"] = made.default
                value = f"_default_{name}"
            else:
                continue
            body.append(f"_values_[{name!r}] = {value}" if frozen else f"self.{name} = {value}")
        if frozen and body:  # past __setattr__, as object.__setattr__ but three times faster
            body.insert(0, "_values_ = self.__dict__")
        if hasattr(cls, "__post_init__"):
            body.append("self.__post_init__()")
        source = (f"def __init__(self, {', '.join(parameters)}):\n    "
                  + "\n    ".join(body or ["pass"]) + "\n")
        exec(source, namespace)  # noqa: S102 (the source is built from the class's field names)
        made_init = namespace["__init__"]
        made_init.__qualname__ = f"{cls.__qualname__}.__init__"
        return made_init

    def _values(self):
        return tuple(getattr(self, name) for name in self.__record_fields__)

    def _repr(self):
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
        return f"{type(self).__qualname__}({shown})"

    def _eq(self, other):
        if other.__class__ is self.__class__:
            return _values(self) == _values(other)
        return NotImplemented

    def _hash(self):
        return hash(_values(self))

    def _frozen_setattr(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def _frozen_delattr(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def fields(class_or_instance):
        """The fields, in order (each with its ``name``)."""
        return tuple(class_or_instance.__record_fields__.values())

    def replace(obj, /, **changes):
        """A new instance of ``obj``'s class with ``changes`` to its fields."""
        for name, made in obj.__record_fields__.items():
            if not made.init:
                if name in changes:
                    raise ValueError(f"field {name} is declared with init=False,"
                                     " it cannot be specified with replace()")
            elif name not in changes:
                changes[name] = getattr(obj, name)
        return obj.__class__(**changes)

    def asdict(obj):
        """The instance's fields as a dict, nested instances, lists, tuples and dicts
        converted too (other values are deep copies)."""
        return _as_plain(obj)

    def _as_plain(value):
        if hasattr(type(value), "__record_fields__"):
            return {name: _as_plain(getattr(value, name)) for name in value.__record_fields__}
        if isinstance(value, tuple) and hasattr(value, "_fields"):
            return type(value)(*[_as_plain(v) for v in value])
        if isinstance(value, list | tuple):
            return type(value)(_as_plain(v) for v in value)
        if isinstance(value, dict):
            return type(value)((_as_plain(k), _as_plain(v)) for k, v in value.items())
        return copy.deepcopy(value)


__all__ = ["asdict", "dataclass", "field", "fields", "replace"]
