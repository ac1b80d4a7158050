package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/mesh/blob"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/verify"
)

// The verifier's side of verified work (issue 16): recomputing one
// member's step, exactly, from what the group serves by hash (auditstore.go),
// on the deterministic CPU backend, and comparing it with the leaf the
// member committed to under its receipt's contribRoot. Which steps are
// checked, by whom, and what follows a verdict are the job core's rules
// (package job); this file only recomputes.

// Errors of a recomputation that could not be made: none of them is a
// verdict on the member.
var (
	// ErrUnavailable: an input (the member's period commitment, the
	// period's start state, a group sum) could not be fetched from any
	// member, or what was fetched did not check.
	ErrUnavailable = errors.New("node: verification input unavailable")
	// ErrNotTrained: the step audited is of a called-in standby's first
	// receipt period but before the ring called it in, or before a
	// winner's commitment of its period begins (a gap after a restart):
	// the member's signed root has no leaf there.
	ErrNotTrained = errors.New("node: the member did not train that step")
)

// audited is what a recomputation needs to know of the job: fixed for the
// job's life.
type audited struct {
	job    auction.Hash
	recipe *Recipe
	award  *auction.Award
	poster peer.ID // serves the data

	mu     sync.Mutex     // mu guards shards
	shards map[int]*shard // the members' shards, fetched once each

	// standbys says which winner's shard a called-in standby trains on,
	// as far as this verifier can tell (callin.go, shardOrder); its own
	// lock, as the job loop sets hints while mu is held over a fetch.
	standbys standbyShards
}

// shard returns member's shard, fetched from the poster (and verified
// against the dataset's root) on first use.
func (n *Node) shardOf(ctx context.Context, a *audited, member int) (*shard, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if sh, ok := a.shards[member]; ok {
		return sh, nil
	}
	var f dataset.Fetcher = n.blobClient
	if a.poster == n.host.ID() {
		f = dataset.MemFetcher{a.poster.String(): n.blobs} // the poster verifies from its own data
	}
	sh, err := fetchShard(ctx, f, []string{a.poster.String()}, a.recipe, member, len(a.award.Winners))
	if err != nil {
		return nil, fmt.Errorf("%w: the member's shard: %w", ErrUnavailable, err)
	}
	if a.shards == nil {
		a.shards = map[int]*shard{}
	}
	a.shards[member] = sh
	return sh, nil
}

// auditTask is one (member, step) to recompute: the member's contribRoot
// for the period that holds step (signed in its receipt).
type auditTask struct {
	member auction.Address
	step   uint64
	root   commit.Hash
	// hops, when set, are the statements to check the member's hops
	// against (a re-check of fault-4 evidence: its HopOut and HopIn,
	// already checked); otherwise they are fetched by the leaf's
	// Transcript.
	hops *hopPair
}

// auditResult is a recomputation's outcome: the verdict, and what a
// verifier puts in its evidence.
type auditResult struct {
	verdict verify.Verdict
	count   int // the period's leaves
	proof   []commit.Hash
	// tampered names the hops the member sent that do not follow from
	// its input and its contribution (fault 4), with hops the statements
	// they were found in; empty when its transcript checks or it keeps
	// none.
	tampered []transcript.Finding
	hops     hopPair
	// equivocated, when set, is the pair of a hops blob in which the
	// member's statement contradicts its successor's (hopPair.checkSucc):
	// it signed two statements of that all-reduce, and the step was not
	// recomputed. verdict then holds the leaf alone.
	equivocated *hopPair
}

