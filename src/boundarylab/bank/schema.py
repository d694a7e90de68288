"""scenarios/schema.json, generated from the models so editors can complete and check YAML."""

import json
from pathlib import Path

from boundarylab.bank.models import ModuleFile

SCHEMA_PATH = Path("scenarios") / "schema.json"


def schema_text() -> str:
    schema = ModuleFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "BoundaryLab module file (scenarios/<module-id>.yaml)"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schema(path: str | Path = SCHEMA_PATH) -> bool:
    """Write the schema; True when the file changed."""
    path, text = Path(path), schema_text()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def schema_is_current(path: str | Path = SCHEMA_PATH) -> bool:
    path = Path(path)
    return path.exists() and path.read_text(encoding="utf-8") == schema_text()
