"""Demo organisations and opportunities (fictional, written for this project).

DEMO DATA. Every organisation, address, web site, e-mail address and phone number below is
invented for demonstrating the platform; any resemblance to real clubs or people in Bitburg is
unintended. Web sites and e-mail addresses use the reserved domain example.org, phone numbers
follow the obviously fake pattern "06561 000-1xx", and contact names are roles, not people.
The town's own campaigns ("Bitburg erblüht", "Bitburg in Bewegung", "Bitburg engagiert sich")
are named as described in shared/DOMAIN.md.

Plain data only: no imports. ``opportunities/demo.py`` loads these structures.

* ``ORGANISATIONS`` – partner profiles. ``kind`` is one of sport, music, culture, church,
  welfare, environment, fire, refugee, seniors, youth; ``fields`` use the slugs of
  ``home.demo_data.TAXONOMY["fields_of_activity"]``; ``contact_email`` receives expressions of
  interest and is never shown publicly.
* ``OPPORTUNITIES`` – Engagement-Angebote. ``organisation`` is an ORGANISATIONS slug;
  ``target_groups`` use ``TAXONOMY["target_groups"]``; ``german_level`` is none/basic/good;
  ``commitment`` is one-off/occasional/regular; ``benefits`` is a subset of training,
  insurance, expenses, certificate; ``expires_in_days`` counts from the day the demo is loaded
  (one negative value shows an expired offer, two values of 3–6 days show the reminder).
"""

ORGANISATIONS = [
    {
        "slug": "tus-erdorf",
        "name": "TuS Bitburg-Erdorf 1921 e. V.",
        "kind": "sport",
        "description": (
            "<p>Der <strong>TuS Bitburg-Erdorf</strong> ist seit über 100 Jahren der Sportverein "
            "im Stadtteil Erdorf. Bei uns spielen Kinder, Jugendliche und Erwachsene Fußball. "
            "Außerdem gibt es Gymnastik, Kinderturnen und eine Laufgruppe.</p>"
            "<p>Unser Verein lebt vom Mitmachen. Alle Trainerinnen und Trainer arbeiten "
            "ehrenamtlich. Auch das Sportheim und den Platz pflegen unsere Mitglieder selbst. "
            "Wir freuen uns über neue Gesichter – mit oder ohne Vereinserfahrung.</p>"
            "<p>Das bieten wir Ihnen:</p>"
            "<ul><li>ein herzliches Team und feste Ansprechpersonen</li><li>Schulungen über den "
            "Sportbund, zum Beispiel für die Übungsleiter-Lizenz</li><li>Versicherungsschutz bei "
            "allen Vereinsaktivitäten</li></ul>"
            "<p>Kommen Sie einfach zu einem Training vorbei und lernen Sie uns kennen.</p>"
        ),
        "fields": ["sport", "freizeit"],
        "district": "Erdorf",
        "street": "Am Sportplatz 4",
        "postcode": "54634",
        "website": "https://tus-erdorf.example.org",
        "contact_name": "Jugendwartin",
        "contact_email": "jugend@tus-erdorf.example.org",
        "phone": "06561 000-101",
        "languages": ["de", "en", "pl"],
        "wheelchair_accessible": False,
        "accessibility": (
            "Der Sportplatz hat Parkplätze direkt am Eingang, das Sportheim ist aber nur über "
            "drei Stufen erreichbar und hat keine barrierefreie Toilette."
        ),
    },
    {
        "slug": "freizeitsport-masholder",
        "name": "Freizeitsport Masholder 1962 e. V.",
        "kind": "sport",
        "description": (
            "<p>Beim <strong>Freizeitsport Masholder</strong> geht es um Bewegung und "
            "Gemeinschaft, nicht um Rekorde. Wir bieten Tischtennis, Gymnastik, Walking und Yoga "
            "für alle Altersgruppen an. Seit einigen Jahren gibt es bei uns auch einen "
            "inklusiven Tischtennistreff für Menschen mit und ohne Behinderung.</p>"
            "<p>Als Partner der Aktion <strong>„Bitburg in Bewegung“</strong> bringen wir "
            "Menschen in Schwung, die lange keinen Sport gemacht haben. Dafür suchen wir "
            "Freiwillige, die gern mit anderen unterwegs sind.</p>"
            "<p>Unsere Sporthalle im Ortskern ist barrierefrei. Viele Mitglieder sprechen neben "
            "Deutsch auch Englisch, Polnisch oder Türkisch. Bei uns ist jede und jeder "
            "willkommen – egal wie alt, wie sportlich oder woher.</p>"
        ),
        "fields": ["sport", "gesundheit-pflege", "freizeit"],
        "district": "Masholder",
        "street": "Höhenweg 6",
        "postcode": "54634",
        "website": "https://freizeitsport-masholder.example.org",
        "contact_name": "Abteilungsleitung Breitensport",
        "contact_email": "mitmachen@freizeitsport-masholder.example.org",
        "phone": "06561 000-102",
        "languages": ["de", "en", "pl", "tr"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Die Sporthalle ist stufenlos erreichbar, hat eine rollstuhlgerechte Toilette und "
            "zwei Behindertenparkplätze vor dem Eingang."
        ),
    },
    {
        "slug": "eifelklang-irsch",
        "name": "Blasmusik Eifelklang Irsch 1898 e. V.",
        "kind": "music",
        "description": (
            "<p>Die <strong>Blasmusik Eifelklang Irsch</strong> spielt seit 1898 bei Festen, "
            "Umzügen und Konzerten in Bitburg und Umgebung. Zum Verein gehören ein großes "
            "Blasorchester, ein Jugendorchester und eine Bläserklasse für Kinder.</p>"
            "<p>Musik ist bei uns nur ein Teil der Arbeit. Hinter jedem Konzert stehen viele "
            "helfende Hände. Noten müssen geordnet, Instrumente verliehen und Auftritte "
            "organisiert werden. Dafür brauchen wir auch Menschen, die selbst kein Instrument "
            "spielen.</p>"
            "<p>Wir proben im Dorfgemeinschaftshaus Irsch. Der Proberaum im Erdgeschoss ist "
            "stufenlos erreichbar. Unser Notenarchiv liegt im Obergeschoss und hat leider keinen "
            "Aufzug. Neue Helferinnen und Helfer sind jederzeit willkommen. Schauen Sie gern bei "
            "einer Probe vorbei.</p>"
        ),
        "fields": ["musik", "kultur"],
        "district": "Irsch",
        "street": "Am Lindenplatz 2",
        "postcode": "54634",
        "website": "https://eifelklang-irsch.example.org",
        "contact_name": "Vorstand",
        "contact_email": "vorstand@eifelklang-irsch.example.org",
        "phone": "",
        "languages": ["de", "en"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Proberaum und Toilette im Erdgeschoss sind stufenlos erreichbar, das Obergeschoss "
            "mit dem Notenarchiv nur über eine Treppe."
        ),
    },
    {
        "slug": "kulissenzauber",
        "name": "Theatergruppe Kulissenzauber Bitburg e. V.",
        "kind": "culture",
        "description": (
            "<p>Die <strong>Theatergruppe Kulissenzauber</strong> bringt jedes Jahr zwei Stücke "
            "auf die Bühne: im Herbst eine Komödie für Erwachsene und im Frühjahr ein "
            "Familienstück. Dazu kommen Lesungen und eine Theaterwerkstatt für Kinder.</p>"
            "<p>Auf der Bühne stehen nur wenige von uns. Die meisten arbeiten hinter den "
            "Kulissen. Sie bauen Bühnenbilder, nähen Kostüme, bedienen Licht und Ton oder "
            "verkaufen Karten. Genau hier suchen wir Unterstützung.</p>"
            "<p>Sie brauchen keine Erfahrung. Wir zeigen Ihnen alles Schritt für Schritt. Wer "
            "Lust hat, kann später auch selbst eine kleine Rolle übernehmen. Wir proben meist "
            "abends in unserem Vereinsheim in der Innenstadt. Zu den Aufführungen kommen jedes "
            "Mal mehrere hundert Gäste.</p>"
        ),
        "fields": ["theater", "kultur"],
        "district": "Kernstadt",
        "street": "Theatergasse 5",
        "postcode": "54634",
        "website": "https://kulissenzauber.example.org",
        "contact_name": "Ehrenamtskoordination",
        "contact_email": "mitmachen@kulissenzauber.example.org",
        "phone": "06561 000-104",
        "languages": ["de", "en", "fr"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Saal und Foyer sind ebenerdig und haben eine barrierefreie Toilette; nur die "
            "Technik-Empore ist über eine schmale Treppe erreichbar."
        ),
    },
    {
        "slug": "gemeindetreff-matzen",
        "name": "Ökumenischer Gemeindetreff Matzen (Demo)",
        "kind": "church",
        "description": (
            "<p>Im <strong>Ökumenischen Gemeindetreff Matzen</strong> arbeiten katholische und "
            "evangelische Christinnen und Christen zusammen. Wir laden alle Menschen im "
            "Stadtteil ein – unabhängig von Glauben und Herkunft.</p>"
            "<p>Unser Treff ist ein Ort zum Ankommen und Reden. Es gibt ein Kirchencafé nach dem "
            "Sonntagsgottesdienst, einen Seniorennachmittag und einen Besuchsdienst für "
            "Menschen, die nicht mehr gut aus dem Haus kommen. Im Advent veranstalten wir einen "
            "Basar. Der Erlös geht an soziale Projekte in der Region.</p>"
            "<p>Wer bei uns mithilft, muss nicht Mitglied einer Kirche sein. Wichtig sind uns "
            "Freundlichkeit, Verlässlichkeit und ein offenes Ohr. Alle Freiwilligen werden gut "
            "eingearbeitet und sind über die Kirchengemeinde versichert.</p>"
        ),
        "fields": ["kirche-glaube", "soziales"],
        "district": "Matzen",
        "street": "Kirchweg 3",
        "postcode": "54634",
        "website": "https://gemeindetreff-matzen.example.org",
        "contact_name": "Gemeindebüro",
        "contact_email": "buero@gemeindetreff-matzen.example.org",
        "phone": "06561 000-105",
        "languages": ["de", "it", "pl"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Der Gemeindesaal ist über eine Rampe an der Seitentür erreichbar; eine "
            "barrierefreie Toilette gibt es im Erdgeschoss."
        ),
    },
    {
        "slug": "lebensmittelbruecke",
        "name": "Lebensmittelbrücke Bitburg e. V.",
        "kind": "welfare",
        "description": (
            "<p>Die <strong>Lebensmittelbrücke Bitburg</strong> rettet gute Lebensmittel und "
            "gibt sie an Menschen mit wenig Geld weiter. Supermärkte, Bäckereien und Höfe aus "
            "der Region spenden uns Waren, die sie nicht mehr verkaufen können. Wir holen sie "
            "ab, sortieren sie und geben sie zweimal pro Woche aus.</p>"
            "<p>Zu uns kommen Familien, Alleinerziehende, ältere Menschen mit kleiner Rente und "
            "Geflüchtete. Jede Woche versorgen wir mehrere hundert Menschen. Das schaffen wir "
            "nur mit rund 60 Ehrenamtlichen.</p>"
            "<p>Unser Team ist bunt. Wir sprechen Deutsch, Arabisch, Russisch und Rumänisch. "
            "Auch wer wenig Deutsch spricht, kann bei uns gut mitarbeiten. Unsere Ausgabestelle "
            "liegt ebenerdig, Parkplätze gibt es direkt am Haus.</p>"
        ),
        "fields": ["soziales", "umwelt-natur"],
        "district": "Kernstadt",
        "street": "Brückenweg 11",
        "postcode": "54634",
        "website": "https://lebensmittelbruecke.example.org",
        "contact_name": "Einsatzplanung",
        "contact_email": "helfen@lebensmittelbruecke.example.org",
        "phone": "06561 000-106",
        "languages": ["de", "ar", "ru", "ro"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Ausgabestelle und Lager sind ebenerdig, Parkplätze liegen direkt vor dem Haus, eine "
            "barrierefreie Toilette ist vorhanden."
        ),
    },
    {
        "slug": "bluehendes-moetsch",
        "name": "Initiative Blühendes Mötsch",
        "kind": "environment",
        "description": (
            "<p>Die <strong>Initiative Blühendes Mötsch</strong> ist eine offene Gruppe von "
            "Nachbarinnen und Nachbarn. Wir machen beim städtischen Programm <strong>„Bitburg "
            "erblüht“</strong> mit. Unser Ziel: mehr Blumen, mehr Insekten und mehr "
            "Artenvielfalt in allen Stadtteilen.</p>"
            "<p>Wir legen Blühwiesen an, pflegen Beete, pflanzen Bäume und bauen mit Kindern "
            "Insektenhotels. Außerdem helfen wir bei der Bürgerumfrage zu „Bitburg erblüht“. So "
            "können alle mitreden, wo in der Stadt etwas blühen soll.</p>"
            "<p>Sie brauchen keinen grünen Daumen. Wir arbeiten meist samstags draußen und in "
            "kleinen Gruppen. Werkzeug und Handschuhe stellen wir. Kinder sind in Begleitung "
            "ihrer Eltern herzlich willkommen. Nach getaner Arbeit gibt es oft Kaffee und "
            "Kuchen.</p>"
        ),
        "fields": ["umwelt-natur", "politik-beteiligung"],
        "district": "Mötsch",
        "street": "Blumenpfad 9",
        "postcode": "54634",
        "website": "https://bluehendes-moetsch.example.org",
        "contact_name": "Sprecherin der Initiative",
        "contact_email": "kontakt@bluehendes-moetsch.example.org",
        "phone": "",
        "languages": ["de", "en", "fr"],
        "wheelchair_accessible": False,
        "accessibility": (
            "Wir arbeiten meist auf Wiesen mit unebenem Boden; für Beete an befestigten Wegen "
            "finden wir gern eine passende Aufgabe für Menschen im Rollstuhl."
        ),
    },
    {
        "slug": "feuerwehr-stahl",
        "name": "Freiwillige Feuerwehr Bitburg – Löschzug Stahl (Demo)",
        "kind": "fire",
        "description": (
            "<p>Der <strong>Löschzug Stahl</strong> gehört zur Freiwilligen Feuerwehr der Stadt "
            "Bitburg. Unsere Einsatzkräfte helfen bei Bränden, Unfällen, Unwettern und vielen "
            "anderen Notlagen – rund um die Uhr und ehrenamtlich.</p>"
            "<p>Neben dem Einsatzdienst gibt es bei uns eine Jugendfeuerwehr für Mädchen und "
            "Jungen. Sie lernen dort Technik, Erste Hilfe und Teamgeist. Außerdem laden wir "
            "jedes Jahr zum Tag der offenen Tür ein.</p>"
            "<p>Bei uns können Sie auch ohne Vorkenntnisse einsteigen. Die Ausbildung ist "
            "kostenlos und findet in der Nähe statt. Im Dienst sind Sie über die Unfallkasse "
            "versichert. Wir suchen Menschen, die anpacken wollen – und Menschen, die uns im "
            "Hintergrund unterstützen.</p>"
        ),
        "fields": ["rettung-katastrophenschutz"],
        "district": "Stahl",
        "street": "Am Gerätehaus 1",
        "postcode": "54634",
        "website": "https://feuerwehr-stahl.example.org",
        "contact_name": "Löschzugführung",
        "contact_email": "loeschzug@feuerwehr-stahl.example.org",
        "phone": "06561 000-108",
        "languages": ["de", "en"],
        "wheelchair_accessible": False,
        "accessibility": (
            "Die Fahrzeughalle ist ebenerdig, der Schulungsraum liegt aber im Obergeschoss und "
            "es gibt keine barrierefreie Toilette."
        ),
    },
    {
        "slug": "ankommen-bitburg",
        "name": "Netzwerk Ankommen Bitburg e. V.",
        "kind": "refugee",
        "description": (
            "<p>Das <strong>Netzwerk Ankommen Bitburg</strong> unterstützt Menschen, die neu in "
            "Bitburg sind. Viele von ihnen sind aus Syrien, Afghanistan, Eritrea oder der "
            "Ukraine geflohen. Andere sind zum Arbeiten in die Eifel gekommen.</p>"
            "<p>Wir helfen beim Deutschlernen, bei Hausaufgaben und bei Terminen in Ämtern. Wir "
            "kochen zusammen, feiern Feste und knüpfen Kontakte. Unser Ziel ist, dass sich alle "
            "in Bitburg zu Hause fühlen.</p>"
            "<p>In unserem Team arbeiten Einheimische und Zugewanderte zusammen. Viele sprechen "
            "mehrere Sprachen, zum Beispiel Arabisch, Farsi, Ukrainisch, Kurdisch oder Tigrinya. "
            "Neue Freiwillige bekommen eine Einführung. Sie können an Schulungen teilnehmen, "
            "etwa zum Asylrecht oder zur interkulturellen Kommunikation.</p>"
        ),
        "fields": ["integration-migration", "bildung-hausaufgabenhilfe", "soziales"],
        "district": "Kernstadt",
        "street": "Marktgasse 8",
        "postcode": "54634",
        "website": "https://ankommen-bitburg.example.org",
        "contact_name": "Ehrenamtskoordination",
        "contact_email": "ehrenamt@ankommen-bitburg.example.org",
        "phone": "06561 000-109",
        "languages": ["de", "en", "fr", "ar", "fa", "uk", "ru", "ku", "ti"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Büro und Begegnungsraum liegen im Erdgeschoss, sind stufenlos erreichbar und haben "
            "eine barrierefreie Toilette; Parkplätze gibt es im nahen Parkhaus."
        ),
    },
    {
        "slug": "fuereinander-bitburg",
        "name": "Nachbarschaftshilfe Füreinander Bitburg e. V.",
        "kind": "seniors",
        "description": (
            "<p>Die <strong>Nachbarschaftshilfe Füreinander</strong> unterstützt ältere Menschen "
            "in ganz Bitburg. Sie sollen möglichst lange selbstständig zu Hause leben können. "
            "Gegründet wurde der Verein im Stadtteil Irsch. Heute helfen wir in allen "
            "Stadtteilen.</p>"
            "<p>Unsere Freiwilligen fahren Seniorinnen und Senioren zum Arzt oder zum Einkaufen. "
            "Sie helfen im Garten, erklären das Smartphone oder rufen regelmäßig an, damit "
            "niemand allein bleibt. Wir vermitteln die Hilfe. Sie entscheiden, wie viel Zeit Sie "
            "schenken möchten.</p>"
            "<p>Vor dem Start führen wir ein persönliches Gespräch. Alle Freiwilligen sind bei "
            "uns versichert. Fahrtkosten erstatten wir. Einmal im Monat treffen wir uns zum "
            "Austausch bei Kaffee und Kuchen.</p>"
        ),
        "fields": ["soziales", "gesundheit-pflege"],
        "district": "Irsch",
        "street": "Kapellenstraße 7",
        "postcode": "54634",
        "website": "https://fuereinander-bitburg.example.org",
        "contact_name": "Koordinatorin",
        "contact_email": "koordination@fuereinander-bitburg.example.org",
        "phone": "06561 000-110",
        "languages": ["de", "ru", "pl"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Unser Bürgerraum im Erdgeschoss ist stufenlos erreichbar, hat eine barrierefreie "
            "Toilette und einen Parkplatz direkt vor der Tür."
        ),
    },
    {
        "slug": "jugendtreff-stahl",
        "name": "Förderverein Jugendtreff Stahl e. V.",
        "kind": "youth",
        "description": (
            "<p>Der <strong>Förderverein Jugendtreff Stahl</strong> trägt den offenen "
            "Jugendtreff im Stadtteil Stahl. Dort treffen sich junge Menschen zwischen 12 und 21 "
            "Jahren. Sie spielen Kicker und Billard, kochen zusammen, machen Musik oder bekommen "
            "Hilfe bei Bewerbungen.</p>"
            "<p>Eine hauptamtliche Fachkraft leitet den Treff. Ehrenamtliche ergänzen das Team "
            "an den Abenden und bei Ausflügen. Über Pfingsten fahren wir mit einer Gruppe ins "
            "Zeltlager.</p>"
            "<p>Außerdem begleiten wir das <strong>Jugendforum</strong>. Hier bringen "
            "Jugendliche ihre Ideen für die Stadt ein und sprechen mit der Politik. Wir suchen "
            "Erwachsene, die zuhören können, und junge Leute, die mitgestalten wollen.</p>"
        ),
        "fields": ["freizeit", "politik-beteiligung", "bildung-hausaufgabenhilfe"],
        "district": "Stahl",
        "street": "Schulweg 2",
        "postcode": "54634",
        "website": "https://jugendtreff-stahl.example.org",
        "contact_name": "Leitung Jugendtreff",
        "contact_email": "team@jugendtreff-stahl.example.org",
        "phone": "06561 000-111",
        "languages": ["de", "en", "tr", "ar"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Der Jugendtreff ist ebenerdig, hat breite Türen und eine rollstuhlgerechte "
            "Toilette; Fahrradständer und zwei Parkplätze liegen am Haus."
        ),
    },
    {
        "slug": "leselust-bitburg",
        "name": "Leselust Bitburg – Verein für Leseförderung e. V.",
        "kind": "culture",
        "description": (
            "<p><strong>Leselust Bitburg</strong> möchte Menschen jeden Alters für Bücher "
            "begeistern. Wir glauben: Wer gut lesen kann, hat mehr Chancen in der Schule, im "
            "Beruf und im Alltag.</p>"
            "<p>Unsere Lesepatinnen und Lesepaten lesen mit Kindern an Grundschulen und in "
            "Kitas. Wir organisieren Vorlesestunden in Senioreneinrichtungen und einen "
            "Bücherflohmarkt. Der Erlös fließt in neue Kinderbücher.</p>"
            "<p>Mitmachen kann jede und jeder, der gern liest und Geduld hat. Eine pädagogische "
            "Ausbildung brauchen Sie nicht. Vor dem Start bieten wir eine kurze Schulung an. Für "
            "die Arbeit mit Kindern brauchen Sie ein erweitertes Führungszeugnis. Das kostet Sie "
            "nichts, und wir helfen beim Antrag.</p>"
        ),
        "fields": ["bildung-hausaufgabenhilfe", "kultur"],
        "district": "Kernstadt",
        "street": "Am Stadtgarten 21",
        "postcode": "54634",
        "website": "https://leselust-bitburg.example.org",
        "contact_name": "Vorstand",
        "contact_email": "vorstand@leselust-bitburg.example.org",
        "phone": "",
        "languages": ["de", "en", "fr"],
        "wheelchair_accessible": True,
        "accessibility": (
            "Unser Vereinsraum liegt im Erdgeschoss und ist über eine flache Rampe erreichbar; "
            "die barrierefreie Toilette ist im selben Flur."
        ),
    },
]

