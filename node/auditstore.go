package node

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"sync"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/dataset"
)

// What a member keeps for its verifiers (issue 16, "Verified work";
// PROTOCOL.md, "Verification blobs"). A verifier recomputes one member's
// step from the state before it, which the member's leaf commits to by
// hash (commit.Leaf.State), and checks the result against the leaf, which
// the member's receipt commits to by its period root (contribRoot). Every
// member of a synchronous group holds the same states and sums, so a
// verifier fetches them from any member, over mesh/blob, by these keys:
//
//   - a member's period commitment by its root, the receipt's contribRoot:
//     its leaves' encodings (commit.Leaf.Encode) in step order; only the
//     member itself (and verifiers that fetched it) holds it;
//   - a training state by its hash, a leaf's State (checkpoint.Hash): its
//     checkpoint encoding (checkpoint.Encode);
//   - a group sum by its hash, a leaf's Reduced (commit.Floats): the
//     float32 words, little-endian.
//
// A member does not keep the state before every step: it keeps the state
// at each receipt period's start and the period's sums, and rebuilds the
// state before a later step of the period when a verifier asks for it
// (verify.StateAt: the optimizer updates of the steps between, no
// gradient). In the local-steps mode each member's inner state is its own
// and cannot be rebuilt from the group's sums: it keeps every state it
// commits to (one per H steps).
//
// The member keeps them until the job's run ends (its pay is withdrawn,
// so the challenge window is over), within auditBytesMax over all its
// jobs.

// auditBytesMax bounds what a node keeps for verifiers over all its jobs.
// A period's sums cost steps × the gradient's size, so a long job of a big
// model would outgrow memory; past the bound the oldest blobs go first (a
// verifier needs the latest periods: the sample is drawn when a period's
// receipts are in). 256 MiB holds a 100-step job of a 600k-parameter
// model whole.
const auditBytesMax = 256 << 20

// auditStore holds the blobs of the jobs a node trains in, for verifiers.
// Safe for concurrent use: training goroutines put, the blob server gets.
type auditStore struct {
	max int

	mu    sync.Mutex // mu guards the following
	blobs map[[32]byte]auditBlob
	order [][32]byte // keys in the order put: eviction is oldest first
	bytes int
	jobs  map[auction.Hash]*auditJob
}

type auditBlob struct {
	job  auction.Hash
	data []byte
	// list: data is the piece list (dataset.PieceList) of a blob over
	// one piece, whose pieces are held under their sha256.
	list bool
}

// auditJob is what the store knows of one job it can rebuild states of.
type auditJob struct {
	// states maps the hash of each state the member committed to (its
	// leaves' State) to the step it was taken after.
	states map[commit.Hash]uint64
	// starts maps a period's start step to its state's hash (held as a
	// blob).
	starts map[uint64]commit.Hash
	// leaves are the member's own leaves by step.
	leaves map[uint64]commit.Leaf
	// every is the receipt period, in steps.
	every uint64
	// rebuild replays the group's sums from start over leaves to the
	// state after step (verify.StateAt with the job's model).
	rebuild func(start *checkpoint.State, leaves []commit.Leaf, sums func(commit.Hash) ([]float32, bool), step uint64) (*checkpoint.State, error)
	// recent are the member's last two all-reduces in a compressed DiLoCo
	// job, oldest first (recordingReducer): a compressed outer step's
	// leaf commits to the concatenation of its two sums (its statistics',
	// then its values'), which the leaf's event, right after the second,
	// finds here (putLeaf).
	recent [2]reduced
}

// reduced is one all-reduce's sum and the ring's records of it.
type reduced struct {
	sum []float32
	rec allreduce.OpRecord
	ok  bool // rec is set
}

func newAuditStore(bytesMax int) *auditStore {
	return &auditStore{max: bytesMax, blobs: map[[32]byte]auditBlob{}, jobs: map[auction.Hash]*auditJob{}}
}

// Get returns the blob with key, for the blob server, as held: a blob over
// one piece as its piece list, each piece under its sha256; a state the
// member committed to but did not keep is rebuilt from its period's start.
func (s *auditStore) Get(key [32]byte) ([]byte, bool) {
	if b, ok := s.raw(key); ok {
		return b, true
	}
	st, job, ok := s.rebuildState(key)
	if !ok {
		return nil, false
	}
	data, err := checkpoint.Encode(st)
	if err != nil {
		return nil, false
	}
	s.put(job, key, data)
	return s.raw(key)
}

// raw returns what is held under key: a piece list for a blob kept in
// pieces.
func (s *auditStore) raw(key [32]byte) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.blobs[key]
	return b.data, ok
}

