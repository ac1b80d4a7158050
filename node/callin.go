package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
)

// Calling a standby into a running job (PROTOCOL.md, "Standbys called
// in"). The ring decides when: a member leaves (it died, or the survivors
// expelled it as a convict, expel.go), the ring's coordinator plans the
// award's next standby into the next view from an agreed operation
// (allreduce.Group.CalledIn), which joinAt places in the members'
// schedule: an all-reduce (of a step, or of an outer step after its local
// steps), or a receipt period's parameter-hash comparison, which the
// standby takes part in first with the hash the members signed. The
// standby then needs the group's training state there (parameters, AdamW
// moments, the optimizer's step count; in the local-steps mode the outer
// anchor and momentum, with a fresh inner optimizer: joinStateOf): it
// asks every member of the ring it joins for the hash of the state each
// committed to there (the State of their leaves for the next step, served
// from the audit store), requires them all to name one hash, fetches that
// state by hash and checks it hashes so (checkpoint.Hash), and trains from
// it: on the shard of the member it replaces (the dropped winners in award
// order, the k-th standby of the ring taking the k-th), so the group's
// data stream is unchanged. Its receipts and the survivors' then carry
// one parameter hash; the poster credits it from the receipt period it
// joined in (job.Book), and verifiers audit its steps on that shard
// (standbyShards).

