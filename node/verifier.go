package node

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
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
)

// audited is what a recomputation needs to know of the job: fixed for the
// job's life.
type audited struct {
	job    auction.Hash
	recipe *Recipe
	award  *auction.Award
	poster peer.ID // serves the data
}

// auditTask is one (member, step) to recompute: the member's receipt for
// the period that holds step, and the parameter hash the group agreed on
// at the period's start (zero for step 0, which every verifier builds
// from the seed).
type auditTask struct {
	member  auction.Address
	step    uint64
	receipt job.Receipt
	// root is the receipt's contribRoot.
	root      commit.Hash
	startHash auction.Hash
}

// auditResult is a recomputation's outcome: the verdict, and what a
// verifier puts in its evidence.
type auditResult struct {
	verdict verify.Verdict
	leaves  []commit.Leaf
	proof   []commit.Hash
}

// recompute checks member's contribution at step against its commitment.
func (n *Node) recompute(ctx context.Context, a *audited, t auditTask) (auditResult, error) {
	var res auditResult
	member := slices.Index(a.award.Winners, t.member)
	if member < 0 {
		return res, fmt.Errorf("node: %s is not a winner of job %s", t.member.Short(), a.job.Short())
	}
	r := a.recipe
	end := t.receipt.Step
	if uint64(r.HashEvery) > end || t.step > end || t.step+uint64(r.HashEvery) <= end {
		return res, fmt.Errorf("%w: step %d is not in the period ending at step %d", verify.ErrTask, t.step, end)
	}
	start := end - uint64(r.HashEvery)
	holders := n.auditHolders(a, t.member)
	leaves, err := n.fetchPeriod(ctx, a.job, t.root, holders)
	if err != nil {
		return res, err
	}
	st, err := n.startState(ctx, a, start, t.startHash, holders)
	if err != nil {
		return res, err
	}
	var f dataset.Fetcher = n.blobClient
	if a.poster == n.host.ID() {
		f = dataset.MemFetcher{a.poster.String(): n.blobs} // the poster verifies from its own data
	}
	sh, err := fetchShard(ctx, f, []string{a.poster.String()}, r, member, len(a.award.Winners))
	if err != nil {
		return res, fmt.Errorf("%w: the member's shard: %w", ErrUnavailable, err)
	}
	be, err := gpu.OpenCPU(gpu.DefaultParams()) // deterministic: the bits every member got
	if err != nil {
		return res, err
	}
	defer be.Close()
	p := r.params(member)
	p.JobID = a.job
	task := verify.Task{Spec: r.Model, Params: p, Start: st, Sampler: sh.sampler, Step: t.step,
		Period: commit.Period{Step: end, Leaves: leaves, Root: t.root},
		Sums: func(h commit.Hash) ([]float32, bool) {
			sum, err := n.fetchSum(ctx, a.job, h, holders)
			return sum, err == nil
		}}
	v, err := verify.Check(ctx, be, task)
	if err != nil {
		return res, err
	}
	proof, err := commit.Proof(leaves, v.Index)
	if err != nil {
		return res, err
	}
	return auditResult{verdict: v, leaves: leaves, proof: proof}, nil
}

// auditHolders are the peers a verifier asks for a job's blobs: this node
// first (it may hold them itself), the accused (only it holds its own
// period commitment), then the other winners.
func (n *Node) auditHolders(a *audited, accused auction.Address) []peer.ID {
	out := []peer.ID{n.host.ID()}
	add := func(w auction.Address) {
		if id, ok := n.peerOf(w); ok && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	add(accused)
	for _, w := range a.award.Winners {
		add(w)
	}
	return out
}

// fetch returns the first answer of holders for key that check accepts;
// this node's own stores answer without the network. What a verifier
// fetched it keeps, for the re-checkers of its evidence to fetch from it.
func (n *Node) fetch(ctx context.Context, job auction.Hash, key [32]byte, holders []peer.ID, limit int, check func([]byte) error) ([]byte, error) {
	var last error = errors.New("no holder")
	for _, h := range holders {
		var b []byte
		if h == n.host.ID() {
			var ok bool
			if b, ok = (blobStores{n.audit, n.blobs}).Get(key); !ok {
				continue
			}
		} else {
			var err error
			if b, err = n.blobClient.Fetch(ctx, h.String(), key, limit); err != nil {
				last = err
				continue
			}
		}
		if err := check(b); err != nil {
			last = fmt.Errorf("from %s: %w", h.ShortString(), err)
			continue
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: blob %x: %w", ErrUnavailable, key[:6], last)
}

// fetchPeriod returns a member's period commitment with root.
func (n *Node) fetchPeriod(ctx context.Context, job auction.Hash, root commit.Hash, holders []peer.ID) ([]commit.Leaf, error) {
	var leaves []commit.Leaf
	b, err := n.fetch(ctx, job, root, holders, periodLeavesMax*leafBytes, func(b []byte) (err error) {
		leaves, err = decodeLeaves(b, root)
		return err
	})
	if err != nil {
		return nil, err
	}
	n.audit.put(job, root, [32]byte{}, b)
	return leaves, nil
}

// fetchSum returns the group sum with hash h.
func (n *Node) fetchSum(ctx context.Context, job auction.Hash, h commit.Hash, holders []peer.ID) ([]float32, error) {
	var sum []float32
	b, err := n.fetch(ctx, job, h, holders, maxBlobBytes, func(b []byte) (err error) {
		sum, err = decodeSum(b, h)
		return err
	})
	if err != nil {
		return nil, err
	}
	n.audit.put(job, h, [32]byte{}, b)
	return sum, nil
}

// maxBlobBytes is the most a verifier accepts for one state or sum: the
// blob server's own limit.
const maxBlobBytes = 8 << 20

// startState returns the group's state after step start: built from the
// seed for step 0, fetched by name otherwise and checked against the
// parameter hash the group receipted for that step. (The optimizer's
// moments in it are not covered by that hash: a holder that serves wrong
// ones makes the recomputation disagree, which the re-checkers, fetching
// for themselves, then refute.)
func (n *Node) startState(ctx context.Context, a *audited, start uint64, want auction.Hash, holders []peer.ID) (*checkpoint.State, error) {
	r := a.recipe
	if start == 0 {
		return initialState(a.job, r)
	}
	var st *checkpoint.State
	name := StateName(a.job, start)
	_, err := n.fetch(ctx, a.job, name, holders, maxBlobBytes, func(b []byte) error {
		s, err := checkpoint.Decode(b)
		if err != nil {
			return err
		}
		params, ok := s.Get("params")
		switch {
		case s.JobID != [32]byte(a.job) || s.Step != start || s.ModelHash != r.Model.Hash():
			return fmt.Errorf("a state of another job, step or model")
		case !ok || auction.Hash(train.ParamsHash(params)) != want:
			return fmt.Errorf("a state whose parameters are not the ones the group receipted at step %d", start)
		}
		st = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := n.audit.putState(a.job, st); err != nil {
		return nil, err
	}
	return st, nil
}

// initialState is the state every member starts the job from: the
// parameters drawn from the recipe's seed, the optimizer's moments zero.
func initialState(id auction.Hash, r *Recipe) (*checkpoint.State, error) {
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		return nil, err
	}
	defer be.Close()
	model, err := nn.New(be, r.Model, r.BatchSize)
	if err != nil {
		return nil, err
	}
	defer model.Close()
	p := r.params(0)
	p.JobID = id
	m, err := train.NewMember(model, nil, nil, p)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	return m.State()
}
