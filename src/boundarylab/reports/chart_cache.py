"""The dashboard's chart images, kept on disk under the numbers they show and drawn again only
when those numbers or the drawing code change. matplotlib's import and drawing are most of the
progress page's time; a chart the learner's work has not changed since the last visit skips both.
Any problem with a kept image just means drawing it; only the current images are kept."""

import base64
import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from boundarylab import __version__
from boundarylab.bank.loader import Bank
from boundarylab.ce.standing import Status
from boundarylab.paths import write_whole
from boundarylab.reports import charts

DPI = 96  # the notebook column's own resolution
PREFIX = "chart-"


@dataclass(frozen=True)
class ChartImage:
    alt: str
    png: bytes


def chart_images(bank: Bank, status: Status, cache_dir: Path | None) -> list[ChartImage]:
    plan = charts.dashboard_plan(bank, status)
    if cache_dir is None:
        return [_drawn(draw, numbers) for draw, numbers in plan]
    cache_dir = Path(cache_dir)
    paths = [cache_dir / f"{PREFIX}{_key(draw, numbers)}.json" for draw, numbers in plan]
    images = [
        _kept(path) or _keep(path, _drawn(draw, numbers)) for path, (draw, numbers) in zip(paths, plan, strict=True)
    ]
    _forget_all_but(cache_dir, paths)
    return images


def _key(draw: Callable[..., charts.Chart], numbers: tuple[object, ...]) -> str:
    """Changes with the numbers shown and with the code that draws them."""
    code = Path(charts.__file__).stat()
    text = f"{__version__} {code.st_size} {code.st_mtime_ns} {DPI} {draw.__name__} {numbers!r}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _drawn(draw: Callable[..., charts.Chart], numbers: tuple[object, ...]) -> ChartImage:
    chart = draw(*numbers)
    return ChartImage(chart.alt, chart.png(dpi=DPI))


def _kept(path: Path) -> ChartImage | None:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        return ChartImage(saved["alt"], base64.b64decode(saved["png"]))
    except Exception:  # noqa: BLE001 - missing, partial or unreadable: draw it instead
        return None


def _keep(path: Path, image: ChartImage) -> ChartImage:
    text = json.dumps({"alt": image.alt, "png": base64.b64encode(image.png).decode()})
    with contextlib.suppress(OSError):  # not kept: drawn again next time
        write_whole(path, text)
    return image


def _forget_all_but(cache_dir: Path, keep: list[Path]) -> None:
    for old in set(cache_dir.glob(f"{PREFIX}*.json")) - set(keep):
        old.unlink(missing_ok=True)
