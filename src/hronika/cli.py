"""The ``hronika`` command line: analyse articles, train and evaluate the project's models."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

if TYPE_CHECKING:
    from hronika.doc import Document

FORMATS = ("text", "json", "jsonl", "html")

#: ``hronika train NAME`` / ``hronika evaluate NAME`` -> the package holding ``training`` / ``evaluation``.
TRAINABLE = {"segmentation": "hronika.text", "morph": "hronika.morph", "ner": "hronika.ner",
             "entities": "hronika.entities"}
EVALUABLE = {
    "segmentation": "hronika.text",
    "morph": "hronika.morph",
    "ner": "hronika.ner",
    "entities": "hronika.entities",
    "quotes": "hronika.quotes",
    "events": "hronika.events",
}
#: Options whose CLI spelling differs from the Python parameter name.
OPTION_ALIASES = {"folds": "folds_n"}
#: The options each stage's ``evaluate`` and ``train`` take (anything else is a usage error, not silently ignored).
STAGE_OPTIONS = {
    ("evaluate", "segmentation"): {"split": "dev|test", "cv": "K", "errors": "FILE", "news": "", "c1": "X", "c2": "X"},
    ("evaluate", "morph"): {"split": "dev|test", "cv": "K", "errors": "FILE"},
    ("evaluate", "ner"): {"protocol": "cv|loto|both", "folds": "K", "workers": "N", "seed": "N"},
    ("evaluate", "entities"): {"folds": "K", "seed": "N"},
    ("evaluate", "quotes"): {"gold": "DIR", "errors": ""},
    ("evaluate", "events"): {"gold": "DIR", "errors": ""},
    ("train", "segmentation"): {"c1": "X", "c2": "X"},
    ("train", "morph"): {"c1": "X", "c2": "X"},
    ("train", "ner"): {"iterations": "N", "seed": "N"},
    ("train", "entities"): {},
}


def _options_help(kind: str) -> str:
    """The stage options of ``kind`` for the command's help text."""
    lines = []
    for (k, stage), options in STAGE_OPTIONS.items():
        if k == kind:
            shown = " ".join(f"[--{o.replace('_', '-')}{' ' + v if v else ''}]" for o, v in options.items()) or "(none)"
            lines.append(f"{stage}: {shown}")
    return "\b\nStage options:\n" + "\n".join(lines)


def _fail(message: str) -> None:
    click.echo(f"hronika: error: {message}", err=True)


def _parse_size(value: str) -> int:
    units = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}
    text = value.strip().lower().removesuffix("b")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(text)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 500k or 5MB") from None


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def bundled_example() -> Path:
    """The example article shipped with the package."""
    return Path(__file__).parent / "examples" / "sofia-protest.txt"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hronika")
def cli() -> None:
    """hronika: structured knowledge from Bulgarian news."""


