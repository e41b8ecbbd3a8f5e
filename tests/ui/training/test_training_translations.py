"""Every string the training UI translates has English, agreeing with the other files."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

from app.services.training_queries import LIGHT_LABELS

ROOT = Path(__file__).resolve().parents[3]
UI_FILES = [
    ROOT / "ui" / "pages" / name
    for name in ("training.py", "training_entry.py", "training_card.py", "training_import.py")
]


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _translated_strings(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        args = node.args
        if name == "tr" and args and isinstance(args[0], ast.Constant):
            found.add(args[0].value)
        if name == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
            found.add(args[1].value)
    return found


def test_every_training_string_has_english() -> None:
    mine = _module(ROOT / "scripts" / "translations_en_training.py").EN
    others: dict[str, str] = {}
    for path in sorted((ROOT / "scripts").glob("translations_en*.py")):
        if path.name != "translations_en_training.py":
            others.update(_module(path).EN)
    clashes = {k: (v, others[k]) for k, v in mine.items() if k in others and others[k] != v}
    assert clashes == {}
    needed = set().union(*(_translated_strings(p) for p in UI_FILES)) | set(LIGHT_LABELS.values())
    missing = sorted(s for s in needed if s not in mine and s not in others)
    assert missing == []
    for chinese, english in mine.items():
        assert english.count("{") == chinese.count("{"), chinese
