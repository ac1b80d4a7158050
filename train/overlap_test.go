package train

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// gatedReducer holds member 0's outer all-reduce of round c until the
// member has finished the first local step of round c+1: a member that
// did not overlap the all-reduce with the next round's compute would
// wait for itself (and the test would time out).
type gatedReducer struct {
	AllReducer
	h, steps int
	stepped  chan int
	calls    int
}

func (g *gatedReducer) AllReduce(ctx context.Context, buf []float32) (int, error) {
	g.calls++
	if at := g.calls * g.h; at < g.steps {
		for s := 0; s < at+1; {
			select {
			case s = <-g.stepped:
			case <-ctx.Done():
				return 0, ctx.Err()
			}
		}
	}
	return g.AllReducer.AllReduce(ctx, buf)
}

// jitterReducer delays each all-reduce by up to a millisecond or two, at
// random: timing the network could give.
type jitterReducer struct {
	AllReducer
	mu  *sync.Mutex
	rng *rand.Rand
}

func (j jitterReducer) AllReduce(ctx context.Context, buf []float32) (int, error) {
	j.mu.Lock()
	d := time.Duration(j.rng.IntN(2000)) * time.Microsecond
	j.mu.Unlock()
	time.Sleep(d)
	return j.AllReducer.AllReduce(ctx, buf)
}

// TestOverlappedDiLoCo: DiLoCo with the outer all-reduce overlapped with
// the next round's compute (Params.Overlap) really overlaps (member 0's
// all-reduce of round r completes only after it computed a step of round
// r+1), ends with every member bit-identical, gives the same bits
// whatever the all-reduces' timing, and reaches a held-out loss within
// 0.05 of synchronous DiLoCo on the digits at the same number of steps,
// and within 2% of plain data-parallel training (issue 20's bar). Both
// DiLoCo runs use outer LR 0.9 and momentum 0.7: with DiLoCo's 0.7 and
// 0.9 the delayed outer steps overshoot (held-out loss 0.189 overlapped
// against 0.122 synchronous; 0.097 against 0.086 with 0.9 and 0.7).
func TestOverlappedDiLoCo(t *testing.T) {
	ds := digits(t)
	const steps, h = 300, 10
	setup := func(overlap bool, wrap func(int, AllReducer) AllReducer, opts func(int) []Option) groupSetup {
		return groupSetup{spec: digitsSpec, ds: ds, members: 4, wrap: wrap, opts: opts, params: func(int) Params {
			p := digitsParams(4)
			p.Steps, p.LocalSteps, p.HashEvery, p.Overlap = steps, h, 0, overlap
			p.OuterLR, p.OuterMomentum = 0.9, 0.7
			return p
		}}
	}
	plain := mustRun(t, newGroup(t, setup(false, nil, nil)))
	dp := mustRun(t, newGroup(t, groupSetup{spec: digitsSpec, ds: ds, members: 4, params: func(int) Params {
		p := digitsParams(4)
		p.Steps, p.HashEvery = steps, 0
		return p
	}}))

	stepped := make(chan int, steps)
	gate := func(i int, ar AllReducer) AllReducer {
		if i != 0 {
			return ar
		}
		return &gatedReducer{AllReducer: ar, h: h, steps: steps, stepped: stepped}
	}
	observe := func(i int) []Option {
		if i != 0 {
			return nil
		}
		return []Option{WithObserver(func(e Event) {
			if e.Kind == EventStep {
				stepped <- e.Step
			}
		})}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	res, errs := RunGroup(ctx, newGroup(t, setup(true, gate, observe)))
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("overlapped run: %v (a member that does not overlap waits for itself)", err)
	}
	for i := range res {
		if res[i].Hash != res[0].Hash {
			t.Fatalf("member %d ends at %x, member 0 at %x", i, res[i].Hash[:4], res[0].Hash[:4])
		}
	}
	var mu sync.Mutex
	rng := rand.New(rand.NewPCG(3, 4))
	jittered := mustRun(t, newGroup(t, setup(true, func(_ int, ar AllReducer) AllReducer { return jitterReducer{ar, &mu, rng} }, nil)))
	if jittered[0].Hash != res[0].Hash {
		t.Fatalf("other timing, other bits: %x against %x", jittered[0].Hash[:4], res[0].Hash[:4])
	}
	if res[0].Hash == plain[0].Hash {
		t.Errorf("overlapped and synchronous DiLoCo end with the same parameters: nothing was delayed")
	}
	t.Logf("digits, 4 members, %d steps: held-out loss data-parallel %.4f (accuracy %.3f); H=%d synchronous %.4f (%.3f), overlapped %.4f (%.3f)",
		steps, dp[0].Eval.Loss(), dp[0].Eval.Accuracy(), h, plain[0].Eval.Loss(), plain[0].Eval.Accuracy(), res[0].Eval.Loss(), res[0].Eval.Accuracy())
	if res[0].Eval.Loss() > dp[0].Eval.Loss()*1.02 {
		t.Errorf("overlapped held-out loss %.4f, data-parallel %.4f: more than 2%% above", res[0].Eval.Loss(), dp[0].Eval.Loss())
	}
	if res[0].Eval.Loss() > plain[0].Eval.Loss()+0.05 {
		t.Errorf("overlapped held-out loss %.4f, synchronous %.4f: beyond 0.05", res[0].Eval.Loss(), plain[0].Eval.Loss())
	}
}

func TestOverlapValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Params)
		ok   bool
	}{
		{"diloco", func(p *Params) { p.LocalSteps, p.HashEvery = 5, 0 }, true},
		{"synchronous", func(p *Params) { p.LocalSteps, p.HashEvery = 1, 0 }, false},
		{"hash comparisons", func(p *Params) { p.LocalSteps, p.HashEvery = 5, 10 }, true},
		{"compression", func(p *Params) { p.LocalSteps, p.HashEvery, p.Compression.Bits = 5, 10, 4 }, false},
		{"checkpoints at receipts", func(p *Params) { p.LocalSteps, p.HashEvery, p.CheckpointEvery, p.CheckpointDir = 5, 10, 20, "x" }, true},
		{"checkpoints without receipts", func(p *Params) { p.LocalSteps, p.HashEvery, p.CheckpointEvery, p.CheckpointDir = 5, 0, 10, "x" }, false},
		{"checkpoints between receipts", func(p *Params) { p.LocalSteps, p.HashEvery, p.CheckpointEvery, p.CheckpointDir = 5, 10, 15, "x" }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			p.Overlap = true
			tc.edit(&p)
			if err := p.Validate(); (err == nil) != tc.ok || err != nil && !errors.Is(err, ErrParams) {
				t.Fatalf("Validate() = %v, want ok %v", err, tc.ok)
			}
		})
	}
}
