package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchAllreduce(t *testing.T) {
	code, out, stderr := runCLI(t, "--log-level", "warn", "bench", "allreduce", "--peers", "3", "--size", "256KiB", "--iterations", "1", "--warmup", "0", "--chunk-bytes", "65536", "--unbatched-tls")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	for _, want := range []string{"busbw", "ring of libp2p streams", "ring of raw TCP", "busbw / libp2p ring", "libp2p ring / TCP ring", "ring of libp2p, TLS records unbatched", "libp2p ring / libp2p ring unbatched"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, stderr = runCLI(t, "--log-level", "warn", "bench", "allreduce", "--peers", "2", "--size", "4096", "--iterations", "1", "--warmup", "0", "--compression", "int8", "--json")
	if code != 0 {
		t.Fatalf("--json: exit %d\n%s\n%s", code, out, stderr)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"busbw_bytes_per_s", "ring_libp2p_bytes_per_s", "ring_tcp_bytes_per_s", "busbw_over_ring_libp2p", "ring_libp2p_over_tcp"} {
		if _, ok := r[k]; !ok {
			t.Errorf("JSON lacks %s", k)
		}
	}
}

// TestBenchAllreduceProcesses runs the peers as separate trainmesh
// processes (this test binary, re-executed as the command), paced with the
// baselines, each writing a CPU profile.
func TestBenchAllreduceProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	prof := t.TempDir()
	code, out, stderr := runCLI(t, "--log-level", "warn", "bench", "allreduce", "--processes", "--peers", "3", "--size", "256KiB", "--iterations", "2", "--warmup", "0", "--chunk-bytes", "65536", "--no-tls-batch-writes", "--json", "--cpuprofile", prof)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r["processes"] != true || !(r["busbw_bytes_per_s"].(float64) > 0) || r["tls_batch_writes"] != false || r["direct_lanes"] != true {
		t.Fatalf("result %v; want a separate-process run with a bus bandwidth, TLS records unbatched, direct lanes (the default)", r)
	}
	if !(r["busbw_over_ring_tcp"].(float64) > 0) {
		t.Fatalf("result %v; want busbw / TCP ring", r)
	}
	for rank := range 3 {
		f, err := os.Open(filepath.Join(prof, fmt.Sprintf("peer-%d.pprof", rank)))
		if err != nil {
			t.Fatal(err)
		}
		// A profile is a gzipped protocol buffer: it must read to its end.
		zr, err := gzip.NewReader(f)
		if err == nil {
			var n int64
			n, err = io.Copy(io.Discard, zr)
			if err == nil && n == 0 {
				err = fmt.Errorf("empty")
			}
		}
		_ = f.Close()
		if err != nil {
			t.Fatalf("peer %d's CPU profile: %v", rank, err)
		}
	}
}

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"4096", 4096, true}, {"64KiB", 64 << 10, true}, {"64MiB", 64 << 20, true}, {"1GiB", 1 << 30, true},
		{"12B", 12, true}, {"", 0, false}, {"-1", 0, false}, {"1.5MiB", 0, false}, {"MiB", 0, false},
	} {
		got, err := parseSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
