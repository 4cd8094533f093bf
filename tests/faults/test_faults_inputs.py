"""Inputs a worker must find itself: relative paths on a Dask cluster started elsewhere, and URLs."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from faultkit import GOOD, by_name, content

from swapscore.pipeline.batch import discover, run_batch


@pytest.fixture
def archive(tmp_path) -> Path:
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(GOOD[0], folder)
    shutil.copy(GOOD[1], folder / "sub")
    (folder / "notes.txt").write_text("not a report")
    return folder


@pytest.fixture(scope="module")
def local_rows(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("local") / "out"
    run_batch(GOOD, out, jobs=2, audit=False)
    return content(out)


@pytest.fixture
def http_server(archive):
    """The archive served over HTTP on 127.0.0.1 (with folder listings), as a web store would."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(archive))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_file_url_folder_is_read_like_the_folder(archive, tmp_path, local_rows):
    pytest.importorskip("fsspec")
    url = archive.as_uri()
    found = discover([url])
    assert found.files == [f"{url}/{GOOD[0].name}", f"{url}/sub/{GOOD[1].name}"]
    out = tmp_path / "out"
    run_batch(found.files, out, jobs=2, audit=False)
    reports = by_name(out)
    assert set(reports.source_path) == set(found.files)
    assert content(out) == local_rows


def test_http_urls_are_fetched_by_the_workers(archive, http_server, tmp_path, local_rows):
    pytest.importorskip("aiohttp")
    files = [f"{http_server}/{GOOD[0].name}", f"{http_server}/sub/{GOOD[1].name}"]
    missing = f"{http_server}/gone.pdf"
    out = tmp_path / "out"
    _, summary = run_batch([*files, missing], out, jobs=2, audit=False)
    reports = by_name(out)
    assert content(out)["indicators"] == local_rows["indicators"]
    assert reports.loc["gone.pdf"].status == "failed" and "gone.pdf" in reports.loc["gone.pdf"].error
    assert set(reports.loc[[g.name for g in GOOD]].status) == {"ok"}
    assert set(reports.source_path) == {*files, missing}
    _, again = run_batch([*files, missing], out, jobs=2, audit=False)
    assert again.cached == 2  # cached by content, like local files


def test_an_http_folder_listing_is_discovered(archive, http_server):
    pytest.importorskip("aiohttp")
    found = discover([f"{http_server}/"])
    assert sorted(Path(f).name for f in found.files) == sorted(g.name for g in GOOD)


def test_the_dask_executor_sends_absolute_paths(archive, tmp_path, monkeypatch, local_rows):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.chdir(archive)  # the workers were started in another folder
        relative = [Path(GOOD[0].name), Path("sub") / GOOD[1].name]
        out = tmp_path / "out"
        run_batch(relative, out, scheduler=cluster.scheduler_address, audit=False)
    reports = by_name(out)
    assert set(reports.status) == {"ok"}, reports.error.tolist()
    assert sorted(reports.source_path) == sorted(map(str, relative))  # rows name the files as given
    assert content(out) == local_rows
