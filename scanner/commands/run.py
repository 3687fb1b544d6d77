"""``scanner run`` (``make run``): the whole service on one machine for a first look.

Starts a demo next hop writing to ``<data_dir>/delivered/`` when no relay is configured,
the proxy in front of it, and the review UI (``review-queue serve``) as a child process;
creates the first admin account; prints where everything is and how to send a test
message. Ctrl-C or SIGTERM stops all of it cleanly.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import logging
import signal
import socket
import sys
from pathlib import Path

from scanner.clikit import EXIT_OK
from scanner.commands.proxy import add_address_options, with_overrides
from scanner.config import Proxy, Settings, ensure_data_dir
from scanner.demo_sink import FolderSink, start_sink
from scanner.errors import MailguardError, cannot_listen
from scanner.proxy.eventloop import freeze_startup_objects, run_on
from scanner.proxy.server import ProxyServer, split_host_port
from scanner.startup import in_daemon_thread, stoppable_startup

log = logging.getLogger(__name__)

DEFAULT_METRICS = "127.0.0.1:9101"
CHILD_STOP_SECONDS = 10.0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "run",
        help="run proxy, demo next hop and review UI locally (make run)",
        description="Without [proxy] relay, a demo next hop writes delivered mail to "
        "<data_dir>/delivered/. Ctrl-C stops everything.",
    )
    add_address_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_overrides(settings, args)
    run_on(settings.proxy.event_loop, _run(settings, args.config))
    return EXIT_OK


async def _run(settings: Settings, config: Path | None) -> None:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the proxy installs its reload
    ensure_data_dir(settings.data_dir)
    sink: asyncio.Server | None = None
    review: asyncio.subprocess.Process | None = None
    server: ProxyServer | None = None
    try:
        # A Ctrl-C or SIGTERM during start-up stops it; ``finally`` stops what started.
        with stoppable_startup():
            settings, demo = _local_defaults(settings)
            if demo:
                host, port = split_host_port(settings.proxy.relay)
                sink = await start_sink(FolderSink(settings.data_dir / "delivered"), host, port)
            admin = await in_daemon_thread(_ensure_admin, settings)
            review = await _start_review(settings, config)
            server = ProxyServer(settings)
            await server.start()
        freeze_startup_objects()
        _check_review(review)
        sys.stdout.write(_banner(settings, demo, review is not None, admin))
        sys.stdout.flush()
        await _serve(server, review)
    finally:
        if server is not None:
            await server.shutdown()
        if review is not None:
            await _stop_child(review)
        if sink is not None:
            sink.close()
            await sink.wait_closed()


async def _serve(server: ProxyServer, review: asyncio.subprocess.Process | None) -> None:
    """Serve until a signal; a review UI that exits meanwhile stops everything with an
    error, rather than leaving a banner that points at a UI nobody serves."""
    if review is None:
        await server.run_until_signalled()
        return
    review_failed: list[asyncio.Task[bool]] = []

    def review_exited(waited: asyncio.Future[int]) -> None:
        # A Ctrl-C reaches the child too: that is no failure.
        if not waited.cancelled() and not server.stopping:
            review_failed.append(asyncio.ensure_future(server.shutdown()))

    review_exit = asyncio.ensure_future(review.wait())
    review_exit.add_done_callback(review_exited)
    try:
        await server.run_until_signalled()  # takes the signals over before its first await
    finally:
        review_exit.cancel()
    if review_failed:
        _check_review(review)


def _check_review(review: asyncio.subprocess.Process | None) -> None:
    """Raise if the review UI child has exited (its own error is on stderr above)."""
    if review is not None and review.returncode is not None:
        raise MailguardError(
            f"the review UI (review-queue serve) exited with status {review.returncode}; "
            "see its error above"
        )


def _local_defaults(settings: Settings) -> tuple[Settings, bool]:
    """Fill in a demo next hop (when no relay is set) and a metrics address.

    The demo next hop sits where the MTA's re-injection port would be, so the review
    queue's releases (``review.release_relay``) arrive there too.
    """
    updates: dict[str, str] = {}
    demo = not settings.proxy.relay
    if demo:
        updates["relay"] = settings.review.release_relay
    if not settings.proxy.metrics_listen:
        updates["metrics_listen"] = DEFAULT_METRICS
    if not updates:
        return settings, demo
    proxy = Proxy.model_validate({**settings.proxy.model_dump(), **updates})
    return settings.model_copy(update={"proxy": proxy}), demo


def _has_review_queue() -> bool:
    return importlib.util.find_spec("review_queue") is not None and (
        importlib.util.find_spec("review_queue.commands.serve") is not None
    )


def _ensure_admin(settings: Settings) -> tuple[str, str] | None:
    """The first admin's name and password when this run created it, else None."""
    if not _has_review_queue():
        return None
    from review_queue.service import ReviewService

    service = ReviewService.open(settings)
    try:
        created = service.ensure_admin()
    finally:
        service.close()
    return (created[0].name, created[1]) if created is not None else None


