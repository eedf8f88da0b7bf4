"""Demo campaigns, events and a survey (fictional, written for this project).

DEMO DATA. The campaigns "Bitburg erblüht", "Bitburg in Bewegung", the club festival
"Bitburg engagiert sich" and the training programme are named as described in
shared/DOMAIN.md; every event, time, price and room below is invented for demonstrating the
platform. Organisers refer to the (equally fictional) demo organisations of
``opportunities.demo_data`` by slug. No real persons are named.

Plain data only: no imports. ``events/demo.py`` loads these structures.

Dates are relative to the day the demo is loaded, so the site always shows a year ahead.
``when`` is one of

* ``{"rule": "weekday", "days": d, "weekday": w}`` – the first weekday ``w`` (Monday = 0)
  on or after today + ``d`` days (``d`` may be negative for past events);
* ``{"rule": "nth_weekday", "months": m, "n": n, "weekday": w}`` – the ``n``-th weekday
  ``w`` of the month ``m`` months from now (negative for the past);
* ``{"rule": "next_nth_weekday", "n": n, "weekday": w}`` – the next ``n``-th weekday ``w``
  of a month that is still ahead (this month's or next month's);
* ``{"rule": "month_of_year", "month": k, "n": n, "weekday": w}`` – the ``n``-th weekday
  ``w`` of the next calendar month ``k`` that lies at least two weeks ahead (e.g. "the
  second Saturday in April").

``time`` is (start, end) in Bitburg's local time; ``repeat_days`` gives the last date of a
series as a number of days after its first date; ``cancel`` names cancelled dates
("christmas" and "new_year": the series' date in the week around 25 December and
1 January). ``registration`` is None or {"capacity", "deadline_days", "waiting_list"};
``deadline_days`` counts back from the event's day (registration closes at 23:59 then).
``categories`` use the slugs of ``CATEGORIES``; ``district`` a district name;
``target_groups`` the slugs of ``home.demo_data.TAXONOMY["target_groups"]``.
"""

AGENCY = "Ehrenamtsagentur der Stadt Bitburg"

INDEX = {
    "slug": "veranstaltungen",
    "title": "Veranstaltungen",
    "intro": (
        "Schulungen, Mitmach-Aktionen, Infoabende und Feste: Hier finden Sie alle Termine "
        "rund ums Ehrenamt in Bitburg – von der Ehrenamtsagentur, den Aktionen der Stadt und "
        "unseren Partnern. Viele Angebote sind kostenlos, für manche brauchen Sie eine "
        "Anmeldung."
    ),
}

CATEGORIES = [
    ("schulung", "Schulung"),
    ("fortbildung", "Fortbildung"),
    ("workshop", "Workshop"),
    ("infoabend", "Infoabend"),
    ("mitmach-aktion", "Mitmach-Aktion"),
    ("fest", "Fest"),
    ("landesveranstaltung", "Landesveranstaltung"),
]

CONSENT_TEXTS = {
    "registration": (
        "Ich bin einverstanden, dass die Ehrenamtsagentur der Stadt Bitburg meinen Namen, "
        "meine E-Mail-Adresse, meine Telefonnummer (falls angegeben) und meine Hinweise "
        "speichert, um meine Anmeldung zu verwalten, mir Bestätigungen, Erinnerungen und "
        "Änderungen zu schicken und – falls die Veranstaltung ausgebucht ist – mich über "
        "einen frei gewordenen Platz auf der Warteliste zu informieren. Veranstaltet ein "
        "Partner die Veranstaltung, erhält er die Teilnehmerliste. Die Angaben werden sechs "
        "Monate nach der Veranstaltung gelöscht. Ich kann meine Einwilligung jederzeit mit "
        "Wirkung für die Zukunft widerrufen, zum Beispiel über den Abmeldelink in der "
        "Bestätigungs-E-Mail."
    ),
    "survey": (
        "Ich bin einverstanden, dass die Stadt Bitburg meine Antworten speichert und für die "
        "Auswertung dieser Umfrage und die Planung der Aktion nutzt. Eine freiwillig "
        "angegebene E-Mail-Adresse wird nur für Rückfragen zu meinen Antworten verwendet. "
        "Nach Abschluss der Auswertung werden die Antworten anonymisiert, die E-Mail-Adresse "
        "wird dabei gelöscht. Ich kann meine Einwilligung jederzeit mit Wirkung für die "
        "Zukunft widerrufen."
    ),
}

# --- Campaigns --------------------------------------------------------------------------