OPPORTUNITIES = [
    {
        "slug": "trainerin-bambini",
        "organisation": "tus-erdorf",
        "title": "Übungsleitung für die Bambini-Fußballgruppe",
        "summary": (
            "Spielen, laufen, lachen: Begleiten Sie unsere Jüngsten von vier bis sechs Jahren "
            "bei ihrem ersten Fußballtraining."
        ),
        "description": (
            "<p>Unsere Bambini sind zwischen vier und sechs Jahren alt. Einmal pro Woche treffen "
            "sie sich auf dem Sportplatz in Erdorf. Im Mittelpunkt steht der Spaß an der "
            "Bewegung. Ergebnisse sind in diesem Alter nicht wichtig.</p>"
            "<p>Sie leiten das Training gemeinsam mit einer erfahrenen Trainerin. Eine "
            "Trainerlizenz brauchen Sie nicht. Wir zeigen Ihnen einfache Spiele und Übungen. "
            "Wenn Sie möchten, bezahlt der Verein Ihnen später die Ausbildung zur "
            "Übungsleitung.</p>"
            "<p>Das Training findet dienstags von 17 bis 18 Uhr statt. Im Winter trainieren wir "
            "in der Turnhalle nebenan.</p>"
        ),
        "tasks": (
            "<ul><li>das Training vorbereiten und mitgestalten</li><li>Spiele und kleine Übungen "
            "anleiten</li><li>die Kinder begrüßen und nach dem Training an die Eltern "
            "übergeben</li><li>ab und zu ein Spielfest am Wochenende begleiten</li></ul>"
        ),
        "skills": (
            "Sie haben Freude an der Arbeit mit kleinen Kindern und sind geduldig. "
            "Fußballerfahrung ist nicht nötig; für die Arbeit mit Kindern brauchen Sie ein "
            "erweitertes Führungszeugnis."
        ),
        "fields": ["sport"],
        "target_groups": ["kinder-jugendliche", "familien"],
        "languages": ["de", "en"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 2,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Erdorf",
        "address": "Sportplatz Erdorf, Am Sportplatz 4",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 2,
        "status": "open",
        "expires_in_days": 120,
    },
    {
        "slug": "kuchen-vereinsfest",
        "organisation": "tus-erdorf",
        "title": "Kuchen backen für das Vereinsfest „Bitburg engagiert sich“",
        "summary": (
            "Backen Sie einen Kuchen für unseren Stand beim großen Vereinsfest – und feiern Sie "
            "mit uns das Ehrenamt in Bitburg."
        ),
        "description": (
            "<p>Alle zwei Jahre feiert Bitburg seine Vereine beim Fest <strong>„Bitburg "
            "engagiert sich“</strong>. Viele Vereine und Initiativen stellen sich dort vor. Auch "
            "der TuS Bitburg-Erdorf ist mit einem Stand dabei. Dort verkaufen wir Kaffee und "
            "Kuchen. Der Erlös geht in unsere Jugendarbeit.</p>"
            "<p>Dafür suchen wir fleißige Bäckerinnen und Bäcker. Jeder Kuchen hilft – ob "
            "Blechkuchen, Torte oder ein Rezept aus Ihrer Heimat. Sie backen zu Hause und "
            "bringen den Kuchen am Festtag morgens zum Stand. Wer möchte, hilft danach noch eine "
            "Stunde beim Verkauf.</p>"
        ),
        "tasks": (
            "<ul><li>einen Kuchen zu Hause backen</li><li>den Kuchen am Festtag bis 10 Uhr zum "
            "Stand bringen</li><li>eine kleine Karte mit den Zutaten schreiben (wegen "
            "Allergien)</li><li>auf Wunsch eine Stunde beim Verkauf helfen</li></ul>"
        ),
        "skills": (
            "Sie backen gern – mehr brauchen Sie nicht. Deutsch ist nicht nötig; die Karte mit "
            "den Zutaten schreiben wir gern gemeinsam."
        ),
        "fields": ["freizeit", "sport"],
        "target_groups": ["vereine-initiativen", "alle-generationen"],
        "languages": ["de", "en", "tr", "ar"],
        "german_level": "none",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": "2027-06-12",
        "end": "2027-06-12",
        "district": "Kernstadt",
        "address": "Stand des TuS auf der Festmeile in der Innenstadt, Rathausplatz",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 0,
        "benefits": ["insurance"],
        "places": 15,
        "status": "open",
        "expires_in_days": 200,
    },
    {
        "slug": "fruehjahrsputz-sportgelaende",
        "organisation": "tus-erdorf",
        "title": "Frühjahrsputz auf dem Sportgelände in Erdorf",
        "summary": (
            "Einen Samstag lang gemeinsam anpacken: Wir machen Sportplatz, Tribüne und Sportheim "
            "fit für die neue Saison."
        ),
        "description": (
            "<p>Nach dem Winter gibt es auf unserem Sportgelände viel zu tun. Die Tribüne "
            "braucht neue Farbe, die Hecken müssen geschnitten und die Tore repariert werden. "
            "Beim großen Arbeitseinsatz packen Mitglieder und Gäste gemeinsam an.</p>"
            "<p>Sie müssen nicht Mitglied sein. Auch wer nur ein paar Stunden Zeit hat, ist "
            "herzlich willkommen. Es gibt Aufgaben für alle Kräfte – vom Rasenkanten bis zum "
            "Streichen. Werkzeug, Handschuhe und Verpflegung stellt der Verein. Zum Abschluss "
            "grillen wir zusammen. So lernen Sie ganz nebenbei viele Menschen aus Erdorf "
            "kennen.</p>"
        ),
        "tasks": (
            "<ul><li>Hecken und Sträucher schneiden</li><li>Bänke und Tribüne "
            "streichen</li><li>Laub und Müll sammeln</li><li>beim Grillen und Aufräumen "
            "helfen</li></ul>"
        ),
        "skills": (
            "Sie arbeiten gern draußen und mit den Händen. Deutsch ist nicht nötig – wir zeigen "
            "Ihnen alles vor Ort."
        ),
        "fields": ["sport", "freizeit"],
        "target_groups": ["alle-generationen", "vereine-initiativen"],
        "languages": ["de", "en", "pl"],
        "german_level": "none",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": "2027-03-20",
        "end": "2027-03-20",
        "district": "Erdorf",
        "address": "Sportplatz Erdorf, Am Sportplatz 4",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 14,
        "benefits": ["insurance"],
        "places": 25,
        "status": "open",
        "expires_in_days": 150,
    },
    {
        "slug": "spaziergruppe-bitburg-in-bewegung",
        "organisation": "freizeitsport-masholder",
        "title": "Spaziergruppe „Bitburg in Bewegung“ begleiten",
        "summary": (
            "Gehen Sie einmal pro Woche mit einer kleinen Gruppe durch Masholder – in ruhigem "
            "Tempo, an der frischen Luft und in guter Gesellschaft."
        ),
        "description": (
            "<p>Bewegung hält gesund – und in der Gruppe macht sie mehr Freude. Im Rahmen der "
            "Aktion <strong>„Bitburg in Bewegung“</strong> trifft sich jeden Donnerstagvormittag "
            "eine Spaziergruppe an unserem Vereinsheim. Viele Teilnehmende sind älter, einige "
            "gehen mit Rollator.</p>"
            "<p>Sie führen die Gruppe auf einer ebenen, festen Strecke von etwa drei Kilometern. "
            "Sie achten darauf, dass niemand zurückbleibt. Unterwegs gibt es Zeit für Gespräche "
            "und eine kleine Pause auf einer Bank. Danach trinken alle, die möchten, zusammen "
            "einen Kaffee.</p>"
            "<p>Vor dem Start bekommen Sie eine kurze Einführung, auch in Erster Hilfe.</p>"
        ),
        "tasks": (
            "<ul><li>die Gruppe am Treffpunkt begrüßen</li><li>die Runde in ruhigem Tempo "
            "anführen</li><li>auf Pausen und das Wohl aller achten</li><li>eine einfache "
            "Teilnehmerliste führen</li></ul>"
        ),
        "skills": (
            "Sie sind gern zu Fuß unterwegs und haben Geduld. Ein wenig Deutsch reicht, denn "
            "meist wird einfach gemeinsam gegangen."
        ),
        "fields": ["sport", "gesundheit-pflege"],
        "target_groups": ["seniorinnen-senioren", "alle-generationen"],
        "languages": ["de", "pl"],
        "german_level": "basic",
        "commitment": "regular",
        "hours": 2,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Masholder",
        "address": "Treffpunkt: Vereinsheim Freizeitsport Masholder, Höhenweg 6",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["training", "insurance"],
        "places": 3,
        "status": "open",
        "expires_in_days": 180,
    },
    {
        "slug": "inklusiver-tischtennistreff",
        "organisation": "freizeitsport-masholder",
        "title": "Mitspielen beim inklusiven Tischtennistreff",
        "summary": (
            "Menschen mit und ohne Behinderung spielen bei uns zusammen Tischtennis. Helfen Sie "
            "mit, dass alle gut ins Spiel kommen."
        ),
        "description": (
            "<p>Jeden Mittwochabend treffen sich bei uns Menschen mit und ohne Behinderung zum "
            "Tischtennis. Einige spielen im Rollstuhl, andere haben eine geistige "
            "Beeinträchtigung. Alle haben Freude am Spiel.</p>"
            "<p>Sie spielen mit, geben Bälle zu und erklären einfache Regeln. Oft hilft schon "
            "ein freundliches Wort oder eine kleine Hilfe beim Aufbau der Tische. Sie müssen "
            "kein Profi sein. Wichtig ist, dass Sie offen auf Menschen zugehen.</p>"
            "<p>Die Sporthalle ist barrierefrei und hat eine rollstuhlgerechte Toilette. Sprache "
            "spielt beim Tischtennis kaum eine Rolle. Deshalb können Sie auch ohne "
            "Deutschkenntnisse gut mitmachen.</p>"
        ),
        "tasks": (
            "<ul><li>Tische und Netze auf- und abbauen</li><li>mit den Teilnehmenden "
            "spielen</li><li>Bälle zuspielen und einfache Übungen zeigen</li><li>bei kleinen "
            "Turnieren helfen</li></ul>"
        ),
        "skills": (
            "Sie spielen gern Tischtennis, auch als Anfängerin oder Anfänger. Erfahrung mit "
            "Menschen mit Behinderung ist nicht nötig."
        ),
        "fields": ["sport", "freizeit"],
        "target_groups": ["menschen-mit-behinderung", "alle-generationen"],
        "languages": ["de", "en", "tr"],
        "german_level": "none",
        "commitment": "regular",
        "hours": 2,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Masholder",
        "address": "Sporthalle Masholder, Höhenweg 6",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 4,
        "status": "paused",
        "expires_in_days": 200,
    },
    {
        "slug": "social-media-freizeitsport",
        "organisation": "freizeitsport-masholder",
        "title": "Social-Media-Redaktion von zu Hause",
        "summary": (
            "Zeigen Sie online, wie viel Freude Sport in Masholder macht. Sie gestalten Beiträge "
            "für Instagram und die Vereinsseite – bequem von zu Hause."
        ),
        "description": (
            "<p>Viele Menschen wissen gar nicht, was unser Verein alles anbietet. Das möchten "
            "wir ändern. Deshalb suchen wir Freiwillige, die unsere Kanäle in den sozialen "
            "Medien betreuen.</p>"
            "<p>Unsere Übungsleitungen schicken Ihnen Fotos und kurze Infos aus den Gruppen. "
            "Daraus machen Sie ansprechende Beiträge. Sie planen, wann was erscheint, und "
            "beantworten einfache Fragen. Wann Sie arbeiten, entscheiden Sie selbst. Einmal im "
            "Quartal treffen wir uns, um Ideen zu sammeln.</p>"
            "<p>Datenschutz ist uns wichtig. Bilder von Kindern veröffentlichen wir nur mit "
            "Zustimmung der Eltern. Eine kurze Schulung dazu bekommen Sie von uns.</p>"
        ),
        "tasks": (
            "<ul><li>Beiträge für Instagram und die Website schreiben</li><li>Fotos auswählen "
            "und bearbeiten</li><li>einen einfachen Redaktionsplan pflegen</li><li>Nachrichten "
            "und Kommentare beantworten</li></ul>"
        ),
        "skills": (
            "Sie schreiben gern und kennen sich mit sozialen Medien aus. Ein eigenes Smartphone "
            "oder ein Laptop genügt."
        ),
        "fields": ["sport", "freizeit"],
        "target_groups": ["vereine-initiativen", "alle-generationen"],
        "languages": ["de", "en"],
        "german_level": "good",
        "commitment": "occasional",
        "hours": 3,
        "hours_period": "month",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Masholder",
        "address": "",
        "from_home": True,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "certificate"],
        "places": 2,
        "status": "open",
        "expires_in_days": 90,
    },
    {
        "slug": "notenarchiv-ordnen",
        "organisation": "eifelklang-irsch",
        "title": "Notenarchiv des Blasorchesters ordnen",
        "summary": (
            "Über 1.000 Musikstücke warten darauf, sortiert und erfasst zu werden. Helfen Sie "
            "mit, unser Notenarchiv übersichtlich zu machen."
        ),
        "description": (
            "<p>In über 125 Jahren hat sich bei uns ein großer Schatz angesammelt: mehr als "
            "1.000 Musikstücke, von alten Märschen bis zu modernen Filmmelodien. Leider ist das "
            "Archiv nicht mehr gut geordnet. Oft suchen wir vor einer Probe lange nach den "
            "richtigen Noten.</p>"
            "<p>Sie sortieren die Noten, prüfen, ob alle Stimmen vollständig sind, und erfassen "
            "die Stücke in einer einfachen Tabelle. Sie können Noten lesen? Das ist hilfreich, "
            "aber kein Muss. Wir erklären Ihnen, worauf es ankommt.</p>"
            "<p>Sie arbeiten in Ruhe, allein oder zu zweit. Die Zeiten sprechen wir mit Ihnen "
            "ab.</p>"
        ),
        "tasks": (
            "<ul><li>Notenmappen sortieren und beschriften</li><li>fehlende Stimmen "
            "notieren</li><li>Stücke in einer Tabelle am Computer erfassen</li><li>beschädigte "
            "Blätter aussortieren</li></ul>"
        ),
        "skills": (
            "Sie arbeiten gern sorgfältig und mögen Ordnung. Grundkenntnisse am Computer "
            "reichen, und ein wenig Deutsch genügt."
        ),
        "fields": ["musik", "kultur"],
        "target_groups": ["vereine-initiativen"],
        "languages": ["de", "en"],
        "german_level": "basic",
        "commitment": "occasional",
        "hours": 4,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Irsch",
        "address": "Dorfgemeinschaftshaus Irsch, Am Lindenplatz 2 (Obergeschoss)",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 14,
        "benefits": ["certificate"],
        "places": 2,
        "status": "open",
        "expires_in_days": 240,
    },
    {
        "slug": "kassenpruefung-eifelklang",
        "organisation": "eifelklang-irsch",
        "title": "Kassenprüfung für das Vereinsjahr",
        "summary": (
            "Einmal im Jahr prüfen zwei Personen unsere Vereinskasse. So sorgen sie dafür, dass "
            "mit dem Geld der Mitglieder alles seine Ordnung hat."
        ),
        "description": (
            "<p>Jeder eingetragene Verein braucht eine unabhängige Kassenprüfung. Einmal im Jahr "
            "sehen sich zwei Personen die Kasse, die Belege und das Konto genau an. Danach "
            "berichten sie in der Mitgliederversammlung, ob alles stimmt.</p>"
            "<p>Für das Vereinsjahr 2026 suchen wir noch eine zweite Prüferin oder einen zweiten "
            "Prüfer. Die Prüfung dauert meist einen Abend. Dazu kommt die Mitgliederversammlung "
            "Ende Februar.</p>"
            "<p>Sie müssen keine Buchhalterin und kein Buchhalter sein. Wichtig sind ein Blick "
            "für Zahlen und Sorgfalt. Unser Vorstand erklärt Ihnen vorher, wie die Kasse "
            "aufgebaut ist.</p>"
        ),
        "tasks": (
            "<ul><li>Kassenbuch und Belege prüfen</li><li>Kontoauszüge mit den Buchungen "
            "vergleichen</li><li>einen kurzen Prüfbericht schreiben</li><li>den Bericht in der "
            "Mitgliederversammlung vorstellen</li></ul>"
        ),
        "skills": (
            "Sie können gut mit Zahlen umgehen und arbeiten genau. Erfahrung aus Beruf oder "
            "Verein hilft, ist aber keine Bedingung."
        ),
        "fields": ["musik"],
        "target_groups": ["vereine-initiativen"],
        "languages": ["de"],
        "german_level": "good",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": "2027-01-15",
        "end": "2027-02-26",
        "district": "Irsch",
        "address": "Dorfgemeinschaftshaus Irsch, Am Lindenplatz 2",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["insurance"],
        "places": 1,
        "status": "open",
        "expires_in_days": 60,
    },
    {
        "slug": "offener-musiktreff",
        "organisation": "eifelklang-irsch",
        "title": "Offener Musiktreff: gemeinsam musizieren mit Neuankommenden",
        "summary": (
            "Musik braucht keine Übersetzung. Spielen Sie mit Menschen aus vielen Ländern "
            "zusammen – Lieder aus der Eifel, aus Syrien, der Ukraine und von anderswo."
        ),
        "description": (
            "<p>Einmal im Monat öffnen wir unseren Proberaum für alle, die gern Musik machen. Es "
            "kommen Menschen aus Bitburg und Menschen, die neu hier sind. Manche spielen Oud "
            "oder Bandura, andere Trompete, Gitarre oder Cajón. Gemeinsam entdecken wir Lieder "
            "aus vielen Ländern.</p>"
            "<p>Sie bringen Ihr Instrument oder Ihre Stimme mit und spielen einfach mit. Wer "
            "mag, zeigt den anderen ein Lied aus der eigenen Heimat. Noten sind nicht nötig. "
            "Vieles lernen wir nach Gehör.</p>"
            "<p>Der Treff findet am zweiten Freitag im Monat um 19 Uhr statt. Der Proberaum ist "
            "stufenlos erreichbar.</p>"
        ),
        "tasks": (
            "<ul><li>mit Ihrem Instrument oder Ihrer Stimme mitmusizieren</li><li>neue Gäste "
            "begrüßen und einbinden</li><li>ab und zu ein Lied vorstellen</li><li>beim Auf- und "
            "Abbau helfen</li></ul>"
        ),
        "skills": (
            "Sie spielen ein Instrument oder singen gern – auch als Anfängerin oder Anfänger. "
            "Deutsch ist nicht nötig, denn Musik verbindet."
        ),
        "fields": ["musik", "integration-migration"],
        "target_groups": ["gefluechtete-zugewanderte", "alle-generationen"],
        "languages": ["de", "en", "ar", "uk"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 3,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Irsch",
        "address": "Dorfgemeinschaftshaus Irsch, Am Lindenplatz 2 (Proberaum)",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["insurance"],
        "places": 6,
        "status": "open",
        "expires_in_days": 200,
    },
    {
        "slug": "licht-und-tontechnik",
        "organisation": "kulissenzauber",
        "title": "Licht- und Tontechnik beim Theater",
        "summary": (
            "Ohne Licht und Ton kein Theater. Lernen Sie bei uns Scheinwerfer, Mischpult und "
            "Effekte kennen – und sorgen Sie für den großen Auftritt."
        ),
        "description": (
            "<p>Wenn sich der Vorhang öffnet, sitzt unser Technikteam am Pult. Es stellt das "
            "Licht ein, spielt Musik und Geräusche ab und sorgt dafür, dass alle "
            "Schauspielerinnen und Schauspieler gut zu hören sind.</p>"
            "<p>Für dieses Team suchen wir Verstärkung. Vorkenntnisse brauchen Sie nicht. Ein "
            "erfahrenes Mitglied lernt Sie an. In der Probenzeit treffen wir uns an zwei Abenden "
            "pro Woche. An den Aufführungswochenenden sind Sie bei allen Vorstellungen dabei.</p>"
            "<p>Bitte beachten Sie: Das Technikpult steht auf einer Empore. Sie ist nur über "
            "eine schmale Treppe erreichbar.</p>"
        ),
        "tasks": (
            "<ul><li>Scheinwerfer aufhängen und einrichten</li><li>Licht und Ton bei Proben und "
            "Aufführungen steuern</li><li>Mikrofone vorbereiten und prüfen</li><li>nach der "
            "Vorstellung abbauen</li></ul>"
        ),
        "skills": (
            "Sie interessieren sich für Technik und bleiben auch in spannenden Momenten ruhig. "
            "Ein wenig Deutsch genügt, denn vieles zeigen wir direkt am Pult."
        ),
        "fields": ["theater", "kultur"],
        "target_groups": ["vereine-initiativen", "alle-generationen"],
        "languages": ["de", "en"],
        "german_level": "basic",
        "commitment": "occasional",
        "hours": 6,
        "hours_period": "month",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Vereinsheim Kulissenzauber, Theatergasse 5",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 2,
        "status": "open",
        "expires_in_days": 150,
    },
    {
        "slug": "kostueme-naehen",
        "organisation": "kulissenzauber",
        "title": "Kostüme nähen für die nächste Inszenierung",
        "summary": (
            "Sie nähen gern? Dann helfen Sie uns, Figuren mit Stoff, Schere und Fantasie zum "
            "Leben zu erwecken – vor allem von zu Hause aus."
        ),
        "description": (
            "<p>Für jedes Stück brauchen wir viele Kostüme. Manche nähen wir neu, andere ändern "
            "wir aus unserem Fundus. Unsere Kostümbildnerin entwirft die Ideen. Sie setzen sie "
            "mit Nadel und Faden um.</p>"
            "<p>Die meiste Arbeit machen Sie zu Hause, wann es Ihnen passt. Stoffe und Zubehör "
            "bekommen Sie von uns. Zur Anprobe treffen wir uns ein paar Mal im Vereinsheim.</p>"
            "<p>Bei uns nähen Frauen und Männer aus verschiedenen Ländern. Wir verständigen uns "
            "oft mit Händen, Skizzen und Stoffproben. Deshalb brauchen Sie für diese Aufgabe "
            "kein Deutsch.</p>"
        ),
        "tasks": (
            "<ul><li>Kostüme nach Skizzen nähen</li><li>vorhandene Kostüme ändern und "
            "ausbessern</li><li>bei Anproben Maß nehmen</li><li>kleine Reparaturen in der "
            "Aufführungszeit übernehmen</li></ul>"
        ),
        "skills": (
            "Sie können mit einer Nähmaschine umgehen. Eine eigene Maschine ist praktisch, im "
            "Vereinsheim steht aber auch eine bereit."
        ),
        "fields": ["theater", "kultur"],
        "target_groups": ["vereine-initiativen", "alle-generationen"],
        "languages": ["de", "tr", "ru", "uk"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 6,
        "hours_period": "month",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "",
        "from_home": True,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["expenses", "certificate"],
        "places": 3,
        "status": "open",
        "expires_in_days": 130,
    },
    {
        "slug": "theaterwerkstatt-osterferien",
        "organisation": "kulissenzauber",
        "title": "Theaterwerkstatt für Kinder in den Osterferien betreuen",
        "summary": (
            "Vier Tage Theater spielen, verkleiden und staunen: Begleiten Sie Kinder von 8 bis "
            "12 Jahren bei unserer Ferienwerkstatt."
        ),
        "description": (
            "<p>In den Osterferien wird unser Vereinsheim zur Theaterwerkstatt. Zwanzig Kinder "
            "erfinden gemeinsam ein kleines Stück. Sie basteln Masken, proben Szenen und zeigen "
            "am letzten Tag ihr Ergebnis den Familien.</p>"
            "<p>Eine Theaterpädagogin leitet die Werkstatt. Sie unterstützen sie als Betreuerin "
            "oder Betreuer. Sie begleiten eine kleine Gruppe, helfen beim Basteln und achten auf "
            "die Pausen. Die Werkstatt läuft jeweils von 9 bis 15 Uhr.</p>"
            "<p>Vorher gibt es ein Treffen zur Vorbereitung. Sie brauchen ein erweitertes "
            "Führungszeugnis. Wir helfen Ihnen beim Antrag.</p>"
        ),
        "tasks": (
            "<ul><li>eine Kleingruppe von fünf Kindern begleiten</li><li>beim Basteln von Masken "
            "und Requisiten helfen</li><li>das gemeinsame Mittagessen betreuen</li><li>bei der "
            "Abschlussaufführung unterstützen</li></ul>"
        ),
        "skills": (
            "Sie haben Freude an der Arbeit mit Kindern und sind verlässlich. Theatererfahrung "
            "ist nicht nötig."
        ),
        "fields": ["theater", "bildung-hausaufgabenhilfe"],
        "target_groups": ["kinder-jugendliche", "familien"],
        "languages": ["de", "fr"],
        "german_level": "good",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": "2027-03-30",
        "end": "2027-04-02",
        "district": "Kernstadt",
        "address": "Vereinsheim Kulissenzauber, Theatergasse 5",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "certificate"],
        "places": 3,
        "status": "open",
        "expires_in_days": 100,
    },
    {
        "slug": "besuchsdienst-matzen",
        "organisation": "gemeindetreff-matzen",
        "title": "Besuchsdienst für ältere Menschen in Matzen",
        "summary": (
            "Zeit schenken, zuhören, da sein: Besuchen Sie regelmäßig einen älteren Menschen, "
            "der nicht mehr gut aus dem Haus kommt."
        ),
        "description": (
            "<p>Manche älteren Menschen in Matzen bekommen nur selten Besuch. Sie können nicht "
            "mehr gut laufen, oder ihre Familie wohnt weit weg. Unser Besuchsdienst bringt "
            "Abwechslung in ihren Alltag.</p>"
            "<p>Sie besuchen eine Person etwa einmal pro Woche für ein bis zwei Stunden. Sie "
            "trinken zusammen Kaffee, reden, spielen eine Runde Karten oder gehen ein Stück "
            "spazieren. Pflege gehört nicht zu Ihren Aufgaben.</p>"
            "<p>Wir suchen gemeinsam mit Ihnen eine passende Person aus. Einmal im Monat treffen "
            "sich alle Besuchenden zum Austausch. Dort können Sie auch Fragen und Sorgen "
            "besprechen.</p>"
        ),
        "tasks": (
            "<ul><li>regelmäßig eine ältere Person zu Hause besuchen</li><li>Gespräche führen "
            "und zuhören</li><li>gemeinsam spielen, lesen oder spazieren gehen</li><li>am "
            "monatlichen Austauschtreffen teilnehmen</li></ul>"
        ),
        "skills": (
            "Sie hören gern zu und haben Geduld. Gute Deutschkenntnisse sind wichtig, weil das "
            "Gespräch hier im Mittelpunkt steht."
        ),
        "fields": ["kirche-glaube", "soziales"],
        "target_groups": ["seniorinnen-senioren"],
        "languages": ["de", "it"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 2,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Matzen",
        "address": "Besuche in Matzen; Treffpunkt Gemeindetreff, Kirchweg 3",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "expenses"],
        "places": 4,
        "status": "open",
        "expires_in_days": 5,
    },
    {
        "slug": "kirchencafe-matzen",
        "organisation": "gemeindetreff-matzen",
        "title": "Kirchencafé nach dem Sonntagsgottesdienst",
        "summary": (
            "Kaffee kochen, Tische decken, Menschen willkommen heißen: Helfen Sie ab und zu "
            "sonntags im Kirchencafé mit."
        ),
        "description": (
            "<p>Nach dem Gottesdienst am Sonntag bleiben viele Menschen gern noch etwas "
            "zusammen. Im Kirchencafé gibt es Kaffee, Tee und Gebäck. Hier treffen sich Jung und "
            "Alt, Alteingesessene und Neuzugezogene.</p>"
            "<p>Ein kleines Team bereitet alles vor und räumt danach wieder auf. Jede Helferin "
            "und jeder Helfer ist etwa einmal im Monat dran. Sie können auch mal einen Kuchen "
            "mitbringen, müssen es aber nicht.</p>"
            "<p>Für diese Aufgabe brauchen Sie kein Deutsch. Ein Lächeln sagt oft mehr als viele "
            "Worte. Der Gemeindesaal ist über eine Rampe erreichbar.</p>"
        ),
        "tasks": (
            "<ul><li>Kaffee und Tee kochen</li><li>Tische decken und Gebäck "
            "anrichten</li><li>Gäste begrüßen und bedienen</li><li>spülen und aufräumen</li></ul>"
        ),
        "skills": (
            "Sie sind gern Gastgeberin oder Gastgeber. Sie müssen nicht Mitglied einer Kirche sein."
        ),
        "fields": ["kirche-glaube", "freizeit"],
        "target_groups": ["alle-generationen", "seniorinnen-senioren"],
        "languages": ["de", "it", "pl"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 3,
        "hours_period": "month",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Matzen",
        "address": "Gemeindesaal Matzen, Kirchweg 3",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["insurance"],
        "places": 6,
        "status": "filled",
        "expires_in_days": 200,
    },
    {
        "slug": "adventsbasar-matzen",
        "organisation": "gemeindetreff-matzen",
        "title": "Helfen beim Adventsbasar in Matzen",
        "summary": (
            "Basteln, verkaufen, Waffeln backen: Unterstützen Sie unseren Adventsbasar. Der "
            "Erlös geht an soziale Projekte in der Region."
        ),
        "description": (
            "<p>Am zweiten Adventswochenende verwandelt sich unser Gemeindesaal in einen kleinen "
            "Weihnachtsmarkt. Es gibt selbst gemachte Sterne, Kränze, Marmelade und Plätzchen. "
            "Draußen duftet es nach Waffeln und Punsch.</p>"
            "<p>Für diese Tage suchen wir viele Hände. Sie können beim Aufbau am Freitagabend "
            "helfen, einen Stand betreuen oder Waffeln backen. Auch Jugendliche ab 12 Jahren "
            "sind willkommen, zum Beispiel in der Bastelecke für Kinder.</p>"
            "<p>Sie tragen sich für eine oder mehrere Schichten von drei Stunden ein. Am "
            "Sonntagabend feiern wir gemeinsam den Abschluss.</p>"
        ),
        "tasks": (
            "<ul><li>die Stände am Freitagabend aufbauen</li><li>einen Verkaufsstand "
            "betreuen</li><li>Waffeln backen und Punsch ausschenken</li><li>die Bastelecke für "
            "Kinder begleiten</li></ul>"
        ),
        "skills": (
            "Sie haben Freude am Kontakt mit Menschen. Ein wenig Deutsch hilft beim Verkauf, "
            "mehr ist nicht nötig."
        ),
        "fields": ["kirche-glaube", "soziales"],
        "target_groups": ["familien", "alle-generationen"],
        "languages": ["de", "it", "pl"],
        "german_level": "basic",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": "2026-12-04",
        "end": "2026-12-06",
        "district": "Matzen",
        "address": "Gemeindesaal Matzen, Kirchweg 3",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 12,
        "benefits": ["insurance"],
        "places": 20,
        "status": "open",
        "expires_in_days": 40,
    },
    {
        "slug": "lebensmittelausgabe",
        "organisation": "lebensmittelbruecke",
        "title": "Lebensmittel ausgeben (Tafel-Ausgabe)",
        "summary": (
            "Zweimal pro Woche geben wir gerettete Lebensmittel an Menschen mit wenig Geld aus. "
            "Helfen Sie mit – freundlich, respektvoll und auf Augenhöhe."
        ),
        "description": (
            "<p>Dienstags und freitags öffnet unsere Ausgabestelle in der Innenstadt. Dann "
            "kommen Familien, Rentnerinnen und Rentner, Alleinerziehende und Geflüchtete zu uns. "
            "Gegen einen kleinen Beitrag bekommen sie Obst, Gemüse, Brot und vieles mehr.</p>"
            "<p>Sie arbeiten in einem festen Team an der Ausgabe. Sie packen Waren in Körbe, "
            "erklären, was es heute gibt, und achten darauf, dass alle fair bedacht werden. Eine "
            "Schicht dauert etwa drei Stunden.</p>"
            "<p>Unsere Kundinnen und Kunden sprechen viele Sprachen. Wenn Sie Arabisch, Russisch "
            "oder Rumänisch können, ist das eine große Hilfe. Ein wenig Deutsch reicht für diese "
            "Aufgabe.</p>"
        ),
        "tasks": (
            "<ul><li>Waren an den Ausgabetischen bereitstellen</li><li>Kundinnen und Kunden "
            "freundlich bedienen</li><li>auf Hygiene und Kühlung achten</li><li>nach der Ausgabe "
            "aufräumen und putzen</li></ul>"
        ),
        "skills": (
            "Sie begegnen Menschen respektvoll und ohne Vorurteile. Sie können einige Zeit "
            "stehen und leichte Kisten heben."
        ),
        "fields": ["soziales"],
        "target_groups": ["menschen-in-schwierigen-lebenslagen", "familien"],
        "languages": ["de", "ar", "ru", "ro"],
        "german_level": "basic",
        "commitment": "regular",
        "hours": 3,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Ausgabestelle der Lebensmittelbrücke, Brückenweg 11",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 6,
        "status": "open",
        "expires_in_days": 270,
    },
    {
        "slug": "fahrdienst-abholtour",
        "organisation": "lebensmittelbruecke",
        "title": "Fahrerin oder Fahrer für die Abholtour",
        "summary": (
            "Mit unserem Kühltransporter holen Sie morgens gespendete Lebensmittel bei Märkten "
            "und Bäckereien in Bitburg ab."
        ),
        "description": (
            "<p>Jeden Morgen sammelt unser Kühltransporter Lebensmittel bei Supermärkten, "
            "Bäckereien und Höfen in Bitburg ein. Ohne diese Fahrten gäbe es keine Ausgabe. Wir "
            "suchen deshalb Fahrerinnen und Fahrer für feste Touren.</p>"
            "<p>Sie fahren zusammen mit einer Beifahrerin oder einem Beifahrer. Eine Tour dauert "
            "etwa zwei Stunden und beginnt um 8 Uhr. Die meisten im Team fahren ein- bis zweimal "
            "pro Woche. Für den Transporter reicht der Führerschein der Klasse B.</p>"
            "<p>Vor der ersten Tour fahren Sie einmal mit. Wir erklären Ihnen die Strecke und "
            "die Regeln für die Kühlkette.</p>"
        ),
        "tasks": (
            "<ul><li>den Kühltransporter sicher fahren</li><li>Kisten bei den Spenderinnen und "
            "Spendern einladen</li><li>die Mengen in einer Liste notieren</li><li>die Waren im "
            "Lager abladen</li></ul>"
        ),
        "skills": (
            "Sie haben einen Führerschein der Klasse B und fahren sicher. Ein wenig Deutsch "
            "genügt für die kurzen Absprachen in den Geschäften."
        ),
        "fields": ["soziales", "umwelt-natur"],
        "target_groups": ["menschen-in-schwierigen-lebenslagen"],
        "languages": ["de", "ru", "ro"],
        "german_level": "basic",
        "commitment": "regular",
        "hours": 4,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Lager der Lebensmittelbrücke, Brückenweg 11",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 18,
        "benefits": ["training", "insurance"],
        "places": 3,
        "status": "open",
        "expires_in_days": 220,
    },
    {
        "slug": "lebensmittel-sortieren",
        "organisation": "lebensmittelbruecke",
        "title": "Lebensmittel sortieren im Lager",
        "summary": (
            "Frisches von Verdorbenem trennen, Kisten packen, Regale füllen: Im Lager bereiten "
            "Sie die Ausgabe vor – ganz ohne Deutschkenntnisse."
        ),
        "description": (
            "<p>Bevor wir Lebensmittel ausgeben, prüfen wir jede Kiste. Was noch gut ist, kommt "
            "ins Regal. Was verdorben ist, sortieren wir aus. Diese Arbeit findet vor allem "
            "dienstags und freitags am Vormittag statt.</p>"
            "<p>Sie arbeiten in einer kleinen Gruppe im Lager. Die Aufgaben sind einfach und "
            "schnell erklärt. Viele Handgriffe zeigen wir Ihnen direkt. Deshalb können Sie auch "
            "ohne Deutschkenntnisse gut mitmachen. In unserem Team sprechen einige Arabisch, "
            "Russisch und Rumänisch.</p>"
            "<p>Das Lager ist ebenerdig. Schwere Kisten bewegen wir mit einem Hubwagen.</p>"
        ),
        "tasks": (
            "<ul><li>Obst und Gemüse prüfen und sortieren</li><li>Brot und Backwaren "
            "aufteilen</li><li>Regale und Kühlschränke einräumen</li><li>leere Kisten "
            "reinigen</li></ul>"
        ),
        "skills": (
            "Sie arbeiten gern praktisch und im Team. Sie sollten etwa zwei Stunden stehen können."
        ),
        "fields": ["soziales", "umwelt-natur"],
        "target_groups": ["menschen-in-schwierigen-lebenslagen"],
        "languages": ["de", "ar", "ru", "ro"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 8,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Lager der Lebensmittelbrücke, Brückenweg 11",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["insurance", "certificate"],
        "places": 5,
        "status": "open",
        "expires_in_days": -10,
    },
    {
        "slug": "bluehwiesen-pflegen",
        "organisation": "bluehendes-moetsch",
        "title": "Blühwiesen pflegen in Mötsch",
        "summary": (
            "Mähen, rechen, säen: Kümmern Sie sich mit uns um die Blühwiesen am Ortsrand – für "
            "Bienen, Schmetterlinge und Menschen."
        ),
        "description": (
            "<p>Rund um Mötsch haben wir in den letzten Jahren mehrere Blühwiesen angelegt. Im "
            "Sommer summt und brummt es dort. Damit die Wiesen auch in Zukunft blühen, brauchen "
            "sie Pflege.</p>"
            "<p>Etwa zweimal im Monat treffen wir uns samstags für zwei bis drei Stunden. Je "
            "nach Jahreszeit mähen wir mit der Sense, rechen das Schnittgut zusammen oder säen "
            "neue Samen aus. Wir zählen auch Insekten und Blumen. So sehen wir, was unsere "
            "Arbeit bringt.</p>"
            "<p>Werkzeug und Handschuhe stellen wir. Kinder können in Begleitung ihrer Eltern "
            "mitmachen. Deutsch ist nicht nötig – wir zeigen alles vor Ort.</p>"
        ),
        "tasks": (
            "<ul><li>Wiesen mähen und das Schnittgut rechen</li><li>Saatgut "
            "ausbringen</li><li>Wege und Ränder frei schneiden</li><li>Pflanzen und Insekten "
            "beobachten und zählen</li></ul>"
        ),
        "skills": (
            "Sie sind gern draußen und packen mit an. Vorwissen über Pflanzen brauchen Sie nicht."
        ),
        "fields": ["umwelt-natur", "freizeit"],
        "target_groups": ["alle-generationen", "familien"],
        "languages": ["de", "en", "fr"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 5,
        "hours_period": "month",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Mötsch",
        "address": "Treffpunkt: Blühwiese am Ortsausgang Mötsch, Blumenpfad 9",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 0,
        "benefits": ["training", "insurance"],
        "places": 10,
        "status": "open",
        "expires_in_days": 180,
    },
    {
        "slug": "baumpflanzaktion-streuobstwiese",
        "organisation": "bluehendes-moetsch",
        "title": "Baumpflanzaktion auf der Streuobstwiese bei Matzen",
        "summary": (
            "Ein Samstag, 60 junge Obstbäume, viele helfende Hände: Pflanzen Sie mit uns alte "
            "Eifeler Obstsorten für die kommenden Generationen."
        ),
        "description": (
            "<p>Streuobstwiesen sind ein Paradies für Vögel, Insekten und kleine Säugetiere. Im "
            "Rahmen von <strong>„Bitburg erblüht“</strong> pflanzen wir auf einer Wiese bei "
            "Matzen 60 junge Obstbäume. Es sind alte Sorten mit langer Tradition in der "
            "Eifel.</p>"
            "<p>Am Morgen erklärt ein Baumwart, wie man richtig pflanzt. Dann graben wir Löcher, "
            "setzen die Bäume, bringen Pfähle an und schützen die Stämme vor Wildverbiss. Jeder "
            "Baum bekommt ein Namensschild.</p>"
            "<p>Die ganze Familie ist willkommen. Für Suppe und warme Getränke ist gesorgt. "
            "Bitte bringen Sie feste Schuhe und wetterfeste Kleidung mit.</p>"
        ),
        "tasks": (
            "<ul><li>Pflanzlöcher graben</li><li>Bäume setzen und angießen</li><li>Stützpfähle "
            "und Verbissschutz anbringen</li><li>Namensschilder aufhängen</li></ul>"
        ),
        "skills": (
            "Sie haben Lust auf einen Tag an der frischen Luft. Vorkenntnisse und "
            "Deutschkenntnisse sind nicht nötig."
        ),
        "fields": ["umwelt-natur", "freizeit"],
        "target_groups": ["familien", "alle-generationen"],
        "languages": ["de", "en", "fr"],
        "german_level": "none",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": "2027-03-13",
        "end": "2027-03-13",
        "district": "Matzen",
        "address": "Streuobstwiese am Ortsrand von Matzen, Zufahrt über den Wiesengrund",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 0,
        "benefits": ["insurance"],
        "places": 30,
        "status": "open",
        "expires_in_days": 110,
    },
    {
        "slug": "beetpatenschaft-innenstadt",
        "organisation": "bluehendes-moetsch",
        "title": "Beetpatenschaft in der Innenstadt übernehmen",
        "summary": (
            "Werden Sie Patin oder Pate für ein Blumenbeet in der Innenstadt. Sie gießen, jäten "
            "und pflanzen – und alle freuen sich über die Blüten."
        ),
        "description": (
            "<p>Bei <strong>„Bitburg erblüht“</strong> können Bürgerinnen und Bürger die "
            "Patenschaft für ein Beet übernehmen. Die Stadt stellt Pflanzen und Erde bereit. Sie "
            "kümmern sich um Ihr Beet wie um einen kleinen Garten.</p>"
            "<p>Im Frühjahr und Sommer brauchen Sie etwa eine Stunde pro Woche. Sie gießen bei "
            "Trockenheit, entfernen Unkraut und sammeln Müll auf. Gießkanne und Werkzeug "
            "bekommen Sie von uns. Ein kleines Schild am Beet zeigt, wer es pflegt.</p>"
            "<p>Die Beete liegen an ebenen Gehwegen. Sie sind auch mit Rollstuhl oder Rollator "
            "gut erreichbar. Gern können Sie die Patenschaft mit Ihrer Familie oder "
            "Nachbarschaft teilen.</p>"
        ),
        "tasks": (
            "<ul><li>das Beet regelmäßig gießen</li><li>Unkraut und Müll entfernen</li><li>im "
            "Frühjahr neue Pflanzen setzen</li><li>Schäden an die Stadt melden</li></ul>"
        ),
        "skills": "Sie haben Freude an Blumen und ein wenig Zeit. Ein wenig Deutsch reicht.",
        "fields": ["umwelt-natur"],
        "target_groups": ["alle-generationen", "familien"],
        "languages": ["de", "en"],
        "german_level": "basic",
        "commitment": "regular",
        "hours": 1,
        "hours_period": "week",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Beete in der Fußgängerzone und rund um den Rathausplatz",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 12,
        "benefits": ["insurance", "certificate"],
        "places": 8,
        "status": "open",
        "expires_in_days": 160,
    },
    {
        "slug": "infostand-buergerumfrage",
        "organisation": "bluehendes-moetsch",
        "title": "Infostand und Bürgerumfrage „Bitburg erblüht“",
        "summary": (
            "Fragen Sie die Menschen in Bitburg, wo mehr blühen soll. Am Infostand helfen Sie "
            "bei der Bürgerumfrage und sammeln Ideen."
        ),
        "description": (
            "<p>Wo wünschen sich die Menschen in Bitburg mehr Grün? Welche Flächen könnten zu "
            "Blühwiesen werden? Das wollen wir mit einer <strong>Bürgerumfrage</strong> "
            "herausfinden. Die Ergebnisse helfen der Stadt bei der Planung.</p>"
            "<p>An einem Samstag im Mai stehen wir mit einem Infostand in der Innenstadt. Sie "
            "sprechen Passantinnen und Passanten an, erklären die Umfrage und helfen beim "
            "Ausfüllen auf dem Tablet oder auf Papier. Kinder können an unserem Stand "
            "Samenkugeln basteln.</p>"
            "<p>Vorher gibt es ein kurzes Treffen. Dort lernen Sie die Fragen kennen.</p>"
        ),
        "tasks": (
            "<ul><li>den Infostand auf- und abbauen</li><li>Menschen ansprechen und die Umfrage "
            "erklären</li><li>beim Ausfüllen helfen</li><li>Ideen und Anregungen "
            "notieren</li></ul>"
        ),
        "skills": (
            "Sie gehen gern auf Menschen zu und sprechen gut Deutsch. Weitere Sprachen sind ein "
            "Plus."
        ),
        "fields": ["umwelt-natur", "politik-beteiligung"],
        "target_groups": ["alle-generationen"],
        "languages": ["de", "en", "fr"],
        "german_level": "good",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": "2027-05-22",
        "end": "2027-05-22",
        "district": "Kernstadt",
        "address": "Infostand in der Fußgängerzone, am Rathausplatz",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["insurance"],
        "places": 6,
        "status": "open",
        "expires_in_days": 130,
    },
    {
        "slug": "jugendfeuerwehr-betreuung",
        "organisation": "feuerwehr-stahl",
        "title": "Betreuerin oder Betreuer in der Jugendfeuerwehr",
        "summary": (
            "Schläuche ausrollen, Knoten lernen, Zeltlager erleben: Begleiten Sie Jugendliche in "
            "der Jugendfeuerwehr Stahl."
        ),
        "description": (
            "<p>In unserer Jugendfeuerwehr sind rund 15 Mädchen und Jungen aktiv. Sie treffen "
            "sich jeden Montagabend am Gerätehaus. Dort lernen sie spielerisch die Technik der "
            "Feuerwehr kennen. Es gibt aber auch Ausflüge, Spieleabende und ein Zeltlager.</p>"
            "<p>Wir suchen Erwachsene, die unser Betreuungsteam verstärken. Sie müssen nicht "
            "selbst im Einsatzdienst sein. Wichtig ist, dass Sie gern mit jungen Menschen "
            "arbeiten. Wenn Sie möchten, machen Sie die Ausbildung zur Jugendleiterin oder zum "
            "Jugendleiter (Juleica). Die Kosten übernehmen wir.</p>"
            "<p>Für diese Aufgabe brauchen Sie ein erweitertes Führungszeugnis.</p>"
        ),
        "tasks": (
            "<ul><li>Gruppenstunden mit vorbereiten und begleiten</li><li>bei Übungen auf "
            "Sicherheit achten</li><li>Ausflüge und Zeltlager "
            "mitgestalten</li><li>Ansprechperson für Jugendliche und Eltern sein</li></ul>"
        ),
        "skills": (
            "Sie sind verlässlich, geduldig und arbeiten gern im Team. Kenntnisse über die "
            "Feuerwehr sind nicht nötig."
        ),
        "fields": ["rettung-katastrophenschutz", "freizeit"],
        "target_groups": ["kinder-jugendliche"],
        "languages": ["de", "en"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 2,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Stahl",
        "address": "Feuerwehrgerätehaus Stahl, Am Gerätehaus 1",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "certificate"],
        "places": 2,
        "status": "open",
        "expires_in_days": 250,
    },
    {
        "slug": "einsatzdienst-feuerwehr",
        "organisation": "feuerwehr-stahl",
        "title": "Einsteigen in den Einsatzdienst der Feuerwehr",
        "summary": (
            "Menschen in Not helfen: Werden Sie Feuerwehrfrau oder Feuerwehrmann im Löschzug "
            "Stahl. Die Ausbildung ist kostenlos."
        ),
        "description": (
            "<p>Brände, Unfälle, Sturmschäden: Wenn es darauf ankommt, sind wir in wenigen "
            "Minuten vor Ort. Damit das so bleibt, brauchen wir neue Einsatzkräfte. Besonders "
            "gesucht sind Menschen, die tagsüber in Bitburg sind.</p>"
            "<p>In der Grundausbildung lernen Sie alles, was Sie brauchen. Sie findet an Abenden "
            "und einigen Samstagen statt. Danach üben wir zweimal im Monat gemeinsam. Bei einem "
            "Alarm ruft Sie ein Melder. Ihr Arbeitgeber muss Sie für Einsätze freistellen.</p>"
            "<p>Im Dienst sind Sie über die Unfallkasse versichert. Schutzkleidung bekommen Sie "
            "von uns. Vor dem Start gibt es eine ärztliche Untersuchung.</p>"
        ),
        "tasks": (
            "<ul><li>an der Grundausbildung teilnehmen</li><li>regelmäßig bei den Übungen "
            "mitmachen</li><li>bei Einsätzen helfen, wenn Sie können</li><li>Fahrzeuge und "
            "Geräte pflegen</li></ul>"
        ),
        "skills": (
            "Sie sind körperlich fit und bleiben in schwierigen Lagen ruhig. Gute "
            "Deutschkenntnisse sind nötig, weil Funk und Befehle schnell verstanden werden "
            "müssen."
        ),
        "fields": ["rettung-katastrophenschutz"],
        "target_groups": ["alle-generationen"],
        "languages": ["de"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 3,
        "hours_period": "week",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Stahl",
        "address": "Feuerwehrgerätehaus Stahl, Am Gerätehaus 1",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "certificate"],
        "places": 5,
        "status": "open",
        "expires_in_days": 300,
    },
    {
        "slug": "tag-der-offenen-tuer-feuerwehr",
        "organisation": "feuerwehr-stahl",
        "title": "Helfen beim Tag der offenen Tür der Feuerwehr",
        "summary": (
            "Würstchen grillen, Getränke ausgeben, Kinderspiele betreuen: Unterstützen Sie uns "
            "einen Sonntag lang beim großen Fest am Gerätehaus."
        ),
        "description": (
            "<p>Einmal im Jahr öffnen wir unser Gerätehaus für alle. Gäste dürfen in die "
            "Fahrzeuge schauen, Kinder spritzen mit dem Schlauch, und es gibt eine Vorführung. "
            "Jedes Jahr kommen viele Familien aus ganz Bitburg.</p>"
            "<p>Damit sich unsere Einsatzkräfte um die Vorführungen kümmern können, suchen wir "
            "Helferinnen und Helfer für den Festbetrieb. Sie arbeiten in Schichten von drei bis "
            "vier Stunden. Deutsch ist dafür nicht nötig.</p>"
            "<p>Der Festplatz ist eben und gut erreichbar. Eine barrierefreie Toilette wird "
            "aufgestellt. Alle Helfenden bekommen ein Essen und ein Getränk.</p>"
        ),
        "tasks": (
            "<ul><li>am Grill oder an der Getränkeausgabe helfen</li><li>Spiele für Kinder "
            "betreuen</li><li>Tische und Bänke aufstellen</li><li>nach dem Fest "
            "aufräumen</li></ul>"
        ),
        "skills": (
            "Sie sind gern unter Menschen und haben Freude an Festen. Vorkenntnisse brauchen Sie "
            "nicht."
        ),
        "fields": ["rettung-katastrophenschutz", "freizeit"],
        "target_groups": ["familien", "alle-generationen"],
        "languages": ["de", "en"],
        "german_level": "none",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": False,
        "weekends": True,
        "evenings": False,
        "start": "2027-06-13",
        "end": "2027-06-13",
        "district": "Stahl",
        "address": "Festplatz am Feuerwehrgerätehaus Stahl, Am Gerätehaus 1",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["insurance"],
        "places": 15,
        "status": "open",
        "expires_in_days": 210,
    },
    {
        "slug": "sprachcafe",
        "organisation": "ankommen-bitburg",
        "title": "Sprachcafé: Deutsch sprechen bei Tee und Kaffee",
        "summary": (
            "Im Sprachcafé üben Neuankommende Deutsch im Gespräch. Sie plaudern mit, erklären "
            "Wörter und sorgen für eine entspannte Stimmung."
        ),
        "description": (
            "<p>Jeden Mittwochabend treffen sich im Sprachcafé Menschen aus vielen Ländern. Sie "
            "möchten ihr Deutsch im Alltag üben. Im Sprachkurs lernen sie Grammatik. Bei uns "
            "üben sie das Sprechen.</p>"
            "<p>Sie sitzen mit zwei bis vier Gästen an einem Tisch und unterhalten sich über "
            "Alltagsthemen: Einkaufen, Arbeit, Familie, Hobbys. Spiele und Bildkarten helfen "
            "dabei.</p>"
            "<p>Auch wer selbst noch Deutsch lernt, kann bei uns helfen. Wenn Sie Arabisch, "
            "Ukrainisch oder Farsi sprechen, erleichtern Sie neuen Gästen den Einstieg. Dafür "
            "reicht ein wenig Deutsch.</p>"
        ),
        "tasks": (
            "<ul><li>mit Gästen an einem Tisch ins Gespräch kommen</li><li>Wörter erklären und "
            "Fragen beantworten</li><li>Spiele und Bildkarten einsetzen</li><li>neue Gäste "
            "begrüßen</li></ul>"
        ),
        "skills": (
            "Sie sind offen, geduldig und hören gern zu. Sie müssen keine Lehrerin und kein "
            "Lehrer sein."
        ),
        "fields": ["integration-migration", "bildung-hausaufgabenhilfe"],
        "target_groups": ["gefluechtete-zugewanderte"],
        "languages": ["de", "ar", "uk", "fa"],
        "german_level": "basic",
        "commitment": "regular",
        "hours": 2,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Begegnungsraum Netzwerk Ankommen, Marktgasse 8",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 6,
        "status": "open",
        "expires_in_days": 140,
    },
    {
        "slug": "begleitung-behoerdentermine",
        "organisation": "ankommen-bitburg",
        "title": "Begleitung zu Behördenterminen",
        "summary": (
            "Ein Brief vom Amt, ein Termin beim Jobcenter: Begleiten Sie Geflüchtete zu "
            "wichtigen Terminen und helfen Sie, Formulare zu verstehen."
        ),
        "description": (
            "<p>Für Menschen, die neu in Deutschland sind, ist vieles schwer zu verstehen. "
            "Briefe vom Amt sind kompliziert. Termine bei der Ausländerbehörde oder beim "
            "Jobcenter machen oft Angst.</p>"
            "<p>Sie begleiten eine Person oder eine Familie zu solchen Terminen. Vorher "
            "besprechen Sie gemeinsam, worum es geht. Beim Termin hören Sie zu, fragen nach und "
            "machen sich Notizen. Sie entscheiden nichts für andere. Sie helfen beim "
            "Verstehen.</p>"
            "<p>Vor dem ersten Einsatz besuchen Sie eine Schulung. Dort lernen Sie die "
            "wichtigsten Ämter und Regeln kennen. Ihre Fahrtkosten erstatten wir.</p>"
        ),
        "tasks": (
            "<ul><li>Termine und Briefe gemeinsam vorbereiten</li><li>zu Ämtern, Arztpraxen oder "
            "Schulen begleiten</li><li>beim Ausfüllen von Formularen helfen</li><li>bei Bedarf "
            "an Beratungsstellen weitervermitteln</li></ul>"
        ),
        "skills": (
            "Sie sprechen sehr gut Deutsch und behalten auch in schwierigen Gesprächen den "
            "Überblick. Weitere Sprachen sind sehr willkommen."
        ),
        "fields": ["integration-migration", "soziales"],
        "target_groups": ["gefluechtete-zugewanderte", "menschen-in-schwierigen-lebenslagen"],
        "languages": ["de", "en", "fr", "ar", "fa"],
        "german_level": "good",
        "commitment": "occasional",
        "hours": 4,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Vorbereitung im Büro Marktgasse 8, Termine bei Ämtern in Bitburg",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "expenses", "certificate"],
        "places": 5,
        "status": "open",
        "expires_in_days": 190,
    },
    {
        "slug": "uebersetzen-arabisch-ukrainisch",
        "organisation": "ankommen-bitburg",
        "title": "Übersetzen von zu Hause: Arabisch und Ukrainisch",
        "summary": (
            "Sie sprechen Deutsch und Arabisch oder Ukrainisch? Übersetzen Sie kurze Texte für "
            "Neuankommende – flexibel von zu Hause."
        ),
        "description": (
            "<p>Viele wichtige Informationen gibt es nur auf Deutsch. Zum Beispiel Einladungen "
            "zum Elternabend, Infos zur Mülltrennung oder Aushänge von Vereinen. Wir übersetzen "
            "solche Texte, damit alle sie verstehen.</p>"
            "<p>Sie bekommen die Texte per E-Mail und übersetzen sie ins Arabische oder "
            "Ukrainische. Meist ist ein Text nicht länger als eine Seite. Manchmal helfen Sie "
            "auch bei einem kurzen Telefonat. Wie viel Sie übernehmen, bestimmen Sie selbst.</p>"
            "<p>Persönliche Daten behandeln Sie vertraulich. Offizielle Urkunden übersetzen wir "
            "nicht. Das ist Aufgabe von beeidigten Übersetzerinnen und Übersetzern.</p>"
        ),
        "tasks": (
            "<ul><li>kurze Texte aus dem Deutschen übersetzen</li><li>Übersetzungen anderer "
            "gegenlesen</li><li>bei kurzen Telefonaten dolmetschen</li><li>Fachbegriffe in einer "
            "gemeinsamen Liste sammeln</li></ul>"
        ),
        "skills": (
            "Sie sprechen gut Deutsch und sehr gut Arabisch oder Ukrainisch. Eine Ausbildung als "
            "Übersetzerin oder Übersetzer ist nicht nötig."
        ),
        "fields": ["integration-migration"],
        "target_groups": ["gefluechtete-zugewanderte", "familien"],
        "languages": ["de", "ar", "uk"],
        "german_level": "good",
        "commitment": "occasional",
        "hours": 3,
        "hours_period": "month",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "",
        "from_home": True,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["training", "certificate"],
        "places": 4,
        "status": "open",
        "expires_in_days": 280,
    },
    {
        "slug": "hausaufgabenhilfe",
        "organisation": "ankommen-bitburg",
        "title": "Hausaufgabenhilfe für Grundschulkinder",
        "summary": (
            "Lesen üben, Rechnen verstehen, Mut machen: Helfen Sie Kindern aus zugewanderten "
            "Familien am Nachmittag bei den Hausaufgaben."
        ),
        "description": (
            "<p>Viele Kinder in unserer Hausaufgabenhilfe sind erst seit kurzer Zeit in "
            "Deutschland. Ihre Eltern können ihnen oft nicht helfen, weil sie selbst noch "
            "Deutsch lernen.</p>"
            "<p>Montags und donnerstags von 14:30 bis 16 Uhr betreuen Sie zwei oder drei Kinder. "
            "Sie lesen zusammen, erklären Rechenaufgaben und loben Fortschritte. Am Ende bleibt "
            "oft noch Zeit für ein kurzes Spiel.</p>"
            "<p>Eine pädagogische Fachkraft ist immer dabei. Sie brauchen keine Ausbildung als "
            "Lehrkraft, aber Geduld und gute Deutschkenntnisse. Für die Arbeit mit Kindern "
            "benötigen Sie ein erweitertes Führungszeugnis.</p>"
        ),
        "tasks": (
            "<ul><li>Kinder bei den Hausaufgaben begleiten</li><li>gemeinsam lesen und rechnen "
            "üben</li><li>Lernspiele anbieten</li><li>kurz mit der Fachkraft über Fortschritte "
            "sprechen</li></ul>"
        ),
        "skills": (
            "Sie erklären Kindern gern etwas. Auch Schülerinnen und Schüler ab 16 Jahren sind "
            "herzlich willkommen."
        ),
        "fields": ["bildung-hausaufgabenhilfe", "integration-migration"],
        "target_groups": ["kinder-jugendliche", "gefluechtete-zugewanderte"],
        "languages": ["de", "en", "ar", "uk"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 3,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Begegnungsraum Netzwerk Ankommen, Marktgasse 8",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 4,
        "status": "open",
        "expires_in_days": 170,
    },
    {
        "slug": "interkultureller-kochabend",
        "organisation": "ankommen-bitburg",
        "title": "Interkultureller Kochabend",
        "summary": (
            "Einmal im Monat kochen Menschen aus vielen Ländern zusammen. Schnippeln, würzen und "
            "probieren Sie mit – Deutsch ist dabei nicht nötig."
        ),
        "description": (
            "<p>Beim Kochabend steht jedes Mal ein anderes Land im Mittelpunkt. Mal gibt es "
            "syrischen Salat, mal afghanischen Reis, mal eritreisches Fladenbrot oder Eifeler "
            "Kartoffelsuppe. Eine Köchin oder ein Koch aus der Gruppe zeigt, wie es geht.</p>"
            "<p>Sie helfen beim Einkaufen, Schnippeln, Kochen und Tischdecken. Danach essen alle "
            "gemeinsam an einer langen Tafel. Die Gespräche laufen in vielen Sprachen – und mit "
            "Händen und Füßen.</p>"
            "<p>Wir kochen in der Lehrküche des Gemeindezentrums nebenan. Sie ist barrierefrei. "
            "Die Kosten für die Lebensmittel trägt das Netzwerk.</p>"
        ),
        "tasks": (
            "<ul><li>beim Einkauf der Zutaten helfen</li><li>Gemüse schneiden und "
            "mitkochen</li><li>Tische decken und Gäste begrüßen</li><li>spülen und "
            "aufräumen</li></ul>"
        ),
        "skills": (
            "Sie kochen gern oder möchten Neues ausprobieren. Auf Hygiene achten wir gemeinsam."
        ),
        "fields": ["integration-migration", "freizeit"],
        "target_groups": ["gefluechtete-zugewanderte", "alle-generationen"],
        "languages": ["de", "ar", "fa", "ti", "ku", "uk"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 4,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Kernstadt",
        "address": "Lehrküche im Gemeindezentrum, Marktgasse 10",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["insurance", "expenses"],
        "places": 6,
        "status": "open",
        "expires_in_days": 150,
    },
    {
        "slug": "fahrdienst-senioren",
        "organisation": "fuereinander-bitburg",
        "title": "Fahrdienst für Seniorinnen und Senioren",
        "summary": (
            "Mit Ihrem eigenen Auto fahren Sie ältere Menschen zum Arzt, zum Einkaufen oder zum "
            "Friedhof – immer dann, wenn es Ihnen passt."
        ),
        "description": (
            "<p>Wer nicht mehr selbst Auto fährt, hat es in der Eifel schwer. Busse fahren "
            "selten, und der Weg zur Arztpraxis ist oft weit. Unser Fahrdienst hilft älteren "
            "Menschen aus allen Bitburger Stadtteilen.</p>"
            "<p>Sie fahren mit Ihrem eigenen Auto. Unsere Koordinatorin schickt Ihnen Anfragen. "
            "Sie sagen zu, wenn es für Sie passt. Meist dauert eine Fahrt mit Wartezeit ein bis "
            "zwei Stunden. Für jeden gefahrenen Kilometer erstatten wir Ihnen die Kosten.</p>"
            "<p>Sie helfen beim Ein- und Aussteigen und tragen die Einkaufstasche. Faltbare "
            "Rollstühle und Rollatoren passen in den Kofferraum.</p>"
        ),
        "tasks": (
            "<ul><li>ältere Menschen zu Hause abholen</li><li>zu Arztpraxen, Geschäften oder "
            "Ämtern fahren</li><li>beim Ein- und Aussteigen helfen</li><li>die Fahrten kurz in "
            "einer Liste notieren</li></ul>"
        ),
        "skills": (
            "Sie haben einen Führerschein, ein eigenes Auto und fahren sicher. Ein wenig Deutsch "
            "reicht für die Absprachen."
        ),
        "fields": ["gesundheit-pflege", "soziales"],
        "target_groups": ["seniorinnen-senioren", "menschen-mit-behinderung"],
        "languages": ["de", "ru", "pl"],
        "german_level": "basic",
        "commitment": "occasional",
        "hours": 6,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Irsch",
        "address": "Start im Stadtteil Irsch, Fahrten in ganz Bitburg",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 18,
        "benefits": ["insurance", "expenses"],
        "places": 6,
        "status": "open",
        "expires_in_days": 230,
    },
    {
        "slug": "smartphone-sprechstunde",
        "organisation": "fuereinander-bitburg",
        "title": "Smartphone-Sprechstunde für ältere Menschen",
        "summary": (
            "Nachrichten schreiben, Fotos ansehen, Termine buchen: Erklären Sie älteren Menschen "
            "in Ruhe, wie ihr Smartphone oder Tablet funktioniert."
        ),
        "description": (
            "<p>Viele ältere Menschen haben ein Smartphone, trauen sich aber nicht richtig "
            "heran. Sie möchten Fotos von den Enkeln ansehen, einen Arzttermin online buchen "
            "oder einen Videoanruf starten. Dafür gibt es unsere Sprechstunde.</p>"
            "<p>Zweimal im Monat treffen wir uns für zwei Stunden in unserem Bürgerraum in "
            "Irsch. Die Gäste bringen ihr eigenes Gerät mit. Sie setzen sich mit einer Person "
            "zusammen und beantworten ihre Fragen Schritt für Schritt – langsam und so oft wie "
            "nötig.</p>"
            "<p>Auch Jugendliche ab 14 Jahren sind willkommen. Gerade sie erklären oft besonders "
            "gut. Der Raum ist barrierefrei.</p>"
        ),
        "tasks": (
            "<ul><li>Fragen zu Smartphone und Tablet beantworten</li><li>Einstellungen gemeinsam "
            "vornehmen</li><li>einfache Anleitungen aufschreiben</li><li>vor Betrug im Internet "
            "warnen</li></ul>"
        ),
        "skills": (
            "Sie kennen sich mit Smartphones aus und können geduldig erklären. Sie sprechen gut "
            "Deutsch."
        ),
        "fields": ["bildung-hausaufgabenhilfe", "soziales"],
        "target_groups": ["seniorinnen-senioren", "alle-generationen"],
        "languages": ["de", "en"],
        "german_level": "good",
        "commitment": "occasional",
        "hours": 4,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Irsch",
        "address": "Bürgerraum der Nachbarschaftshilfe, Kapellenstraße 7",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["insurance", "certificate"],
        "places": 5,
        "status": "open",
        "expires_in_days": 200,
    },
    {
        "slug": "telefonpatenschaft",
        "organisation": "fuereinander-bitburg",
        "title": "Telefonpatenschaft gegen Einsamkeit",
        "summary": (
            "Ein Anruf pro Woche kann viel bewirken. Telefonieren Sie regelmäßig mit einem "
            "älteren Menschen, der allein lebt – von zu Hause aus."
        ),
        "description": (
            "<p>Manche Menschen sprechen tagelang mit niemandem. Das gilt besonders für ältere "
            "Menschen, die allein leben. Ein fester Anruf gibt Halt und macht Freude.</p>"
            "<p>Wir bringen Sie mit einer Person zusammen, die gern telefoniert. Sie vereinbaren "
            "einen festen Termin, zum Beispiel jeden Dienstag um 10 Uhr. Sie reden über den "
            "Alltag, über Erinnerungen oder das Wetter. Wenn Sie merken, dass etwas nicht "
            "stimmt, melden Sie sich bei uns.</p>"
            "<p>Sie telefonieren von zu Hause aus. Ihre Nummer bleibt auf Wunsch verborgen. "
            "Einmal im Vierteljahr treffen sich alle Telefonpatinnen und Telefonpaten zum "
            "Austausch.</p>"
        ),
        "tasks": (
            "<ul><li>einmal pro Woche eine ältere Person anrufen</li><li>zuhören und "
            "erzählen</li><li>bei Sorgen die Koordinatorin informieren</li><li>am "
            "Austauschtreffen teilnehmen</li></ul>"
        ),
        "skills": (
            "Sie hören gern zu und sind verlässlich. Gute Deutschkenntnisse sind wichtig, weil "
            "das Gespräch im Mittelpunkt steht."
        ),
        "fields": ["soziales", "gesundheit-pflege"],
        "target_groups": ["seniorinnen-senioren", "menschen-in-schwierigen-lebenslagen"],
        "languages": ["de", "ru"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 1,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Irsch",
        "address": "",
        "from_home": True,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["training", "insurance"],
        "places": 8,
        "status": "open",
        "expires_in_days": 260,
    },
    {
        "slug": "gartenhilfe-erdorf",
        "organisation": "fuereinander-bitburg",
        "title": "Gartenhilfe für ältere Menschen in Erdorf",
        "summary": (
            "Rasen mähen, Hecke schneiden, Laub rechen: Helfen Sie älteren Menschen, die ihren "
            "Garten nicht mehr allein schaffen."
        ),
        "description": (
            "<p>Der eigene Garten ist vielen älteren Menschen sehr wichtig. Doch irgendwann wird "
            "die Arbeit zu schwer. Dann wächst die Sorge, dass alles verwildert.</p>"
            "<p>Sie helfen bei einfachen Gartenarbeiten in Erdorf und Umgebung. Sie mähen den "
            "Rasen, schneiden Sträucher oder rechen im Herbst das Laub. Die Einsätze sprechen "
            "Sie mit uns ab. Meist dauern sie zwei bis drei Stunden. Werkzeug ist in der Regel "
            "vor Ort.</p>"
            "<p>Für diese Aufgabe brauchen Sie kein Deutsch. Beim ersten Besuch kommen wir mit "
            "und stellen Sie vor. Oft entsteht bei einer Tasse Kaffee ein schönes Gespräch – "
            "auch ohne viele Worte.</p>"
        ),
        "tasks": (
            "<ul><li>Rasen mähen und Beete jäten</li><li>Hecken und Sträucher "
            "schneiden</li><li>Laub rechen und Gartenabfälle entsorgen</li><li>kleine Hilfen "
            "rund ums Haus</li></ul>"
        ),
        "skills": (
            "Sie arbeiten gern im Garten und sind körperlich fit. Erfahrung mit Gartenarbeit "
            "hilft, ist aber keine Bedingung."
        ),
        "fields": ["soziales", "umwelt-natur"],
        "target_groups": ["seniorinnen-senioren"],
        "languages": ["de", "pl", "ru"],
        "german_level": "none",
        "commitment": "occasional",
        "hours": 6,
        "hours_period": "month",
        "weekdays": True,
        "weekends": True,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Erdorf",
        "address": "Gärten in Erdorf und Umgebung",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 16,
        "benefits": ["insurance", "expenses"],
        "places": 4,
        "status": "open",
        "expires_in_days": 120,
    },
    {
        "slug": "teamer-jugendtreff",
        "organisation": "jugendtreff-stahl",
        "title": "Teamerin oder Teamer im offenen Jugendtreff",
        "summary": (
            "Kickern, quatschen, zuhören: Verstärken Sie an ein oder zwei Abenden pro Woche das "
            "Team im Jugendtreff Stahl."
        ),
        "description": (
            "<p>Im Jugendtreff Stahl ist an drei Abenden pro Woche viel los. Jugendliche kommen "
            "nach der Schule oder der Ausbildung vorbei. Sie spielen, kochen, hören Musik oder "
            "suchen jemanden zum Reden.</p>"
            "<p>Sie sind an einem oder zwei Abenden pro Woche im Team dabei. Zusammen mit "
            "unserer Fachkraft sind Sie Ansprechperson für die Jugendlichen. Sie spielen mit, "
            "helfen beim Kochen oder bei Bewerbungen und achten auf die Hausregeln.</p>"
            "<p>Viele Jugendliche im Treff haben Familien aus anderen Ländern. Wenn Sie "
            "Türkisch, Arabisch oder eine andere Sprache sprechen, ist das ein Gewinn. Ein wenig "
            "Deutsch genügt.</p>"
        ),
        "tasks": (
            "<ul><li>Jugendliche begrüßen und ins Gespräch kommen</li><li>bei Spielen, Kochen "
            "und Musik mitmachen</li><li>bei Bewerbungen und Hausaufgaben helfen</li><li>auf die "
            "Hausregeln achten</li></ul>"
        ),
        "skills": (
            "Sie sind offen, humorvoll und können auch mal klare Grenzen setzen. Sie brauchen "
            "ein erweitertes Führungszeugnis."
        ),
        "fields": ["freizeit", "integration-migration"],
        "target_groups": ["kinder-jugendliche", "gefluechtete-zugewanderte"],
        "languages": ["de", "en", "tr", "ar"],
        "german_level": "basic",
        "commitment": "regular",
        "hours": 3,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Stahl",
        "address": "Jugendtreff Stahl, Schulweg 2",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "certificate"],
        "places": 3,
        "status": "open",
        "expires_in_days": 4,
    },
    {
        "slug": "jugendforum-orgateam",
        "organisation": "jugendtreff-stahl",
        "title": "Mitmachen im Organisationsteam des Jugendforums",
        "summary": (
            "Deine Stadt, deine Ideen: Plane mit anderen Jugendlichen das Jugendforum, bei dem "
            "junge Menschen mit der Stadtpolitik ins Gespräch kommen."
        ),
        "description": (
            "<p>Einmal im Jahr lädt der Jugendtreff zum <strong>Jugendforum</strong> ein. Dort "
            "sprechen Jugendliche aus ganz Bitburg mit Mitgliedern des Stadtrats und mit der "
            "Verwaltung. Themen sind zum Beispiel Busverbindungen, Treffpunkte oder "
            "Sportangebote.</p>"
            "<p>Das Forum wird von Jugendlichen für Jugendliche geplant. Im Orgateam überlegst "
            "du mit anderen, welche Themen wichtig sind. Ihr macht Werbung in Schulen und in den "
            "sozialen Medien und moderiert kleine Gesprächsrunden. Eine Fachkraft unterstützt "
            "euch dabei.</p>"
            "<p>Das Team trifft sich einmal im Monat abends im Jugendtreff. Vorerfahrung "
            "brauchst du nicht – nur Lust, mitzureden.</p>"
        ),
        "tasks": (
            "<ul><li>Themen und Fragen für das Forum sammeln</li><li>Werbung in Schulen und "
            "online machen</li><li>Gesprächsrunden vorbereiten und moderieren</li><li>Ergebnisse "
            "aufschreiben und an die Stadt weitergeben</li></ul>"
        ),
        "skills": (
            "Du bist zwischen 14 und 21 Jahre alt und möchtest deine Stadt mitgestalten. Gute "
            "Deutschkenntnisse helfen bei den Gesprächen mit der Verwaltung."
        ),
        "fields": ["politik-beteiligung", "bildung-hausaufgabenhilfe"],
        "target_groups": ["kinder-jugendliche", "alle-generationen"],
        "languages": ["de", "en", "tr"],
        "german_level": "good",
        "commitment": "occasional",
        "hours": 3,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": True,
        "start": None,
        "end": None,
        "district": "Stahl",
        "address": "Jugendtreff Stahl, Schulweg 2",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 14,
        "benefits": ["training", "certificate"],
        "places": 8,
        "status": "open",
        "expires_in_days": 190,
    },
    {
        "slug": "pfingstzeltlager-betreuung",
        "organisation": "jugendtreff-stahl",
        "title": "Betreuung beim Pfingstzeltlager",
        "summary": (
            "Vier Tage Zelte, Lagerfeuer und Geländespiele: Begleiten Sie Jugendliche aus dem "
            "Jugendtreff ins Pfingstzeltlager."
        ),
        "description": (
            "<p>Über Pfingsten fahren wir mit etwa 20 Jugendlichen zwischen 12 und 15 Jahren ins "
            "Zeltlager. Der Zeltplatz liegt am Waldrand, nur wenige Kilometer von Bitburg "
            "entfernt. Es gibt Geländespiele, Wanderungen, Workshops und jeden Abend ein "
            "Lagerfeuer.</p>"
            "<p>Sie sind Teil des Betreuungsteams. Sie leiten kleine Gruppen, helfen in der "
            "Lagerküche und sind für die Jugendlichen da – auch nachts, wenn jemand Heimweh hat. "
            "Im April gibt es ein Treffen zur Vorbereitung.</p>"
            "<p>Verpflegung und Zeltplatz sind für Sie kostenlos. Sie brauchen ein erweitertes "
            "Führungszeugnis. Eine Juleica-Ausbildung ist hilfreich, aber keine Bedingung.</p>"
        ),
        "tasks": (
            "<ul><li>eine Kleingruppe betreuen</li><li>Spiele und Workshops mit "
            "anleiten</li><li>in der Lagerküche mithelfen</li><li>Nachtruhe und Sicherheit im "
            "Blick behalten</li></ul>"
        ),
        "skills": (
            "Sie sind gern draußen, belastbar und haben Freude an der Arbeit mit Jugendlichen. "
            "Ein wenig Deutsch reicht, denn vieles läuft über gemeinsames Tun."
        ),
        "fields": ["freizeit", "sport"],
        "target_groups": ["kinder-jugendliche"],
        "languages": ["de", "en", "tr"],
        "german_level": "basic",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": True,
        "weekends": True,
        "evenings": True,
        "start": "2027-05-14",
        "end": "2027-05-17",
        "district": "Stahl",
        "address": "Zeltplatz am Waldrand bei Stahl",
        "from_home": False,
        "wheelchair_accessible": False,
        "minimum_age": 18,
        "benefits": ["training", "insurance", "expenses"],
        "places": 4,
        "status": "open",
        "expires_in_days": 160,
    },
    {
        "slug": "lesepatenschaft-grundschule",
        "organisation": "leselust-bitburg",
        "title": "Lesepatenschaft an der Grundschule in Mötsch",
        "summary": (
            "Eine Stunde pro Woche, ein Kind, ein Buch: Als Lesepatin oder Lesepate helfen Sie "
            "Kindern, Freude am Lesen zu entdecken."
        ),
        "description": (
            "<p>Manche Kinder tun sich mit dem Lesen schwer. Ihnen fehlt Übung und oft auch "
            "jemand, der ihnen zuhört. Hier setzt die Lesepatenschaft an.</p>"
            "<p>Sie treffen sich einmal pro Woche in der Schule mit einem oder zwei Kindern aus "
            "der zweiten oder dritten Klasse. Sie lesen abwechselnd vor, sprechen über die "
            "Geschichte und spielen Wortspiele. Die Lehrkräfte wählen die Kinder aus und helfen "
            "Ihnen bei Fragen.</p>"
            "<p>Vor dem Start besuchen Sie unsere Schulung „Lesefreude wecken“. Bücher und "
            "Material stellt der Verein. Die Schule ist barrierefrei.</p>"
        ),
        "tasks": (
            "<ul><li>einmal pro Woche mit einem oder zwei Kindern lesen</li><li>passende Bücher "
            "mit auswählen</li><li>kleine Lesespiele anbieten</li><li>sich kurz mit der "
            "Lehrkraft abstimmen</li></ul>"
        ),
        "skills": (
            "Sie lesen gern und bringen Geduld mit. Eine pädagogische Ausbildung ist nicht nötig."
        ),
        "fields": ["bildung-hausaufgabenhilfe", "kultur"],
        "target_groups": ["kinder-jugendliche"],
        "languages": ["de"],
        "german_level": "good",
        "commitment": "regular",
        "hours": 1,
        "hours_period": "week",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Mötsch",
        "address": "Grundschule im Stadtteil Mötsch, Am Schulgarten 3",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 5,
        "status": "open",
        "expires_in_days": 210,
    },
    {
        "slug": "vorlesen-seniorenzentrum",
        "organisation": "leselust-bitburg",
        "title": "Vorlesen im Seniorenzentrum in Matzen",
        "summary": (
            "Geschichten, Gedichte, Zeitungsartikel: Lesen Sie älteren Menschen in einem "
            "Seniorenzentrum vor und bringen Sie Abwechslung in ihren Tag."
        ),
        "description": (
            "<p>Viele Menschen im Seniorenzentrum können selbst nicht mehr gut lesen. Die Augen "
            "machen nicht mehr mit, oder die Kraft reicht nicht für ein ganzes Buch. Zuhören "
            "macht ihnen aber große Freude.</p>"
            "<p>Zweimal im Monat lesen Sie in einer kleinen Runde vor. Das können kurze "
            "Geschichten sein, Gedichte, Märchen oder Artikel aus der Zeitung. Oft entstehen "
            "dabei Gespräche über früher. Auch Menschen mit Demenz sind in der Runde. Das Team "
            "des Hauses gibt Ihnen Tipps für den Umgang.</p>"
            "<p>Das Haus ist barrierefrei. Die Termine sprechen Sie mit uns ab.</p>"
        ),
        "tasks": (
            "<ul><li>Texte auswählen und vorbereiten</li><li>in einer kleinen Runde "
            "vorlesen</li><li>Gespräche anregen und zuhören</li><li>sich mit dem Team des Hauses "
            "abstimmen</li></ul>"
        ),
        "skills": "Sie lesen gern laut und deutlich vor. Gute Deutschkenntnisse sind wichtig.",
        "fields": ["kultur", "gesundheit-pflege"],
        "target_groups": ["seniorinnen-senioren", "menschen-mit-behinderung"],
        "languages": ["de"],
        "german_level": "good",
        "commitment": "occasional",
        "hours": 3,
        "hours_period": "month",
        "weekdays": True,
        "weekends": False,
        "evenings": False,
        "start": None,
        "end": None,
        "district": "Matzen",
        "address": "Seniorenzentrum Matzen, Am Sonnenhang 4",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 16,
        "benefits": ["training", "insurance", "certificate"],
        "places": 3,
        "status": "open",
        "expires_in_days": 180,
    },
    {
        "slug": "buecherflohmarkt",
        "organisation": "leselust-bitburg",
        "title": "Helfen beim Bücherflohmarkt im Bürgerhaus Mötsch",
        "summary": (
            "Tausende Bücher suchen neue Leserinnen und Leser. Helfen Sie beim Sortieren, "
            "Verkaufen und Kaffeekochen – der Erlös geht in neue Kinderbücher."
        ),
        "description": (
            "<p>Jedes Frühjahr veranstaltet Leselust einen großen Bücherflohmarkt. Viele "
            "Menschen aus Bitburg spenden dafür Bücher. Jedes Buch kostet nur einen kleinen "
            "Betrag. Mit dem Erlös kaufen wir neue Bücher für Kitas und Grundschulen.</p>"
            "<p>Am Freitag sortieren wir die Bücher nach Themen. Am Samstag ist Verkauf. Sie "
            "können an einem oder an beiden Tagen mitmachen. Es gibt Aufgaben für alle: Kisten "
            "tragen, Tische einräumen, kassieren oder Kaffee ausschenken.</p>"
            "<p>Auch Jugendliche ab 12 Jahren sind willkommen. Für viele Aufgaben brauchen Sie "
            "kein Deutsch. Das Bürgerhaus ist stufenlos erreichbar.</p>"
        ),
        "tasks": (
            "<ul><li>Bücherkisten tragen und auspacken</li><li>Bücher nach Themen "
            "sortieren</li><li>beim Verkauf und an der Kasse helfen</li><li>Kaffee und Kuchen "
            "ausgeben</li></ul>"
        ),
        "skills": "Sie mögen Bücher und packen gern mit an. Vorkenntnisse brauchen Sie nicht.",
        "fields": ["kultur", "freizeit"],
        "target_groups": ["alle-generationen", "familien"],
        "languages": ["de", "en", "fr"],
        "german_level": "none",
        "commitment": "one-off",
        "hours": None,
        "hours_period": "",
        "weekdays": True,
        "weekends": True,
        "evenings": False,
        "start": "2027-04-23",
        "end": "2027-04-24",
        "district": "Mötsch",
        "address": "Bürgerhaus Mötsch, Am Dorfplatz 1",
        "from_home": False,
        "wheelchair_accessible": True,
        "minimum_age": 12,
        "benefits": ["insurance"],
        "places": 12,
        "status": "open",
        "expires_in_days": 90,
    },
]
