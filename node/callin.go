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
	"github.com/trainmesh/trainmesh/job"
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
// it: on the shard of the member whose seat it takes (job.CallInShard:
// the seats of the ring's members as the receipts show them are kept, the
// lowest free one is taken), so the group's data stream is unchanged. Its receipts and the survivors' then carry
// one parameter hash; the poster credits it from the receipt period it
// joined in (job.Book), and verifiers audit its steps on exactly that
// shard: the seat it states in a signed statement (job.SeatStatement),
// checked against the receipts, or replayed from the receipts alone
// (job.StandbyShards, standbyShards).

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

// joinState fetches the state a called-in standby starts from: the state
// after step that every other member of ring committed to, or in the
// local-steps mode (local) the join state every other member names
// (joinStateOf: the members' states differ in their inner optimizers),
// derived from one member's committed state and checked against that
// hash. Members reach the step at their own pace, so a member that does
// not hold it yet is asked again every ChainPoll, for at most half of
// StartTimeout.
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
	// Every other member is asked at once, each again every ChainPoll
	// until it answers, for at most half of StartTimeout (the ring waits
	// that long for this standby to link up; the other half is for
	// fetching the state): a member that died or was dropped since the
	// call-in never answers, and waiting on it (as this did, until the
	// job's end) left the standby in the ring but never started. Those
	// that answered must all agree; one is enough.
	req := encodeStateHashRequest(jr.id, step)
	askCtx, cancel := n.clk.WithTimeout(ctx, n.cfg.Jobs.StartTimeout/2)
	defer cancel()
	answers := make([][]byte, len(others))
	lastErr := make([]error, len(others))
	var asking sync.WaitGroup
	for i, p := range others {
		asking.Go(func() {
			for {
				resp, err := n.host.Request(askCtx, p, StateHashProtocol, req, 64)
				if err == nil && len(resp) != want {
					err = fmt.Errorf("%w: an answer of %d bytes, want %d", ErrNoState, len(resp), want)
				}
				if err == nil {
					answers[i] = resp
					return
				}
				lastErr[i] = err
				t := n.clk.Timer(n.cfg.Jobs.ChainPoll)
				select {
				case <-askCtx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
		})
	}
	asking.Wait()
	if ctx.Err() != nil {
		return nil, commit.Hash{}, ctx.Err()
	}
	var agreed commit.Hash
	var from []peer.ID    // the members that answered, in ring order
	var own []commit.Hash // local: each answering member's own state
	for i, p := range others {
		resp := answers[i]
		if resp == nil {
			n.log.Warn("job: a member did not name the state a called-in standby starts from; taking it from the others", "job", jr.id.Short(), "step", step, "member", p, "err", lastErr[i])
			continue
		}
		h := commit.Hash(resp[:32])
		if len(from) > 0 && h != agreed {
			return nil, commit.Hash{}, fmt.Errorf("node: members disagree on the state after step %d: %s and %s", step, agreed.Short(), h.Short())
		}
		agreed = h
		from = append(from, p)
		if local {
			own = append(own, commit.Hash(resp[32:]))
		}
	}
	if len(from) == 0 {
		return nil, commit.Hash{}, fmt.Errorf("%w: no member named the state after step %d within %v (last: %v)", ErrNoState, step, n.cfg.Jobs.StartTimeout/2, errors.Join(lastErr...))
	}
	others = from
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
// its update count 0; and, with compressed outer gradients, for the
// error-feedback residual, each member's own too (what it did not send
// of its own outer gradients): zero, as at the start of the job. Every
// member's join state at a boundary is thus the same bits, and its hash
// is what they all name. The standby commits to it in its first leaf,
// and verifiers recompute its steps from that committed state.
func joinStateOf(st *checkpoint.State) *checkpoint.State {
	out := *st
	out.Meta = binary.BigEndian.AppendUint64(nil, 0)
	out.Tensors = make([]checkpoint.Tensor, len(st.Tensors))
	for i, t := range st.Tensors {
		if strings.HasPrefix(t.Name, "opt.") || t.Name == "outer.residual" {
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
// member knows, joinAt's, and the members hash their states). With
// compressed outer gradients it joins at an outer step's first
// all-reduce (Recipe.joinPoint) with a zero error-feedback residual
// (joinStateOf); in an overlapped job only where no outer gradient is in
// flight: at a receipt period's end, after its synchronous last round.
func (r *Recipe) callable() bool {
	_, err := codec.ParseOuter(r.Compression)
	return r.HashEvery > 0 && err == nil
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
// steps, local steps per all-reduce (1: synchronous), receipt period
// every and per all-reduces a round (2 with compressed outer gradients:
// the statistics, then the values), in train.Member.Run's order: each
// round's all-reduces (a step's gradient, or an outer step's delta after
// local steps, the last one after the last step), then after them, at a
// receipt period's end or the last step, the parameter-hash comparison.
// ok is false past the last operation, and at a round's all-reduce other
// than its first: a joiner that did not take part in a compressed outer
// step's statistics cannot take part in its values (the membership core
// plans joiners at join points only: Recipe.joinPoint).
func joinAt(op, steps, local, every, per uint64) (joinPoint, bool) {
	var k, round uint64 // operations so far; the step the current round starts after
	for s := uint64(1); s <= steps; s++ {
		last := s == steps
		if local > 1 && s%local != 0 && !last {
			continue
		}
		if op >= k && op < k+per {
			return joinPoint{op: op, from: round}, op == k
		}
		k += per
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

// roundLastOp returns the operation of the last all-reduce of the round
// of r that ends at step (a compressed outer step's values all-reduce).
// In an overlapped run only at a receipt period's end, whose last round
// is synchronous (its all-reduce completes before the hash comparison
// after it, where a restarted member rejoins); another round's sum lands
// during the next round.
func (r *Recipe) roundLastOp(step uint64) (uint64, bool) {
	every := uint64(max(r.HashEvery, 0))
	if r.Overlap && r.LocalSteps > 1 && (every == 0 || step%every != 0) || r.Steps < 1 {
		return 0, false
	}
	return roundLastOp(step, uint64(r.Steps), uint64(max(r.LocalSteps, 1)), every, r.roundOps())
}

// roundLastOp is Recipe.roundLastOp for a job of steps steps, local steps
// per round, receipt period every (0: none) and per all-reduces a round
// (joinAt's count of operations).
func roundLastOp(step, steps, local, every, per uint64) (uint64, bool) {
	var k uint64 // operations before the round's first all-reduce
	for s := uint64(1); s <= steps && s <= step; s++ {
		last := s == steps
		if local > 1 && s%local != 0 && !last {
			continue
		}
		if s == step {
			return k + per - 1, true
		}
		k += per
		if every > 0 && (s%every == 0 || last) {
			k++
		}
	}
	return 0, false
}

// roundOps returns how many all-reduces a round of r takes: two for a
// compressed outer step (statistics, then values), else one.
func (r *Recipe) roundOps() uint64 {
	if o, err := codec.ParseOuter(r.Compression); err == nil && o.On() {
		return 2
	}
	return 1
}

// joinAt is joinAt for a run of r. In an overlapped run (Params.Overlap)
// a round's outer all-reduce is applied a round late: a state taken
// where a round starts holds the member's own progress of the round
// before and leaves that round's sum in flight, so no standby can start
// from it. Only a receipt period's last round is synchronous: the state
// after it is the group's, whole, with nothing in flight (as at the
// job's start). ok is false for a join from any other state.
func (r *Recipe) joinAt(op uint64) (joinPoint, bool) {
	every := uint64(max(r.HashEvery, 0))
	jp, ok := joinAt(op, uint64(r.Steps), uint64(max(r.LocalSteps, 1)), every, r.roundOps())
	if ok && r.Overlap && r.LocalSteps > 1 && jp.from != 0 && (every == 0 || jp.from%every != 0) {
		return joinPoint{}, false
	}
	return jp, ok
}

// joinPoint is the membership core's rule of where a standby joins a
// ring of r (allreduce.Params.JoinPoint): at a round's first all-reduce
// or a hash comparison, never at a compressed outer step's values, and
// in an overlapped run only from a receipt period's end. nil (every
// operation) where every operation is one, as before.
func (r *Recipe) joinPoint() func(op uint64) bool {
	if r.roundOps() == 1 && !(r.Overlap && r.LocalSteps > 1) {
		return nil
	}
	return func(op uint64) bool { _, ok := r.joinAt(op); return ok }
}

// callIn waits (on the standby's training goroutine) until the ring calls
// this standby in, and returns the winner whose shard it takes over, where
// it joins and the ring it joins; join then brings it there. self is the
// seat of a restarted winner called back in (its own), -1 for a standby
// (the receipts say which seat is free).
func (n *Node) callIn(jr *jobRun, g *allreduce.Group, r *Recipe, self int) (int, joinPoint, []peer.ID, error) {
	ctx := jr.ctx
	if self >= 0 {
		// A restarted member asked at once (rejoin.go); the ring's next
		// view calls it in, or it never will (the job ended first, the
		// ring's members went away): it then stops waiting and collects
		// what it earned.
		var cancel context.CancelFunc
		ctx, cancel = n.clk.WithTimeout(ctx, 2*n.cfg.Jobs.StartTimeout)
		defer cancel()
	}
	op, ring, err := g.CalledIn(ctx)
	if err != nil {
		return 0, joinPoint{}, nil, fmt.Errorf("wait to be called in: %w", err)
	}
	jp, ok := r.joinAt(op)
	if !ok || jp.from >= uint64(r.Steps) {
		return 0, jp, nil, fmt.Errorf("node: called in at operation %d, no join point of the job's %d steps", op, r.Steps)
	}
	member := self
	if member < 0 {
		if member, err = n.callInShard(jr, ring); err != nil {
			return 0, jp, nil, err
		}
	}
	// State the seat taken, signed, on the training topic (job.CalledIn,
	// Publish.Seat): every follower then checks this standby on exactly
	// that shard, even when another seat was freed in the same receipt
	// period, and a standby called in after it keeps off it. A restarted
	// winner states its own seat: the steps since its last receipt up to
	// jp.from are its gap, neither credited nor sampled (job.Book.Gaps).
	if self < 0 || !n.withholdSeat {
		n.postJob(func() { n.stepRun(jr, job.CalledIn{Seat: uint32(member), From: jp.from}) })
	}
	n.log.Warn("job: this standby is called into the ring", "job", jr.id.Short(), "op", op, "after step", jp.from, "hash check", jp.hash, "shard", member, "members", len(ring))
	return member, jp, ring, nil
}

// callInShard returns the shard this standby takes in ring
// (job.CallInShard, from the receipts its job core holds, read on the job
// loop): the seat of a member that left, the one every verifier's replay
// of the receipts (job.StandbyShards) will check it on.
func (n *Node) callInShard(jr *jobRun, ring []peer.ID) (int, error) {
	addrs := make([]auction.Address, len(ring))
	for i, p := range ring {
		a, err := identity.AddressOf(p)
		if err != nil {
			return 0, err
		}
		addrs[i] = auction.Address(a)
	}
	// The seats of the standbys called in before this one (or with it,
	// ahead in award order) that have no receipt yet: their statements
	// say which they took (job.SeatsAwaited). Each states its seat at
	// once, so this waits a moment only; past a quarter of StartTimeout
	// (a statement lost, its standby dead) the receipts' rule decides.
	ctx, cancel := n.clk.WithTimeout(jr.ctx, n.cfg.Jobs.StartTimeout/4)
	var awaited []auction.Address
	err := n.waitRun(ctx, jr, func() bool {
		awaited = nil
		if jr.m != nil {
			awaited = job.SeatsAwaited(jr.m.Book(), n.auc.self, addrs)
		}
		return len(awaited) == 0
	})
	cancel()
	if err != nil && jr.ctx.Err() == nil {
		n.log.Info("job: called in before the seat statements of earlier standbys arrived; taking the receipts' rule", "job", jr.id.Short(), "awaited", len(awaited))
	}
	member := -1
	if err := n.inJobLoop(jr.ctx, func() {
		if jr.m != nil {
			member = job.CallInShard(jr.m.Book(), n.auc.self, addrs)
		}
	}); err != nil {
		return 0, err
	}
	if member < 0 {
		return 0, fmt.Errorf("node: called into a ring of %d with no seat free for this standby", len(ring))
	}
	return member, nil
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

// signedHash waits until every other member of ring has receipted step,
// for at most half of StartTimeout (the ring waits that long for this
// standby to link up), and returns the parameter hash they signed; past
// that, the hash of those that did, all agreeing, at least one (a member
// that died before receipting step never will).
func (n *Node) signedHash(jr *jobRun, ring []peer.ID, step uint64) (auction.Hash, error) {
	var others []auction.Address
	for _, p := range ring {
		a, err := identity.AddressOf(p)
		if err != nil {
			return auction.Hash{}, err
		}
		if auction.Address(a) != n.auc.self {
			others = append(others, auction.Address(a))
		}
	}
	var h auction.Hash
	var signed int
	var differ error
	// tally reads the receipts on the job loop.
	tally := func() {
		h, signed, differ = auction.Hash{}, 0, nil
		if jr.m == nil {
			return
		}
		b := jr.m.Book()
		for _, a := range others {
			rc, ok := b.Get(a, step)
			if !ok {
				continue
			}
			if signed > 0 && rc.ParamsHash != h && differ == nil {
				differ = fmt.Errorf("%w: receipts for step %d sign parameter hashes %s and %s", train.ErrDiverged, step, h.Short(), rc.ParamsHash.Short())
			}
			h = rc.ParamsHash
			signed++
		}
	}
	ctx, cancel := n.clk.WithTimeout(jr.ctx, n.cfg.Jobs.StartTimeout/2)
	defer cancel()
	err := n.waitRun(ctx, jr, func() bool { tally(); return signed == len(others) })
	if err != nil && jr.ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
		if lerr := n.inJobLoop(jr.ctx, tally); lerr != nil {
			return auction.Hash{}, lerr
		}
		if signed > 0 {
			n.log.Warn("job: not every member receipted the step a called-in standby checks; taking the hash the others signed", "job", jr.id.Short(), "step", step, "signed", signed, "of", len(others))
			err = nil
		}
	}
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
// train on: for each, the seats the receipts say it took
// (job.StandbyShards, the job loop's hint): exactly one when one seat was
// free at its first receipt, the seats freed in its period when several
// were; the one a recomputation already matched is tried first. A
// standby is checked on those only, never on the shard of a member that
// trained on (it would repeat that shard's data and leave the dropped
// one's unused): one that took another seat than the rule's fails its
// audits.
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

// order returns the shards to try for standby's steps, in order: the one
// matched before, if still a candidate, then the hint's; nil if standby
// is not a standby of award, empty while no hint names its seats.
func (s *standbyShards) order(standby auction.Address, award *auction.Award) []int {
	if !slices.Contains(award.Standbys, standby) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []int{}
	hint := s.hints[standby]
	if i, ok := s.got[standby]; ok && slices.Contains(hint, i) {
		out = append(out, i)
	}
	for _, i := range hint {
		if i >= 0 && i < len(award.Winners) && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

// hintShards gives jr's verifier the seats member may train, if it is a
// standby (job.StandbyShards): called on the job loop, which owns the
// job's receipts (job.Book), before a recomputation of member's step is
// queued.
func (n *Node) hintShards(jr *jobRun, member auction.Address) {
	a, err := jr.auditedOf()
	if err != nil || !slices.Contains(a.award.Standbys, member) || jr.m == nil {
		return
	}
	a.standbys.hint(member, job.StandbyShards(jr.m.Book())[member])
}
