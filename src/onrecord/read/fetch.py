"""Fetch a page over http(s) with httpx, within limits a user can rely on.

* ``timeout`` seconds for connecting and for each read, and the whole transfer;
* at most ``max_bytes`` of body, counted while streaming and after HTTP
  content decoding (a compressed bomb stops at the cap); a larger ``Content-Length``
  is refused before the body is read;
* only ``text/html``, ``application/xhtml+xml`` and ``text/plain`` (a missing content
  type is accepted and left to format detection);
* at most ``max_redirects`` redirects, each to http(s) only.

Every failure raises :class:`FetchError` with a message saying what to do.
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from typing import Any

from ..errors import FetchError

log = logging.getLogger(__name__)

STAGE = "fetch/1"

__all__ = ["ACCEPTED_TYPES", "STAGE", "USER_AGENT", "fetch"]

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "onrecord/0.1 (+quote checking; https://pypi.org/project/onrecord/)"
_REDIRECTS = (301, 302, 303, 307, 308)


def fetch(
    url: str,
    *,
    timeout: float = 20,
    max_bytes: int = 20_000_000,
    max_redirects: int = 5,
    transport: Any = None,
) -> tuple[bytes, str | None, str]:
    """Download ``url``; return ``(body, declared charset or None, final URL)``.

    ``transport`` is an ``httpx`` transport (tests pass ``httpx.MockTransport``).
    """
    import httpx

    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(f"{url!r} is not a valid URL; check the address") from exc
    if current.scheme not in ("http", "https") or not current.host:
        raise FetchError(f"{url}: only http(s) URLs with a host can be fetched")
    deadline = time.monotonic() + timeout
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
    }
    with httpx.Client(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        headers=headers,
        verify=_ssl_context(),
    ) as client:
        for _ in range(max_redirects + 1):
            try:
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = _next_url(current, response.headers["location"], url)
                        log.debug("redirected to %s", current)
                        continue
                    _check_status(response, str(current))
                    charset = _check_type(response, str(current))
                    body = _read(response, str(current), max_bytes, deadline, timeout)
                    return body, charset, str(current)
            except httpx.TimeoutException as exc:
                raise FetchError(
                    f"{current}: no answer within {timeout:g} s; try again later or give "
                    "a longer timeout"
                ) from exc
            except httpx.TooManyRedirects as exc:  # pragma: no cover - redirects are manual
                raise FetchError(f"{url}: too many redirects") from exc
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                raise FetchError(
                    f"{current}: cannot connect ({_first_line(exc)}); check the address "
                    "and your network"
                ) from exc
            except httpx.DecodingError as exc:
                raise FetchError(
                    f"{current}: the server sent a body that cannot be decompressed "
                    f"({_first_line(exc)})"
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{current}: the download failed ({_first_line(exc)})") from exc
    raise FetchError(
        f"{url}: more than {max_redirects} redirects; open the page in a browser and give "
        "the final address"
    )


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying TLS context per process (building one costs ~50 ms)."""
    try:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:  # pragma: no cover - httpx depends on certifi
        return ssl.create_default_context()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:160] if text else "") or type(exc).__name__


def _next_url(current: Any, location: str, original: str) -> Any:
    import httpx

    try:
        target = current.join(location)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchError(f"{current}: the server redirected to an invalid address") from exc
    if target.scheme not in ("http", "https"):
        raise FetchError(f"{original}: redirected to {target}, which is not http(s)")
    return target


def _check_status(response: Any, url: str) -> None:
    status = response.status_code
    if status < 400 and status not in _REDIRECTS:
        return
    reason = response.reason_phrase or ""
    hint = {
        401: "the page needs a login; save it from your browser and read the file",
        403: "the site refuses automated access; save the page from your browser and read the file",
        404: "check the address",
        410: "the page was removed",
        429: "the site is rate-limiting; wait and try again",
    }.get(status, "try again later" if status >= 500 else "check the address")
    if status in _REDIRECTS:
        hint = "the redirect has no Location header"
    raise FetchError(f"{url}: the server answered {status} {reason}".rstrip() + f"; {hint}")


def _check_type(response: Any, url: str) -> str | None:
    value = response.headers.get("content-type")
    if not value:
        return None
    mime, _, params = value.partition(";")
    mime = mime.strip().lower()
    if mime not in ACCEPTED_TYPES:
        raise FetchError(
            f"{url}: the server sent {mime or 'an unknown type'}, not a web page or text; "
            "onrecord reads HTML and plain text"
        )
    for part in params.split(";"):
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            return val.strip().strip("\"'")
    return None


def _read(response: Any, url: str, cap: int, deadline: float, timeout: float) -> bytes:
    length = response.headers.get("content-length")
    if (
        length
        and length.isdigit()
        and int(length) > cap
        and not response.headers.get("content-encoding")
    ):
        raise FetchError(
            f"{url}: the page is {int(length) / 1e6:.1f} MB, more than the "
            f"{cap / 1e6:.0f} MB limit; save the article and read the file"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise FetchError(
                f"{url}: the page is larger than the {cap / 1e6:.0f} MB limit; "
                "save the article and read the file"
            )
        if time.monotonic() > deadline:
            raise FetchError(
                f"{url}: the download took longer than {timeout:g} s; try again or give "
                "a longer timeout"
            )
        chunks.append(chunk)
    return b"".join(chunks)
