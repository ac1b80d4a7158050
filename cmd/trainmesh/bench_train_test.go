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
