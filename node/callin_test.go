package node

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
)

// TestJoinStateSkipsSilentMembers: a called-in standby takes the state
// it starts from from the members that name it, not waiting for ever on
// one that died since the call-in (stopped here) or never reached the
// step (it holds no state): it asked every member again until the job
// ended, so the ring waited on a standby that never started. Members
// that name different states are still refused.
func TestJoinStateSkipsSilentMembers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := newJobNet(t, ctx, jobNetOptions{providers: 4, config: func(_ int, c *Config) { c.Jobs.StartTimeout = 4 * time.Second }})
	job := auction.Hash{0x51}
	const step = 5
	st := &checkpoint.State{JobID: job, Step: step, Meta: []byte{1}, Tensors: []checkpoint.Tensor{{Name: "w", Data: []float32{1, 2, 3}}}}
	h, err := checkpoint.Hash(st)
	if err != nil {
		t.Fatal(err)
	}
	hold := func(i int, st *checkpoint.State) {
		h, err := checkpoint.Hash(st)
		if err != nil {
			t.Fatal(err)
		}
		net.nodes[i].audit.track(job, 0, nil)
		if err := net.nodes[i].audit.putState(job, h, st); err != nil {
			t.Fatal(err)
		}
	}
	hold(1, st)
	hold(2, st)
	// Node 3 holds nothing (it never reached the step); node 4 died.
	net.nodes[3].audit.track(job, 0, nil)
	dead := net.nodes[4].host.ID()
	net.stop(4)
	standby := net.nodes[0]
	ring := []peer.ID{standby.host.ID(), net.nodes[1].host.ID(), net.nodes[2].host.ID(), net.nodes[3].host.ID(), dead}
	jr := &jobRun{id: job}
	got, gotHash, err := standby.joinState(ctx, jr, ring, step, false)
	if err != nil {
		t.Fatalf("joinState with two members naming the state, one without it and one dead: %v", err)
	}
	if gotHash != commit.Hash(h) || got.Step != step || len(got.Tensors) != 1 || got.Tensors[0].Data[2] != 3 {
		t.Fatalf("joinState = step %d, hash %s; want step %d, hash %s", got.Step, gotHash.Short(), step, commit.Hash(h).Short())
	}

	// A member naming another state: refused, as before.
	other := *st
	other.Tensors = []checkpoint.Tensor{{Name: "w", Data: []float32{1, 2, 4}}}
	hold(3, &other)
	if _, _, err := standby.joinState(ctx, jr, ring, step, false); err == nil {
		t.Fatal("joinState took a state while two members named different ones")
	}
	// Nobody names it: a clear error, within the bound.
	if _, _, err := standby.joinState(ctx, jr, ring, step+1, false); !errors.Is(err, ErrNoState) {
		t.Fatalf("joinState of a step nobody holds: %v; want ErrNoState", err)
	}
}
