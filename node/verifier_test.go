package node

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/commit"
)

// TestRecompute: two winners train a digits job of 20 steps in receipt
// periods of 10; the second contributes zeros from step 13 on. The poster,
// which trains nothing, recomputes steps of both from what the members
// serve by hash (their period commitments, the state at step 10, the
// group's sums) and the data it holds: the honest member's steps and the
// lazy member's steps before 13 check; its step 15 does not.
func TestRecompute(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var mu sync.Mutex
	roots := map[int]map[uint64]commit.Hash{} // member (award order) → period end → root
	n := newJobNet(t, ctx, jobNetOptions{providers: 2, opts: func(i int) []Option {
		if i == 0 {
			return nil
		}
		var opts []Option
		opts = append(opts, WithTrainObserver(func(_ auction.Hash, e train.Event) {
			if e.Kind == train.EventCommitment {
				mu.Lock()
				if roots[e.Member] == nil {
					roots[e.Member] = map[uint64]commit.Hash{}
				}
				roots[e.Member][uint64(e.Step)] = e.Period.Root
				mu.Unlock()
			}
		}))
		if i == 2 {
			opts = append(opts, withTamper(func(step int, c []float32) {
				if step >= 13 {
					clear(c)
				}
			}))
		}
		return opts
	}})
	const steps, k = 20, 2
	poster := n.nodes[0]
	out, err := poster.PostAndTrain(ctx, digitsJob(t, k, steps, k*steps*1000))
	if err != nil {
		t.Fatal(err)
	}
	a := &audited{job: out.Job.JobID, recipe: out.run.rec.Recipe, award: out.Award, poster: poster.host.ID()}
	lazy := auction.Address(n.nodes[2].Key().Address())
	for i, w := range out.Award.Winners {
		for _, step := range []uint64{5, 12, 15, 20} {
			end := uint64(10)
			if step > 10 {
				end = 20
			}
			task := auditTask{member: w, step: step, root: roots[i][end]}
			res, err := poster.recompute(ctx, a, task)
			if err != nil {
				t.Fatalf("recompute %s step %d: %v", w.Short(), step, err)
			}
			want := w != lazy || step < 13
			if res.verdict.Honest != want || res.verdict.Leaf.Step != step {
				t.Errorf("%s step %d: honest %v (leaf of step %d); want %v", w.Short(), step, res.verdict.Honest, res.verdict.Leaf.Step, want)
			}
			// The ring keeps signed transcripts: the audit checked the
			// member's hops too, and an honest member's all follow.
			if res.verdict.Leaf.Transcript == (commit.Hash{}) || len(res.hops.own.Sig) == 0 || len(res.hops.pred.Sig) == 0 {
				t.Errorf("%s step %d: no hop statements checked (leaf transcript %s)", w.Short(), step, res.verdict.Leaf.Transcript.Short())
			}
			if want && len(res.tampered) != 0 {
				t.Errorf("%s step %d: honest, yet named for its hops: %+v", w.Short(), step, res.tampered)
			}
			if err := commit.Verify(roots[i][end], res.verdict.Leaf, res.verdict.Index, res.count, res.proof); err != nil {
				t.Errorf("%s step %d: proof: %v", w.Short(), step, err)
			}
		}
		// A step before the member's commitment begins, as a rejoined
		// winner's gap step under the receipt after it: its own signed
		// root has no leaf there, which no try will change.
		if _, err := poster.recompute(ctx, a, auditTask{member: w, step: 5, root: roots[i][20]}); !errors.Is(err, ErrNotTrained) {
			t.Errorf("recompute %s step 5 under its period ending at step 20: %v; want ErrNotTrained", w.Short(), err)
		}
	}
}

