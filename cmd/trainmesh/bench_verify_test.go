package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"math"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/train/verify"
)

// TestBenchVerify runs `bench verify` at toy sizes, as text and as JSON:
// every check of the honest group passes, and the cost and detection
// figures follow from the rate.
func TestBenchVerify(t *testing.T) {
	var out bytes.Buffer
	env := &runEnv{ctx: context.Background(), log: slog.New(slog.DiscardHandler), stdout: &out, stderr: &out}
	c := &benchVerifyCmd{Model: "mlp", Members: 2, Steps: 4, Batch: 8, HashEvery: 2, Checks: 3, Rate: 0.05, JobSteps: 100}
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"check / member step", "3/3", "0.9941"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	c.JSON = true
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	var r verify.BenchResult
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("JSON: %v\n%s", err, out.String())
	}
	if r.Honest != 3 || r.Cost != r.Params.Rate*r.Ratio || len(r.Detect) != 4 || r.Detect[0].CheatedSteps != 100 {
		t.Errorf("figures %+v", r)
	}
	// DiLoCo (H = 2): outer steps checked at the default rate per outer
	// step with the job audit, over the job file's 400 steps (200 outer).
	out.Reset()
	c = &benchVerifyCmd{Model: "mlp", Members: 2, Steps: 4, Batch: 8, HashEvery: 2, Checks: 3, Local: 2, JSON: true}
	if err := c.Run(env); err != nil {
		t.Fatal(err)
	}
	r = verify.BenchResult{}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("JSON: %v\n%s", err, out.String())
	}
	if r.Honest != 3 || r.Params.Rate != verify.DefaultOuterRate || r.Params.JobSteps != verify.DefaultLocalJobSteps ||
		math.Abs(r.Cost-(verify.DefaultOuterRate+1.0/200)*r.Ratio) > 1e-12 || r.Detect[0].CheatedSteps != 200 || r.Detect[0].Probability != 1 {
		t.Errorf("DiLoCo figures %+v", r)
	}
}
