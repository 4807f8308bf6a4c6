"""Line numbers of numbered code listings (LaTeX listings, minted, Sphinx :linenos:) dropped,
numbered lists and short counted tables kept."""

from __future__ import annotations

from vellum.documents import parse_pdf
from vellum.documents.listing_numbers import drop_listing_numbers

from .factory import build_manual, code, heading, para

YOSYS_PAGE = """39 read -undef <macro>..
40
41 Unset global Verilog/SystemVerilog defines.

42
43

44 read -incdir <directory>
45
46 Add directory to global Verilog/SystemVerilog include directories.

§ C.161 read_aiger – read AIGER file

1 read_aiger [options] [filename]
2
3 Load module from an AIGER file into the current design.
4
5 -module_name <module_name>"""


def test_a_numbered_listing_loses_its_numbers_also_when_it_continues_from_the_page_before():
    assert drop_listing_numbers(YOSYS_PAGE) == """read -undef <macro>..

Unset global Verilog/SystemVerilog defines.

read -incdir <directory>

Add directory to global Verilog/SystemVerilog include directories.

§ C.161 read_aiger – read AIGER file

read_aiger [options] [filename]

Load module from an AIGER file into the current design.

-module_name <module_name>"""


def test_numbered_lists_and_short_counted_tables_are_left_alone():
    steps = "Steps:\n1. Install the package\n2. Run the server\n3. Check the log\n4. Open the page"
    bits = "Bit Meaning\n0 ENABLE\n1 RESET\n2 IRQ\n3 DMA\n4 WAKE"
    rows = "Level Meaning\n1 errors only\n2 warnings\n3 notes\n4 everything"
    middle = "The listing below:\nx = 1\n5 apples\n6 pears\n7 plums\n8 figs"
    years = "\n".join(f"{year} release {year - 2010}.0" for year in range(2011, 2021))
    for text in (steps, bits, rows, middle, years):
        assert drop_listing_numbers(text) == text


def test_a_long_listing_going_on_from_the_page_before_loses_its_numbers_too():
    page = "\n".join(f"{n} opt_clean -purge" for n in range(100, 110)) + "\nThe script ends here."
    assert drop_listing_numbers(page).splitlines()[:2] == ["opt_clean -purge", "opt_clean -purge"]


def test_a_parsed_manual_reads_the_listing_without_its_numbers():
    listing = ["1 read_verilog [options] [filename]", "2", "3 Load modules from a Verilog file to the current", "4 design.",
               "5", "6 -sv", "7 enable support for SystemVerilog features."]
    pdf = build_manual([[heading("C.1 read_verilog"), para("The command reads Verilog sources into the design. " * 3),
                         code(*listing), para("Options may be given in any order before the file names. " * 3)]])
    text = parse_pdf(pdf, "yosys.pdf").pages[0].text
    assert "enable support for SystemVerilog features." in text
    listing_lines = [line.strip() for line in text.splitlines() if "read_verilog [" in line or "SystemVerilog" in line]
    assert listing_lines == ["read_verilog [options] [filename]", "enable support for SystemVerilog features."]
    assert not any(line.strip().isdigit() for line in text.splitlines())
