package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/ringorder"
	"github.com/trainmesh/trainmesh/train/commit"
)

// The ring order of a job whose recipe asks for it (Recipe.RingOrder
// "measured"; PROTOCOL.md, "Ring order"). When the award is known and the
// recipe fetched, before anyone fetches its shard, the award's winners and
// (where the recipe lets standbys be called in) its standbys form a ring
// of their own, group rttGroupID(job), in award order: each pings every
// other (allreduce.MeasureRTT, best of rttPings), they gather the rows
// into one matrix through one exact all-reduce (allreduce.AgreeRTT), and
// each applies package ringorder's rule to the winners' part of it
// (allreduce.OrderedSpec). The training ring's spec then lists the
// winners in that order: every member and every standby derives the same
// spec from the same matrix, so their digests agree and they link; a
// standby called in later joins the ordered ring. The order is fixed for
// the job (the members' sums follow it, so do the states they commit to:
// a verifier recomputes a contribution from a committed state, fetches
// sums by the hashes the leaves commit to, and checks hops within the
// signed statements' own ranks, none of which needs the order again) and
// journaled (JobRecord.RingOrder).
//
// Every participant waits for the others to join the round-trip ring
// (allreduce.Group.AwaitMembers, up to StartTimeout) before it measures
// and forms it, and a ping that fails is asked again (MeasureRTT), so
// that a participant slower to get there, or a host too loaded to answer
// a ping at once, does not cost the job its order.
//
// Whatever goes wrong keeps award order everywhere: a participant that
// does not answer its pings contributes a row of zeros, and a matrix with
// a zero entry keeps award order (ringorder.Choose); one that cannot be
// reached is dropped from the round-trip ring, and AgreeRTT then fails at
// every participant (it wants every row), each of which keeps award
// order. A participant that failed alone while the others agreed (a ring
// that broke after some members took the result) ends with another spec
// digest than theirs and is left out of the training ring, like a member
// that did not come: it is never linked into a ring of another order.

// rttPings is how many pings MeasureRTT takes the least of per peer.
const rttPings = 5

// ringOrderMin is the smallest ring whose order can differ from award
// order: rings of 2 and 3 have one cycle up to direction
// (ringorder.Choose), so they measure nothing.
const ringOrderMin = 4

// rttGroupID names a job's round-trip ring: another group than the
// training ring's (allreduce.GroupID(job)), which exists after it.
func rttGroupID(job auction.Hash) allreduce.GroupID {
	h := sha256.New()
	h.Write([]byte("trainmesh/ringorder/rtt/1"))
	h.Write(job[:])
	var id allreduce.GroupID
	h.Sum(id[:0])
	return id
}

// withRingRTT has this node pass its measured round trips through fn
// before it contributes them (fn gets the row and the participants, in
// award order, self among them): the package's tests give a ring on
// loopback the latencies of two continents. Unexported: a real node
// contributes what it measured.
func withRingRTT(fn func(self peer.ID, members []peer.ID, row []time.Duration) []time.Duration) Option {
	return func(n *Node) { n.ringRTT = fn }
}

