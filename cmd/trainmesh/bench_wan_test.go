package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

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
		"--sizes", "256KiB", "--compression", "int8", "--processes", "--train", "mlp", "--train-steps", "2", "--train-warmup", "0", "--json")
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
	if len(r.AllReduce) != 1 || !(r.AllReduce[0]["fraction_of_bottleneck"].(float64) > 0) || !(r.AllReduce[0]["ring_tcp_fraction"].(float64) > 0) || !(r.AllReduce[0]["loopback_ns"].(float64) > 0) ||
		!(r.AllReduce[0]["processes_fraction"].(float64) > 0) {
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

// TestBenchWANTopology: --delay, --sites and --delays give each pair's
// delay, --loss every uplink's; mismatched counts are refused.
func TestBenchWANTopology(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    benchWANCmd
		want string // the delay matrix, as wan.FormatDelays writes it
		err  string
	}{
		{name: "uniform", c: benchWANCmd{Peers: 3, Delay: 40 * time.Millisecond}, want: "0s,40ms,40ms;40ms,0s,40ms;40ms,40ms,0s"},
		{name: "sites", c: benchWANCmd{Peers: 4, Delay: 80 * time.Millisecond, SiteDelay: 5 * time.Millisecond, Sites: []string{"eu", "us", "eu", "us"}, Loss: 0.01},
			want: "0s,80ms,5ms,80ms;80ms,0s,80ms,5ms;5ms,80ms,0s,80ms;80ms,5ms,80ms,0s"},
		{name: "matrix", c: benchWANCmd{Peers: 2, Delays: "0,7;9,0", Sites: []string{"a", "b"}}, want: "0s,7ms;9ms,0s"},
		{name: "sites short", c: benchWANCmd{Peers: 3, Sites: []string{"eu", "us"}}, err: "2 sites for 3 peers"},
		{name: "matrix short", c: benchWANCmd{Peers: 3, Delays: "0,1;1,0"}, err: "2 rows for 3 peers"},
		{name: "matrix bad", c: benchWANCmd{Peers: 2, Delays: "0,x;1,0"}, err: "delay 0→1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := tc.c.topology(20e6, 100e6)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("topology: %v, want an error saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			cfg := f(tc.c.Peers)
			if err := cfg.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := wan.FormatDelays(cfg.Delay); got != tc.want {
				t.Errorf("delays %s, want %s", got, tc.want)
			}
			for i, a := range cfg.Peers {
				if a.Loss != tc.c.Loss || a.UpBps != 20e6 || a.DownBps != 100e6 {
					t.Errorf("peer %d: %+v", i, a)
				}
			}
		})
	}
}
