"""Read YAML keeping each value's line, so every error can name FILE:LINE; the one place where
BoundaryLab reads YAML (scenario bank, course.yml, sources, policy questions and answers).

Limits first: a YAML file can be small and still unbounded. Aliases (`*name`) repeat a value
without copying it, so nine lines of nested aliases ("billion laughs") stand for a billion values,
and whatever walks them (duplicate-key checks, validation, error messages) runs for minutes. A
file is refused, with its line and a sentence, when it is larger, nested deeper or expands to more
values than any BoundaryLab file needs (the largest bank file is about 100 kB and 6,000 values).
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import yaml

YamlPath = tuple[object, ...]  # the keys and list indexes that lead to a value


class _Loader(Protocol):
    """What load_located uses of a PyYAML loader; its stubs leave construct_document untyped."""

    def get_single_node(self) -> yaml.Node | None: ...
    def construct_document(self, node: yaml.Node) -> object: ...
    def dispose(self) -> None: ...


# libyaml's parser keeps the same marks (lines) and is about ten times faster: the bank loads
# when a learner opens a module, so this is most of the time to the first card.
FastLoader: Callable[[str], _Loader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


MAX_BYTES = 2_000_000
MAX_VALUES = 200_000  # counted with every alias expanded
MAX_DEPTH = 60


class YamlLimit(Exception):
    """A file beyond the limits above; `line` is where the problem shows."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


class DuplicateKey(Exception):
    def __init__(self, key: str, line: int):
        super().__init__(f"the key '{key}' appears twice in one mapping")
        self.key, self.line = key, line


@dataclass(frozen=True)
class Located:
    """A parsed document and its node tree, to look up the line of any value by its path."""

    data: object
    root: yaml.Node | None

    def line_of(self, path: YamlPath) -> int:
        """1-based line of the deepest node reachable along `path`."""
        node, line = self.root, 1
        for step in path:
            if node is None:
                break
            line = node.start_mark.line + 1
            node = _child(node, step)
        if node is not None:
            line = node.start_mark.line + 1
        return line


def _child(node: yaml.Node, step: object) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == step:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


def _check_unique_keys(node: yaml.Node) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key, value in node.value:
            if key.value in seen:
                raise DuplicateKey(key.value, key.start_mark.line + 1)
            seen.add(key.value)
            _check_unique_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_unique_keys(item)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return node.value if isinstance(node, yaml.SequenceNode) else []


def _check_size(node: yaml.Node, counted: dict[int, int], depth: int = 0) -> int:
    """How many values `node` stands for with its aliases expanded (each shared node is counted
    once per use but walked once, so the check itself stays fast)."""
    if id(node) in counted:
        return counted[id(node)]
    if depth > MAX_DEPTH:
        raise YamlLimit(
            f"values are nested more than {MAX_DEPTH} levels deep; no BoundaryLab file needs that",
            node.start_mark.line + 1,
        )
    total = 1
    for child in _children(node):
        total += _check_size(child, counted, depth + 1)
        if total > MAX_VALUES:
            raise YamlLimit(
                f"its aliases (*name) expand to more than {MAX_VALUES:,} values, which no BoundaryLab "
                "file needs (a 'billion laughs' file?): write the values out instead",
                node.start_mark.line + 1,
            )
    counted[id(node)] = total
    return total


def read_text(path: str | Path) -> str:
    """The text of a YAML file; YamlLimit before reading one too large to be a BoundaryLab file."""
    size = Path(path).stat().st_size
    if size > MAX_BYTES:
        raise YamlLimit(f"the file is {size:,} bytes long; a BoundaryLab YAML file can be at most {MAX_BYTES:,}")
    return Path(path).read_text(encoding="utf-8")


def load_located(text: str) -> Located:
    """Parse one YAML document; raises yaml.YAMLError, YamlLimit or DuplicateKey."""
    if len(text) > MAX_BYTES:
        raise YamlLimit(f"the text is {len(text):,} characters long; BoundaryLab reads at most {MAX_BYTES:,}")
    loader = FastLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return Located(None, None)
        _check_size(root, {})
        _check_unique_keys(root)
        return Located(loader.construct_document(root), root)
    finally:
        loader.dispose()


def load_file(path: str | Path) -> object:
    """The data of a YAML file, within the limits; raises OSError, UnicodeDecodeError,
    yaml.YAMLError, YamlLimit or DuplicateKey."""
    return load_located(read_text(path)).data
