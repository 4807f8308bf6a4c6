package main

import (
	"os"
	"runtime/debug"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestByteSize(t *testing.T) {
	type want struct {
		n   byteSize
		err bool
	}
	cases := []struct {
		reason string
		args   string
		want   want
	}{
		{"plain bytes", "1048576", want{n: 1 << 20}},
		{"B suffix", "512B", want{n: 512}},
		{"MiB", "256MiB", want{n: 256 << 20}},
		{"GiB", "2GiB", want{n: 2 << 30}},
		{"zero disables", "0", want{n: 0}},
		{"decimal units are not GOMEMLIMIT syntax", "256MB", want{err: true}},
		{"negative", "-1", want{err: true}},
		{"overflow", "99999999999TiB", want{err: true}},
		{"words", "lots", want{err: true}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			var b byteSize
			err := b.Set(tc.args)
			got := want{n: b, err: err != nil}
			if err != nil {
				got.n = 0
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("Set(%q): -want +got:\n%s", tc.args, diff)
			}
		})
	}
}

func TestApplyMemoryLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	type args struct {
		flag           byteSize
		gomemlimit     string
		containerLimit int64
	}
	cases := []struct {
		reason string
		args   args
		want   int64 // the runtime's limit afterwards
	}{
		{"the flag sets the limit", args{flag: 256 << 20}, 256 << 20},
		{"GOMEMLIMIT wins (the runtime read it at start)", args{flag: 256 << 20, gomemlimit: "1GiB"}, prev},
		{"0 leaves the runtime alone", args{flag: 0}, prev},
		{"a smaller container limit caps it at 90 %", args{flag: 240 << 20, containerLimit: 128 << 20}, (128 << 20) / 10 * 9},
		{"a larger container limit leaves the flag", args{flag: 240 << 20, containerLimit: 1 << 30}, 240 << 20},
		{"GOMEMLIMIT wins over a container limit too", args{flag: 240 << 20, gomemlimit: "1GiB", containerLimit: 128 << 20}, prev},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			debug.SetMemoryLimit(prev)
			applyMemoryLimit(tc.args.flag, func(k string) string {
				if k == "GOMEMLIMIT" {
					return tc.args.gomemlimit
				}
				return ""
			}, tc.args.containerLimit)
			if got := debug.SetMemoryLimit(-1); got != tc.want {
				t.Errorf("runtime memory limit %d, want %d", got, tc.want)
			}
		})
	}
}

func TestIdleReclaimer(t *testing.T) {
	type tick struct {
		requests uint64
		inFlight int64
	}
	cases := []struct {
		reason string
		args   []tick
		want   []bool
	}{
		{"never busy: reclaim once, not again", []tick{{0, 0}, {0, 0}, {0, 0}}, []bool{true, false, false}},
		{"a burst then quiet: once, after a whole quiet interval", []tick{{0, 0}, {500, 3}, {900, 0}, {900, 0}, {900, 0}}, []bool{true, false, false, true, false}},
		{"a request that outlasts the interval is not idleness", []tick{{5, 1}, {5, 1}, {6, 0}, {6, 0}}, []bool{false, false, false, true}},
		{"a steady trickle never reclaims", []tick{{1, 0}, {2, 0}, {3, 0}}, []bool{false, false, false}},
		{"quiet again after new traffic: reclaim again", []tick{{0, 0}, {4, 0}, {4, 0}}, []bool{true, false, true}},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			var r idleReclaimer
			var got []bool
			for _, k := range tc.args {
				got = append(got, r.tick(k.requests, k.inFlight))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
		})
	}
}

func TestContainerMemoryLimit(t *testing.T) {
	cases := []struct {
		reason string
		files  map[string]string
		want   int64
	}{
		{"cgroup v2 limit", map[string]string{"/sys/fs/cgroup/memory.max": "134217728\n"}, 134217728},
		{"cgroup v2 without a limit", map[string]string{"/sys/fs/cgroup/memory.max": "max\n"}, 0},
		{"cgroup v1 limit", map[string]string{"/sys/fs/cgroup/memory/memory.limit_in_bytes": "268435456\n"}, 268435456},
		{"cgroup v1 without a limit", map[string]string{"/sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n"}, 0},
		{"no cgroup files", map[string]string{}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got := containerMemoryLimit(func(path string) ([]byte, error) {
				if s, ok := tc.files[path]; ok {
					return []byte(s), nil
				}
				return nil, os.ErrNotExist
			})
			if got != tc.want {
				t.Errorf("containerMemoryLimit = %d, want %d", got, tc.want)
			}
		})
	}
}
