package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/protocol"
)

// Claim tallies (PROTOCOL.md, "Claim tallies"): when the poster never
// settles, a winner that claims its steps also signs its view of the
// audits and the data the settlement would have paid (the audits its job
// machine filed by the poster's rule, job.Machine.AuditTally; the data
// holders' pay by DataPayout over the receipts it holds), publishes it on
// the job's training topic, gathers the other winners' views and submits
// them to the tallies contract, which pays each column's quorum-th highest
// value. Every winner that claims does the same: the first tally pays,
// later ones pay only what their views add.

// kindTally is a winner's signed view on the training topic: the kind
// byte (7), then protocol.SignedTally's wire form.
const kindTally = 7

// tallyRepublish is how often a winner publishes its view again while it
// waits for the others' (gossip reaches a peer whose mesh formed late only
// with a later copy).
const tallyRepublish = 2 * time.Second

func encodeTally(s protocol.SignedTally) []byte { return append([]byte{kindTally}, s.Encode()...) }

// validateTally accepts a view published by the winner that signed it.
func (n *Node) validateTally(jr *jobRun, m *mesh.Message) mesh.Outcome {
	s, err := protocol.DecodeSignedTally(m.Data[1:])
	if err != nil || auction.Hash(s.Tally.JobID) != jr.id {
		return mesh.Reject
	}
	signer, err := chain.CheckTally(n.cfg.Auction.Domain, *s)
	if err != nil {
		return mesh.Reject
	}
	if author, err := identity.AddressOf(m.Author); err != nil || author != signer {
		return mesh.Reject // published by their signer only
	}
	aw := jr.awardMsg()
	if aw == nil {
		return mesh.Ignore
	}
	if !slices.Contains(aw.Winners, s.Tally.Member) {
		return mesh.Reject
	}
	m.Decoded = s
	return mesh.Accept
}

// putTally keeps a winner's latest view.
func (jr *jobRun) putTally(s protocol.SignedTally) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.tallies == nil {
		jr.tallies = map[protocol.Address]protocol.SignedTally{}
		jr.tallyIn = make(chan struct{})
	}
	jr.tallies[s.Tally.Member] = s
	close(jr.tallyIn)
	jr.tallyIn = make(chan struct{})
}

// talliesHeld returns the views held and a channel closed when another
// arrives.
func (jr *jobRun) talliesHeld() ([]protocol.SignedTally, <-chan struct{}) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	out := make([]protocol.SignedTally, 0, len(jr.tallies))
	for _, s := range jr.tallies {
		out = append(out, s)
	}
	return out, jr.tallyIn
}

// claimTally signs this winner's view of jr's job, publishes it, waits
// for every winner's view (at most StartTimeout: a winner that died never
// sends one) and submits what it holds. Best effort: what it does not
// get paid, another winner's tally may.
func (n *Node) claimTally(ctx context.Context, jr *jobRun, award auction.Award) {
	t, ok := n.settler.(chain.Tallier)
	if !ok {
		return
	}
	col := make(chan []uint64, 1)
	if !n.postJob(func() {
		if jr.m == nil {
			col <- nil
			return
		}
		col <- jr.m.AuditTally()
	}) {
		return
	}
	var audits []uint64
	select {
	case audits = <-col:
	case <-ctx.Done():
		return
	}
	dp, _ := n.dataPay(jr, award)
	own, err := t.SignTally(chain.TallyOf(award, protocol.Address(n.key.Address()), audits, dp))
	if err != nil {
		n.log.Warn("job: claim tally not signed", "job", jr.id.Short(), "err", err)
		return
	}
	jr.putTally(own)
	data := encodeTally(own)
	wait, cancel := n.clk.WithTimeout(ctx, n.cfg.Jobs.StartTimeout)
	defer cancel()
	var views []protocol.SignedTally
	for {
		if tp := jr.topic; tp != nil {
			if err := tp.Publish(wait, data); err != nil && wait.Err() == nil {
				n.log.Debug("job: publish tally", "job", jr.id.Short(), "err", err)
			}
		}
		var in <-chan struct{}
		views, in = jr.talliesHeld()
		if len(views) >= len(award.Winners) {
			break
		}
		tick := n.clk.Timer(tallyRepublish)
		select {
		case <-in:
		case <-tick.C:
		case <-wait.Done():
		}
		tick.Stop()
		if wait.Err() != nil {
			views, _ = jr.talliesHeld()
			break
		}
	}
	tx, err := t.ClaimTally(ctx, award, views)
	switch {
	case err == nil:
		jr.keepTx(tx)
		n.emitJob(JobEvent{Job: jr.id, Kind: JobTallied, Tx: tx,
			Text: fmt.Sprintf("claim tally of %d winners' views: audits %v, data holders %d", len(views), audits, len(own.Tally.Holders))})
	case errors.Is(err, chain.ErrReverted):
		// NothingToClaim: another winner's tally paid it; QuorumNotReached:
		// too few views arrived.
		n.log.Info("job: claim tally not paid", "job", jr.id.Short(), "views", len(views), "audits", audits, "revert", chain.RevertName(err))
	default:
		n.log.Warn("job: claim tally failed", "job", jr.id.Short(), "err", err)
	}
}
