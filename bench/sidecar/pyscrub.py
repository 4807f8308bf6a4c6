"""The Python contender's scrubbing: the PII kinds the issue asks the sidecar to mask, as regular
expressions with the same checksums and shape rules as piiproxy's detectors.

Kinds, in piiproxy's order (a secret or an e-mail may contain digit runs that a looser rule would
cut into pieces, so the looser rules run last, on the text the earlier ones left): secrets (vendor
key prefixes, "Bearer <token>", PEM private keys, the value after a credential key name such as
"password=" or "api_key:", and long random base62 tokens), e-mail, IBAN (mod-97), payment card
(Luhn), US SSN, IPv4/IPv6 (parsed by ``ipaddress``), phone. piiproxy also masks names and street
addresses after their cues, national identity numbers of 28 schemes and passports, and dates of
birth after a birth cue; those are left out here, so the comparison still favours Python.

Written the way a careful Python engineer would for speed: every pattern compiled once, the
digit-based rules skipped for a text without digits, checksums only on candidates.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter

VENDOR_KEY = re.compile(
    r"\b(?:(?:AKIA|ASIA)[0-9A-Z]{16}"
    r"|gh[pousr]_[0-9A-Za-z]{30,}|github_pat_\w{40,}|glpat-[\w-]{20,}"
    r"|xox[abprs]-[\w-]{10,}|[rs]k_(?:live|test)_\w{16,}|sk-[\w-]{20,}"
    r"|AIza[\w-]{30,}|hf_\w{30,}|npm_\w{30,}"
    r"|eyJ[\w-]{10,}\.eyJ[\w-]+\.[\w-]*)"
)
BEARER = re.compile(r"(?i)\b(?:bearer|basic|token)\s+([\w~+/.-]{16,}=*)")
PEM = re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----.*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|\Z)", re.S)
# A credential key name (its last component), a ":" or "=" (optionally quoted), then the value
# (not a placeholder an earlier rule put there, nor the full stop after it).
ASSIGNED = re.compile(
    r"(?i)\b[\w-]*?(?:password|passwd|pwd|passphrase|secret|token|api_?key|access_?key|private_?key"
    r"|client_?secret|credentials?|auth)[\"']?\s*(?:[:=]|=>|:=)\s*[\"']?([^\s\"',;<][^\s\"',;]{4,}[^\s\"',;.])"
)
RANDOM_TOKEN = re.compile(r"(?<![\w/+-])[0-9A-Za-z+/_-]{32,512}={0,2}(?![\w/+-])")
EMAIL = re.compile(r"[\w.%+-]+@[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2}[\w-]*")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[0-9A-Z]{4}){2,7}(?: ?[0-9A-Z]{1,3})?\b")
CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]{0,15}(?![\w:])")
# piiproxy's phone shapes: "+" (or "(+") and 8-15 digits in groups with single separators and at
# most one parenthesised group; "(555) 123-4567"; national numbers starting with a trunk "0"
# ("030 12345678", "06 12 34 56 78", "0044 20 7946 0958", compact "07911123456"); "555.123.4567".
# Not inside a word or a longer number.
PHONE = re.compile(
    r"(?<![\w+.])(?:"
    r"\(?\+\d{1,4}\)?(?:[ ./-]?\(?\d{1,5}\)?){1,7}"
    r"|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}"
    r"|\d{3}([ .-])\d{3}\1\d{4}"
    r"|0\d{9,10}"
    r"|0\d{1,4}(?:[ ./-]\d{2,8}){1,5}"
    r")(?![\w])"
)
# Dates such as 01.02.2024 or 2024-01-02 have a phone's shape; piiproxy refuses them too.
DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
DIGIT = re.compile(r"\d")


class Placeholders:
    """Numbers the distinct values of each kind within one request: the same address is <EMAIL_1>
    wherever it occurs, so the model still sees that two mentions are the same person."""

    __slots__ = ("seen", "per_kind", "count")

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], str] = {}
        self.per_kind: Counter[str] = Counter()
        self.count = 0

    def get(self, kind: str, value: str) -> str:
        key = (kind, value)
        tag = self.seen.get(key)
        if tag is None:
            self.per_kind[kind] += 1
            tag = self.seen[key] = f"<{kind}_{self.per_kind[kind]}>"
        self.count += 1
        return tag


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _card_ok(number: str) -> bool:
    digits = number.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and _luhn(digits)


def _ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _phone_ok(number: str) -> bool:
    digits = len(DIGIT.findall(number))
    if number.lstrip("(").startswith("+"):
        return 8 <= digits <= 15
    return 7 <= digits <= 15 and not DATE.fullmatch(number)


def _entropy(token: str) -> float:
    n = len(token)
    return -sum(c / n * math.log2(c / n) for c in Counter(token).values())


def _random_token(token: str) -> bool:
    """piiproxy's rule: upper, lower and digits, and an entropy near random base62 text's."""
    token = token.rstrip("=")
    has = (any(c.islower() for c in token), any(c.isupper() for c in token), any(c.isdigit() for c in token))
    return all(has) and _entropy(token) >= min(4.6, 4.2 + 0.025 * (len(token) - 32))


def _mask(pattern: re.Pattern[str], text: str, kind: str, tags: Placeholders, valid=None, group: int = 0) -> str:
    """Replaces each match of ``pattern`` (its ``group``) that ``valid`` accepts by a placeholder."""

    def replace(m: re.Match[str]) -> str:
        value = m.group(group)
        if valid is not None and not valid(value):
            return m.group()
        if group == 0:
            return tags.get(kind, value)
        start, end = m.span(group)
        whole = m.group()
        return whole[: start - m.start()] + tags.get(kind, value) + whole[end - m.start() :]

    return pattern.sub(replace, text)


def mask_text(text: str, tags: Placeholders) -> str:
    text = _mask(PEM, text, "SECRET", tags)
    text = _mask(VENDOR_KEY, text, "SECRET", tags)
    text = _mask(BEARER, text, "SECRET", tags, group=1)
    text = _mask(ASSIGNED, text, "SECRET", tags, group=1)
    text = _mask(RANDOM_TOKEN, text, "SECRET", tags, _random_token)
    if "@" in text:
        text = _mask(EMAIL, text, "EMAIL", tags)
    if ":" in text:
        text = _mask(IPV6, text, "IP", tags, _ip_ok)
    if not DIGIT.search(text):
        return text
    text = _mask(IBAN, text, "IBAN", tags, _iban_ok)
    text = _mask(CARD, text, "CREDIT_CARD", tags, _card_ok)
    text = _mask(SSN, text, "SSN", tags)
    text = _mask(IPV4, text, "IP", tags)
    return _mask(PHONE, text, "PHONE", tags, _phone_ok)
