"""Load a spec as plain JSON data, strictly.

YAML readers disagree: PyYAML (YAML 1.1) reads ``2023-01-15`` as a date and ``yes`` as ``True``,
Redocly (YAML 1.2) reads both as strings, and silently keeps the last of two duplicate keys. A
spec must mean the same thing to every tool that reads it, so this loader rejects duplicate keys
and scalars that the two YAML versions read differently, and keeps the line of every node so
that problems can be reported with a line number next to the JSON pointer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem, pointer

# Plain scalars that YAML 1.1 resolves to something other than what YAML 1.2's core schema does.
_YAML11_ONLY = re.compile(
    r"""^(?:
        [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|$).*   # timestamps
      | yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF           # 1.1 booleans
      | [-+]?0[0-7_]+                                 # 1.1 octal
      | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?   # sexagesimal
    )$""",
    re.VERBOSE,
)


class _Yaml12Loader(yaml.SafeLoader):
    """SafeLoader without the YAML 1.1 timestamp resolver: such values stay strings."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class LoadedSpec:
    """A spec document with the YAML line of every JSON pointer in it."""

    path: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, ptr: str) -> int | None:
        """The line of ``ptr``, or of its nearest ancestor that has one."""
        while True:
            if ptr in self.lines:
                return self.lines[ptr]
            if not ptr:
                return None
            ptr = ptr.rsplit("/", 1)[0]

    def problem(self, ptr: str, message: str, check: str) -> Problem:
        return Problem(self.path, ptr, message, check, self.line_of(ptr))


class SpecLoadError(Exception):
    """The file is not a readable, unambiguous YAML document."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def _walk(node: yaml.Node, parts: tuple[str | int, ...], path: str, spec: LoadedSpec,
          problems: list[Problem]) -> None:
    ptr = pointer(parts)
    spec.lines.setdefault(ptr, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(Problem(path, pointer(parts + (key,)),
                                        f"duplicate key {key!r} (first at line {seen[key]})",
                                        "yaml", line))
            seen[key] = line
            _walk(value_node, parts + (key,), path, spec, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, parts + (index,), path, spec, problems)
    elif (isinstance(node, yaml.ScalarNode) and node.style is None
          and _YAML11_ONLY.match(node.value)):
        problems.append(Problem(path, ptr, f"plain scalar {node.value!r} means different "
                                "things in YAML 1.1 and 1.2; quote it", "yaml",
                                node.start_mark.line + 1))


def load_spec(path: str | Path) -> LoadedSpec:
    """Read ``path``; raise :class:`SpecLoadError` naming every ambiguity found."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=_Yaml12Loader)
        data = yaml.load(text, Loader=_Yaml12Loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecLoadError([Problem(name, "", f"cannot read: {exc}", "yaml")]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise SpecLoadError([Problem(name, "", f"invalid YAML: {exc}", "yaml", line)]) from exc
    spec = LoadedSpec(name, data)
    problems: list[Problem] = []
    if root is not None:
        _walk(root, (), name, spec, problems)
    if not isinstance(data, dict):
        problems.append(Problem(name, "", "the document is not a mapping", "yaml", 1))
    if problems:
        raise SpecLoadError(problems)
    return spec
