"""The recognition section, round pages after the round, and the calls listing."""

import datetime

import pytest
from django.utils import timezone

from awards.factories import CallPageFactory
from awards.models import Winner

pytestmark = pytest.mark.django_db


def make_calls(call_index, count: int) -> None:
    today = timezone.localdate()
    for n in range(count):
        CallPageFactory(parent=call_index, deadline=today + datetime.timedelta(days=n + 1))
        CallPageFactory(parent=call_index, deadline=today - datetime.timedelta(days=n + 1))


def test_calls_are_ordered_by_deadline_and_past_ones_archived(client, call_index):
    today = timezone.localdate()
    CallPageFactory(parent=call_index, title="Landespreis", deadline=today + datetime.timedelta(40))
    CallPageFactory(parent=call_index, title="Förderung", deadline=today)
    CallPageFactory(parent=call_index, title="Aktionswoche", deadline=today - datetime.timedelta(1))
    response = client.get(call_index.url)
    assert [c.title for c in response.context["calls"]] == ["Förderung", "Landespreis"]
    assert "Aktionswoche" not in response.content.decode()
    archive = client.get(call_index.url + "?archive=1")
    assert [c.title for c in archive.context["calls"]] == ["Aktionswoche"]
    assert "Frist:" in response.content.decode()


@pytest.mark.parametrize("count", [2, 12])
def test_calls_listing_has_a_fixed_query_budget(
    client, call_index, count, django_assert_max_num_queries, no_page_cache
):
    make_calls(call_index, count)
    client.get(call_index.url)  # warm the site and locale caches
    with django_assert_max_num_queries(20):
        response = client.get(call_index.url)
    assert len(response.context["calls"]) == count
    with django_assert_max_num_queries(20):
        assert len(client.get(call_index.url + "?archive=1").context["calls"]) == count


def test_recognition_page_lists_rounds_and_links_calls(client, recognition, call_index, make_round):
    make_round(year=2026)
    make_round(year=2027)
    html = client.get(recognition.url).content.decode()
    assert html.index("Ehrenamtsmedaille 2027") < html.index("Ehrenamtsmedaille 2026")
    assert call_index.url in html


def test_round_after_the_ceremony_shows_its_winners(client, make_round, frozen_clock):
    round = make_round(year=2026)
    round.winners = [
        Winner(name="Helga Brandt", category="Generationen verbinden", honour="medal"),
        Winner(name="Jugendfeuerwehr Erdorf", honour="letter"),
    ]
    round.save_revision().publish()
    frozen_clock(round.nomination_closes + datetime.timedelta(days=100))
    html = client.get(round.url).content.decode()
    assert "Helga Brandt" in html and "Jugendfeuerwehr Erdorf" in html
    assert "Dankesbrief" in html
    assert 'name="nominee_name"' not in html


def test_round_page_query_budget(client, make_round, django_assert_max_num_queries, no_page_cache):
    round = make_round(year=2027)
    client.get(round.url)
    with django_assert_max_num_queries(24):
        assert client.get(round.url).status_code == 200


def test_demo_content_loads_twice_without_duplicates():
    """The awards demo on top of the home demo (the full command is tested in tests/home)."""
    import io

    from django.core.management.base import BaseCommand

    from awards import demo as awards_demo
    from awards.models import AwardRoundPage, CallPage
    from home import demo as home_demo

    command = BaseCommand(stdout=io.StringIO())
    home_demo.load(command)
    awards_demo.load(command)
    awards_demo.load(command)
    rounds = {r.year: r for r in AwardRoundPage.objects.all()}
    assert set(rounds) == {2026, 2027}
    current = rounds[2027]
    assert current.categories.count() == 3 and current.jury_members.count() == 5
    assert current.max_medals == 5
    assert rounds[2026].winners.count() == 5
    assert CallPage.objects.count() == 4
    assert current.nominations.count() == 3
    assert current.jury_memberships.count() == 5
    assert current.nomination_closes.isoformat() == "2027-01-31T22:59:59+00:00"


def portrait(n: int):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 300), "teal").save(buffer, "PNG")
    return Image.objects.create(title=f"Porträt {n}", file=ImageFile(buffer, name=f"p{n}.png"))


@pytest.mark.parametrize("count", [1, 5])
def test_winners_with_portraits_have_a_fixed_query_budget(
    client, make_round, frozen_clock, count, django_assert_max_num_queries, no_page_cache
):
    round = make_round(year=2026)
    round.winners = [
        Winner(name=f"Preisträgerin {n}", honour="medal", portrait=portrait(n))
        for n in range(count)
    ]
    round.save_revision().publish()
    frozen_clock(round.nomination_closes + datetime.timedelta(days=100))
    client.get(round.url)  # renditions are made on the first view
    with django_assert_max_num_queries(23):
        html = client.get(round.url).content.decode()
    assert html.count('class="winner__portrait"') == count
    assert 'alt="Preisträgerin 0"' in html


def test_staff_can_open_the_round_in_the_page_editor(client, make_round, call_index):
    from django.contrib.auth.models import User

    round = make_round(year=2027)
    client.force_login(User.objects.create_superuser("chefin", "c@example.org", "pw"))
    assert client.get(f"/admin/pages/{round.pk}/edit/").status_code == 200
    recognition = round.get_parent()
    for model in ["awardroundpage", "callindexpage"]:
        url = f"/admin/pages/add/awards/{model}/{recognition.pk}/"
        assert client.get(url).status_code in (200, 302), model
    assert client.get(f"/admin/pages/add/awards/callpage/{call_index.pk}/").status_code == 200