def _analysed(paths: list[str], date: str | None, max_size: str, progress: bool) -> Iterator["Document | None"]:
    """Yield analysed documents in input order (``None`` for an input that failed; its error is printed)."""
    from hronika.io import InputError, read_inputs
    from hronika.pipeline import Pipeline

    pipeline = Pipeline()
    records = read_inputs(paths, max_bytes=_parse_size(max_size), stdin=sys.stdin.buffer)
    bar = None
    if progress and len(paths) > 1 and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        countable = all(p != "-" and not p.lower().endswith((".json", ".jsonl")) for p in paths)
        bar = Progress(console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task("analysing", total=len(paths) if countable else None)
    try:
        for record in records:
            if bar is not None:
                bar.advance(task)
            if isinstance(record, InputError):
                _fail(str(record))
                yield None
                continue
            try:
                yield pipeline(
                    record.text,
                    published=date or record.published,
                    title=record.title,
                    source=record.source,
                    url=record.url,
                    id=record.id,
                )
            except Exception as exc:  # one bad document must not stop the batch
                _fail(f"{record.source}: analysis failed: {type(exc).__name__}: {exc}")
                yield None
    finally:
        if bar is not None:
            bar.stop()


def _write(docs: list["Document"], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for doc in docs:
            out.write(doc.to_json() + "\n")
    elif fmt == "json":
        if len(docs) == 1:
            out.write(docs[0].to_json(indent=1) + "\n")
        else:
            out.write("[\n" + ",\n".join(d.to_json(indent=1) for d in docs) + "\n]\n")
    elif fmt == "html":
        from hronika.render.html import render_page

        out.write(render_page(docs))
    else:
        from hronika.render.text import print_report

        print_report(docs, out)


def _run(paths: tuple[str, ...], example: bool, fmt: str | None, date: str | None, output: str | None,
         max_size: str, view: str = "full") -> None:
    inputs = list(paths) + ([str(bundled_example())] if example else [])
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for standard input, or --example)")
    if fmt is None:
        fmt = "text" if (output is None and sys.stdout.isatty()) else ("json" if len(inputs) == 1 else "jsonl")
    streaming = fmt == "jsonl"
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout
    failures = 0
    docs: list[Document] = []
    try:
        for doc in _analysed(inputs, date, max_size, progress=True):
            if doc is None:
                failures += 1
            elif streaming:
                stream.write(doc.to_json() + "\n")
                stream.flush()
            else:
                docs.append(doc)
        if docs:
            if view != "full" and fmt == "text":
                from hronika.render.text import print_view

                print_view(docs, view, stream)
            else:
                _write(docs, fmt, stream)
    finally:
        if output:
            stream.close()
    if failures:
        sys.exit(1)


_input_options = [
    click.argument("paths", nargs=-1),
    click.option("--example", is_flag=True, help="Also analyse the example article bundled with hronika."),
    click.option("--date", "date", callback=_check_date, metavar="YYYY-MM-DD",
                 help="Publication date (overrides metadata); relative dates resolve against it."),
    click.option("--max-size", default="5MB", show_default=True, help="Skip input files larger than this."),
    click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to this file."),
]


def _with_inputs(func):
    for option in reversed(_input_options):
        func = option(func)
    return func


@cli.command()
@_with_inputs
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format [default: text on a terminal, else json (one input) or jsonl].")
def analyze(paths, example, date, max_size, output, fmt) -> None:
    """Analyse articles: PATH is a text, HTML, JSON or JSONL file, or - for standard input."""
    _run(paths, example, fmt, date, output, max_size)


@cli.command()
@_with_inputs
def quotes(paths, example, date, max_size, output) -> None:
    """Print who said what: speaker, quote, cue and channel for each quote."""
    _run(paths, example, "text", date, output, max_size, view="quotes")


@cli.command()
@_with_inputs
def events(paths, example, date, max_size, output) -> None:
    """Print the events each article reports: type, trigger, figures, place, time, source."""
    _run(paths, example, "text", date, output, max_size, view="events")


def _extra_options(args: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    key = None
    for arg in args:
        if arg.startswith("--"):
            if key:
                options[key] = "true"
            key, _, value = arg[2:].replace("-", "_").partition("=")
            if value:
                options[key], key = value, None
        elif key:
            options[key], key = arg, None
        else:
            raise click.UsageError(f"unexpected argument {arg!r}")
    if key:
        options[key] = "true"
    return options


def _run_module(kind: str, table: dict[str, str], name: str, data: str | None, extra: dict[str, str]) -> None:
    from rich.console import Console

    from hronika.data import DataNotFound, data_dir

    if name not in table:
        raise click.UsageError(f"unknown {kind} target {name!r}; choose from: {', '.join(table)}")
    allowed = STAGE_OPTIONS.get((kind, name), {})
    unknown = sorted(k for k in extra if k not in allowed)
    if unknown:
        known = ", ".join(f"--{o.replace('_', '-')}" for o in allowed) or "none"
        raise click.UsageError(f"{kind} {name} has no option --{unknown[0].replace('_', '-')} (its options: {known})")
    module_name = f"{table[name]}.{'training' if kind == 'train' else 'evaluation'}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        _fail(f"{kind} {name}: not available in this version of hronika")
        sys.exit(2)
    try:
        root = data_dir(data)
    except DataNotFound as exc:
        _fail(str(exc))
        sys.exit(2)
    module.run(root, Console(), **{OPTION_ALIASES.get(k, k): v for k, v in extra.items()})


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
             epilog=_options_help("train"))
@click.argument("name")
@click.option("--data", metavar="DIR", help="Shared data directory (default: ../shared/data or $HRONIKA_DATA).")
@click.pass_context
def train(ctx: click.Context, name: str, data: str | None) -> None:
    """Train a model (segmentation, morph, ner, entities) from the shared corpora; writes it into the package."""
    _run_module("train", TRAINABLE, name, data, _extra_options(ctx.args))


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
             epilog=_options_help("evaluate"))
@click.argument("name")
@click.option("--data", metavar="DIR", help="Shared data directory (default: ../shared/data or $HRONIKA_DATA).")
@click.pass_context
def evaluate(ctx: click.Context, name: str, data: str | None) -> None:
    """Measure a stage (segmentation, morph, ner, entities, quotes, events) on held-out data."""
    _run_module("evaluate", EVALUABLE, name, data, _extra_options(ctx.args))


def main() -> None:
    """Console-script entry point: clean one-line errors, never a traceback."""
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # last resort: one line, never a traceback (HRONIKA_DEBUG=1 shows it)
        import os

        if os.environ.get("HRONIKA_DEBUG"):
            raise
        _fail(f"{type(exc).__name__}: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
