import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "ce"))

from known_history import bank, clock, home, provider, store  # noqa: F401  (fixtures)