// orderRing runs the ring-order protocol for jr among winners and
// standbys (ring) and returns the winners in the order the training ring
// is to use, the rule's decision, and why award order was kept where it
// was for a failure (nil when the rule decided). It never fails: award
// order is the answer to every failure, which every other participant
// reaches too. The round-trip ring stays open until the caller calls
// release (once the training ring has formed, or the job ended): a
// participant that has its matrix would otherwise close the ring while
// another is still comparing checksums or re-forming, which resets that
// one's streams and can cost it the result.
func (n *Node) orderRing(jr *jobRun, winners, standbys []peer.ID, ap allreduce.Params) (_ []peer.ID, _ ringorder.Decision, release func(), _ error) {
	ctx := jr.ctx
	release = func() {}
	award := ringorder.Decision{Order: make([]int, len(winners))}
	for i := range award.Order {
		award.Order[i] = i
	}
	all := append(slices.Clone(winners), standbys...)
	k := len(all)
	spec := allreduce.DefaultSpec(rttGroupID(jr.id), all, nil, max(k*k, 1))
	spec.Quorum = 1 // AgreeRTT wants every row: a smaller ring is no answer
	ap.Witness, ap.KeepSegment, ap.OnFault, ap.Equivocated = nil, nil, nil, nil
	g, err := n.allreduce.NewGroup(spec, ap)
	if err != nil {
		return winners, award, release, err
	}
	release = sync.OnceFunc(g.Close)
	// A participant that failed closes at once, so that the others drop
	// it at their next probe rather than wait for it to link.
	fail := func(err error) ([]peer.ID, ringorder.Decision, func(), error) {
		release()
		return winners, award, func() {}, err
	}
	self := slices.Index(all, n.host.ID())
	if self < 0 {
		return fail(fmt.Errorf("node: this host is not of the award's ring"))
	}
	// Every participant reaches this point at its own time (its award
	// and recipe fetched, on a machine maybe loaded): the first to form
	// would drop one that has not joined the group yet, and AgreeRTT
	// wants every row. So each waits until all have joined (as long as
	// the training ring waits for its members, StartTimeout) and only
	// then measures and forms; one that never joins costs the wait and
	// award order, at every participant.
	actx, cancel := n.clk.WithTimeout(ctx, ap.StartTimeout)
	err = g.AwaitMembers(actx)
	cancel()
	if err != nil {
		return fail(fmt.Errorf("wait for the others to join the round-trip ring: %w", err))
	}
	row, merr := allreduce.MeasureRTT(ctx, n.host.Host, all, rttPings)
	if merr != nil {
		// Zeros: every participant keeps award order (ringorder.Choose).
		row = make([]time.Duration, k)
	} else if n.ringRTT != nil {
		row = n.ringRTT(n.host.ID(), all, row)
	}
	if _, err := g.Form(ctx); err != nil {
		return fail(fmt.Errorf("form the round-trip ring: %w", err))
	}
	mat, err := allreduce.AgreeRTT(ctx, g, self, row)
	if err != nil {
		return fail(fmt.Errorf("agree the round trips: %w", err))
	}
	// The winners' part: the training ring orders the winners only.
	sub := make([][]int64, len(winners))
	for i := range sub {
		sub[i] = mat[i][:len(winners)]
	}
	ordered, d := allreduce.OrderedSpec(allreduce.Spec{Members: winners}, sub, ringorder.DefaultMargin)
	if merr != nil {
		return ordered.Members, d, release, fmt.Errorf("ping the others: %w", merr)
	}
	return ordered.Members, d, release, nil
}

// describeOrder is an event's text for a ring-order decision.
func describeOrder(d ringorder.Decision, err error) string {
	switch {
	case d.Tour:
		return fmt.Sprintf("ring ordered from measured round trips: award indices %v, estimated one-way ring latency %.1f ms (award order %.1f ms)",
			d.Order, float64(d.TourMicros)/1000, float64(d.AwardMicros)/1000)
	case err != nil:
		return fmt.Sprintf("ring keeps award order: %v", err)
	default:
		return fmt.Sprintf("ring keeps award order after measuring round trips (%s; estimated one-way ring latency %.1f ms, tour %.1f ms)",
			d.Reason, float64(d.AwardMicros)/1000, float64(d.TourMicros)/1000)
	}
}

// noteRingOrder has a poster whose recipe measured a ring order learn it
// (learnRingOrder), keep it in out and in its journal (JobRecord.RingOrder,
// where it is not award order, as members journal it), and say it in a
// formed event; one it cannot read is said, and the job goes on.
func (n *Node) noteRingOrder(ctx context.Context, jr *jobRun, out *JobOutcome, roots []ringRoot) {
	order, hops, err := n.learnRingOrder(ctx, jr, out.Award, roots)
	if err != nil {
		n.log.Warn("job: the training ring's order not learned", "job", jr.id.Short(), "err", err)
		n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Err: err, Text: "the training ring's order could not be read from the members' hop statements"})
		return
	}
	out.RingOrder = order
	_ = n.inJobLoop(ctx, func() {
		n.save(jr, func(rec *JobRecord) {
			if !slices.IsSorted(order) {
				rec.RingOrder = order
			}
			rec.RingHops = hops
		})
	})
	n.emitJob(JobEvent{Job: jr.id, Kind: JobFormed, Text: fmt.Sprintf("the training ring ran in order %v (award indices, read from the members' signed hop statements)", order)})
}

// ringRoot is a winner's commitment to the leaves of one receipt period:
// where a poster reads the ring order back (learnRingOrder).
type ringRoot struct {
	member auction.Address
	root   commit.Hash
}

// ringRootsMax bounds the commitments a poster tries when it reads the
// ring order back.
const ringRootsMax = 4

