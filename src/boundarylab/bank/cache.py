"""A pickled copy of the validated bank, reused while neither the bank files nor the code that
reads them have changed. Loading the YAML is most of the time to a learner's first card; the
copy makes every later start skip it. Any problem with the copy just means a normal load."""

import hashlib
import pickle
from pathlib import Path

from boundarylab import __version__
from boundarylab.bank.loader import Bank, load_bank
from boundarylab.paths import write_whole

CODE = ("bank/models.py", "bank/loader.py", "bank/yamlnodes.py", "vocab.py", "course.py")
PREFIX = "bank-"


def fingerprint(bank_path: str | Path) -> str:
    """Changes whenever a bank file or the loading code changes (name, size, modification time)."""
    package = Path(__file__).resolve().parents[1]
    files = sorted(p for p in Path(bank_path).iterdir() if p.suffix in (".yaml", ".yml"))
    files += [package / rel for rel in CODE]
    h = hashlib.sha256(f"{__version__} {Path(bank_path).resolve()}".encode())
    for p in files:
        st = p.stat()
        h.update(f"{p.name} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


def load_bank_cached(bank_path: str | Path, cache_dir: Path) -> Bank:
    cache_dir = Path(cache_dir)
    copy = cache_dir / f"{PREFIX}{fingerprint(bank_path)}.pickle"
    try:
        with open(copy, "rb") as fh:
            bank = pickle.load(fh)
        if isinstance(bank, Bank):
            return bank
    except Exception:  # noqa: BLE001 - a missing, partial or outdated copy: load the YAML instead
        pass
    bank = load_bank(bank_path)
    _write(copy, bank)
    return bank


def _write(copy: Path, bank: Bank) -> None:
    """Atomically (a reader never sees half a file); old copies are removed; failures are ignored."""
    try:
        write_whole(copy, pickle.dumps(bank, protocol=pickle.HIGHEST_PROTOCOL))
        for old in copy.parent.glob(f"{PREFIX}*.pickle"):
            if old != copy:
                old.unlink(missing_ok=True)
    except OSError:
        pass