BITBURG_ERBLUEHT = {
    "slug": "bitburg-erblueht",
    "title": "Bitburg erblüht",
    "summary": (
        "Mehr Blüten, mehr Insekten, mehr Miteinander: Mit „Bitburg erblüht“ legen Bürgerinnen "
        "und Bürger Blühwiesen an, übernehmen Beetpatenschaften und sagen uns, wo es in der "
        "Stadt noch grüner werden soll."
    ),
    "goals": (
        "<p>Seit 2021 arbeitet die Stadt Bitburg mit Partnern aus dem Netzwerk „Engagierte "
        "Stadt“ an mehr Artenvielfalt. Wir wollen:</p>"
        "<ul><li>in allen sieben Stadtteilen neue Blühflächen für Bienen, Schmetterlinge und "
        "andere Insekten schaffen</li>"
        "<li>öffentliche Beete in die Obhut von Patinnen und Paten geben</li>"
        "<li>die Bürgerinnen und Bürger fragen, welche Flächen erblühen sollen</li>"
        "<li>zeigen, wie jeder Garten und jeder Balkon insektenfreundlich werden kann</li></ul>"
    ),
    "description": (
        "<p>Ob Grünstreifen am Straßenrand, Beet in der Fußgängerzone oder Wiese am Ortsrand: "
        "Vieles, was heute kurz gemäht wird, könnte blühen. Bei „Bitburg erblüht“ packen "
        "Vereine, Initiativen, Familien und Nachbarschaften gemeinsam an. Die "
        "Stadtgärtnerei stellt Saatgut, Pflanzen und Werkzeug bereit.</p>"
        "<p>Machen Sie mit – bei einer Pflanzaktion, mit einer Beetpatenschaft oder indem Sie "
        "uns in der Umfrage einen Ort vorschlagen.</p>"
    ),
    "partners": ["bluehendes-moetsch", "fuereinander-bitburg"],
    "partner_names": ["Stadtgärtnerei Bitburg"],
    "survey": {
        "slug": "wo-soll-es-bluehen",
        "title": "Wo soll es blühen?",
        "intro": (
            "<p>Kennen Sie eine Fläche in Ihrem Stadtteil, auf der künftig Blumen für Insekten "
            "wachsen könnten? Schlagen Sie sie uns vor. Die Stadtgärtnerei prüft alle "
            "Vorschläge und stellt die Ergebnisse beim nächsten Beetpaten-Treff vor.</p>"
        ),
        "thank_you_text": (
            "<p>Vielen Dank für Ihren Vorschlag! Wir melden uns, falls wir Fragen haben. Die "
            "ausgewählten Flächen stellen wir hier auf der Seite von „Bitburg erblüht“ vor.</p>"
        ),
        "fields": [
            {
                "label": "Stadtteil",
                "field_type": "dropdown",
                "required": True,
                "choices": "Kernstadt\nErdorf\nIrsch\nMasholder\nMatzen\nMötsch\nStahl",
                "help_text": "",
            },
            {
                "label": "Ort/Fläche",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "Zum Beispiel: Grünstreifen an der Bushaltestelle in der Schulstraße",
            },
            {
                "label": "Warum dort?",
                "field_type": "multiline",
                "required": False,
                "choices": "",
                "help_text": "Was macht diese Fläche aus Ihrer Sicht besonders geeignet?",
            },
            {
                "label": "Ich möchte eine Beetpatenschaft übernehmen",
                "field_type": "checkbox",
                "required": False,
                "choices": "",
                "help_text": "Dann melden wir uns bei Ihnen mit allen Einzelheiten.",
            },
            {
                "label": "E-Mail für Rückfragen",
                "field_type": "email",
                "required": False,
                "choices": "",
                "help_text": "Freiwillig. Nur für Rückfragen zu Ihrem Vorschlag.",
            },
        ],
    },
    "events": [
        {
            "slug": "fruehjahrspflanzung",
            "title": "Frühjahrspflanzung: Bitburg erblüht",
            "category": "mitmach-aktion",
            "when": {"rule": "month_of_year", "month": 4, "n": 2, "weekday": 5},
            "time": ("10:00", "13:00"),
            "organiser": "bluehendes-moetsch",
            "summary": (
                "Wir säen eine neue Blühwiese ein und bepflanzen Beete mit insektenfreundlichen "
                "Stauden. Jede Hand hilft – für Kinder gibt es kleine Aufgaben und eigene "
                "Schaufeln."
            ),
            "description": (
                "<p>Zum Start in die Gartensaison bereiten wir gemeinsam eine Fläche am Ortsrand "
                "von Mötsch für eine neue Blühwiese vor. Wir lockern den Boden, säen heimische "
                "Wildblumen aus und setzen an den Rändern Stauden, die von Frühling bis Herbst "
                "blühen.</p>"
                "<p>Handschuhe, Werkzeug und Saatgut stellt die Stadtgärtnerei. Bitte bringen "
                "Sie wetterfeste Kleidung und festes Schuhwerk mit. Zum Abschluss gibt es Suppe "
                "und Getränke für alle.</p>"
                "<p>Eine Anmeldung ist nicht nötig. Kommen Sie einfach vorbei, auch für eine "
                "Stunde.</p>"
            ),
            "venue": "Blühwiese am Ortsausgang Mötsch",
            "address": "Blumenpfad 9, 54634 Bitburg-Mötsch",
            "district": "Mötsch",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": False,
            "accessibility": (
                "Die Fläche ist eine unebene Wiese. Am Blumenpfad gibt es einen festen Weg, von "
                "dem aus man beim Einsäen helfen kann."
            ),
            "languages": ["de", "en"],
            "target_groups": ["alle-generationen", "familien"],
            "registration": None,
        },
        {
            "slug": "herbstpflanzung-blumenzwiebeln",
            "title": "Herbstpflanzung: Blumenzwiebeln für den Rathausplatz",
            "category": "mitmach-aktion",
            "when": {"rule": "month_of_year", "month": 10, "n": 2, "weekday": 5},
            "time": ("10:00", "12:30"),
            "organiser_name": "Stadtgärtnerei Bitburg",
            "summary": (
                "Tausende Blumenzwiebeln warten darauf, in die Erde zu kommen. Helfen Sie mit, "
                "damit die Innenstadt im nächsten Frühjahr bunt blüht."
            ),
            "description": (
                "<p>Krokusse, Traubenhyazinthen und Wildtulpen sind im zeitigen Frühjahr die "
                "erste Nahrung für Hummeln und Wildbienen. Gemeinsam mit der Stadtgärtnerei "
                "setzen wir die Zwiebeln in die Beete rund um den Rathausplatz und in der "
                "Fußgängerzone.</p>"
                "<p>Die Arbeit ist leicht und auch im Sitzen an den Hochbeeten möglich. Werkzeug "
                "und Handschuhe liegen bereit. Wer mag, übernimmt anschließend gleich eine "
                "Beetpatenschaft.</p>"
            ),
            "venue": "Rathausplatz, Treffpunkt vor dem Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": (
                "Ebene, gepflasterte Flächen; an den Hochbeeten kann man im Sitzen pflanzen. "
                "Eine barrierefreie Toilette gibt es im Rathaus."
            ),
            "languages": ["de", "ar", "uk"],
            "target_groups": ["alle-generationen", "familien", "gefluechtete-zugewanderte"],
            "registration": None,
        },
        {
            "slug": "beetpaten-treff",
            "title": "Beetpaten-Treff",
            "category": "infoabend",
            "when": {"rule": "next_nth_weekday", "n": 1, "weekday": 2},
            "time": ("18:30", "20:00"),
            "recurrence": "monthly_weekday",
            "repeat_days": 350,
            "organiser": "bluehendes-moetsch",
            "summary": (
                "Jeden ersten Mittwoch im Monat treffen sich alle, die ein Beet betreuen oder "
                "es gern würden: Erfahrungen austauschen, Pflanzen tauschen, die nächsten "
                "Aktionen planen."
            ),
            "description": (
                "<p>Welche Stauden kommen mit trockenen Sommern zurecht? Wer gießt, wenn ich im "
                "Urlaub bin? Und wo fehlt noch eine Patin oder ein Pate? Beim Beetpaten-Treff "
                "tauschen wir uns aus und helfen uns gegenseitig.</p>"
                "<p>Im Winter planen wir die nächste Saison, im Sommer treffen wir uns auch mal "
                "draußen an einem der Beete. Neue Gesichter sind immer willkommen – Sie müssen "
                "noch keine Patenschaft haben.</p>"
            ),
            "venue": "Besprechungsraum im Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "Der Raum ist mit dem Aufzug erreichbar.",
            "languages": ["de"],
            "target_groups": ["alle-generationen"],
            "registration": None,
        },
        {
            "slug": "samenbomben-workshop-kinder",
            "title": "Samenbomben basteln – Workshop für Kinder",
            "category": "workshop",
            "when": {"rule": "month_of_year", "month": 3, "n": 3, "weekday": 5},
            "time": ("14:00", "16:00"),
            "organiser": "bluehendes-moetsch",
            "summary": (
                "Aus Erde, Ton und Blumensamen formen Kinder ab 5 Jahren kleine Samenbomben – "
                "und lernen dabei, welche Blumen Bienen und Schmetterlinge mögen."
            ),
            "description": (
                "<p>Matschen ausdrücklich erlaubt! Gemeinsam mischen wir Erde, Tonpulver und "
                "Samen heimischer Wildblumen und rollen daraus kleine Kugeln. Nach dem Trocknen "
                "können die Kinder sie zu Hause im Garten, auf dem Balkon oder an einer "
                "abgesprochenen Stelle in Bitburg auslegen.</p>"
                "<p>Nebenbei erfahren die Kinder, warum Insekten Blüten brauchen und wie man "
                "eine Wildbiene erkennt. Bitte Kleidung anziehen, die schmutzig werden darf. "
                "Eltern können gern dabeibleiben.</p>"
            ),
            "venue": "Bürgerhaus Mötsch",
            "address": "Am Dorfplatz 1, 54634 Bitburg-Mötsch",
            "district": "Mötsch",
            "price": "3.00",
            "price_note": "Materialkosten, Geschwisterkinder 2 €",
            "wheelchair_accessible": True,
            "accessibility": "Ebenerdiger Raum mit barrierefreier Toilette.",
            "languages": ["de", "uk"],
            "target_groups": ["kinder-jugendliche", "familien"],
            "registration": {"capacity": 16, "deadline_days": 3, "waiting_list": True},
        },
        {
            "slug": "infoabend-insektenfreundlicher-garten",
            "title": "Infoabend: Der insektenfreundliche Garten",
            "category": "infoabend",
            "when": {"rule": "nth_weekday", "months": 2, "n": 3, "weekday": 3},
            "time": ("19:00", "20:30"),
            "organiser_name": "Stadtgärtnerei Bitburg",
            "summary": (
                "Wie wird aus Rasen eine Blumenwiese, und welche Pflanzen helfen Insekten "
                "wirklich? Tipps für Garten, Vorgarten und Balkon – mit vielen Beispielen aus "
                "der Eifel."
            ),
            "description": (
                "<p>Schon ein Balkonkasten mit den richtigen Pflanzen hilft Wildbienen. An "
                "diesem Abend zeigt die Stadtgärtnerei, welche heimischen Arten bei uns gut "
                "wachsen, wie man eine Blühwiese anlegt und pflegt und warum ein wenig "
                "Unordnung im Garten ein Gewinn ist.</p>"
                "<p>Im Anschluss ist Zeit für Ihre Fragen. Es gibt Saatguttütchen zum "
                "Mitnehmen, solange der Vorrat reicht.</p>"
            ),
            "venue": "Besprechungsraum im Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "Der Raum ist mit dem Aufzug erreichbar.",
            "languages": ["de"],
            "target_groups": ["alle-generationen"],
            "registration": None,
        },
        {
            "slug": "blumenzwiebeln-stecken-vergangen",
            "title": "Blumenzwiebeln stecken in Mötsch",
            "category": "mitmach-aktion",
            "when": {"rule": "weekday", "days": -45, "weekday": 5},
            "time": ("10:00", "12:00"),
            "organiser": "bluehendes-moetsch",
            "summary": (
                "Rund 30 Helferinnen und Helfer haben am Dorfplatz Mötsch Blumenzwiebeln "
                "gesteckt. Im Frühjahr wird man das Ergebnis sehen."
            ),
            "description": (
                "<p>Bei trockenem Herbstwetter haben Familien, Nachbarinnen und Nachbarn und "
                "die Initiative Blühendes Mötsch die Beete am Dorfplatz vorbereitet und "
                "Blumenzwiebeln gesetzt. Danke an alle, die mitgemacht haben!</p>"
            ),
            "venue": "Dorfplatz Mötsch",
            "address": "Am Dorfplatz 1, 54634 Bitburg-Mötsch",
            "district": "Mötsch",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "",
            "languages": ["de"],
            "target_groups": ["alle-generationen", "familien"],
            "registration": None,
        },
    ],
}

