package node

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
)

// What a member keeps for its verifiers (issue 16, "Verified work";
// PROTOCOL.md, "Verification blobs"): a verifier recomputes one member's
// step from the group's state at the start of the step's receipt period
// and the group's sums of the period's steps before it, and checks the
// result against the leaf the member committed to under its receipt's
// contribRoot. Every member of a synchronous group holds the same states
// and sums, so a verifier fetches them from any member, over mesh/blob,
// by these keys:
//
//   - a group sum by its hash, the Reduced hash of a leaf (commit.Floats):
//     the float32 words, little-endian;
//   - a member's period commitment by its root, the receipt's contribRoot:
//     its leaves' encodings (commit.Leaf.Encode) in step order;
//   - the group's state after step s (a period's start), as a checkpoint
//     (checkpoint.Encode), by the sha256 of those bytes and by its name,
//     StateName(job, s), for a verifier that knows only the step. A state
//     fetched by name is checked against the parameter hash the group
//     receipted at s.
//
// The member keeps them until the job's run ends (its pay is withdrawn:
// the challenge window is over), within auditBytesMax over all its jobs.

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

	mu sync.Mutex // mu guards the following
	// blobs by content key; names map a name key (StateName) to one.
	blobs map[[32]byte]auditBlob
	names map[[32]byte][32]byte
	order [][32]byte // content keys in the order put: eviction is oldest first
	bytes int
}

type auditBlob struct {
	job  auction.Hash
	data []byte
	name [32]byte // its name key, zero if none
}

func newAuditStore(bytesMax int) *auditStore {
	return &auditStore{max: bytesMax, blobs: map[[32]byte]auditBlob{}, names: map[[32]byte][32]byte{}}
}

// Get returns the blob with key (content or name), for the blob server.
func (s *auditStore) Get(key [32]byte) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, ok := s.names[key]; ok {
		key = k
	}
	b, ok := s.blobs[key]
	return b.data, ok
}

// put keeps data under key for job, and under name too when it is not
// zero; it evicts the oldest blobs past the bound.
func (s *auditStore) put(job auction.Hash, key, name [32]byte, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.blobs[key]; ok {
		return
	}
	s.blobs[key] = auditBlob{job: job, data: data, name: name}
	if name != ([32]byte{}) {
		s.names[name] = key
	}
	s.order = append(s.order, key)
	s.bytes += len(data)
	for s.bytes > s.max && len(s.order) > 1 {
		s.removeLocked(s.order[0])
		s.order = s.order[1:]
	}
}

func (s *auditStore) removeLocked(key [32]byte) {
	b, ok := s.blobs[key]
	if !ok {
		return
	}
	delete(s.blobs, key)
	if b.name != ([32]byte{}) && s.names[b.name] == key {
		delete(s.names, b.name)
	}
	s.bytes -= len(b.data)
}

// dropJob forgets every blob of job (its run ended). A nil store holds
// nothing.
func (s *auditStore) dropJob(job auction.Hash) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	kept := s.order[:0]
	for _, k := range s.order {
		if b, ok := s.blobs[k]; ok && b.job == job {
			s.removeLocked(k)
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

// putSum keeps a group sum under its hash.
func (s *auditStore) putSum(job auction.Hash, sum []float32) commit.Hash {
	h := commit.Floats(sum)
	s.put(job, h, [32]byte{}, paramsBytes(sum))
	return h
}

// putPeriod keeps a member's period commitment under its root.
func (s *auditStore) putPeriod(job auction.Hash, p commit.Period) {
	s.put(job, p.Root, [32]byte{}, encodeLeaves(p.Leaves))
}

// putState keeps the group's state after st.Step, by content and by name.
func (s *auditStore) putState(job auction.Hash, st *checkpoint.State) error {
	data, sum, err := checkpoint.Encode(st)
	if err != nil {
		return err
	}
	s.put(job, sum, StateName(job, st.Step), data)
	return nil
}

// StateName is the name key of the group's state after step of job
// (PROTOCOL.md, "Verification blobs"): sha256 of "trainmesh/state/1", the
// job ID and the step (8 bytes, big-endian).
func StateName(job auction.Hash, step uint64) [32]byte {
	h := sha256.New()
	h.Write([]byte("trainmesh/state/1"))
	h.Write(job[:])
	h.Write(binary.BigEndian.AppendUint64(nil, step))
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// leafBytes is the size of one leaf's encoding.
var leafBytes = len(commit.Leaf{}.Encode())

// periodLeavesMax bounds the leaves of a period decoded from a peer: one
// per step of a receipt period.
const periodLeavesMax = 1 << 16

// encodeLeaves concatenates the leaves' encodings.
func encodeLeaves(leaves []commit.Leaf) []byte {
	b := make([]byte, 0, len(leaves)*leafBytes)
	for _, l := range leaves {
		b = append(b, l.Encode()...)
	}
	return b
}

// decodeLeaves parses a period commitment fetched from a peer and checks
// it against root, the contribRoot of the member's receipt.
func decodeLeaves(b []byte, root commit.Hash) ([]commit.Leaf, error) {
	if len(b) == 0 || len(b)%leafBytes != 0 || len(b)/leafBytes > periodLeavesMax {
		return nil, fmt.Errorf("node: a period commitment of %d bytes", len(b))
	}
	leaves := make([]commit.Leaf, len(b)/leafBytes)
	for i := range leaves {
		e := b[i*leafBytes:]
		l := &leaves[i]
		l.Step = binary.BigEndian.Uint64(e)
		l.Members = binary.BigEndian.Uint32(e[8:])
		copy(l.Contribution[:], e[12:44])
		copy(l.Reduced[:], e[44:76])
	}
	if commit.Root(leaves) != root {
		return nil, fmt.Errorf("node: the period commitment does not hash to root %s", root.Short())
	}
	return leaves, nil
}

// decodeSum parses a group sum fetched from a peer and checks its hash.
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
// from its group in the audit store, under its hash (the leaf's Reduced).
type recordingReducer struct {
	inner interface {
		train.AllReducer
		train.Leaver
	}
	store *auditStore
	job   auction.Hash
	n     int // the length of a gradient buffer (train.ReduceLen's, unpadded)
}

func (r *recordingReducer) AllReduce(ctx context.Context, buf []float32) (int, error) {
	k, err := r.inner.AllReduce(ctx, buf)
	if err == nil && len(buf) == r.n {
		r.store.putSum(r.job, append([]float32(nil), buf...))
	}
	return k, err
}

func (r *recordingReducer) Leave() { r.inner.Leave() }