// StateHashProtocol answers "which state did you commit to after step s
// of job J": the request is job (32 bytes) ‖ step (8, big-endian), the
// answer the state's hash (32 bytes); in the local-steps mode, where each
// member's state is its own, the hash of the join state (joinStateOf) ‖
// the member's own state's hash (64 bytes).
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
	if jr := n.run(job); jr != nil {
		if j, ok := jr.joinAt(step); ok {
			return append(j.join[:], j.own[:]...), nil
		}
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
// after step that every other member of ring committed to, or in the
// local-steps mode (local) the join state every other member names
// (joinStateOf: the members' states differ in their inner optimizers),
// derived from one member's committed state and checked against that
// hash. Members reach the step at their own pace, so a member that does
// not hold it yet is asked again every ChainPoll until ctx ends.
func (n *Node) joinState(ctx context.Context, jr *jobRun, ring []peer.ID, step uint64, local bool) (*checkpoint.State, commit.Hash, error) {
	var others []peer.ID
	for _, p := range ring {
		if p != n.host.ID() {
			others = append(others, p)
		}
	}
	if len(others) == 0 {
		return nil, commit.Hash{}, fmt.Errorf("%w: nobody to take the state from", ErrNoState)
	}
	want := 32
	if local {
		want = 64
	}
	req := encodeStateHashRequest(jr.id, step)
	var agreed commit.Hash
	own := make([]commit.Hash, len(others)) // local: each member's own state
	for i, p := range others {
		for {
			resp, err := n.host.Request(ctx, p, StateHashProtocol, req, 64)
			if err == nil && len(resp) != want {
				err = fmt.Errorf("%w: an answer of %d bytes, want %d", ErrNoState, len(resp), want)
			}
			if err == nil {
				h := commit.Hash(resp[:32])
				if i > 0 && h != agreed {
					return nil, commit.Hash{}, fmt.Errorf("node: members disagree on the state after step %d: %s and %s", step, agreed.Short(), h.Short())
				}
				agreed = h
				if local {
					own[i] = commit.Hash(resp[32:])
				}
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
	var st *checkpoint.State
	var err error
	if !local {
		st, err = n.fetchState(ctx, jr.id, agreed, others)
	} else {
		// Each member holds its own state only: take the first whose
		// state gives the join state every member named.
		for i, p := range others {
			var mine *checkpoint.State
			if mine, err = n.fetchState(ctx, jr.id, own[i], []peer.ID{p}); err != nil {
				continue
			}
			st = joinStateOf(mine)
			if h, herr := checkpoint.Hash(st); herr != nil || h != agreed {
				st, err = nil, fmt.Errorf("node: %s's state %s does not give the join state %s", p.ShortString(), own[i].Short(), agreed.Short())
				continue
			}
			break
		}
	}
	if st == nil {
		return nil, commit.Hash{}, err
	}
	if st.Step != step {
		return nil, commit.Hash{}, fmt.Errorf("node: the agreed state %s is of step %d, want %d", agreed.Short(), st.Step, step)
	}
	return st, agreed, nil
}

// joinStateOf returns the state a standby called into a local-steps
// (DiLoCo) job starts from, given a member's state at an outer step's
// boundary: the same (parameters, outer anchor and momentum, shared by
// every member) but for the inner optimizer, which is each member's own
// (its moments follow its own shard's gradients; the replaced member's
// left with it, or are a convict's), so a fresh one: its tensors zero,
// its update count 0. Every member's join state at a boundary is thus
// the same bits, and its hash is what they all name.
func joinStateOf(st *checkpoint.State) *checkpoint.State {
	out := *st
	out.Meta = binary.BigEndian.AppendUint64(nil, 0)
	out.Tensors = make([]checkpoint.Tensor, len(st.Tensors))
	for i, t := range st.Tensors {
		if strings.HasPrefix(t.Name, "opt.") {
			t = checkpoint.Tensor{Name: t.Name, Data: make([]float32, len(t.Data))}
		}
		out.Tensors[i] = t
	}
	return &out
}

// joinHashes are what a member of a local-steps job answers a standby
// for one outer boundary: the join state's hash (joinStateOf of its own
// state), the same at every member, then its own state's, by which it
// serves it.
type joinHashes struct{ join, own commit.Hash }

// keepJoin records, for a member of a local-steps job, the join state
// hash of a state it committed to (train.WithStates).
func (jr *jobRun) keepJoin(own commit.Hash, st *checkpoint.State) error {
	h, err := checkpoint.Hash(joinStateOf(st))
	if err != nil {
		return err
	}
	jr.mu.Lock()
	defer jr.mu.Unlock()
	if jr.joins == nil {
		jr.joins = map[uint64]joinHashes{}
	}
	jr.joins[st.Step] = joinHashes{join: h, own: own}
	return nil
}

// joinAt returns the join hashes of jr's state after step, if kept.
func (jr *jobRun) joinAt(step uint64) (joinHashes, bool) {
	jr.mu.Lock()
	defer jr.mu.Unlock()
	j, ok := jr.joins[step]
	return j, ok
}

// callable reports whether a standby can be called into a run of r: with
// receipt periods (the ring's operations then follow a schedule every
// member knows, joinAt's, and the members hash their states), without
// compressed outer gradients (whose error-feedback residual is each
// member's own and committed: a standby would have to start with one)
// and without an overlapped outer step (its all-reduces run a round
// behind joinAt's schedule, with an outer gradient in flight that a
// standby does not hold; Recipe.Validate refuses it for now anyway).
func (r *Recipe) callable() bool {
	o, err := codec.ParseOuter(r.Compression)
	return r.HashEvery > 0 && err == nil && !o.On() && !r.Overlap
}

// joinPoint is where a standby called in at a ring operation enters the
// members' schedule.
type joinPoint struct {
	op uint64
	// from is the steps done in the state the standby starts from: the
	// state before the steps whose all-reduce op is.
	from uint64
	// hash: op is the parameter-hash comparison after step from (the
	// end of a receipt period), which the standby takes part in, with
	// the hash the members signed in their receipts for from, before it
	// fetches the state (the members commit to it only once the
	// comparison is done) and trains.
	hash bool
}

// joinAt returns the join point of ring operation op in a job of steps
// steps, local steps per all-reduce (1: synchronous) and receipt period
// every, in train.Member.Run's order: each all-reduce (a step's gradient,
// or an outer step's delta after local steps, the last one after the
// last step), then after it, at a receipt period's end or the last step,
// the parameter-hash comparison. ok is false past the last operation.
func joinAt(op, steps, local, every uint64) (joinPoint, bool) {
	var k, round uint64 // operations so far; the step the current round starts after
	for s := uint64(1); s <= steps; s++ {
		last := s == steps
		if local > 1 && s%local != 0 && !last {
			continue
		}
		if k == op {
			return joinPoint{op: op, from: round}, true
		}
		k++
		if every > 0 && (s%every == 0 || last) {
			if k == op {
				return joinPoint{op: op, from: s, hash: true}, true
			}
			k++
		}
		round = s
	}
	return joinPoint{}, false
}

// callIn waits (on the standby's training goroutine) until the ring calls
// this standby in, and returns the winner whose shard it takes over, where
// it joins and the ring it joins; join then brings it there.
func (n *Node) callIn(jr *jobRun, g *allreduce.Group, r *Recipe, winners, standbys []peer.ID) (int, joinPoint, []peer.ID, error) {
	ctx := jr.ctx
	op, ring, err := g.CalledIn(ctx)
	if err != nil {
		return 0, joinPoint{}, nil, fmt.Errorf("wait to be called in: %w", err)
	}
	jp, ok := joinAt(op, uint64(r.Steps), uint64(max(r.LocalSteps, 1)), uint64(r.HashEvery))
	if !ok || jp.from >= uint64(r.Steps) {
		return 0, jp, nil, fmt.Errorf("node: called in at operation %d, past the job's %d steps", op, r.Steps)
	}
	member := shardFor(n.host.ID(), ring, winners, standbys)
	if member < 0 {
		return 0, jp, nil, fmt.Errorf("node: called into a ring of %d with no winner missing from it", len(ring))
	}
	n.log.Warn("job: this standby is called into the ring", "job", jr.id.Short(), "op", op, "after step", jp.from, "hash check", jp.hash, "shard", member, "members", len(ring))
	return member, jp, ring, nil
}

// join brings a called-in standby to its join point: it takes part in
// the hash comparison it may join at (with the hash every other member
// of ring signed for that step), then fetches the state it starts from.
func (n *Node) join(jr *jobRun, ar train.AllReducer, r *Recipe, jp joinPoint, ring []peer.ID, member int) (*checkpoint.State, error) {
	ctx := jr.ctx
	if jp.hash {
		h, err := n.signedHash(jr, ring, jp.from)
		if err != nil {
			return nil, err
		}
		vec := train.HashVector(h)
		k, err := ar.AllReduce(ctx, vec)
		if err != nil {
			return nil, err
		}
		if j, ok := train.HashesAgree(vec, k); !ok {
			return nil, fmt.Errorf("%w: the members' parameter hashes after step %d differ at byte %d", train.ErrDiverged, jp.from, j)
		}
	}
	st, h, err := n.joinState(ctx, jr, ring, jp.from, r.LocalSteps > 1)
	if err != nil {
		return nil, err
	}
	at := ""
	if jp.hash {
		at = ", after its parameter-hash check"
	}
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFetched, Step: jp.from,
		Text: fmt.Sprintf("called in after step %d (ring operation %d%s) for winner %d's shard: fetched the training state %s every other member committed to, hash checked", jp.from, jp.op, at, member, h.Short())})
	return st, nil
}

// signedHash waits (at most StartTimeout: the ring drops a standby that
// does not take part by then) until every other member of ring has
// receipted step, and returns the parameter hash they all signed.
func (n *Node) signedHash(jr *jobRun, ring []peer.ID, step uint64) (auction.Hash, error) {
	var others []auction.Address
	for _, p := range ring {
		if p == n.host.ID() {
			continue
		}
		a, err := identity.AddressOf(p)
		if err != nil {
			return auction.Hash{}, err
		}
		others = append(others, auction.Address(a))
	}
	ctx, cancel := n.clk.WithTimeout(jr.ctx, n.cfg.Jobs.StartTimeout)
	defer cancel()
	var h auction.Hash
	var differ error
	err := n.waitRun(ctx, jr, func() bool {
		if jr.m == nil {
			return false
		}
		b := jr.m.Book()
		for i, a := range others {
			rc, ok := b.Get(a, step)
			if !ok {
				return false
			}
			if i > 0 && rc.ParamsHash != h {
				differ = fmt.Errorf("%w: receipts for step %d sign parameter hashes %s and %s", train.ErrDiverged, step, h.Short(), rc.ParamsHash.Short())
			}
			h = rc.ParamsHash
		}
		return true
	})
	if err == nil {
		err = differ
	}
	if err != nil {
		return auction.Hash{}, fmt.Errorf("node: the members' receipts for step %d: %w", step, err)
	}
	return h, nil
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
