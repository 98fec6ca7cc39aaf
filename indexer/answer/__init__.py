"""Answers: what a question asks for, the candidates that could answer it, the cited answer.

Open this package for "why was this question answered wrongly, or not at all?".
"""
from indexer.answer.answering import answer_question, rank_candidates
from indexer.answer.model import AnswerModel, fit, load_model
from indexer.answer.question import classify

__all__ = ["AnswerModel", "answer_question", "classify", "fit", "load_model", "rank_candidates"]
