package scrub

import "testing"

// prosePaste7Cases is a seventh blind table: how people write personal data
// in free prose and chat, in 33 locales (Arabic of Saudi Arabia and Egypt,
// Persian, Urdu, Hindi, Bengali, Thai, Japanese, Chinese, Korean,
// Vietnamese, Indonesian, Turkish, Russian, Ukrainian, Polish, Czech, Greek,
// Hebrew, German, French, Spanish of Spain, Mexico, Argentina and Colombia,
// Portuguese of Brazil and Portugal, Italian, Dutch, Swedish, and Nigerian,
// Kenyan, Indian, US and British English): chat messages, support tickets,
// medical and HR notes, marketplace messages, social-media posts, a
// voice assistant's transcripts and quoted speech. The values are typed as
// people type them: e-mail addresses disguised against scrapers ("john dot
// smith at gmail dot com", "jan.meier[at]firma[dot]de", "name (at)
// domain.tld", and each language's word for the at sign: arobase, arroba,
// chiocciola, małpa, zavináč, собака, 골뱅이; "#" with a note to swap it),
// numbers in native digits (Arabic-Indic, Persian and Urdu, Devanagari,
// Bengali, Thai, full-width), numbers in odd groups, with slashes, dots and
// dashes or split by a line break, numbers in digit words, national ids
// after their local label, names in each language's way of introducing
// oneself, addresses and dates of birth in sentences. Values carry valid
// checks (Luhn for cards, mod-97 for IBANs, each national id's own checksum,
// computed by a script). The clean rows are near-misses from the same
// genres: order, folio, waybill and tracking numbers (some in native
// digits), prices, dates that are no birth date, versions, counts, streets
// without a house number, company names, capitalised words after a cue that
// are no name ("ich bin der Meinung", "moi c'est Orange", "저는
// 학생입니다", "我叫了外卖", "Adım Adım"), "at … dot" that is no address,
// a Luhn-failing order number.
//
// Decisions written into the wants:
//   - a disguised e-mail address is an e-mail address: the whole written
//     form is masked, from its local part to its top-level domain, the
//     brackets and spelled words included; a web site written with "dot"
//     ("visit us at shop dot com") is no address;
//   - a number in native digits is the number it writes: masked as the same
//     kind as its ASCII form, and clean in the same places;
//   - a phone number spoken in digit words ("two one two five five five …",
//     "oh seven nine one one …") after a phone word is masked: a voice
//     assistant's transcript carries it so, and a scanner can read a run of
//     digit words as well as a run of digits;
//   - a number a line break splits ("5529 6123\n4567 8919") is one number;
//   - a name a person gives of themselves is masked in every form their
//     language uses ("moi c'est", "eu sou o", "ich bin der" + a given name,
//     "this is … from", "と申します"), and so is a payee's or holder's name
//     after a payment word (باسم, adına, отримувач, δικαιούχος); a company
//     that introduces itself is not a person;
//   - national ids of schemes without a checksum (Pakistan's CNIC in its
//     5-7-1 groups, Bangladesh's NID, Nigeria's NIN, Kenya's ID number) are
//     masked after their own label, as the Argentine DNI and the Colombian
//     cédula are; Iran's national code and the Czech rodné číslo carry a
//     checksum; a hospital's MRN is a person's number;
//   - an address is the street and house number (a Japanese or Chinese one
//     from its first administrative unit down to the number); the postcode,
//     the town, a floor or a flat after a comma and a Korean dong in brackets
//     stay, as in the earlier tables;
//   - a date of birth is masked in the calendar it is written in (Persian,
//     Thai Buddhist, Japanese era), the cue never.
//
// Blind baseline (phase 1, commit b8bbc88, on the detectors of e9b0e12):
// 92 of the 143 positive rows passed and 4 of the 75 clean rows were
// masked. By the kind of the row: email 0/21, iban 3/8, national_id 28/32,
// credit_card 3/4, ssn 1/1, date_of_birth 14/20, phone 8/12, name 23/31,
// address 12/14. By placeholder (each value a row wants masked): EMAIL
// 0/21, NAME 29/38 (and two false), PHONE 28/35, NATIONAL_ID 30/34,
// DATE_OF_BIRTH 16/22 (and one false), IBAN 7/8, CREDIT_CARD 3/4, ADDRESS
// 13/14 (one of them cut at the wrong place), SSN 1/1, IP 0/0 (and one
// false). The failing rows, by cause:
//   - every disguised e-mail address (21): [at] and [dot], (at), " at " and
//     " dot ", the words arobase, arroba, chiocciola, małpa, zavináč,
//     собака, 골뱅이, nokta, point, punto, ponto, and "#" for "@";
//   - names: a payee's or holder's name after a payment word (ar باسم, tr
//     adına, uk отримувач, el δικαιούχος), "ich bin der Thomas", "moi c'est
//     Julien Moreau", "eu sou o João Silva", "this is Sarah Johnson from",
//     a patient after "Pt." in a medical note;
//   - phones: a grouped number in Devanagari digits after नंबर, a number
//     after the Hebrew prefix ל-, "0171 / 48 29 375", "mi cel es 55 4827
//     1936", "ligue para o 912 482 719", two numbers in digit words;
//   - national ids: Iran's national code (in Persian digits), Bangladesh's
//     NID, Nigeria's NIN, Kenya's ID number after "ID No.";
//   - dates of birth: a Hindi month, Bengali digits, a Heisei-era date, a
//     Vietnamese "15 tháng 3 năm 1995", after Greek γεννήθηκα and Hebrew
//     נולדתי ב-;
//   - an IBAN typed with dots, a card split by a line break;
//   - addresses: the Polish locative "ulicy Długiej 5/12", and a Chinese
//     address that took the 在 of 住在 into it (see below);
//   - the clean rows masked: a version's four parts in Persian digits after
//     نسخه read as an IP, "Adım Adım Kurulum" ("step by step") and "I'm
//     Feeling Lucky" read as names, and "The idea was born on March 12,
//     2015" as a date of birth.
//
// One want was corrected after the run and counts as a miss in that
// figure: the Chinese address in prose ("我住在上海市…") now wants the 在
// masked with the address, as TestLocales's row of the same shape does (the
// address starts up to three letters before its first administrative unit;
// a rule that left 在 out would have changed that earlier table's want).
//
// The rules added for the misses (each the general rule of its kind):
//   - e-mail addresses people disguise or dictate (email_spelled.go): a
//     bracketed "[at]", "(at)", "{at}" or "(@)"; the word for "@" in 13
//     languages between spaces; a bare " at " only when the address is
//     disguised on both sides (a local part of two parts and a dot spelled
//     somewhere); dots written "." or "[dot]", or as words (dot, point,
//     punto, ponto, nokta, punkt, kropka, tečka, точка, chấm, titik, τελεία)
//     before a common top-level domain; "#" for "@" with a note that pairs
//     them after the address;
//   - a Hebrew prefix letter joined to a number by a hyphen or a maqaf starts
//     it ("ל-054-…", "ב-12.3.1985"), for every number detector;
//   - dates of birth: Hindi and Bengali month names, Bengali birth cues,
//     Greek στις/την between a cue and its date, a one-digit year after a
//     Japanese era ("平成2年"), a Vietnamese date in words ("15 tháng 3 năm
//     1995");
//   - version words in Persian, Arabic, Hindi, Thai, Japanese, Korean,
//     Turkish and Czech (نسخه ۱۰.۲.۰.۱۵ is no IP address);
//   - phones: cues "cel"/"celu" as a word, "ligue"/"ligar", "my number" in
//     Hindi, Bengali, Urdu and Persian and their "number" as a weak cue; a
//     trunk area code set off by a spaced slash ("0171 / 48 29 375"); a
//     number spoken in English digit words, ten or more, after a phone
//     word on its line (phone_spoken.go);
//   - an IBAN in dotted groups; a card whose four-digit groups a line break
//     splits once, after a card word on its line;
//   - names: "moi c'est", "sou o/a", "ich bin der/die" (two words), "this is
//     … from/speaking/calling/here" at a clause's start, a clinical note's
//     "Pt." with a patient datum (DOB, age, MRN) on its line, payees without
//     the label's colon (отримувач, одержувач, получатель, δικαιούχος), the
//     Arabic باسم / على اسم before a word without the article ال, two to four
//     capitalised words before Turkish "adına" (not a company with its legal
//     form); not a cue word repeated ("Adım Adım Kurulum") nor an "-ing"
//     word after "I'm" ("I'm Feeling Lucky");
//   - national ids: Iran's national code (mod-11 check), Bangladesh's NID,
//     Nigeria's NIN and Kenya's ID number (no check: only their own names,
//     "my ID number", kitambulisho, announce them);
//   - addresses: the street word as Polish, Russian and Ukrainian sentences
//     inflect it ("przy ulicy Długiej 5/12", "на улице Ленина").
//
// No rule keeps any kind from being masked: the rules that leave text
// alone ("Adım Adım", "I'm Feeling", باسم before ال, a company before
// "adına", "Pt." with no patient datum after it) narrow the name cues they
// come with and touch no other kind.
//
// Final figures: 142 of the 143 blind rows with personal data pass and 1 of
// the 75 clean rows is masked, both left as known gaps (below). The guard
// rows at the end (20 with personal data, 27 clean) were written after and
// are not in the blind figures; they all pass.
//
// Known misses, left as gaps in the table:
//   - de-DE "ich bin der Thomas": one capitalised word after "ich bin der"
//     is as often a noun ("ich bin der Meinung", "der Neue"); without a list
//     of given names a scanner cannot tell them apart, so two words are read;
//   - en-US "The idea was born on March 12, 2015": a birth cue whose subject
//     is a thing; the date is masked (and restored in the answer), since a
//     rule that told things from people by the subject would let real dates
//     of birth through ("our baby was born on …").
//
// Also not read: names that no cue announces, numbers said as tens or
// hundreds ("five fifty", "nine hundred") and digit words in languages
// other than English.
//
// The group is the locale.
var prosePaste7Cases = []tableCase{
	// --- Arabic -------------------------------------------------------------
	pii("ar-SA", Phone, "chat: a mobile number in Arabic-Indic digits",
		"تواصل معي على الجوال ٠٥٠٤٨٢٧١٩٣ بعد العصر",
		"تواصل معي على الجوال <PHONE_1> بعد العصر"),
	pii("ar-SA", NationalID, "support ticket: the national id in Arabic-Indic digits",
		"رقم الهوية الوطنية: ١٠٤٨٢٧٣٦١٧ والرجاء تحديث بياناتي",
		"رقم الهوية الوطنية: <NATIONAL_ID_1> والرجاء تحديث بياناتي"),
	pii("ar-SA", IBAN, "marketplace: an IBAN and the account holder after باسم",
		"حوّل المبلغ على الآيبان SA03 8000 0000 6080 1016 7519 باسم خالد العتيبي",
		"حوّل المبلغ على الآيبان <IBAN_1> باسم <NAME_1>"),
	pii("ar-EG", Email, "chat: a name and an e-mail written with (at)",
		"اسمي أحمد حسن وإيميلي ahmed.hassan (at) yahoo.com",
		"اسمي <NAME_1> وإيميلي <EMAIL_1>"),
	pii("ar-EG", DateOfBirth, "HR note: born (من مواليد) on a date in Arabic-Indic digits",
		"الموظف من مواليد ١٥/٠٧/١٩٨٨ في القاهرة",
		"الموظف من مواليد <DATE_OF_BIRTH_1> في القاهرة"),
	pii("ar-EG", Phone, "social post: a mobile written in groups with a plus",
		"للحجز كلموني واتساب +20 100 482 7193",
		"للحجز كلموني واتساب <PHONE_1>"),
	clean("ar-SA", Phone, "order number and price in Arabic-Indic digits",
		"رقم الطلب ٤٥٨٢١٣٧٧٠٩ والسعر ٢٥٠ ريال"),
	clean("ar-EG", DateOfBirth, "tracking number and a delivery date",
		"الشحنة رقم ١٢٣٤٥٦٧٨٩٠١٢ وصلت يوم ١٢/٠٣/٢٠٢٤"),
	clean("ar-EG", Name, "a company and a street without a number",
		"شركة النيل للتجارة في شارع التحرير"),

	// --- Persian ------------------------------------------------------------
	pii("fa-IR", NationalID, "support ticket: a national code (کد ملی) in Persian digits",
		"کد ملی: ۱۲۷۸۴۵۹۳۶۷",
		"کد ملی: <NATIONAL_ID_1>"),
	pii("fa-IR", Name, "chat: اسم من and a mobile in Persian digits",
		"سلام، اسم من علی رضایی است، شماره موبایلم ۰۹۱۲ ۴۸۲ ۷۱۹۳ هست",
		"سلام، اسم من <NAME_1> است، شماره موبایلم <PHONE_1> هست"),
	pii("fa-IR", DateOfBirth, "form in prose: a Persian-calendar birth date",
		"تاریخ تولد: ۱۳۶۴/۰۵/۱۲",
		"تاریخ تولد: <DATE_OF_BIRTH_1>"),
	pii("fa-IR", Email, "an e-mail written with [at] and [dot]",
		"ایمیلم reza.karimi [at] gmail [dot] com هست",
		"ایمیلم <EMAIL_1> هست"),
	clean("fa-IR", Phone, "a postal tracking code and a price",
		"کد رهگیری مرسوله ۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷ و مبلغ ۱۲۰٬۰۰۰ تومان"),
	clean("fa-IR", IP, "a version with four parts in Persian digits",
		"نسخه ۱۰.۲.۰.۱۵ را نصب کردم"),

	// --- Urdu ---------------------------------------------------------------
	pii("ur-PK", NationalID, "a CNIC with its label",
		"میرا شناختی کارڈ نمبر 35202-4827193-5 ہے",
		"میرا شناختی کارڈ نمبر <NATIONAL_ID_1> ہے"),
	pii("ur-PK", Name, "chat: میرا نام and a mobile number",
		"السلام علیکم، میرا نام فیصل احمد ہے، میرا موبائل نمبر 0321-4827193 ہے",
		"السلام علیکم، میرا نام <NAME_1> ہے، میرا موبائل نمبر <PHONE_1> ہے"),
	pii("ur-PK", Phone, "marketplace: a WhatsApp number in Urdu digits",
		"واٹس ایپ: ۰۳۴۵۸۲۹۱۷۳۶",
		"واٹس ایپ: <PHONE_1>"),
	clean("ur-PK", Phone, "order number and a price",
		"آرڈر نمبر 48213377 کی قیمت 2500 روپے ہے"),
	clean("ur-PK", Phone, "a courier tracking number",
		"ٹریکنگ نمبر TCS 7741829364 ہے"),

	// --- Hindi --------------------------------------------------------------
	pii("hi-IN", NationalID, "an Aadhaar number in Devanagari digits",
		"मेरा आधार नंबर ४८२७ १९३६ ५०२७ है",
		"मेरा आधार नंबर <NATIONAL_ID_1> है"),
	pii("hi-IN", Name, "chat: मेरा नाम and a grouped mobile in Devanagari digits",
		"नमस्ते, मेरा नाम राहुल शर्मा है, मेरा नंबर ९८७६५ ४३२१० है",
		"नमस्ते, मेरा नाम <NAME_1> है, मेरा नंबर <PHONE_1> है"),
	pii("hi-IN", DateOfBirth, "born on a date with a Hindi month name",
		"मेरा जन्म 15 अगस्त 1992 को हुआ था",
		"मेरा जन्म <DATE_OF_BIRTH_1> को हुआ था"),
	pii("hi-IN", Email, "an e-mail with at and dot written out",
		"ईमेल: priya.verma at gmail dot com",
		"ईमेल: <EMAIL_1>"),
	clean("hi-IN", Phone, "an order number in Devanagari digits",
		"ऑर्डर नंबर ४०५-१२३४५६७-८९०१२३४ की डिलीवरी कल होगी"),
	clean("hi-IN", Phone, "prices in Devanagari digits",
		"कीमत ₹१,२४,९९९ है, EMI ५,२०८ रुपये"),

	// --- Bengali ------------------------------------------------------------
	pii("bn-BD", NationalID, "a national id card number with its label",
		"জাতীয় পরিচয়পত্র নম্বর: ৪৮২৭১৯৩৬৫০",
		"জাতীয় পরিচয়পত্র নম্বর: <NATIONAL_ID_1>"),
	pii("bn-BD", Name, "marketplace: আমার নাম and a mobile in Bengali digits",
		"আমার নাম রহিম উদ্দিন, আমার নম্বর ০১৭১২-৩৪৫৬৭৮",
		"আমার নাম <NAME_1>, আমার নম্বর <PHONE_1>"),
	pii("bn-BD", DateOfBirth, "a birth date in Bengali digits",
		"জন্ম তারিখ: ১২/০৩/১৯৮৮",
		"জন্ম তারিখ: <DATE_OF_BIRTH_1>"),
	clean("bn-BD", Phone, "an order number and a price",
		"অর্ডার নম্বর ১২৩৪৫৬৭৮, মূল্য ৫৫০ টাকা"),
	clean("bn-BD", DateOfBirth, "a holiday date",
		"২০২৪ সালের ২১ ফেব্রুয়ারি ছুটি"),

	// --- Thai ---------------------------------------------------------------
	pii("th-TH", NationalID, "the citizen id typed in groups with spaces",
		"เลขบัตรประชาชน 3 1037 00123 45 4",
		"เลขบัตรประชาชน <NATIONAL_ID_1>"),
	pii("th-TH", Name, "chat: ผมชื่อ glued to the name and a mobile in Thai digits",
		"สวัสดีครับ ผมชื่อสมชาย ใจดี เบอร์ผม ๐๘๑-๒๓๔-๕๖๗๘ ครับ",
		"สวัสดีครับ ผมชื่อ<NAME_1> เบอร์ผม <PHONE_1> ครับ"),
	pii("th-TH", DateOfBirth, "a Buddhist-era birth date in Thai digits",
		"เกิดวันที่ ๑๒ มีนาคม ๒๕๒๘",
		"เกิดวันที่ <DATE_OF_BIRTH_1>"),
	clean("th-TH", Phone, "a price and a delivery time in Thai digits",
		"ราคา ๑,๒๕๐ บาท ส่งภายใน ๓ วัน"),
	clean("th-TH", DateOfBirth, "a parcel number and an arrival date",
		"เลขพัสดุ TH0123456789 ถึงวันที่ 12/03/2567"),

	// --- Japanese -----------------------------------------------------------
	pii("ja-JP", Name, "support mail: と申します and a full-width mobile",
		"はじめまして、佐藤花子と申します。電話番号は０９０－４８２７－１９３６です。",
		"はじめまして、<NAME_1>と申します。電話番号は<PHONE_1>です。"),
	pii("ja-JP", Email, "an e-mail written with (at) against scrapers",
		"ご連絡はhanako.sato(at)docomo.ne.jpまでお願いします",
		"ご連絡は<EMAIL_1>までお願いします"),
	pii("ja-JP", Address, "an address in full-width digits",
		"住所は東京都世田谷区桜新町２－１５－８です",
		"住所は<ADDRESS_1>です"),
	pii("ja-JP", NationalID, "My Number in groups",
		"マイナンバーは1234 5678 9018です",
		"マイナンバーは<NATIONAL_ID_1>です"),
	pii("ja-JP", DateOfBirth, "a Heisei-era birth date",
		"生年月日は平成2年5月3日です",
		"生年月日は<DATE_OF_BIRTH_1>です"),
	clean("ja-JP", Phone, "a full-width order number and a delivery date",
		"注文番号：２４９－８１７３６５２－０４８１９２７、お届け予定日：３月１２日"),
	clean("ja-JP", Phone, "a full-width price",
		"価格は１２，８００円（税込）です"),

	clean("ja-JP", Name, "a company introduces itself with と申します",
		"株式会社田中商事と申します。"),
	// --- Chinese ------------------------------------------------------------
	pii("zh-CN", NationalID, "the resident id with its label",
		"身份证号码：110105198807153120",
		"身份证号码：<NATIONAL_ID_1>"),
	pii("zh-CN", Name, "chat: 我叫 and a mobile in 3-4-4 groups",
		"大家好，我叫王伟，有事打我手机 139 1234 5678",
		"大家好，我叫<NAME_1>，有事打我手机 <PHONE_1>"),
	pii("zh-CN", Address, "an address in prose (在 masked with it, as in TestLocales; want corrected after the blind run)",
		"我住在上海市浦东新区世纪大道100号",
		"我住<ADDRESS_1>"),
	pii("zh-CN", Email, "an e-mail with # for @ and the hint to swap them",
		"邮箱是 wangwei#163.com（#换成@）",
		"邮箱是 <EMAIL_1>（#换成@）"),
	pii("zh-CN", CreditCard, "a UnionPay card number in prose",
		"我的卡号是6240 1234 5678 9012",
		"我的卡号是<CREDIT_CARD_1>"),
	clean("zh-CN", Phone, "an order number and an amount",
		"订单号：2024031212345678，金额￥1,299.00"),
	clean("zh-CN", Phone, "a courier number",
		"快递单号 SF1234567890123 已签收"),

	clean("zh-CN", Name, "我叫 meaning 'I ordered'",
		"我叫了外卖，半小时后到"),
	// --- Korean -------------------------------------------------------------
	pii("ko-KR", NationalID, "a resident registration number in prose",
		"주민번호 920305-2123451 입니다",
		"주민번호 <NATIONAL_ID_1> 입니다"),
	pii("ko-KR", Name, "chat: 저는 … 입니다 and a mobile with a particle",
		"안녕하세요, 저는 김민준입니다. 제 번호는 010-4827-1936이에요",
		"안녕하세요, 저는 <NAME_1>입니다. 제 번호는 <PHONE_1>이에요"),
	pii("ko-KR", Address, "a road address with the dong in brackets",
		"주소: 부산광역시 해운대구 해운대로 264 (우동)",
		"주소: <ADDRESS_1> (우동)"),
	pii("ko-KR", Email, "an e-mail with 골뱅이 for @",
		"이메일: minjun.kim 골뱅이 naver.com",
		"이메일: <EMAIL_1>"),
	clean("ko-KR", Phone, "an order number",
		"주문번호 20240312-0004827 배송 완료"),
	clean("ko-KR", Phone, "a price and a count",
		"가격은 12,900원이고 3개 남았어요"),

	clean("ko-KR", Name, "저는 + an occupation",
		"저는 학생입니다"),
	// --- Vietnamese ---------------------------------------------------------
	pii("vi-VN", Name, "marketplace: tên tôi là and a number in dotted groups",
		"Chào shop, tên tôi là Nguyễn Văn An, SĐT/Zalo: 0903.482.719",
		"Chào shop, tên tôi là <NAME_1>, SĐT/Zalo: <PHONE_1>"),
	pii("vi-VN", NationalID, "a CCCD in chat",
		"số CCCD của em là 079185004827 nha",
		"số CCCD của em là <NATIONAL_ID_1> nha"),
	pii("vi-VN", DateOfBirth, "born on a date written in words",
		"em sinh ngày 15 tháng 3 năm 1995",
		"em sinh ngày <DATE_OF_BIRTH_1>"),
	pii("vi-VN", Address, "a delivery address in a message",
		"Giao giúp em về địa chỉ: 25 Nguyễn Huệ, Quận 1",
		"Giao giúp em về địa chỉ: <ADDRESS_1>, Quận 1"),
	clean("vi-VN", Phone, "an order code and a price",
		"Đơn hàng #DH482719 giá 1.250.000đ"),
	clean("vi-VN", DateOfBirth, "a release date",
		"phiên bản 2.3.1 ra ngày 12/03/2024"),

	// --- Indonesian ---------------------------------------------------------
	pii("id-ID", Name, "self-introduction with perkenalkan",
		"Perkenalkan, nama saya Budi Santoso dari Bandung",
		"Perkenalkan, nama saya <NAME_1> dari Bandung"),
	pii("id-ID", Phone, "marketplace: WA me",
		"WA aja ke 0812 4827 1936 ya kak",
		"WA aja ke <PHONE_1> ya kak"),
	pii("id-ID", NationalID, "a NIK in chat",
		"NIK saya 3174095503850002",
		"NIK saya <NATIONAL_ID_1>"),
	pii("id-ID", Email, "an e-mail with [at] and [dot] twice",
		"email: budi.santoso[at]yahoo[dot]co[dot]id",
		"email: <EMAIL_1>"),
	pii("id-ID", DateOfBirth, "born on a date with an Indonesian month",
		"saya lahir tanggal 17 Agustus 1990",
		"saya lahir tanggal <DATE_OF_BIRTH_1>"),
	clean("id-ID", Phone, "a price and stock",
		"Harga Rp 1.250.000, sisa stok 12, kirim dari Jakarta"),
	clean("id-ID", Phone, "an invoice number",
		"Nomor pesanan INV/20240312/MPL/4827193650 sudah dikirim"),

	// --- Turkish ------------------------------------------------------------
	pii("tr-TR", NationalID, "a TC kimlik number in prose",
		"TC kimlik numaram 38475619250",
		"TC kimlik numaram <NATIONAL_ID_1>"),
	pii("tr-TR", Name, "support ticket: benim adım and a phone with a suffix",
		"Merhaba, benim adım Ayşe Yılmaz, bana 0 (532) 482 71 93'ten ulaşabilirsiniz",
		"Merhaba, benim adım <NAME_1>, bana <PHONE_1>'ten ulaşabilirsiniz"),
	pii("tr-TR", IBAN, "an IBAN and the holder before adına",
		"IBAN: TR33 0006 1005 1978 6457 8413 26 (Ahmet Demir adına)",
		"IBAN: <IBAN_1> (<NAME_1> adına)"),
	pii("tr-TR", DateOfBirth, "a birth date with doğumluyum after it",
		"12 Mayıs 1990 doğumluyum",
		"<DATE_OF_BIRTH_1> doğumluyum"),
	pii("tr-TR", Email, "an e-mail with at and nokta",
		"mail adresim ayse.yilmaz at hotmail nokta com",
		"mail adresim <EMAIL_1>"),
	clean("tr-TR", Phone, "an order number and an amount",
		"Sipariş no: 482917365, tutar 1.249,90 TL"),
	clean("tr-TR", Phone, "a cargo tracking number",
		"Kargo takip numarası 7281946350123"),

	clean("tr-TR", Name, "adım meaning 'step'",
		"Adım Adım Kurulum: önce Docker'ı yükleyin"),
	// --- Russian ------------------------------------------------------------
	pii("ru-RU", Name, "support ticket: меня зовут and a phone",
		"Добрый день! Меня зовут Иван Петров, звоните: +7 (916) 482-71-93",
		"Добрый день! Меня зовут <NAME_1>, звоните: <PHONE_1>"),
	pii("ru-RU", Email, "an e-mail with собака for @",
		"пишите на ivan.petrov собака mail.ru",
		"пишите на <EMAIL_1>"),
	pii("ru-RU", NationalID, "a СНИЛС in prose",
		"мой СНИЛС 148-273-615 80",
		"мой СНИЛС <NATIONAL_ID_1>"),
	pii("ru-RU", DateOfBirth, "born on a date with года",
		"я родился 12 апреля 1985 года",
		"я родился <DATE_OF_BIRTH_1> года"),
	pii("ru-RU", CreditCard, "a Mir card typed with dashes",
		"карта 2200-7001-2345-6781",
		"карта <CREDIT_CARD_1>"),
	clean("ru-RU", Phone, "an order and an amount",
		"заказ № 48291736 на сумму 12 490 ₽"),
	clean("ru-RU", Phone, "a postal tracking number",
		"трек-номер RA123456789RU"),

	clean("ru-RU", Email, "собака as a dog",
		"у нас в офисе живёт собака, заходите"),
	// --- Ukrainian ----------------------------------------------------------
	pii("uk-UA", Name, "chat: мене звати and a mobile",
		"Мене звати Олена Коваленко, мій номер +380 67 482 71 93",
		"Мене звати <NAME_1>, мій номер <PHONE_1>"),
	pii("uk-UA", NationalID, "an РНОКПП (ІПН) in prose",
		"мій ІПН 3187817354",
		"мій ІПН <NATIONAL_ID_1>"),
	pii("uk-UA", IBAN, "an IBAN and the payee after it",
		"Переказ на UA21 3223 1300 0002 6007 2335 6600 1, отримувач Коваленко Олена",
		"Переказ на <IBAN_1>, отримувач <NAME_1>"),
	clean("uk-UA", Phone, "an order number and an amount",
		"Номер замовлення 4827193, сума 1 250 грн"),
	clean("uk-UA", Phone, "a Nova Poshta waybill",
		"ТТН Нова Пошта 20450012345678"),

	// --- Polish -------------------------------------------------------------
	pii("pl-PL", Name, "HR note: nazywam się and a PESEL",
		"Dzień dobry, nazywam się Anna Kowalska, mój PESEL to 88051234566",
		"Dzień dobry, nazywam się <NAME_1>, mój PESEL to <NATIONAL_ID_1>"),
	pii("pl-PL", Email, "an e-mail with małpa for @",
		"maila: jan.kowalski małpa wp.pl",
		"maila: <EMAIL_1>"),
	pii("pl-PL", Phone, "call me",
		"zadzwoń 601 482 719",
		"zadzwoń <PHONE_1>"),
	pii("pl-PL", Address, "a street in the locative with ulicy",
		"mieszkam przy ulicy Długiej 5/12 w Gdańsku",
		"mieszkam przy <ADDRESS_1> w Gdańsku"),
	pii("pl-PL", IBAN, "an IBAN typed with dashes",
		"numer konta PL61-1090-1014-0000-0712-1981-2874",
		"numer konta <IBAN_1>"),
	clean("pl-PL", Phone, "an order and an amount",
		"Zamówienie nr 4827193, kwota 249,99 zł"),
	clean("pl-PL", Address, "a street without a number",
		"ul. Marszałkowska jest zamknięta do 12.03"),

	// --- Czech --------------------------------------------------------------
	pii("cs-CZ", Name, "support ticket: jmenuji se and a phone",
		"Dobrý den, jmenuji se Petr Novák, volejte 602 482 719",
		"Dobrý den, jmenuji se <NAME_1>, volejte <PHONE_1>"),
	pii("cs-CZ", Email, "an e-mail with zavináč for @",
		"pište na petr.novak zavináč seznam.cz",
		"pište na <EMAIL_1>"),
	pii("cs-CZ", NationalID, "a rodné číslo with its slash",
		"rodné číslo 855312/1236",
		"rodné číslo <NATIONAL_ID_1>"),
	pii("cs-CZ", DateOfBirth, "born on a spaced date",
		"narodil jsem se 3. 5. 1982",
		"narodil jsem se <DATE_OF_BIRTH_1>"),
	clean("cs-CZ", Phone, "an order and a price",
		"objednávka č. 2024031245, cena 1 249 Kč"),
	clean("cs-CZ", DateOfBirth, "a release date",
		"verze 3.2.1 vyšla 12. 3. 2024"),

	// --- Greek --------------------------------------------------------------
	pii("el-GR", Name, "chat: με λένε and a phone after τηλ.",
		"Γεια σας, με λένε Γιώργο Παπαδόπουλο, τηλ. 694 482 7193",
		"Γεια σας, με λένε <NAME_1>, τηλ. <PHONE_1>"),
	pii("el-GR", NationalID, "an ΑΜΚΑ in prose",
		"ΑΜΚΑ μου: 12038512344",
		"ΑΜΚΑ μου: <NATIONAL_ID_1>"),
	pii("el-GR", DateOfBirth, "born on a date",
		"γεννήθηκα στις 12/03/1985",
		"γεννήθηκα στις <DATE_OF_BIRTH_1>"),
	pii("el-GR", IBAN, "an IBAN and the beneficiary",
		"IBAN GR16 0110 1250 0000 0001 2300 695, δικαιούχος Μαρία Νικολάου",
		"IBAN <IBAN_1>, δικαιούχος <NAME_1>"),
	clean("el-GR", Phone, "an order number and a total",
		"Αριθμός παραγγελίας 48271936, σύνολο 45,90 €"),
	clean("el-GR", Address, "a street closed for works",
		"Οδός Ερμού κλειστή λόγω έργων"),

	// --- Hebrew -------------------------------------------------------------
	pii("he-IL", Name, "chat: שמי and call me with the prefix ל-",
		"שלום, שמי דנה לוי, תתקשרו אליי ל-054-8291736",
		"שלום, שמי <NAME_1>, תתקשרו אליי ל-<PHONE_1>"),
	pii("he-IL", NationalID, "a teudat zehut number in prose",
		"מספר תעודת זהות 312748650",
		"מספר תעודת זהות <NATIONAL_ID_1>"),
	pii("he-IL", DateOfBirth, "born on a date with ב-",
		"נולדתי ב-12.3.1985",
		"נולדתי ב-<DATE_OF_BIRTH_1>"),
	pii("he-IL", Email, "an e-mail with (at)",
		"המייל שלי: dana.levi (at) walla.co.il",
		"המייל שלי: <EMAIL_1>"),
	clean("he-IL", Phone, "an order and a total",
		"הזמנה מספר 4827193, סה\"כ 249.90 ₪"),
	clean("he-IL", Phone, "a price and a delivery time",
		"מחיר 1,299 ש\"ח, משלוח תוך 3 ימי עסקים"),

	// --- German -------------------------------------------------------------
	pii("de-DE", Email, "an e-mail with [at] and [dot]",
		"Schreib mir an jan.meier[at]firma[dot]de",
		"Schreib mir an <EMAIL_1>"),
	pii("de-DE", Phone, "a phone with a slash and odd grouping",
		"Tel. 0171 / 48 29 375",
		"Tel. <PHONE_1>"),
	pii("de-DE", Name, "colloquial: ich bin der Thomas",
		"Hallo zusammen, ich bin der Thomas und habe eine Frage",
		"Hallo zusammen, ich bin der <NAME_1> und habe eine Frage").leftAs("one capitalised word after 'ich bin der' is as often a noun (ich bin der Meinung, der Neue); without a list of given names a scanner cannot tell them apart, so only two words are read"),
	pii("de-DE", Address, "an address in prose",
		"Ich wohne in der Lindenstraße 14, 10969 Berlin",
		"Ich wohne in der <ADDRESS_1>, 10969 Berlin"),
	pii("de-DE", DateOfBirth, "born on a date, cue after",
		"ich bin am 3. Mai 1979 geboren",
		"ich bin am <DATE_OF_BIRTH_1> geboren"),
	pii("de-DE", IBAN, "an IBAN typed with dots",
		"IBAN DE62.3704.0044.0532.0130.01",
		"IBAN <IBAN_1>"),
	pii("de-DE", NationalID, "a Steuer-ID in prose",
		"meine Steuer-ID lautet 86 095 742 719",
		"meine Steuer-ID lautet <NATIONAL_ID_1>"),
	pii("de-DE", Name, "medical note: a patient with Frau and a date of birth",
		"Pat. Frau Sabine Krause, geb. 12.03.1985, klagt über Kopfschmerzen",
		"Pat. Frau <NAME_1>, geb. <DATE_OF_BIRTH_1>, klagt über Kopfschmerzen"),
	clean("de-DE", Phone, "an order number and a delivery date",
		"Bestellnummer 302-4471829-1183342, Lieferung am 12.03.2024"),
	clean("de-DE", Address, "a street without a number",
		"Treffen wir uns in der Lindenstraße vor der Bäckerei?"),
	clean("de-DE", Name, "a company and a version",
		"Müller GmbH & Co. KG liefert Version 2.14.0 aus"),

	clean("de-DE", Name, "ich bin der + a capitalised noun",
		"ich bin der Meinung, dass Version 3 besser ist"),
	// --- French -------------------------------------------------------------
	pii("fr-FR", Email, "an e-mail with arobase and point spelled out",
		"mon mail c'est marie.dupont arobase orange point fr",
		"mon mail c'est <EMAIL_1>"),
	pii("fr-FR", Phone, "a phone in dotted pairs",
		"appelez-moi au 06.12.47.85.93",
		"appelez-moi au <PHONE_1>"),
	pii("fr-FR", Name, "self-introduction with moi c'est",
		"Bonjour, moi c'est Julien Moreau",
		"Bonjour, moi c'est <NAME_1>"),
	pii("fr-FR", Address, "an address in prose with the postcode",
		"j'habite au 8 rue des Lilas, 75019 Paris",
		"j'habite au <ADDRESS_1>, 75019 Paris"),
	pii("fr-FR", DateOfBirth, "née le …",
		"je suis née le 14 juillet 1990",
		"je suis née le <DATE_OF_BIRTH_1>"),
	pii("fr-FR", NationalID, "a NIR in prose",
		"mon numéro de sécu : 2 90 08 69 123 456 85",
		"mon numéro de sécu : <NATIONAL_ID_1>"),
	clean("fr-FR", Phone, "an order delivered on a date",
		"commande n° 4827193650, livrée le 14 juillet"),
	clean("fr-FR", Address, "a floor and a room",
		"rendez-vous au 8e étage, salle 12"),

	clean("fr-FR", Name, "moi c'est + a provider",
		"chez moi c'est Orange, pas Free, qui coupe le soir"),
	// --- Spanish (Spain) ----------------------------------------------------
	pii("es-ES", Name, "marketplace: me llamo and llámame",
		"Hola, me llamo Lucía Fernández, llámame al 634 91 82 07",
		"Hola, me llamo <NAME_1>, llámame al <PHONE_1>"),
	pii("es-ES", NationalID, "a DNI with a hyphen before its letter",
		"mi DNI es 48271593-K",
		"mi DNI es <NATIONAL_ID_1>"),
	pii("es-ES", Address, "calle with a number and the floor",
		"vivo en la calle Alcalá 120, 3º B, Madrid",
		"vivo en la <ADDRESS_1>, 3º B, Madrid"),
	pii("es-ES", IBAN, "an IBAN typed with dashes",
		"mi cuenta: ES21-2100-0418-4502-0005-1331",
		"mi cuenta: <IBAN_1>"),
	clean("es-ES", Phone, "an order and a total",
		"pedido 4827193650, total 49,90 €"),
	clean("es-ES", Address, "a street without a number",
		"Nos vemos en la calle Mayor a las 5"),

	// --- Spanish (Latin America) -------------------------------------------
	pii("es-MX", Phone, "soy + name, then a cell number",
		"Soy Ana García, mi cel es 55 4827 1936",
		"Soy <NAME_1>, mi cel es <PHONE_1>"),
	pii("es-MX", DateOfBirth, "nací el …",
		"nací el 5 de mayo de 1988 en Puebla",
		"nací el <DATE_OF_BIRTH_1> en Puebla"),
	pii("es-AR", NationalID, "an Argentine DNI with dots",
		"mi DNI es 30.482.719",
		"mi DNI es <NATIONAL_ID_1>"),
	pii("es-CO", NationalID, "a Colombian cédula",
		"cédula 1.020.304.050",
		"cédula <NATIONAL_ID_1>"),
	pii("es-MX", Email, "an e-mail with arroba and punto",
		"correo: ana.garcia arroba gmail punto com",
		"correo: <EMAIL_1>"),
	clean("es-MX", Phone, "a folio and a price",
		"folio 48271936, precio $1,299.00 MXN"),
	clean("es-AR", Address, "a corner without a number",
		"nos vemos en Av. Corrientes y Callao"),

	// --- Portuguese (Brazil) -----------------------------------------------
	pii("pt-BR", NationalID, "a CPF in prose",
		"meu CPF é 529.982.247-25",
		"meu CPF é <NATIONAL_ID_1>"),
	pii("pt-BR", Phone, "me chama no zap",
		"me chama no zap (11) 98765-4321",
		"me chama no zap <PHONE_1>"),
	pii("pt-BR", Name, "eu sou o …",
		"Oi, eu sou o João Silva",
		"Oi, eu sou o <NAME_1>"),
	pii("pt-BR", Email, "an e-mail with arroba and ponto",
		"email: joao.silva arroba gmail ponto com",
		"email: <EMAIL_1>"),
	pii("pt-BR", Address, "moro na Rua …, number",
		"moro na Rua das Flores, 45, apto 12",
		"moro na <ADDRESS_1>, apto 12"),
	pii("pt-BR", DateOfBirth, "nasci em …",
		"nasci em 12/04/1992",
		"nasci em <DATE_OF_BIRTH_1>"),
	clean("pt-BR", Phone, "an order and a price",
		"pedido nº 4827193650, R$ 1.299,90"),
	clean("pt-BR", NationalID, "a company's CNPJ",
		"CNPJ 11.222.333/0001-81"),

	// --- Portuguese (Portugal) ---------------------------------------------
	pii("pt-PT", NationalID, "a NIF in groups",
		"o meu NIF é 234 567 899",
		"o meu NIF é <NATIONAL_ID_1>"),
	pii("pt-PT", Name, "support ticket: chamo-me and ligue para o",
		"Boa tarde, chamo-me Inês Carvalho, ligue para o 912 482 719",
		"Boa tarde, chamo-me <NAME_1>, ligue para o <PHONE_1>"),
	clean("pt-PT", Phone, "an order and a price",
		"encomenda n.º 48271936, 24,90 €"),

	// --- Italian ------------------------------------------------------------
	pii("it-IT", Name, "marketplace: mi chiamo and chiamami al",
		"Salve, mi chiamo Marco Rossi, chiamami al 347 482 7193",
		"Salve, mi chiamo <NAME_1>, chiamami al <PHONE_1>"),
	pii("it-IT", NationalID, "a codice fiscale in prose",
		"il mio codice fiscale è RSSMRC80A01H501W",
		"il mio codice fiscale è <NATIONAL_ID_1>"),
	pii("it-IT", Address, "abito in via …",
		"abito in via Garibaldi 12, Torino",
		"abito in <ADDRESS_1>, Torino"),
	pii("it-IT", DateOfBirth, "sono nato il …",
		"sono nato il 3 marzo 1980",
		"sono nato il <DATE_OF_BIRTH_1>"),
	pii("it-IT", Email, "an e-mail with chiocciola and punto",
		"scrivimi a marco.rossi chiocciola libero punto it",
		"scrivimi a <EMAIL_1>"),
	clean("it-IT", Phone, "an order delivered on a date",
		"ordine n. 4827193, consegna il 3 marzo"),

	clean("it-IT", Address, "a via without a number",
		"passa da via Roma quando puoi"),
	// --- Dutch --------------------------------------------------------------
	pii("nl-NL", Name, "marketplace: ik ben and bel me op",
		"Hoi, ik ben Jan de Vries, bel me op 06-48271936",
		"Hoi, ik ben <NAME_1>, bel me op <PHONE_1>"),
	pii("nl-NL", NationalID, "a BSN in prose",
		"mijn BSN is 274819363",
		"mijn BSN is <NATIONAL_ID_1>"),
	pii("nl-NL", Address, "ik woon op de …",
		"ik woon op de Kerkstraat 12 in Utrecht",
		"ik woon op de <ADDRESS_1> in Utrecht"),
	pii("nl-NL", IBAN, "an IBAN typed in lower case",
		"rekeningnummer nl64 abna 0417 1643 01",
		"rekeningnummer <IBAN_1>"),
	clean("nl-NL", Phone, "an order and a price",
		"bestelnummer 4827193650, € 24,95"),

	// --- Swedish ------------------------------------------------------------
	pii("sv-SE", Name, "social post: jag heter and ring mig",
		"Hej! Jag heter Anna Lindqvist, ring mig på 070-482 71 93",
		"Hej! Jag heter <NAME_1>, ring mig på <PHONE_1>"),
	pii("sv-SE", NationalID, "a personnummer in prose",
		"mitt personnummer är 850312-1231",
		"mitt personnummer är <NATIONAL_ID_1>"),
	clean("sv-SE", Phone, "an order and a price",
		"ordernummer 4827193, 249 kr"),

	// --- Nigerian English ---------------------------------------------------
	pii("en-NG", Phone, "my name is …, call me on …",
		"My name is Chinedu Okafor, call me on 0803 482 7193",
		"My name is <NAME_1>, call me on <PHONE_1>"),
	pii("en-NG", NationalID, "a NIN in prose",
		"my NIN is 48271936502",
		"my NIN is <NATIONAL_ID_1>"),
	pii("en-NG", Email, "an e-mail with dot and at spelled out",
		"send am to chinedu dot okafor at yahoo dot com",
		"send am to <EMAIL_1>"),
	clean("en-NG", Phone, "an order and a total",
		"Order NG-4827193 total ₦12,500"),

	// --- Kenyan English -----------------------------------------------------
	pii("en-KE", Name, "Swahili chat: jina langu ni and an M-Pesa number",
		"Habari, jina langu ni Wanjiru Kamau, M-Pesa number 0712 482 719",
		"Habari, jina langu ni <NAME_1>, M-Pesa number <PHONE_1>"),
	pii("en-KE", NationalID, "a national ID number with its label",
		"my ID No. is 27481936",
		"my ID No. is <NATIONAL_ID_1>"),
	clean("en-KE", Phone, "a paybill and an account",
		"Paybill 247247 account 4827193"),
	clean("en-KE", Phone, "a till number and an amount",
		"Till number 5482719, amount KES 1,250"),

	// --- Indian English -----------------------------------------------------
	pii("en-IN", NationalID, "an Aadhaar number in groups",
		"my aadhaar is 7391 8264 0512",
		"my aadhaar is <NATIONAL_ID_1>"),
	pii("en-IN", NationalID, "a PAN in prose",
		"my PAN is AFZPK7190K",
		"my PAN is <NATIONAL_ID_1>"),
	pii("en-IN", Email, "an e-mail in brackets",
		"mail me: rahul[dot]sharma[at]gmail[dot]com",
		"mail me: <EMAIL_1>"),
	pii("en-IN", Address, "I stay at …",
		"I stay at 221 MG Road, Bengaluru",
		"I stay at <ADDRESS_1>, Bengaluru"),
	clean("en-IN", Phone, "an order number and a price",
		"order #405-1234567-8901234, ₹1,24,999"),

	// --- US English ---------------------------------------------------------
	pii("en-US", Email, "an e-mail with dot and at spelled out",
		"email me at john dot smith at gmail dot com",
		"email me at <EMAIL_1>"),
	pii("en-US", SSN, "an SSN with spaces",
		"My SSN is 524 71 9364",
		"My SSN is <SSN_1>"),
	pii("en-US", CreditCard, "a card typed with dashes",
		"card 4532-0151-1283-0366 exp 08/27",
		"card <CREDIT_CARD_1> exp 08/27"),
	pii("en-US", CreditCard, "a card split by a line break",
		"my card is 5529 6123\n4567 8919",
		"my card is <CREDIT_CARD_1>"),
	pii("en-US", Name, "this is … from …",
		"Hi, this is Sarah Johnson from accounts",
		"Hi, this is <NAME_1> from accounts"),
	pii("en-US", Phone, "voice transcript: a number in digit words",
		"my number is two one two five five five zero one four seven",
		"my number is <PHONE_1>"),
	pii("en-US", DateOfBirth, "born on a written date",
		"I was born on March 12th, 1985",
		"I was born on <DATE_OF_BIRTH_1>"),
	pii("en-US", Address, "ship it to …",
		"ship it to 742 Evergreen Terrace, Springfield",
		"ship it to <ADDRESS_1>, Springfield"),
	pii("en-US", Name, "quoted speech with a name and a phone",
		`He said, "I'm Tom Baker, reach me at 212-555-0147."`,
		`He said, "I'm <NAME_1>, reach me at <PHONE_1>."`),
	pii("en-US", Name, "medical note: a patient, a date of birth and an MRN",
		"Pt. Robert Hayes, DOB 04/17/1970, presents with chest pain. MRN 48213377.",
		"Pt. <NAME_1>, DOB <DATE_OF_BIRTH_1>, presents with chest pain. MRN <NATIONAL_ID_1>."),
	pii("en-US", Email, "social post: an e-mail with dot and at for a giveaway",
		"DM me or email jess dot taylor at outlook dot com #giveaway",
		"DM me or email <EMAIL_1> #giveaway"),
	clean("en-US", CreditCard, "an order number with dashes that fails Luhn",
		"Order #4532-0151-1283-0367 shipped"),
	clean("en-US", Address, "a street without a number",
		"Meet me at 5 at Starbucks on Main Street"),
	clean("en-US", IP, "a version and a release date",
		"version 10.2.0.15 released March 12, 2024"),
	clean("en-US", Email, "a website written with dot",
		"visit us at shop dot com for deals"),
	clean("en-US", Email, "at and dot in a time and a price",
		"see you at 5 dot, the coffee is 2 dot 50"),
	clean("en-US", Name, "a button's name",
		"Click I'm Feeling Lucky to skip the results"),

	clean("en-US", Name, "this is + a product",
		"this is Windows Update at 45 percent, do not turn off"),
	clean("en-US", Name, "this is + a product + from its maker (written in review)",
		"this is Windows Update from Microsoft"),
	clean("en-US", Name, "this is + a chapter + of (written in review)",
		"This is Chapter Two of the manual."),
	clean("en-US", Name, "this is + a tool's title + with (written in review)",
		"This is Version Control with Git."),
	pii("en-US", Name, "this is … speaking (written in review)",
		"Good morning, this is Tom Baker speaking.",
		"Good morning, this is <NAME_1> speaking."),
	clean("en-US", DateOfBirth, "an idea born on a date",
		"The idea was born on March 12, 2015 at a hackathon").leftAs("a birth cue whose subject is a thing: the date is masked and restored in the answer, and a rule that told a thing from a person by the subject would let real dates of birth through (our baby was born on …)"),
	// --- British English ----------------------------------------------------
	pii("en-GB", NationalID, "a NI number in pairs",
		"my NI number is JG 10 37 21 B",
		"my NI number is <NATIONAL_ID_1>"),
	pii("en-GB", Address, "I live at …",
		"I live at 14 Kensington Road, London",
		"I live at <ADDRESS_1>, London"),
	pii("en-GB", DateOfBirth, "DOB with a two-digit year",
		"DOB 3/12/85",
		"DOB <DATE_OF_BIRTH_1>"),
	pii("en-GB", Phone, "voice transcript: a mobile in digit words with oh",
		"text my wife on oh seven nine one one, one two three four five six",
		"text my wife on <PHONE_1>"),
	pii("en-GB", Name, "HR mail: a sign-off with a mobile",
		"Kind regards,\nOliver Smith\nMob: 07911 123456",
		"Kind regards,\n<NAME_1>\nMob: <PHONE_1>"),
	clean("en-GB", Phone, "a tracking number",
		"Tracking: JD014600006281234567"),
	clean("en-GB", Address, "a platform at a station",
		"Platform 9 3/4 at King's Cross"),
	clean("en-GB", Name, "a sign-off by a team",
		"Kind regards,\nThe Support Team"),
	// --- guards written after the blind run -------------------------------------
	// Not blind: these hold the rules added for the rows above to what they
	// must leave alone (and a few of them to their general form), and are
	// not in the blind figures.
	// Disguised e-mail addresses.
	pii("en-US", Email, "an address with bracketed at and dot",
		"write to info [at] vellum [dot] dev",
		"write to <EMAIL_1>"),
	pii("ru-RU", Email, "собака and точка",
		"пиши: ivan.k собака yandex точка ru",
		"пиши: <EMAIL_1>"),
	pii("en-GB", Email, "AT and DOT in capitals",
		"email: j_smith AT btinternet DOT com",
		"email: <EMAIL_1>"),
	clean("en-US", Email, "a file at a host written with its dots",
		"I found config.yaml at github.com yesterday"),
	clean("en-US", Email, "a one-word local part before a bare at",
		"the file is at docs dot example dot com"),
	clean("en-US", Email, "a bracketed at between words",
		"see the notes (at) the end of page.html"),
	clean("any", Email, "a hash in a file name with no note to swap it",
		"see issue#123.md for details"),
	clean("es-ES", Email, "arroba as a unit of weight",
		"compró 25 arroba de café en el mercado"),
	clean("en-US", Email, "a dotted name before at and a word",
		"meet john.smith at the lobby dot"),
	// Hebrew prefix letters before a number.
	pii("he-IL", DateOfBirth, "born on a date after ב-",
		"הוא נולד ב-3.7.1990 בחיפה",
		"הוא נולד ב-<DATE_OF_BIRTH_1> בחיפה"),
	clean("he-IL", Phone, "a price after ב-",
		"קניתי את זה ב-1,299 ש\"ח"),
	clean("he-IL", DateOfBirth, "an order shipped on a date after ב-",
		"הזמנה מספר 48271936 נשלחה ב-12.3.2024"),
	// Phones: cues and layouts.
	pii("de-DE", Phone, "an office number with a spaced slash",
		"Büro: 089 / 12 34 56 78",
		"Büro: <PHONE_1>"),
	clean("es-MX", Phone, "cel inside a word",
		"Excel 2016 admite 1048576 filas por hoja"),
	pii("pt-BR", Phone, "ligar para",
		"pode ligar para 11 98765 4321 amanhã",
		"pode ligar para <PHONE_1> amanhã"),
	// IBANs in dotted groups.
	pii("nl-NL", IBAN, "a Dutch IBAN in dotted groups",
		"NL64.ABNA.0417.1643.01",
		"<IBAN_1>"),
	clean("de-DE", IBAN, "dotted groups with a wrong check",
		"IBAN DE62.3704.0044.0532.0130.02 ist ungültig"),
	// Cards split by a line break.
	pii("en-US", CreditCard, "a Visa number wrapped after three groups",
		"Visa 4532 0151 1283\n0366 exp 08/27",
		"Visa <CREDIT_CARD_1> exp 08/27"),
	clean("en-US", CreditCard, "a column of four-digit numbers",
		"Totals\n4532 0151\n1283 0366"),
	clean("en-US", CreditCard, "a wrapped number after a card word that fails Luhn",
		"card games: 4532 0151\n1283 0367"),
	// Names.
	pii("en-GB", Name, "this is … calling",
		"Hello, this is Priya Patel calling about my order",
		"Hello, this is <NAME_1> calling about my order"),
	clean("en-US", Name, "Pt. as Point in a place name",
		"Pt. Reyes Station, CA 94956"),
	pii("en-US", Name, "Pt: with an age and a date of birth",
		"Pt: Maria Lopez, 67 y/o F, DOB 02/03/1957",
		"Pt: <NAME_1>, 67 y/o F, DOB <DATE_OF_BIRTH_1>"),
	clean("en-US", Name, "I'm + a title-cased verb",
		"I'm Going Home Tonight"),
	clean("ar-SA", Name, "باسم before a company with the article",
		"تم التسجيل باسم الشركة الوطنية"),
	clean("tr-TR", Name, "a company with its legal form before adına",
		"Vellum Yazılım A.Ş. adına fatura kesildi"),
	clean("tr-TR", Name, "one word before adına",
		"Şirket adına imza atıldı"),
	pii("tr-TR", Name, "a line registered in someone's name",
		"Mehmet Kaya adına kayıtlı hat",
		"<NAME_1> adına kayıtlı hat"),
	pii("pt-PT", Name, "sou a …",
		"Olá, sou a Maria Santos",
		"Olá, sou a <NAME_1>"),
	pii("de-DE", Name, "ich bin die + two words",
		"ich bin die Anna Schmidt aus der Buchhaltung",
		"ich bin die <NAME_1> aus der Buchhaltung"),
	clean("fr-FR", Name, "moi c'est + one word",
		"moi c'est Netflix le soir"),
	pii("uk-UA", Name, "одержувач without a colon",
		"одержувач Петренко Іван, сума 500 грн",
		"одержувач <NAME_1>, сума 500 грн"),
	// National ids.
	clean("en-KE", NationalID, "an ID No. that is nobody's",
		"Transaction ID No. 27481936 confirmed"),
	pii("en-KE", NationalID, "kitambulisho",
		"kitambulisho namba 27481936",
		"kitambulisho namba <NATIONAL_ID_1>"),
	clean("en-NG", NationalID, "nin in lower case",
		"ref nin 48271936502"),
	pii("fa-IR", NationalID, "a national code with leading zeros",
		"کد ملی ۰۰۱۲۳۴۵۶۷۹",
		"کد ملی <NATIONAL_ID_1>"),
	clean("fa-IR", NationalID, "a national code with a wrong check",
		"کد ملی: 1278459368"),
	// Addresses.
	clean("pl-PL", Address, "ulicy with a count, not a house number",
		"na ulicy Długiej było 5 osób"),
	pii("ru-RU", Address, "на улице … д.",
		"живу на улице Ленина, д. 5",
		"живу на <ADDRESS_1>"),
	// Dates of birth.
	clean("vi-VN", DateOfBirth, "a delivery date in words",
		"đơn hàng giao ngày 15 tháng 3 năm 2024"),
	pii("vi-VN", DateOfBirth, "a form's date of birth in words",
		"Ngày sinh: 2 tháng 9 năm 1988",
		"Ngày sinh: <DATE_OF_BIRTH_1>"),
	pii("hi-IN", DateOfBirth, "a Hindi month after जन्म तिथि",
		"जन्म तिथि: 5 मार्च 1990",
		"जन्म तिथि: <DATE_OF_BIRTH_1>"),
	clean("hi-IN", DateOfBirth, "a Hindi month with no birth cue",
		"15 अगस्त 1947 को भारत आज़ाद हुआ"),
	clean("fa-IR", IP, "a four-part version after نسخه",
		"نسخه ۱.۲.۳.۴ منتشر شد"),
	// Phones in digit words.
	clean("en-US", Phone, "counting aloud",
		"count with me: one two three four five six seven eight nine zero one"),
	clean("en-US", Phone, "a phone with a few digit words",
		"the phone has one two three buttons"),
	pii("en-GB", Phone, "double in a spoken number",
		"my number is double seven nine one one, one two three four five six",
		"my number is <PHONE_1>"),
}

func TestProsePastes7(t *testing.T) { checkTable(t, prosePaste7Cases, "locale") }
