from types import SimpleNamespace as NS

from boundarylab.summary import first_scores, module_summary


def attempt(sid, part, score):
    return NS(scenario_id=sid, part=part, score=score)


def scenario(sid, *principles):
    return NS(id=sid, answer=NS(principles=list(principles)))


def test_the_first_try_of_each_part_counts():
    got = first_scores([attempt("a", "rewrite", 0.2), attempt("a", "rewrite", 0.9), attempt("a", "judgement", None)])
    assert got == {"a": {"rewrite": 0.2}}


def test_module_summary_scores_by_principle_over_answered_scenarios():
    scenarios = [
        scenario("a", "confidentiality"),
        scenario("b", "confidentiality", "testimonials"),
        scenario("c", "crisis"),
    ]
    s = module_summary(
        scenarios,
        [
            attempt("a", "judgement", 1.0),
            attempt("b", "judgement", 0.5),
            attempt("b", "choice", 0.0),
            attempt("z", "judgement", 1.0),
        ],
    )
    assert (s.answered, s.total, s.mean) == (2, 3, 0.625)
    rows = {r.principle: (r.answered, r.total, r.mean) for r in s.by_principle}
    assert rows == {"confidentiality": (2, 2, 0.625), "testimonials": (1, 1, 0.25), "crisis": (0, 1, None)}


def test_a_module_scores_the_first_try_and_shows_the_best_try_beside_it():
    scenarios = [scenario("a", "crisis"), scenario("b", "crisis")]
    s = module_summary(
        scenarios,
        [
            attempt("a", "judgement", 0.4),
            attempt("a", "judgement", 1.0),
            attempt("a", "choice", 0.0),
            attempt("b", "choice", 1.0),
        ],
    )
    assert (s.answered, s.mean, s.best, s.unanswered) == (1, 0.2, 0.5, ("b",))  # b: no verdict yet
