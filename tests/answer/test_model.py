"""The answer model: the choice among candidates (and null), its fit, held-out figures and the refit."""
import json

import pytest

from indexer.answer import model, training
from indexer.answer.features import FEATURES


def cand(label: int, key: str, ev: int = 0, pid: str = "p1", **values: float) -> dict:
    return {"features": {k: values.get(k, 0.0) for k in FEATURES}, "label": label, "ev": ev, "pid": pid,
            "cited": pid, "keys": [key], "blocked": 0}


def question(qid: str, group: str, candidates: list[dict], answerable: bool = True, hits=None) -> dict:
    return {"qid": qid, "group": group, "set": "kit", "answerable": answerable, "candidates": candidates,
            "hits": hits if hits is not None else [["p9", "p9", 0]]}


def toy_kit() -> list[dict]:
    """Twelve papers: the right candidate has the higher `cover`; unanswerable ones have low `cover` only."""
    out = []
    for n in range(12):
        right = cand(1, "a", ev=1, cover=0.9, sim=0.6)
        wrong = cand(0, "b", pid="p2", cover=0.3 + 0.02 * n, sim=0.55)
        out.append(question(f"q{n}", f"paper{n}", [right, wrong]))
        out.append(question(f"u{n}", f"paper{n}", [cand(0, "c", cover=0.2, sim=0.3)], answerable=False))
    return out


def test_probabilities_share_one_with_saying_nothing():
    m = model.AnswerModel({k: 0.0 for k in FEATURES} | {"cover": 2.0}, null=1.0)
    p = m.probabilities([{"cover": 1.0}, {"cover": 0.0}])
    assert p[0] > p[1] and 0.99 > sum(p) > 0.5
    assert m.probabilities([]) == []


def test_candidates_that_say_the_same_pool_their_probability():
    assert model.best_answer([0.3, 0.25, 0.25, 0.1], [["x"], ["y"], ["y"], ["z"]]) == (1, 0.5)
    assert model.best_answer([], []) is None


def test_a_candidate_giving_two_values_supports_each():
    # '£10.926m' alone (0.2), '£7.2m against a target of £10.926m' (0.15), '£7.2m' elsewhere (0.25)
    keys = [["=£10.926m"], ["=£10.926m", "=£7.2m"], ["=£7.2m"]]
    assert model.best_answer([0.2, 0.15, 0.25], keys) == (2, pytest.approx(0.4))
    assert model.best_answer([0.3, 0.15, 0.2], keys) == (0, pytest.approx(0.45))


def test_the_fit_weights_what_marks_the_right_candidate_and_is_deterministic():
    kit = toy_kit()
    weights, null = model.fit_weights(kit)
    assert weights["cover"] > 1.0 and weights["cover"] > abs(weights["type"])
    assert model.fit_weights(kit) == (weights, null)


def test_held_out_scores_each_question_once_with_a_model_that_never_saw_its_paper():
    kit = toy_kit()
    results = model.held_out(kit, threshold=0.0)
    assert sorted(r["qid"] for r in results) == sorted(q["qid"] for q in kit)
    fold = model.folds([q["group"] for q in kit])
    assert sorted(set(fold.values())) == [0, 1, 2, 3, 4] and fold == model.folds(sorted({q["group"] for q in kit}))


def test_figures_count_the_lead_citation_answers_and_abstentions():
    hits = [["p9", "p9", 0], ["p1", "p1", 1]]
    kit = [question("a", "g", [cand(1, "k", ev=1)], hits=hits),      # right, its paragraph has the evidence
           question("b", "g", [cand(0, "k", pid="p3")], hits=hits),  # wrong: evidence only second
           question("c", "g", [cand(0, "k")], answerable=False)]     # answered though the papers don't say
    results = [{"qid": q, "p": 0.9, "right": q == "a", "best": 0, "threshold": 0.5} for q in "abc"]
    assert model.figures(kit, results) == {"evidence@1": 0.5, "evidence@5": 1.0, "answer@1": 0.5,
                                           "false_answers": 0.5, "abstain": 0.0}
    blocked = [{**r, "blocked": r["qid"] != "a"} for r in results]  # not about what the question names
    assert model.figures(kit, blocked)["false_answers"] == 0.0 and model.figures(kit, blocked)["abstain"] == 1.0


def test_the_threshold_keeps_wrong_answers_rare():
    kit = toy_kit()
    fitted = model.fit(kit)
    held = fitted.info["held_out"]
    assert held["false_answers"] <= model.MAX_FALSE and held["answer@1"] == 1.0 and held["abstain"] == 1.0


def test_the_threshold_leaves_most_unanswerable_questions_unanswered():
    """Ten right answers at p 0.6-0.69 and ten unanswerable questions answered at p 0.7-0.79: answering the
    right ones would answer every unanswerable one too, so the threshold sits above them all."""
    kit = [question(f"q{n}", "g", [cand(1, "a")]) for n in range(10)] + \
          [question(f"u{n}", "g", [cand(0, "b")], answerable=False) for n in range(10)]
    results = [{"qid": f"q{n}", "p": 0.6 + n / 100, "right": True, "best": 0} for n in range(10)] + \
              [{"qid": f"u{n}", "p": 0.7 + n / 100, "right": False, "best": 0} for n in range(10)]
    t = model.choose_threshold(kit, results)
    assert model.figures(kit, [{**r, "threshold": t} for r in results])["abstain"] >= model.MIN_ABSTAIN


def test_refitting_the_shipped_rows_gives_the_shipped_model():
    rows = training.read_rows(model.ROWS_FILE)
    shipped = json.loads(model.MODEL_FILE.read_text(encoding="utf-8"))
    refit = model.fit(rows).to_json()
    assert refit["features"] == shipped["features"] == list(FEATURES)
    assert refit["weights"] == pytest.approx(shipped["weights"], abs=1e-6)
    assert (refit["null"], refit["threshold"], refit["info"]) == (shipped["null"], shipped["threshold"], shipped["info"])


def test_an_amount_pools_however_it_is_printed():
    from indexer.answer.answering import answer_keys
    from indexer.answer.question import classify
    qt = classify("How far over budget did hired transport end up in 2016-17?")
    minute = answer_keys(qt, "Hired Transport, overspend £3.074m.")
    row = answer_keys(qt, "Hired Transport: Variance to Budget £m 3.074; % 83.7%")
    assert minute == ["=3.074"] and "=3.074" in row
    us = classify("How much were the claims and demands the council approved on November 8, 2022?")
    assert answer_keys(us, "Claims totalling $1,250,000.00 were approved.") == \
        answer_keys(us, "Total: $1,250,000") == ["=1250000"]


def test_a_date_pools_however_it_is_printed():
    from indexer.answer.answering import answer_keys
    from indexer.answer.question import classify
    qt = classify("When are Adults and Finance planned to go live?")
    assert answer_keys(qt, "They go live on 20 November 2017.") == ["=2017-11-20"]
    assert answer_keys(qt, "Go-live: 20/11/2017") == ["=2017-11-20"]
    assert answer_keys(qt, "The go-live is set for November 20, 2017.") == ["=2017-11-20"]
