"""Answers: what a question asks for, the candidates that could answer it, the cited answer.

Open this package for "why was this question answered wrongly, or not at all?".
"""
from indexer.answer.answering import answer_question
from indexer.answer.question import classify

__all__ = ["answer_question", "classify"]
