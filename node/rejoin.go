package node

import (
	"context"
	"fmt"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
)

// A winner restarted mid-training rejoins its ring (PROTOCOL.md, "A
// restarted member rejoins"). At start the node finds the job in its
// journal (resume.go); where the recipe lets a ring call members in
// (Recipe.callable: receipt periods; rejoinable) its job core goes back
// to training (job.Config.Rejoin,
// TrainRejoin) and trainRun, with rejoin set:
//
//   - forms the training ring's spec as the others did: the winners in
//     the order journaled when it was measured (JobRecord.RingOrder; award
//     order otherwise), the standbys after them, so that its digest is
//     theirs;
//   - checks from the receipts that no standby took its seat
//     (job.StandbyShards): a standby trains on that shard now, and two
//     members on one shard would repeat its data and leave none for the
//     seat the standby left; it then stays out and says so;
//   - asks the ring to let it back in (allreduce.Group.Rejoin): each
//     member remembers it and starts the next view, whose coordinator
//     probes it and plans it back in, at its place in the ring's order,
//     from the operation after that view's (membership.MsgRejoin);
//   - once called in (callIn with its own seat), takes part in the
//     parameter-hash comparison if it joins at one, fetches the group's
//     training state there by the hash every other member names
//     (joinState, the standbys' path) and trains on its own shard from it,
//     receipting each period as before;
//   - states, signed, where it trains again (job.CalledIn: the seat
//     statement, for its own seat): the steps from its last receipt to
//     there are its gap, which the poster does not credit and verifiers
//     do not sample (job.Book.Gaps).
//
// The other members witness the rejoin (witnessRejoins): the gap is known
// without the rejoined member's statement, from a quorum of theirs.

// journaledRing returns the winners in the training ring's order as this
// member journaled it (JobRecord.RingOrder: award indices in ring order,
// kept only where it is not award order).
func (n *Node) journaledRing(jr *jobRun, winners []peer.ID) ([]peer.ID, error) {
	var order []int
	if err := n.inJobLoop(jr.ctx, func() { order = slices.Clone(jr.rec.RingOrder) }); err != nil {
		return nil, err
	}
	return ringInOrder(winners, order)
}

// ringInOrder returns winners in order (award indices by ring rank; empty:
// award order), which must name each winner once.
func ringInOrder(winners []peer.ID, order []int) ([]peer.ID, error) {
	if len(order) == 0 {
		return slices.Clone(winners), nil
	}
	if len(order) != len(winners) {
		return nil, fmt.Errorf("node: a journaled ring order of %d members for %d winners", len(order), len(winners))
	}
	out := make([]peer.ID, len(order))
	seen := make([]bool, len(order))
	for i, w := range order {
		if w < 0 || w >= len(winners) || seen[w] {
			return nil, fmt.Errorf("node: the journaled ring order %v is not an order of %d winners", order, len(winners))
		}
		out[i], seen[w] = winners[w], true
	}
	return out, nil
}

// askRejoin checks that no standby took seat (this winner's own shard) and
// asks g's ring to call this member back in (allreduce.Group.Rejoin).
func (n *Node) askRejoin(jr *jobRun, g *allreduce.Group, seat int) error {
	var taken auction.Address
	if err := n.inJobLoop(jr.ctx, func() {
		if jr.m == nil {
			return
		}
		for s, seats := range job.StandbyShards(jr.m.Book()) {
			if slices.Contains(seats, seat) {
				taken = s
			}
		}
	}); err != nil {
		return err
	}
	if taken != (auction.Address{}) {
		return fmt.Errorf("%w: standby %s took seat %d (its receipts show it training that shard)", allreduce.ErrRejoinRefused, taken.Short(), seat)
	}
	n.log.Warn("job: restarted mid-training; asking the ring to call this member back into its seat", "job", jr.id.Short(), "seat", seat)
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Text: fmt.Sprintf("restarted mid-training: asked the ring to call this member back into its seat %d", seat)})
	g.Rejoin()
	return nil
}

