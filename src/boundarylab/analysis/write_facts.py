"""Rewrite pattern_facts.json after changing a check: `python -m boundarylab.analysis.write_facts`."""

import json
import sys

from boundarylab.analysis.facts import FACTS_FILE, catalogue_facts


def main() -> int:
    facts = catalogue_facts()
    rows = (f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(facts.items()))
    FACTS_FILE.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")
    print(f"wrote the facts of {len(facts)} expressions to {FACTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
