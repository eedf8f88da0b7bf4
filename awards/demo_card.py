"""Demo content of the Ehrenamtskarte: the information page with check and application.

Safe to run again: ensure_page leaves an existing page as editors changed it.
"""

from __future__ import annotations

from cms.demo import ensure_page, german, stream
from cms.models import ConsentText
from home.models import HomePage

from .card import EhrenamtskartePage

__all__ = ["load"]

CONSENT_TEXT = (
    "Ich bin einverstanden, dass die Ehrenamtsagentur der Stadt Bitburg meine Angaben für den "
    "Antrag auf die Ehrenamtskarte speichert, meiner Organisation zur Bestätigung vorlegt und "
    "an die Leitstelle Ehrenamt und Bürgerbeteiligung in der Staatskanzlei Rheinland-Pfalz "
    "weitergibt. Ich kann meine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen."
)

PAGE = {
    "title": "Ehrenamtskarte: prüfen und beantragen",
    "intro": (
        "Wer sich viel Zeit für andere nimmt, bekommt vom Land Rheinland-Pfalz und der Stadt "
        "Bitburg ein Dankeschön im Scheckkartenformat. Prüfen Sie hier in einer Minute, ob "
        "Sie die Karte bekommen können, und stellen Sie den Antrag gleich online."
    ),
    "plain_language_summary": (
        "Die Ehrenamtskarte ist ein Danke für Ihr Ehrenamt.\n"
        "Sie können die Karte bekommen, wenn Sie mindestens 14 Jahre alt sind, "
        "schon 1 Jahr lang helfen und dafür kein Geld bekommen.\n"
        "Sie helfen jede Woche mindestens 5 Stunden. Oder im Jahr mindestens 250 Stunden.\n"
        "Die Karte kostet nichts. Sie gilt 2 Jahre.\n"
        "Nach 25 Jahren Ehrenamt gibt es die Jubiläums-Karte. Sie gilt für immer."
    ),
    "application_intro": (
        "Füllen Sie das Formular aus. Wir brauchen die E-Mail-Adresse Ihres Vereins oder Ihrer "
        "Organisation: Dort bestätigt jemand mit einem Klick, seit wann und wie viele Stunden "
        "Sie sich engagieren."
    ),
    "thank_you": (
        "Sobald Ihre Organisation bestätigt hat, prüfen wir Ihren Antrag und geben ihn an das "
        "Land weiter. Wenn Ihre Karte gedruckt ist, melden wir uns und Sie holen sie im "
        "Rathaus ab."
    ),
    "body": [
        ("heading", "Ein Dankeschön, das man einstecken kann"),
        (
            "paragraph",
            "<p>Mit der Ehrenamtskarte Rheinland-Pfalz bedanken sich das Land und die "
            "teilnehmenden Kommunen bei Menschen, die sich besonders viel und dauerhaft "
            "engagieren. Bitburg macht mit. Wer die Karte vorzeigt, bekommt bei Partnern des "
            "Programms Vergünstigungen. Die Karte ist kostenlos.</p>",
        ),
        ("heading", "Die Voraussetzungen"),
        (
            "paragraph",
            "<ul>"
            "<li>Sie sind mindestens 14 Jahre alt – ab Ihrem 14. Geburtstag.</li>"
            "<li>Sie engagieren sich im Durchschnitt mindestens 5 Stunden in der Woche oder "
            "250 Stunden im Jahr. Stunden aus mehreren Organisationen und aus größeren "
            "Einzeleinsätzen dürfen Sie zusammenzählen.</li>"
            "<li>Sie sind schon mindestens ein Jahr dabei.</li>"
            "<li>Sie bekommen kein Geld außer dem Ersatz Ihrer echten Auslagen, etwa für "
            "Fahrten, Telefon oder Material. Erhalten Sie eine Pauschale, schauen wir uns Ihren "
            "Fall genau an.</li>"
            "<li>Sie engagieren sich in Bitburg oder einer anderen teilnehmenden Kommune.</li>"
            "</ul>"
            "<p>Nur Mitglied zu sein oder nur Bereitschaft zu haben, reicht nicht aus. Es zählt, "
            "was Sie aktiv tun – in Vereinen, Kirchen, Initiativen, Selbsthilfegruppen, "
            "Freiwilligendiensten oder in politischen und öffentlichen Ehrenämtern.</p>",
        ),
        ("heading", "Die Jubiläums-Ehrenamtskarte"),
        (
            "paragraph",
            "<p>Wer sich 25 Jahre oder länger engagiert hat – in einer oder mehreren "
            "Organisationen –, kann seit August 2018 die Jubiläums-Ehrenamtskarte bekommen. "
            "Stunden und Alter spielen dafür keine Rolle. Sie gilt ein Leben lang, auch für "
            "Menschen, die aus Alters- oder Gesundheitsgründen nicht mehr aktiv sein können. "
            "Ein Verein, ein Verband oder die Stadt kann Sie dafür auch vorschlagen.</p>",
        ),
        ("heading", "So kommen Sie zu Ihrer Karte"),
        (
            "paragraph",
            "<ol>"
            "<li>Sie stellen den Antrag mit dem Formular unten.</li>"
            "<li>Ihre Organisation bekommt eine E-Mail und bestätigt, seit wann und wie viele "
            "Stunden Sie sich engagieren.</li>"
            "<li>Die Stadt Bitburg prüft den Antrag und gibt ihn an die Leitstelle Ehrenamt und "
            "Bürgerbeteiligung in der Staatskanzlei weiter.</li>"
            "<li>Die Karte wird gedruckt, und die Stadt überreicht sie Ihnen.</li>"
            "</ol>",
        ),
        (
            "notice",
            "Die Ehrenamtskarte gilt zwei Jahre. Rechtzeitig vor dem Ablauf erinnern wir Sie "
            "per E-Mail daran, einen neuen Antrag zu stellen.",
        ),
    ],
}


def load(command) -> None:
    locale = german()
    ConsentText.objects.get_or_create(
        purpose=ConsentText.Purpose.EHRENAMTSKARTE,
        version=1,
        locale=locale,
        defaults={"text": CONSENT_TEXT},
    )
    home = HomePage.objects.get(locale=locale)
    fields = {key: value for key, value in PAGE.items() if key != "body"}
    page, created = ensure_page(
        home,
        EhrenamtskartePage,
        "ehrenamtskarte-beantragen",
        body=stream(PAGE["body"]),
        show_in_menus=False,
        **fields,
    )
    command.stdout.write(f"awards (card): {'created' if created else 'kept'} {page.url_path}")
