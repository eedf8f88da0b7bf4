"""German demo content for the home app (written for this project; facts from shared/DOMAIN.md).

Plain data only: no Django import. Seed commands and tests read these structures.

Body blocks of information pages and news are ``(block_type, value)`` pairs:

* ``("heading", "text")`` – a second-level heading (h2)
* ``("paragraph", "<p>…</p>")`` – rich text limited to p, strong, em, ul, ol, li, a, h3
* ``("notice", "plain text")`` – a highlighted hint box
* ``("faq", [("Frage?", "<p>Antwort</p>"), …])`` – questions and answers

Contact data is institutional only; ehrenamt@example.org is a placeholder address.
"""

HOME = {
    "title": "Ehrenamt in Bitburg",
    "intro": (
        "Willkommen bei der Ehrenamts- und Freiwilligenagentur der Stadt Bitburg! Hier finden Sie "
        "ein Engagement, das zu Ihnen passt – und Menschen, die Ihnen gern dabei helfen."
    ),
    "entry_points": [
        {
            "key": "help",
            "title": "Ich möchte helfen",
            "text": (
                "Finden Sie eine Aufgabe in einem Verein, einer Initiative oder einer "
                "Einrichtung, die zu Ihrer Zeit und Ihren Interessen passt."
            ),
        },
        {
            "key": "seek",
            "title": "Wir suchen Freiwillige",
            "text": (
                "Ihr Verein oder Ihre Initiative braucht Unterstützung – wir helfen Ihnen, neue "
                "Freiwillige zu finden."
            ),
        },
        {
            "key": "nominate",
            "title": "Jemanden vorschlagen",
            "text": (
                "Schlagen Sie eine Person oder eine Gruppe für die Ehrenamtsmedaille der Stadt "
                "oder für einen Dankesbrief vor."
            ),
        },
        {
            "key": "advice",
            "title": "Beratung erhalten",
            "text": (
                "Wir beraten Sie persönlich zu allen Fragen rund um das Ehrenamt – ob Sie sich "
                "selbst engagieren oder einen Verein vertreten."
            ),
        },
    ],
}

TAXONOMY = {
    "districts": ["Kernstadt", "Erdorf", "Irsch", "Masholder", "Matzen", "Mötsch", "Stahl"],
    "fields_of_activity": [
        ("soziales", "Soziales"),
        ("kultur", "Kultur"),
        ("theater", "Theater"),
        ("sport", "Sport"),
        ("umwelt-natur", "Umwelt & Natur"),
        ("politik-beteiligung", "Politik & Beteiligung"),
        ("freizeit", "Freizeit"),
        ("musik", "Musik"),
        ("kirche-glaube", "Kirche & Glaube"),
        ("bildung-hausaufgabenhilfe", "Bildung & Hausaufgabenhilfe"),
        ("integration-migration", "Integration & Migration"),
        ("rettung-katastrophenschutz", "Rettung & Katastrophenschutz"),
        ("gesundheit-pflege", "Gesundheit & Pflege"),
    ],
    "target_groups": [
        ("kinder-jugendliche", "Kinder und Jugendliche"),
        ("familien", "Familien"),
        ("seniorinnen-senioren", "Seniorinnen und Senioren"),
        ("menschen-mit-behinderung", "Menschen mit Behinderung"),
        ("gefluechtete-zugewanderte", "Geflüchtete und Zugewanderte"),
        ("menschen-in-schwierigen-lebenslagen", "Menschen in schwierigen Lebenslagen"),
        ("alle-generationen", "Alle Generationen"),
        ("vereine-initiativen", "Vereine und Initiativen"),
    ],
}

