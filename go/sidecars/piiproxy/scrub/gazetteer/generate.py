"""Writes given.txt, family.txt and family_words.txt, the name lists that name_prose.go reads.

Why lists: a name in running prose ("please email John Smith about it") has no cue before it,
and a capitalised word alone is as often a product, a place or a heading. A known given name
followed by a known family name is a person far more often than not; that is what the prose
rule asks for, so the lists decide its precision.

Sources (run once by a developer; the output is committed, so builds need neither):
- US Census Bureau, 1990 name frequencies (public domain), as shipped in PyPI ``names==0.3.0``
  (MIT): 5,494 given names and 88,799 family names, most frequent first.
- ``@faker-js/faker@10.6.0`` (npm, MIT): given and family names of its locales written in
  Latin, Cyrillic and Greek letters (the scripts whose names the rule reads by their capitals).
- ``mimesis==22.2.0`` (PyPI, MIT): the Greek given names only, which it writes as people use them
  ("Γιώργος", "Νίκος", "Γιάννης") where faker-js has the formal forms ("Γεώργιος", "Νικόλαος").
  (All of mimesis's names were tried and not taken: piiproxy/README.md, twenty-ninth round.)
- ``wordfreq==3.1.1`` (PyPI, MIT code; data CC BY-SA): a family name that is a common word in
  one of the languages below and is no frequent US family name is dropped ("Station" is a
  surname in the census at rank 77,738 and a word first).

family_words.txt holds the family names of faker-js's locales that the word filter dropped, as
long as they are not among the commonest words of those languages nor common English words:
"Bakker" (Dutch for baker), "Demir" (Turkish for iron), "Yılmaz", "Nascimento", "Ferrari",
"Chevalier". They are the commonest family names of their countries, and the rule reads them only
right after a known given name ("Thijs Bakker", "Mehmet Yılmaz"), where a word of that kind is a
surname far more often than not; never alone or first ("Piazza Marco").

Not Python Faker: bench/pii generates its rows with it, and a gazetteer built from the test
data's own lists would make that benchmark's name figure say nothing.

Each list is written in lower case, sorted by byte, one name per line, without apostrophes
("o'connor" is "oconnor", as the census writes it) and with the Greek final sigma as a plain
sigma (the keys gazetteer.go looks up); Latin names also without their accents ("lucía" and
"lucia"), as people type them both ways.

Run: python3 -m venv /tmp/gz && /tmp/gz/bin/pip install names==0.3.0 wordfreq==3.1.1 mimesis==22.2.0
     npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz   (in a scratch dir)
     /tmp/gz/bin/python generate.py SCRATCH/package
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata

import mimesis
import names
from wordfreq import zipf_frequency

HERE = os.path.dirname(os.path.abspath(__file__))

#: faker-js locales whose names are not written in a cased script, or are not real names
#: (Esperanto's are made up, en_BORK is the Swedish Chef's), or come in another order (vi)
SKIPPED_LOCALES = {
    "ar", "fa", "he", "ja", "ko", "zh_CN", "zh_TW", "th", "ka_GE", "hy", "dv", "ne", "ur", "ku_ckb",
    "vi", "eo", "en_BORK",
}

#: languages whose common words must not pass as family names
WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr")
#: a word at least this frequent (Zipf scale: 4 is once per 100,000 words) is a word first ...
COMMON_WORD_ZIPF = 4.0
#: ... unless it is among this many most frequent US family names (Brown, Young, King)
FREQUENT_FAMILY_RANK = 3000

#: family_words.txt: a dropped faker-js family name no more frequent than this in any of the
#: languages (function words, "como", "pour", "petit", are above) ...
FAMILY_WORD_ZIPF = 5.5
#: ... and rarer than this in English, whose title case prompts write most ("Rose Garden")
FAMILY_WORD_ENGLISH_ZIPF = 4.0

#: particles and function words: never a name on their own
PARTICLES = {
    "a", "al", "am", "an", "and", "ap", "as", "at", "ben", "bin", "binti", "bint", "d", "da", "dal", "das", "de",
    "degli", "dei", "del", "della", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "en", "et", "ibn",
    "im", "in", "l", "la", "las", "le", "les", "lo", "los", "mac", "mc", "of", "op", "san", "santa", "st", "te",
    "ten", "ter", "the", "to", "van", "vom", "von", "y", "zu", "zum", "zur",
}

#: given names in the sources that are more often a common word, a place or a title in the
#: text a prompt carries than a person's first name ("Will this work?", "May I", "Grant Access",
#: "Paris"); a person called so is still found after a cue
GIVEN_WORDS = set("""
in my an so can will see said even may many man love long lot name job line season general per
hope young guy else idea soon among major art son london song chance baby price summer fine
america miss star king alone ok china india mine river beat brown numbers justice sun gun lady
sister judge german floor brain france sunday spring rich gay carry winter queen royal faith paris
stone christ till israel florida unique angeles tea bay kick sky prince promise moon forest honor
loan grant golden era storm asia urban ma jail tiny un desire hang mile bell heaven ha lane mate
constant irish marine hong princess sydney pink carolina roman junior pa server georgia charity
temple innocent angel bars wage chase kit na min dallas diamond houston islam dies comfort marry
buddy crystal angle vital valid honey hunter glory ties virgin rio wolf liberty precious manual
toy jazz indiana mi candy clay jet dawn maryland cleveland pit isis oral missouri autumn mercy
alpha brooklyn lion noble divine mama naval ai denver argentina nail yoga patience loyal flip
destiny trace pie bless marvel shade sunshine ion lean rod peer kenya miracle haven sterling
easter delta richmond ace harmony les sang cliff olive vi dakota bee fairy bud sunny penny sierra
blessing martial dot montana milan nevada ave soda orlando echo columbus modest til ta arch ive
geneva chin bo hung washington jesus cruz jordan virginia dakota earl
""".split())

#: greetings and forms of address, which open a salutation before a name ("Hola María,") and
#: are in neither list, whatever the sources hold
GREETINGS = set("""
hola hello hallo hi hey ola olá ciao salut bonjour hej ahoj merhaba salam selam dear liebe lieber
querido querida caro cara cher chère estimado estimada gentile
""".split())


def fold(name: str) -> str:
    """``name`` without its accents (NFD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def faker_names(package: str) -> tuple[set[str], set[str]]:
    """Given and family names of faker-js's cased locales, read through node."""
    script = f"""
      import {{ allLocales }} from {json.dumps(os.path.join(package, "dist", "index.js"))};
      const flat = v => !v ? [] : Array.isArray(v) ? v : Object.values(v).flat();
      const out = {{}};
      for (const [loc, def] of Object.entries(allLocales)) {{
        if (def.person) out[loc] = {{ first: flat(def.person.first_name), last: flat(def.person.last_name) }};
      }}
      console.log(JSON.stringify(out));
    """
    data = json.loads(subprocess.run(["node", "--input-type=module", "-e", script], check=True,
                                     capture_output=True, text=True).stdout)
    given, family = set(), set()
    for locale, lists in data.items():
        if locale in SKIPPED_LOCALES:
            continue
        for target, key in ((given, "first"), (family, "last")):
            for entry in lists[key]:
                target.update(part.lower() for part in entry.replace("-", " ").split())
    return given, family


def mimesis_greek_given() -> set[str]:
    """mimesis's Greek given names, in lower case."""
    path = os.path.join(os.path.dirname(mimesis.__file__), "datasets", "el", "person.json")
    with open(path, encoding="utf-8") as f:
        by_gender = json.load(f)["names"]
    return {name.lower() for of_gender in by_gender.values() for name in of_gender}


def census(kind: str) -> list[str]:
    """The census list's names, most frequent first, in lower case."""
    path = os.path.join(os.path.dirname(names.__file__), f"dist.{kind}")
    with open(path) as f:
        return [line.split()[0].lower() for line in f if line.strip()]


def word_zipf(word: str) -> float:
    """How common ``word`` is in the most frequent of the languages (Zipf scale)."""
    return max(zipf_frequency(word, lang) for lang in WORD_LANGUAGES)


def common_word(word: str) -> bool:
    return word_zipf(word) >= COMMON_WORD_ZIPF


def family_word(word: str) -> bool:
    """A family name dropped as a common word that still reads as one after a given name."""
    return word_zipf(word) < FAMILY_WORD_ZIPF and zipf_frequency(word, "en") < FAMILY_WORD_ENGLISH_ZIPF


def usable(word: str) -> bool:
    return len(word) >= 2 and word not in PARTICLES and all(c.isalpha() or c in "'’" for c in word)


def key(name: str) -> str:
    """The form gazetteer.go looks names up by."""
    return name.replace("'", "").replace("’", "").replace("ς", "σ")


def write(path: str, words: set[str], excluded: set[str]) -> None:
    """``words`` and their accentless forms, less ``excluded`` (after folding: "hóla" is "hola")."""
    with_folded = ({key(w) for w in words} | {key(fold(w)) for w in words}) - excluded
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for w in sorted(with_folded, key=lambda w: w.encode()):
            f.write(w + "\n")


def main(package: str) -> None:
    faker_given, faker_family = faker_names(package)
    given = faker_given | mimesis_greek_given() | set(census("male.first")) | set(census("female.first"))
    given = {w for w in given if usable(w)}

    frequent = set(census("all.last")[:FREQUENT_FAMILY_RANK])
    family = faker_family | set(census("all.last"))
    family = {w for w in family if usable(w) and (w in frequent or not common_word(w))}
    words = {w for w in faker_family - family if usable(w) and w not in frequent and family_word(w)}

    write(os.path.join(HERE, "given.txt"), given, GIVEN_WORDS | GREETINGS)
    write(os.path.join(HERE, "family.txt"), family, GREETINGS)
    write(os.path.join(HERE, "family_words.txt"), words, GREETINGS | GIVEN_WORDS)
    print(f"given.txt: {len(given)} names, family.txt: {len(family)} names, family_words.txt: {len(words)} names",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