BITBURG_IN_BEWEGUNG = {
    "slug": "bitburg-in-bewegung",
    "title": "Bitburg in Bewegung",
    "summary": (
        "Bitburg macht mit bei der Landesinitiative „Land in Bewegung“: regelmäßige, "
        "kostenlose oder günstige Bewegungsangebote für alle Generationen – ohne "
        "Leistungsdruck und ohne Vereinsmitgliedschaft."
    ),
    "goals": (
        "<p>Bewegung hält gesund und bringt Menschen zusammen. Mit „Bitburg in Bewegung“ "
        "wollen die Stadt und ihre Sportvereine:</p>"
        "<ul><li>Menschen aller Altersgruppen zu mehr Bewegung im Alltag ermutigen</li>"
        "<li>Angebote schaffen, für die man weder Vorkenntnisse noch Ausrüstung braucht</li>"
        "<li>Älteren und Menschen mit Einschränkungen passende Angebote machen</li>"
        "<li>neue Zugänge zu den Vereinen öffnen – auch für Zugezogene</li></ul>"
    ),
    "description": (
        "<p>Die Landesinitiative „Land in Bewegung“ bringt in Rheinland-Pfalz Kommunen, "
        "Vereine und Gesundheitspartner zusammen. In Bitburg gestalten die Sportvereine das "
        "Programm mit: vom wöchentlichen Bewegungstreff bis zum Familiensporttag.</p>"
        "<p>Alle Angebote sind offen für alle. Kommen Sie einfach vorbei und probieren Sie "
        "es aus.</p>"
    ),
    "partners": ["freizeitsport-masholder", "tus-erdorf"],
    "partner_names": [],
    "survey": None,
    "events": [
        {
            "slug": "bewegungstreff-rathausplatz",
            "title": "Bewegungstreff am Rathausplatz",
            "category": "mitmach-aktion",
            "when": {"rule": "weekday", "days": 0, "weekday": 1},
            "time": ("18:00", "19:30"),
            "recurrence": "weekly",
            "repeat_days": 364,
            "cancel": [
                ("christmas", "Weihnachtspause"),
                ("new_year", "Neujahrspause – ab nächster Woche geht es weiter"),
            ],
            "organiser": "freizeitsport-masholder",
            "summary": (
                "Jeden Dienstagabend gehen wir gemeinsam eine Runde durch Bitburg – zügig oder "
                "gemütlich, in zwei Gruppen. Mit Dehnübungen zum Schluss. Keine Anmeldung nötig."
            ),
            "description": (
                "<p>Wir treffen uns vor dem Rathaus und gehen rund eine Stunde durch die "
                "Innenstadt und die angrenzenden Wohngebiete. Es gibt eine flotte Gruppe und "
                "eine ruhige Gruppe, sodass alle in ihrem Tempo mitkommen. Ehrenamtliche des "
                "Freizeitsports Masholder begleiten beide Gruppen.</p>"
                "<p>Zum Abschluss machen wir ein paar einfache Übungen für Rücken und "
                "Gleichgewicht. Bequeme Schuhe genügen. In der dunklen Jahreszeit bitte eine "
                "Warnweste oder helle Kleidung tragen – Leuchtwesten können Sie bei uns "
                "ausleihen.</p>"
                "<p>Der Treff findet bei jedem Wetter statt, nur bei Sturm oder Glatteis fällt "
                "er aus. Das steht dann hier auf der Seite.</p>"
            ),
            "venue": "Treffpunkt vor dem Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": (
                "Die ruhige Gruppe geht auf ebenen, befestigten Wegen und ist auch mit Rollator "
                "oder Rollstuhl gut zu bewältigen."
            ),
            "languages": ["de", "en", "pl"],
            "target_groups": ["alle-generationen", "seniorinnen-senioren"],
            "registration": None,
        },
        {
            "slug": "sitztanz-seniorinnen-senioren",
            "title": "Sitztanz für Seniorinnen und Senioren",
            "category": "mitmach-aktion",
            "when": {"rule": "weekday", "days": 2, "weekday": 3},
            "time": ("15:00", "16:00"),
            "recurrence": "biweekly",
            "repeat_days": 350,
            "organiser": "fuereinander-bitburg",
            "summary": (
                "Tanzen im Sitzen: mit Musik von Schlager bis Volkslied, einfachen Schritten "
                "und viel Freude. Alle 14 Tage donnerstags, auch für Menschen mit Rollator oder "
                "Rollstuhl."
            ),
            "description": (
                "<p>Sitztanz bringt Schwung in Arme, Beine und Kopf, ohne dass man dafür "
                "aufstehen muss. Eine ausgebildete Übungsleiterin zeigt die Bewegungen Schritt "
                "für Schritt. Vorkenntnisse braucht niemand.</p>"
                "<p>Danach gibt es Kaffee und Zeit zum Erzählen. Der Fahrdienst der "
                "Nachbarschaftshilfe holt Sie auf Wunsch zu Hause ab – bitte einen Tag vorher "
                "anrufen.</p>"
            ),
            "venue": "Bürgerraum der Nachbarschaftshilfe",
            "address": "Kapellenstraße 7, 54634 Bitburg-Irsch",
            "district": "Irsch",
            "price": "2.00",
            "price_note": "pro Termin, Kaffee inklusive",
            "wheelchair_accessible": True,
            "accessibility": (
                "Ebenerdiger Raum mit barrierefreier Toilette; Parkplätze direkt vor dem Haus."
            ),
            "languages": ["de", "ru"],
            "target_groups": ["seniorinnen-senioren", "menschen-mit-behinderung"],
            "registration": None,
        },
        {
            "slug": "familiensporttag",
            "title": "Familiensporttag „Bitburg in Bewegung“",
            "category": "fest",
            "when": {"rule": "month_of_year", "month": 9, "n": 1, "weekday": 6},
            "time": ("11:00", "17:00"),
            "organiser": "tus-erdorf",
            "summary": (
                "Ein Tag für die ganze Familie: Bewegungsparcours, Mini-Fußball, "
                "Tischtennis, Sportabzeichen-Stationen und Schnupperangebote der Bitburger "
                "Vereine. Eintritt frei."
            ),
            "description": (
                "<p>Die Sportvereine zeigen, was sie können – und alle dürfen mitmachen. Kinder "
                "sammeln an den Stationen Stempel für ihre Laufkarte, Erwachsene probieren "
                "Walking, Yoga oder Tischtennis aus. Für die Kleinsten gibt es einen "
                "Bewegungsparcours.</p>"
                "<p>Für Essen und Getränke sorgen die Vereine. Der Erlös kommt der Jugendarbeit "
                "zugute.</p>"
            ),
            "venue": "Sportplatz Erdorf",
            "address": "Am Sportplatz 4, 54634 Bitburg-Erdorf",
            "district": "Erdorf",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": False,
            "accessibility": (
                "Parkplätze am Eingang; die Stationen stehen auf Rasen und Tartanbahn. Das "
                "Sportheim hat drei Stufen und keine barrierefreie Toilette."
            ),
            "languages": ["de", "en", "pl"],
            "target_groups": ["familien", "kinder-jugendliche", "alle-generationen"],
            "registration": None,
        },
        {
            "slug": "infoabend-bewegte-pause",
            "title": "Infoabend „Bewegte Pause“",
            "category": "infoabend",
            "when": {"rule": "nth_weekday", "months": 3, "n": 2, "weekday": 2},
            "time": ("18:30", "20:00"),
            "organiser": "freizeitsport-masholder",
            "summary": (
                "Fünf Minuten, die den Tag verändern: Wie Vereine, Betriebe und Schulen kurze "
                "Bewegungspausen einführen – und wie Ehrenamtliche sie anleiten können."
            ),
            "description": (
                "<p>Langes Sitzen macht müde und verspannt. Schon kurze Übungen zwischendurch "
                "helfen. An diesem Abend stellen wir einfache Übungen vor, die man im Büro, im "
                "Klassenzimmer oder bei der Vorstandssitzung ohne Umziehen machen kann.</p>"
                "<p>Außerdem erfahren Sie, wie Sie als Ehrenamtliche oder Ehrenamtlicher eine "
                "„Bewegte Pause“ in Ihrer Gruppe anleiten können. Bitte bequeme Kleidung "
                "tragen – wir probieren alles gleich aus.</p>"
            ),
            "venue": "Sporthalle Masholder, Gymnastikraum",
            "address": "Höhenweg 6, 54634 Bitburg-Masholder",
            "district": "Masholder",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": (
                "Stufenloser Zugang, rollstuhlgerechte Toilette, zwei Behindertenparkplätze. Alle "
                "Übungen gibt es auch in einer Variante im Sitzen."
            ),
            "languages": ["de", "tr"],
            "target_groups": ["vereine-initiativen", "alle-generationen"],
            "registration": None,
        },
        {
            "slug": "auftakt-bewegungssommer-vergangen",
            "title": "Auftakt zum Bewegungssommer",
            "category": "mitmach-aktion",
            "when": {"rule": "weekday", "days": -110, "weekday": 5},
            "time": ("10:00", "13:00"),
            "organiser": "freizeitsport-masholder",
            "summary": (
                "Mit Mitmach-Stationen auf dem Rathausplatz haben die Sportvereine das "
                "Programm von „Bitburg in Bewegung“ vorgestellt."
            ),
            "description": (
                "<p>Viele Besucherinnen und Besucher haben Walking-Stöcke ausprobiert, ihr "
                "Gleichgewicht getestet und sich über die Angebote der Vereine informiert. "
                "Herzlichen Dank an alle Helferinnen und Helfer!</p>"
            ),
            "venue": "Rathausplatz",
            "address": "Rathausplatz, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "",
            "languages": ["de"],
            "target_groups": ["alle-generationen"],
            "registration": None,
        },
    ],
}

