package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// TestLargeStateAudited: a model whose training state (parameters and
// AdamW's two moments) is over the blob service's 8 MiB frame (the digits
// MLP widened to 750k parameters: 9.0 MB of state) is audited on the
// network: members keep it in pieces (auditStore.put), verifiers and
// re-checkers fetch the piece list and the pieces and check them
// (Node.fetch). Two winners, a standby verifying every pair; one winner
// sends zeros from step 3. The honest winner's every step is audited ok,
// the lazy one is convicted (the re-checkers fetch the same state in
// pieces) and slashed. Six steps keep it short.
func TestLargeStateAudited(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const lazyFrom, steps, k = 3, 6, 2
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300}, opts: func(i int) []Option {
		if i != 1 {
			return nil
		}
		return []Option{withTamper(func(step int, c []float32) {
			if step >= lazyFrom {
				clear(c)
			}
		})}
	}})
	stake := big.NewInt(1_000_000)
	if _, err := n.clients[1].Stake(ctx, stake); err != nil {
		t.Fatal(err)
	}
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.Model = nn.NewMLP(64, []int{10_000}, 10)
	req.Recipe.HashEvery, req.Recipe.AuditBps = 2, 10_000
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	if b := stateBytes(t, req.Recipe.Model); b <= 8<<20 {
		t.Fatalf("the model's state is %d bytes; the test wants one over 8 MiB", b)
	}
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
	conv, err := n.events[0].Wait(ctx, nil, func(ev JobEvent) bool {
		return ev.Job == out.Job.JobID && ev.Kind == JobEvidence && strings.Contains(ev.Text, "convicted")
	})
	if err != nil {
		t.Fatalf("no conviction: %v", err)
	}
	if conv.Peer != lazy || conv.Step < lazyFrom {
		t.Errorf("convicted %s at step %d; want the lazy member at step %d or later", conv.Peer.Short(), conv.Step, lazyFrom)
	}
	// The standby audits the honest winner at every step.
	honest := out.Award.Winners[1-li]
	sb := n.index(out.Award.Standbys[0])
	for s := uint64(1); s <= steps; s++ {
		ev, err := n.events[sb].Wait(ctx, nil, func(ev JobEvent) bool {
			return ev.Job == out.Job.JobID && ev.Kind == JobAudit && ev.Peer == honest && ev.Step == s && strings.HasPrefix(ev.Text, "verified ")
		})
		if err != nil {
			t.Fatalf("the standby did not audit the honest winner at step %d: %v", s, err)
		}
		if ev.Err != nil || !strings.HasSuffix(ev.Text, "ok") {
			t.Errorf("an audit of the honest winner: %s (%v)", ev.Text, ev.Err)
		}
	}
	if c := out.Credits[1-li]; c != steps {
		t.Errorf("the honest winner credited %d steps; want %d", c, steps)
	}
	// The standby fetched at least one state in pieces and keeps it so.
	blobs, bytes := n.nodes[sb].audit.Len()
	if bytes <= dataset.PieceBytes {
		t.Errorf("the standby keeps %d blobs of %d bytes; want a state in pieces", blobs, bytes)
	}
	t.Logf("convicted at step %d; the standby keeps %d blobs, %d bytes", conv.Step, blobs, bytes)
}

// stateBytes is the encoded size of a fresh AdamW training state of spec.
func stateBytes(t *testing.T, spec nn.Spec) int {
	t.Helper()
	l, err := spec.Layout()
	if err != nil {
		t.Fatal(err)
	}
	n := l.Len()
	st := &checkpoint.State{Tensors: []checkpoint.Tensor{{Name: "params", Data: make([]float32, n)},
		{Name: "opt.m", Data: make([]float32, n)}, {Name: "opt.v", Data: make([]float32, n)}}}
	b, err := checkpoint.Encode(st)
	if err != nil {
		t.Fatal(err)
	}
	return len(b)
}
