"""PDF documents of the awards app, drawn with fpdf2: the mayor's letter of thanks and the
Ehrenamtskarte application as it is forwarded to the Leitstelle.

Both are German documents of the town administration, whatever language the site was used
in, so they are rendered with German active.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import capfirst
from fpdf import FPDF

__all__ = ["application_pdf", "thank_you_letter_pdf"]

TOWN_NAME = "Stadt Bitburg"
TOWN_ADDRESS = "Rathausplatz 3 · 54634 Bitburg"


class _Document(FPDF):
    """An A4 page with a Unicode font when the system has one (names may be Cyrillic or
    Arabic); otherwise the built-in Helvetica with characters it lacks replaced."""

    def __init__(self):
        super().__init__(format="A4")
        self.set_margins(25, 20, 20)
        self.set_auto_page_break(auto=True, margin=20)
        font_dir = Path(settings.PDF_FONT_DIR)
        regular, bold = font_dir / "DejaVuSans.ttf", font_dir / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            self.add_font("body", "", str(regular))
            self.add_font("body", "B", str(bold))
            self.family_name, self.unicode = "body", True
        else:
            self.family_name, self.unicode = "helvetica", False
        self.add_page()

    def text_of(self, value: str) -> str:
        if self.unicode:
            return value
        return value.encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def line_of_text(self, value: str, size: float = 11, bold: bool = False, **kwargs) -> None:
        self.font(size, bold)
        self.cell(0, size * 0.5, self.text_of(value), new_x="LMARGIN", new_y="NEXT", **kwargs)

    def paragraph(self, value: str, size: float = 11) -> None:
        self.font(size)
        self.multi_cell(
            0, size * 0.5, self.text_of(value), align="L", new_x="LMARGIN", new_y="NEXT"
        )

    def letterhead(self, office: str) -> None:
        self.line_of_text(TOWN_NAME, size=20, bold=True)
        self.line_of_text(office, size=13)
        self.ln(2)
        self.set_draw_color(0, 84, 147)
        self.set_line_width(0.8)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)
        self.line_of_text(TOWN_ADDRESS, size=9)
        self.ln(10)

    def output_bytes(self) -> bytes:
        return bytes(self.output())


def _german_date(value) -> str:
    return date_format(value, "j. F Y")


def thank_you_letter_pdf(proposal) -> bytes:
    """The mayor's letter of thanks for an approved proposal."""
    with translation.override("de"):
        pdf = _Document()
        pdf.set_title(f"Dankschreiben – {proposal.person_name}")
        pdf.letterhead("Der Bürgermeister")
        pdf.line_of_text(f"{TOWN_NAME} · {TOWN_ADDRESS}", size=7)
        pdf.ln(2)
        for line in [
            proposal.person_name,
            proposal.street,
            f"{proposal.postcode} {proposal.town}",
        ]:
            pdf.line_of_text(line)
        pdf.ln(12)
        today = timezone.localdate()
        pdf.line_of_text(f"Bitburg, {_german_date(today)}", align="R")
        pdf.ln(8)
        pdf.line_of_text("Herzlichen Dank für Ihr ehrenamtliches Engagement", bold=True)
        pdf.ln(6)
        context = {"proposal": proposal, "mayor_name": settings.MAYOR_NAME}
        body = render_to_string("awards/letters/letter_body.txt", context).strip()
        for paragraph in body.split("\n\n"):
            pdf.paragraph(" ".join(paragraph.split()))
            pdf.ln(4)
        pdf.ln(14)
        y = pdf.get_y()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.line(pdf.l_margin, y, pdf.l_margin + 70, y)
        pdf.ln(2)
        pdf.line_of_text(settings.MAYOR_NAME)
        return pdf.output_bytes()


def application_pdf(application) -> bytes:
    """An Ehrenamtskarte application with the organisation's confirmation, for forwarding to
    the Leitstelle Ehrenamt und Bürgerbeteiligung."""
    with translation.override("de"):
        pdf = _Document()
        pdf.set_title(f"Antrag Ehrenamtskarte – {application.name}")
        pdf.letterhead("Ehrenamts- und Freiwilligenagentur")
        pdf.line_of_text(
            f"Antrag: {application.get_card_kind_display()} (Nr. {application.pk})",
            size=14,
            bold=True,
        )
        pdf.line_of_text(
            f"Eingegangen am {_german_date(timezone.localtime(application.created_at))}", size=9
        )
        pdf.ln(4)

        def rows(title: str, names: list[str]) -> None:
            pdf.line_of_text(title, size=12, bold=True)
            pdf.ln(1)
            for name in names:
                field = application._meta.get_field(name)
                value = getattr(application, name)
                display = getattr(application, f"get_{name}_display", None)
                if display is not None and value:
                    value = display()
                elif isinstance(value, bool):
                    value = "ja" if value else "nein"
                elif isinstance(value, datetime.datetime):
                    value = _german_date(timezone.localtime(value))
                elif isinstance(value, datetime.date):
                    value = _german_date(value)
                elif value is None or value == "":
                    value = "–"
                top = pdf.get_y()
                pdf.font(9, bold=True)
                pdf.multi_cell(
                    62,
                    5,
                    pdf.text_of(capfirst(str(field.verbose_name))),
                    align="L",
                    new_x="RIGHT",
                    new_y="TOP",
                )
                label_bottom = top + 5 * len(
                    pdf.multi_cell(
                        62,
                        5,
                        pdf.text_of(capfirst(str(field.verbose_name))),
                        dry_run=True,
                        output="LINES",
                    )
                )
                pdf.set_xy(pdf.l_margin + 64, top)
                pdf.font(10)
                pdf.multi_cell(
                    0, 5, pdf.text_of(str(value)), align="L", new_x="LMARGIN", new_y="NEXT"
                )
                pdf.set_y(max(pdf.get_y(), label_bottom) + 0.8)
            pdf.ln(3)

        rows(
            "Antragsteller/in",
            ["name", "date_of_birth", "street", "postcode", "town", "email", "phone"],
        )
        rows(
            "Engagement (Angaben im Antrag)",
            [
                "organisation_name",
                "organisation_email",
                "engaged_since",
                "hours",
                "hours_period",
                "activity",
                "compensation",
                "in_participating_municipality",
                "membership_only",
            ],
        )
        rows(
            "Bestätigung der Organisation",
            [
                "organisation_answered_at",
                "confirmed_by_name",
                "confirmed_since",
                "confirmed_hours",
                "confirmed_hours_period",
                "organisation_note",
            ],
        )
        rows("Bearbeitung", ["status"])
        return pdf.output_bytes()
