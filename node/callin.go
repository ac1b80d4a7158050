package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
)

// Calling a standby into a running job (PROTOCOL.md, "Standbys called
// in"). The ring decides when: a member leaves (it died, or the survivors
// expelled it as a convict, expel.go), the ring's coordinator plans the
// award's next standby into the next view from an agreed operation
// (allreduce.Group.CalledIn). The standby then needs the group's whole
// training state after that many steps (parameters, AdamW moments, the
// optimizer's step count): it asks every member of the ring it joins for
// the hash of the state each committed to there (the State of their
// leaves for the next step, served from the audit store), requires them
// all to name one hash, fetches that state by hash and checks it hashes
// so (checkpoint.Hash), and trains from it: on the shard of the member
// it replaces (the dropped winners in award order, the k-th standby of the
// ring taking the k-th), so the group's data stream is unchanged. Its
// receipts and the survivors' then carry one parameter hash; the poster
// credits it from the receipt period it joined in (job.Book).

// StateHashProtocol answers "which state did you commit to after step s
// of job J": the request is job (32 bytes) ‖ step (8, big-endian), the
// answer the state's hash (32 bytes).
const StateHashProtocol protocol.ID = "/trainmesh/job/statehash/1.0.0"

const stateHashRequestLen = 32 + 8

// ErrNoState reports a member that holds no committed state for a step.
var ErrNoState = errors.New("node: no committed state for that step")

// encodeStateHashRequest returns the request for job's state after step.
func encodeStateHashRequest(job auction.Hash, step uint64) []byte {
	b := make([]byte, stateHashRequestLen)
	copy(b, job[:])
	binary.BigEndian.PutUint64(b[32:], step)
	return b
}

// decodeStateHashRequest is the strict inverse of encodeStateHashRequest.
func decodeStateHashRequest(b []byte) (auction.Hash, uint64, error) {
	if len(b) != stateHashRequestLen {
		return auction.Hash{}, 0, fmt.Errorf("%w: a state-hash request of %d bytes, want %d", ErrNoState, len(b), stateHashRequestLen)
	}
	return auction.Hash(b[:32]), binary.BigEndian.Uint64(b[32:]), nil
}

// serveStateHash answers a StateHashProtocol request from the audit store.
func (n *Node) serveStateHash(_ context.Context, _ peer.ID, req []byte) ([]byte, error) {
	job, step, err := decodeStateHashRequest(req)
	if err != nil {
		return nil, err
	}
	h, ok := n.audit.stateAt(job, step)
	if !ok {
		return nil, fmt.Errorf("%w: job %s, step %d", ErrNoState, job.Short(), step)
	}
	return h[:], nil
}

// shardFor returns the shard (winner index) the standby self trains once
// called into ring: the k-th standby of the ring (in award order) takes
// the k-th winner missing from it; -1 if self is not a standby of ring or
// no winner is missing for it.
func shardFor(self peer.ID, ring []peer.ID, winners, standbys []peer.ID) int {
	var missing []int
	for i, w := range winners {
		if !slices.Contains(ring, w) {
			missing = append(missing, i)
		}
	}
	k := 0
	for _, s := range standbys {
		if !slices.Contains(ring, s) {
			continue
		}
		if s == self {
			if k < len(missing) {
				return missing[k]
			}
			return -1
		}
		k++
	}
	return -1
}

// joinState fetches the state a called-in standby starts from: the state
// after step that every other member of ring committed to. Members reach
// the step at their own pace, so a member that does not hold it yet is
// asked again every ChainPoll until ctx ends.
func (n *Node) joinState(ctx context.Context, jr *jobRun, ring []peer.ID, step uint64) (*checkpoint.State, commit.Hash, error) {
	var others []peer.ID
	for _, p := range ring {
		if p != n.host.ID() {
			others = append(others, p)
		}
	}
	if len(others) == 0 {
		return nil, commit.Hash{}, fmt.Errorf("%w: nobody to take the state from", ErrNoState)
	}
	req := encodeStateHashRequest(jr.id, step)
	var agreed commit.Hash
	for i, p := range others {
		for {
			resp, err := n.host.Request(ctx, p, StateHashProtocol, req, 32)
			if err == nil && len(resp) == 32 {
				h := commit.Hash(resp)
				if i > 0 && h != agreed {
					return nil, commit.Hash{}, fmt.Errorf("node: members disagree on the state after step %d: %s and %s", step, agreed.Short(), h.Short())
				}
				agreed = h
				break
			}
			t := n.clk.Timer(n.cfg.Jobs.ChainPoll)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, commit.Hash{}, fmt.Errorf("node: the state after step %d from %s: %w (last: %v)", step, p, ctx.Err(), err)
			case <-t.C:
			}
		}
	}
	st, err := n.fetchState(ctx, jr.id, agreed, others)
	if err != nil {
		return nil, commit.Hash{}, err
	}
	if st.Step != step {
		return nil, commit.Hash{}, fmt.Errorf("node: the agreed state %s is of step %d, want %d", agreed.Short(), st.Step, step)
	}
	return st, agreed, nil
}

// callable reports whether a standby can be called into a run of r: in
// synchronous training (one step, one all-reduce), where the ring's
// operation counts the steps and every member holds the state after each
// (audit store). DiLoCo's members keep states the ring does not see
// (their local steps, outer momentum and residuals): its survivors
// finish on their own.
func (r *Recipe) callable() bool { return r.LocalSteps <= 1 && r.HashEvery > 0 }

