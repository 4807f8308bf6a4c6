"""Recall and false positives of piiproxy's scrubber (scrub.Text) on Faker's data in every locale.

Run by `make bench-pii` (which makes the venv .venv/bench-pii with faker pinned and builds
var/bench/pii/scrub_lines from bench/pii/scrub_lines). Faker's per-locale formats were written by
other people than the scrubber's authors, so this measures the scrubber on formats nobody here chose.

For each Faker locale that has its own provider for a kind (the provider Faker resolves for the
locale is that locale's, not the en_US/en_GB fallback), N values (--per-kind) are generated and put
in short English sentences with a cue ("Please call me at {v}.", "IBAN {v}", ...). Every sentence is
passed through one scrub_lines process. A positive row is 'masked' when the value's text is gone from
the output and 'right kind' when a placeholder of the expected kind is there too; 'no residue' also
asks that no piece of the value (a word of 4+ characters or a run of 3+ digits) is left. A near-miss
row (EAN, ISBN, UUID, hash, price, invoice date, company, postcode, plate, order number) must come
back unchanged: any placeholder is a false positive.

Writes var/bench/pii/report.md, misses.jsonl (every positive row not masked or masked as another
kind), false_positives.jsonl and rows.jsonl (every row with its verdict); prints the report.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
import logging
import warnings

import faker
import faker.config
from faker import Faker
from faker.providers.ssn import Provider as BaseSSN

try:  # optional: validates Faker's phone numbers; installed by `make bench-pii`
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None

SEED = 20261129
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "var", "bench", "pii")
PLACEHOLDER = re.compile(r"<([A-Z_]+?)_\d+>")
TABLE = "\x00"  # marks the per-locale tables' lines: in report.md, not printed unless --full

# ------------------------------------------------------------------------------------------ checks


def luhn_ok(number: str) -> bool:
    """A card number: twelve digits or more that pass Luhn."""
    return len(_digits(number)) >= 12 and _luhn(number)


# IBAN lengths of the ISO 13616 registry (SWIFT's IBAN registry), by country code.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def iban_status(iban: str) -> str:
    """'ok', 'no IBAN country', 'bad length', 'bad check' or 'bad characters'."""
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return "bad characters"
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    if int(num) % 97 != 1:
        return "bad check"
    if s[:2] not in IBAN_LENGTHS:
        return "no IBAN country"
    if len(s) != IBAN_LENGTHS[s[:2]]:
        return "bad length"
    return "ok"


def ssa_ok(ssn: str) -> bool:
    """The US Social Security Administration's shape rules for an SSN written ###-##-####."""
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def _digits(s: str) -> list[int]:
    return [int(c) for c in s if c.isdigit()]


def _luhn(s: str) -> bool:
    d = _digits(s)
    return bool(d) and sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2)
                           for i, x in enumerate(reversed(d))) % 10 == 0


def _weighted(d: list[int], weights) -> int:
    return sum(x * w for x, w in zip(d, weights))