// held returns the whole blob with key, reassembled from its pieces when
// it is kept in pieces (false if one of them is gone).
func (s *auditStore) held(key [32]byte) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heldLocked(key)
}

func (s *auditStore) heldLocked(key [32]byte) ([]byte, bool) {
	b, ok := s.blobs[key]
	if !ok || !b.list {
		return b.data, ok
	}
	l, err := dataset.DecodePieceList(b.data)
	if err != nil {
		return nil, false
	}
	out := make([]byte, 0, l.Size)
	for _, ph := range l.Pieces {
		p, ok := s.blobs[ph]
		if !ok || p.list {
			return nil, false
		}
		out = append(out, p.data...)
	}
	return out, uint64(len(out)) == l.Size
}

// rebuildState rebuilds the state with hash key, if it is one this node
// committed to and its period's start and sums are held.
func (s *auditStore) rebuildState(key [32]byte) (*checkpoint.State, auction.Hash, bool) {
	s.mu.Lock()
	var job auction.Hash
	var aj *auditJob
	var step uint64
	for id, j := range s.jobs {
		if at, ok := j.states[key]; ok {
			job, aj, step = id, j, at
			break
		}
	}
	if aj == nil || aj.rebuild == nil || aj.every == 0 {
		s.mu.Unlock()
		return nil, job, false
	}
	from := step / aj.every * aj.every
	startKey, ok := aj.starts[from]
	startData, held := s.heldLocked(startKey)
	var leaves []commit.Leaf
	for t := from + 1; t <= step; t++ {
		if l, ok := aj.leaves[t]; ok {
			leaves = append(leaves, l)
		}
	}
	rebuild := aj.rebuild
	s.mu.Unlock()
	if !ok || !held {
		return nil, job, false
	}
	start, err := checkpoint.Decode(startData)
	if err != nil {
		return nil, job, false
	}
	st, err := rebuild(start, leaves, func(h commit.Hash) ([]float32, bool) {
		b, ok := s.held(h)
		if !ok {
			return nil, false
		}
		sum, err := decodeSum(b, h)
		return sum, err == nil
	}, step+1)
	if err != nil {
		return nil, job, false
	}
	if h, err := checkpoint.Hash(st); err != nil || h != key {
		return nil, job, false
	}
	return st, job, true
}

// put keeps data under key for job; it evicts the oldest blobs past the
// bound. A blob over one piece (dataset.PieceBytes: a state of a model
// over about 350k parameters, whose encoding would outgrow the blob
// service's 8 MiB frame at about 700k) is kept as base models travel
// (train/dataset/file.go): its piece list under key and each piece under
// its sha256, the pieces sharing data's memory. The list goes in first,
// so eviction, oldest first, drops it before its pieces: a list is never
// held without them. A fetcher checks each piece against the list and
// the assembled blob against key (Node.fetch), so a holder's lie in any
// of them is caught.
func (s *auditStore) put(job auction.Hash, key [32]byte, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.blobs[key]; ok {
		return
	}
	if len(data) <= dataset.PieceBytes {
		s.keepLocked(auditBlob{job: job, data: data}, key)
	} else {
		l := &dataset.PieceList{Size: uint64(len(data))}
		var pieces [][]byte
		for off := 0; off < len(data); off += dataset.PieceBytes {
			p := data[off:min(off+dataset.PieceBytes, len(data))]
			l.Pieces = append(l.Pieces, dataset.Hash(sha256.Sum256(p)))
			pieces = append(pieces, p)
		}
		s.keepLocked(auditBlob{job: job, data: l.Encode(), list: true}, key)
		for i, p := range pieces {
			if _, ok := s.blobs[l.Pieces[i]]; !ok {
				s.keepLocked(auditBlob{job: job, data: p}, l.Pieces[i])
			}
		}
	}
	for s.bytes > s.max && len(s.order) > 1 {
		k := s.order[0]
		s.order = s.order[1:]
		s.bytes -= len(s.blobs[k].data)
		delete(s.blobs, k)
	}
}

// keepLocked adds b under key (not held yet).
func (s *auditStore) keepLocked(b auditBlob, key [32]byte) {
	s.blobs[key] = b
	s.order = append(s.order, key)
	s.bytes += len(b.data)
}

// dropJob forgets every blob of job (its run ended). A nil store holds
// nothing.
func (s *auditStore) dropJob(job auction.Hash) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.jobs, job)
	kept := s.order[:0]
	for _, k := range s.order {
		if b := s.blobs[k]; b.job == job {
			s.bytes -= len(b.data)
			delete(s.blobs, k)
			continue
		}
		kept = append(kept, k)
	}
	clear(s.order[len(kept):])
	s.order = kept
}