// rejoinable reports whether a member restarted in the middle of a run of
// r can be called back into its ring: r's ring calls members in. A
// compressed DiLoCo member is called back in as a standby is, at a join
// point (an outer step's statistics or a hash comparison), from the join
// state, its error-feedback residual zeroed; an overlapped one at a
// receipt period's hash comparison, where no outer gradient is in flight
// (TestMemberRestartRejoins). Planned in from there, two operations on,
// it answered the members still at the overlapped all-reduce before as
// the coordinator of its planned view, and they stopped, "diverged" (3
// of 64 runs; it then waited 30 s for their receipts of the step it
// rejoined at, never signed): a joiner no longer coordinates (membership
// golden scripts rejoin-first, rejoin-planned-overlap).
func rejoinable(r *Recipe) bool { return r != nil && r.callable() }

// waitPeersOf is peersOf for a node that just restarted: presence gossip
// tells it the others' peer IDs again within a few presence intervals, so
// it asks again every ChainPoll, for at most StartTimeout.
func (n *Node) waitPeersOf(ctx context.Context, addrs []auction.Address) ([]peer.ID, error) {
	ctx, cancel := n.clk.WithTimeout(ctx, n.cfg.Jobs.StartTimeout)
	defer cancel()
	for {
		ids, err := n.peersOf(addrs)
		if err == nil {
			return ids, nil
		}
		t := n.clk.Timer(n.cfg.Jobs.ChainPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%w (%w)", err, ctx.Err())
		case <-t.C:
		}
	}
}

// findPoster sets the peer ID of a restored member's poster (the journal
// keeps its address only), which serves the recipe and the shards.
func (n *Node) findPoster(jr *jobRun) error {
	var have bool
	if err := n.inJobLoop(jr.ctx, func() { have = jr.poster != "" }); err != nil || have {
		return err
	}
	ids, err := n.waitPeersOf(jr.ctx, []auction.Address{jr.job.Poster})
	if err != nil {
		return fmt.Errorf("the poster's peer ID: %w", err)
	}
	// Under jr.mu too: recomputations read it (auditedOf).
	return n.inJobLoop(jr.ctx, func() {
		jr.mu.Lock()
		jr.poster = ids[0]
		jr.mu.Unlock()
	})
}

// witnessRejoins returns the recordingReducer's onRing of a member of
// award a's ring: when an all-reduce of this member's completes on a ring
// with a winner that the ring of its previous one (the all-reduce of the
// round before, completed here too) did not have, that winner was
// restarted and called back in (a ring calls no other winner back:
// membership.Decide), and this member signs a rejoin witness of it, the
// join point of the operation being where it trains again (job.Witnessed;
// job.Book.Gaps counts a quorum of them).
func (n *Node) witnessRejoins(jr *jobRun, a *auction.Award, r *Recipe) func(allreduce.Ring) {
	var prev allreduce.Ring
	have := false
	return func(ring allreduce.Ring) {
		last, had := prev, have
		prev, have = allreduce.Ring{Op: ring.Op, Members: slices.Clone(ring.Members)}, true
		jp, ok := r.joinAt(ring.Op)
		if !ok || !had || jp.from == 0 {
			return
		}
		// The ring before must be the previous all-reduce's (the last of
		// the round that ended at step jp.from: a compressed one's
		// values; a hash comparison between them is another operation):
		// otherwise one is missing here and the winner may have come
		// back there.
		if op, ok := r.roundLastOp(jp.from); !ok || op != last.Op {
			return
		}
		for _, p := range ring.Members {
			if slices.Contains(last.Members, p) {
				continue
			}
			addr, err := identity.AddressOf(p)
			if err != nil {
				continue
			}
			w := auction.Address(addr)
			if !slices.Contains(a.Winners, w) || w == n.auc.self {
				continue
			}
			n.log.Info("job: a restarted winner is back in the ring; witnessing it", "job", jr.id.Short(), "winner", w.Short(), "op", ring.Op, "after step", jp.from)
			n.postJob(func() { n.stepRun(jr, job.Witnessed{Member: w, From: jp.from}) })
		}
	}
}
