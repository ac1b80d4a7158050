package progress

import (
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/nn"
)

func TestPlainAndCSV(t *testing.T) {
	var plain, csv strings.Builder
	r := New(&plain, "digits", 4, 2)
	c := NewCSVLog(&csv)
	for step := 1; step <= 4; step++ {
		e := train.Event{Kind: train.EventStep, Step: step, Steps: 4, Loss: 1 / float64(step), LR: 0.01, Members: 4, Compute: time.Millisecond}
		r.Observe(e)
		c.Observe(e)
	}
	e := train.Event{Kind: train.EventEval, Step: 4, Steps: 4, Eval: nn.Metrics{LossSum: 1, Correct: 3, Count: 4}}
	r.Observe(e)
	c.Observe(e)
	r.Finish()
	if got := strings.Count(plain.String(), "\n"); got != 3 || !strings.Contains(plain.String(), "accuracy 75.00% (3/4)") {
		t.Fatalf("plain output (not a terminal): %q", plain.String())
	}
	lines := strings.Split(strings.TrimSpace(csv.String()), "\n")
	if len(lines) != 6 || lines[4] != "step,4,0.250000,0.01,4,1000,0,," || lines[5] != "eval,4,,,,,,0.250000,0.750000" {
		t.Fatalf("CSV log: %q", lines)
	}
	if c.Err() != nil {
		t.Fatal(c.Err())
	}
}
