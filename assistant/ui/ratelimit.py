"""Failed-login limits per client: after ``max_failures`` wrong passwords within ``window_s``
seconds, every further attempt from that client is refused until the oldest failure ages out.
A right password does not clear the count: behind a shared address (NAT, a proxy) a busy
script logging in would otherwise reset an attacker's count for them.

Pure and clock-injectable so the rules are unit-tested without a server; the HTTP side
(which requests count as attempts, the 429 answer) lives in ``assistant.ui.guard``.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections import deque
from typing import Callable


class LoginLimiter:
    """Sliding-window failure counter keyed by client (an IP address)."""

    def __init__(self, max_failures: int = 5, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic, max_clients: int = 10_000):
        self.max_failures = max(1, max_failures)
        self.window_s = window_s
        self.clock = clock
        self.max_clients = max_clients  # bounds memory under a flood of distinct addresses
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.get(client, deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        return times

    def retry_after(self, client: str) -> int:
        """Seconds until ``client`` may try again; 0 when it is not locked out."""
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            if len(times) < self.max_failures:
                return 0
            return max(1, math.ceil(times[-self.max_failures] + self.window_s - now))

    def failure(self, client: str) -> None:
        """Record one wrong password."""
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            times.append(now)
            self._failures[client] = times
            if len(self._failures) > self.max_clients:
                self._prune(now)

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._failures.items() if not v or v[-1] <= now - self.window_s]:
            del self._failures[key]
        while len(self._failures) > self.max_clients:  # still too many: forget the oldest client
            del self._failures[next(iter(self._failures))]


def is_trusted(address: str, trusted: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> bool:
    """The address lies in one of the trusted proxies' networks."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip.version == net.version and ip in net for net in trusted)


def trusted_networks(entries: list[str] | tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """``app.trusted_proxies`` (addresses or CIDR networks) parsed once."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def client_address(peer: str, forwarded_for: str | None, trusted: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> str:
    """The address a failure counts against: the socket peer, unless the peer is a trusted proxy;
    then the right-most ``X-Forwarded-For`` entry that is not a trusted proxy (entries left of it
    were written by the client and can be forged, so they are never used)."""
    if not trusted or not is_trusted(peer, trusted):
        return peer
    hops = [hop.strip() for hop in (forwarded_for or "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not is_trusted(hop, trusted):
            return hop
    return hops[0] if hops else peer
