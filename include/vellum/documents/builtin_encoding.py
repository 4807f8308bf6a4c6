"""Characters a font's partial /ToUnicode leaves out, from the encoding built into its font program.

A simple font maps its codes to characters by its /ToUnicode CMap, else by its /Encoding, else
by the encoding inside the embedded font program. dvipdfm (EusLisp's reference manual, and
other TeX output of its time) writes a /ToUnicode for Computer Modern fonts that lists only a
few ligatures (ff, ffi) and no /Encoding: pypdf then reads every other code by the standard
encoding, which has nothing at TeX's code 12, so each "fi" and "fl" vanished: "eld" for
"field", "Specier", "dening", "sacricing" (398 words of the 196-page manual). pdfminer
prints "(cid:12)"; pdftotext reads the font program's own encoding, which names the glyph:
"fi". pypdf reads that encoding only for a font without /ToUnicode (and a CFF font program
only with fontTools installed).

So, once per font, before pypdf reads a page: a Type1 font with no /Encoding and a CFF (Type1C)
font program gets an /Encoding whose /Differences are the program's own code -> glyph names;
pypdf keeps using a /ToUnicode for the codes it maps and the glyph names for the others ("fi"
-> U+FB01, folded to "fi" by normalize). A font without /ToUnicode gets what pypdf would read
with fontTools (not a dependency; pypdf still logs that it misses it). Read by `cff_encoding`, a small
parser of the CFF's Top DICT, charset and encoding (CFF spec, Adobe TN #5176); a program it
cannot parse changes nothing.
"""

from __future__ import annotations

import struct

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

#: a font program larger than this is left alone (a whole CJK font; TeX subsets are a few KB)
MAX_PROGRAM_BYTES = 4 << 20


def complete_encoding(font: DictionaryObject) -> None:
    """Give a Type1 font with a CFF program and no /Encoding its program's own, as /Differences."""
    if font.get("/Subtype") != "/Type1" or "/Encoding" in font:
        return
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else None
    program = descriptor.get("/FontFile3") if isinstance(descriptor, DictionaryObject) else None
    program = program.get_object() if program is not None else None
    if not isinstance(program, StreamObject) or program.get("/Subtype") != "/Type1C":
        return
    data = program.get_data()
    if len(data) > MAX_PROGRAM_BYTES:
        return
    codes = cff_encoding(data)
    if not codes:
        return
    differences = ArrayObject()
    for code in sorted(codes):
        differences.extend([NumberObject(code), NameObject("/" + codes[code])])
    font[NameObject("/Encoding")] = DictionaryObject({NameObject("/Differences"): differences})


def cff_encoding(data: bytes) -> dict[int, str]:
    """Code -> glyph name of a CFF font program's own (custom) encoding; {} for the predefined
    standard/expert encodings (pypdf's default already) or a program this cannot read."""
    try:
        return _cff_encoding(data)
    except (IndexError, struct.error, KeyError, ValueError):
        return {}


def _cff_encoding(data: bytes) -> dict[int, str]:
    header_size = data[2]
    _, after_names = _index(data, header_size)
    top_dicts, after_top = _index(data, after_names)
    strings, _ = _index(data, after_top)
    top = _dict(top_dicts[0])
    encoding_offset = int(top.get(16, [0])[0])
    charset_offset = int(top.get(15, [0])[0])
    charstrings_offset = top.get(17)
    if encoding_offset <= 1 or charstrings_offset is None:
        return {}
    glyphs = struct.unpack(">H", data[int(charstrings_offset[0]):int(charstrings_offset[0]) + 2])[0]
    names = _charset(data, charset_offset, glyphs, strings)

    codes: dict[int, str] = {}
    fmt = data[encoding_offset]
    position = encoding_offset + 1
    if fmt & 0x7F == 0:
        count = data[position]
        for gid, code in enumerate(data[position + 1: position + 1 + count], start=1):
            if gid < len(names):
                codes[code] = names[gid]
        position += 1 + count
    elif fmt & 0x7F == 1:
        ranges = data[position]
        gid = 1
        for r in range(ranges):
            first, left = data[position + 1 + 2 * r], data[position + 2 + 2 * r]
            for code in range(first, first + left + 1):
                if gid < len(names):
                    codes[code] = names[gid]
                gid += 1
        position += 1 + 2 * ranges
    else:
        return {}
    if fmt & 0x80:  # supplements: more codes for glyphs named by SID
        for s in range(data[position]):
            code, sid = struct.unpack(">BH", data[position + 1 + 3 * s: position + 4 + 3 * s])
            codes[code] = _string(sid, strings)
    return {code: name for code, name in codes.items() if name and name != ".notdef"}


