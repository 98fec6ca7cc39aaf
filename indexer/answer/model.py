"""How sure an answer is: a choice model over the candidates of a question, and how it is fitted.

Each candidate gets a score, the weighted sum of its features (`features.py`); "the papers don't say"
is one more choice with a score of its own (`null`). The probability of a candidate is its share of
the exponentiated scores of all the choices of its question (a conditional logit), so candidates
compete with each other and with saying nothing. The best candidate is the answer when its
probability reaches the threshold, else the answer is null.

The weights and the threshold are a small data file (`indexer/answer/data/answer_model.json`) made
by `minutebook fit-answers` from the evaluation kit's questions (`training.py` labels every
candidate of every question). Weights are fitted by maximum likelihood with an L2 penalty (damped
Newton steps, deterministic); the threshold is chosen on held-out folds grouped by paper, so that no
fold is scored on a paper it was fitted on, and the held-out figures are those of nested folds: each
outer fold is scored with weights and a threshold chosen without it.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from indexer.answer.features import FEATURES

MODEL_FILE = Path(__file__).parent / "data" / "answer_model.json"
ROWS_FILE = MODEL_FILE.with_name("answer_training.jsonl.gz")  # what it was fitted on (`training.py`)
L2 = 0.5
FOLDS = 5
MAX_FALSE = 0.06  # most wrong answers per answerable question the threshold may allow
MIN_ABSTAIN = 0.9  # least share of the unanswerable questions it must leave unanswered
# Until a model is fitted: weights that rank by the signals the old hand-weighted blend used.
DEFAULT = {"type": 1.5, "record": 1.0, "cover": 2.0, "named": 1.0, "sim": 2.5, "rank": 1.0, "date": 0.6,
           "period": 0.4, "council": 0.8, "leadin": -1.5}


@dataclass
class AnswerModel:
    """Weights per feature, the score of saying nothing, and the probability an answer needs."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT))
    null: float = 3.0
    threshold: float = 0.5
    info: dict = field(default_factory=dict)  # what it was fitted on, and its held-out figures

    def score(self, x: dict[str, float]) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in x.items())

    def probabilities(self, xs: list[dict[str, float]]) -> list[float]:
        """Each candidate's probability of being the answer, against the others and against null."""
        if not xs:
            return []
        s = np.array([self.score(x) for x in xs] + [self.null])
        e = np.exp(s - s.max())
        return [float(v) for v in e[:-1] / e.sum()]

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "weights": self.weights, "null": self.null,
                "threshold": self.threshold, "info": self.info}

    @classmethod
    def from_json(cls, data: dict) -> AnswerModel:
        return cls(dict(data["weights"]), float(data["null"]), float(data["threshold"]), data.get("info", {}))


def load_model(path: Path | None = None) -> AnswerModel:
    """The fitted model shipped with Minutebook (defaults when no file has been fitted yet)."""
    path = path or MODEL_FILE
    if not path.exists():
        return AnswerModel()
    return AnswerModel.from_json(json.loads(path.read_text(encoding="utf-8")))


