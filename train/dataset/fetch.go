package dataset

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// Fetcher asks a holder (a peer, named by an opaque string: a peer ID on
// the mesh) for the blob with a 32-byte key: a chunk by its sha256, a
// manifest by its root. What comes back is untrusted; this package checks
// it. mesh/blob implements Fetcher over libp2p streams; MemFetcher is the
// in-memory twin.
type Fetcher interface {
	// Fetch returns at most limit bytes, or an error (the holder does not
	// have it, is unreachable, sent more than limit).
	Fetch(ctx context.Context, holder string, key [32]byte, limit int) ([]byte, error)
}

// Store is what a holder serves: blobs by key.
type Store interface {
	Get(key [32]byte) ([]byte, bool)
}

// MemStore is a Store in memory, safe for concurrent use.
type MemStore struct {
	mu    sync.RWMutex
	blobs map[[32]byte][]byte // mu guards
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{blobs: map[[32]byte][]byte{}} }

// Get returns the blob with key.
func (s *MemStore) Get(key [32]byte) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.blobs[key]
	return b, ok
}

// Put stores a blob under key.
func (s *MemStore) Put(key [32]byte, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blobs[key] = data
}

// AddDataset stores d's manifest (under its root) and the chunks whose
// indices are given (all of them when idx is nil): what a poster, or a
// member that has fetched its shard, serves to others.
func (s *MemStore) AddDataset(d *Dataset, idx []int) error {
	enc, err := d.Manifest.Encode()
	if err != nil {
		return err
	}
	s.Put(d.Root(), enc)
	if idx == nil {
		for i := range d.Chunks {
			idx = append(idx, i)
		}
	}
	for _, i := range idx {
		s.Put(d.Manifest.Chunks[i].Hash, d.Chunks[i])
	}
	return nil
}

// ErrNotFound is what a Store-backed holder answers for a key it lacks.
var ErrNotFound = errors.New("dataset: not held here")

// MemFetcher is the in-memory twin of the network: holder name → store.
type MemFetcher map[string]Store

// Fetch implements Fetcher.
func (f MemFetcher) Fetch(ctx context.Context, holder string, key [32]byte, limit int) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s, ok := f[holder]
	if !ok {
		return nil, fmt.Errorf("holder %s: unreachable", holder)
	}
	b, ok := s.Get(key)
	if !ok {
		return nil, ErrNotFound
	}
	if len(b) > limit {
		return nil, fmt.Errorf("holder %s sent %d bytes, limit %d", holder, len(b), limit)
	}
	return append([]byte(nil), b...), nil
}

// Refusal records a holder whose answer was refused.
type Refusal struct {
	Holder string
	Chunk  int // -1 for the manifest
	Err    error
}

// Report says where a shard came from.
type Report struct {
	// From[i] is the holder that sent the i-th chunk fetched.
	From []string
	// Chunks[i] is the sha256 of the i-th chunk FetchChunks fetched (it
	// verified against the manifest): what a member signs for in a data
	// receipt to From[i] (Delivered). FetchManifest leaves it empty.
	Chunks []Hash
	// Refused lists answers that failed verification or could not be had,
	// in order; a wrong hash is evidence against its holder.
	Refused []Refusal
	Bytes   int
}

// Delivered returns, for each holder that sent chunks that verified, their
// hashes in ascending order without repeats: what the fetching member
// signs for in a data receipt to that holder (PROTOCOL.md, "Paid data").
// A chunk a holder sent that failed its hash is not among them.
func (r *Report) Delivered() map[string][]Hash {
	out := map[string][]Hash{}
	for i, c := range r.Chunks {
		out[r.From[i]] = append(out[r.From[i]], c)
	}
	for h, cs := range out {
		slices.SortFunc(cs, func(a, b Hash) int { return bytes.Compare(a[:], b[:]) })
		out[h] = slices.Compact(cs)
	}
	return out
}

// FetchManifest gets the manifest with root from the first holder that
// sends one that verifies.
func FetchManifest(ctx context.Context, f Fetcher, holders []string, root Hash) (*Manifest, *Report, error) {
	rep := &Report{}
	for _, h := range holders {
		data, err := f.Fetch(ctx, h, root, ManifestBytesMax)
		if err == nil {
			var m *Manifest
			if m, err = VerifyManifest(data, root); err == nil {
				rep.From = append(rep.From, h)
				rep.Bytes += len(data)
				return m, rep, nil
			}
		}
		if ctx.Err() != nil {
			return nil, rep, ctx.Err()
		}
		rep.Refused = append(rep.Refused, Refusal{Holder: h, Chunk: -1, Err: err})
	}
	return nil, rep, fmt.Errorf("%w: manifest %s (asked %d holders)", ErrUnavailable, root.Short(), len(holders))
}

// FetchChunks gets chunks idx of m. For each chunk it asks the holders in
// turn, starting at a different one for each chunk (start + k) so that a
// group spreads its load over every holder, and keeps the first answer
// whose sha256 matches the manifest. Chunks come back in idx order.
func FetchChunks(ctx context.Context, f Fetcher, holders []string, m *Manifest, idx []int, start int) ([][]byte, *Report, error) {
	rep := &Report{}
	if len(holders) == 0 {
		return nil, rep, fmt.Errorf("%w: no holders", ErrUnavailable)
	}
	out := make([][]byte, len(idx))
	for k, i := range idx {
		if i < 0 || i >= len(m.Chunks) {
			return nil, rep, fmt.Errorf("%w: chunk %d of %d", ErrParams, i, len(m.Chunks))
		}
		for a := 0; a < len(holders) && out[k] == nil; a++ {
			h := holders[(start+k+a)%len(holders)]
			data, err := f.Fetch(ctx, h, m.Chunks[i].Hash, int(m.Chunks[i].Size))
			if err == nil {
				err = m.VerifyChunk(i, data)
			}
			if err != nil {
				if ctx.Err() != nil {
					return nil, rep, ctx.Err()
				}
				rep.Refused = append(rep.Refused, Refusal{Holder: h, Chunk: i, Err: err})
				continue
			}
			out[k] = data
			rep.From = append(rep.From, h)
			rep.Chunks = append(rep.Chunks, m.Chunks[i].Hash)
			rep.Bytes += len(data)
		}
		if out[k] == nil {
			return nil, rep, fmt.Errorf("%w: chunk %d (%s), asked %d holders", ErrUnavailable, i, m.Chunks[i].Hash.Short(), len(holders))
		}
	}
	return out, rep, nil
}
