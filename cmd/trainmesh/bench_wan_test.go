package main

import "testing"

func TestParseRate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"20000000", 20e6, true}, {"512kbit", 512e3, true}, {"20Mbit", 20e6, true}, {"1Gbit", 1e9, true}, {"10Gbit", 10e9, true},
		{"11Gbit", 0, false}, {"", 0, false}, {"-1Mbit", 0, false}, {"1.5Mbit", 0, false}, {"Mbit", 0, false}, {"20MB", 0, false},
	} {
		got, err := parseRate(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseRate(%q) = %d, %v; want %d, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestSizeString(t *testing.T) {
	for in, want := range map[int64]string{1 << 20: "1MiB", 256 << 20: "256MiB", 1 << 30: "1GiB", 4096: "4KiB", 1000: "1000B"} {
		if got := sizeString(in); got != want {
			t.Errorf("sizeString(%d) = %q, want %q", in, got, want)
		}
	}
}
