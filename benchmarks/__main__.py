"""Benchmark registry and command line.

    python -m benchmarks            list the benchmarks, one line each
    python -m benchmarks NAME       run one: human-readable figures, then as the LAST line
                                    exactly one JSON object (always with a "name" key)

Exit codes: 0 done, 1 the benchmark failed, 2 unknown name or bad usage.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGE = "benchmarks"
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Benchmark:
    """One registered benchmark."""

    name: str
    description: str
    run: Callable[[], dict[str, Any]]


def module_names() -> list[str]:
    """Names of the benchmark modules (every module here not starting with "_")."""
    return sorted(
        info.name
        for info in pkgutil.iter_modules([str(PACKAGE_DIR)])
        if not info.name.startswith("_") and not info.ispkg
    )


def command_name(module_name: str) -> str:
    """Command-line name of a module: underscores become hyphens (cases_search → cases-search)."""
    return module_name.replace("_", "-")


def load(module_name: str) -> Benchmark:
    """Import one benchmark module and check it follows the contract."""
    module: ModuleType = importlib.import_module(f"{PACKAGE}.{module_name}")
    name = getattr(module, "NAME", None)
    description = getattr(module, "DESCRIPTION", None)
    run = getattr(module, "run", None)
    if not isinstance(name, str) or not isinstance(description, str) or not callable(run):
        raise TypeError(f"{module.__name__} must define NAME, DESCRIPTION and run()")
    if name != command_name(module_name):
        raise ValueError(
            f"{module.__name__}: NAME {name!r} should be {command_name(module_name)!r}"
        )
    return Benchmark(name=name, description=description, run=run)


def discover() -> dict[str, Benchmark | Exception]:
    """All benchmarks by command-line name; a module that fails to load maps to its error."""
    found: dict[str, Benchmark | Exception] = {}
    for module_name in module_names():
        try:
            found[command_name(module_name)] = load(module_name)
        except Exception as exc:  # noqa: BLE001 - listing must survive one broken module
            found[command_name(module_name)] = exc
    return found


def list_benchmarks(registry: dict[str, Benchmark | Exception]) -> None:
    """Print one line per benchmark."""
    if not registry:
        print("No benchmarks found.")
        return
    width = max(len(name) for name in registry)
    for name, entry in registry.items():
        if isinstance(entry, Benchmark):
            print(f"{name:<{width}}  {entry.description}")
        else:
            print(f"{name:<{width}}  (cannot load: {type(entry).__name__}: {entry})")


def _format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def run_one(benchmark: Benchmark) -> int:
    """Run a benchmark: its own output, a summary, then the JSON object as the last line."""
    try:
        result = benchmark.run()
    except Exception:  # noqa: BLE001 - report any failure as exit code 1
        sys.stdout.flush()
        traceback.print_exc()
        print(f"benchmark {benchmark.name} failed", file=sys.stderr)
        return 1
    if not isinstance(result, dict):
        print(
            f"benchmark {benchmark.name}: run() returned {type(result).__name__}, not dict",
            file=sys.stderr,
        )
        return 1
    result = {"name": benchmark.name, **{k: v for k, v in result.items() if k != "name"}}
    try:
        line = json.dumps(result, ensure_ascii=True, allow_nan=False)
    except (TypeError, ValueError) as exc:
        print(f"benchmark {benchmark.name}: result is not plain JSON: {exc}", file=sys.stderr)
        return 1
    print(f"== {benchmark.name} ==")
    width = max(len(key) for key in result)
    for key, value in result.items():
        if key != "name":
            print(f"  {key:<{width}}  {_format_value(value)}")
    sys.stderr.flush()
    print(line, flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if len(args) > 1:
        print("usage: python -m benchmarks [NAME]", file=sys.stderr)
        return 2
    registry = discover()
    if not args:
        list_benchmarks(registry)
        return 0
    name = args[0].replace("_", "-")
    entry = registry.get(name)
    if entry is None:
        known = ", ".join(registry) or "none"
        print(f"unknown benchmark: {name!r} (available: {known})", file=sys.stderr)
        return 2
    if isinstance(entry, Exception):
        print(
            f"benchmark {name} cannot be loaded: {type(entry).__name__}: {entry}", file=sys.stderr
        )
        return 1
    return run_one(entry)


if __name__ == "__main__":
    sys.exit(main())
