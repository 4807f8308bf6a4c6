"""Predicates on single lines, shared by the furniture, reflow, classify and title steps."""

from __future__ import annotations

import re

from .monospace import NO_FONTS, LineFonts

_ROMAN = re.compile(r"(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})", re.I)
_PAGE_NUMBER = re.compile(
    r"""(?ix)
    (?:page|pg\.?|p\.|seite|p[aá]gina)?\s*      # optional word
    [-–—(\[]?\s*
    (?:\d{1,5}|(?=[ivxlc]+\b)[ivxlc]{1,8})       # arabic or roman
    \s*[-–—)\]]?
    (?:\s*(?:/|of|von|de)\s*\d{1,5})?           # "of 40", "/ 40"
    """
)
_LIST_ITEM = re.compile(r"^\s*(?:[•·▪◦‣○●■□➢►\-*–—]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")
# Structural hints that a line is code or configuration rather than prose.
_CODE_START = re.compile(r"""^\s*(?:\$\s|#|//|/\*|\*/|<[/!?]?[A-Za-z]|[{}]|>>>\s|@\w)""")
_CODE_ENDINGS = ("{", "}", "[", "(", ";", "\\", "=>", ");", "){", ") {")
_ONLY_PUNCTUATION = re.compile(r"[\W_]+")
_ASSIGNMENT = re.compile(r"^\s*[A-Za-z_][\w.\-\[\]\"']*\s*(?:=|:=|\+=|->)\s*\S")
_YAML_KEY = re.compile(r"^\s*-?\s*[a-z_][\w.\-]*:(?:\s+\S+)?\s*$")
_CALL = re.compile(r"^\s*[\w.]+\([^)]*\)[;,]?\s*$")
_KEYWORD = re.compile(r"^\s*(?:def|class|import|from|return|if|elif|else|for|while|try|except|fi|done|"
                      r"export|sudo|echo|curl|kubectl|docker|pip|cd|mkdir|chmod|function|var|let|const|"
                      r"public|private|static|void|int|package|func|SELECT|INSERT|UPDATE|CREATE)\b")
_COMMENT = re.compile(r"^\s*(?:#|//|/\*|%)")
_KEYWORD_CALL = re.compile(_KEYWORD.pattern + r"\(")
_SYMBOLS = "{}[]()<>;=$#/\\|&*_:\"'`"
_DROP_SYMBOLS = str.maketrans("", "", _SYMBOLS)


def is_roman(token: str) -> bool:
    return bool(token) and _ROMAN.fullmatch(token) is not None


def is_page_number(line: str) -> bool:
    """"12", "- 12 -", "Page 12", "Page 12 of 40", "12 / 40", "iv", "[7]"."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 24 and _PAGE_NUMBER.fullmatch(stripped) is not None


def is_list_item(line: str) -> bool:
    return _LIST_ITEM.match(line) is not None


def is_code_line(line: str) -> bool:
    """True for lines that look like code, shell, or config rather than prose.

    Deliberately structural (leading sigils, trailing braces/semicolons, `key = value`,
    `key: value` YAML, calls, keyword-led short or symbolic lines, symbol density): prose
    rarely ends in `;` or `{` or starts with `$ `; a wrapped prose line may well start with
    "for" or "(" and end without punctuation, so those alone do not count. Leading indentation alone is not used, because pypdf's
    default mode does not reproduce indentation consistently.
    """
    stripped = line.strip()
    if not stripped:
        return False
    if _CODE_START.match(stripped) or stripped.endswith(_CODE_ENDINGS):
        return not _looks_like_sentence(stripped)
    if _ASSIGNMENT.match(stripped) or _YAML_KEY.match(stripped) or _CALL.match(stripped):
        return True
    if _ONLY_PUNCTUATION.fullmatch(stripped):  # "});", "]", "---"
        return True
    if _KEYWORD.match(stripped) and stripped[-1] not in ".,!?":
        # "for the queue to drain" is prose; "import os" and "for i in range(3):" are not.
        # A wrapped prose line may start with "for"/"if"/"package" and still hold a "(", ":"
        # or a URL ("package itself): for example ... (https://"): one that is mostly plain
        # words is prose, as a code line after a keyword is mostly identifiers and operators
        # -- unless the keyword is called ("export(mle) # exports the generic"): prose never
        # writes "if(" or "export(".
        if len(stripped.split()) <= 3 or (any(ch in "(){}=:;$/" for ch in stripped) and (
                _KEYWORD_CALL.match(stripped) or not _mostly_words(stripped))):
            return True
    symbols = len(stripped) - len(stripped.translate(_DROP_SYMBOLS))
    return len(stripped) >= 4 and symbols / len(stripped) >= 0.2


def is_code(line: str, fonts: LineFonts = NO_FONTS) -> bool:
    """Is `line` code, given its page's fonts? A line set in monospace is, one set in a
    proportional font is not; a line the fonts say nothing about (mixed fonts, a text the reader
    did not see as one line, a document whose fonts tell nothing) is judged by shape
    (`is_code_line`). See documents/monospace.py for the verdicts.

    Why: in a manual that sets code in monospace, the font is the author's own markup, while
    shape rules must guess, both ways: a listing's "end" or "exit 1" reads as prose, a prose
    line naming "{error, Term}" or ending in "returns:" reads as code. No shape rule is sure
    enough to overrule a proportional font: on 13 audited manuals the rules call 1.7k
    proportional lines code, nearly all labels ("Note:", "follows:"), symbol tables and prose
    around inline code; the few real ones (a BNF grammar, CJK strings in a Ruby listing) come
    with as many prose lines of the same shape.
    """
    monospace = fonts.monospace(line)
    return is_code_line(line) if monospace is None else monospace


def is_comment_line(line: str) -> bool:
    """A line starting like a code comment ("# ...", "// ...", "/* ...", "% ...")."""
    return _COMMENT.match(line) is not None


def _plain_word(word: str) -> bool:
    """"word", "Word,", "don't": letters only, no inner capital (so no camelCase identifier)."""
    core = word.rstrip(".,;:").replace("'", "").replace("\u2019", "")
    return core.isalpha() and core[1:] == core[1:].lower()


def _mostly_words(stripped: str) -> bool:
    """At least 8 words, 3 in 4 plain: a prose line, whatever its punctuation. Code lines that
    start with a keyword ("for (int i = 0; i < n; i++)", "void f(int *x)", "if [ -f x ]; then")
    fall far below; the line length keeps short `keyword name(args)` lines out."""
    words = stripped.split()
    return len(words) >= 8 and 4 * sum(_plain_word(w) for w in words) >= 3 * len(words)


def _looks_like_sentence(stripped: str) -> bool:
    """Several plain words and a sentence ending: prose that happens to start with '(' etc."""
    words = stripped.split()
    plain = sum(w.isalpha() for w in words)
    return len(words) >= 6 and plain / len(words) >= 0.7 and stripped[-1] in ".!?:"


_NON_LETTERS = re.compile(r"[\W\d_]+")


def letters(text: str) -> int:
    return len(_NON_LETTERS.sub("", text))
