"""Demo content of the awards app: the section "Anerkennung", the town's medal rounds 2026
(with its honoured volunteers) and 2027 (open for nominations) and the state's calls.

All people are invented. The 2027 window opens on 20 November 2026 instead of the usual
5 December so that the demo shows an open form.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from cms.demo import ensure_page, german
from cms.models import ConsentText
from home.models import HomePage

from .models import (
    AwardCategory,
    AwardCriterion,
    AwardRoundPage,
    CallIndexPage,
    CallPage,
    JuryMember,
    Nomination,
    RecognitionIndexPage,
    Winner,
)

BERLIN = ZoneInfo("Europe/Berlin")

CONSENT_TEXT = (
    "Ich bin einverstanden, dass die Ehrenamtsagentur der Stadt Bitburg meine Angaben und die "
    "Angaben zur vorgeschlagenen Person speichert und der Jury der Ehrenamtsmedaille vorlegt. "
    "Die Angaben werden ein Jahr nach der Preisverleihung gelöscht, Vorschläge ohne Auszeichnung "
    "auf Wunsch früher. Ich kann meine Einwilligung jederzeit mit Wirkung für die Zukunft "
    "widerrufen."
)

CATEGORIES = [
    (
        "Generationen verbinden",
        "Engagement, das Jung und Alt zusammenbringt – vom Lesepaten bis zum Erzählcafé.",
    ),
    (
        "Integration und Geflüchtete",
        "Menschen, die Neuankommenden in Bitburg beim Ankommen helfen: Sprache, Behörden, "
        "Nachbarschaft.",
    ),
    (
        "Umwelt- und Naturschutz",
        "Einsatz für Blühflächen, saubere Bäche, Streuobstwiesen und ein grünes Bitburg.",
    ),
]

CRITERIA = [
    ("Motivation", "Warum sich die Person oder Gruppe engagiert – wichtiger als die Stundenzahl."),
    ("Wirkung", "Was das Engagement für andere Menschen in Bitburg verändert."),
    ("Dauer und Verlässlichkeit", "Wie lange und wie beständig das Engagement getragen wird."),
    ("Vorbild", "Ob das Engagement andere ermutigt, selbst aktiv zu werden."),
]

JURY = [
    ("Gisela Hoffmann", "Arbeitskreis Engagierte Stadt Bitburg"),
    ("Yusuf Demir", "Arbeitskreis Engagierte Stadt Bitburg"),
    ("Katharina Weber", "Arbeitskreis Engagierte Stadt Bitburg"),
    ("Stefan Krämer", "Stadtverwaltung Bitburg, Büro des Bürgermeisters"),
    ("Julia Schneider", "Ehrenamts- und Freiwilligenagentur der Stadt Bitburg"),
]

WINNERS_2026 = [
    (
        "Helga Brandt",
        "Generationen verbinden",
        "Liest seit zwölf Jahren jede Woche in der Kita in Masholder vor und hat ein "
        "Erzählcafé für Ältere gegründet.",
        Winner.Honour.MEDAL,
    ),
    (
        "Initiative „Willkommen in Bitburg“",
        "Integration und Geflüchtete",
        "Begleitet Familien zu Ämtern und Ärzten und organisiert ein wöchentliches Sprachcafé.",
        Winner.Honour.MEDAL,
    ),
    (
        "Werner Thiel",
        "Umwelt- und Naturschutz",
        "Pflegt mit Schulklassen die Streuobstwiese in Stahl und hat dutzende Nistkästen gebaut.",
        Winner.Honour.MEDAL,
    ),
    (
        "Olena Kovalenko",
        "Integration und Geflüchtete",
        "Übersetzt ehrenamtlich für Familien aus der Ukraine, oft am Abend und am Wochenende.",
        Winner.Honour.MEDAL,
    ),
    (
        "Jugendfeuerwehr Erdorf",
        "Generationen verbinden",
        "Hilft älteren Nachbarinnen und Nachbarn beim Einkaufen und Schneeschippen.",
        Winner.Honour.LETTER,
    ),
]

CALLS = [
    {
        "slug": "landespreis-engagement-2027",
        "title": "Landespreis für Engagement Rheinland-Pfalz 2027",
        "kind": CallPage.Kind.STATE_PRIZE,
        "deadline": datetime.date(2027, 3, 15),
        "link": "https://wir-tun-was.rlp.de/",
        "summary": (
            "Das Land zeichnet Vereine und Initiativen aus, die mit neuen Ideen Menschen für "
            "das Ehrenamt gewinnen. Bewerben können sich Gruppen aus ganz Rheinland-Pfalz."
        ),
        "body": (
            "<p>Gesucht werden Projekte, die zeigen, wie Engagement vor Ort gelingt. Die "
            "Ehrenamtsagentur hilft Bitburger Vereinen gern beim Formulieren der Bewerbung – "
            "melden Sie sich einfach bei uns.</p>"
        ),
    },
    {
        "slug": "foerderung-leitstelle-ehrenamt-2027",
        "title": "Förderprogramm der Leitstelle Ehrenamt: Kleine Projekte, große Wirkung",
        "kind": CallPage.Kind.FUNDING,
        "deadline": datetime.date(2027, 2, 28),
        "link": "https://wir-tun-was.rlp.de/",
        "summary": (
            "Die Leitstelle Ehrenamt und Bürgerbeteiligung des Landes fördert kleine Projekte "
            "von Vereinen und Initiativen, etwa Schulungen oder Aktionen für neue Mitglieder."
        ),
        "body": (
            "<p>Der Antrag ist kurz. Wir prüfen gern mit Ihnen, ob Ihr Vorhaben passt, und "
            "helfen bei den Unterlagen.</p>"
        ),
    },
    {
        "slug": "ehrenamtstag-rlp-2027",
        "title": "Ehrenamtstag Rheinland-Pfalz 2027: Anmeldung für Vereine",
        "kind": CallPage.Kind.STATE_EVENT,
        "deadline": datetime.date(2027, 4, 30),
        "link": "https://wir-tun-was.rlp.de/",
        "summary": (
            "Beim landesweiten Ehrenamtstag stellen sich Vereine mit einem Stand vor. Die "
            "Agentur koordiniert eine gemeinsame Anmeldung für Bitburg."
        ),
        "body": "<p>Sagen Sie uns bis zur Frist Bescheid, wenn Ihr Verein dabei sein möchte.</p>",
    },
    {
        "slug": "aktionswoche-ehrenamt-2026",
        "title": "Aktionswoche Ehrenamt 2026",
        "kind": CallPage.Kind.STATE_EVENT,
        "deadline": datetime.date(2026, 6, 30),
        "link": "https://wir-tun-was.rlp.de/",
        "summary": "Mitmachaktionen von Vereinen in der landesweiten Aktionswoche.",
        "body": "<p>Die Anmeldung ist abgeschlossen. Danke an alle Bitburger Vereine!</p>",
    },
]


def berlin(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=BERLIN)


def load(command) -> None:
    locale = german()
    home = HomePage.objects.get(locale=locale)
    consent, _ = ConsentText.objects.get_or_create(
        purpose=ConsentText.Purpose.NOMINATION,
        version=1,
        locale=locale,
        defaults={"text": CONSENT_TEXT},
    )
    section, _ = ensure_page(
        home,
        RecognitionIndexPage,
        "anerkennung",
        title="Anerkennung",
        intro=(
            "Bitburg sagt Danke: mit der Ehrenamtsmedaille der Stadt, mit Dankesbriefen des "
            "Bürgermeisters und mit Hinweisen auf Preise und Förderungen des Landes."
        ),
        show_in_menus=True,
    )
    award_round(
        section,
        year=2026,
        opens=berlin(2025, 12, 5, 0, 0),
        closes=berlin(2026, 1, 31, 23, 59, 59),
        ceremony=("Die Medaillen wurden am 13. Juni 2026 beim Sommerempfang der Stadt überreicht."),
        winners=WINNERS_2026,
    )
    current = award_round(
        section,
        year=2027,
        opens=berlin(2026, 11, 20, 0, 0),
        closes=berlin(2027, 1, 31, 23, 59, 59),
        ceremony="",
        winners=[],
    )
    calls, _ = ensure_page(
        section,
        CallIndexPage,
        "ausschreibungen",
        title="Ausschreibungen",
        intro=(
            "Landespreise, Landesveranstaltungen und Förderprogramme, für die sich Bitburger "
            "Vereine und Initiativen bewerben können – sortiert nach Frist."
        ),
    )
    for spec in CALLS:
        ensure_page(calls, CallPage, **spec)
    point_nominate_entry_to(home, current)
    nominations(current, consent)
    jury_accounts(current)
    command.stdout.write(
        f"awards: {AwardRoundPage.objects.count()} award rounds, {CallPage.objects.count()} calls"
    )


def award_round(section, *, year, opens, closes, ceremony, winners) -> AwardRoundPage:
    page = section.get_children().filter(slug=f"ehrenamtsmedaille-{year}").specific().first()
    if page is not None:
        return page
    page = AwardRoundPage(
        title=f"Ehrenamtsmedaille der Stadt Bitburg {year}",
        slug=f"ehrenamtsmedaille-{year}",
        locale=section.locale,
        year=year,
        intro=(
            "Wer setzt sich in Bitburg ohne Bezahlung für andere ein? Schlagen Sie Menschen "
            "oder Gruppen vor, die eine Ehrenamtsmedaille verdient haben."
        ),
        body=(
            "<p>Vorschlagen kann jede und jeder – auch Mitglieder für Menschen aus dem eigenen "
            "Verein. Wer sich selbst vorschlägt, kann nicht berücksichtigt werden. Die Motivation "
            "zählt mehr als die Zahl der Stunden. Wir freuen uns ausdrücklich über Vorschläge aus "
            "Sport, Kultur, Musik, Kirche und sozialem Bereich und über Menschen, die sich trotz "
            "schwieriger eigener Lage engagieren.</p>"
            "<p>Wer im Vorjahr ausgezeichnet wurde, kann erst im übernächsten Jahr wieder geehrt "
            "werden. Vorschläge ohne Auszeichnung dürfen gern erneut eingereicht werden.</p>"
        ),
        jury_description=(
            "Die Jury besteht aus drei Mitgliedern des Arbeitskreises der Engagierten Stadt "
            "Bitburg und zwei Vertreterinnen und Vertretern von Agentur und Stadt. Sie vergibt "
            "die Medaillen und schlägt Dankesbriefe des Bürgermeisters vor."
        ),
        nomination_opens=opens,
        nomination_closes=closes,
        max_medals=5,
        reason_guidance_length=300,
        ceremony=ceremony,
    )
    page.categories = [AwardCategory(name=n, description=d) for n, d in CATEGORIES]
    page.criteria = [AwardCriterion(name=n, description=d) for n, d in CRITERIA]
    page.jury_members = [JuryMember(name=n, role=r) for n, r in JURY]
    page.winners = [Winner(name=n, category=c, text=t, honour=h) for n, c, t, h in winners]
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


#: Invented nominations for staff to try the jury view: two name the same person with
#: different spelling, so they appear as one group.
NOMINATIONS = [
    {
        "category": "Generationen verbinden",
        "nominee_name": "Marianne Scholtes",
        "nominee_contact": "Telefon 06561 000111",
        "nominee_organisation": "Seniorentreff Mötsch",
        "engagement": "Organisiert donnerstags den Mittagstisch, etwa sechs Stunden pro Woche.",
        "engaged_since": "2009",
        "reason": (
            "Frau Scholtes sorgt dafür, dass ältere Menschen in Mötsch nicht allein essen. "
            "Sie holt Nachbarn ab, die nicht mehr gut gehen können, und hat Schülerinnen "
            "gewonnen, die beim Servieren helfen."
        ),
        "nominator_name": "Bernhard Wagner",
        "nominator_email": "b.wagner@example.org",
        "relationship": "Nachbar und Gast im Seniorentreff",
    },
    {
        "category": "Generationen verbinden",
        "nominee_name": "marianne  SCHOLTES",
        "nominee_contact": "über den Seniorentreff Mötsch",
        "nominee_organisation": "Seniorentreff Mötsch",
        "engagement": "Mittagstisch und Fahrdienst für ältere Nachbarn.",
        "engaged_since": "2010",
        "reason": "Ohne sie gäbe es den Mittagstisch nicht. Sie ist immer freundlich und da.",
        "nominator_name": "Aylin Kaya",
        "nominator_email": "aylin.kaya@example.org",
        "relationship": "Ich helfe beim Mittagstisch mit.",
    },
    {
        "category": "Umwelt- und Naturschutz",
        "nominee_kind": Nomination.NomineeKind.GROUP,
        "nominee_name": "Bachpaten Irsch",
        "nominee_contact": "bachpaten-irsch@example.org",
        "nominee_organisation": "",
        "engagement": "Säubern zweimal im Jahr den Bachlauf und pflanzen Ufergehölze.",
        "engaged_since": "2018",
        "reason": (
            "Die Gruppe hat aus einer einmaligen Aktion eine feste Tradition gemacht, bei der "
            "Familien, Kinder und Geflüchtete gemeinsam anpacken."
        ),
        "nominator_name": "Thomas Becker",
        "nominator_email": "t.becker@example.org",
        "relationship": "Ortsbürgermeister a. D., habe oft mitgemacht",
    },
]


def nominations(round: AwardRoundPage, consent: ConsentText) -> None:
    if round.nominations.exists():
        return
    categories = {c.name: c for c in round.categories.all()}
    for spec in NOMINATIONS:
        spec = dict(spec)
        Nomination.objects.create(
            round=round,
            category=categories.get(spec.pop("category")),
            consent=consent,
            language="de",
            nominee_may_be_contacted=True,
            **spec,
        )


def jury_accounts(round: AwardRoundPage) -> None:
    """Admin accounts for the jury of the open round, without a password (staff set one or
    connect the town's login): the group "Jury" only opens the admin, the membership opens
    this round's nominations."""
    from django.contrib.auth.models import Group, Permission, User

    from .models import JuryMembership

    group, _ = Group.objects.get_or_create(name="Jury")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for name, _role in JURY:
        first, last = name.split(" ", 1)
        user, created = User.objects.get_or_create(
            username=f"jury-{last.lower().replace('ä', 'ae')}",
            defaults={"first_name": first, "last_name": last},
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(group)
        JuryMembership.objects.get_or_create(round=round, user=user)


def point_nominate_entry_to(home: HomePage, target: AwardRoundPage) -> None:
    """Lead the home page's "Jemanden vorschlagen" entry point to the open round."""
    entries = list(home.entry_points)
    if len(entries) < 3 or entries[2].value["page"].specific_class is AwardRoundPage:
        return
    third = entries[2].value
    home.entry_points[2] = (
        "entry_point",
        {"title": third["title"], "text": third["text"], "page": target},
    )
    home.save_revision().publish()
