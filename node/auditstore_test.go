package node

import (
	"bytes"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/checkpoint"
	"github.com/trainmesh/trainmesh/train/commit"
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
