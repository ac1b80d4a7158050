package node

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
)

// TestVanishedPosterConvictionSlashed: the poster never submits the
// conviction of a lazy member (it vanished for that call); a re-checker
// that holds the quorum (the honest winner or the standby) submits
// slashFault itself once SlashBackup has passed, and the contract slashes
// the convict once (the other's later submission is refused as slashed
// already, job.TestBackupSlash).
func TestVanishedPosterConvictionSlashed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const lazyFrom = 3
	n := newJobNet(t, ctx, jobNetOptions{providers: 3, floor: []int64{100, 200, 300},
		jobs: func(c *JobsConfig) { c.SlashBackup = 2 * time.Second },
		opts: func(i int) []Option {
			switch i {
			case 0:
				return []Option{withDroppedCalls(func(c job.Call) bool { return c.Kind == job.CallSlashFault })}
			case 1:
				return []Option{withTamper(func(step int, c []float32) {
					if step >= lazyFrom {
						clear(c)
					}
				})}
			}
			return nil
		}})
	stake := big.NewInt(1_000_000)
	if _, err := n.clients[1].Stake(ctx, stake); err != nil {
		t.Fatal(err)
	}
	const steps, k = 40, 2
	req := digitsJob(t, k, steps, k*steps*1000)
	req.Recipe.AuditBps = 10_000
	req.CommitWindow, req.RevealWindow = 3*time.Second, 3*time.Second
	out, err := n.nodes[0].PostAndTrain(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	lazy := auction.Address(n.nodes[1].Key().Address())
	if li := out.Award.IndexOf(lazy); li < 0 || li >= k || len(out.Award.Standbys) != 1 {
		t.Fatalf("award %v; want node 1 a winner and one standby", out.Award)
	}
	// Whichever of the honest winner (node 2) and the standby (node 3)
	// comes first slashes; the other is refused.
	var by int
	var slashed JobEvent
	for by == 0 {
		_, more2 := n.events[2].Snapshot()
		_, more3 := n.events[3].Snapshot()
		for _, i := range []int{2, 3} {
			if ev, ok := n.events[i].Find(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobSlashed }); ok {
				by, slashed = i, ev
			}
		}
		if by != 0 {
			break
		}
		select {
		case <-more2:
		case <-more3:
		case <-ctx.Done():
			t.Fatal("no member slashed the convict")
		}
	}
	if slashed.Peer != lazy {
		t.Errorf("node %d slashed %s; want the lazy member %s", by, slashed.Peer.Short(), lazy.Short())
	}
	t.Logf("node %d: %s", by, slashed.Text)
	if _, ok := n.events[0].Find(func(ev JobEvent) bool { return ev.Job == out.Job.JobID && ev.Kind == JobSlashed }); ok {
		t.Error("the poster slashed; want it to have vanished for the call")
	}
	st, err := n.clients[0].StakeOf(ctx, n.nodes[1].Key().Address())
	if err != nil {
		t.Fatal(err)
	}
	cut := new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(int64(n.cp.FaultSlashBps))), big.NewInt(10_000))
	wantTokens(t, "the convict's stake, slashed once", st.Active, new(big.Int).Sub(stake, cut))
}