// TestVerifiedWork: three providers bid for two seats; the cheapest wins
// and contributes zeros from step 13 of 40 (receipts every 10 steps, every
// pair audited). The standby verifies both winners; it catches the lazy
// member in the period ending at step 20 and publishes evidence; the
// honest winner and the standby re-check it and attest; the poster submits
// the quorum: the lazy member is slashed (fault 2) and its credit ends at
// most at the steps before its first bad step, the honest winner's in
// full. The job finishes.
func TestVerifiedWork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const lazyFrom = 13
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300}, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{withTamper(func(step int, c []float32) {
			if step >= lazyFrom {
				clear(c)
			}
		})}
	}, jobs: func(c *JobsConfig) {
		// The poster's audit grace starts at this, and each audit that
		// comes puts it off by this (job's auditGrace): room under load
		// for the verifier's queue of the last periods' audits.
		c.FinishGrace = 10 * time.Second
	}})
	stake := big.NewInt(1_000_000)
	if _, err := n.clients[1].Stake(ctx, stake); err != nil {
		t.Fatal(err)
	}
	const steps, k = 40, 2
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	// Longer bid windows than digitsJob's: six engineers' tests share
	// the machine, and a bid that misses its window leaves a seat empty.
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	poster := n.nodes[0]
	out, err := poster.PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	lazy := auction.Address(n.nodes[1].Key().Address())
	li := out.Award.IndexOf(lazy)
	if li < 0 || li >= k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want node 1 a winner and one standby", out.Award)
	}
	slashed := n.events[0].wait(ctx, t, out.Job.JobID, JobSlashed)
	if slashed.Peer != lazy {
		t.Errorf("slashed %s; want the lazy member %s", slashed.Peer.Short(), lazy.Short())
	}
	// Its credit holds pay for its audits besides its steps
	// (AuditCredits): auditing a standby called in late lifted it to 41
	// and 44 under load.
	var paid uint64
	if 1-li < len(out.AuditCredits) {
		paid = out.AuditCredits[1-li]
	}
	if c := out.Credits[1-li]; c-min(c, paid) != steps {
		t.Errorf("the honest winner credited %d steps (%d of them audits); want %d for its work", c, paid, steps)
	}
	st, err := n.clients[0].StakeOf(ctx, n.nodes[1].Key().Address())
	if err != nil {
		t.Fatal(err)
	}
	cut := new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(int64(n.cp.FaultSlashBps))), big.NewInt(10_000))
	wantTokens(t, "the lazy member's stake", st.Active, new(big.Int).Sub(stake, cut))
	// Every audit of the honest winner found it honest.
	// Every audit of the honest winner, all 40 of its steps, found it
	// honest (the convict is dropped from the sample once convicted).
	honest := out.Award.Winners[1-li]
	isAudit := func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobAudit && ev.Peer == honest }
	var audits []JobEvent
	for {
		var more <-chan struct{}
		_, more = n.events[0].Snapshot()
		if audits = n.events[0].All(isAudit); len(audits) >= steps {
			break
		}
		select {
		case <-more:
		case <-ctx.Done():
			t.Fatalf("the poster saw %d audits of the honest winner; want %d", len(audits), steps)
		}
	}
	for _, ev := range audits {
		if ev.Err != nil || !strings.HasSuffix(ev.Text, "ok") {
			t.Errorf("an audit of the honest member: %s (%v)", ev.Text, ev.Err)
		}
	}
	// Every one of them is paid, the last receipt period's too: those are
	// drawn only once the group's last receipts are in, and the poster
	// waits for the audits its sample drew before it settles (job's
	// audit grace). The standby verified every step of the honest winner
	// (free before it was called in, the honest winner's only other ring
	// member after), besides its audits of the lazy member.
	if si := out.Award.IndexOf(out.Award.Standbys[0]); si >= len(out.AuditCredits) || out.AuditCredits[si] < steps {
		t.Errorf("the standby's audits paid: %v of %v; want at least the honest winner's %d steps", out.AuditCredits, out.Award.Members(), steps)
	}
	if _, err := poster.Settle(ctx, out); err != nil {
		t.Fatal(err)
	}
	// The convict's credit on-chain ends at most at the steps before its
	// first bad one: capped in the settlement, or lowered with
	// challengeFault when the poster settled before the conviction.
	limit := new(big.Int).Mul(out.Award.PriceOf(li), big.NewInt(lazyFrom-1))
	for {
		cr, err := n.clients[0].Credit(ctx, common.Hash(out.Job.JobID), n.nodes[1].Key().Address())
		if err == nil && cr.Amount.Cmp(limit) <= 0 {
			t.Logf("the convict's credit: %v (cap %v)", cr.Amount, limit)
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the convict's credit stayed above %v: %v, %v", limit, cr, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}
