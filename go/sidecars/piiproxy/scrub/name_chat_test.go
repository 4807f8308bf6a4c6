package scrub

import "testing"

// TestChatSendersAfterATime: a chat pasted with the time alone in brackets
// names its senders where a log line names its components; a word of the
// sender's name must be in the lists, and a role is no one.
func TestChatSendersAfterATime(t *testing.T) {
	checkTexts(t, []textCase{
		{"[14:02] Callum Fraser: on?\n[14:03] Magda: ok", "[14:02] <NAME_1>: on?\n[14:03] <NAME_2>: ok"},
		{"[14:05:11] Backup: done\n[14:06] Build Server: failed\n[00:07] Caller: hi",
			"[14:05:11] Backup: done\n[14:06] Build Server: failed\n[00:07] Caller: hi"},
	})
}
