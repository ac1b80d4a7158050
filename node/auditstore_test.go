package node

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
	"github.com/trainmesh/trainmesh/train/dataset"
)

// TestAuditStore: blobs are served by content and state name, the oldest
// go first past the bound, and a job's go with it.
func TestAuditStore(t *testing.T) {
	jobA, jobB := auction.Hash{0xa}, auction.Hash{0xb}
	s := newAuditStore(3 * 4 * 100) // three sums of 100 floats
	sum := func(v float32) []float32 {
		out := make([]float32, 100)
		out[0] = v
		return out
	}
	h1 := s.putSum(jobA, sum(1))
	h2 := s.putSum(jobB, sum(2))
	h3 := s.putSum(jobA, sum(3))
	for _, h := range []commit.Hash{h1, h2, h3} {
		if b, ok := s.Get(h); !ok {
			t.Fatalf("sum %s not held", h.Short())
		} else if _, err := decodeSum(b, h); err != nil {
			t.Fatal(err)
		}
	}
	h4 := s.putSum(jobA, sum(4)) // over the bound: the first goes
	if _, ok := s.Get(h1); ok {
		t.Error("the oldest sum is still held past the bound")
	}
	if _, ok := s.Get(h4); !ok {
		t.Error("the newest sum is not held")
	}
	s.max = 1 << 20 // room for the state
	st := &checkpoint.State{JobID: jobA, Step: 20, Meta: []byte{0, 0, 0, 0, 0, 0, 0, 20},
		Tensors: []checkpoint.Tensor{{Name: "params", Data: []float32{1, 2}}}}
	key, _ := checkpoint.Hash(st)
	if err := s.putState(jobA, key, st); err != nil {
		t.Fatal(err)
	}
	data, _ := checkpoint.Encode(st)
	if b, ok := s.Get(key); !ok || !bytes.Equal(b, data) {
		t.Errorf("state by its hash: held %v", ok)
	}
	s.dropJob(jobA)
	if n, _ := s.Len(); n != 1 {
		t.Errorf("after dropping job A: %d blobs; want job B's one", n)
	}
	if _, ok := s.Get(h2); !ok {
		t.Error("job B's sum went with job A")
	}
	if _, ok := s.Get(key); ok {
		t.Error("job A's state outlived it")
	}
}

