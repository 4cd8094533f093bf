"""What pyproject.toml installs: every package folder of the repository, each under its declared name and folder, and
a console script that resolves."""

from __future__ import annotations

import importlib
import tomllib

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = CONFIG["tool"]["setuptools"]
TOP = ("pipeline", "parsers", "schemas", "corpus")


def _folder(package: str) -> str:
    """The folder setuptools reads ``package`` from: the longest package-dir prefix, the rest as sub-folders."""
    mapping = SETUPTOOLS.get("package-dir", {})
    parts = package.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in mapping:
            return "/".join([mapping[prefix], *parts[n:]]).lstrip("./") or "."
    return "/".join(parts)


def test_every_package_folder_is_installed_from_its_folder():
    folders = sorted(str(p.parent.relative_to(ROOT)) for top in TOP for p in (ROOT / top).rglob("__init__.py")
                     if "__pycache__" not in p.parts)
    declared = {_folder(p): p for p in SETUPTOOLS["packages"]}
    assert set(folders) <= set(declared), set(folders) - set(declared)  # a data-only folder (corpus/specs) is declared too
    assert all((ROOT / folder).is_dir() for folder in declared)
    for folder, package in declared.items():
        assert package.split(".")[-1] == folder.split("/")[-1], (package, folder)


def test_every_package_shares_one_prefix_and_the_console_script_resolves():
    prefixes = {p[: -len(_folder(p).replace("/", "."))] for p in SETUPTOOLS["packages"]}
    assert len(prefixes) == 1, prefixes  # all installed under one name ("" or "swapscore.")
    module, function = CONFIG["project"]["scripts"]["swapscore"].split(":")
    assert callable(getattr(importlib.import_module(module), function))
    for package, patterns in SETUPTOOLS.get("package-data", {}).items():
        assert package in SETUPTOOLS["packages"], package
        assert all(list((ROOT / _folder(package)).glob(pattern)) for pattern in patterns), package