QUALIFIZIERUNG = {
    "slug": "qualifizierung-fuer-engagierte",
    "title": "Qualifizierung für Engagierte",
    "summary": (
        "Das Schulungsprogramm der Ehrenamtsagentur: praktisches Wissen für Vorstände, "
        "Übungsleitungen und alle, die sich in Bitburg engagieren – kompakt, verständlich und "
        "meist kostenlos."
    ),
    "goals": (
        "<p>Wer sich engagiert, soll dabei sicher sein und sich gut vorbereitet fühlen. Das "
        "Programm soll:</p>"
        "<ul><li>Vereinsvorstände bei Recht, Datenschutz und Finanzen entlasten</li>"
        "<li>Engagierte mit Erster Hilfe und praktischem Wissen für ihre Gruppen "
        "ausstatten</li>"
        "<li>Vereinen helfen, ihre Arbeit in der Presse und im Netz sichtbar zu machen</li>"
        "<li>erworbene Fähigkeiten mit dem Kompetenznachweis sichtbar machen</li></ul>"
    ),
    "description": (
        "<p>Die Ehrenamtsagentur organisiert die Schulungen gemeinsam mit erfahrenen "
        "Referentinnen und Referenten. Die Plätze sind begrenzt; bitte melden Sie sich an. "
        "Ist ein Kurs voll, kommen Sie auf die Warteliste und rücken automatisch nach, wenn "
        "jemand absagt.</p>"
        "<p>Über weitere Fortbildungsangebote und Fördermöglichkeiten des Landes informiert "
        "die Leitstelle Ehrenamt und Bürgerbeteiligung auf "
        '<a href="https://wir-tun-was.rlp.de">wir-tun-was.rlp.de</a>.</p>'
    ),
    "partners": [],
    "partner_names": ["Engagierte Stadt Bitburg"],
    "survey": None,
    "events": [
        {
            "slug": "erste-hilfe-auffrischung",
            "title": "Erste Hilfe auffrischen – für Engagierte in Vereinen",
            "category": "schulung",
            "when": {"rule": "nth_weekday", "months": 1, "n": 3, "weekday": 5},
            "time": ("09:00", "16:30"),
            "organiser_name": AGENCY,
            "summary": (
                "Ein Tag Erste Hilfe für Übungsleitungen, Jugendbetreuer und Vorstände: Was tun "
                "bei Sportverletzungen, Kreislaufproblemen oder einem Notfall bei der "
                "Vereinsfeier?"
            ),
            "description": (
                "<p>Wer mit Gruppen arbeitet, braucht einen aktuellen Erste-Hilfe-Nachweis – "
                "für viele Übungsleiterlizenzen ist er Pflicht. Der Kurs frischt das Wissen auf "
                "und übt die wichtigsten Handgriffe: stabile Seitenlage, Wiederbelebung, der "
                "Umgang mit dem Defibrillator und die Versorgung typischer Sportverletzungen.</p>"
                "<p>Sie erhalten eine Teilnahmebescheinigung. Für ein Mittagessen ist gesorgt. "
                "Die Kursgebühr übernimmt die Stadt Bitburg für Engagierte aus Bitburger Vereinen "
                "und Initiativen.</p>"
            ),
            "venue": "Schulungsraum im Feuerwehrgerätehaus Stahl",
            "address": "Am Gerätehaus 1, 54634 Bitburg-Stahl",
            "district": "Stahl",
            "price": "0",
            "price_note": "Für Engagierte aus Bitburg kostenlos",
            "wheelchair_accessible": True,
            "accessibility": "Schulungsraum im Erdgeschoss, barrierefreie Toilette.",
            "languages": ["de"],
            "target_groups": ["vereine-initiativen"],
            "registration": {"capacity": 16, "deadline_days": 7, "waiting_list": True},
        },
        {
            "slug": "vereinsrecht-kompakt",
            "title": "Vereinsrecht kompakt",
            "category": "fortbildung",
            "when": {"rule": "nth_weekday", "months": 2, "n": 1, "weekday": 1},
            "time": ("18:30", "21:00"),
            "organiser_name": AGENCY,
            "summary": (
                "Satzung, Mitgliederversammlung, Haftung des Vorstands: die wichtigsten Regeln "
                "für eingetragene Vereine an einem Abend – verständlich erklärt, mit Zeit für "
                "Ihre Fragen."
            ),
            "description": (
                "<p>Wann ist eine Mitgliederversammlung beschlussfähig? Wer haftet, wenn etwas "
                "schiefgeht? Und was muss bei einer Satzungsänderung ans Registergericht? Eine "
                "Rechtsanwältin mit Schwerpunkt Vereinsrecht gibt einen Überblick über die "
                "Pflichten und Rechte von Vorständen.</p>"
                "<p>Bringen Sie gern Ihre Fragen aus dem Vereinsalltag mit. Sie erhalten ein "
                "Skript zum Nachlesen.</p>"
            ),
            "venue": "Sitzungssaal im Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "5.00",
            "price_note": "für Skript und Getränke",
            "wheelchair_accessible": True,
            "accessibility": "Der Saal ist mit dem Aufzug erreichbar.",
            "languages": ["de"],
            "target_groups": ["vereine-initiativen"],
            "registration": {"capacity": 20, "deadline_days": 5, "waiting_list": True},
        },
        {
            "slug": "datenschutz-im-verein",
            "title": "Datenschutz im Verein",
            "category": "fortbildung",
            "when": {"rule": "nth_weekday", "months": 3, "n": 3, "weekday": 3},
            "time": ("18:30", "21:00"),
            "organiser_name": AGENCY,
            "summary": (
                "Mitgliederlisten, Fotos auf der Website, WhatsApp-Gruppen: Was Vereine nach "
                "der DSGVO beachten müssen – mit Mustervorlagen für den Vereinsalltag."
            ),
            "description": (
                "<p>Datenschutz muss nicht kompliziert sein. Sie erfahren, welche Daten Ihr "
                "Verein speichern darf, wie Sie Einwilligungen für Fotos einholen und was in "
                "ein Verzeichnis der Verarbeitungstätigkeiten gehört.</p>"
                "<p>Alle Teilnehmenden bekommen Mustervorlagen, die sie für ihren Verein "
                "anpassen können.</p>"
            ),
            "venue": "Sitzungssaal im Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "5.00",
            "price_note": "für Unterlagen und Getränke",
            "wheelchair_accessible": True,
            "accessibility": "Der Saal ist mit dem Aufzug erreichbar.",
            "languages": ["de"],
            "target_groups": ["vereine-initiativen"],
            "registration": {"capacity": 18, "deadline_days": 5, "waiting_list": True},
        },
        {
            "slug": "kompetenznachweis-ausfuellen",
            "title": "Kompetenznachweis ausfüllen – so geht’s",
            "category": "schulung",
            "when": {"rule": "nth_weekday", "months": 4, "n": 2, "weekday": 3},
            "time": ("17:00", "19:00"),
            "organiser_name": AGENCY,
            "summary": (
                "Was Sie im Ehrenamt können, zählt auch bei Bewerbungen. Wir zeigen Schritt für "
                "Schritt, wie Sie einen Kompetenznachweis ausfüllen – für sich selbst oder für "
                "Engagierte Ihres Vereins."
            ),
            "description": (
                "<p>Organisieren, Verantwortung übernehmen, im Team arbeiten: Im Ehrenamt lernt "
                "man viel. Ein Kompetenznachweis beschreibt diese Fähigkeiten so, dass "
                "Arbeitgeber und Schulen sie erkennen.</p>"
                "<p>In kleiner Runde besprechen wir, welche Angaben hineingehören und wie man "
                "Tätigkeiten treffend beschreibt. Bringen Sie gern einen Laptop mit, dann "
                "beginnen wir gleich mit Ihrem eigenen Nachweis.</p>"
            ),
            "venue": "Begegnungsraum Netzwerk Ankommen",
            "address": "Marktgasse 8, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "Ebenerdiger Zugang.",
            "languages": ["de", "en", "ar"],
            "target_groups": [
                "vereine-initiativen",
                "kinder-jugendliche",
                "gefluechtete-zugewanderte",
            ],
            "registration": {"capacity": 10, "deadline_days": 3, "waiting_list": True},
        },
        {
            "slug": "pressearbeit-fuer-vereine",
            "title": "Pressearbeit für Vereine: die gute Pressemitteilung",
            "category": "workshop",
            "when": {"rule": "nth_weekday", "months": 5, "n": 3, "weekday": 5},
            "time": ("10:00", "14:00"),
            "organiser_name": AGENCY,
            "summary": (
                "Wie schreibe ich einen Artikel, den die Zeitung gern abdruckt? Im Workshop "
                "lernen Sie Aufbau, Überschrift und Fotos einer guten Pressemitteilung – und "
                "schreiben gleich Ihre eigene."
            ),
            "description": (
                "<p>Das Sommerfest war ein voller Erfolg – aber in der Zeitung stand nichts "
                "davon? In diesem Workshop erfahren Sie, wie Redaktionen arbeiten und wie Sie "
                "Ihren Verein ins Gespräch bringen.</p>"
                "<ul><li>die W-Fragen und der Aufbau einer Meldung</li>"
                "<li>Überschriften, die neugierig machen</li>"
                "<li>gute Fotos und die Rechte daran</li>"
                "<li>Veröffentlichung auf dieser Plattform unter „Aktuelles“</li></ul>"
                "<p>Bringen Sie ein Thema aus Ihrem Verein mit. Wir schreiben gemeinsam daran "
                "und geben uns gegenseitig Rückmeldung.</p>"
            ),
            "venue": "Sitzungssaal im Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "Der Saal ist mit dem Aufzug erreichbar.",
            "languages": ["de"],
            "target_groups": ["vereine-initiativen"],
            "registration": {"capacity": 14, "deadline_days": 4, "waiting_list": True},
        },
        {
            "slug": "infoabend-ehrenamtskarte-vergangen",
            "title": "Infoabend: Die Ehrenamtskarte Rheinland-Pfalz",
            "category": "infoabend",
            "when": {"rule": "nth_weekday", "months": -2, "n": 2, "weekday": 2},
            "time": ("18:30", "20:00"),
            "organiser_name": AGENCY,
            "summary": (
                "Wer bekommt die Ehrenamtskarte, wie beantragt man sie und welche Vorteile "
                "bietet sie? Die Ehrenamtsagentur hat die Karte und die Jubiläums-Ehrenamtskarte "
                "vorgestellt."
            ),
            "description": (
                "<p>Die Ehrenamtskarte gibt es ab 14 Jahren für alle, die sich durchschnittlich "
                "fünf Stunden pro Woche oder 250 Stunden im Jahr engagieren. Wer sich seit "
                "mindestens 25 Jahren engagiert, kann die Jubiläums-Ehrenamtskarte erhalten. "
                "An diesem Abend haben wir das Verfahren erklärt und viele Fragen "
                "beantwortet.</p>"
            ),
            "venue": "Sitzungssaal im Rathaus",
            "address": "Rathausplatz 3, 54634 Bitburg",
            "district": "Kernstadt",
            "price": "0",
            "price_note": "",
            "wheelchair_accessible": True,
            "accessibility": "",
            "languages": ["de"],
            "target_groups": ["vereine-initiativen", "alle-generationen"],
            "registration": None,
        },
    ],
}