def _charset(data: bytes, offset: int, glyphs: int, strings: list[bytes]) -> list[str]:
    """Glyph names by glyph id (0 is .notdef); the predefined charsets give []: no names."""
    if offset <= 2:
        return []
    names = [".notdef"]
    fmt = data[offset]
    position = offset + 1
    if fmt == 0:
        for gid in range(1, glyphs):
            names.append(_string(struct.unpack(">H", data[position:position + 2])[0], strings))
            position += 2
    elif fmt in (1, 2):
        size = 3 if fmt == 1 else 4
        while len(names) < glyphs:
            first = struct.unpack(">H", data[position:position + 2])[0]
            left = data[position + 2] if fmt == 1 else struct.unpack(">H", data[position + 2:position + 4])[0]
            names.extend(_string(first + i, strings) for i in range(left + 1))
            position += size
    else:
        return []
    return names[:glyphs]


def _string(sid: int, strings: list[bytes]) -> str:
    from pdfminer.pdffont import CFFFont

    standard = CFFFont.STANDARD_STRINGS
    if sid < len(standard):
        return standard[sid]
    return strings[sid - len(standard)].decode("latin-1")


def _index(data: bytes, offset: int) -> tuple[list[bytes], int]:
    """The items of the CFF INDEX at `offset` and the offset after it."""
    count = struct.unpack(">H", data[offset:offset + 2])[0]
    if count == 0:
        return [], offset + 2
    size = data[offset + 2]
    starts = [int.from_bytes(data[offset + 3 + i * size: offset + 3 + (i + 1) * size], "big")
              for i in range(count + 1)]
    base = offset + 2 + (count + 1) * size
    return [data[base + a: base + b] for a, b in zip(starts, starts[1:])], base + starts[-1]


def _dict(data: bytes) -> dict[int, list[float]]:
    """A CFF DICT: operator (12 x -> 1200 + x) -> its operands."""
    out: dict[int, list[float]] = {}
    operands: list[float] = []
    i = 0
    while i < len(data):
        b0 = data[i]
        if b0 <= 21:
            if b0 == 12:
                out[1200 + data[i + 1]] = operands
                i += 2
            else:
                out[b0] = operands
                i += 1
            operands = []
        elif b0 == 28:
            operands.append(struct.unpack(">h", data[i + 1:i + 3])[0])
            i += 3
        elif b0 == 29:
            operands.append(struct.unpack(">i", data[i + 1:i + 5])[0])
            i += 5
        elif b0 == 30:  # a real number, nibble-coded: skipped (no offset is one)
            i += 1
            while i < len(data) and (data[i] & 0x0F) != 0x0F and (data[i] >> 4) != 0x0F:
                i += 1
            i += 1
            operands.append(0.0)
        elif 32 <= b0 <= 246:
            operands.append(b0 - 139)
            i += 1
        elif 247 <= b0 <= 250:
            operands.append((b0 - 247) * 256 + data[i + 1] + 108)
            i += 2
        elif 251 <= b0 <= 254:
            operands.append(-(b0 - 251) * 256 - data[i + 1] - 108)
            i += 2
        else:
            raise ValueError(f"reserved CFF DICT byte {b0}")
    return out