// Len reports how many blobs and bytes the store holds.
func (s *auditStore) Len() (blobs, bytes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.blobs), s.bytes
}

// track starts keeping job's states: receipt periods of every steps,
// states rebuilt with rebuild (nil in the local-steps mode: every state is
// kept instead).
func (s *auditStore) track(job auction.Hash, every uint64, rebuild func(*checkpoint.State, []commit.Leaf, func(commit.Hash) ([]float32, bool), uint64) (*checkpoint.State, error)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs[job] = &auditJob{states: map[commit.Hash]uint64{}, starts: map[uint64]commit.Hash{}, leaves: map[uint64]commit.Leaf{},
		every: every, rebuild: rebuild}
}

// putState records a state the member committed to (train.WithStates):
// kept whole at a period's start (or always, without a rebuild), only
// indexed otherwise.
func (s *auditStore) putState(job auction.Hash, h commit.Hash, st *checkpoint.State) error {
	s.mu.Lock()
	aj := s.jobs[job]
	keep := aj == nil || aj.rebuild == nil || aj.every == 0 || st.Step%aj.every == 0
	if aj != nil {
		aj.states[h] = st.Step
		if keep {
			aj.starts[st.Step] = h
		}
	}
	s.mu.Unlock()
	if !keep {
		return nil
	}
	data, err := checkpoint.Encode(st)
	if err != nil {
		return err
	}
	s.put(job, h, data)
	return nil
}

// putLeaf records one of the member's own leaves (a state rebuild replays
// their sums).
//
// In a compressed DiLoCo job it also keeps the step's group sum, the
// concatenation of its last two all-reduces' (noteReduced), under the
// leaf's Reduced, the hop statements of the second (the values'), whose
// transcript the leaf names, and those of the first (the statistics')
// under statsHopsKey of it: what a verifier fetches to recompute the step
// (verify.StepTask.Sum) and check its hops in both.
func (s *auditStore) putLeaf(job auction.Hash, l commit.Leaf) {
	s.mu.Lock()
	aj := s.jobs[job]
	if aj == nil {
		s.mu.Unlock()
		return
	}
	aj.leaves[l.Step] = l
	stats, vals := aj.recent[0], aj.recent[1]
	aj.recent = [2]reduced{}
	s.mu.Unlock()
	if stats.sum == nil || vals.sum == nil {
		return
	}
	sum := append(slices.Clip(stats.sum), vals.sum...)
	if commit.Floats(sum) != l.Reduced {
		return // not a compressed outer step's pair (the job does not compress)
	}
	s.put(job, l.Reduced, paramsBytes(sum))
	if vals.ok && vals.rec.Rank >= 0 && vals.rec.Rank < len(vals.rec.Transcripts) && commit.Hash(vals.rec.Transcripts[vals.rec.Rank].Hash()) == l.Transcript {
		s.putHops(job, vals.rec)
		if stats.ok && stats.rec.Rank >= 0 && stats.rec.Rank < len(stats.rec.Transcripts) && stats.rec.Op+1 == vals.rec.Op {
			s.putHopsAt(job, statsHopsKey(l.Transcript), stats.rec)
		}
	}
}

// noteReduced records an all-reduce of a compressed DiLoCo job's member
// (its sum, the ring's records when it keeps them) until its leaf comes
// (putLeaf): only the last two are held.
func (s *auditStore) noteReduced(job auction.Hash, r reduced) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if aj := s.jobs[job]; aj != nil {
		aj.recent[0], aj.recent[1] = aj.recent[1], r
	}
}

// putSum keeps a group sum under its hash.
func (s *auditStore) putSum(job auction.Hash, sum []float32) commit.Hash {
	h := commit.Floats(sum)
	s.put(job, h, paramsBytes(sum))
	return h
}

// putPeriod keeps a member's period commitment under its root.
func (s *auditStore) putPeriod(job auction.Hash, p commit.Period) {
	s.put(job, p.Root, encodeLeaves(p.Leaves))
}

// periodLeavesMax bounds the leaves of a period decoded from a peer: one
// per step of a receipt period.
const periodLeavesMax = 1 << 16

// encodeLeaves concatenates the leaves' encodings.
func encodeLeaves(leaves []commit.Leaf) []byte {
	b := make([]byte, 0, len(leaves)*commit.LeafBytes)
	for _, l := range leaves {
		b = append(b, l.Encode()...)
	}
	return b
}

