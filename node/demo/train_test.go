package demo

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// TestDemoTrains: the demo's nodes fetch their shards from node 0 over
// libp2p and train as a group: the digits MLP to a good held-out
// accuracy, the char-LM below the text's unigram entropy, every node with
// the same parameters. (Shorter runs than the demo's defaults.)
func TestDemoTrains(t *testing.T) {
	if testing.Short() {
		t.Skip("starts nodes and trains")
	}
	p := testParams()
	p.Nodes = 3
	p.Timeout = max(p.Timeout, 60*time.Second)
	p.Train = TrainParams{DigitsSteps: 300, LMSteps: 100}
	var out bytes.Buffer
	sum, err := Run(context.Background(), p, &out, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	tr := sum.Training
	t.Logf("digits accuracy %.4f; char-LM loss %.3f vs unigram %.3f", tr.DigitsAccuracy, tr.LMLoss, tr.LMUnigramEntropy)
	if tr.DigitsAccuracy < 0.95 || tr.LMLoss > tr.LMUnigramEntropy-0.3 || !tr.Identical {
		t.Fatalf("training: %+v\n%s", tr, out.String())
	}
	if j := sum.Jobs[0]; j.Agree != j.Checked {
		t.Errorf("%d of %d nodes computed the poster's award on a fresh mesh; want all", j.Agree, j.Checked)
	}
	for _, want := range []string{"from the poster", "every chunk verified", "loss curve", "held-out accuracy", "settled 2 job(s) in one transaction", "withdrew"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSparkline(t *testing.T) {
	if got := sparkline([]float64{3, 2, 1, 0}, 4); got != "█▅▃▁" {
		t.Fatalf("sparkline = %q", got)
	}
	if got := sparkline([]float64{1, 1}, 10); got != "▁▁" {
		t.Fatalf("flat sparkline = %q", got)
	}
}