// recompute checks member's contribution at step against its commitment:
// it fetches the member's period commitment by its root, the state before
// the step by the leaf's hash of it, and the member's shard from the
// poster, and recomputes the step on the deterministic CPU backend.
func (n *Node) recompute(ctx context.Context, a *audited, t auditTask) (auditResult, error) {
	var res auditResult
	// The shard the member trains on: a winner's own; a called-in
	// standby's is the seat it took, which the receipts pin
	// (job.StandbyShards, callin.go's standbyShards): exactly one, or
	// the seats freed in the period it joined in when several were, and
	// the member is honest if one of them gives its commitment.
	shards := []int{slices.Index(a.award.Winners, t.member)}
	standby := shards[0] < 0
	if standby {
		if shards = a.standbys.order(t.member, a.award); shards == nil {
			return res, fmt.Errorf("node: %s is not of the award of job %s", t.member.Short(), a.job.Short())
		}
		if len(shards) == 0 {
			return res, fmt.Errorf("%w: no receipt of standby %s says which seat it took", ErrUnavailable, t.member.Short())
		}
	}
	r := a.recipe
	if _, known := n.peerOf(t.member); !known {
		// A node just restarted learns the others' peer IDs again from
		// presence gossip (waitPeersOf): without the accused's, the one
		// peer sure to hold its period's leaves, a restarted member's
		// audits of the period it stopped in found no input and were
		// never done (TestMemberRestartRejoins).
		_, _ = n.waitPeersOf(ctx, []auction.Address{t.member})
	}
	holders := n.auditHolders(a, t.member)
	leaves, err := n.fetchPeriod(ctx, a.job, t.root, holders)
	if err != nil {
		return res, err
	}
	per := commit.Period{Leaves: leaves, Root: t.root, Step: leaves[len(leaves)-1].Step}
	leaf, index, proof, err := verify.LeafProof(per, t.step)
	if err != nil {
		// Its receipt's period began before the ring called it in: the
		// steps before the round of its first leaf are not its own.
		if h := uint64(max(r.LocalSteps, 1)); standby && t.step <= (leaves[0].Step-1)/h*h {
			return res, fmt.Errorf("%w: %s was called into the ring after step %d", ErrNotTrained, t.member.Short(), (leaves[0].Step-1)/h*h)
		}
		// A winner's commitment that begins after the step: the
		// member's own signed root says it trained from its first leaf
		// on, a gap after a restart this verifier's sample did not know
		// of (PROTOCOL.md, *Its gap, witnessed*). No recomputation can
		// answer it: declined at once (verifyTry), no verdict.
		if !standby && t.step < leaves[0].Step {
			return res, fmt.Errorf("%w: %s's commitment begins at step %d (a gap after a restart)", ErrNotTrained, t.member.Short(), leaves[0].Step)
		}
		return res, err
	}
	st, err := n.fetchState(ctx, a.job, leaf.State, holders)
	if err != nil {
		return res, err
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams()) // deterministic: the bits every member got
	if err != nil {
		return res, err
	}
	defer be.Close()
	// A compressed outer step is recomputed from the group's sum its leaf
	// commits to (every member keeps it: auditstore.go), whatever the
	// shard.
	var sum []float32
	if r.params(shards[0]).Compression.On() {
		if sum, err = n.fetchSum(ctx, a.job, leaf.Reduced, holders); err != nil {
			return res, err
		}
	}
	res = auditResult{count: len(leaves), proof: proof}
	// check recomputes the step on member's shard: the contribution
	// alone in a ring without transcripts (a group of one), else the
	// contribution and the member's hops; of a compressed outer step,
	// the hops of both its all-reduces (the statistics' and the
	// values'). It also says in which all-reduce's pair (0: the values',
	// or the only one; 1: the statistics') the findings are.
	var check func(task verify.StepTask) (verify.Verdict, []transcript.Finding, int, error)
	var pairs [2]hopPair
	if leaf.Transcript == (commit.Hash{}) {
		check = func(task verify.StepTask) (verify.Verdict, []transcript.Finding, int, error) {
			v, err := verify.CheckStep(ctx, be, task)
			return v, nil, 0, err
		}
	} else {
		compressed := r.params(shards[0]).Compression.On()
		hp, sp := t.hops, (*hopPair)(nil)
		if hp != nil && commit.Hash(hp.own.Transcript.Hash()) != leaf.Transcript {
			// Evidence against the statistics' all-reduce of a
			// compressed step: linked to the leaf's values below.
			if !compressed {
				return res, fmt.Errorf("%w: hop statements of another all-reduce than the leaf's", errHops)
			}
			hp, sp = nil, hp
		}
		var valuesOp uint64
		if hp == nil || compressed {
			var got hopPair
			err := n.fetch(ctx, a.job, hopsKey(leaf.Transcript), holders, func(b []byte) (err error) {
				got, err = checkHops(b, a.job, a.award.Members(), t.member, leaf.Transcript)
				return err
			})
			if err != nil {
				return res, err
			}
			if got.equivocated {
				res.verdict, res.equivocated = verify.Verdict{Leaf: leaf, Index: index}, &got
				return res, nil
			}
			if hp == nil {
				hp = &got
			}
			valuesOp = got.op
		}
		switch {
		case compressed && valuesOp == 0:
			return res, fmt.Errorf("%w: a compressed step's values at ring operation 0", errHops)
		case compressed && sp == nil:
			var got hopPair
			err := n.fetch(ctx, a.job, statsHopsKey(leaf.Transcript), holders, func(b []byte) (err error) {
				got, err = checkStatsHops(b, a.job, a.award.Members(), t.member, valuesOp)
				return err
			})
			if err != nil {
				return res, err
			}
			if got.equivocated {
				res.verdict, res.equivocated = verify.Verdict{Leaf: leaf, Index: index}, &got
				return res, nil
			}
			sp = &got
		case sp != nil:
			// The evidence's statistics statements must be of the ring
			// operation just before the leaf's values'.
			if err := checkHopPair(*sp, allreduce.OpContext(allreduce.GroupID(a.job), valuesOp-1), a.award.Members(), t.member); err != nil {
				return res, err
			}
		}
		if op, ok := r.stepOp(t.step); ok && !compressed && hp.own.Context != allreduce.OpContext(allreduce.GroupID(a.job), op) {
			// The statements are not of the ring operation whose sum
			// this step's leaf holds: they say nothing of what the
			// member sent at this step (an honest member's leaf names
			// its step's operation's transcript or none:
			// allreduce.Group.LastOp), so no verdict is drawn from them.
			return res, fmt.Errorf("%w: the leaf of step %d links hop statements of another ring operation than its own (%d)", errHops, t.step, op)
		}
		segs, err := n.fetchSegments(ctx, a.job, hp.pred.Transcript, holders)
		if err != nil {
			return res, err
		}
		pairs[0] = *hp
		values := verify.HopTask{Own: hp.own.Transcript, Pred: hp.pred.Transcript, Context: hp.own.Context,
			Segments: func(h transcript.Hash) ([]float32, bool) { s, ok := segs[h]; return s, ok }}
		if sp == nil {
			check = func(task verify.StepTask) (verify.Verdict, []transcript.Finding, int, error) {
				v, found, err := verify.CheckStepHops(ctx, be, task, values)
				return v, found, 0, err
			}
		} else {
			statSegs, err := n.fetchSegments(ctx, a.job, sp.pred.Transcript, holders)
			if err != nil {
				return res, err
			}
			pairs[1] = *sp
			stats := verify.HopTask{Own: sp.own.Transcript, Pred: sp.pred.Transcript, Context: sp.own.Context,
				Segments: func(h transcript.Hash) ([]float32, bool) { s, ok := statSegs[h]; return s, ok }}
			check = func(task verify.StepTask) (verify.Verdict, []transcript.Finding, int, error) {
				v, vf, sf, err := verify.CheckCompressedHops(ctx, be, task, values, stats)
				if len(vf) == 0 && len(sf) > 0 {
					return v, sf, 1, err
				}
				return v, vf, 0, err
			}
		}
		res.hops = pairs[0]
	}
	for i, member := range shards {
		sh, err := n.shardOf(ctx, a, member)
		if err != nil {
			return res, err
		}
		p := r.params(member)
		p.JobID = a.job
		task := verify.StepTask{Spec: r.Model, Params: p, Sampler: sh.sampler, State: st,
			Leaf: leaf, Root: t.root, Index: index, Count: len(leaves), Proof: proof, Sum: sum}
		v, tampered, which, err := check(task)
		if err != nil {
			return res, err
		}
		if i == 0 || v.Honest {
			// A dishonest verdict names the likeliest shard's
			// recomputation; re-checkers try the same shards.
			res.verdict, res.tampered = v, tampered
			if len(tampered) > 0 {
				res.hops = pairs[which]
			}
		}
		if v.Honest {
			if standby {
				a.standbys.found(t.member, member)
			}
			break
		}
	}
	return res, nil
}

