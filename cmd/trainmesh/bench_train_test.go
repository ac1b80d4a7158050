package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"math"
	"strings"
	"testing"
)

// TestBenchTrain runs `bench train` with both all-reducers (the ring on
// real hosts on 127.0.0.1), as text and as JSON, and checks that the
// figures are consistent: each all-reducer's 1-member group is its own
// baseline, compute and all-reduce fit in the step, and throughput and
// efficiency follow from the step times.
func TestBenchTrain(t *testing.T) {
	var out bytes.Buffer
	env := &runEnv{ctx: context.Background(), log: slog.New(slog.DiscardHandler), stdout: &out, stderr: &out}
	c := &benchTrainCmd{Model: "mlp", Members: []int{2}, Steps: 4, Warmup: 1, Batch: 8, Reducer: "both"}
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"efficiency vs 1", "\nlocal: in-memory", "\nring: libp2p ring all-reduce"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	for _, tc := range []struct {
		reducer string
		want    []string
	}{
		{"both", []string{"local", "ring"}},
		{"ring", []string{"ring"}},
	} {
		out.Reset()
		c.Reducer, c.JSON = tc.reducer, true
		if err := c.Run(env); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Runs []struct {
				Reducer string
				Groups  []struct {
					Members    int
					Step       int64   `json:"step_ns"`
					Compute    int64   `json:"compute_ns"`
					Comm       int64   `json:"comm_ns"`
					RowsPerSec float64 `json:"rows_per_s"`
					Efficiency float64
				}
			}
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("--reducer %s: JSON %s: %v", tc.reducer, out.String(), err)
		}
		if len(got.Runs) != len(tc.want) {
			t.Fatalf("--reducer %s: %d runs; want %v", tc.reducer, len(got.Runs), tc.want)
		}
		for i, run := range got.Runs {
			if run.Reducer != tc.want[i] || len(run.Groups) != 2 || run.Groups[0].Members != 1 || run.Groups[1].Members != 2 {
				t.Fatalf("--reducer %s: run %d is %s with %+v; want %s with groups of 1 and 2", tc.reducer, i, run.Reducer, run.Groups, tc.want[i])
			}
			base := run.Groups[0].RowsPerSec
			for _, g := range run.Groups {
				if g.Compute <= 0 || g.Comm < 0 || g.Compute+g.Comm > g.Step {
					t.Errorf("%s, %d members: step %d ns, compute %d ns, all-reduce %d ns; want compute > 0 and both within the step", run.Reducer, g.Members, g.Step, g.Compute, g.Comm)
				}
				if want := float64(g.Members*c.Batch) / (float64(g.Step) / 1e9); math.Abs(g.RowsPerSec-want) > 1e-9*want {
					t.Errorf("%s, %d members: %v rows/s; want %v", run.Reducer, g.Members, g.RowsPerSec, want)
				}
				if want := g.RowsPerSec / (float64(g.Members) * base); math.Abs(g.Efficiency-want) > 1e-12 {
					t.Errorf("%s, %d members: efficiency %v; want %v", run.Reducer, g.Members, g.Efficiency, want)
				}
			}
			if run.Groups[0].Efficiency != 1 {
				t.Errorf("%s: efficiency of 1 member = %v; want 1", run.Reducer, run.Groups[0].Efficiency)
			}
		}
	}
}

// TestBenchTrainCompression: with --compression, bench train runs the
// same DiLoCo groups uncompressed and then compressed on the ring (Ints
// chunks for the quantized values), and reports what each sends per step
// and the held-out loss reached; compression without local steps is
// refused.
func TestBenchTrainCompression(t *testing.T) {
	var out bytes.Buffer
	env := &runEnv{ctx: context.Background(), log: slog.New(slog.DiscardHandler), stdout: &out, stderr: &out}
	c := &benchTrainCmd{Model: "mlp", Members: []int{2}, Steps: 8, Warmup: 0, Batch: 8, Reducer: "ring", LocalSteps: 4, Compression: "topk:0.5+int4", JSON: true}
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Runs []struct {
			Compression string
			Groups      []struct {
				Members     int
				WireBytes   float64 `json:"wire_bytes_per_step"`
				HeldOutLoss float64 `json:"held_out_loss"`
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("JSON %s: %v", out.String(), err)
	}
	if len(got.Runs) != 2 || got.Runs[0].Compression != "none" || got.Runs[1].Compression != "topk:0.5+int4" {
		t.Fatalf("runs %+v; want none then topk:0.5+int4", got.Runs)
	}
	plain, comp := got.Runs[0].Groups[1], got.Runs[1].Groups[1]
	if !(comp.WireBytes > 0 && comp.WireBytes < plain.WireBytes/4) {
		t.Errorf("sent per step: compressed %v B, uncompressed %v B; want under a quarter", comp.WireBytes, plain.WireBytes)
	}
	for _, g := range []float64{plain.HeldOutLoss, comp.HeldOutLoss} {
		if !(g > 0 && g < 10) {
			t.Errorf("held-out loss %v", g)
		}
	}
	c.LocalSteps = 1
	if err := c.Run(env); err == nil || !strings.Contains(err.Error(), "--local-steps") {
		t.Errorf("compression without local steps: %v", err)
	}
}