CAMPAIGNS = [BITBURG_ERBLUEHT, BITBURG_IN_BEWEGUNG, QUALIFIZIERUNG]

# --- Events directly under "Veranstaltungen" ---------------------------------------------

EVENTS = [
    {
        "slug": "vereinsfest-bitburg-engagiert-sich",
        "title": "Vereinsfest „Bitburg engagiert sich“",
        "category": "fest",
        "when": {"rule": "month_of_year", "month": 6, "n": 2, "weekday": 5},
        "time": ("11:00", "18:00"),
        "organiser_name": "Stadt Bitburg",
        "summary": (
            "Alle zwei Jahre feiert Bitburg seine Vereine und Engagierten: Mitmach-Stände, "
            "Musik, Vorführungen und Kulinarisches aus aller Welt rund um den Rathausplatz. "
            "Eintritt frei."
        ),
        "description": (
            "<p>Beim Vereinsfest <strong>„Bitburg engagiert sich“</strong> stellen sich "
            "Sportvereine, Musikvereine, Kirchengemeinden, Initiativen und soziale Dienste vor. "
            "Sie können an den Ständen Neues ausprobieren, mit Engagierten ins Gespräch kommen "
            "und vielleicht Ihr eigenes Ehrenamt finden.</p>"
            "<p>Auf der Bühne wechseln sich Blasmusik, Theaterszenen und Tanzgruppen ab. Am "
            "Nachmittag dankt der Bürgermeister allen, die sich in Bitburg engagieren. Für "
            "Kinder gibt es ein eigenes Programm mit Spielstraße und Kinderschminken.</p>"
            "<p>Ihr Verein möchte mit einem Stand dabei sein? Melden Sie sich bei der "
            "Ehrenamtsagentur.</p>"
        ),
        "venue": "Rathausplatz und Fußgängerzone",
        "address": "Rathausplatz, 54634 Bitburg",
        "district": "Kernstadt",
        "price": "0",
        "price_note": "",
        "wheelchair_accessible": True,
        "accessibility": (
            "Alle Stände sind ebenerdig erreichbar. Eine barrierefreie Toilette gibt es im "
            "Rathaus; vor der Bühne ist ein Bereich für Rollstuhlfahrende reserviert."
        ),
        "languages": ["de", "en", "fr", "ar", "uk"],
        "target_groups": ["alle-generationen", "familien", "vereine-initiativen"],
        "registration": None,
    },
    {
        "slug": "ehrenamtstag-rheinland-pfalz",
        "title": "Gemeinsam zum Ehrenamtstag Rheinland-Pfalz",
        "category": "landesveranstaltung",
        "when": {"rule": "month_of_year", "month": 9, "n": 2, "weekday": 6},
        "time": ("08:30", "19:00"),
        "organiser_name": AGENCY,
        "summary": (
            "Einmal im Jahr feiert das Land sein Ehrenamt. Die Ehrenamtsagentur organisiert "
            "eine gemeinsame Busfahrt für Engagierte aus Bitburg – mit Programm, Begegnungen "
            "und Infoständen vor Ort."
        ),
        "description": (
            "<p>Beim Ehrenamtstag Rheinland-Pfalz stellen sich Vereine, Initiativen und "
            "Verbände aus dem ganzen Land vor. Es gibt ein Bühnenprogramm, Informationen der "
            "Landesregierung und viele Gelegenheiten, sich mit Engagierten aus anderen "
            "Regionen auszutauschen.</p>"
            "<p>Wir fahren gemeinsam mit dem Bus vom Rathausplatz. Den Ort und das Programm "
            "des diesjährigen Ehrenamtstags veröffentlicht die Leitstelle Ehrenamt und "
            "Bürgerbeteiligung auf dem Landesportal "
            '<a href="https://wir-tun-was.rlp.de">wir-tun-was.rlp.de</a>. Die genauen '
            "Abfahrtszeiten schicken wir allen Angemeldeten rechtzeitig.</p>"
        ),
        "venue": "Abfahrt vor dem Rathaus",
        "address": "Rathausplatz 3, 54634 Bitburg",
        "district": "Kernstadt",
        "price": "5.00",
        "price_note": "Eigenanteil für die Busfahrt",
        "wheelchair_accessible": True,
        "accessibility": (
            "Der Reisebus hat einen Hublift. Bitte geben Sie bei der Anmeldung an, ob Sie ihn "
            "brauchen."
        ),
        "languages": ["de"],
        "target_groups": ["vereine-initiativen", "alle-generationen"],
        "registration": {"capacity": 45, "deadline_days": 14, "waiting_list": True},
    },
    {
        "slug": "dankeschoen-abend-engagierte-vergangen",
        "title": "Dankeschön-Abend für Engagierte",
        "category": "fest",
        "when": {"rule": "weekday", "days": -75, "weekday": 4},
        "time": ("18:00", "21:00"),
        "organiser_name": AGENCY,
        "summary": (
            "Mit Musik, kleinen Speisen und vielen Gesprächen hat die Stadt Bitburg den "
            "Ehrenamtlichen aus Vereinen und Initiativen Danke gesagt."
        ),
        "description": (
            "<p>Rund 120 Gäste aus Sport, Kultur, Kirche und Sozialem sind der Einladung ins "
            "Rathaus gefolgt. Die Blasmusik Eifelklang hat den Abend musikalisch begleitet. "
            "Danke an alle, die Bitburg jeden Tag ein bisschen besser machen!</p>"
        ),
        "venue": "Rathaus Bitburg",
        "address": "Rathausplatz 3, 54634 Bitburg",
        "district": "Kernstadt",
        "price": "0",
        "price_note": "",
        "wheelchair_accessible": True,
        "accessibility": "",
        "languages": ["de"],
        "target_groups": ["vereine-initiativen"],
        "registration": None,
    },
]
