"""The frozen bundle runs on its own: built with the real spec, started as a user would."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                             "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                             str(ROOT / "packaging" / "ruraldesk.spec")],
                            capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    exe = work / "dist" / "ruraldesk" / "ruraldesk"
    assert exe.exists()
    return exe


def clean_env(tmp_path):
    """No Python of ours on the path: the bundle must carry everything it needs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", RURALDESK_DATA_DIR=str(tmp_path / "data"),
               RURALDESK_LOG_DIR=str(tmp_path / "logs"), HOME=str(tmp_path))
    env["PATH"] = "/usr/bin:/bin"
    return env


def test_bundle_reports_its_version(bundle, tmp_path):
    result = subprocess.run([bundle, "--version"], capture_output=True, text=True, timeout=60,
                            env=clean_env(tmp_path))
    assert result.returncode == 0 and result.stdout.strip() == "RuralDesk 0.1.0"


def test_bundle_self_check_opens_writes_searches_and_exits(bundle, tmp_path):
    args = [bundle, "self-check", "--gui", "--db", tmp_path / "check.sqlite"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, env=clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-check ok: RuralDesk 0.1.0")
    assert (tmp_path / "check.sqlite").exists()
    assert (tmp_path / "logs" / "ruraldesk.log").exists()


def test_metainfo_is_valid():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed")
    result = subprocess.run([tool, "validate", "--no-net",
                             str(ROOT / "packaging" / "linux" / "org.ruraldesk.RuralDesk.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
