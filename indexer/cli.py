"""The `minutebook` command: thin click commands over library calls."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import click

from indexer.settings import Settings, load_settings
from indexer.store import queries, write_csv
from models import MinutebookError
from models.dates import long_date, parse_iso

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _iso(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_iso(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date: use yyyy-mm-dd, e.g. 2017-03-06") from None


def filter_options(f):
    """--council --committee --since --until --kind --person, shared by every listing command."""
    for opt in reversed([
        click.option("--council", help="a council's name, e.g. 'Kent County Council' (any case)"),
        click.option("--committee", help="exact committee name, e.g. 'Adult Social Care Committee'"),
        click.option("--since", callback=_iso, help="meetings on or after this ISO date"),
        click.option("--until", callback=_iso, help="meetings on or before this ISO date"),
        click.option("--kind", type=click.Choice(["paragraph", "decision", "recommendation",
                                                  "action", "figure"]), help="what to list"),
        click.option("--person", help="a person's name or surname, e.g. Borrett"),
    ]):
        f = opt(f)
    return f


@click.group()
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="data folder for the index (env MINUTEBOOK_DATA, default instance/)")
@click.option("-v", "--verbose", is_flag=True, help="log each stage with counts and seconds")
@click.version_option(package_name="minutebook")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, verbose: bool) -> None:
    """Minutebook: search and cited answers over committee papers.

    Example: minutebook --data instance index corpus/documents
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = load_settings(data_dir=data_dir)