# ---- fitting ------------------------------------------------------------------------------
def _design(questions: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per question: the choices' feature matrix (the last row is null) and which choices are right."""
    out = []
    n = len(FEATURES)
    for q in questions:
        x = np.zeros((len(q["candidates"]) + 1, n + 1))
        for i, c in enumerate(q["candidates"]):
            x[i, :n] = [c["features"][k] for k in FEATURES]
        x[-1, n] = 1.0  # the null choice: its own indicator
        right = np.array([bool(c["label"]) for c in q["candidates"]] + [False])
        if not right.any():
            right[-1] = True  # nothing right among the candidates: null is the right choice
        out.append((x, right))
    return out


def _objective(w: np.ndarray, design, l2: float) -> tuple[float, np.ndarray, np.ndarray]:
    """Negative penalised log-likelihood, its gradient, and a positive-definite curvature matrix."""
    value = 0.5 * l2 * float(w[:-1] @ w[:-1])
    grad = np.zeros_like(w)
    grad[:-1] = l2 * w[:-1]
    curve = np.eye(len(w)) * l2
    curve[-1, -1] = 1e-6  # null's score is not shrunk
    for x, right in design:
        s = x @ w
        p = np.exp(s - s.max())
        p /= p.sum()
        pr = p * right
        pr_sum = pr.sum()
        value -= math.log(max(pr_sum, 1e-300))
        mean_all, mean_right = p @ x, (pr / pr_sum) @ x
        grad += mean_all - mean_right
        centred = x - mean_all
        curve += (centred * p[:, None]).T @ centred
    return value, grad, curve


def fit_weights(questions: list[dict], l2: float = L2, steps: int = 100) -> tuple[dict[str, float], float]:
    """(weights, null score) of the penalised conditional logit, by damped Newton steps."""
    design = _design(questions)
    w = np.zeros(len(FEATURES) + 1)
    value, grad, curve = _objective(w, design, l2)
    for _ in range(steps):
        step = np.linalg.solve(curve, grad)
        t = 1.0
        while t > 1e-6:
            trial = w - t * step
            new = _objective(trial, design, l2)
            if new[0] <= value - 1e-4 * t * float(grad @ step):
                break
            t /= 2
        if t <= 1e-6:
            break
        w, (value, grad, curve) = trial, new
        if np.max(np.abs(t * step)) < 1e-9:
            break
    weights = {k: round(float(v), 6) for k, v in zip(FEATURES, w[:-1], strict=True)}
    return weights, round(float(w[-1]), 6)


def folds(groups: list[str], k: int = FOLDS) -> dict[str, int]:
    """Fold of each group (paper): sorted, dealt round-robin."""
    return {g: i % k for i, g in enumerate(sorted(set(groups)))}


def considered(xs: list[dict[str, float]]) -> list[int]:
    """The candidates an answer is chosen from: records first (when the store holds what is asked, the
    answer is read from the record), else all of them."""
    held = [i for i, x in enumerate(xs) if x.get("record")]
    return held or list(range(len(xs)))


def choose_answer(model: AnswerModel, xs: list[dict[str, float]], keys: list[list[str]]) -> tuple[int, float] | None:
    """The best answer among the candidates considered (`considered`) and its probability against them
    and null, candidates that say the same pooled; None without candidates."""
    pool = considered(xs)
    best = best_answer(model.probabilities([xs[i] for i in pool]), [keys[i] for i in pool])
    return None if best is None else (pool[best[0]], best[1])


def best_answer(probs: list[float], keys: list[list[str]]) -> tuple[int, float] | None:
    """The best answer: each thing a candidate says (`keys`: its values, or its words) gathers the
    probability of every candidate saying it; a candidate stands for the best-supported thing it says, and
    the most probable candidate saying the best-supported thing is the answer. (index, that support),
    None without candidates."""
    if not probs:
        return None
    pooled: dict[str, float] = {}
    for p, ks in zip(probs, keys, strict=True):
        for k in set(ks):
            pooled[k] = pooled.get(k, 0.0) + p
    support = [max(pooled[k] for k in ks) for ks in keys]
    i = max(range(len(probs)), key=lambda j: (support[j], probs[j], -j))
    return i, support[i]


def best_of(question: dict, model: AnswerModel) -> dict:
    """A question's best answer under a model: its probability, whether it is right, which candidate."""
    cands = question["candidates"]
    best = choose_answer(model, [c["features"] for c in cands], [c["keys"] for c in cands])
    if best is None:
        return {"qid": question["qid"], "p": 0.0, "right": False, "best": None}
    i, p = best
    return {"qid": question["qid"], "p": p, "right": bool(cands[i]["label"]), "best": i,
            "blocked": bool(cands[i].get("blocked"))}


def held_out(questions: list[dict], k: int = FOLDS, threshold: float | None = None) -> list[dict]:
    """Each question scored by a model fitted without its paper's fold; with `threshold` None, the
    threshold too is chosen without that fold (on the other folds' own held-out results)."""
    fold_of = folds([q["group"] for q in questions], k)
    out = []
    for f in range(k):
        train = [q for q in questions if fold_of[q["group"]] != f]
        test = [q for q in questions if fold_of[q["group"]] == f]
        if not train or not test:
            continue
        weights, null = fit_weights(train)
        t = threshold if threshold is not None else choose_threshold(train, held_out(train, k - 1, 0.0))
        model = AnswerModel(weights, null, t)
        out += [{**best_of(q, model), "threshold": t} for q in test]
    return out


def choose_threshold(questions: list[dict], results: list[dict]) -> float:
    """The threshold that answers most questions right, with at most MAX_FALSE wrong and at least
    MIN_ABSTAIN of the unanswerable ones abstained, on held-out results."""
    best, best_score = 0.5, -math.inf
    for t in sorted({round(r["p"], 4) for r in results} | {0.5}):
        f = figures(questions, [{**r, "threshold": t} for r in results])
        over = max(0.0, f["false_answers"] - MAX_FALSE) + max(0.0, MIN_ABSTAIN - f["abstain"])
        score = f["answer@1"] + 0.5 * f["abstain"] - f["false_answers"] - 5.0 * over
        if score > best_score + 1e-12:
            best, best_score = t, score
    return best


def figures(questions: list[dict], results: list[dict], k: int = 5) -> dict[str, float]:
    """The kit's figures for held-out results: evidence@1 and @k of the citations the answer step would
    give (the answer's paragraph first, then the passages), answer@1, false answers, abstain."""
    by_q = {r["qid"]: r for r in results}
    n = {"a": 0, "ev1": 0, "ev5": 0, "right": 0, "wrong": 0, "u": 0, "abstained": 0}
    for q in questions:
        r = by_q.get(q["qid"])
        if r is None:
            continue
        answered = r["best"] is not None and r["p"] >= r["threshold"] and not r.get("blocked")
        if not q["answerable"]:
            n["u"] += 1
            n["abstained"] += not answered
            continue
        n["a"] += 1
        evs = citation_evidence(q, r["best"])
        n["ev1"] += any(evs[:1])
        n["ev5"] += any(evs[:k])
        n["right"] += answered and r["right"]
        n["wrong"] += answered and not r["right"]
    a, u = max(1, n["a"]), n["u"]
    return {"evidence@1": round(n["ev1"] / a, 3), f"evidence@{k}": round(n["ev5"] / a, 3),
            "answer@1": round(n["right"] / a, 3), "false_answers": round(n["wrong"] / a, 3),
            "abstain": round(n["abstained"] / u, 3) if u else 1.0}


def citation_evidence(question: dict, best: int | None) -> list[bool]:
    """Whether each citation the answer holds has the kit's evidence: the best candidate's first, when
    there is one (answered or not), then the passages' (`answering.citations` in the same order)."""
    hits = [(pid, ev) for pid, _, ev in question["hits"]]
    if best is None:
        return [ev for _, ev in hits]
    c = question["candidates"][best]
    return [bool(c["ev"])] + [ev for (pid, ev), (_, text, _) in zip(hits, question["hits"], strict=True)
                              if not (pid == c["pid"] and text == c["cited"])]


def fit(questions: list[dict]) -> AnswerModel:
    """The model fitted on all questions, its threshold chosen on held-out folds, with held-out figures
    (nested: weights and threshold chosen without the fold scored), per kit set and together."""
    weights, null = fit_weights(questions)
    threshold = choose_threshold(questions, held_out(questions, threshold=0.0))
    nested = held_out(questions)
    sets = sorted({q["set"] for q in questions})
    info = {"questions": len(questions), "candidates": sum(len(q["candidates"]) for q in questions),
            "papers": len({q["group"] for q in questions}), "folds": FOLDS,
            "held_out": figures(questions, nested),
            **{f"held_out_{s}": figures([q for q in questions if q["set"] == s], nested) for s in sets}}
    return AnswerModel(weights, null, threshold, info)
