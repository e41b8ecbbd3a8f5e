"""SquadDesk benchmarks: figures measured against a baseline in the same run.

`python -m benchmarks` lists them; `python -m benchmarks NAME` runs one (see __main__.py).
Each benchmark is a module `benchmarks/<name_with_underscores>.py` exposing `NAME` (hyphenated,
as typed on the command line), `DESCRIPTION` (one line) and `run() -> dict`. Keep module
imports cheap: listing imports every benchmark module, so heavy imports belong inside `run()`.
"""
