from boundarylab.progress import ProgressStore
from boundarylab.shuffle import learner_id, option_order


def test_each_learner_has_an_order_of_their_own_that_stays_the_same(tmp_path):
    one, two = ProgressStore.open(tmp_path / "one"), ProgressStore.open(tmp_path / "two")
    a, b = learner_id(one), learner_id(two)
    assert a != b and learner_id(one) == a  # made once, kept
    orders = {learner: [tuple(option_order(learner, f"item-{n}", 4)) for n in range(20)] for learner in (a, b)}
    assert orders[a] != orders[b]
    assert orders[a] == [tuple(option_order(a, f"item-{n}", 4)) for n in range(20)]
    assert all(sorted(o) == [0, 1, 2, 3] for o in orders[a])
    assert len(set(orders[a])) > 5  # the items differ from each other too


def test_without_a_learner_the_bank_order_stands():
    assert option_order(None, "item-1", 4) == [0, 1, 2, 3]
