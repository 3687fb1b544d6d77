"""Review UI additions to tests/review_queue/web/ (which covers the route x role matrix,
CSRF, session fixation, cookie flags, security headers, login throttling, XSS corpus and
the basic open-redirect cases): path traversal on the only file-serving route
(``/static``) and further open-redirect spellings browsers are known to normalise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from review_queue.service import ReviewService
from review_queue.web import create_app
from review_queue.web.pages import safe_next
from scanner.config import Settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("web") / "var")
    service = ReviewService.open(settings)
    try:
        yield TestClient(create_app(settings, service), follow_redirects=False)
    finally:
        service.close()


def test_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/app.css").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fservice.py",
        "/static/....//app.py",
        "/static/..\\app.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/static/%00app.css",
    ],
)
def test_static_path_traversal_is_404(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert b"import" not in answer.content and b"root:" not in answer.content


@pytest.mark.parametrize(
    "target",
    [
        "\\\\evil.example",
        "//\\evil.example",
        "https:\\\\evil.example",
        "http:evil.example",
        " //evil.example",
        "\x00//evil.example",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "%2F%2Fevil.example",
        "\uff0f\uff0fevil.example",  # fullwidth solidus, folded to "/" by some browsers
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_login_next_refuses_more_off_site_spellings(target: str) -> None:
    assert safe_next(target) == "/queue"


@pytest.mark.parametrize("target", ["/%2F%2Fevil.example", "/items/1#//evil", "/%09/x"])
def test_encoded_slashes_stay_paths_on_this_site(target: str) -> None:
    """Percent-encoded slashes and tabs are not decoded by browsers in a Location path."""
    assert safe_next(target) == target