// callIn waits (on the standby's training goroutine) until the ring calls
// this standby in, and returns the winner whose shard it takes over and
// the state it starts from: the state after the join operation's steps
// that every other member of the ring it joins committed to.
func (n *Node) callIn(jr *jobRun, g *allreduce.Group, r *Recipe, winners, standbys []peer.ID) (int, *checkpoint.State, error) {
	ctx := jr.ctx
	op, ring, err := g.CalledIn(ctx)
	if err != nil {
		return 0, nil, fmt.Errorf("wait to be called in: %w", err)
	}
	step, ok := opStep(op, uint64(r.HashEvery))
	if !ok || step >= uint64(r.Steps) {
		// A receipt period's hash check compares parameters the
		// standby has yet to fetch: it cannot take part; the ring drops
		// it after StartTimeout and the survivors go on (README).
		return 0, nil, fmt.Errorf("node: called in at operation %d (a hash check, or past the job's %d steps)", op, r.Steps)
	}
	member := shardFor(n.host.ID(), ring, winners, standbys)
	if member < 0 {
		return 0, nil, fmt.Errorf("node: called into a ring of %d with no winner missing from it", len(ring))
	}
	n.log.Warn("job: this standby is called into the ring", "job", jr.id.Short(), "op", op, "after step", step, "shard", member, "members", len(ring))
	st, h, err := n.joinState(ctx, jr, ring, step)
	if err != nil {
		return 0, nil, err
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Step: step,
		Text: fmt.Sprintf("called in after step %d (ring operation %d) for winner %d's shard: fetched the training state %s every other member committed to, hash checked", step, op, member, h.Short())})
	return member, st, nil
}

// stateAt returns the hash of the state this node committed to after step
// of job (the State of its leaf for step+1), if it holds or can rebuild it.
func (s *auditStore) stateAt(job auction.Hash, step uint64) (commit.Hash, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	aj := s.jobs[job]
	if aj == nil {
		return commit.Hash{}, false
	}
	for h, at := range aj.states {
		if at == step {
			return h, true
		}
	}
	return commit.Hash{}, false
}

// opStep returns the steps a synchronous member has completed when it
// starts ring operation op: each receipt period of every steps is every
// all-reduces of its steps and one of the parameter hashes
// (train.Member's hash check); ok is false at a hash check.
func opStep(op, every uint64) (uint64, bool) {
	if every == 0 {
		return op, true
	}
	k, r := op/(every+1), op%(every+1)
	return k*every + r, r < every
}

// standbyShards is what a verifier knows of the shards called-in standbys
// train on. The ring decides which winner a standby replaces (shardFor,
// from the ring it joins), and nothing a verifier holds says so: receipts
// tell who trained a period, not whom a standby replaced, and they cannot
// be trusted to tell, as a dropped winner may go on signing receipts. So
// a verifier tries every winner's shard (a standby that contributed what
// none of them gives cheated on all of them) in the order most likely to
// match first: the shard a recomputation of the standby already matched,
// then the winners that did not receipt the standby's first period (the
// job loop's hint, shardOrder), then the others. An honest standby is
// thus never convicted whatever the ring decided, and costs one
// recomputation per audit once found; a lazy one costs one per winner.
// What is not checked: that a standby took a dropped winner's shard and
// not a training one's (it trains as much either way; the group's data
// would repeat a shard).
type standbyShards struct {
	mu    sync.Mutex // mu guards the following
	hints map[auction.Address][]int
	got   map[auction.Address]int
}

// hint records the order in which to try the winners' shards for standby.
func (s *standbyShards) hint(standby auction.Address, order []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hints == nil {
		s.hints = map[auction.Address][]int{}
	}
	s.hints[standby] = order
}

// found records the shard a recomputation of standby's step matched.
func (s *standbyShards) found(standby auction.Address, shard int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.got == nil {
		s.got = map[auction.Address]int{}
	}
	s.got[standby] = shard
}

// order returns every winner's index, in the order to try them for
// standby's steps; nil if standby is not a standby of award.
func (s *standbyShards) order(standby auction.Address, award *auction.Award) []int {
	if !slices.Contains(award.Standbys, standby) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []int
	add := func(i int) {
		if i >= 0 && i < len(award.Winners) && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	if i, ok := s.got[standby]; ok {
		add(i)
	}
	for _, i := range s.hints[standby] {
		add(i)
	}
	for i := range award.Winners {
		add(i)
	}
	return out
}

// shardOrder returns the winners' indexes with those that did not
// receipt step first, in award order, before the others: the winners
// likely to have left the ring before a standby whose first receipt is
// for step, so that one of them is the one it replaced.
func shardOrder(winners []auction.Address, first uint64, receipted func(auction.Address, uint64) bool) []int {
	var gone, stayed []int
	for i, w := range winners {
		if first != 0 && receipted(w, first) {
			stayed = append(stayed, i)
			continue
		}
		gone = append(gone, i)
	}
	return append(gone, stayed...)
}

// hintShards gives jr's verifier the likely order of the winners' shards
// for member's steps, if it is a standby: called on the job loop, which
// owns the job's receipts (job.Book), before a recomputation of member's
// step is queued.
func (n *Node) hintShards(jr *jobRun, member auction.Address) {
	a, err := jr.auditedOf()
	if err != nil || !slices.Contains(a.award.Standbys, member) || jr.m == nil {
		return
	}
	b := jr.m.Book()
	a.standbys.hint(member, shardOrder(a.award.Winners, b.First(member), func(w auction.Address, step uint64) bool {
		_, ok := b.Get(w, step)
		return ok
	}))
}
