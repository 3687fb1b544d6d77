"""``scanner proxy``: the SMTP content filter between the MTA and its next hop."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from pydantic import ValidationError

from scanner.clikit import EXIT_OK
from scanner.config import Proxy, Settings, load_settings
from scanner.errors import ConfigError
from scanner.proxy.eventloop import freeze_startup_objects, run_on
from scanner.proxy.server import ProxyServer
from scanner.startup import stoppable_startup


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "proxy",
        help="run the SMTP proxy (Postfix content_filter / smtpd_proxy_filter)",
        description="Scan every message and relay, tag, hold, reject or temp-fail it. "
        "SIGTERM drains (421 to new sessions), SIGHUP reloads config, rules, policy, models.",
    )
    add_address_options(parser)
    parser.set_defaults(handler=run)


def add_address_options(parser: argparse.ArgumentParser) -> None:
    """``--listen``, ``--relay`` and ``--metrics`` (HOST:PORT), overriding ``[proxy]``."""
    parser.add_argument("--listen", metavar="HOST:PORT", help="address to listen on")
    parser.add_argument("--relay", metavar="HOST:PORT", help="next hop (MTA re-injection)")
    parser.add_argument(
        "--metrics", metavar="HOST:PORT", help="serve /metrics, /healthz, /readyz here"
    )
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="state dir")


_OPTION = {"metrics_listen": "metrics"}  # setting -> command-line option, where they differ


def with_overrides(settings: Settings, args: argparse.Namespace) -> Settings:
    """Settings with the command-line addresses applied, validated like config values."""
    overrides = {
        key: value
        for key, value in (
            ("listen", args.listen),
            ("relay", args.relay),
            ("metrics_listen", args.metrics),
        )
        if value
    }
    if not overrides:
        return settings
    try:
        proxy = Proxy.model_validate({**settings.proxy.model_dump(), **overrides})
    except ValidationError as exc:
        wrong = sorted({str(error["loc"][0]) for error in exc.errors()} & set(overrides))
        options = ", ".join(f"--{_OPTION.get(key, key)} {overrides[key]}" for key in wrong)
        raise ConfigError(
            f"invalid address: {options or 'a proxy setting'}: must be HOST:PORT"
        ) from None
    return settings.model_copy(update={"proxy": proxy})


def run(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_overrides(settings, args)

    def reload_settings() -> Settings:
        return with_overrides(load_settings(args.config, settings.data_dir), args)

    run_on(settings.proxy.event_loop, serve(ProxyServer(settings, loader=reload_settings)))
    return EXIT_OK


async def serve(server: ProxyServer) -> None:
    # A SIGHUP before the handlers are installed would end the process (the default
    # action): the configuration being loaded is already the newest, so ignore it.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with stoppable_startup():  # SIGTERM or SIGINT now stops the start-up, exit 0
            await server.start()
    except BaseException:
        await server.shutdown()  # the scan pool and whatever else did start
        raise
    freeze_startup_objects()
    await server.run_until_signalled()  # takes the signals over before its first await