// decodeLeaves parses a period commitment fetched from a peer and checks
// it against root, the contribRoot of the member's receipt.
func decodeLeaves(b []byte, root commit.Hash) ([]commit.Leaf, error) {
	if len(b) == 0 || len(b)%commit.LeafBytes != 0 || len(b)/commit.LeafBytes > periodLeavesMax {
		return nil, fmt.Errorf("node: a period commitment of %d bytes", len(b))
	}
	leaves := make([]commit.Leaf, len(b)/commit.LeafBytes)
	for i := range leaves {
		l, err := commit.DecodeLeaf(b[i*commit.LeafBytes : (i+1)*commit.LeafBytes])
		if err != nil {
			return nil, err
		}
		leaves[i] = l
	}
	if commit.Root(leaves) != root {
		return nil, fmt.Errorf("node: the period commitment does not hash to root %s", root.Short())
	}
	return leaves, nil
}

// decodeSum parses a group sum and checks its hash.
func decodeSum(b []byte, h commit.Hash) ([]float32, error) {
	sum, err := paramsFrom(b)
	if err != nil {
		return nil, err
	}
	if commit.Floats(sum) != h {
		return nil, fmt.Errorf("node: a sum that does not hash to %s", h.Short())
	}
	return sum, nil
}

// blobStores serves from each store in turn.
type blobStores []interface{ Get([32]byte) ([]byte, bool) }

func (ss blobStores) Get(key [32]byte) ([]byte, bool) {
	for _, s := range ss {
		if b, ok := s.Get(key); ok {
			return b, true
		}
	}
	return nil, false
}

// recordingReducer keeps every gradient-sized sum the member gets back
// from its group in the audit store, under its hash (the leaf's Reduced):
// the member rebuilds the states it serves from them.
type recordingReducer struct {
	inner interface {
		train.AllReducer
		train.Leaver
	}
	store *auditStore
	job   auction.Hash
	n     int // the length of a contribution (train.ContributionLen)
	// compressed: the job compresses DiLoCo's outer gradients, whose
	// steps reduce twice, in buffers of other lengths (auditStore.putLeaf
	// pairs them).
	compressed bool
	// onHops, when set, is given the signed statements of each
	// gradient all-reduce (the member's ring order, keepRingHops).
	onHops func(allreduce.OpRecord)
	// onRing, when set, is given the ring each gradient all-reduce
	// completed on, both of a compressed outer step's (the rejoins this
	// member witnesses, witnessRejoins).
	onRing func(allreduce.Ring)
	// second, set only in cheat-tagged tests (withSecondStatement), may
	// give a second record of a gradient all-reduce, whose own statement
	// the member keeps and its leaf names (named) instead of the ring's.
	second func(allreduce.OpRecord) (allreduce.OpRecord, bool)
	named  [32]byte
}

func (r *recordingReducer) AllReduce(ctx context.Context, buf []float32) (int, error) {
	r.named = [32]byte{}
	k, err := r.inner.AllReduce(ctx, buf)
	if err != nil {
		return k, err
	}
	var rec allreduce.OpRecord
	var haveRec bool
	if o, ok := r.inner.(interface {
		lastOp() (allreduce.OpRecord, bool)
	}); ok {
		rec, haveRec = o.lastOp()
	}
	if r.compressed || len(buf) == r.n {
		if o, ok := r.inner.(interface{ lastRing() (allreduce.Ring, bool) }); ok && r.onRing != nil {
			if ring, ok := o.lastRing(); ok {
				r.onRing(ring)
			}
		}
	}
	switch {
	case r.compressed:
		r.store.noteReduced(r.job, reduced{sum: append([]float32(nil), buf...), rec: rec, ok: haveRec})
	case len(buf) == r.n:
		r.store.putSum(r.job, append([]float32(nil), buf...))
		if haveRec {
			r.store.putHops(r.job, rec)
			if r.onHops != nil {
				r.onHops(rec)
			}
			if r.second != nil {
				if rec2, ok := r.second(rec); ok {
					r.store.putHops(r.job, rec2)
					r.named = rec2.Transcripts[rec2.Rank].Hash()
				}
			}
		}
	}
	return k, err
}

func (r *recordingReducer) Leave() { r.inner.Leave() }

// LastTranscript forwards the ring's transcript hash (train.Transcriber),
// zero when the ring keeps none.
func (r *recordingReducer) LastTranscript() [32]byte {
	if r.named != ([32]byte{}) {
		return r.named
	}
	if t, ok := r.inner.(train.Transcriber); ok {
		return t.LastTranscript()
	}
	return [32]byte{}
}
