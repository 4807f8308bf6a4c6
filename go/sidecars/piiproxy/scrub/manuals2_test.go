package scrub

import "testing"

// manual2Cases hold the false positives that the twenty-first round's
// precision audit found (README, "Twenty-first round, precision audit"):
// the form-field name rule of that round (name_form.go), run over 42 MB of
// localised man pages in 20 languages (Debian's manpages-xx, rendered with
// MANWIDTH=100 man -l | col -bx) and 9.5 MB of English PDF manuals, masked
// 143 paragraphs that the scrubber before it left alone, all as NAME: es 2,
// fr 3, hu 15, it 15, ja 16, nl 1, pt-BR 15, ro 2, ru 70, sv 1, en 3 (two
// of them real people's names in a manual: "Dr Kazushige Goto", "D. W.
// Marquardt"). After the guards: es 0, fr 0, hu 0, it 0, ja 0, nl 0, pt-BR
// 0, ro 0, ru 0, sv 0, en 2 (the two real names). Each clean row is a real
// line, shortened, of one of the four kinds; the rows with names after
// them hold the fields each guard must keep.
//
// A second audit, on text the guards above were not made on: the
// translations (msgstr) of the 80 MB of installed programs' message
// catalogues (/usr/share/locale/*/LC_MESSAGES/*.mo, 158 languages). The
// round's rules masked 36 messages there that the scrubber before it left
// alone, all NAME and all false, every one a bare label that a single
// space separates from what follows: a label before a program's name and
// the colon that ends the label ("Nome DLLTOOL    : %s"), a usage
// message's metavariable in capitals ("NOM DE FICHIER", "TÊN TẬP TIN"),
// and a message in a script without letter case ("الاسم طويل جدًا", "the
// name is too long"). bareLabelField now reads no value a colon follows,
// none of a caseless script (only a colon, a tab or a column separates such
// a value), and no value in capitals after a label in capitals: 0 of the
// catalogues' messages are masked anew, and the man pages' figures above
// stay. Kind 5 below holds them.
//
// The English manuals of the first audit also showed what the scrubber
// masked there before this round: section numbers four levels deep read as
// IP addresses, in a list after "sections" ("see sections 9.3.2.2 and
// 9.3.3.7") and in tables of contents whose titles are in lower case ("9.3.4.2
// convert columns to spline ... 78"): 20 of them in CLIPS's, gri's, SDCC's
// and SWIG's manuals. Plural section words now announce a number, as the
// singular ones did, a number listed after such a number is one too, and a
// number that opens a line ending in dot leaders and a page number is a
// contents entry; and a quad that opens a line under lines of quads of the
// same first two numbers, the first of them under a number of two or three
// parts, is in a list of sections (SWIG's chapters list their sections so).
// Kind 6 below holds them.
var manual2Cases = []tableCase{
	// --- kind 1: character-set tables, a two-letter hex cell ("AD") read as Turkish "Ad" ---
	clean("ru-RU", Name, "iso_8859-1(7): the soft hyphen's row, the hex cell AD before a description in capitals", "       254   172   AC     ¬     ЗНАК ОТРИЦАНИЯ\n       255   173   AD           МЯГКИЙ ПЕРЕНОС\n       256   174   AE     ®     ЗАРЕГИСТРИРОВАННЫЙ ТОВАРНЫЙ ЗНАК"),
	clean("hu-HU", Name, "iso_8859-1(7) in Hungarian: the English description", "       254   172   AC       ¬       NOT SIGN\n       255   173   AD               SOFT HYPHEN\n       256   174   AE       ®       REGISTERED SIGN"),
	clean("pt-BR", Name, "iso_8859-1(7) in Portuguese", "       254   172   AC     ¬     SINAL DE NEGAÇÃO\n       255   173   AD           HÍFEN\n       256   174   AE     ®     SINAL DE MARCA REGISTRADA"),
	clean("es-ES", Name, "iso_8859-1(7) in Spanish, wider columns", "       254    172    AC        ¬       SIGNO DE NEGACIÓN\n       255    173    AD                GUIÓN SEPARADOR DE SÍLABAS\n       256    174    AE        ®       SÍMBOLO DE MARCA REGISTRADA"),
	clean("ru-RU", Name, "iso_8859-11(7): a Thai letter in the character column", "       254   172   AC     ฌ     ТАЙСКИЙ СИМВОЛ «ЧО ЧОЁ»\n       255   173   AD     ญ     ТАЙСКИЙ СИМВОЛ «Ё ЕИНГ»"),

	// --- kind 2: a label word inside a justified sentence (groff's runs of spaces) ---
	clean("ru-RU", Name, "ldapsearch: 'distinguished name' in a definition", "       dn     отличительное  имя  LDAP,  которое  определяет базовый объект поиска LDAP (смотрите"),
	clean("ro-RO", Name, "nsenter: 'namespace' in Romanian prose", "              Compară spațiul  de  nume  PID  cu  PID-ul  dat.  Valoarea  implicită  este  să  se"),
	clean("nl-NL", Name, "tar: 'volume name' in Dutch prose", "              Een archief met de volume  naam  TEKST  maken;  bij  opsommen/uitpakken  TEKST  als"),
	clean("ja-JP", Name, "make: the metavariable after prose in Japanese", "       make は makefile 内のコマンドを実行して、 1 つ以上のターゲット  name  を更新します。"),
	clean("ja-JP", Name, "groff_font: a device's name in a path's description", "       /usr/share/groff_font/devname/F      デバイス  name  のためのフォント F を記述したフォント"),
	clean("ja-JP", Name, "an option letter before the metavariable", "              -r     name  を読み込み専用にします。  これ以降、代入文を用いて値を代入したり unset"),
	clean("fr-FR", Name, "slabtop: a key table's row under 'nom  NOM'", "       n           nom                        NOM\n       o           nombre d'objets            OBJS"),
	clean("sv-SE", Name, "slabtop in Swedish: 'namn  NAME' over 'antal objekt  OBJ'", "       n        namn                  NAME\n       o        antal objekt          OBJ"),

	// --- kind 3: a table's header row ----------------------------------------------
	clean("fr-FR", Name, "systemd-analyze security's header", "             NAME                DESCRIPTION                              EXPOSURE\n           ✗ PrivateNetwork=     Service has access to the host's network      0.5"),
	clean("fr-FR", Name, "systemd-analyze exit-status's table", "           NAME    STATUS CLASS\n           SUCCESS 0      glibc\n           FAILURE 1      glibc"),
	clean("ru-RU", Name, "fd(4)'s header: 'Имя' before 'Ёмкость'", "       Имя          Ёмкость   Цил.   Сект.   Головок   Base minor #\n       ─────────────────────────────────────────────────────────────\n       fdnd360      360K      40     9       2         4"),
	clean("ru-RU", Name, "units(7): 'Имя' between two header cells", "              Приставка   Имя      Значение\n              q           quecto   10^-30 = 0.000000000000000000000000000001"),
	clean("ro-RO", Name, "a database table's header: 'Nume' before 'Asincron'", "       Nume                    Asincron   Numele fișierului\n       ─────────────────────────────────────────────────────\n       Bază de date Berkeley   Da         index.bt"),
	clean("ru-RU", Name, "man-pages(7): the section headings under NAME", "              NAME\n              LIBRARY                 [Normally only in Sections 2, 3]\n              ОБЗОР"),
	clean("en-US", Name, "gri's colour table: a header in capitals over rows of four words", "NAME RED GREEN BLUE\n\"white\" 1.000 1.000 1.000\n\"LightGray\" 0.827 0.827 0.827"),
	clean("ru-RU", Name, "networks(5): a definition list's term and its description", "       имя    Символическое  имя  сети.  Имена сетей могут состоять из любых печатных символов за\n              исключением пробельных или символа комментария."),

	// --- kind 4: Japanese grammar after the metavariable "name" --------------------
	clean("ja-JP", Name, "bash's unset: kana before a sentence's comma", "              name  それぞれについて、対応する変数や関数を削除します。 オプションが全く指定されて"),
	clean("ja-JP", Name, "cpp's -D: the object particle", "                 name  をマクロとしてdefinition  に定義します。definition  の内容に制限はありませ"),
	clean("ja-JP", Name, "make: the topic particle", "       name  は普通はプログラムです。  -f  が無い場合、  make  は  makefile として、 GNUmakefile,"),
	clean("ja-JP", Name, "bash's read: the dative particle", "              fd  から  1 行を読み込み、最初の単語を最初の name に代入し、2 番目の単語を 2 番目の\n              name  に代入します。以降も同様です。   余った単語とそれらの間の区切り文字は、最後の"),

	// --- kind 5 (the message catalogues): a bare label before a program's words -------
	clean("pt-PT", Name, "binutils' dlltool: the name's colon after the program's name", "Opções passadas a DLLTOOL:\nNome DLLTOOL    : %s\nOpções DLLTOOL  : %s"),
	clean("ru-RU", Name, "binutils' dlltool in Russian", "имя DRIVER      : %s"),
	clean("fr-FR", Name, "a usage message's metavariable in capitals", "NOM DE FICHIER"),
	clean("vi-VN", Name, "the same metavariable in Vietnamese", "TÊN TẬP TIN"),
	clean("ar-SA", Name, "an error message: 'the name is too long'", "الاسم طويل جدًا"),
	clean("hi-IN", Name, "a menu item: 'mark name'", "नाम चिह्नित करें"),
	clean("mr-IN", Name, "an error message in Marathi: 'the name is very big'", "नाव बरेच मोठे आहे"),

	// --- kind 6 (the same audit's English manuals): section numbers four levels deep read as IPs ---
	clean("docs", IP, "CLIPS's guide: the second of two sections after 'sections'", "Changes to non-reactive slots (see sections 9.3.2.2 and 9.3.3.7) will have no effect on rules."),
	clean("docs", IP, "a list of sections with commas", "The comprehensive details are in Sections 4.1.2.3, 4.1.2.4 and 4.1.2.5."),
	clean("docs", IP, "gri's table of contents: a command in lower case, dot leaders, a page", "9.3.4.2 convert columns to spline ... 78\n9.3.41.31 set line cap ... 124"),
	clean("docs", IP, "a contents entry with a quoted title and spaced leaders", "35.7.6.1 \"in\" typemap . . . . . . 512"),
	clean("docs", IP, "SWIG's list of a chapter's sections: four-level numbers under a three-level one", "28.3.2 Embedded Webkit\n28.3.2.1 Mac OS X\n28.3.2.2 GTK\n28.3.3 Creating Applications"),
	clean("docs", IP, "titles in lower case under their section", "12.4.4 shared_ptr smart pointer\n12.4.4.1 shared_ptr basics\n12.4.4.2 shared_ptr and inheritance"),
	pii("any", IP, "a hosts file: addresses alone, no number of fewer parts",
		"192.168.1.10 thishost.example.org thishost\n192.168.1.13 foo.example.org foo\n192.168.1.20 bar.example.org bar",
		"<IP_1> thishost.example.org thishost\n<IP_2> foo.example.org foo\n<IP_3> bar.example.org bar"),
	pii("any", IP, "hosts in a list stay addresses",
		"failover between hosts 10.0.0.4 and 10.0.0.5",
		"failover between hosts <IP_1> and <IP_2>"),
	pii("any", IP, "a log line that opens with an address and ends in a number",
		"10.0.0.5 GET /index.html 200",
		"<IP_1> GET /index.html 200"),

	// --- the guards keep a form's fields -----------------------------------------
	pii("tr-TR", Name, "Turkish 'Ad' with its colon",
		"Ad: Mehmet Yılmaz",
		"Ad: <NAME_1>"),
	pii("tr-TR", Name, "a card's row of fields: a label after a value",
		"Soyadı  YILMAZ  Adı  MEHMET",
		"Soyadı  <NAME_1>  Adı  <NAME_2>"),
	pii("ru-RU", Name, "a card's row in Russian",
		"Фамилия  КУЗНЕЦОВА  Имя  АННА",
		"Фамилия  <NAME_1>  Имя  <NAME_2>"),
	pii("ro-RO", Name, "Romanian 'Nume' before the next label, not a header cell",
		"Nume    Popescu    Prenume    Ion",
		"Nume    <NAME_1>    Prenume    <NAME_2>"),
	pii("en-GB", Name, "a label after a bullet",
		"•  Name  John Smith",
		"•  Name  <NAME_1>"),
	pii("de-DE", Name, "a label after a field with its colon",
		"Patient: Anna Schmidt     Referring doctor: Peter Braun",
		"Patient: <NAME_1>     Referring doctor: <NAME_2>"),
	pii("en-GB", Name, "a card's name over its other fields, not a table",
		"NAME    JOHN SMITH\nSEX     M\nNATIONALITY   BRITISH",
		"NAME    <NAME_1>\nSEX     M\nNATIONALITY   BRITISH"),
	pii("en-GB", Name, "a name's field before a date's",
		"Name  John Smith  Date of birth  12.03.1980",
		"Name  <NAME_1>  Date of birth  <DATE_OF_BIRTH_1>"),
	pii("ja-JP", Name, "a given name in hiragana that starts like a particle",
		"お名前：はるか",
		"お名前：<NAME_1>"),
	pii("ja-JP", Name, "a family and given name with ideographic spaces",
		"氏名\u3000山本\u3000さくら",
		"氏名\u3000<NAME_1>"),
}

func TestManuals2(t *testing.T) { checkTable(t, manual2Cases, "locale") }
