"""Speed of ``hronika analyze`` on one core: start-up time, articles/s, KB/s, time per stage, peak memory.

    python benchmarks/bench_analyze.py [--limit N] [--json OUT]

Articles: the Bulgarian SlavicNER raw texts when ../shared/data is present (else the bundled example,
repeated). Runs in a child process pinned to one core with single-threaded numeric libraries.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SINGLE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}

STARTUP = (
    "import time; t=time.perf_counter(); import hronika; p=hronika.Pipeline(); "
    "p('Министърът заяви вчера в София, че протестите ще продължат.'); "
    "print(time.perf_counter()-t)"
)


def _pin_to_one_core() -> None:
    """One core (the last one, so the NER benchmark, pinned to the first, can run beside it)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})


def startup_seconds(repeats: int = 5) -> float:
    """Median wall time of a fresh interpreter importing hronika, loading every model and analysing a sentence."""
    env = {**os.environ, **SINGLE_THREAD}
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def cli_seconds(repeats: int = 5) -> float:
    """Median wall time of ``hronika analyze --example --format json`` (interpreter start-up included)."""
    env = {**os.environ, **SINGLE_THREAD}
    command = [sys.executable, "-m", "hronika", "analyze", "--example", "--format", "json"]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _articles(limit: int | None) -> tuple[str, list[str]]:
    from hronika.cli import bundled_example
    from hronika.data import DataNotFound, data_dir

    try:
        files = sorted((data_dir() / "slavicner" / "raw").glob("*/bg/*.txt"))
        label = "SlavicNER bg raw articles"
    except DataNotFound:
        files = [bundled_example()] * 200
        label = "bundled example x200"
    texts = [f.read_text(encoding="utf-8") for f in files]
    return label, texts[:limit] if limit else texts


def throughput(limit: int | None) -> dict[str, float | str]:
    """Analyse the articles with one pipeline on one core; time each stage."""
    import resource

    import hronika

    _pin_to_one_core()
    label, texts = _articles(limit)
    pipeline = hronika.Pipeline()
    stage_time = {name: 0.0 for name, _ in pipeline.stages}
    tokens = 0
    start = time.perf_counter()
    for text in texts:
        doc = hronika.Document(text=text)
        for name, stage in pipeline.stages:
            t = time.perf_counter()
            doc = stage(doc)
            stage_time[name] += time.perf_counter() - t
        tokens += len(doc.tokens)
    elapsed = time.perf_counter() - start
    kbytes = sum(len(t.encode("utf-8")) for t in texts) / 1000
    return {
        "corpus": label,
        "articles": len(texts),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(texts) / elapsed, 1),
        "kb_per_s": round(kbytes / elapsed, 1),
        "tokens_per_s": round(tokens / elapsed),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "ms_per_article_by_stage": {k: round(1000 * v / len(texts), 2) for k, v in stage_time.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="analyse only the first N articles")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(throughput(args.limit)))
        return
    child = [sys.executable, __file__, "--child"] + (["--limit", str(args.limit)] if args.limit else [])
    run = subprocess.run(child, env={**os.environ, **SINGLE_THREAD}, capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"benchmark failed:\n{run.stderr}")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    figures["startup_s"] = round(startup_seconds(), 3)
    figures["cli_example_s"] = round(cli_seconds(), 3)
    print(f"corpus: {figures['corpus']} ({figures['articles']} articles), one core")
    print("| metric | value |\n|---|---|")
    for key in ("articles_per_s", "kb_per_s", "tokens_per_s", "startup_s", "cli_example_s", "peak_memory_mb"):
        print(f"| {key} | {figures[key]} |")
    for stage, ms in figures["ms_per_article_by_stage"].items():
        print(f"| ms/article: {stage} | {ms} |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
