"""The *Bestätigung über Sachzuwendungen* as the official template lays it out: the issuer, the
donor, the value in figures and in words, the day, the exact description, where the goods came
from and how the value was set, the exemption, the purpose, place, date and signature, and the
liability note of the template. German only: it is for the German tax office."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import BOLD, REGULAR, register_fonts
from warehouse_app.papers.donor_receipt import DonorReceipt

TITLE = "Bestätigung über Sachzuwendungen"
SUBTITLE = (
    "im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 des "
    "Körperschaftsteuergesetzes bezeichneten Körperschaften, Personenvereinigungen oder "
    "Vermögensmassen"
)
ORIGIN_TEXTS = {
    "business": (
        "Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betriebsvermögen. Die "
        "Zuwendung wurde nach dem Wert der Entnahme (ggf. mit dem niedrigeren gemeinen Wert) und "
        "nach der Umsatzsteuer, die auf die Entnahme entfällt, bewertet."
    ),
    "private": "Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Privatvermögen.",
    "unknown": (
        "Der Zuwendende hat trotz Aufforderung keine Angaben zur Herkunft der Sachzuwendung "
        "gemacht."
    ),
}
LIABILITY = (
    "Hinweis: Wer vorsätzlich oder grob fahrlässig eine unrichtige Zuwendungsbestätigung "
    "erstellt oder veranlasst, dass Zuwendungen nicht zu den in der Zuwendungsbestätigung "
    "angegebenen steuerbegünstigten Zwecken verwendet werden, haftet für die entgangene Steuer "
    "(§ 10b Abs. 4 EStG, § 9 Abs. 3 KStG, § 9 Nr. 5 GewStG). Diese Bestätigung wird nicht als "
    "Nachweis für die steuerliche Berücksichtigung der Zuwendung anerkannt, wenn das Datum des "
    "Freistellungsbescheides länger als 5 Jahre bzw. das Datum der Feststellung der Einhaltung "
    "der satzungsmäßigen Voraussetzungen nach § 60a Abs. 1 AO länger als 3 Jahre seit "
    "Ausstellung des Bescheides zurückliegt (§ 63 Abs. 5 AO)."
)


def _office(name: str) -> str:
    """ "Finanzamt Dortmund-Ost" is printed after "des Finanzamtes" as "Dortmund-Ost"."""
    for prefix in ("Finanzamt ", "FA "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def render_donor_receipt(r: DonorReceipt) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"{TITLE} {r.number}",
        author=r.issuer_name,
        invariant=1,
    )
    doc.build(_story(r))
    return buffer.getvalue()


def _euro(value: object) -> str:
    text = f"{value:,.2f}"  # 1,234.50 → 1.234,50
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") + " €"


def _story(r: DonorReceipt) -> list[Any]:
    normal = ParagraphStyle("n", fontName=REGULAR, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=7.5, leading=9.5)
    label = ParagraphStyle("l", parent=small, textColor=colors.HexColor("#444444"))
    bold = ParagraphStyle("b", parent=normal, fontName=BOLD)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=14, leading=17, spaceAfter=2)
    box = TableStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def field(caption: str, value: str, width: float) -> Table:
        cell = Table([[Paragraph(caption, label)], [Paragraph(value, bold)]], colWidths=[width])
        cell.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
        return cell

    width = A4[0] - 36 * mm
    story: list[Any] = [
        Paragraph(
            f"Aussteller (Bezeichnung und Anschrift der steuerbegünstigten Einrichtung):<br/>"
            f"<b>{r.issuer_name}</b>, {r.issuer_address}",
            normal,
        ),
        Spacer(1, 5 * mm),
        Paragraph(TITLE, title),
        Paragraph(SUBTITLE, small),
        Paragraph(f"Nr. {r.number}" + (" – Zweitschrift" if r.duplicate else ""), normal),
        Spacer(1, 4 * mm),
        field("Name und Anschrift des Zuwendenden:", f"{r.donor_name}, {r.donor_address}", width),
        Spacer(1, 2 * mm),
        Table(
            [
                [
                    field("Wert der Zuwendung – in Ziffern –", _euro(r.value_eur), 45 * mm),
                    field("– in Buchstaben –", r.value_in_words, width - 80 * mm),
                    field("Tag der Zuwendung:", f"{r.gift_date:%d.%m.%Y}", 35 * mm),
                ]
            ],
            colWidths=[45 * mm, width - 80 * mm, 35 * mm],
            style=TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
            ),
        ),
        Spacer(1, 3 * mm),
        Paragraph("Genaue Bezeichnung der Sachzuwendung mit Alter, Zustand, Kaufpreis usw.", label),
    ]
    rows: list[list[Any]] = [
        [Paragraph(t, small) for t in ("Bezeichnung", "Menge", "Zustand", "Wert")]
    ]
    units = {"pcs": "Stk.", "kg": "kg", "l": "l", "set": "Satz"}
    for line in r.lines:
        amount = f"{line.quantity.normalize():f}".replace(".", ",")
        rows.append(
            [
                Paragraph(line.description, normal),
                Paragraph(f"{amount} {units.get(line.unit, line.unit)}", normal),
                Paragraph(line.condition, normal),
                Paragraph(_euro(line.value_eur), normal),
            ]
        )
    table = Table(rows, colWidths=[width - 95 * mm, 30 * mm, 40 * mm, 25 * mm], repeatRows=1)
    table.setStyle(box)
    story += [table, Spacer(1, 3 * mm)]
    for origin, text in ORIGIN_TEXTS.items():
        mark = "☒" if origin == r.origin else "☐"
        story.append(Paragraph(f"{mark} {text}", normal))
    documents = "☒" if r.documents else "☐"
    story += [
        Paragraph(
            f"{documents} Geeignete Unterlagen, die zur Wertermittlung gedient haben, z. B. "
            "Rechnung, Gutachten, liegen vor.",
            normal,
        ),
        Paragraph(f"Wertermittlung: {r.valuation}", small),
        Spacer(1, 3 * mm),
        Paragraph(
            f"Wir sind wegen Förderung {r.purpose} nach dem Freistellungsbescheid bzw. nach der "
            f"Anlage zum Körperschaftsteuerbescheid des Finanzamtes {_office(r.tax_office)}, StNr. "
            f"{r.tax_number}, vom {r.exemption_date:%d.%m.%Y} für den letzten "
            f"Veranlagungszeitraum {r.assessment_period} nach § 5 Abs. 1 Nr. 9 des "
            "Körperschaftsteuergesetzes von der Körperschaftsteuer und nach § 3 Nr. 6 des "
            "Gewerbesteuergesetzes von der Gewerbesteuer befreit.",
            normal,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Es wird bestätigt, dass die Zuwendung nur zur Förderung {r.purpose} verwendet wird.",
            normal,
        ),
        Spacer(1, 14 * mm),
        Paragraph("_" * 60, normal),
        Paragraph(
            f"{r.place}, {r.issued_on:%d.%m.%Y} – (Ort, Datum und Unterschrift des "
            "Zuwendungsempfängers)",
            small,
        ),
        Spacer(1, 6 * mm),
        Paragraph(LIABILITY, small),
    ]
    return story
