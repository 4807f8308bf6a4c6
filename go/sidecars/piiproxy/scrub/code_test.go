package scrub

import (
	"strings"
	"testing"
)

// pgpKeyLines are the first lines of Debian's archive key for trixie
// (/etc/apt/trusted.gpg.d/debian-archive-trixie-stable.asc), repeated
// below to the 12 KB that such a key runs to with its signatures.
const pgpKeyLines = "mQINBGfpPl0BEACyof6b+LAkxSHiTZc0RAjilNtshxhqOSr5hrApjAdyLDnUWMf4\n" +
	"mp/UytFKHCbzU9H9QkYXLyr2mCltknX5+A28iYHZzS0eX5XMAmaWdqvd4IkAb/Sw\n" +
	"5k3hFSyFTf0DUW1G8O2AwTwtsC0sX+jDyCzt+zBp2ARnasnm+3gZ85iBmmWkrZf+\n"

// certLines open a self-signed certificate for localhost, as /etc holds
// them for local services.
const certLines = "MIIC+DCCAeCgAwIBAgIUMCPoVkGaPbugwHx9L193YQOMBeAwDQYJKoZIhvcNAQEL\n" +
	"BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MB4XDTI2MDUyMDE2MjcyOFoXDTM2MDUx\n" +
	"NzE2MjcyOFowFDESMBAGA1UEAwwJbG9jYWxob3N0MIIBIjANBgkqhkiG9w0BAQEF\n"