def _no(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11:
        return False
    k1 = (11 - _weighted(d, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11) % 11
    k2 = (11 - _weighted(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11) % 11
    return k1 == d[9] and k2 == d[10]


def _et(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11:
        return False
    r = _weighted(d, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if r == 10:
        r = _weighted(d, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return r == d[10]


def _hr(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11:
        return False
    a = 10
    for x in d[:10]:
        a = (a + x) % 10 or 10
        a = a * 2 % 11
    return (11 - a) % 10 == d[10]


def _jmbg(s: str) -> bool:
    d = _digits(s)
    if len(d) != 13:
        return False
    m = 11 - _weighted(d, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if m > 9 else m) == d[12]


def _cpf(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11:
        return False
    c1 = _weighted(d, range(10, 1, -1)) * 10 % 11 % 10
    c2 = _weighted(d, range(11, 1, -1)) * 10 % 11 % 10
    return c1 == d[9] and c2 == d[10]


def _be(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    return any(97 - int(p + d[:9]) % 97 == int(d[9:]) for p in ("", "2"))


def _fi(s: str) -> bool:
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", s)
    return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m[1] + m[2]) % 31] == m[3]


def _zh_cn(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[_weighted(_digits(s[:17]), w) % 11] == s[17]


def _tr(s: str) -> bool:
    d = _digits(s)
    if len(d) != 11 or d[0] == 0:
        return False
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def _nif(s: str) -> bool:
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    n = int(str("XYZ".index(m[1])) + m[2] if m[1] else m[2])
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == m[3]


def _ean13(s: str) -> bool:
    d = _digits(s)
    return len(d) == 13 and (10 - _weighted(d, (1, 3) * 6) % 10) % 10 == d[12]


# National-id check rules, by locale, for the ids Faker's ssn() (or EXTRA_IDS) makes there; a locale
# not listed is not checked. Only public, well-known rules.
ID_CHECKS = {
    "en_US": ssa_ok, "en_CA": _luhn, "he_IL": _luhn, "el_GR": _luhn, "es_MX": _luhn, "sv_SE": _luhn,
    "en_GB": lambda s: not s.replace(" ", "").startswith("ZZ"),  # ZZ is never allocated (HMRC)
    "fi_FI": _fi, "no_NO": _no, "et_EE": _et, "hr_HR": _hr, "mk_MK": _jmbg, "sr_BA": _jmbg,
    "pt_BR": _cpf, "nl_BE": _be, "zh_CN": _zh_cn, "tr_TR": _tr,
    "nl_NL": lambda s: len(_digits(s)) == 9 and (_weighted(_digits(s), range(9, 1, -1)) - _digits(s)[8]) % 11 == 0,
    "pl_PL": lambda s: len(_digits(s)) == 11 and (10 - _weighted(_digits(s)[:10], (1, 3, 7, 9) * 3) % 10) % 10 == _digits(s)[10],
    "fr_FR": lambda s: len(_digits(s)) == 15 and 97 - int(s[:13]) % 97 == int(s[13:]),
    "ro_RO": lambda s: len(_digits(s)) == 13 and (lambda r: 1 if r == 10 else r)(_weighted(_digits(s), (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11) == _digits(s)[12],
    "ko_KR": lambda s: len(_digits(s)) == 13 and (11 - _weighted(_digits(s), (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)) % 11) % 10 == _digits(s)[12],
    "th_TH": lambda s: len(_digits(s)) == 13 and (11 - _weighted(_digits(s), range(13, 1, -1)) % 11) % 10 == _digits(s)[12],
    "uk_UA": lambda s: len(_digits(s)) == 10 and _weighted(_digits(s), (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10 == _digits(s)[9],
    "de_CH": _ean13, "fr_CH": _ean13,
}
EXTRA_CHECKS = {"nif": _nif}


def phone_valid(number: str, locale: str) -> bool | None:
    if phonenumbers is None or "_" not in locale:
        return None
    region = locale.split("_")[1]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


# ------------------------------------------------------------------------------------------ kinds

ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def month_name(f: Faker, month: int) -> str:
    names = getattr(f.date_of_birth.__self__, "MONTH_NAMES", None)
    if isinstance(names, dict):
        for key in (f"{month:02d}", str(month), month):
            if key in names:
                return names[key]
    return ENGLISH_MONTHS[month - 1]


DATE_FORMATS = ["iso", "dd.mm.yyyy", "dd/mm/yyyy", "d month yyyy"]


def render_date(f: Faker, d: dt.date, i: int) -> tuple[str, str]:
    """Faker's own date string (ISO 8601, what date_of_birth() and date() give) and three common
    written forms, the last with the locale's month name from Faker's date_time provider."""
    fmt = DATE_FORMATS[i % len(DATE_FORMATS)]
    if fmt == "iso":
        return fmt, d.isoformat()
    if fmt == "dd.mm.yyyy":
        return fmt, d.strftime("%d.%m.%Y")
    if fmt == "dd/mm/yyyy":
        return fmt, d.strftime("%d/%m/%Y")
    return fmt, f"{d.day} {month_name(f, d.month)} {d.year}"


def ssn_generator(f: Faker) -> str:
    """'own' where the locale's ssn provider defines ssn(), 'formats' where it only sets its own
    ssn_formats, 'generic' where ssn() is Faker's base ###-##-#### (a US-shaped number)."""
    cls = type(f.ssn.__self__)
    if cls.ssn is not BaseSSN.ssn:
        return "own"
    if getattr(cls, "ssn_formats", BaseSSN.ssn_formats) is not BaseSSN.ssn_formats:
        return "formats"
    return "generic"


# National-id generators that some locales have beside a generic ssn() (read from Faker's
# providers/ssn/<locale>/__init__.py); each becomes the kind national_id_extra.
EXTRA_IDS = {
    "cs_CZ": ["birth_number"], "sk_SK": ["birth_number"], "de_DE": ["rvnr", "kvnr"],
    "en_IN": ["aadhaar_id"], "es_ES": ["nif", "nie"], "es_CL": ["person_rut"], "es_CO": ["nuip"],
    "es_MX": ["curp"],
}


def phone_method(f: Faker) -> str:
    return "phone_number" if hasattr(f, "phone_number") else "mobile_number"


class Kind:
    def __init__(self, name, method, templates, expect=(), negative=False, every_locale=False, scale=1):
        self.name, self.method, self.templates, self.scale = name, method, templates, scale
        self.expect, self.negative, self.every_locale = tuple(expect), negative, every_locale


POSITIVE = [
    Kind("email", "email", ["My e-mail is {v}", "Email: {v}", "Write to {v} for the details."], ["EMAIL"]),
    Kind("phone_number", phone_method, ["Please call me at {v}.", "Phone: {v}", "Tel. {v}, ask for the office."], ["PHONE"]),
    Kind("credit_card_number", "credit_card_number", ["Card: {v}", "My card number is {v}.", "Charge it to {v} please"], ["CREDIT_CARD"], scale=5),
    Kind("iban", "iban", ["IBAN {v}", "Please transfer the money to {v}.", "Account: {v}"], ["IBAN"]),
    Kind("ssn", "ssn", ["SSN: {v}", "ID number: {v}", "My national ID is {v}."], ["SSN", "NATIONAL_ID"]),
    Kind("national_id_extra", None, ["ID number: {v}", "My national ID is {v}.", "ID: {v}"], ["SSN", "NATIONAL_ID"]),
    Kind("ipv4", "ipv4", ["Server {v} is down", "Connection from {v} refused.", "IP: {v}"], ["IP"]),
    Kind("ipv6", "ipv6", ["Server {v} is down", "Connection from {v} refused.", "IP: {v}"], ["IP"]),
    Kind("date_of_birth", "date_of_birth", ["Born {v}", "Date of birth: {v}", "DOB: {v}", "I was born on {v}."], ["DATE_OF_BIRTH"]),
    Kind("name", "name", ["Name: {v}", "My name is {v}.", "Contact person: {v}"], ["NAME"]),
    Kind("address", "address", ["Address: {v}", "Ship to:\n{v}", "I live at {v}."], ["ADDRESS"]),
]
NEGATIVE = [
    Kind("ean13", "ean13", every_locale=True, templates=["EAN {v}", "Barcode: {v}"], negative=True),
    Kind("isbn13", "isbn13", every_locale=True, templates=["ISBN {v}", "See the book {v} for more."], negative=True),
    Kind("uuid4", "uuid4", every_locale=True, templates=["Request id {v} failed", "trace={v}"], negative=True),
    Kind("sha256", "sha256", every_locale=True, templates=["Checksum: {v}", "sha256 {v}"], negative=True),
    Kind("pricetag", "pricetag", ["Total: {v}", "It costs {v} now."], negative=True),
    Kind("invoice_date", "date", ["Invoice date {v}", "Delivered on {v}."], negative=True),
    Kind("company", "company", ["We ordered from {v}.", "Supplier: {v}"], negative=True),
    Kind("postcode", "postcode", ["Postcode {v}", "Is {v} in your delivery area?"], negative=True),
    Kind("license_plate", "license_plate", ["Plate {v}", "The van {v} is parked outside."], negative=True),
    Kind("order_number", "random_number", ["Order {v}", "Order {v} has shipped."], negative=True, every_locale=True),
]


def provider_lang(f: Faker, method: str) -> str | None:
    fn = getattr(f, method, None)
    return getattr(getattr(fn, "__self__", None), "__lang__", None) if fn else "missing"


def generate(locale: str, per_kind: int, kinds: list[Kind], meta: dict) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = Faker(locale)
    rows: list[dict] = []
    meta["ssn_generator"][locale] = ssn_generator(f) if provider_lang(f, "ssn") == locale else "fallback"
    for kind in kinds:
        method = kind.method(f) if callable(kind.method) else kind.method
        if kind.name == "national_id_extra":
            methods = EXTRA_IDS.get(locale, [])
            if not methods:
                continue
        else:
            lang = provider_lang(f, method)
            if lang == "missing":
                continue
            if not kind.every_locale and lang != locale:
                meta["fallback"][kind.name].append(locale)
                continue
            methods = [method]
        if kind.name == "ssn":
            gen = ssn_generator(f)
            label = "ssn_generic" if gen == "generic" else "ssn"
        else:
            label = kind.name
        # Every (locale, kind) stream is seeded from SEED, so a --locales filter or another
        # --per-kind leaves the other streams as they are.
        f.seed_instance(f"{SEED}/{locale}/{kind.name}")
        card_types = list(getattr(f.credit_card_number.__self__, "credit_card_types", {}) or [None])
        try:
            getattr(f, methods[0])()
        except Exception as e:  # a Faker bug in this locale's provider: counted, kind skipped
            meta["faker_errors"].append(f"{locale}.{methods[0]}(): {type(e).__name__}: {e}")
            continue
        f.seed_instance(f"{SEED}/{locale}/{kind.name}")
        for i in range(per_kind * kind.scale):
            variant, valid = "", None
            if kind.name == "credit_card_number":
                variant = card_types[i % len(card_types)] or ""
                value = f.credit_card_number(card_type=variant or None)
                valid = luhn_ok(value)
            elif kind.name in ("date_of_birth", "invoice_date"):
                d = f.date_of_birth(minimum_age=18, maximum_age=90) if kind.name == "date_of_birth" else f.date_object()
                variant, value = render_date(f, d, i)
            elif kind.name == "order_number":
                value = str(f.random_number(digits=8))
            elif kind.name == "national_id_extra":
                variant = methods[i % len(methods)]
                value = str(getattr(f, variant)())
            else:
                value = str(getattr(f, method)())
            if kind.name == "iban":
                variant = iban_status(value)
                valid = variant == "ok"
            elif kind.name == "phone_number":
                valid = phone_valid(value, locale)
                variant = method
            elif label == "ssn_generic":
                variant, valid = "generic", ssa_ok(value)
            elif label == "ssn":
                variant = ssn_generator(f)
                valid = ID_CHECKS[locale](value) if locale in ID_CHECKS else None
            elif kind.name == "national_id_extra" and variant in EXTRA_CHECKS:
                valid = EXTRA_CHECKS[variant](value)
            elif kind.name == "ipv6":
                variant = "multicast ff00::/8" if value.lower().startswith("ff") else "unicast"
            template = kind.templates[i % len(kind.templates)]
            rows.append({
                "id": len(rows), "locale": locale, "kind": label, "negative": kind.negative,
                "expect": list(kind.expect), "value": value, "variant": variant, "valid": valid,
                "text": template.replace("{v}", value), "template": template,
            })
    return rows


# ------------------------------------------------------------------------------------------ scoring

def residue(value: str, text: str, scrubbed: str) -> list[str]:
    """Pieces of the value left in the output: its words of 4+ characters and its runs of 3+
    digits that the template around it does not contain itself."""
    rest = PLACEHOLDER.sub(" ", scrubbed)
    around = text.replace(value, " ")
    pieces = set(re.findall(r"\d{3,}", value))
    pieces |= {w for w in re.findall(r"[^\W\d_]{4,}", value)}
    return sorted(p for p in pieces if p in rest and p not in around)


def score(rows: list[dict], scrubbed: list[str]) -> None:
    for row, out in zip(rows, scrubbed):
        row["scrubbed"] = out
        kinds = sorted(set(PLACEHOLDER.findall(out)))
        row["placeholders"] = kinds
        if row["negative"]:
            row["fp"] = bool(kinds)
            continue
        row["masked"] = row["value"] not in out
        row["right_kind"] = any(k in kinds for k in row["expect"])
        row["residue"] = residue(row["value"], row["text"], out)
        row["clean"] = row["masked"] and row["right_kind"] and not row["residue"]


def run_scrubber(binary: str, rows: list[dict]) -> list[str]:
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    proc = subprocess.run([binary], input=payload.encode(), capture_output=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"scrub_lines failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    out = [json.loads(line) for line in proc.stdout.decode().splitlines() if line]
    if len(out) != len(rows) or any(o["id"] != r["id"] for o, r in zip(out, rows)):
        sys.exit(f"scrub_lines answered {len(out)} lines for {len(rows)}")
    return [o["scrubbed"] for o in out]


# ------------------------------------------------------------------------------------------ report

def pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:.1f}%" if den else "-"


def md_cell(s: str) -> str:
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "⏎")


def quote(s: str) -> str:
    return "`" + md_cell(s).replace("`", "'") + "`"


def scrubber_version() -> str:
    def git(*args):
        r = subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else "?"
    head = git("rev-parse", "--short", "HEAD")
    dirty = git("status", "--porcelain", "--", "go/sidecars/piiproxy")
    return f"{head}" + (f" plus {len(dirty.splitlines())} uncommitted file(s) under go/sidecars/piiproxy" if dirty and dirty != "?" else "")


def report(rows: list[dict], meta: dict, args, timings: dict) -> str:
    pos = [r for r in rows if not r["negative"]]
    neg = [r for r in rows if r["negative"]]
    L: list[str] = []
    w = L.append
    w("# PII scrubber on Faker's data, every Faker locale\n")
    w(f"Faker {faker.VERSION}, seed {SEED}, {args.per_kind} values per kind and locale, "
      f"{len(meta['locales'])} locales tried; scrubber at {meta['scrubber']}; "
      f"phone validation: {'phonenumbers ' + phonenumbers.__version__ if phonenumbers else 'not installed'}.")
    w(f"{len(pos)} positive and {len(neg)} near-miss sentences; generation {timings['generate']:.1f} s, "
      f"scrubbing {timings['scrub']:.1f} s (one scrub_lines process), total {timings['total']:.1f} s.\n")
    w("*masked*: the value's text is gone from the output. *right kind*: a placeholder of the expected "
      "kind is there (SSN or NATIONAL_ID for identity numbers). *no residue*: masked, right kind, and "
      "no word of 4+ characters or run of 3+ digits of the value is left. Rows whose value is itself "
      "invalid (IBAN failing mod-97 / the registry's length / from a country without IBANs, card "
      "failing Luhn) are left out of recall and counted in the validity section.\n")

    def scored(kind):
        return [r for r in pos if r["kind"] == kind
                and not (kind in ("iban", "credit_card_number") and r["valid"] is False)]

    kinds = []
    for r in pos:
        if r["kind"] not in kinds:
            kinds.append(r["kind"])

    w("## Recall per kind\n")
    w("| kind | rows | locales | masked | right kind | no residue | checked values: valid / invalid | right kind on valid | on invalid |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k in kinds:
        rs = scored(k)
        n = len(rs)
        ok = [r for r in rs if r["valid"] is True]
        bad = [r for r in rs if r["valid"] is False]
        chk = f"{len(ok)} / {len(bad)}" if ok or bad else "-"
        w(f"| {k} | {n} | {len({r['locale'] for r in rs})} | {pct(sum(r['masked'] for r in rs), n)} | "
          f"{pct(sum(r['masked'] and r['right_kind'] for r in rs), n)} | {pct(sum(r['clean'] for r in rs), n)} | "
          f"{chk} | {pct(sum(r['masked'] and r['right_kind'] for r in ok), len(ok))} | "
          f"{pct(sum(r['masked'] and r['right_kind'] for r in bad), len(bad))} |")
    w("")
    w("*right kind* counts rows that are masked and carry the expected placeholder. *checked values*: "
      "rows whose value this script could check (IBAN mod-97 and length, Luhn, libphonenumber's "
      "is_valid_number for the locale's region, the SSA's rules for US-shaped SSNs, the public check "
      "digits of a locale's national id where listed in ID_CHECKS); invalid IBANs and cards are not in "
      "the rows, invalid phones and ids are.\n")

    w("## Near misses: false-positive rate\n")
    w("| near-miss kind | rows | locales | rows with a placeholder | FP rate | placeholders seen |")
    w("|---|---:|---:|---:|---:|---|")
    nkinds = []
    for r in neg:
        if r["kind"] not in nkinds:
            nkinds.append(r["kind"])
    for k in nkinds:
        rs = [r for r in neg if r["kind"] == k]
        seen = collections.Counter(p for r in rs for p in r["placeholders"])
        w(f"| {k} | {len(rs)} | {len({r['locale'] for r in rs})} | {sum(r['fp'] for r in rs)} | "
          f"{pct(sum(r['fp'] for r in rs), len(rs))} | {', '.join(f'{p}×{c}' for p, c in seen.most_common()) or '-'} |")
    w("")
    for k in nkinds:
        fps = [r for r in neg if r["kind"] == k and r["fp"]]
        if not fps:
            continue
        by = collections.Counter(r["locale"] for r in fps)
        w(f"**{k}** false positives by locale: " + ", ".join(f"{l} {c}" for l, c in by.most_common(10)))
        w("")
        tby = collections.Counter(r["template"] for r in fps)
        w(f"by sentence: " + ", ".join(f"{quote(t)} {c}" for t, c in tby.most_common()))
        w("")
        for r in fps[:: max(1, len(fps) // 5)][:5]:
            w(f"- {r['locale']}: {quote(r['text'])} → {quote(r['scrubbed'])}")
        w("")

    w("## Recall by locale, worst first\n")
    for k in kinds:
        rs = scored(k)
        by = collections.defaultdict(list)
        for r in rs:
            by[r["locale"]].append(r)
        order = sorted(by, key=lambda l: (sum(r["masked"] and r["right_kind"] for r in by[l]) / len(by[l]),
                                          sum(r["masked"] for r in by[l]) / len(by[l]), l))
        w(f"### {k}\n")
        extra = " | generator" if k.startswith("ssn") else ""
        checked = any(r["valid"] is not None for r in rs)
        extra += " | valid values" if checked else ""
        w(f"{TABLE}| locale | rows | masked | right kind | no residue{extra} |")
        w(TABLE + "|---|---:|---:|---:|---:" + "|---" * extra.count("|") + "|")
        for l in order:
            g = by[l]
            cell = f" | {g[0]['variant']}" if k.startswith("ssn") else ""
            if checked:
                cell += (f" | {sum(r['valid'] is True for r in g)}/{len(g)}"
                         if any(r["valid"] is not None for r in g) else " | not checked")
            w(f"{TABLE}| {l} | {len(g)} | {pct(sum(r['masked'] for r in g), len(g))} | "
              f"{pct(sum(r['masked'] and r['right_kind'] for r in g), len(g))} | {pct(sum(r['clean'] for r in g), len(g))}{cell} |")
        w("")
        w(f"Worst {min(10, len(order))} locales of {k}, three misses each (input → output):\n")
        for l in order[:10]:
            miss = [r for r in by[l] if not (r["masked"] and r["right_kind"])]
            if not miss:
                partial = [r for r in by[l] if r["residue"]]
                if not partial:
                    continue
                miss = partial
            w(f"- **{l}** ({pct(sum(r['masked'] and r['right_kind'] for r in by[l]), len(by[l]))} right kind)")
            for r in miss[:3]:
                why = "not masked" if not r["masked"] else ("other kind " + ",".join(r["placeholders"]) if not r["right_kind"] else "residue " + ",".join(r["residue"]))
                w(f"  - {why}: {quote(r['text'])} → {quote(r['scrubbed'])}")
        w("")
        # Breakdowns by variant (card type, date format, extra id) where there is one.
        variants = collections.defaultdict(list)
        for r in rs:
            if r["variant"]:
                variants[r["variant"]].append(r)
        if len(variants) > 1:
            w(f"{k} by variant (right kind): " + "; ".join(
                f"{v} {pct(sum(r['masked'] and r['right_kind'] for r in g), len(g))} of {len(g)}"
                for v, g in sorted(variants.items())))
            w("")
        templates = collections.defaultdict(list)
        for r in rs:
            templates[r["template"]].append(r)
        w(f"{k} by sentence (right kind): " + "; ".join(
            f"{quote(t)} {pct(sum(r['masked'] and r['right_kind'] for r in g), len(g))}"
            for t, g in templates.items()))
        w("")

    w("## Validity of Faker's values\n")
    ib = [r for r in pos if r["kind"] == "iban"]
    st = collections.Counter(r["variant"] for r in ib)
    w(f"IBANs: {len(ib)} generated; " + ", ".join(f"{s} {c}" for s, c in st.most_common()) + ".")
    bad = collections.defaultdict(collections.Counter)
    for r in ib:
        if r["variant"] != "ok":
            bad[r["locale"]][r["variant"]] += 1
    if bad:
        w("Locales whose IBANs are not valid (left out of recall): " + "; ".join(
            f"{l} ({', '.join(f'{s} {c}' for s, c in cs.items())}, e.g. {next(r['value'] for r in ib if r['locale'] == l)})"
            for l, cs in sorted(bad.items())) + ".")
        inval = [r for r in ib if r["variant"] != "ok"]
        w(f"The scrubber masked {sum(r['masked'] for r in inval)} of these {len(inval)} invalid values "
          f"({sum(r['masked'] and r['right_kind'] for r in inval)} as IBAN).")
    w("")
    cc = [r for r in pos if r["kind"] == "credit_card_number"]
    w(f"Cards: {len(cc)} generated, {sum(not r['valid'] for r in cc)} fail Luhn.\n")
    ph = [r for r in pos if r["kind"] == "phone_number" and r["valid"] is not None]
    if ph:
        okp = [r for r in ph if r["valid"]]
        badp = [r for r in ph if not r["valid"]]
        w(f"Phones: {len(ph)} checked with libphonenumber against the locale's region; {len(badp)} "
          f"({pct(len(badp), len(ph))}) are not valid numbers there. Recall (right kind) on valid ones "
          f"{pct(sum(r['masked'] and r['right_kind'] for r in okp), len(okp))}, on invalid ones "
          f"{pct(sum(r['masked'] and r['right_kind'] for r in badp), len(badp))} (both are in the table above).")
        byl = collections.defaultdict(list)
        for r in ph:
            byl[r["locale"]].append(r)
        worst = sorted(byl, key=lambda l: sum(r["valid"] for r in byl[l]) / len(byl[l]))
        w("Locales with the most invalid phone numbers: " + ", ".join(
            f"{l} {pct(sum(not r['valid'] for r in byl[l]), len(byl[l]))} (e.g. {next(r['value'] for r in byl[l] if not r['valid'])})"
            for l in worst[:12] if any(not r["valid"] for r in byl[l])) + ".")
        w("")
    ss = [r for r in pos if (r["kind"] == "ssn_generic" or r["kind"] == "ssn" and r["locale"] == "en_US")
          and r["valid"] is not None]
    if ss:
        bads = [r for r in ss if not r["valid"]]
        w(f"US-shaped SSNs (en_US and every locale with Faker's generic ###-##-####): {len(ss)}, {len(bads)} "
          f"break the SSA's rules (area 000, 666 or 9xx, group 00, serial 0000); recall (right kind) on those "
          f"{pct(sum(r['masked'] and r['right_kind'] for r in bads), len(bads))}, on the others "
          f"{pct(sum(r['masked'] and r['right_kind'] for r in ss if r['valid']), len(ss) - len(bads))}.\n")

    ids = [r for r in pos if r["kind"] in ("ssn", "national_id_extra") and r["locale"] != "en_US" and r["valid"] is not None]
    if ids:
        badl = collections.Counter(r["locale"] for r in ids if not r["valid"])
        w(f"National ids checked against their public check rules (ID_CHECKS, EXTRA_CHECKS; {len({r['locale'] for r in ids})} "
          f"locales): {len(ids)} values, {sum(not r['valid'] for r in ids)} invalid"
          + (": " + ", ".join(f"{l} {c}/{sum(r['locale'] == l for r in ids)} (e.g. {next(r['value'] for r in ids if r['locale'] == l and not r['valid'])})"
                             for l, c in badl.most_common()) if badl else "") + ".\n")
    w("## Which locales have which generators\n")
    gens = collections.defaultdict(list)
    for l, g in sorted(meta["ssn_generator"].items()):
        gens[g].append(l)
    w("ssn(): " + "; ".join(f"**{g}** ({len(ls)}): {', '.join(ls)}" for g, ls in sorted(gens.items())) + ".")
    w("'own' = the locale's provider defines ssn() (a national id, often with its check digits); 'formats' = "
      "only its own ssn_formats (shape without checks); 'generic' = Faker's base ###-##-#### (reported as "
      "kind ssn_generic); 'fallback' = no ssn provider for the locale (en_US's is used; not generated).")
    w("national_id_extra: " + ", ".join(f"{l} ({', '.join(m)})" for l, m in EXTRA_IDS.items()) + ".\n")
    w("Locales left out of a kind because Faker falls back to another locale's provider: " + "; ".join(
        f"{k} {len(ls)}" for k, ls in meta["fallback"].items()) + ".")
    if meta["faker_errors"]:
        w("\nFaker methods that raise in a locale (kind skipped there): " + "; ".join(meta["faker_errors"]) + ".")
    return "\n".join(L) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--locales", default="", help="comma-separated subset of faker.config.AVAILABLE_LOCALES")
    ap.add_argument("--scrubber", default=os.path.join(OUT, "scrub_lines"))
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--full", action="store_true", help="print the per-locale tables too (always in report.md)")
    args = ap.parse_args()

    t0 = time.time()
    logging.getLogger("faker").setLevel(logging.ERROR)  # en_PH's bank provider warns on every call
    Faker.seed(SEED)
    locales = list(faker.config.AVAILABLE_LOCALES)
    if args.locales:
        locales = [l for l in locales if l in set(args.locales.split(","))]
    meta = {"locales": locales, "ssn_generator": {}, "faker_errors": [], "fallback": collections.defaultdict(list),
            "scrubber": scrubber_version()}
    rows: list[dict] = []
    for loc in locales:
        for r in generate(loc, args.per_kind, POSITIVE + NEGATIVE, meta):
            r["id"] = len(rows)
            rows.append(r)
    t1 = time.time()
    score(rows, run_scrubber(args.scrubber, rows))
    t2 = time.time()
    os.makedirs(args.out, exist_ok=True)
    timings = {"generate": t1 - t0, "scrub": t2 - t1, "total": time.time() - t0}
    text = report(rows, meta, args, timings)
    with open(os.path.join(args.out, "report.md"), "w") as fh:
        fh.write(text.replace(TABLE, ""))

    def dump(name, selected, fields):
        with open(os.path.join(args.out, name), "w") as fh:
            for r in selected:
                fh.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")

    misses = [r for r in rows if not r["negative"] and not (r["masked"] and r["right_kind"])]
    for r in misses:
        r["miss"] = "not masked" if not r["masked"] else "other kind"
    dump("misses.jsonl", misses, ["locale", "kind", "variant", "valid", "miss", "value", "text", "scrubbed"])
    dump("false_positives.jsonl", [r for r in rows if r["negative"] and r["fp"]],
         ["locale", "kind", "value", "text", "scrubbed", "placeholders"])
    with open(os.path.join(args.out, "rows.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.full:
        print(text.replace(TABLE, ""))
    else:
        print("".join(line for line in text.splitlines(keepends=True) if not line.startswith(TABLE)))
    print(f"wrote {args.out}/report.md, misses.jsonl ({len(misses)} rows), false_positives.jsonl, rows.jsonl "
          f"in {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
