"""People and organisations: where each appears in the papers."""
from __future__ import annotations

from flask import Blueprint, render_template

from indexer.store import people_queries
from webapp.db import get_db

bp = Blueprint("people", __name__)


@bp.get("/people")
def people():
    return render_template("people.html", people=people_queries.people(get_db()), nav="meetings")


@bp.get("/people/<key>")
def person(key: str):
    return render_template("person.html", p=people_queries.person(get_db(), key), nav="meetings")


@bp.get("/organisations")
def organisations():
    return render_template("organisations.html", orgs=people_queries.organisations(get_db()),
                           nav="meetings")


@bp.get("/organisations/<key>")
def organisation(key: str):
    return render_template("organisation.html", o=people_queries.organisation(get_db(), key),
                           nav="meetings")
