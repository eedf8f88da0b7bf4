"""Text analysis per site language, declared once: the OpenSearch analyzers the search
backend puts into its index settings (all from the `analysis-common` module).

German gets a custom chain: lowercase, a dictionary decompounder (so "Hausaufgaben" finds
"Hausaufgabenhilfe"), `german_normalization` (ä/ae → a, ß → ss: "gärten", "Garten" and
"gaerten" meet) and the light German stemmer. The decompounder needs a word list of the
parts it may split off; ours holds the words of the agency's domain and grows with it.
The other languages use the engine's built-in language analyzers. Ukrainian and Polish
have none in `analysis-common` (their stemmers are separate plugins), so they get the
standard tokenizer with lowercase and ASCII folding only: no stemming.
"""

from __future__ import annotations

# Parts of German compounds worth finding on their own (lowercase, after no normalisation:
# the decompounder runs before `german_normalization`, so umlauts are written as umlauts).
GERMAN_COMPOUND_PARTS = [
    "abend", "alltag", "alt", "arbeit", "aufgaben", "ausflug", "begleitung", "beratung",
    "besuch", "betreuung", "bibliothek", "bienen", "blumen", "bücher", "café", "dienst",
    "ehrenamt", "eltern", "essen", "familie", "feier", "fest", "feuerwehr", "flüchtlinge",
    "frauen", "freizeit", "freunde", "garten", "gärten", "gemeinde", "gruppe", "hausaufgaben",
    "haus", "heim", "helfer", "hilfe", "hospiz", "hund", "jugend", "kinder", "kirche",
    "kleider", "kultur", "kurs", "lese", "lernen", "markt", "musik", "nachbarschaft",
    "natur", "paten", "patenschaft", "pflege", "pflanz", "platz", "reparatur", "schule",
    "senioren", "spiel", "sport", "sprach", "sprache", "stadt", "tafel", "tier", "treff",
    "umwelt", "verein", "wald", "wiese", "werkstatt", "zeit",
]  # fmt: skip

UNSTEMMED = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": ["lowercase", "asciifolding"],
}

# Language code → analyzer definition (a built-in analyzer's name or a custom chain).
LANGUAGE_ANALYZERS: dict[str, str | dict] = {
    "de": {
        "type": "custom",
        "tokenizer": "standard",
        "filter": [
            "lowercase",
            "bitburg_german_decompounder",
            "german_normalization",
            "bitburg_german_stemmer",
        ],
    },
    "en": "english",
    "fr": "french",
    "ar": "arabic",
    "fa": "persian",
    "ru": "russian",
    "tr": "turkish",
    "ro": "romanian",
    "uk": UNSTEMMED,
    "pl": UNSTEMMED,
}

# Compounds are split when indexing only: split in the query too, "Hausaufgaben" would
# also find every text with "Aufgabe" in it.
SEARCH_ANALYZERS: dict[str, dict] = {
    "de": {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "german_normalization", "bitburg_german_stemmer"],
    },
}

FILTERS = {
    "bitburg_german_decompounder": {
        "type": "dictionary_decompounder",
        "word_list": GERMAN_COMPOUND_PARTS,
        "min_subword_size": 3,
    },
    "bitburg_german_stemmer": {"type": "stemmer", "language": "light_german"},
}


def analyzer_name(language: str) -> str:
    """The analyzer a language's text field uses (built-in name or our custom one)."""
    definition = LANGUAGE_ANALYZERS.get(language, "standard")
    return definition if isinstance(definition, str) else f"bitburg_{language}"


def search_analyzer_name(language: str) -> str:
    """The analyzer queries in a language's field use (the index analyzer unless set)."""
    if language in SEARCH_ANALYZERS:
        return f"bitburg_{language}_search"
    return analyzer_name(language)


def index_settings() -> dict:
    """The analysis part of the index settings, merged into Wagtail's own."""
    custom = {
        f"bitburg_{code}": definition
        for code, definition in LANGUAGE_ANALYZERS.items()
        if isinstance(definition, dict)
    }
    custom.update({f"bitburg_{code}_search": chain for code, chain in SEARCH_ANALYZERS.items()})
    custom["bitburg_spelling"] = UNSTEMMED
    return {"settings": {"analysis": {"analyzer": custom, "filter": FILTERS}}}