// ringRoots returns, from the receipts in book, the first receipt
// period's commitments of the award's winners (at most ringRootsMax):
// the ring of the first all-reduces holds every winner that came, before
// any left. Called on the job loop.
func ringRoots(book *job.Book, aw *auction.Award) []ringRoot {
	var out []ringRoot
	for _, s := range book.Ends() {
		for _, w := range aw.Winners {
			if r, ok := book.Get(w, s); ok && r.ContribRoot != (auction.Hash{}) && len(out) < ringRootsMax {
				out = append(out, ringRoot{member: w, root: commit.Hash(r.ContribRoot)})
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// learnRingOrder is how a poster learns the order its job's training
// ring ran in (and the signed statements it read it from, which the
// job's model file carries) (it takes no part in the measurement: PROTOCOL.md, "Ring
// order"): from a winner's period commitment (by the root its receipt
// signs) it takes a leaf's transcript, fetches the hop statements of that
// all-reduce (kept by every member for verifiers, hops.go) and reads the
// signer of each rank. The statements are signed, so no member can tell
// the poster another order than the one the ring ran; the order is the
// award's winner indices in ring order, and an error where the ring of
// that all-reduce did not hold every winner once (one had not come, or
// a standby had been called in).
func (n *Node) learnRingOrder(ctx context.Context, jr *jobRun, aw *auction.Award, roots []ringRoot) ([]int, []byte, error) {
	a := &audited{job: jr.id, award: aw}
	var last error = errors.New("no winner committed to a period")
	for _, rr := range roots {
		holders := n.auditHolders(a, rr.member)
		leaves, err := n.fetchPeriod(ctx, jr.id, rr.root, holders)
		if err != nil {
			last = err
			continue
		}
		for _, lf := range leaves {
			if lf.Transcript == (commit.Hash{}) {
				continue
			}
			var (
				order []int
				hops  []byte
			)
			err := n.fetch(ctx, jr.id, hopsKey(lf.Transcript), holders, func(b []byte) (herr error) {
				order, herr = hopsOrder(b, jr.id, aw)
				hops = slices.Clone(b)
				return herr
			})
			if err == nil {
				return order, hops, nil
			}
			last = err
			break // the period's other leaves are of the same ring
		}
	}
	return nil, nil, fmt.Errorf("node: the ring order of job %s: %w", jr.id.Short(), last)
}

// hopsOrder reads the ring order from the hop statements b of one of job's
// training all-reduces: the winner index of each rank's signer, which
// must be every one of aw's winners once, in statements of the job's
// training ring at that operation.
func hopsOrder(b []byte, job auction.Hash, aw *auction.Award) ([]int, error) {
	h, err := decodeHops(b)
	if err != nil {
		return nil, err
	}
	if len(h.Statements) != len(aw.Winners) {
		return nil, fmt.Errorf("%w: %d ranks in a ring of %d winners", errHops, len(h.Statements), len(aw.Winners))
	}
	ctx := allreduce.OpContext(allreduce.GroupID(job), h.Op)
	order := make([]int, len(h.Statements))
	for r, s := range h.Statements {
		if s.Context != ctx {
			return nil, fmt.Errorf("%w: rank %d's statement is of another ring or operation", errHops, r)
		}
		signer, err := statementSigner(s)
		if err != nil {
			return nil, fmt.Errorf("%w: rank %d: %w", errHops, r, err)
		}
		i := slices.Index(aw.Winners, auction.Address(signer))
		if i < 0 || slices.Contains(order[:r], i) {
			return nil, fmt.Errorf("%w: rank %d signed by %s, not a winner not yet in the ring", errHops, r, auction.Address(signer).Short())
		}
		order[r] = i
	}
	return order, nil
}

// keepRingHops returns a member's recordingReducer hook that journals the
// signed statements of its first training all-reduce whose ring held
// every winner of aw once (JobRecord.RingHops), so that a model file
// exported from the member's checkpoint carries the ring's order
// checkably, as the poster's collected one does. Later operations are not
// looked at: the order is fixed for the job.
func (n *Node) keepRingHops(jr *jobRun, aw *auction.Award) func(allreduce.OpRecord) {
	var kept atomic.Bool
	return func(rec allreduce.OpRecord) {
		if kept.Load() || len(rec.Transcripts) != len(aw.Winners) {
			return
		}
		b := hopsOf(rec)
		if _, err := hopsOrder(b, jr.id, aw); err != nil {
			return
		}
		kept.Store(true)
		n.postJob(func() { n.save(jr, func(r *JobRecord) { r.RingHops = b }) })
	}
}
