"""A small client for the bilateral-relations GraphQL API, for the notebooks.

The endpoint comes from the environment variable BRG_API_URL (default
http://localhost:4000/graphql, where `npm start` serves it). Errors are raised,
never returned: a notebook cell that asks for something wrong fails loudly, with
the API's error code and message.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlencode

import requests

DEFAULT_URL = "http://localhost:4000/graphql"


def api_url() -> str:
    """The GraphQL endpoint: $BRG_API_URL, else the default of `npm start`."""
    return os.environ.get("BRG_API_URL", "").strip() or DEFAULT_URL


class APIError(RuntimeError):
    """The API answered with errors (each has a code such as BAD_USER_INPUT or NOT_FOUND)."""

    def __init__(self, message: str, codes: list[str] | None = None):
        super().__init__(message)
        self.codes = codes or []


def gql(query: str, variables: dict[str, Any] | None = None, *, timeout: float = 60) -> dict[str, Any]:
    """POST a GraphQL query; return its `data`, or raise APIError naming every error."""
    url = api_url()
    try:
        response = requests.post(
            url,
            json={"query": query, "variables": variables or {}},
            headers={"accept": "application/graphql-response+json, application/json"},
            timeout=timeout,
        )
    except requests.ConnectionError as error:
        raise APIError(
            f"Cannot reach the API at {url}. Start it with `npm start`, or set BRG_API_URL. ({error})"
        ) from error
    try:
        body = response.json()
    except ValueError as error:
        raise APIError(f"{url} answered HTTP {response.status_code} without JSON: {response.text[:200]!r}") from error
    errors = body.get("errors") or []
    if errors:
        codes = [str((e.get("extensions") or {}).get("code", "UNKNOWN")) for e in errors]
        detail = "; ".join(f"{code}: {e.get('message')}" for code, e in zip(codes, errors))
        raise APIError(f"The API refused the query: {detail}", codes)
    if response.status_code >= 400 or body.get("data") is None:
        raise APIError(f"{url} answered HTTP {response.status_code}: {response.text[:200]!r}")
    return body["data"]


def strongest_support(evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """A fact's strongest supporting evidence record (highest confidence; the API's order breaks ties), or {}.

    `evidence` is a fact's list of records as the API returns it (one per source excerpt, supporting or
    disputing). For a table with one line per fact; list every record when the sources matter.
    """
    supporting = [r for r in evidence if r.get("stance") == "supports"]
    if not supporting:
        return {}
    return max(supporting, key=lambda r: r.get("confidence") if r.get("confidence") is not None else -1.0)


def export_url(file: str, **params: Any) -> str:
    """The URL of a streaming export beside the API: graph.json, graph.graphml, nodes.csv, edges.csv or evidence.csv.

    Selections: none (the whole graph); ids="a,b", depth=1..3; or from_=..., to=..., k=..., maxHops=...
    (`from_` because `from` is a Python keyword).
    """
    base = api_url().rsplit("/graphql", 1)[0]
    query = {("from" if k == "from_" else k): v for k, v in params.items() if v is not None}
    return f"{base}/export/{file}" + (f"?{urlencode(query)}" if query else "")


def download_export(file: str, dest: str | os.PathLike[str], **params: Any) -> str:
    """Stream an export to a local file and return its path; raise APIError on a 4xx/5xx answer."""
    url = export_url(file, **params)
    with requests.get(url, stream=True, timeout=300) as response:
        if response.status_code != 200:
            try:
                error = response.json()["error"]
                raise APIError(f"Export refused: {error['code']}: {error['message']}", [error["code"]])
            except (ValueError, KeyError):
                raise APIError(f"{url} answered HTTP {response.status_code}") from None
        with open(dest, "wb") as out:
            for chunk in response.iter_content(chunk_size=1 << 16):
                out.write(chunk)
    return os.fspath(dest)
