"""Read YAML keeping each value's line, so every error can name FILE:LINE."""

from dataclasses import dataclass

import yaml

# libyaml's parser keeps the same marks (lines) and is about ten times faster: the bank loads
# when a learner opens a module, so this is most of the time to the first card.
FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(Exception):
    def __init__(self, key: str, line: int):
        super().__init__(f"the key '{key}' appears twice in one mapping")
        self.key, self.line = key, line


@dataclass(frozen=True)
class Located:
    """A parsed document and its node tree, to look up the line of any value by its path."""

    data: object
    root: yaml.Node | None

    def line_of(self, path: tuple) -> int:
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


def _child(node: yaml.Node, step) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == step:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


def _check_unique_keys(node: yaml.Node) -> None:
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            if key.value in seen:
                raise DuplicateKey(key.value, key.start_mark.line + 1)
            seen.add(key.value)
            _check_unique_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_unique_keys(item)


def load_located(text: str) -> Located:
    """Parse one YAML document; raises yaml.YAMLError or DuplicateKey."""
    loader = FastLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return Located(None, None)
        _check_unique_keys(root)
        return Located(loader.construct_document(root), root)
    finally:
        loader.dispose()
