"""The package root is lazy: importing light modules or asking for help loads no pipeline."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import eventwire
from eventwire.version import VERSION
from tests.paths import REPO


def _modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter after running ``code``."""
    probe = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(out.split())


def test_importing_settings_does_not_import_spacy() -> None:
    assert "spacy" not in _modules_after("import eventwire.settings")


def test_importing_the_root_does_not_import_the_pipeline() -> None:
    assert "eventwire.pipeline" not in _modules_after("import eventwire")


def test_help_imports_no_command_module() -> None:
    loaded = _modules_after(
        "from click.testing import CliRunner\nfrom eventwire.cli import main\nCliRunner().invoke(main, ['--help'])"
    )
    assert not {name for name in loaded if name.startswith("eventwire.cli.")}


def test_root_names_resolve_on_first_use() -> None:
    assert eventwire.Document.__module__ == "eventwire.model"


def test_unknown_root_name_is_an_attribute_error() -> None:
    try:
        eventwire.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_version_comes_from_the_package_metadata() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert declared == VERSION


def test_root_version_is_the_metadata_version() -> None:
    assert eventwire.__version__ == VERSION