// codeCases hold the false positives that the sixteenth round's audit found
// in source code, configuration files and logs (README, "Sixteenth round"):
// each clean row is a real line, shortened, that was masked, and the rows
// with personal data beside it hold the detection of the same kind around
// the rule that fixed it.
var codeCases = []tableCase{
	// --- secret: C names joined by underscores (OpenSSL's headers) ---------
	clean("any", Secret, "OpenSSL's stack macros", "#define sk_ASN1_UTF8STRING_zero(sk) OPENSSL_sk_zero(ossl_check_ASN1_UTF8STRING_sk_type(sk))"),
	clean("any", Secret, "a DER object identifier's name", "#define DER_OID_V_sha512_256WithRSAEncryption DER_P_OBJECT, 9, 0x2A, 0x86"),
	clean("any", Secret, "an extern array's name", "extern const unsigned char ossl_der_oid_md4WithRSAEncryption[DER_OID_SZ_md4WithRSAEncryption];"),
	clean("any", Secret, "a function-like macro's argument", "OPENSSL_sk_pop(ossl_check_PKCS12_SAFEBAG_sk_type(sk))"),
	pii("any", Secret, "a random base64url key with two underscores",
		"token Xk9_q2LmZp8RtV4wYb7N_aB3cD9eF2gH5jK8mN1pQ4 expired",
		"token <SECRET_1> expired"),
	pii("any", Secret, "a random key with one underscore",
		"KEY = 'b8Zq1kP0vX7yT3mRw9Lc_N4sD6fH2jG5aE8uQ1oI0rY'",
		"KEY = '<SECRET_1>'"),
	pii("any", Secret, "an identifier-like prefix before a random part",
		"MY_APP_kP0vX7yT3mRw9LcN4sD6fH2jG5aE8uQ1",
		"<SECRET_1>"),

	// --- secret: public armoured blocks --------------------------------------
	clean("any", Secret, "an apt source with Debian's archive key, 12 KB",
		"Types: deb\nSigned-By:\n -----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"+strings.Repeat(pgpKeyLines, 64)+"=UqDn\n-----END PGP PUBLIC KEY BLOCK-----\n"),
	clean("any", Secret, "a certificate's lines", "-----BEGIN CERTIFICATE-----\n"+certLines+"-----END CERTIFICATE-----"),
	clean("any", Secret, "a public key in PEM", "-----BEGIN PUBLIC KEY-----\n"+certLines+"-----END PUBLIC KEY-----"),
	pii("any", Secret, "a private key's block stays masked whole",
		"-----BEGIN PRIVATE KEY-----\n"+certLines+"-----END PRIVATE KEY-----",
		"<SECRET_1>"),
	pii("any", Secret, "a random token after a certificate's end",
		"-----BEGIN CERTIFICATE-----\n"+certLines+"-----END CERTIFICATE-----\nkey: b8Zq1kP0vX7yT3mRw9LcN4sD6fH2jG5aE8uQ1oI0rY",
		"-----BEGIN CERTIFICATE-----\n"+certLines+"-----END CERTIFICATE-----\nkey: <SECRET_1>"),
	pii("any", Secret, "a random token 8 KB after a public key's end",
		"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"+pgpKeyLines+"-----END PGP PUBLIC KEY BLOCK-----\n"+strings.Repeat("x ", 4096)+"b8Zq1kP0vX7yT3mRw9LcN4sD6fH2jG5aE8uQ1oI0rY",
		"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"+pgpKeyLines+"-----END PGP PUBLIC KEY BLOCK-----\n"+strings.Repeat("x ", 4096)+"<SECRET_1>"),
	pii("any", Secret, "a header that only mentions a public key",
		"# -----BEGIN PUBLIC KEY----- goes here\nsecret b8Zq1kP0vX7yT3mRw9LcN4sD6fH2jG5aE8uQ1oI0rY",
		"# -----BEGIN PUBLIC KEY----- goes here\nsecret <SECRET_1>"),

	// --- ip: versions in Debian's changelogs, dpkg.log and apt's history,
	// a section in a URL --------------------------------------------------------
	clean("any", IP, "Standards-Version after 'to'", "  * Bump Standards-Version to 4.6.0.1 (no changes needed)"),
	clean("any", IP, "two connecting words", "  * Standards-Version updated to 4.6.0.1"),
	clean("any", IP, "'standards' alone", "    * bump standards to 4.4.0.1"),
	clean("any", IP, "versions before a release", "for upgrades from versions before 1.7.9.5 (the version"),
	clean("any", IP, "a Debian version's suffix", "clucene-core (2.3.3.4+dfsg-1) unstable; urgency=medium"),
	clean("any", IP, "an epoch and a suffix", "  * Fix day-of-week for changelog entry 1:4.1.4.2+svn3283-3."),
	clean("any", IP, "dpkg.log's status line", "2026-11-28 01:13:52 status unpacked libboost-dev:amd64 1.74.0.3"),
	clean("any", IP, "dpkg.log's install line", "2026-11-28 03:30:10 install debian-policy:all <none> 4.6.2.0"),
	clean("any", IP, "apt's history.log", "Install: libboost-dev:amd64 (1.74.0.3, automatic), debian-policy:all (4.6.2.0)"),
	clean("any", IP, "a dependency's relation with an epoch", "  * Bump the build-dep on libxext-dev (>= 1:1.0.99.4)."),
	clean("any", IP, "a relation without parentheses", "  * Bump build and runtime dependencies to >= 1.2.99.3."),
	clean("any", IP, "a section in a URL's fragment", "    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4"),
	clean("any", IP, "an RFC's section in a comment", "// RFC 5280, 4.2.1.12  Extended Key Usage"),
	clean("any", IP, "an RFC's section without a comma", "// RFC 5280 4.2.1.4"),
	clean("any", IP, "a section after 'RFC' alone", "	// Read Block_Header. RFC 3.1.1.2."),
	pii("any", IP, "an address of the RFC that sets its range apart",
		"any RFC 1918 10.1.2.3 is private",
		"any RFC 1918 <IP_1> is private"),
	pii("any", IP, "an address after an RFC and a word",
		"per RFC 5737 use 192.0.2.10 in docs",
		"per RFC 5737 use <IP_1> in docs"),
	pii("any", IP, "a build deployed to a host",
		"deploy the build to 10.0.0.5 tonight",
		"deploy the build to <IP_1> tonight"),
	pii("any", IP, "a release fetched from a host",
		"pulled the release from 198.51.100.23 again",
		"pulled the release from <IP_1> again"),
	pii("any", IP, "an sshd log line",
		"sshd[812]: Accepted password for root from 198.51.100.23 port 22 ssh2",
		"sshd[812]: Accepted password for root from <IP_1> port 22 ssh2"),
	pii("any", IP, "an address with its port after a colon",
		"upstream: 10.1.2.3:8080 refused the connection",
		"upstream: <IP_1>:8080 refused the connection"),
	pii("any", IP, "an address after a host word and a hyphen",
		"ping host-10.1.2.3 failed",
		"ping host-<IP_1> failed"),
	pii("any", IP, "an address in parentheses after a host name",
		"Connecting to db01 (10.1.2.3) on port 5432",
		"Connecting to db01 (<IP_1>) on port 5432"),
}

func TestCode(t *testing.T) { checkTable(t, codeCases, "source") }
