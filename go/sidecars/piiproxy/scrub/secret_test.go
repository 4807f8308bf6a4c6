package scrub

import "testing"

func TestSecret(t *testing.T) {
	const (
		jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
		pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\naFDrBz9vFqU4yYk6ZOE3uNSK8bRfcaFW6bWFvH9XxZwjTB2RvzN3Wl2dLQ3oY3hZ\n-----END RSA PRIVATE KEY-----"
	)
	runDetectorCases(t, Secret, []detectorCase{
		c("AWS access key id", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_access_key_id = <SECRET_1>", 1),
		c("AWS secret key after its variable", "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "export AWS_SECRET_ACCESS_KEY=<SECRET_1>", 1),
		c("GitHub classic token", "token ghp_16C7e42F292c6912E7710c838347Ae178B4a ok", "token <SECRET_1> ok", 1),
		c("GitHub fine-grained token", "github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "<SECRET_1>", 1),
		c("GitLab token", "glpat-xK9mZ2vQ7rT4wY1nB8cD", "<SECRET_1>", 1),
		c("Slack bot token", "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "<SECRET_1>", 1),
		c("Stripe live key", "stripe.api_key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'", "stripe.api_key = '<SECRET_1>'", 1),
		c("OpenAI project key", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", "<SECRET_1>", 1),
		c("Anthropic key", "sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3dEf6h-AA", "<SECRET_1>", 1),
		c("Google API key", "key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe&x", "key=<SECRET_1>&x", 1),
		c("Hugging Face token", "hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "<SECRET_1>", 1),
		c("npm token", "npm_AbCdEf0123456789AbCdEf0123456789AbCd", "<SECRET_1>", 1),
		c("JWT", "cookie "+jwt+"; path=/", "cookie <SECRET_1>; path=/", 1),
		c("bearer header", "curl -H 'Authorization: Bearer abc123DEF456ghi789' x", "curl -H 'Authorization: Bearer <SECRET_1>' x", 1),
		c("bare bearer", "use Bearer 9f8e7d6c5b4a39281706fedcba9876 here", "use Bearer <SECRET_1> here", 1),
		c("basic auth header", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "Authorization: Basic <SECRET_1>", 1),
		c("PEM private key", "key:\n"+pem+"\nthanks", "key:\n<SECRET_1>\nthanks", 1),
		c("truncated PEM", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "<SECRET_1>", 1),
		c("password assignment", "password=hunter22", "password=<SECRET_1>", 1),
		c("password in prose", "my password is Tr0ub4dor&3!", "my password is <SECRET_1>", 1),
		c("password in JSON", `{"db_password": "p4ss w0rd!"}`, `{"db_password": "<SECRET_1>"}`, 1),
		c("German password in prose", "Mein Passwort ist Sommer2024!", "Mein Passwort ist <SECRET_1>", 1),
		c("long passphrase", "passphrase: correcthorsebatterystaple", "passphrase: <SECRET_1>", 1),
		c("token in YAML", "token: 5f2b8c1e9a7d4c3b", "token: <SECRET_1>", 1),
		c("standalone random key", "the value Zx8Qw3Er7Ty1Ui5Op9As2Df6Gh0Jk4Lz in the log", "the value <SECRET_1> in the log", 1),
		c("same key twice is one placeholder", "a AKIAIOSFODNN7EXAMPLE b AKIAIOSFODNN7EXAMPLE", "a <SECRET_1> b <SECRET_1>", 2),
		c("public certificate", "-----BEGIN CERTIFICATE-----\nMIIB", "-----BEGIN CERTIFICATE-----\nMIIB", 0),
		c("git SHA", "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904", "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904", 0),
		c("sha256 digest", "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0),
		c("UUID", "id 550e8400-e29b-41d4-a716-446655440000", "id 550e8400-e29b-41d4-a716-446655440000", 0),
		c("CamelCase identifier", "AbstractSingletonProxyFactoryBeanImpl64Bit", "AbstractSingletonProxyFactoryBeanImpl64Bit", 0),
		c("URL path with an id", "https://drive.example.com/file/d/CnnKi4ApPCZ2xfqX2QS1BlxPQBiW/view", "https://drive.example.com/file/d/CnnKi4ApPCZ2xfqX2QS1BlxPQBiW/view", 0),
		c("secret name, not a secret", "secretName: vellum-s3-credentials", "secretName: vellum-s3-credentials", 0),
		c("token type", "token_type: bearer", "token_type: bearer", 0),
		c("environment reference", "password: ${DB_PASSWORD}", "password: ${DB_PASSWORD}", 0),
		c("template value", "api_key: YOUR_API_KEY", "api_key: YOUR_API_KEY", 0),
		c("masked value", `password="********"`, `password="********"`, 0),
		c("prose about tokens", "The token expires after 3600 seconds.", "The token expires after 3600 seconds.", 0),
		c("bearer scheme in prose", "Bearer token authentication", "Bearer token authentication", 0),
		c("short sk word", "sk-learn is a typo of scikit-learn", "sk-learn is a typo of scikit-learn", 0),
		c("max_tokens setting", "max_tokens: 1024", "max_tokens: 1024", 0),
	})
}
