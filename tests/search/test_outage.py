"""The search server stops while pages are published (SPEC §8, issue 10's fault injection).

A second OpenSearch node of our own, started and stopped by the fixture through the same
script that runs the shared one (`scripts/services/opensearch.sh`, with its own state
folder and ports), so stopping it disturbs no other test. While it is down, publishing
works and the site search answers from the database; once it is back,
`search_index_check --repair` brings the index in line with the database.
"""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from opensearchpy import OpenSearch
from opensearchpy.exceptions import ConnectionError as SearchServerUnreachable
from wagtail.models import Page

from opportunities.factories import OpportunityPageFactory, OrganisationPageFactory
from opportunities.models import OrganisationIndexPage
from tests.utils import OwnService, free_port

PREFIX = "outage"


class OpenSearchNode(OwnService):
    """A single-node OpenSearch of this test's own."""

    def __init__(self):
        http = free_port()
        super().__init__(
            "opensearch",
            "OPENSEARCH_STATE_DIR",
            OPENSEARCH_PORT_BITBURG=http,
            OPENSEARCH_TRANSPORT_PORT_BITBURG=free_port(),
        )
        self.url = f"http://127.0.0.1:{http}"

    def client(self) -> OpenSearch:
        return OpenSearch(hosts=[self.url], timeout=30)


@pytest.fixture(scope="module")
def node():
    server = OpenSearchNode()
    server.run("stop")  # a node an interrupted run left behind
    try:
        server.run("start")
        yield server
    finally:
        server.run("stop")


@pytest.fixture
def backends(node):
    default = {**settings.WAGTAILSEARCH_BACKENDS["default"]}
    default.update(URLS=[node.url], INDEX_PREFIX=f"{PREFIX}_", TIMEOUT=10)
    configured = {**settings.WAGTAILSEARCH_BACKENDS, "default": default}
    with override_settings(WAGTAILSEARCH_BACKENDS=configured):
        yield


@pytest.fixture
def club(home_page):
    organisations = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    home_page.add_child(instance=organisations)
    organisations.save_revision().publish()
    return OrganisationPageFactory(parent=organisations, title="Heimatverein Stahl")


def index_check(*args: str) -> str:
    out = io.StringIO()
    call_command("search_index_check", *args, stdout=out)
    return out.getvalue()


def drift(report: str) -> dict[str, int]:
    """Sum the page index's 'missing N, stale N, left over N' figures."""
    line = next(line for line in report.splitlines() if "_wagtailcore_page:" in line)
    counts = line.split(";", 1)[1]
    return {
        name: int(counts.split(name, 1)[1].split(",")[0])
        for name in ("missing", "stale", "left over")
    }


def found_titles(client, query: str) -> tuple[str, list[str]]:
    data = client.get("/api/v2/search/", {"q": query, "locale": "de"}).json()
    return data["engine"], [result["title"] for result in data["results"]]


def test_publishing_goes_on_while_search_is_down_and_the_repair_catches_up(
    node, backends, club, client, caplog
):
    kept = OpportunityPageFactory(parent=club, title="Wanderwege im Bitburger Land markieren")
    renamed = OpportunityPageFactory(parent=club, title="Ruhebänke am Stausee pflegen")
    withdrawn = OpportunityPageFactory(parent=club, title="Streuobst am Mühlenweg ernten")
    call_command("update_index", verbosity=0)
    node.client().indices.refresh(index=f"{PREFIX}_*")
    assert drift(index_check()) == {"missing": 0, "stale": 0, "left over": 0}

    node.run("stop")
    with pytest.raises(SearchServerUnreachable):
        node.client().cluster.health(request_timeout=2)

    # An editor keeps working: a new page, a changed title, a page taken offline.
    new = OpportunityPageFactory(parent=club, title="Lesepatenschaft in der Stadtbücherei")
    renamed.title = "Ruhebänke an der Talsperre streichen"
    renamed.save_revision().publish()
    withdrawn.unpublish()
    assert Page.objects.get(pk=new.pk).live
    assert Page.objects.get(pk=renamed.pk).title == "Ruhebänke an der Talsperre streichen"
    assert not Page.objects.get(pk=withdrawn.pk).live
    assert "search backend" in caplog.text  # the failed index updates are logged

    # Visitors still find the new page, from the database, and not the withdrawn one.
    engine, titles = found_titles(client, "Lesepatenschaft")
    assert (engine, titles) == ("database", [new.title])
    assert found_titles(client, "Streuobst")[1] == []

    node.run("start")
    # An answer from the database is never kept: once the search server is back, it
    # answers the same search, though nothing has been written since.
    assert found_titles(client, "Streuobst") == ("opensearch", [])
    before = drift(index_check())
    print(f"\nsearch outage: drift after restart {before}")
    # The new page is missing; the renamed one has its old title and the withdrawn one
    # still says "live" in the index.
    assert before == {"missing": 1, "stale": 2, "left over": 0}
    assert "Repaired" in index_check("--repair")
    after = drift(index_check())
    print(f"search outage: drift after repair {after}")
    assert after == {"missing": 0, "stale": 0, "left over": 0}

    # OpenSearch answers again, and its answers match the database's.
    node.client().indices.refresh(index=f"{PREFIX}_*")
    assert found_titles(client, "Lesepatenschaft") == ("opensearch", [new.title])
    assert found_titles(client, "Talsperre") == ("opensearch", [renamed.title])
    assert found_titles(client, "Streuobst") == ("opensearch", [])
    assert found_titles(client, "Wanderwege")[1] == [kept.title]
