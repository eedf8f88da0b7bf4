"""SQL queries per benchmarked page, measured in-process with Django's test client.

Uses the same environment as the server under test (DJANGO_SETTINGS_MODULE, DATABASE_URL,
REDIS_URL, SEARCH_URL, ...). Each URL is fetched once to warm caches (site root paths,
settings, templates) and then again with CaptureQueriesContext; the second, steady-state
count is the one reported, next to the cold one.

    .venv/bin/python bench/queries.py              # table on stdout
    .venv/bin/python bench/queries.py --json F     # also write the figures to F ("-": stdout)
    .venv/bin/python bench/queries.py --sql NAME   # the captured SQL of one page, repeats counted
    .venv/bin/python bench/queries.py --check-search   # does the search backend load?

Exits non-zero when a page does not answer 200, so the load test never measures an error page.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "localhost"

# (name, path); the news article's path is looked up in the database.
PAGES = [
    ("home", "/de/"),
    ("information", "/de/rund-ums-ehrenamt/versicherung/"),
    ("news-index", "/de/aktuelles/"),
    ("news-article", None),
    ("search", "/de/suche/?q=Ehrenamt"),
    ("api-pages", "/api/v2/pages/?type=home.NewsArticlePage&fields=date,intro"),
]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()


def news_article_path() -> str:
    """The first German news article, in the order the news index lists them."""
    from home.models import NewsArticlePage

    article = (
        NewsArticlePage.objects.live()
        .public()
        .filter(locale__language_code="de")
        .order_by("-date", "-pk")
        .first()
    )
    if article is None:
        raise SystemExit("bench: no live German news article; run load_demo_content first")
    _site_id, _root_url, path = article.get_url_parts()
    return path


def bench_pages() -> list[tuple[str, str]]:
    return [(name, path or news_article_path()) for name, path in PAGES]


def measure(client, path: str, trace: bool = False):
    """Fetch `path` twice; return the response, the cold count and the warm queries.

    With `trace`, each warm query also gets `where`: the template line and the project code
    line that ran it (the innermost of each on the stack).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cold:
        client.get(path, HTTP_HOST=HOST)
    origins: list[str] = []

    def wrapper(execute, sql, params, many, context):
        origins.append(caller())
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as warm:
        if trace:
            with connection.execute_wrapper(wrapper):
                response = client.get(path, HTTP_HOST=HOST)
        else:
            response = client.get(path, HTTP_HOST=HOST)
    queries = [dict(q) for q in warm.captured_queries]
    for query, where in zip(queries, origins, strict=False):
        query["where"] = where
    return response, len(cold.captured_queries), queries


def caller() -> str:
    """Where a query comes from: the innermost template line, project code line and, if
    there is no project line, the innermost library line outside the ORM."""
    from django.template.base import Node

    code = template = library = None
    frame = sys._getframe(2)
    while frame is not None and not (code and template):
        filename = frame.f_code.co_filename
        if "/site-packages/" in filename:
            relative = filename.split("/site-packages/", 1)[1]
            if library is None and not relative.startswith(("django/db/", "django/utils/")):
                library = f"{relative}:{frame.f_lineno}"
        elif code is None and filename.startswith(str(ROOT)):
            relative = str(Path(filename).relative_to(ROOT))
            if not relative.startswith("bench/"):
                code = f"{relative}:{frame.f_lineno}"
        node = frame.f_locals.get("self") if template is None else None
        if isinstance(node, Node) and getattr(node, "origin", None) and node.token:
            template = f"{node.origin.template_name}:{node.token.lineno}"
        frame = frame.f_back
    return " ".join(filter(None, [template, code or library])) or "?"


def error(response) -> str | None:
    if response.status_code == 200:
        return None
    if response.exc_info:
        exc = response.exc_info[1]
        first_sentence = re.split(r"(?<=\.)\s", str(exc).strip(), maxsplit=1)[0]
        return f"{exc.__class__.__name__}: {first_sentence}"
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            return f"HTTP {response.status_code}: {response.json().get('message', '')}"
        except ValueError:
            pass
    return f"HTTP {response.status_code}"


def normalise(sql: str) -> str:
    """SQL with literals replaced, so the same query with other parameters counts as a repeat."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    sql = re.sub(r"\(\?(?:, \?)+\)", "(?, ...)", sql)
    return short(sql)


def short(sql: str) -> str:
    """The column list of the outer SELECT elided: what is read, and how, stays."""
    return re.sub(r"^SELECT (DISTINCT )?.+? FROM ", r"SELECT \1… FROM ", sql, count=1)


def print_sql(captured: list[dict]) -> None:
    repeats = Counter(normalise(q["sql"]) for q in captured)
    for i, query in enumerate(captured, 1):
        print(f"-- {i} [{query.get('where', '?')}]\n{short(query['sql'])}")
    print(f"\n-- {len(captured)} queries, {len(repeats)} distinct; repeated:")
    for sql, count in repeats.most_common():
        if count > 1:
            wheres = Counter(q.get("where") for q in captured if normalise(q["sql"]) == sql)
            print(f"-- {count}x {sql}")
            for where, n in wheres.most_common():
                print(f"--     {n}x from {where}")


def check_search() -> int:
    """Load the configured search backend; print why not and return 1 if it fails."""
    from wagtail.search.backends import get_search_backend

    try:
        get_search_backend()
    except Exception as exc:  # any failure means: this search backend cannot be benchmarked
        cause = exc
        while cause.__cause__ is not None:
            cause = cause.__cause__
        print(f"{exc.__class__.__name__}, caused by {cause.__class__.__name__}: {cause}")
        return 1
    print("ok")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON ('-': stdout)")
    parser.add_argument("--sql", metavar="NAME", help="print the captured SQL of one page")
    parser.add_argument(
        "--check-search", action="store_true", help="only check that the search backend loads"
    )
    args = parser.parse_args(argv)

    setup_django()
    if args.check_search:
        return check_search()
    import logging

    from django.test import Client

    # A failing page is reported in one line below, not with the request logger's traceback.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    client = Client(raise_request_exception=False)
    rows, failed = [], False
    for name, path in bench_pages():
        response, cold, captured = measure(client, path, trace=args.sql == name)
        rows.append(
            {
                "name": name,
                "path": path,
                "status": response.status_code,
                "queries": len(captured),
                "queries_cold": cold,
                "error": error(response),
            }
        )
        failed |= response.status_code != 200
        if args.sql == name:
            print_sql(captured)

    if args.json == "-":
        json.dump(rows, sys.stdout, indent=2)
        print()
    else:
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
        if not args.sql:
            width = max(len(row["path"]) for row in rows)
            print(f"{'URL':<{width}}  status  queries  (cold)")
            for row in rows:
                print(
                    f"{row['path']:<{width}}  {row['status']:>6}  {row['queries']:>7}"
                    f"  ({row['queries_cold']})"
                )
    for row in rows:
        if row["error"]:
            print(f"bench: {row['path']} answered {row['status']}: {row['error']}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
