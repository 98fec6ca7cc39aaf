"""`make bench`: speed and scale of Minutebook at 1x, 10x and 100x the sample corpus, in one run.

    python -m bench --data instance [--scales 1,10,100] [--quick] [--backend B] [--seq N] [--keyword K]

Builds the replicated corpora (bench/corpus.py), indexes each scale into its own data folder
in a process of its own (bench/scale.py), measures quality and encoders at 1x
(bench/quality.py), checks that `minutebook serve` is ready at once and loads models on the
first answer, then writes <data>/bench/latest.json (the published shape), details.json
(everything measured) and prints a table. See docs/SCALING.md for what the numbers say.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench import ops, report
from bench.corpus import build_corpus
from bench.measure import commit, machine

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "documents"
WIDE = ROOT.parent / "shared" / "corpus-wide" / "docs"  # its readable files lend sentences and names


def _env() -> dict:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run(cmd: list[str]) -> None:
    print("+", " ".join(cmd[2:]), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, env=_env(), cwd=ROOT)


def corpora(bench: Path, scales: list[int]) -> dict[int, Path]:
    """Replicas made once for the largest scale; each scale a folder of hard links to its first n."""
    wide = sorted(WIDE.iterdir()) if WIDE.is_dir() else []
    replicas = build_corpus(sorted(SAMPLE.glob("*.txt")), bench / "corpus" / "replicas", max(scales), wide)
    out = {}
    for n in scales:
        folder = bench / "corpus" / f"x{n}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in replicas:
            if int(path.name[1:4]) < n:  # a hard link: the indexer skips symbolic links out of a folder
                try:
                    os.link(path, folder / path.name)
                except OSError:
                    shutil.copyfile(path, folder / path.name)
        out[n] = folder
    return out


def serve_check(data: Path, question: str, queries: list[str], budget_s: float) -> dict:
    """Start `minutebook serve`: seconds until /api/health answers, then the first and second answer,
    then /api/answer under 1 and under 8 concurrent clients for `budget_s` each (bench/ops.py)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = str(Path(sys.executable).parent / "minutebook")
    cmd = [cli, "--data", str(data), "serve", "--host", "127.0.0.1", "--port", str(port)] if Path(cli).exists() \
        else [sys.executable, "-m", "indexer.cli", "--data", str(data), "serve", "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    out: dict = {}
    try:
        while time.perf_counter() - t0 < 120:
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=5):
                    out["serve_ready_s"] = round(time.perf_counter() - t0, 2)
                    break
            except OSError:
                time.sleep(0.05)
        q = urllib.parse.urlencode({"q": question})
        for key in ("serve_first_answer_s", "serve_second_answer_s"):
            t1 = time.perf_counter()
            with urllib.request.urlopen(f"{base}/api/answer?{q}", timeout=600) as r:
                r.read()
            out[key] = round(time.perf_counter() - t1, 2)
        t1 = time.perf_counter()
        with urllib.request.urlopen(base + "/api/health", timeout=5):
            out["serve_health_ms"] = round((time.perf_counter() - t1) * 1e3, 1)
        for clients in (1, ops.CONCURRENT):
            run = ops.concurrent_answers(base, queries, clients, budget_s)
            out[f"concurrent{clients}"] = run
            out[f"concurrent{clients}_answer_p95_ms"] = run["p95_ms"]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return out


def write(bench: Path, results: list[dict], quality: dict | None, started: float) -> str:
    """latest.json (the published shape) and details.json (everything measured); the table."""
    latest = report.latest(commit(ROOT), machine(), results, quality)
    latest["keyword_backend"] = results[0].get("keyword_backend") if results else None
    checks = report.targets(results, quality, latest)
    latest["targets"] = checks
    (bench / "latest.json").write_text(json.dumps(latest, indent=1))
    rows = ("rows", "cheap_rows", "op_rows")
    details = {"latest": latest, "targets": checks, "quality": quality, "seconds": round(time.perf_counter() - started),
               "scales": [{k: v for k, v in r.items() if k not in rows} for r in results],
               **{name: {r["scale"]: r.get(name) for r in results} for name in rows}}
    (bench / "details.json").write_text(json.dumps(details, indent=1))
    return report.table(results, quality, latest, checks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("MINUTEBOOK_DATA", "instance")))
    ap.add_argument("--scales", default="1,10,100", help="comma-separated multiples of the sample corpus")
    ap.add_argument("--quick", action="store_true", help="sampled model timings, short query loops")
    ap.add_argument("--backend", help="encoder backend (default: the settings default)")
    ap.add_argument("--seq", type=int, help="encoder max_seq_length (default: the settings default)")
    ap.add_argument("--keyword", choices=["fts5", "whoosh"], help="keyword backend (default: the settings default)")
    ap.add_argument("--budget", type=float, help="seconds of query timing per scale (default 150, quick 40); "
                    "filters and pages get half of it, concurrent answers 45 s per client count")
    ap.add_argument("--keep", action="store_true", help="keep each scale's data folder")
    args = ap.parse_args()
    scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    bench = args.data.resolve() / "bench"
    bench.mkdir(parents=True, exist_ok=True)
    vectors, queries = bench / "vectors.db", bench / "queries.json"
    vectors.unlink(missing_ok=True)  # shared across the scales of one run only: 1x always starts cold
    queries.unlink(missing_ok=True)
    folders = corpora(bench, scales)
    extra = [*(["--backend", args.backend] if args.backend else []), *(["--seq", str(args.seq)] if args.seq else []),
             *(["--keyword", args.keyword] if args.keyword else [])]
    budget = args.budget or (40 if args.quick else 150)
    results, started, quality = [], time.perf_counter(), None
    for n in scales:
        data, out = bench / f"data-x{n}", bench / f"scale-x{n}.json"
        sample = ["--sample", "300" if args.quick else "1500"] if (n > 1 or args.quick) else []
        _run([sys.executable, "-m", "bench.scale", "--scale", str(n), "--corpus", str(folders[n]),
              "--data", str(data), "--out", str(out), "--queries", str(queries), "--vectors", str(vectors), "--models", str(bench / "models"),
              "--budget", str(budget), *sample, *extra])
        result = json.loads(out.read_text())
        asked = [q["q"] for q in json.loads(queries.read_text())]
        result.update(serve_check(data, "What was Adult Social Services' final outturn position for 2016-17?",
                                  asked, 20 if args.quick else 45))
        results.append(result)
        if n == 1:  # quality and encoders at 1x first, so that a run stopped at a later scale keeps them
            q_out = bench / "quality.json"
            _run([sys.executable, "-m", "bench.quality", "--data", str(data), "--out", str(q_out),
                  *(["--sample", "300"] if args.quick else []), *extra])
            quality = json.loads(q_out.read_text())
        write(bench, results, quality, started)  # what is measured so far survives a stopped run
        print(f"bench: {n}x done, {time.perf_counter() - started:.0f}s so far", file=sys.stderr, flush=True)
    if not args.keep:
        for n in scales:
            shutil.rmtree(bench / f"data-x{n}", ignore_errors=True)
    print(write(bench, results, quality, started))
    print(f"\nwrote {bench / 'latest.json'} and details.json in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
