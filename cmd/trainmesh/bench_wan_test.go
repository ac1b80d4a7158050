package main

import (
	"encoding/json"
	"testing"

	"github.com/trainmesh/trainmesh/mesh/wan"
)

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

// TestBenchWAN runs the command end to end on a small emulated internet:
// one all-reduce size with its ceilings and loopback, and a few steps of
// data-parallel training over the links and on loopback. Needs root
// (network namespaces); about 10 s.
func TestBenchWAN(t *testing.T) {
	if testing.Short() {
		t.Skip("builds network namespaces and trains")
	}
	if err := wan.Available(); err != nil {
		t.Skip(err)
	}
	code, out, stderr := runCLI(t, "--log-level", "warn", "bench", "wan", "--peers", "2", "--up", "50Mbit", "--down", "50Mbit", "--delay", "5ms",
		"--sizes", "256KiB", "--compression", "int8", "--train", "mlp", "--train-steps", "2", "--train-warmup", "0", "--json")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	var r struct {
		AllReduce []map[string]any `json:"allreduce"`
		Train     []map[string]any `json:"train"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(r.AllReduce) != 1 || !(r.AllReduce[0]["fraction_of_bottleneck"].(float64) > 0) || !(r.AllReduce[0]["ring_tcp_fraction"].(float64) > 0) || !(r.AllReduce[0]["loopback_ns"].(float64) > 0) {
		t.Fatalf("all-reduce rows %v", r.AllReduce)
	}
	if len(r.Train) != 2 || r.Train[0]["links"] != "wan" || r.Train[1]["links"] != "loopback" {
		t.Fatalf("training rows %v; want one over the links and one on loopback", r.Train)
	}
	for _, row := range r.Train {
		if u := row["compute_utilisation"].(float64); !(u > 0 && u <= 1) {
			t.Fatalf("utilisation %v in %v", u, row)
		}
	}
}