// fetchSegments fetches the segments a member's predecessor sent it in
// the reduce-scatter (the inputs its hops are checked against), by their
// hashes in pred's transcript.
func (n *Node) fetchSegments(ctx context.Context, job auction.Hash, pred transcript.Transcript, holders []peer.ID) (map[transcript.Hash][]float32, error) {
	out := map[transcript.Hash][]float32{}
	for k := 0; k+1 < int(pred.Ranks) && k < len(pred.Hops); k++ {
		h := pred.Hops[k].Sent
		if _, ok := out[h]; ok {
			continue
		}
		err := n.fetch(ctx, job, h, holders, func(b []byte) error {
			seg, err := paramsFrom(b)
			if err != nil {
				return err
			}
			if transcript.Floats(seg) != h {
				return fmt.Errorf("a segment that does not hash to %s", h.Short())
			}
			out[h] = seg
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// auditHolders are the peers a verifier asks for a job's blobs: this node
// first (it may hold them itself), the accused (only it holds its own
// period commitment), then the other winners, then the standbys (one
// called in holds the states it trained from).
func (n *Node) auditHolders(a *audited, accused auction.Address) []peer.ID {
	out := []peer.ID{n.host.ID()}
	add := func(w auction.Address) {
		if id, ok := n.peerOf(w); ok && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	add(accused)
	for _, w := range a.award.Members() {
		add(w)
	}
	return out
}

// maxBlobBytes is the most a verifier accepts for one blob: the blob
// server's own limit.
var maxBlobBytes = blob.DefaultParams().BlobBytesMax

// auditBlobBytesMax bounds a blob a verifier assembles from pieces: what
// the audit store keeps of all a node's jobs (a state of about 22M
// parameters with AdamW's moments).
const auditBlobBytesMax = auditBytesMax

// fetch returns the first answer of holders for key that check accepts;
// this node's own stores answer without the network. A holder answers a
// blob over one piece with its piece list (auditStore.put): each piece is
// then fetched by its sha256, from that holder first, then the others,
// and checked against the list, and the assembled blob must pass check,
// so a lying list is caught there. What a verifier fetched it keeps, for
// the re-checkers of its evidence to fetch from it.
func (n *Node) fetch(ctx context.Context, job auction.Hash, key [32]byte, holders []peer.ID, check func([]byte) error) error {
	var last error = errors.New("no holder")
	for i, h := range holders {
		b, err := n.fetchOne(ctx, h, key, maxBlobBytes)
		if errors.Is(err, errNotHeld) {
			continue
		}
		if err != nil {
			last = err
			continue
		}
		err = check(b)
		if err != nil {
			var l *dataset.PieceList
			if l, err = dataset.DecodePieceList(b); err == nil {
				b, err = n.fetchPieces(ctx, l, append(slices.Clone(holders[i:]), holders[:i]...))
				if err == nil {
					err = check(b)
				}
			}
		}
		if err != nil {
			last = fmt.Errorf("from %s: %w", h.ShortString(), err)
			continue
		}
		n.audit.put(job, key, b)
		return nil
	}
	return fmt.Errorf("%w: blob %x: %w", ErrUnavailable, key[:6], last)
}

// errNotHeld: this node's own stores do not hold a blob.
var errNotHeld = errors.New("node: not held here")

// fetchOne returns what holder h serves under key, of at most limit
// bytes: this node's own stores answer without the network.
func (n *Node) fetchOne(ctx context.Context, h peer.ID, key [32]byte, limit int) ([]byte, error) {
	if h == n.host.ID() {
		b, ok := (blobStores{n.audit, n.blobs}).Get(key)
		if !ok {
			return nil, errNotHeld
		}
		return b, nil
	}
	return n.blobClient.Fetch(ctx, h.String(), key, limit)
}

// fetchPieces assembles a blob from the pieces l lists, each from the
// first of holders that serves it with the list's sha256, within
// auditBlobBytesMax.
func (n *Node) fetchPieces(ctx context.Context, l *dataset.PieceList, holders []peer.ID) ([]byte, error) {
	if l.Size > auditBlobBytesMax {
		return nil, fmt.Errorf("a blob of %d bytes in pieces, at most %d are fetched", l.Size, auditBlobBytesMax)
	}
	out := make([]byte, 0, l.Size)
	for i, ph := range l.Pieces {
		want := min(dataset.PieceBytes, int(l.Size)-len(out))
		var got []byte
		var last error = errors.New("no holder")
		for _, h := range holders {
			p, err := n.fetchOne(ctx, h, ph, want)
			if err == nil && (len(p) != want || dataset.Hash(sha256.Sum256(p)) != ph) {
				err = fmt.Errorf("piece %d: %d bytes not hashing to %s", i, len(p), ph.Short())
			}
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				last = err
				continue
			}
			got = p
			break
		}
		if got == nil {
			return nil, fmt.Errorf("piece %d of %d, asked %d holders: %w", i, len(l.Pieces), len(holders), last)
		}
		out = append(out, got...)
	}
	return out, nil
}

// fetchPeriod returns a member's period commitment with root.
func (n *Node) fetchPeriod(ctx context.Context, job auction.Hash, root commit.Hash, holders []peer.ID) ([]commit.Leaf, error) {
	var leaves []commit.Leaf
	err := n.fetch(ctx, job, root, holders, func(b []byte) (err error) {
		leaves, err = decodeLeaves(b, root)
		return err
	})
	return leaves, err
}

// fetchSum returns the group sum with hash h (a leaf's Reduced).
func (n *Node) fetchSum(ctx context.Context, job auction.Hash, h commit.Hash, holders []peer.ID) ([]float32, error) {
	var sum []float32
	err := n.fetch(ctx, job, h, holders, func(b []byte) (err error) {
		sum, err = decodeSum(b, h)
		return err
	})
	return sum, err
}

// fetchState returns the training state with hash h (a leaf's State).
func (n *Node) fetchState(ctx context.Context, job auction.Hash, h commit.Hash, holders []peer.ID) (*checkpoint.State, error) {
	var st *checkpoint.State
	err := n.fetch(ctx, job, h, holders, func(b []byte) error {
		s, err := checkpoint.Decode(b)
		if err != nil {
			return err
		}
		if got, err := checkpoint.Hash(s); err != nil || got != h {
			return fmt.Errorf("a state that does not hash to %s", h.Short())
		}
		st = s
		return nil
	})
	return st, err
}