// TestDecodeLeaves: a period commitment decodes to the leaves its root
// commits to; other bytes or another root are refused.
func TestDecodeLeaves(t *testing.T) {
	leaves := []commit.Leaf{{Step: 11, Members: 2, Contribution: commit.Hash{1}, Reduced: commit.Hash{2}, State: commit.Hash{5}},
		{Step: 12, Members: 2, Contribution: commit.Hash{3}, Reduced: commit.Hash{4}, Transcript: commit.Hash{6}}}
	root := commit.Root(leaves)
	b := encodeLeaves(leaves)
	got, err := decodeLeaves(b, root)
	if err != nil || len(got) != 2 || got[1] != leaves[1] {
		t.Fatalf("decodeLeaves = %+v, %v", got, err)
	}
	for name, tc := range map[string]struct {
		b    []byte
		root commit.Hash
	}{"other root": {b, commit.Hash{9}}, "truncated": {b[:len(b)-1], root}, "empty": {nil, commit.Root(nil)}} {
		if _, err := decodeLeaves(tc.b, tc.root); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzDecodeLeaves(f *testing.F) {
	leaves := []commit.Leaf{{Step: 1, Members: 3, Contribution: commit.Hash{1}, Reduced: commit.Hash{2}}}
	root := commit.Root(leaves)
	f.Add(encodeLeaves(leaves), root[:])
	f.Add([]byte{1, 2, 3}, make([]byte, 32))
	f.Fuzz(func(t *testing.T, b, root []byte) {
		if len(root) != 32 {
			return
		}
		got, err := decodeLeaves(b, commit.Hash(root))
		if err == nil && !bytes.Equal(encodeLeaves(got), b) {
			t.Fatalf("decoded leaves re-encode differently")
		}
	})
}

func FuzzDecodeSum(f *testing.F) {
	v := []float32{1, -2, 3.5}
	h := commit.Floats(v)
	f.Add(paramsBytes(v), h[:])
	f.Add([]byte{1}, make([]byte, 32))
	f.Fuzz(func(t *testing.T, b, h []byte) {
		if len(h) != 32 {
			return
		}
		got, err := decodeSum(b, commit.Hash(h))
		if err == nil && !bytes.Equal(paramsBytes(got), b) {
			t.Fatalf("decoded sum re-encodes differently")
		}
	})
}

// TestAuditStoreCompressedSums: in a compressed DiLoCo job a member's
// leaf commits to the concatenation of its outer step's two sums (the
// statistics', then the values'); the store keeps it under the leaf's
// Reduced when the leaf comes right after them, and keeps nothing for a
// leaf whose Reduced is another pair's (or one all-reduce's alone), so a
// verifier never fetches a sum the leaf does not commit to.
func TestAuditStoreCompressedSums(t *testing.T) {
	job := auction.Hash{0xc}
	stats, vals, other := []float32{3, 1, 4, 1}, []float32{-2, 0, 7}, []float32{9, 9}
	pair := append(append([]float32(nil), stats...), vals...)
	for _, tt := range []struct {
		name    string
		reduced [][]float32 // the all-reduces before the leaf, in order
		commits []float32   // the sum the leaf's Reduced names
		held    bool
	}{
		{"the outer step's pair", [][]float32{stats, vals}, pair, true},
		{"after a hash comparison", [][]float32{other, stats, vals}, pair, true},
		{"the pair swapped", [][]float32{vals, stats}, pair, false},
		{"one all-reduce", [][]float32{vals}, pair, false},
		{"another sum", [][]float32{stats, vals}, append(append([]float32(nil), pair...), 0), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newAuditStore(1 << 20)
			s.track(job, 5, nil)
			for _, r := range tt.reduced {
				s.noteReduced(job, reduced{sum: append([]float32(nil), r...)})
			}
			h := commit.Floats(tt.commits)
			s.putLeaf(job, commit.Leaf{Step: 5, Reduced: h})
			b, ok := s.Get(h)
			if ok != tt.held {
				t.Fatalf("sum held %v; want %v", ok, tt.held)
			}
			if ok {
				if got, err := decodeSum(b, h); err != nil || len(got) != len(pair) {
					t.Errorf("the kept sum: %v, %v", got, err)
				}
			}
			// The pair is consumed by its leaf: the next leaf needs its own.
			s.putLeaf(job, commit.Leaf{Step: 10, Reduced: h})
			if n, _ := s.Len(); n > 1 {
				t.Errorf("%d blobs after a second leaf; want at most the first's sum", n)
			}
		})
	}
}

// TestAuditStorePieces: a state over one piece (dataset.PieceBytes) is
// held as a piece list under its hash and its pieces under their sha256
// (what the blob server sends, none over a piece), reassembles whole for
// the store's own use, is evicted list first, and a state rebuilt from a
// start kept in pieces is served in pieces too.
func TestAuditStorePieces(t *testing.T) {
	job := auction.Hash{0xc}
	s := newAuditStore(64 << 20)
	n := dataset.PieceBytes/4 + 1000 // over one piece, under two
	st := &checkpoint.State{JobID: job, Step: 0, Meta: []byte{0, 0, 0, 0, 0, 0, 0, 0},
		Tensors: []checkpoint.Tensor{{Name: "params", Data: make([]float32, n)}}}
	for i := range st.Tensors[0].Data {
		st.Tensors[0].Data[i] = float32(i)
	}
	key, _ := checkpoint.Hash(st)
	if err := s.putState(job, key, st); err != nil {
		t.Fatal(err)
	}
	data, _ := checkpoint.Encode(st)
	raw, ok := s.Get(key)
	if !ok {
		t.Fatal("the state is not served")
	}
	l, err := dataset.DecodePieceList(raw)
	if err != nil || l.Size != uint64(len(data)) || len(l.Pieces) != 2 {
		t.Fatalf("served %d bytes under the state's hash: %v, %+v; want a piece list of 2 pieces", len(raw), err, l)
	}
	var whole []byte
	for i, ph := range l.Pieces {
		p, ok := s.Get(ph)
		if !ok || len(p) > dataset.PieceBytes || dataset.Hash(sha256.Sum256(p)) != ph {
			t.Fatalf("piece %d: held %v, %d bytes", i, ok, len(p))
		}
		whole = append(whole, p...)
	}
	if !bytes.Equal(whole, data) {
		t.Error("the pieces do not assemble to the state's encoding")
	}
	if b, ok := s.held(key); !ok || !bytes.Equal(b, data) {
		t.Errorf("held: %v, %d bytes; want the whole encoding", ok, len(b))
	}
	// A state rebuilt from a start kept in pieces (a synchronous job's
	// period start) is served in pieces too.
	s.track(job, 10, func(start *checkpoint.State, _ []commit.Leaf, _ func(commit.Hash) ([]float32, bool), step uint64) (*checkpoint.State, error) {
		out := *start
		out.Step = step - 1
		return &out, nil
	})
	if err := s.putState(job, key, st); err != nil {
		t.Fatal(err)
	}
	later := *st
	later.Step = 3
	lkey, _ := checkpoint.Hash(&later)
	if err := s.putState(job, lkey, &later); err != nil {
		t.Fatal(err)
	}
	if b, ok := s.Get(lkey); !ok {
		t.Error("the later state is not rebuilt")
	} else if _, err := dataset.DecodePieceList(b); err != nil {
		t.Errorf("the rebuilt state is served as %d bytes, not a piece list: %v", len(b), err)
	}
	// Eviction goes list first: past the bound, the state is gone before
	// any piece of it.
	s.max = 1
	s.putSum(job, []float32{1})
	if _, ok := s.raw(key); ok {
		t.Error("the piece list outlived the bound")
	}
}
