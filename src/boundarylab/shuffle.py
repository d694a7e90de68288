"""Options in an order of the learner's own: shuffled per learner and item, the same for that
learner every time, so the position of the best step tells nothing and a return visit looks as it
did. Deterministic from the learner id and the item id; the stored answer keeps the bank's index."""

import hashlib
import random
import uuid

LEARNER = "learner"  # event kind: the learner's random id, recorded once in their progress store


def learner_id(store) -> str:
    """The id of the learner who owns this progress store, made on first use."""
    mine = store.events(LEARNER)
    if mine:
        return mine[0].data["id"]
    store.record(LEARNER, {"id": uuid.uuid4().hex})
    return store.events(LEARNER)[0].data["id"]  # the first one recorded wins if two kernels race


def option_order(learner: str | None, item: str, count: int) -> list[int]:
    """Bank indices in the order this learner sees them; the bank's order without a learner."""
    order = list(range(count))
    if learner:
        seed = hashlib.sha256(f"{learner}\n{item}".encode()).digest()
        random.Random(seed).shuffle(order)
    return order