INFO_PAGES = [
    {
        "slug": "versicherung",
        "title": "Versicherungsschutz im Ehrenamt",
        "search_description": (
            "Wie sind Ehrenamtliche in Rheinland-Pfalz versichert? Infos zur Sammelversicherung "
            "des Landes und zum Schutz über Ihre Organisation."
        ),
        "intro": (
            "Wer sich freiwillig engagiert, soll gut abgesichert sein. Hier lesen Sie, welcher "
            "Versicherungsschutz für Ehrenamtliche in Bitburg gilt."
        ),
        "plain_summary": (
            "Beim Ehrenamt kann ein Unfall oder ein Schaden passieren. Eine Versicherung zahlt "
            "dann die Kosten. Oft ist Ihr Verein versichert. Wenn nicht, hilft oft die "
            "Versicherung vom Land Rheinland-Pfalz. Fragen Sie zuerst Ihren Verein."
        ),
        "body": [
            ("heading", "Warum Versicherungsschutz wichtig ist"),
            (
                "paragraph",
                (
                    "<p>Beim Ehrenamt kann – wie überall im Leben – etwas schiefgehen. Sie "
                    "stolpern beim Aufbau für ein Fest und verletzen sich. Oder Sie beschädigen "
                    "aus Versehen etwas, das einer anderen Person gehört. Für solche Fälle gibt "
                    "es zwei wichtige Arten von Versicherungen:</p>"
                    "<ul>"
                    "<li><strong>Unfallversicherung:</strong> Sie hilft, wenn Sie selbst bei "
                    "Ihrer freiwilligen Tätigkeit verletzt werden.</li>"
                    "<li><strong>Haftpflichtversicherung:</strong> Sie zahlt, wenn Sie bei Ihrer "
                    "Tätigkeit einer anderen Person aus Versehen einen Schaden zufügen.</li></ul>"
                ),
            ),
            ("heading", "Erster Schritt: Fragen Sie Ihre Organisation"),
            (
                "paragraph",
                (
                    "<p>Viele Vereine, Verbände, Kirchengemeinden und Einrichtungen haben für "
                    "ihre Ehrenamtlichen eine eigene Versicherung abgeschlossen. Manche "
                    "Tätigkeiten sind außerdem über die gesetzliche Unfallversicherung "
                    "abgesichert. Welcher Schutz für Sie gilt, hängt also von Ihrer Aufgabe und "
                    "von Ihrer Organisation ab.</p>"
                    "<p>Stellen Sie deshalb am besten schon vor dem Start diese Fragen: Wie bin "
                    "ich bei Ihnen versichert? Gilt der Schutz auch auf dem Weg zum Einsatz? Was "
                    "muss ich tun, wenn etwas passiert?</p>"
                ),
            ),
            ("heading", "Die Sammelversicherung des Landes Rheinland-Pfalz"),
            (
                "paragraph",
                (
                    "<p>Seit dem <strong>1. Januar 2004</strong> gibt es in Rheinland-Pfalz eine "
                    "Sammelversicherung des Landes für Ehrenamtliche. Sie umfasst eine "
                    "<strong>Unfallversicherung</strong> und eine "
                    "<strong>Haftpflichtversicherung</strong>.</p>"
                    "<p>Wichtig: Diese Versicherung ist <em>nachrangig</em>. Das bedeutet: Sie "
                    "springt nur dann ein, wenn kein anderer Versicherungsschutz greift, zum "
                    "Beispiel über Ihre Organisation. Gedacht ist sie vor allem für Gruppen ohne "
                    "eigene Rechtsform. Das sind etwa Nachbarschaftshilfen, Projektgruppen oder "
                    "lose Initiativen, die kein eingetragener Verein sind.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Die genauen Bedingungen und Leistungen der Sammelversicherung legt das Land "
                    "fest. Sie können sich ändern. Aktuelle Informationen finden Sie immer auf "
                    "dem Ehrenamtsportal des Landes: https://wir-tun-was.rlp.de/"
                ),
            ),
            ("heading", "Wenn etwas passiert ist"),
            (
                "paragraph",
                (
                    "<p>Melden Sie einen Unfall oder einen Schaden möglichst schnell Ihrer "
                    "Organisation. Schreiben Sie kurz auf, was wann und wo passiert ist. Notieren "
                    "Sie auch die Namen von Zeuginnen und Zeugen. Ihre Organisation weiß in der "
                    "Regel, welche Versicherung zuständig ist, und hilft bei der Meldung.</p>"
                    "<p>Sie engagieren sich in einer Gruppe ohne Verein und sind unsicher? Dann "
                    "rufen Sie uns an oder schreiben Sie uns. Wir helfen Ihnen, die richtige "
                    "Stelle zu finden. Die Informationen des Landes finden Sie unter "
                    '<a href="https://wir-tun-was.rlp.de/">wir-tun-was.rlp.de</a>.</p>'
                ),
            ),
            (
                "faq",
                [
                    (
                        "Bin ich automatisch versichert, wenn ich im Verein helfe?",
                        (
                            "<p>Oft ja, aber nicht immer. Das hängt von der Versicherung Ihres "
                            "Vereins und von Ihrer Aufgabe ab. Fragen Sie am besten den Vorstand "
                            "oder Ihre Ansprechperson im Verein.</p>"
                        ),
                    ),
                    (
                        "Muss ich selbst eine Versicherung abschließen?",
                        (
                            "<p>Das ist meist nicht nötig, wenn Ihre Organisation oder das Land "
                            "Sie absichert. Klären Sie die Frage trotzdem vor Beginn mit Ihrer "
                            "Organisation.</p>"
                        ),
                    ),
                    (
                        "Wer hilft mir bei Fragen zur Versicherung?",
                        (
                            "<p>Die Ehrenamts- und Freiwilligenagentur der Stadt Bitburg berät "
                            "Sie gern. Die Kontaktdaten finden Sie auf der Seite „Kontakt und "
                            "Beratung“.</p>"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "auslagenersatz",
        "title": "Auslagenersatz: Kosten im Ehrenamt",
        "search_description": (
            "Fahrtkosten, Telefon, Material: So bekommen Ehrenamtliche ihre Auslagen erstattet. "
            "Dazu: Übungsleiter- und Ehrenamtspauschale kurz erklärt."
        ),
        "intro": (
            "Ehrenamt ist unbezahlt – aber es soll Sie kein eigenes Geld kosten. Hier erfahren "
            "Sie, wie Sie Ihre Ausgaben zurückbekommen."
        ),
        "plain_summary": (
            "Im Ehrenamt bekommen Sie keinen Lohn. Aber manchmal haben Sie Kosten, zum Beispiel "
            "für eine Fahrt. Diese Kosten heißen Auslagen. Ihr Verein kann Ihnen das Geld "
            "zurückzahlen. Dafür brauchen Sie meist eine Quittung, also einen Zettel mit dem "
            "Preis."
        ),
        "body": [
            ("heading", "Was ist Auslagenersatz?"),
            (
                "paragraph",
                (
                    "<p>Wenn Sie sich freiwillig engagieren, geben Sie manchmal eigenes Geld aus. "
                    "Sie fahren mit dem Auto zu einem Termin, telefonieren mit Teilnehmenden oder "
                    "kaufen Bastelmaterial für eine Kindergruppe. Diese tatsächlichen Kosten "
                    "nennt man <strong>Auslagen</strong>. Wenn Ihre Organisation sie Ihnen "
                    "zurückzahlt, heißt das <strong>Auslagenersatz</strong>.</p>"
                    "<p>Typische Auslagen sind zum Beispiel:</p>"
                    "<ul>"
                    "<li>Fahrtkosten mit Bus, Bahn oder dem eigenen Auto</li>"
                    "<li>Kosten für Telefon und Porto</li>"
                    "<li>Material, etwa für Bastelangebote, Pflanzaktionen oder Büroarbeit</li>"
                    "<li>Eintrittsgelder, wenn Sie eine Gruppe begleiten</li></ul>"
                    "<p>Auslagenersatz ist kein Lohn. Sie bekommen nur das Geld zurück, das Sie "
                    "wirklich ausgegeben haben.</p>"
                ),
            ),
            ("heading", "Belege sammeln"),
            (
                "paragraph",
                (
                    "<p>Heben Sie Quittungen, Kassenbons und Fahrkarten gut auf. Bei Fahrten mit "
                    "dem eigenen Auto schreiben Sie am besten Datum, Strecke, Anlass und "
                    "Kilometer auf. Viele Vereine haben dafür ein einfaches Formular. Reichen Sie "
                    "Ihre Belege regelmäßig ein, zum Beispiel einmal im Monat oder nach dem Ende "
                    "eines Projekts.</p>"
                ),
            ),
            ("heading", "Übungsleiterpauschale und Ehrenamtspauschale"),
            (
                "paragraph",
                (
                    "<p>Vielleicht haben Sie schon von der <strong>Übungsleiterpauschale</strong> "
                    "und der <strong>Ehrenamtspauschale</strong> gehört. Beide sind "
                    "<em>Steuerfreibeträge</em>. Das heißt: Für bestimmte Tätigkeiten im "
                    "gemeinnützigen Bereich kann Ihnen eine Organisation im Jahr einen Betrag bis "
                    "zu einer festen Höhe zahlen. Darauf müssen Sie dann keine Steuern zahlen.</p>"
                    "<ul>"
                    "<li>Die Übungsleiterpauschale gilt für bestimmte Tätigkeiten, zum Beispiel "
                    "als Trainerin oder Übungsleiter, in der Ausbildung, in der Betreuung oder in "
                    "der Pflege.</li>"
                    "<li>Die Ehrenamtspauschale gilt für andere Tätigkeiten im gemeinnützigen "
                    "Bereich, zum Beispiel in der Vereinsverwaltung oder als Platzwart.</li></ul>"
                    "<p>Ob ein Verein eine Pauschale zahlt und wie hoch sie ist, entscheidet der "
                    "Verein selbst. Einen Anspruch darauf gibt es nicht. Die aktuell gültigen "
                    "Höchstbeträge stehen im Einkommensteuergesetz. Sie werden von Zeit zu Zeit "
                    "geändert. Aktuelle Informationen finden Sie auf den Seiten des "
                    "Bundesfinanzministeriums und auf dem Ehrenamtsportal des Landes unter "
                    '<a href="https://wir-tun-was.rlp.de/">wir-tun-was.rlp.de</a>. Bei Fragen '
                    "zu Ihrer eigenen Steuer hilft Ihnen das Finanzamt oder eine "
                    "Steuerberatung.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Gut zu wissen für die Ehrenamtskarte: Eine Pauschale, die über die "
                    "Erstattung echter Kosten hinausgeht, kann einem Antrag im Weg stehen. Der "
                    "Ersatz tatsächlicher Auslagen ist dagegen kein Problem."
                ),
            ),
            ("heading", "Was Sie vorher absprechen sollten"),
            (
                "paragraph",
                (
                    "<p>Damit es später keine Missverständnisse gibt, klären Sie am besten vor "
                    "dem Start mit Ihrer Organisation:</p>"
                    "<ul>"
                    "<li>Welche Kosten werden erstattet, welche nicht?</li>"
                    "<li>Wie viel Geld gibt es pro gefahrenem Kilometer?</li>"
                    "<li>Muss ich größere Ausgaben vorher genehmigen lassen?</li>"
                    "<li>Wie und bis wann reiche ich meine Belege ein?</li>"
                    "<li>Wer ist meine Ansprechperson für die Abrechnung?</li></ul>"
                    "<p>Halten Sie diese Absprachen schriftlich fest, zum Beispiel in einer "
                    "kurzen Vereinbarung oder einer E-Mail.</p>"
                ),
            ),
            (
                "faq",
                [
                    (
                        "Muss ich Auslagenersatz versteuern?",
                        (
                            "<p>Wenn nur echte und belegte Kosten erstattet werden, ist das in "
                            "der Regel kein Verdienst. Wenn Sie unsicher sind, fragen Sie bitte "
                            "Ihr Finanzamt.</p>"
                        ),
                    ),
                    (
                        "Kann ich auf die Erstattung verzichten?",
                        (
                            "<p>Ja. Manche Engagierte verzichten bewusst darauf. Unter bestimmten "
                            "Bedingungen kann Ihr Verein Ihnen dafür eine Spendenbescheinigung "
                            "ausstellen. Fragen Sie dazu Ihren Verein.</p>"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "kompetenznachweis",
        "title": "Kompetenznachweis: Ihr Engagement sichtbar machen",
        "search_description": (
            "Ein Nachweis über ehrenamtliches Engagement zeigt, was Sie können – hilfreich bei "
            "Bewerbungen um Ausbildung, Studium und Arbeit."
        ),
        "intro": (
            "Im Ehrenamt lernen Sie viel. Ein Kompetenznachweis hält fest, was Sie getan haben "
            "und was Sie dabei gelernt haben."
        ),
        "plain_summary": (
            "Im Ehrenamt lernen Sie neue Dinge. Ein Kompetenznachweis ist ein Schreiben darüber. "
            "Dort steht, was Sie gemacht haben und was Sie gut können. Das hilft, wenn Sie sich "
            "für eine Arbeit oder eine Ausbildung bewerben. Ihr Verein schreibt den Nachweis, und "
            "wir helfen dabei."
        ),
        "body": [
            ("heading", "Was ist ein Kompetenznachweis?"),
            (
                "paragraph",
                (
                    "<p>Ein Kompetenznachweis ist eine schriftliche Bestätigung über Ihr "
                    "freiwilliges Engagement. Man sagt auch <em>Nachweis über ehrenamtliches "
                    "Engagement</em>. Darin steht zum Beispiel:</p>"
                    "<ul>"
                    "<li>bei welcher Organisation Sie aktiv sind oder waren,</li>"
                    "<li>seit wann und ungefähr wie viele Stunden,</li>"
                    "<li>welche Aufgaben Sie übernommen haben,</li>"
                    "<li>welche Fortbildungen Sie besucht haben,</li>"
                    "<li>welche Fähigkeiten Sie gezeigt oder neu gelernt haben.</li></ul>"
                    "<p>Das können fachliche Kenntnisse sein, zum Beispiel in Erster Hilfe oder "
                    "im Umgang mit einer Vereinskasse. Oft geht es aber um persönliche Stärken: "
                    "Verantwortung übernehmen, im Team arbeiten, Streit schlichten oder eine "
                    "Gruppe anleiten.</p>"
                ),
            ),
            ("heading", "Warum der Nachweis hilft"),
            (
                "paragraph",
                (
                    "<p>Bei einer Bewerbung zählen nicht nur Schulnoten und Zeugnisse. Betriebe "
                    "möchten auch wissen, wie ein Mensch arbeitet und was ihm wichtig ist. Ein "
                    "Nachweis über Ihr Engagement zeigt das ganz konkret. Besonders nützlich ist "
                    "er:</p>"
                    "<ul>"
                    "<li>für junge Menschen, die einen Ausbildungsplatz, ein Praktikum oder einen "
                    "Studienplatz suchen,</li>"
                    "<li>beim Wiedereinstieg in den Beruf, etwa nach einer Familienzeit,</li>"
                    "<li>für Menschen, die neu in Deutschland sind und hier noch keine "
                    "Arbeitszeugnisse haben,</li>"
                    "<li>bei Bewerbungen um ein Stipendium oder einen "
                    "Freiwilligendienst.</li></ul>"
                ),
            ),
            ("heading", "So bekommen Sie einen Nachweis"),
            (
                "paragraph",
                (
                    "<ol>"
                    "<li><strong>Sprechen Sie Ihre Organisation an.</strong> Die Leitung Ihres "
                    "Vereins oder Ihrer Einrichtung kennt Ihre Arbeit am besten. Sie stellt den "
                    "Nachweis aus und unterschreibt ihn.</li>"
                    "<li><strong>Sammeln Sie Stichpunkte.</strong> Schreiben Sie vorher auf, "
                    "welche Aufgaben Sie hatten und was Ihnen dabei gelungen ist. Das macht das "
                    "Schreiben leichter.</li>"
                    "<li><strong>Holen Sie sich Unterstützung.</strong> Die Ehrenamts- und "
                    "Freiwilligenagentur berät Sie und Ihre Organisation gern. Wir helfen bei den "
                    "Formulierungen und haben Beispiele, an denen Sie sich orientieren "
                    "können.</li></ol>"
                ),
            ),
            (
                "notice",
                (
                    "Unser Tipp: Lassen Sie sich den Nachweis schon während Ihres Engagements "
                    "ausstellen und nicht erst Jahre später. Dann sind die Erinnerungen noch "
                    "frisch, und Ihre Ansprechpersonen sind noch im Verein."
                ),
            ),
            (
                "faq",
                [
                    (
                        (
                            "Ich engagiere mich in einer Initiative ohne Verein. Bekomme ich "
                            "trotzdem einen Nachweis?"
                        ),
                        (
                            "<p>Ja, auch Initiativen und Gruppen ohne eigene Rechtsform können "
                            "Ihr Engagement bestätigen. Wenn Sie unsicher sind, sprechen Sie uns "
                            "an. Wir suchen gemeinsam mit Ihnen eine Lösung.</p>"
                        ),
                    ),
                    (
                        "Wie nutze ich den Nachweis bei einer Bewerbung?",
                        (
                            "<p>Legen Sie ihn Ihrer Bewerbung als Anlage bei. Nennen Sie Ihr "
                            "Engagement auch im Lebenslauf, zum Beispiel unter der Überschrift "
                            "„Ehrenamtliches Engagement“.</p>"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "fortbildungen",
        "title": "Fortbildungen für Engagierte und Vereine",
        "search_description": (
            "Workshops und Fortbildungen für Ehrenamtliche und Vereine in Bitburg: Pressearbeit, "
            "Erste Hilfe, Vereinsführung und Angebote des Landes."
        ),
        "intro": (
            "Gut vorbereitet macht das Ehrenamt noch mehr Freude. Unser Fortbildungsprogramm "
            "richtet sich an Engagierte und an Vereine in Bitburg und in den Stadtteilen."
        ),
        "plain_summary": (
            "Eine Fortbildung ist ein Kurs. Dort lernen Sie etwas Neues für Ihr Ehrenamt. Die "
            "Kurse sind für Freiwillige und für Vereine. Alle Termine stehen im "
            "Veranstaltungskalender. Dort können Sie sich auch anmelden."
        ),
        "body": [
            ("heading", "Lernen im Ehrenamt"),
            (
                "paragraph",
                (
                    "<p>Wer sich engagiert, übernimmt Verantwortung. Manche Aufgaben sind neu, "
                    "andere ändern sich mit der Zeit. Deshalb bietet die Ehrenamts- und "
                    "Freiwilligenagentur zusammen mit Partnern aus dem Netzwerk „Engagierte Stadt "
                    "Bitburg“ regelmäßig Fortbildungen an. Sie sind praxisnah und greifen die "
                    "Fragen von Vereinen und Freiwilligen vor Ort auf.</p>"
                ),
            ),
            ("heading", "Unsere Themen"),
            (
                "paragraph",
                (
                    "<h3>Presse- und Öffentlichkeitsarbeit</h3>"
                    "<p>Ihr Verein hat ein schönes Fest gefeiert oder sucht neue Mitglieder? Dann "
                    "sollen das auch andere erfahren. Im Workshop „Wie schreibe ich einen "
                    "Pressebericht?“ lernen Sie, wie ein guter Text aufgebaut ist, welche Fotos "
                    "passen und wie Sie Ihre Nachricht an Zeitungen und Online-Medien schicken. "
                    "Auch die eigene Internetseite und soziale Medien sind ein Thema.</p>"
                    "<h3>Erste Hilfe auffrischen</h3>"
                    "<p>Bei Jugendfreizeiten, Sportangeboten oder Festen ist es gut, wenn jemand "
                    "im Notfall richtig handeln kann. In kurzen Auffrischungskursen üben Sie die "
                    "wichtigsten Handgriffe. Dafür arbeiten wir mit erfahrenen Partnern aus dem "
                    "Rettungswesen zusammen.</p>"
                    "<h3>Vereinsführung und Verwaltung</h3>"
                    "<p>Vorstandsarbeit, Kasse, Mitgliederversammlung, Datenschutz im Verein und "
                    "die Suche nach Nachwuchs für den Vorstand: Hier bekommen Vorstände und alle, "
                    "die es werden möchten, praktisches Wissen und Zeit für den Austausch.</p>"
                    "<h3>Neue Freiwillige gewinnen und begleiten</h3>"
                    "<p>Wie beschreibe ich eine Aufgabe so, dass sich Menschen angesprochen "
                    "fühlen? Wie begrüße ich neue Helferinnen und Helfer? Wie bleiben wir in "
                    "Kontakt? Auch dazu gibt es Angebote.</p>"
                ),
            ),
            ("heading", "Angebote des Landes"),
            (
                "paragraph",
                (
                    "<p>Auch das Land Rheinland-Pfalz unterstützt Engagierte. Die "
                    "<strong>Leitstelle Ehrenamt und Bürgerbeteiligung</strong> in der "
                    "Staatskanzlei informiert über Fortbildungen, Veranstaltungen und "
                    "Förderprogramme für Ehrenamtliche und Vereine. Wir geben diese Informationen "
                    "weiter und helfen Ihnen bei Fragen. Einen Überblick bietet das "
                    "Ehrenamtsportal des Landes unter "
                    '<a href="https://wir-tun-was.rlp.de/">wir-tun-was.rlp.de</a>.</p>'
                ),
            ),
            (
                "notice",
                (
                    "Alle aktuellen Termine, Orte und Anmeldefristen finden Sie in unserem "
                    "Veranstaltungskalender. Viele Kurse haben nur wenige Plätze. Melden Sie sich "
                    "deshalb bitte rechtzeitig an."
                ),
            ),
            ("heading", "Ihr Thema fehlt?"),
            (
                "paragraph",
                (
                    "<p>Sie wünschen sich eine Fortbildung zu einem bestimmten Thema? Oder Ihr "
                    "Verein möchte selbst einen Workshop anbieten? Sagen Sie uns Bescheid. Wir "
                    "nehmen Ihre Ideen gern auf und planen neue Angebote gemeinsam mit unseren "
                    "Partnern.</p>"
                ),
            ),
            (
                "faq",
                [
                    (
                        "Was kosten die Fortbildungen?",
                        (
                            "<p>Das hängt vom Angebot ab. Ob eine Teilnahme etwas kostet, steht "
                            "bei jeder Veranstaltung im Kalender.</p>"
                        ),
                    ),
                    (
                        "Muss ich Mitglied in einem Verein sein?",
                        (
                            "<p>Nein. Die meisten Fortbildungen stehen allen Interessierten "
                            "offen. Manche Workshops richten sich gezielt an Vorstände oder an "
                            "bestimmte Gruppen. Das steht dann in der Beschreibung.</p>"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "ehrenamtskarte",
        "title": "Ehrenamtskarte und Jubiläums-Ehrenamtskarte",
        "search_description": (
            "Die Ehrenamtskarte Rheinland-Pfalz in Bitburg: Voraussetzungen, Antrag und "
            "Jubiläums-Ehrenamtskarte für 25 Jahre Engagement."
        ),
        "intro": (
            "Mit der Ehrenamtskarte sagen das Land Rheinland-Pfalz und die Stadt Bitburg Danke "
            "für Ihr Engagement. Hier lesen Sie, wer die Karte bekommen kann und wie der Antrag "
            "funktioniert."
        ),
        "plain_summary": (
            "Die Ehrenamtskarte ist ein Dankeschön für Ihr Ehrenamt. Sie bekommen die Karte ab 14 "
            "Jahren, wenn Sie im Durchschnitt 5 Stunden pro Woche ohne Lohn helfen. Die Karte "
            "kostet nichts und gilt 2 Jahre. Nach 25 Jahren Ehrenamt gibt es die Jubiläums-Karte. "
            "Sie gilt für das ganze Leben."
        ),
        "body": [
            ("heading", "Was ist die Ehrenamtskarte?"),
            (
                "paragraph",
                (
                    "<p>Die Ehrenamtskarte Rheinland-Pfalz ist ein Zeichen der Anerkennung. Sie "
                    "ist für Menschen, die sich viel und über längere Zeit freiwillig engagieren. "
                    "Die Stadt Bitburg macht bei der Ehrenamtskarte mit. Mit der Karte erhalten "
                    "Sie bei teilnehmenden Partnern Vergünstigungen, zum Beispiel bei Freizeit- "
                    "und Kulturangeboten. Welche Partner es gibt, steht auf dem Ehrenamtsportal "
                    "des Landes unter "
                    '<a href="https://wir-tun-was.rlp.de/">wir-tun-was.rlp.de</a>.</p>'
                ),
            ),
            ("heading", "Wer kann die Ehrenamtskarte bekommen?"),
            (
                "paragraph",
                (
                    "<p>Sie können die Karte beantragen, wenn diese Punkte auf Sie zutreffen:</p>"
                    "<ul>"
                    "<li>Sie sind mindestens <strong>14 Jahre</strong> alt.</li>"
                    "<li>Sie engagieren sich im Durchschnitt mindestens <strong>5 Stunden pro "
                    "Woche</strong> oder <strong>250 Stunden im Jahr</strong>. Sie dürfen die "
                    "Stunden aus mehreren Organisationen zusammenzählen. Auch einzelne Einsätze, "
                    "die viel Zeit kosten, zählen mit.</li>"
                    "<li>Ihr Engagement ist auf Dauer angelegt. In der Regel üben Sie es schon "
                    "seit mindestens <strong>einem Jahr</strong> aus.</li>"
                    "<li>Sie bekommen dafür <strong>kein Geld</strong>. Erlaubt ist nur die "
                    "Erstattung Ihrer echten Kosten, etwa für Telefon, Material oder Fahrten.</li>"
                    "<li>Sie engagieren sich in der Regel in einer Kommune, die bei der "
                    "Ehrenamtskarte mitmacht. Bitburg gehört dazu.</li></ul>"
                    "<p>Es zählt Engagement in Vereinen, Verbänden, Kirchen, Initiativen, "
                    "Freiwilligendiensten und Selbsthilfegruppen. Auch politische und öffentliche "
                    "Ehrenämter werden anerkannt.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Bitte beachten Sie: Eine Mitgliedschaft allein zählt nicht als Engagement. "
                    "Auch reine Bereitschaftszeiten, in denen Sie nur auf einen Einsatz warten, "
                    "werden nicht angerechnet."
                ),
            ),
            ("heading", "Wie lange gilt die Karte?"),
            (
                "paragraph",
                (
                    "<p>Die Ehrenamtskarte ist <strong>kostenlos</strong> und gilt <strong>zwei "
                    "Jahre</strong>. Danach können Sie einen neuen Antrag stellen, wenn Sie die "
                    "Voraussetzungen weiterhin erfüllen.</p>"
                ),
            ),
            ("heading", "Die Jubiläums-Ehrenamtskarte"),
            (
                "paragraph",
                (
                    "<p>Seit August 2018 gibt es zusätzlich die Jubiläums-Ehrenamtskarte. Sie ist "
                    "für Menschen, die sich insgesamt mindestens <strong>25 Jahre</strong> lang "
                    "ehrenamtlich engagiert haben – in einer oder in mehreren Organisationen. "
                    "Weitere Bedingungen gibt es nicht: keine Mindeststunden und keine "
                    "Altersgrenze.</p>"
                    "<p>Die Jubiläumskarte können auch Menschen bekommen, die heute aus Alters- "
                    "oder Gesundheitsgründen nicht mehr aktiv sein können. Sie gilt <strong>ein "
                    "Leben lang</strong>. Sie beantragen die Karte selbst, oder ein Verein, ein "
                    "Verband oder die Stadt schlägt Sie vor.</p>"
                ),
            ),
            ("heading", "So läuft der Antrag ab"),
            (
                "paragraph",
                (
                    "<ol>"
                    "<li><strong>Antrag stellen:</strong> Sie füllen den Antrag aus, zum Beispiel "
                    "online auf dieser Seite.</li>"
                    "<li><strong>Bestätigung:</strong> Ihre Organisation bestätigt, seit wann Sie "
                    "aktiv sind und wie viele Stunden Sie sich engagieren.</li>"
                    "<li><strong>Prüfung:</strong> Die Stadt Bitburg prüft den Antrag. Dann "
                    "schickt sie ihn an die Leitstelle Ehrenamt und Bürgerbeteiligung in der "
                    "Staatskanzlei.</li>"
                    "<li><strong>Übergabe:</strong> Die Karte wird gedruckt. Die Stadt Bitburg "
                    "überreicht sie Ihnen.</li></ol>"
                    "<p>Ob Sie die Voraussetzungen erfüllen, zeigt Ihnen vorher unser kurzer "
                    "Eignungs-Check.</p>"
                ),
            ),
            (
                "faq",
                [
                    (
                        "Ich engagiere mich in zwei Vereinen. Darf ich die Stunden zusammenzählen?",
                        (
                            "<p>Ja. Die Stunden aus mehreren Organisationen dürfen Sie addieren. "
                            "Jede Organisation bestätigt dann die Stunden, die Sie bei ihr "
                            "leisten.</p>"
                        ),
                    ),
                    (
                        (
                            "Ich bekomme eine kleine Pauschale. Kann ich die Karte trotzdem "
                            "beantragen?"
                        ),
                        (
                            "<p>Das hängt vom Einzelfall ab. Wenn die Pauschale nur Ihre echten "
                            "Kosten ausgleicht und Ihre Organisation das bestätigt, kann es "
                            "möglich sein. Die Stadt prüft solche Fälle einzeln.</p>"
                        ),
                    ),
                    (
                        "Ich bin erst 15. Darf ich schon einen Antrag stellen?",
                        (
                            "<p>Ja. Das Mindestalter liegt bei 14 Jahren. Ältere Informationen "
                            "nennen manchmal noch 16 Jahre – das gilt nicht mehr.</p>"
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "ueber-uns",
        "title": "Über uns: die Ehrenamts- und Freiwilligenagentur",
        "search_description": (
            "Die Ehrenamts- und Freiwilligenagentur der Stadt Bitburg berät, vernetzt und würdigt "
            "Engagierte und Vereine – offen für alle Menschen."
        ),
        "intro": (
            "Wir sind die zentrale Anlaufstelle für Ehrenamt und freiwilliges Engagement in "
            "Bitburg. Wir beraten, wir vernetzen und wir sagen Danke."
        ),
        "plain_summary": (
            "Wir arbeiten bei der Stadt Bitburg. Wir helfen Menschen, die freiwillig helfen "
            "wollen. Wir helfen auch Vereinen, die Helferinnen und Helfer suchen. Alle Menschen "
            "können zu uns kommen. Sie können uns anrufen oder schreiben."
        ),
        "body": [
            ("heading", "Wer wir sind"),
            (
                "paragraph",
                (
                    "<p>Die Ehrenamts- und Freiwilligenagentur gehört zur Stadtverwaltung "
                    "Bitburg. Sie hat am <strong>1. März 2021</strong> ihre Arbeit begonnen, als "
                    "Teilzeitstelle in der Verwaltung. Von Anfang an arbeiten wir eng mit dem "
                    "Netzwerk <strong>„Engagierte Stadt Bitburg“</strong> zusammen.</p>"
                    "<p>Bitburg ist seit 2015 Teil des bundesweiten Netzwerkprogramms „Engagierte "
                    "Stadt“. Ein wichtiger Partner ist dabei der Caritasverband Westeifel. Viele "
                    "Vereine, Initiativen, Kirchengemeinden und Einrichtungen bringen ihre "
                    "Erfahrung in das Netzwerk ein. Auf diesen Stärken baut die Agentur auf.</p>"
                ),
            ),
            ("heading", "Was wir tun"),
            (
                "paragraph",
                (
                    "<h3>Beraten</h3>"
                    "<p>Sie möchten sich engagieren, wissen aber noch nicht, wo? Wir sprechen mit "
                    "Ihnen über Ihre Interessen, Ihre Zeit und Ihre Fähigkeiten. Dann suchen wir "
                    "gemeinsam ein passendes Angebot. Wir informieren auch über Rahmenbedingungen "
                    "wie Versicherung, Auslagenersatz und Kompetenznachweise.</p>"
                    "<h3>Vernetzen</h3>"
                    "<p>Vereine und Initiativen unterstützen wir bei der Suche nach neuen "
                    "Freiwilligen. Wir helfen bei der Presse- und Öffentlichkeitsarbeit, zum "
                    "Beispiel mit Workshops. Außerdem informieren wir über Angebote und "
                    "Fördermöglichkeiten der Leitstelle Ehrenamt und Bürgerbeteiligung des "
                    "Landes.</p>"
                    "<h3>Anerkennen</h3>"
                    "<p>Engagement verdient Dank. Bei uns beantragen Sie die Ehrenamtskarte und "
                    "die Jubiläums-Ehrenamtskarte. Wir betreuen die Ehrenamtsmedaille der Stadt "
                    "und die Dankesbriefe des Bürgermeisters. Außerdem koordinieren wir die "
                    "Teilnahme an Landesveranstaltungen und Bewerbungen für Landespreise.</p>"
                ),
            ),
            ("heading", "Aktionen und Projekte"),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><strong>Bitburg erblüht:</strong> Seit 2021 setzen sich Bürgerinnen und "
                    "Bürger für mehr Artenvielfalt in der Stadt ein. Dazu gehören eine "
                    "Bürgerbefragung, Pflanzaktionen und Patenschaften für Blühflächen.</li>"
                    "<li><strong>Bitburg in Bewegung:</strong> Bitburg beteiligt sich an der "
                    "Landesinitiative „Land in Bewegung“. Ziel sind mehr Bewegung, Sport und "
                    "Gesundheit für alle Altersgruppen.</li>"
                    "<li><strong>Bitburg engagiert sich:</strong> Alle zwei Jahre feiern wir beim "
                    "Vereinsfest die vielen Engagierten in unserer Stadt. Vereine stellen sich "
                    "vor und laden zum Mitmachen ein.</li></ul>"
                ),
            ),
            ("heading", "Offen für alle"),
            (
                "paragraph",
                (
                    "<p>Unser Angebot richtet sich an alle Menschen in der Kernstadt und in den "
                    "Stadtteilen Erdorf, Irsch, Masholder, Matzen, Mötsch und Stahl. Es ist ganz "
                    "gleich, wie alt Sie sind, woher Sie kommen, welche Religion oder "
                    "Staatsangehörigkeit Sie haben und welchen Beruf Sie ausüben. Auch Vereine, "
                    "Initiativen, Kirchengemeinden und soziale Einrichtungen können sich "
                    "jederzeit an uns wenden.</p>"
                ),
            ),
            (
                "notice",
                (
                    "So erreichen Sie uns: Stadtverwaltung Bitburg, Ehrenamts- und "
                    "Freiwilligenagentur, Rathausplatz 3, 54634 Bitburg. Telefon (Vermittlung): "
                    "06561 6001-0. E-Mail: ehrenamt@example.org. Gesprächstermine nach "
                    "Vereinbarung."
                ),
            ),
        ],
    },
    {
        "slug": "impressum",
        "title": "Impressum",
        "search_description": (
            "Impressum der Demo-Website der Ehrenamts- und Freiwilligenagentur der Stadt Bitburg."
        ),
        "intro": "Angaben zum Anbieter dieser Website.",
        "plain_summary": "",
        "body": [
            ("heading", "Anbieter"),
            (
                "paragraph",
                (
                    "<p><strong>Stadt Bitburg</strong></p>"
                    "<p>Stadtverwaltung Bitburg, Ehrenamts- und Freiwilligenagentur</p>"
                    "<p>Rathausplatz 3, 54634 Bitburg</p>"
                    "<p>Telefon (Vermittlung): 06561 6001-0</p>"
                    "<p>E-Mail: ehrenamt@example.org</p>"
                    "<p>Die Stadt Bitburg ist eine Körperschaft des öffentlichen Rechts. Sie wird "
                    "vertreten durch den Bürgermeister der Stadt Bitburg.</p>"
                ),
            ),
            ("heading", "Verantwortlich für die Inhalte"),
            (
                "paragraph",
                (
                    "<p>Für die Inhalte dieser Website ist die Ehrenamts- und Freiwilligenagentur "
                    "der Stadtverwaltung Bitburg verantwortlich (Anschrift wie oben). Beiträge "
                    "von Partnerorganisationen werden vor der Veröffentlichung geprüft. Für ihre "
                    "Angaben bleiben die Organisationen selbst verantwortlich.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Dies ist eine Demo-Installation. Alle Inhalte dienen nur zur Vorführung. "
                    "Angebote, Termine und Nachrichten sind Beispiele. Die E-Mail-Adresse ist ein "
                    "Platzhalter."
                ),
            ),
            ("heading", "Links zu anderen Websites"),
            (
                "paragraph",
                (
                    "<p>Diese Website enthält Links zu Seiten anderer Anbieter, zum Beispiel zum "
                    "Ehrenamtsportal des Landes Rheinland-Pfalz. Für deren Inhalte sind die "
                    "jeweiligen Anbieter verantwortlich. Wenn uns ein fehlerhafter Link auffällt "
                    "oder gemeldet wird, entfernen oder korrigieren wir ihn.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "search_description": (
            "Welche Daten diese Website speichert, wofür und wie lange – und welche Rechte Sie "
            "haben. Ohne Tracking und ohne fremde Dienste."
        ),
        "intro": (
            "Der Schutz Ihrer Daten ist uns wichtig. Hier erklären wir, welche Daten wir "
            "speichern, warum wir das tun und welche Rechte Sie haben."
        ),
        "plain_summary": (
            "Wir speichern nur Daten, die Sie uns selbst geben. Das passiert zum Beispiel, wenn "
            "Sie ein Formular ausfüllen. Wir nutzen die Daten nur für Ihr Anliegen. Nach einer "
            "festen Zeit löschen wir sie. Sie dürfen jederzeit fragen, was wir über Sie "
            "gespeichert haben."
        ),
        "body": [
            ("heading", "Verantwortliche Stelle"),
            (
                "paragraph",
                (
                    "<p>Verantwortlich für die Verarbeitung Ihrer Daten auf dieser Website ist "
                    "die Stadt Bitburg, Stadtverwaltung, Ehrenamts- und Freiwilligenagentur, "
                    "Rathausplatz 3, 54634 Bitburg. Telefon (Vermittlung): 06561 6001-0. E-Mail: "
                    "ehrenamt@example.org. Die behördliche Datenschutzbeauftragte oder den "
                    "behördlichen Datenschutzbeauftragten erreichen Sie über dieselbe "
                    "Anschrift.</p>"
                ),
            ),
            ("heading", "Welche Daten wir speichern"),
            (
                "paragraph",
                (
                    "<p>Sie können diese Website ohne Anmeldung und ohne Benutzerkonto nutzen. "
                    "Personenbezogene Daten speichern wir nur, wenn Sie uns diese selbst über ein "
                    "Formular schicken:</p>"
                    "<ul>"
                    "<li><strong>Beratungsanfrage:</strong> Name, Kontaktdaten, gewünschte "
                    "Sprache, Thema und Ihre Nachricht.</li>"
                    "<li><strong>Interesse an einem Engagement-Angebot:</strong> Ihre Angaben und "
                    "Ihre Nachricht an die Organisation, die das Angebot veröffentlicht hat.</li>"
                    "<li><strong>Anmeldung zu einer Veranstaltung:</strong> Name, Kontaktdaten "
                    "und die gewählte Veranstaltung.</li>"
                    "<li><strong>Vorschlag für eine Auszeichnung:</strong> Angaben zu Ihnen und "
                    "zur vorgeschlagenen Person oder Gruppe.</li>"
                    "<li><strong>Antrag auf die Ehrenamtskarte:</strong> die Angaben, die für die "
                    "Prüfung nötig sind.</li></ul>"
                    "<p>Mit jedem Formular speichern wir auch, welcher Einwilligungstext galt und "
                    "wann Sie ihn bestätigt haben. Beim Aufruf der Seiten verarbeitet unser "
                    "Server außerdem technisch notwendige Daten wie die IP-Adresse. Diese Daten "
                    "brauchen wir, um die Seiten auszuliefern und die Formulare vor Missbrauch zu "
                    "schützen.</p>"
                ),
            ),
            ("heading", "Zweck und Rechtsgrundlage"),
            (
                "paragraph",
                (
                    "<p>Wir nutzen Ihre Daten nur für Ihr Anliegen: um Sie zu beraten, den "
                    "Kontakt zu einer Organisation herzustellen, Ihre Anmeldung zu verwalten oder "
                    "einen Vorschlag zu prüfen. Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 "
                    "Abs. 1 lit. a DSGVO. Soweit die Stadt dabei eine Aufgabe im öffentlichen "
                    "Interesse erfüllt, zum Beispiel bei der Ehrenamtskarte oder bei Ehrungen, "
                    "ist Art. 6 Abs. 1 lit. e DSGVO die Grundlage.</p>"
                    "<p>Ihre Nachricht zu einem Engagement-Angebot sieht nur die Organisation, "
                    "die dieses Angebot veröffentlicht hat. Anträge auf die Ehrenamtskarte leiten "
                    "wir an die Leitstelle Ehrenamt und Bürgerbeteiligung in der Staatskanzlei "
                    "weiter. Darüber hinaus geben wir keine Daten an Dritte weiter, und wir "
                    "nutzen sie nie für Werbung.</p>"
                ),
            ),
            ("heading", "Wie lange wir Daten speichern"),
            (
                "paragraph",
                (
                    "<p>Wir speichern Ihre Daten nur so lange, wie wir sie für Ihr Anliegen "
                    "brauchen. Danach löschen oder anonymisieren wir sie. Beratungsanfragen "
                    "löschen wir zum Beispiel nach 12 Monaten. Für die anderen Formulare stehen "
                    "die Fristen im jeweiligen Einwilligungstext. Wenn Sie Ihre Einwilligung "
                    "widerrufen, löschen wir Ihre Daten früher, soweit uns kein Gesetz zur "
                    "Aufbewahrung verpflichtet.</p>"
                ),
            ),
            ("heading", "Kein Tracking, keine fremden Dienste"),
            (
                "paragraph",
                (
                    "<p>Diese Website nutzt keine Analyse- oder Werbedienste und keine Tracker. "
                    "Schriften, Bilder und Programmcode kommen von unserem eigenen Server. Wir "
                    "binden keine Inhalte von fremden Servern oder Content-Delivery-Netzwerken "
                    "(CDN) ein. Wir setzen nur Cookies, die technisch notwendig sind, zum "
                    "Beispiel für die Sicherheit von Formularen.</p>"
                ),
            ),
            ("heading", "Ihre Rechte"),
            (
                "paragraph",
                (
                    "<p>Sie haben jederzeit das Recht auf:</p>"
                    "<ul>"
                    "<li><strong>Auskunft</strong> über die Daten, die wir über Sie gespeichert "
                    "haben,</li>"
                    "<li><strong>Berichtigung</strong> falscher Daten,</li>"
                    "<li><strong>Löschung</strong> Ihrer Daten,</li>"
                    "<li><strong>Einschränkung</strong> der Verarbeitung,</li>"
                    "<li><strong>Widerspruch</strong> gegen eine Verarbeitung, die auf einer "
                    "öffentlichen Aufgabe beruht,</li>"
                    "<li><strong>Widerruf</strong> Ihrer Einwilligung mit Wirkung für die "
                    "Zukunft.</li></ul>"
                    "<p>Schreiben Sie uns dazu einfach eine E-Mail oder einen Brief. Sie können "
                    "sich außerdem bei der Aufsichtsbehörde beschweren. In Rheinland-Pfalz ist "
                    "das der Landesbeauftragte für den Datenschutz und die Informationsfreiheit "
                    "Rheinland-Pfalz.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "search_description": (
            "Wie barrierefrei diese Website ist, was noch fehlt, wie wir sie prüfen und wie "
            "Sie uns Barrieren melden."
        ),
        "intro": (
            "Alle Menschen sollen diese Website gut nutzen können. Hier steht, wie weit uns das "
            "gelingt, wo es noch Barrieren gibt und wie Sie uns Hinweise geben."
        ),
        "plain_summary": (
            "Wir wollen, dass alle diese Website gut nutzen können. Vieles klappt schon gut. "
            "Einiges ist noch nicht barrierefrei, zum Beispiel manche PDF-Dateien. Wenn Sie "
            "ein Problem finden, sagen Sie es uns bitte. Wir helfen Ihnen dann auf einem "
            "anderen Weg."
        ),
        "body": [
            ("heading", "Für welche Website diese Erklärung gilt"),
            (
                "paragraph",
                (
                    "<p>Die Stadt Bitburg ist als öffentliche Stelle verpflichtet, ihre Websites "
                    "barrierefrei zu gestalten. Grundlage sind das Landesinklusionsgesetz "
                    "Rheinland-Pfalz und die Anforderungen der Barrierefreie-"
                    "Informationstechnik-Verordnung (BITV 2.0), die auf die europäische Norm "
                    "EN 301 549 und damit auf die Richtlinien für barrierefreie Webinhalte "
                    "(WCAG 2.1, Stufe AA) verweist.</p>"
                    "<p>Diese Erklärung gilt für die Website der Ehrenamts- und "
                    "Freiwilligenagentur der Stadt Bitburg mit allen Sprachfassungen.</p>"
                ),
            ),
            ("heading", "Wie barrierefrei diese Website ist"),
            (
                "paragraph",
                (
                    "<p>Die Website ist <strong>teilweise barrierefrei</strong>. Die Seiten "
                    "lassen sich mit der Tastatur bedienen, haben eine klare Gliederung mit "
                    "Überschriften und Bereichen, ausreichende Kontraste und Formulare, deren "
                    "Felder und Fehlermeldungen beschriftet sind. Sie funktionieren ohne "
                    "JavaScript und lassen sich vergrößern. Die Sprache jeder Seite ist "
                    "ausgezeichnet, Arabisch und Persisch werden von rechts nach links "
                    "dargestellt.</p>"
                ),
            ),
            ("heading", "Was noch nicht barrierefrei ist"),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li><strong>PDF-Dateien:</strong> Die PDF-Dateien, die die Website erzeugt "
                    "(zum Beispiel der Antrag auf die Ehrenamtskarte und Dankschreiben), sind "
                    "noch nicht vollständig für Screenreader ausgezeichnet. Auf Wunsch senden "
                    "wir Ihnen die Inhalte in einer anderen Form.</li>"
                    "<li><strong>Inhalte der Partnerorganisationen:</strong> Vereine und "
                    "Initiativen stellen ihre Angebote selbst ein. Wir prüfen sie vor der "
                    "Veröffentlichung, trotzdem können einzelne Bilder eine zu knappe "
                    "Beschreibung haben oder Anhänge nicht barrierefrei sein.</li>"
                    "<li><strong>Übersetzungen:</strong> Noch nicht alle Seiten sind in alle "
                    "Sprachen übersetzt. Eine nicht übersetzte Seite erscheint auf Deutsch, mit "
                    "einem Hinweis in Ihrer Sprache.</li>"
                    "<li><strong>Leichte Sprache und Gebärdensprache:</strong> Es gibt noch "
                    "keine Informationen in Deutscher Gebärdensprache. Statt Leichter Sprache "
                    "bieten viele Seiten eine Zusammenfassung in einfacher Sprache.</li>"
                    "</ul>"
                    "<p>Wir arbeiten daran, diese Barrieren abzubauen.</p>"
                ),
            ),
            ("heading", "Wie wir die Barrierefreiheit prüfen"),
            (
                "paragraph",
                (
                    "<p>Diese Erklärung beruht auf einer Selbstbewertung der Stadt Bitburg. "
                    "Bei jeder Änderung der Website prüft ein automatischer Test jede Art von "
                    "Seite auf Deutsch und auf Arabisch in einem echten Browser mit dem "
                    "Prüfwerkzeug axe-core. Eine Änderung mit einem schweren Fehler wird nicht "
                    "veröffentlicht. Zusätzlich prüfen wir die wichtigsten Wege durch die Website "
                    "(Engagement finden, zu einer Veranstaltung anmelden, jemanden für eine "
                    "Auszeichnung vorschlagen) mit der Tastatur, mit starker Vergrößerung und "
                    "mit einem Screenreader.</p>"
                    "<p>Die Erklärung wurde im November 2026 erstellt und wird mindestens "
                    "einmal im Jahr überprüft.</p>"
                ),
            ),
            ("heading", "Barrieren melden: Kontakt"),
            (
                "paragraph",
                (
                    "<p>Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in "
                    "einer anderen Form? Dann schreiben Sie uns oder rufen Sie an:</p>"
                    "<p>Stadtverwaltung Bitburg, Ehrenamts- und Freiwilligenagentur<br>"
                    "Rathausplatz 3, 54634 Bitburg<br>"
                    "Telefon (Vermittlung): 06561 6001-0<br>"
                    "E-Mail: ehrenamt@example.org</p>"
                    "<p>Wir antworten Ihnen innerhalb von zwei Wochen. Sie können auch das "
                    "Kontaktformular nutzen.</p>"
                ),
            ),
            ("heading", "Durchsetzungsverfahren und Schlichtung"),
            (
                "paragraph",
                (
                    "<p>Wenn Sie von uns keine oder keine zufriedenstellende Antwort bekommen, "
                    "können Sie sich an die Schlichtungsstelle des Landes Rheinland-Pfalz beim "
                    "Landesbeauftragten für die Belange behinderter Menschen wenden. Die "
                    "Schlichtungsstelle hilft, einen Streit über die Barrierefreiheit einer "
                    "Website ohne Gericht beizulegen. Das Verfahren ist für Sie kostenlos, und "
                    "Sie brauchen keine Anwältin und keinen Anwalt.</p>"
                    "<p>Sie erreichen den Landesbeauftragten für die Belange behinderter "
                    "Menschen in Mainz über die Landesregierung Rheinland-Pfalz. Dort können "
                    "Sie den Antrag auf Schlichtung stellen, schriftlich, per E-Mail oder zur "
                    "Niederschrift.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Dies ist eine Demo-Installation: Die Angaben dienen als Vorlage und müssen "
                    "vor dem Betrieb von der Stadt geprüft werden."
                ),
            ),
        ],
    },
]

NEWS = [
    {
        "slug": "bitburg-erblueht-ergebnisse-befragung",
        "title": "Bitburg erblüht: Ergebnisse der Befragung und neue Blühwiesen",
        "date": "2026-09-15",
        "intro": (
            "Viele Bitburgerinnen und Bitburger haben bei der Befragung zu „Bitburg erblüht“ "
            "mitgemacht. Jetzt liegen die Ergebnisse vor – und die ersten neuen Blühflächen "
            "werden angelegt."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Im Frühjahr und Sommer hat die Ehrenamts- und Freiwilligenagentur "
                    "gefragt: Wo soll es in Bitburg mehr blühen? Und wer möchte mit anpacken? Die "
                    "Antworten kamen aus der Kernstadt und aus allen Stadtteilen. Vielen Dank an "
                    "alle, die mitgemacht haben!</p>"
                ),
            ),
            ("heading", "Das wünschen sich die Menschen"),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>mehr Blühflächen an Wegen, Spielplätzen und Schulen,</li>"
                    "<li>heimische Pflanzen, die Bienen und Schmetterlingen helfen,</li>"
                    "<li>kleine Schilder, die erklären, was dort wächst,</li>"
                    "<li>gemeinsame Pflanzaktionen für Familien und Kinder.</li></ul>"
                    "<p>Im Herbst werden deshalb an mehreren Orten neue Blühwiesen eingesät. Die "
                    "Termine für die Pflanzaktionen stehen im Veranstaltungskalender. Jede "
                    "helfende Hand ist willkommen. Vorkenntnisse brauchen Sie nicht.</p>"
                ),
            ),
            ("heading", "Werden Sie Blühpatin oder Blühpate"),
            (
                "paragraph",
                (
                    "<p>Eine Blühfläche braucht auch nach dem Einsäen Pflege. Als Blühpatin oder "
                    "Blühpate kümmern Sie sich um ein Beet in Ihrer Nähe: Sie gießen bei "
                    "Trockenheit, entfernen Müll und melden, wenn etwas nicht stimmt. Eine "
                    "Patenschaft können auch Familien, Schulklassen, Vereine oder Nachbarschaften "
                    "übernehmen. Interesse? Melden Sie sich über das Kontaktformular oder direkt "
                    "beim passenden Angebot.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "bitburg-in-bewegung-spaziergruppe",
        "title": "Bitburg in Bewegung: Neue Spaziergruppe jeden Mittwoch",
        "date": "2026-09-29",
        "intro": (
            "Gemeinsam gehen, reden und etwas für die Gesundheit tun: Ab dem 7. Oktober trifft "
            "sich jeden Mittwoch eine offene Spaziergruppe in Bitburg."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Bewegung tut gut – und in Gesellschaft macht sie noch mehr Spaß. Im "
                    "Rahmen von „Bitburg in Bewegung“ startet deshalb eine neue Spaziergruppe. "
                    "Sie trifft sich ab Mittwoch, dem 7. Oktober 2026, jede Woche um 10 Uhr vor "
                    "dem Rathaus am Rathausplatz. Der Spaziergang dauert etwa eine Stunde.</p>"
                ),
            ),
            ("heading", "Für alle, die gern gehen"),
            (
                "paragraph",
                (
                    "<p>Die Gruppe geht in einem ruhigen Tempo. Niemand muss sportlich sein. Alle "
                    "Generationen sind willkommen, ob allein, zu zweit oder mit Kinderwagen. Die "
                    "Teilnahme ist kostenlos, und Sie müssen sich nicht anmelden. Wer neu in "
                    "Bitburg ist, lernt dabei die Stadt kennen und kann nebenbei Deutsch üben.</p>"
                    "<p>Geleitet wird die Gruppe von Ehrenamtlichen. Sie kennen die Wege und "
                    "achten darauf, dass niemand zurückbleibt.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Gesucht: weitere Gehpatinnen und Gehpaten! Sie gehen gern spazieren und "
                    "haben mittwochs am Vormittag Zeit? Dann begleiten Sie die Gruppe, zum "
                    "Beispiel einmal im Monat. Wir freuen uns auf Ihre Nachricht."
                ),
            ),
        ],
    },
    {
        "slug": "workshop-pressebericht-vereine",
        "title": "Workshop für Vereine: Wie schreibe ich einen Pressebericht?",
        "date": "2026-10-20",
        "intro": (
            "Gute Arbeit soll man sehen. In einem Abend-Workshop lernen Vereine, wie sie ihre "
            "Neuigkeiten in Zeitung und Internet bringen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Viele Vereine in Bitburg leisten Großartiges. Doch oft erfährt kaum "
                    "jemand davon. Die Ehrenamts- und Freiwilligenagentur lädt deshalb zu einem "
                    "Workshop zur Pressearbeit ein. Er findet am Donnerstag, dem 12. November "
                    "2026, von 18.30 bis 21 Uhr im Rathaus statt.</p>"
                ),
            ),
            ("heading", "Das lernen Sie"),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>wie ein Pressebericht aufgebaut ist und welche Fragen er beantworten "
                    "muss,</li>"
                    "<li>wie Sie eine Überschrift finden, die neugierig macht,</li>"
                    "<li>was Sie bei Fotos beachten müssen, auch beim Recht am eigenen Bild,</li>"
                    "<li>wie Sie Ihren Text an Zeitungen, Mitteilungsblätter und Online-Medien "
                    "schicken,</li>"
                    "<li>wie Sie die eigene Internetseite und soziale Medien nutzen.</li></ul>"
                    "<p>Bringen Sie gern einen eigenen Text oder eine Idee mit. Wir arbeiten im "
                    "Workshop direkt daran.</p>"
                ),
            ),
            (
                "notice",
                (
                    "Die Plätze sind begrenzt. Bitte melden Sie sich über den "
                    "Veranstaltungskalender an. Der Workshop richtet sich an alle, die in ihrem "
                    "Verein oder ihrer Initiative Texte schreiben – ob erfahren oder ganz neu."
                ),
            ),
        ],
    },
    {
        "slug": "ehrenamtskarten-ueberreicht",
        "title": "Danke für Ihren Einsatz: Zahlreiche Ehrenamtskarten überreicht",
        "date": "2026-11-05",
        "intro": (
            "Bei einem kleinen Empfang im Rathaus hat die Stadt Bitburg zahlreiche "
            "Ehrenamtskarten und Jubiläums-Ehrenamtskarten überreicht."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sie trainieren Kinder im Sportverein, begleiten ältere Menschen, helfen "
                    "Geflüchteten bei Behördengängen oder proben im Chor für das nächste Konzert. "
                    "Was sie verbindet: Sie schenken anderen viel Zeit. Dafür hat die Stadt "
                    "Bitburg jetzt zahlreichen Engagierten die Ehrenamtskarte Rheinland-Pfalz "
                    "überreicht. Einige von ihnen sind schon seit mehr als 25 Jahren aktiv und "
                    "erhielten die Jubiläums-Ehrenamtskarte.</p>"
                ),
            ),
            ("heading", "So bekommen auch Sie die Karte"),
            (
                "paragraph",
                (
                    "<p>Die Ehrenamtskarte können Sie ab 14 Jahren beantragen. Voraussetzung ist, "
                    "dass Sie sich im Durchschnitt mindestens fünf Stunden pro Woche oder 250 "
                    "Stunden im Jahr engagieren – ohne Bezahlung und in der Regel schon seit "
                    "mindestens einem Jahr. Die Stunden aus mehreren Organisationen dürfen Sie "
                    "zusammenzählen. Die Karte ist kostenlos und gilt zwei Jahre.</p>"
                    "<p>Wer sich insgesamt 25 Jahre lang engagiert hat, kann die "
                    "Jubiläums-Ehrenamtskarte bekommen. Sie gilt ein Leben lang – auch dann, wenn "
                    "man heute nicht mehr aktiv sein kann.</p>"
                    "<p>Alle Voraussetzungen, einen kurzen Eignungs-Check und den Antrag finden "
                    "Sie auf unserer Seite zur Ehrenamtskarte.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "ehrenamtsmedaille-2027-aufruf",
        "title": "Ehrenamtsmedaille 2027: Vorschläge ab Anfang Dezember",
        "date": "2026-11-18",
        "intro": (
            "Wer verdient in Bitburg ein besonderes Dankeschön? Ab Anfang Dezember können Sie "
            "wieder Menschen und Gruppen für die Ehrenamtsmedaille der Stadt vorschlagen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Mit der Ehrenamtsmedaille ehrt die Stadt Bitburg Menschen und Gruppen, "
                    "die sich ohne Bezahlung für andere einsetzen. Anfang Dezember startet der "
                    "Aufruf für 2027. Vorschläge sind dann bis zum 31. Januar 2027 möglich. Die "
                    "Übergabe der Medaillen ist für das erste Halbjahr 2027 bei einer "
                    "öffentlichen Feier geplant.</p>"
                ),
            ),
            ("heading", "Wer kann vorgeschlagen werden?"),
            (
                "paragraph",
                (
                    "<p>Vorschlagen können Sie Einzelpersonen oder Gruppen, die sich im Gebiet "
                    "der Stadt Bitburg engagieren. Wichtiger als die Zahl der Stunden ist die "
                    "Motivation. Die Jury achtet darauf, dass möglichst viele Bereiche vertreten "
                    "sind: Soziales, Sport, Kultur, Musik und Kirche. Auch Menschen, die selbst "
                    "in einer schwierigen Lage sind und trotzdem anderen helfen, sollen gesehen "
                    "werden.</p>"
                    "<ul>"
                    "<li>Sich selbst vorzuschlagen ist nicht möglich.</li>"
                    "<li>Vereinsmitglieder dürfen Personen aus dem eigenen Verein "
                    "vorschlagen.</li>"
                    "<li>Wer in einem Jahr geehrt wurde, kann im folgenden Jahr nicht erneut "
                    "geehrt werden.</li>"
                    "<li>Wer früher vorgeschlagen, aber nicht ausgewählt wurde, darf wieder "
                    "vorgeschlagen werden.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Eine Jury aus fünf Personen entscheidet über die Medaillen und über "
                    "Dankesbriefe des Bürgermeisters. Drei Mitglieder kommen aus der "
                    "Arbeitsgruppe des Netzwerks „Engagierte Stadt Bitburg“, zwei aus der Agentur "
                    "und der Stadtverwaltung. Beschreiben Sie in Ihrem Vorschlag kurz, was die "
                    "Person oder Gruppe tut und warum sie eine Auszeichnung verdient. Als "
                    "Richtwert für die Begründung gelten etwa 300 Zeichen.</p>"
                ),
            ),
        ],
    },
]

CONTACT = {
    "title": "Kontakt und Beratung",
    "intro": (
        "Haben Sie eine Frage zum Ehrenamt? Schreiben Sie uns, rufen Sie an oder vereinbaren Sie "
        "einen Termin. Sie dürfen uns in jeder Sprache schreiben. Wo es möglich ist, organisieren "
        "wir für das Gespräch eine Dolmetscherin, einen Dolmetscher oder eine andere Sprachhilfe."
    ),
    "address_html": (
        "<p><strong>Stadtverwaltung Bitburg</strong></p>"
        "<p>Ehrenamts- und Freiwilligenagentur</p>"
        "<p>Rathausplatz 3, 54634 Bitburg</p>"
        "<p>Telefon (Vermittlung): 06561 6001-0</p>"
        '<p>E-Mail: <a href="mailto:ehrenamt@example.org">ehrenamt@example.org</a></p>'
        "<p>Beratungstermine: nach Vereinbarung</p>"
    ),
    "consent_text": (
        "Ich bin damit einverstanden, dass die Ehrenamts- und Freiwilligenagentur der Stadt "
        "Bitburg meine Angaben aus diesem Formular speichert. Dazu gehören mein Name, meine "
        "Kontaktdaten, die gewünschte Sprache, das Thema und meine Nachricht. Die Agentur nutzt "
        "diese Angaben nur, um meine Anfrage zu bearbeiten und mit mir Kontakt aufzunehmen. Die "
        "Daten werden nach 12 Monaten gelöscht. Ich kann meine Einwilligung jederzeit mit Wirkung "
        "für die Zukunft widerrufen, zum Beispiel per E-Mail an ehrenamt@example.org."
    ),
    "thank_you": (
        "Vielen Dank für Ihre Nachricht! Wir haben Ihre Anfrage erhalten und melden uns innerhalb "
        "weniger Werktage bei Ihnen. Wenn Sie eine andere Sprache gewählt haben, versuchen wir, "
        "Ihnen in dieser Sprache zu antworten."
    ),
}

COUNSELLING_TOPICS = [
    ("find-opportunity", "Passendes Engagement finden"),
    ("framework", "Versicherung, Auslagen und andere Rahmenbedingungen"),
    ("ehrenamtskarte", "Ehrenamtskarte und Jubiläums-Ehrenamtskarte"),
    ("recognition", "Auszeichnungen und Anerkennung"),
    ("club-support", "Unterstützung für Vereine (Mitglieder, Pressearbeit)"),
    ("initiative", "Eine Initiative oder ein Projekt gründen"),
    ("other", "Sonstiges"),
]
