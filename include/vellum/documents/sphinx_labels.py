"""Sphinx's labels around a code block or table that a page break splits, in every language
Sphinx ships: furniture of the generator, dropped wherever they stand (documents/furniture.py).

Sphinx's LaTeX builder prints "(continues on next page)" under the first part of a split code
block and "(continued from previous page)" over the second (sphinxlatexliterals.sty, in
parentheses), not always within a page's edge lines (29 + 29 lines in the Why3 manual, 20 of
them left by the repetition rule). A long table split by a page break carries the same two
messages (longtable.tex.jinja): "Table 3 – continued from previous page" over its second part,
the bare "continues on next page" under its first. A build in another language prints the
translation of its locale.

`TRANSLATIONS`: the msgstr of the msgids "continues on next page" and "continued from previous
page" in each locale of Sphinx 9.0.4 that translates either (None: not translated, so the
English is printed), read from sphinx/locale/<locale>/LC_MESSAGES/sphinx.mo with
`gettext.GNUTranslations(open(mo, "rb")).gettext(msgid)`; regenerate the same way.
"""

from __future__ import annotations

from .normalize import normalize_text

ENGLISH = ("continues on next page", "continued from previous page")
TRANSLATIONS: dict[str, tuple[str | None, str | None]] = {
    "ar": ("استمرار في الصفحة التالية", None),
    "bn": (None, "পূর্ববর্তী পাতা হতে চলমান"),
    "ca": ("continua a la pàgina següent", "ve de la pàgina anterior"),
    "ca@valencia": ("continua en la pàgina següent", "ve de la pàgina anterior"),
    "cs": (None, "pokračujte na předchozí stránce"),
    "cy": (None, "wedi'i barhau o'r tudalen blaenorol"),
    "da": ("fortsætter på næste side", "fortsat fra forrige side"),
    "de": ("Fortsetzung auf der nächsten Seite", "Fortsetzung der vorherigen Seite"),
    "el": ("συνέχεια στην επόμενη σελίδα", "συνεχίζεται από την προηγούμενη σελίδα"),
    "es": ("continúe en la próxima página", "proviene de la página anterior"),
    "et": ("jätkub järgmisel leheküljel", "jätk eelmisele leheküljele"),
    "eu": (None, "aurreko orritik jarraitzen du"),
    "fa": ("ادامه در صفحه\u200cی بعد", "ادامه از صفحه\u200cی قبل"),
    "fr": ("suite sur la page suivante", "suite de la page précédente"),
    "gl": ("continúa na páxina seguinte", "continúa da páxina anterior"),
    "he": (None, "המשך מעמוד קודם"),
    "hi": ("अगले पृष्ठ पर जारी", "पिछले पृष्ठ से जारी"),
    "hr": (None, "nastavak sa prethodne stranice"),
    "hu": (None, "folytatás az előző oldalról"),
    "id": ("berlanjut ke halaman berikutnya", "lanjutan dari halaman sebelumnya"),
    "is": ("framhald á næstu síðu", "framhald frá fyrri síðu"),
    "it": (None, "continua dalla pagina precedente"),
    "ja": ("次のページに続く", "前のページからの続き"),
    "ka": ("გრძელდება შემდეგ გვერდზე", "წინა გვერდიდან"),
    "ko": ("다음 페이지에 계속", "이전 페이지에서 계속"),
    "lt": (None, "tęsinys iš praeito puslapio"),
    "lv": (None, "turpinājums no iepriekšējās lappuses"),
    "nb_NO": ("fortsetter på neste side", "fortsettelse fra forrige side"),
    "ne": (None, "अघिल्लो पानासँग जोडीएको"),
    "nl": ("Vervolgt op volgende pagina", "Vervolgd van vorige pagina"),
    "pl": ("ciąg dalszy na następnej stronie", "kontynuacja poprzedniej strony"),
    "pt_BR": ("continua na próxima página", "continuação da página anterior"),
    "pt_PT": (None, "continuação da página anterior"),
    "ro": (None, "continuare din pagina precedentă"),
    "ru": ("продолжается на следующей странице", "продолжение с предыдущей страницы"),
    "sk": ("pokračuje na ďalšej strane", "pokračovanie z predošlej strany"),
    "sl": (None, "nadaljevanje iz prejšnje strani"),
    "sq": ("vazhdon në faqen pasuese", "vazhduar nga faqja e mëparshme"),
    "sr": ("наставак на следећој страни", "настављено са претходне стране"),
    "sv": ("fortsätter på nästa sida", "fortsättning från föregående sida"),
    "tr": ("sonraki sayfaya devam", "önceki sayfadan devam"),
    "zh_CN": ("续下页", "接上页"),
    "zh_TW": ("繼續下一頁", "繼續上一頁"),
}
#: a table's label starts with its name and number ("Table 3", "Tabelle 3.1"), then an en dash
MAX_TABLE_NAME = 24


def _squeezed(text: str) -> str:
    """`text` case-folded, without any whitespace: readers differ on the spaces of a CJK line
    or of a label in small type."""
    return "".join(text.split()).casefold()


#: the labels as the page text holds them (normalize.py drops the Persian labels' ZWNJ)
_LABELS = frozenset(_squeezed("".join(normalize_text(label)))
                    for pair in [ENGLISH, *TRANSLATIONS.values()] for label in pair if label)
_MAX_CHARS = 2 * (max(map(len, _LABELS)) + MAX_TABLE_NAME)


def is_continuation_label(line: str) -> bool:
    """Is `line` (normalized text) one of Sphinx's labels: "(label)" (code block), "label" (table foot) or
    "Table N – label" (table head)?"""
    text = line.strip()
    if not text or len(text) > _MAX_CHARS:  # most lines: no normalizing needed
        return False
    squeezed = _squeezed(text)
    if squeezed[:1] == "(" and squeezed[-1:] == ")":
        squeezed = squeezed[1:-1]
    head, dash, tail = squeezed.rpartition("–")
    return squeezed in _LABELS or (
        bool(dash) and len(head) <= MAX_TABLE_NAME and head[-1:].isdigit() and tail in _LABELS)
