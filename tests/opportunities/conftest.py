import pytest

from cms.factories import ConsentTextFactory
from cms.models import ConsentText, District, FieldOfActivity, Language
from opportunities.factories import OpportunityPageFactory, OrganisationPageFactory
from opportunities.models import OpportunityIndexPage, OrganisationIndexPage


@pytest.fixture
def languages(db):
    # Seeded by a migration, but transactional tests empty every table.
    for code, name in [("de", "Deutsch"), ("ar", "العربية"), ("uk", "Українська")]:
        Language.objects.get_or_create(code=code, defaults={"name": name})
    return {lang.code: lang for lang in Language.objects.all()}


@pytest.fixture
def taxonomy(locale_de):
    sport = FieldOfActivity.objects.create(name="Sport", slug="sport", locale=locale_de)
    umwelt = FieldOfActivity.objects.create(name="Umwelt", slug="umwelt", locale=locale_de)
    erdorf = District.objects.create(name="Erdorf", slug="erdorf", locale=locale_de)
    stahl = District.objects.create(name="Stahl", slug="stahl", locale=locale_de)
    return {"sport": sport, "umwelt": umwelt, "erdorf": erdorf, "stahl": stahl}


@pytest.fixture
def organisation_index(home_page):
    index = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def listing_page(home_page):
    page = OpportunityIndexPage(title="Engagement finden", slug="engagement-finden")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def club(organisation_index):
    return OrganisationPageFactory(
        parent=organisation_index,
        title="TuS Erdorf",
        slug="tus-erdorf",
        notification_email="jugend@tus-erdorf.example.org",
    )


@pytest.fixture
def other_club(organisation_index):
    return OrganisationPageFactory(parent=organisation_index, title="Chor Stahl", slug="chor-stahl")


@pytest.fixture
def consent_interest(locale_de):
    return ConsentTextFactory(purpose=ConsentText.Purpose.INTEREST, locale=locale_de)


@pytest.fixture
def opportunity(club, taxonomy, languages):
    return OpportunityPageFactory(
        parent=club,
        title="Bambini-Training",
        slug="bambini-training",
        minimum_age=16,
        district=taxonomy["erdorf"],
        m2m={"fields_of_activity": [taxonomy["sport"]], "languages": [languages["de"]]},
    )
