"""A byte-level SMTP client for hostile-input tests: sends exactly what it is given."""

from __future__ import annotations

import socket
import time


class RawClient:
    """One TCP connection; ``replies(n)`` reads ``n`` complete (possibly multi-line)
    replies and returns their final lines (fewer when the connection ends first)."""

    def __init__(self, port: int, timeout: float = 10.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def replies(self, count: int = 1) -> list[str]:
        found: list[str] = []
        while len(found) < count:
            line = self._line()
            if line is None:
                break
            if len(line) < 4 or line[3:4] != b"-":
                found.append(line.decode("ascii", "replace"))
        return found

    def _line(self) -> bytes | None:
        while b"\r\n" not in self.buffer:
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                return None
            if not chunk:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def closed_within(self, seconds: float) -> bool:
        """True when the server closes the connection (EOF or reset) within ``seconds``;
        anything it sends first (a 421) is skipped."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.sock.settimeout(max(deadline - time.monotonic(), 0.01))
            try:
                if not self.sock.recv(65536):
                    return True
            except (ConnectionResetError, BrokenPipeError):
                return True
            except TimeoutError:
                return False
        return False

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> RawClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def session(port: int) -> RawClient:
    """A client past the greeting and EHLO."""
    client = RawClient(port)
    greeting = client.replies(1)
    assert greeting and greeting[0].startswith("220"), greeting
    client.send(b"EHLO client.test\r\n")
    assert client.replies(1)[0].startswith("250")
    return client