def _db(settings: Settings):
    from indexer.store import open_store

    return open_store(settings.db_path, create=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_obj
def index(settings: Settings, paths: tuple[Path, ...]) -> None:
    """Index committee papers (files or folders) into the data folder.

    Ctrl-C (SIGINT) or SIGTERM stops the run at the next document boundary; run it again to finish.

    Example: minutebook index corpus/documents papers/2024-09-09-pack.pdf
    """
    from indexer.engine import Engine

    sys.exit(run_index(settings, list(paths), Engine(settings)))


@contextlib.contextmanager
def stop_on_signals() -> Iterator[tuple[threading.Event, list[int]]]:
    """(event, signals received): SIGINT and SIGTERM set the event, so the run stops at the next
    document boundary; a second signal stops at once (the store's transactions still hold)."""
    stop, received = threading.Event(), []

    def handle(signum: int, frame) -> None:
        received.append(signum)
        if stop.is_set():
            raise KeyboardInterrupt if signum == signal.SIGINT else SystemExit(128 + signum)
        stop.set()
        click.echo(f"\n{signal.Signals(signum).name}: stopping after the current document "
                   "(send it again to stop at once)", err=True)

    if threading.current_thread() is not threading.main_thread():  # only the main thread gets signals
        yield stop, received
        return
    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop, received
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def run_index(settings: Settings, paths: list[Path], runtime) -> int:
    """`minutebook index` with this engine: progress, the summary, and the exit status (1 if a
    file failed, 128 + the signal's number when SIGINT or SIGTERM stopped the run)."""
    from indexer.pipeline import index_paths

    with stop_on_signals() as (stop, received), \
            click.progressbar(length=0, label="indexing", show_pos=True, file=sys.stderr) as bar:
        def progress(path: str) -> None:
            bar.length = (bar.length or 0) + 1
            bar.update(1)

        report = index_paths(paths, settings, runtime, progress, stop=stop)
    for _path, message in report.failed:
        click.echo(f"failed: {printable(message)}", err=True)
    for _path, message in report.skipped:
        click.echo(f"skipped: {printable(message)}", err=True)
    c = report.counts
    click.echo(f"documents: {len(report.new)} new, {len(report.updated)} updated, "
               f"{len(report.unchanged)} unchanged, {len(report.failed)} failed"
               + (f", {len(report.skipped)} skipped" if report.skipped else ""))
    click.echo(f"index: {c.get('documents', 0)} documents, {c.get('meetings', 0)} meetings, "
               f"{c.get('items', 0)} items, {c.get('decisions', 0)} decisions, "
               f"{c.get('actions', 0)} actions, {c.get('recommendations', 0)} recommendations, "
               f"{c.get('figures', 0)} figures")
    if report.interrupted:
        name = signal.Signals(received[0]).name if received else "stop"
        click.echo(f"interrupted by {name}: {_count(len(report.not_reached), 'file')} not indexed, "
                   f"{_count(len(report.waiting), 'document')} waiting for the keyword and vector sync; "
                   "run the same command again to finish", err=True)
        return 128 + received[0] if received else 1
    return 0 if report.ok else 1


_UNPRINTABLE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text for one terminal line: control characters (CR, LF, ESC ...) and bidi overrides in a
    file name are shown as escapes (\\r, \\x1b, \\u202e), so a name cannot forge lines or colours."""
    return _UNPRINTABLE_RE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    c = m.group()
    named = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(c)
    return named or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


@cli.command()
@click.pass_obj
def stats(settings: Settings) -> None:
    """Count what the index holds.

    Example: minutebook stats
    """
    from indexer.store import counts

    for name, n in counts(_db(settings)).items():
        click.echo(f"{name:16} {n}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="print JSON, as /api/decisions gives")
@click.option("--csv", "as_csv", is_flag=True, help="print CSV for a spreadsheet")
@click.option("--verb", help="only decisions with this verb, e.g. AGREED")
@click.option("--limit", type=click.IntRange(1, 100_000), default=1000, show_default=True)
@filter_options
@click.pass_obj
def decisions(settings: Settings, as_json: bool, as_csv: bool, verb: str | None, limit: int,
              council, committee, since, until, kind, person) -> None:
    """List decisions and actions, newest first.

    Example: minutebook decisions --committee "Adult Social Care Committee" --since 2017-01-01 --csv
    """
    rows = queries.decisions(_db(settings), committee=committee, since=since, until=until,
                             verb=verb, kind=kind if kind in ("decision", "action") else None,
                             person=person, council=council, limit=limit)
    if as_json:
        click.echo(json.dumps({"ok": True, "results": rows}, indent=1, ensure_ascii=False))
    elif as_csv:
        write_csv(rows, sys.stdout)
    else:
        for d in rows:
            v = d["votes"]
            vote = f" [for {v['for']}, against {v['against']}, abstain {v['abstain']}]" if v else ""
            click.echo(f"{long_date(d['meeting_date'])}  {d['committee']}  {d['paragraph'] or d['item']}"
                       f"  {'/'.join(d['verbs'])}{vote}\n    {d['text'][:300]}")


@cli.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="print JSON, as /api/search gives")
@click.option("--limit", type=click.IntRange(1, 200), default=10, show_default=True)
@filter_options
@click.pass_obj
def search(settings: Settings, query: str, as_json: bool, limit: int, **filters) -> None:
    """Search paragraphs, decisions, recommendations and figures.

    Example: minutebook search "hired transport" --kind figure
    """
    from indexer.engine import Engine

    _db(settings)
    result = Engine(settings).search(query, filters, limit=limit)
    if as_json:
        click.echo(json.dumps({"ok": True, **result}, indent=1, ensure_ascii=False))
        return
    click.echo(f"{result['total']} results for {query!r}")
    for r in result["results"]:
        click.echo(f"[{r['kind']}] {_cite_label(r)}\n    {r['text'][:300]}")


def _cite_label(c: dict) -> str:
    council = c.get("council") if c.get("council") != c.get("committee") else None
    parts = [council, c.get("committee"), long_date(c.get("meeting_date"))]
    if c.get("paragraph"):
        parts.append(f"paragraph {c['paragraph']}")
    if c.get("page"):
        parts.append(f"page {c['page']}")
    return ", ".join(p for p in parts if p) + f"  ({c.get('title')})"


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="print JSON, as /api/answer gives")
@filter_options
@click.pass_obj
def ask(settings: Settings, question: str, as_json: bool, **filters) -> None:
    """Answer a question from the papers, with the paragraph it rests on.

    Example: minutebook ask "What was the vote on the transport policy?"
    """
    from indexer.engine import Engine

    _db(settings)
    result = Engine(settings).answer(question, filters)
    if as_json:
        click.echo(json.dumps({"ok": True, **result}, indent=1, ensure_ascii=False))
        return
    a = result["answer"]
    if not a:
        click.echo("The papers don't say.")
        for c in result["citations"][:3]:
            click.echo(f"  nearest: {_cite_label(c)}")
        return
    click.echo(f"{a['text']}\n  — {_cite_label(a['citation'])}\n  {a['citation']['text'][:400]}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", type=click.IntRange(0, 64), help="worker processes (default: setting workers, 0 = one per core)")
@click.option("--threads", type=click.IntRange(0, 1000), help="threads per worker (default: setting threads)")
@click.pass_obj
def serve(settings: Settings, host: str, port: int, workers: int | None, threads: int | None) -> None:
    """Serve the pages and the JSON API (gunicorn: a worker per core, models loaded once).

    Example: minutebook --data instance serve --port 5000
    """
    import dataclasses

    from webapp.serve import serve as serve_app
    from webapp.serve import sized

    settings = sized(dataclasses.replace(settings, workers=settings.workers if workers is None else workers,
                                         threads=settings.threads if threads is None else threads))
    click.echo(f"Minutebook on http://{host}:{port} (data: {settings.data_dir}; {settings.workers} workers, "
               f"{settings.threads} threads each)", err=True)
    serve_app(settings, host, port)


@cli.command("fit-answers")
@click.option("--gold", "gold", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="a question file in the kit's form (JSON lines), once per set; the first must sit beside the "
                   "kit's evaluate.py, whose scorer labels the candidates")
@click.option("--rows", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="where the labelled candidate rows are written (or read, with --from-rows); default: the "
                   "shipped indexer/answer/data/answer_training.jsonl.gz")
@click.option("--from-rows", is_flag=True, help="fit on the rows file as it is, without asking the index")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="where the model is written (default: the one shipped, indexer/answer/data/answer_model.json)")
@click.pass_obj
def fit_answers(settings: Settings, gold: tuple[Path, ...], rows: Path | None, from_rows: bool,
                out: Path | None) -> None:
    """Fit the answer model on the evaluation kit's questions over the papers indexed in --data.

    Example: minutebook --data /tmp/kit fit-answers --gold ../shared/eval/gold_dev.jsonl --gold ../shared/eval/gold_wide.jsonl --gold tests/data/questions_own.jsonl

    --data must hold the papers the questions are about (the kit's sample and wide corpus). Refit the
    shipped rows alone, as the tests do, with: minutebook fit-answers --from-rows
    """
    from indexer.answer import model, training

    rows = rows or model.ROWS_FILE
    out = out or model.MODEL_FILE
    if from_rows:
        table = training.read_rows(rows)
    else:
        if not gold:
            raise click.UsageError("give --gold files to collect rows from, or --from-rows to refit the rows file")
        from indexer.engine import Engine

        _db(settings)
        table = training.collect(Engine(settings), training.read_gold(list(gold)), training.kit_scorer(gold[0]))
        training.write_rows(table, rows)
    fitted = model.fit(table)
    out.write_text(json.dumps(fitted.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    info = fitted.info
    click.echo(f"{info['questions']} questions, {info['candidates']} candidates, {info['papers']} papers; "
               f"threshold {fitted.threshold}; written to {out}")
    for name in sorted(k for k in info if k.startswith("held_out")):
        click.echo(f"{name}: " + " ".join(f"{k}={v}" for k, v in info[name].items()))


def main() -> None:
    """Console entry point: library errors become one clear line and exit status 1."""
    try:
        cli(standalone_mode=True)
    except MinutebookError as e:
        click.echo(f"error: {e.message}", err=True)
        sys.exit(1)