async def _start_review(
    settings: Settings, config: Path | None
) -> asyncio.subprocess.Process | None:
    if not _has_review_queue():
        log.warning("review_queue is not installed: no review UI")
        return None
    # The child's own bind error would come only after the banner named its address.
    for setting in ("listen", "metrics_listen"):
        _check_bindable(f"review.{setting}", getattr(settings.review, setting))
    argv = [sys.executable, "-c", "import sys; from review_queue.cli import main; sys.exit(main())"]
    if config is not None:
        argv += ["--config", str(config)]
    argv += [
        "--data-dir",
        str(settings.data_dir),
        "serve",
        "--listen",
        settings.review.listen,
        "--release-relay",
        settings.review.release_relay,
    ]
    return await asyncio.create_subprocess_exec(*argv)


def _check_bindable(setting: str, address: str) -> None:
    """Raise ``ConfigError`` if ``address`` cannot be listened on (in use, not on this host)."""
    host, port = split_host_port(address)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        socket.create_server((host, port), family=family).close()
    except OSError as exc:
        raise cannot_listen(setting, host, port, exc) from None


async def _stop_child(child: asyncio.subprocess.Process) -> None:
    """SIGTERM, then SIGKILL after a grace period; never leaves it running."""
    if child.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            child.terminate()
        try:
            await asyncio.wait_for(child.wait(), CHILD_STOP_SECONDS)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                child.kill()
            await child.wait()


def _banner(
    settings: Settings, demo_sink: bool, review: bool, admin: tuple[str, str] | None
) -> str:
    proxy = settings.proxy
    host, port = split_host_port(proxy.listen)
    lines = [
        "",
        "mailguard is running (Ctrl-C stops everything)",
        f"  SMTP proxy:     {proxy.listen}  -> next hop {proxy.relay}",
    ]
    if demo_sink:
        lines.append(f"  demo next hop:  {proxy.relay}  -> {settings.data_dir / 'delivered'}/*.eml")
    if review:
        lines.append(f"  review UI:      http://{settings.review.listen}/")
    if admin is not None:
        lines.append(f"  first admin:    {admin[0]} / {admin[1]}   (shown only this once)")
    lines += [
        f"  metrics:        http://{proxy.metrics_listen}/metrics  (/healthz, /readyz)",
        "",
        "send a test message:",
        f"  swaks --server {host}:{port} --from news@riverside.example "
        '--to friend@example.net --header "Subject: hello" --body "Spring newsletter"',
        f'  python3 -c \'import smtplib; smtplib.SMTP("{host}", {port}).sendmail('
        '"news@riverside.example", ["friend@example.net"], '
        '"Subject: hello\\r\\n\\r\\nSpring newsletter\\r\\n")\'',
        "  make demo    (a newsletter, a donor receipt with a card number, a case note, "
        "a phishing mail)",
        "",
    ]
    return "\n".join(lines)
