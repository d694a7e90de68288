"""Classical item analysis on a score matrix (reference/assessment.md §1). Pure: numbers in,
numbers out, so every figure in the cohort report can be checked by hand.

X is learners × items, each cell 0..max_marks[i] (0/1 for keyed items), from first attempts only.
T = X.sum(1) is each learner's total and R_i = T − X_i the rest score. Percentages are 0..100.
Standard deviations of items use ddof=1 (as Moodle); KR-20 and alpha use the same ddof for items
and total, so on 0/1 items they are the same number.
"""

from dataclasses import dataclass

import numpy as np

GROUP_SHARE = 0.27  # top and bottom groups for upper-lower D and option rates


@dataclass(frozen=True)
class ItemStats:
    item: str
    max_marks: float
    facility: float  # 100 · mean / max
    sd: float | None  # 100 · sd / max
    discrimination: float | None  # 100 · corr(X_i, R_i): the corrected item-total correlation
    point_biserial: float | None  # item included; 0/1 items only
    upper_lower: float  # p in top 27 % − p in bottom 27 % (mean / max for partial credit)
    efficiency: float | None  # 100 · cov(X_i, R_i) / cov_max
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Reliability:
    n: int
    k: int
    value: float | None  # KR-20 or Cronbach's alpha
    sem: float | None  # standard error of measurement, in marks


@dataclass(frozen=True)
class OptionStats:
    item: str
    option: str
    is_key: bool
    share: float  # of all learners, 0..100
    share_top: float
    share_bottom: float
    mean_rest: float | None  # mean rest score of those who chose it
    flags: tuple[str, ...]


def groups(totals, share: float = GROUP_SHARE) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the top and bottom groups by total; ties keep learner order (stable sort)."""
    t = np.asarray(totals, float)
    size = max(1, round(share * len(t)))
    order = np.argsort(-t, kind="stable")
    bottom = np.argsort(t, kind="stable")[:size]
    return order[:size], bottom


def _corr(x, y) -> float | None:
    if len(x) < 2 or np.std(x) == 0 or np.std(y) == 0:
        return None
    return float(np.corrcoef(x, y)[0, 1])


def _flags(facility: float, discrimination: float | None, efficiency: float | None) -> tuple[str, ...]:
    flags = []
    if facility > 95:
        flags.append("too easy to tell learners apart")
    elif facility < 10:
        flags.append("too hard to tell learners apart")
    if discrimination is not None and discrimination < 0:
        flags.append("negative discrimination: check the key")
    elif discrimination is not None and discrimination < 20:
        flags.append("weak discrimination")
    if efficiency is not None and efficiency < 15:
        flags.append("dubious (efficiency below 15)")
    return tuple(flags)


def item_stats(X, max_marks, names) -> list[ItemStats]:
    X = np.asarray(X, float)
    n, k = X.shape
    T = X.sum(1)
    top, bottom = groups(T)
    out = []
    for i in range(k):
        x, r, m = X[:, i], T - X[:, i], float(max_marks[i])
        facility = 100 * x.mean() / m
        sd = 100 * x.std(ddof=1) / m if n > 1 else None
        disc = _corr(x, r)
        discrimination = None if disc is None else 100 * disc
        pbis = None
        if set(np.unique(x)) <= {0.0, 1.0} and np.std(T) > 0 and 0 < x.mean() < 1:
            p = x.mean()
            pbis = float((T[x == 1].mean() - T[x == 0].mean()) / T.std() * np.sqrt(p * (1 - p)))
        upper_lower = float(x[top].mean() / m - x[bottom].mean() / m)
        efficiency = None
        if n > 1:
            cov_max = np.cov(np.sort(x), np.sort(r))[0, 1]
            if cov_max > 0:
                efficiency = float(100 * np.cov(x, r)[0, 1] / cov_max)
        out.append(
            ItemStats(
                names[i],
                m,
                float(facility),
                None if sd is None else float(sd),
                discrimination,
                pbis,
                upper_lower,
                efficiency,
                _flags(facility, discrimination, efficiency),
            )
        )
    return out


def _reliability(X, sum_item_var: float, total_var: float) -> Reliability:
    n, k = X.shape
    if k < 2 or n < 2 or total_var == 0:
        return Reliability(n, k, None, None)
    value = k / (k - 1) * (1 - sum_item_var / total_var)
    sem = float(X.sum(1).std(ddof=1) * np.sqrt(1 - value)) if 0 <= value <= 1 else None
    return Reliability(n, k, float(value), sem)


def cronbach_alpha(X) -> Reliability:
    """k/(k−1) · (1 − Σ var(X_i) / var(T)), sample variances."""
    X = np.asarray(X, float)
    return _reliability(X, float(X.var(0, ddof=1).sum()), float(X.sum(1).var(ddof=1)))


def kr20(X) -> Reliability:
    """KR-20 on 0/1 items: k/(k−1) · (1 − Σ p q / var(T)), population variances; the same number as
    Cronbach's alpha on the same items."""
    X = np.asarray(X, float)
    if not set(np.unique(X)) <= {0.0, 1.0}:
        raise ValueError("KR-20 needs items scored 0 or 1; use cronbach_alpha for partial credit")
    p = X.mean(0)
    return _reliability(X, float((p * (1 - p)).sum()), float(X.sum(1).var()))


def option_stats(
    item: str, chosen, options, key, totals, item_scores, rare_floor: float | None = 5.0, unflagged=()
) -> list[OptionStats]:
    """Per-option rates for one item. `chosen` holds each learner's option; `totals` their total and
    `item_scores` their score on this item, for the rest score. A distractor chosen by fewer than
    `rare_floor` % is flagged (None: never, e.g. for verdicts, where every option always exists);
    options in `unflagged` (such as "no answer") are counted but never flagged."""
    chosen = list(chosen)
    n = len(chosen)
    T = np.asarray(totals, float)
    rest = T - np.asarray(item_scores, float)
    top, bottom = groups(T)
    rows = []
    for option in options:
        picked = np.array([c == option for c in chosen])
        share = 100 * picked.mean() if n else 0.0
        share_top = 100 * picked[top].mean() if n else 0.0
        share_bottom = 100 * picked[bottom].mean() if n else 0.0
        mean_rest = float(rest[picked].mean()) if picked.any() else None
        rows.append([option, share, share_top, share_bottom, mean_rest])
    out = []
    for option, share, share_top, share_bottom, mean_rest in rows:
        flags = []
        if option in unflagged:
            pass
        elif option == key:
            if share_top <= share_bottom and n:
                flags.append("the key is not chosen more by the top group: miskey or ambiguous stem?")
        else:
            if rare_floor is not None and share < rare_floor:
                flags.append(f"chosen by fewer than {rare_floor:g} %: not working")
            if share_top > share_bottom:
                flags.append("chosen more by the top group: arguably correct, review the content")
        out.append(
            OptionStats(
                item,
                str(option),
                option == key,
                float(share),
                float(share_top),
                float(share_bottom),
                mean_rest,
                tuple(flags),
            )
        )
    return out
