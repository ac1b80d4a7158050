package node

import (
	"bytes"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/train/commit"
)

// signedRing is a ring of n members' signed statements of one
// all-reduce of job's group, operation op.
func signedRing(t testing.TB, job auction.Hash, op uint64, keys []*identity.Key) hops {
	t.Helper()
	n := len(keys)
	ctx := allreduce.OpContext(allreduce.GroupID(job), op)
	h := hops{Op: op}
	for r, k := range keys {
		tr := transcript.Transcript{Ranks: uint32(n), Rank: uint32(r), Len: 8, Hops: make([]transcript.Hop, 2*(n-1))}
		for i := range tr.Hops {
			tr.Hops[i].Sent[0], tr.Hops[i].Recv[0] = byte(r), byte(i)
		}
		sig, err := nodeWitness{k}.Sign(transcript.StatementBytes(ctx, tr))
		if err != nil {
			t.Fatal(err)
		}
		h.Statements = append(h.Statements, transcript.Statement{Context: ctx, Transcript: tr, Sig: sig})
	}
	return h
}

func TestCheckHops(t *testing.T) {
	keys := make([]*identity.Key, 3)
	var winners []auction.Address
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			t.Fatal(err)
		}
		keys[i], winners = k, append(winners, auction.Address(k.Address()))
	}
	job := auction.Hash{1}
	h := signedRing(t, job, 7, keys)
	own := commit.Hash(h.Statements[1].Transcript.Hash())
	other := signedRing(t, auction.Hash{2}, 7, keys)
	swapped := signedRing(t, job, 7, []*identity.Key{keys[0], keys[2], keys[1]})
	for name, c := range map[string]struct {
		blob    []byte
		accused auction.Address
		winners []auction.Address
		ok      bool
	}{
		"honest ring":                        {encodeHops(h), winners[1], winners, true},
		"the statement of another member":    {encodeHops(h), winners[2], winners, false},
		"the predecessor is not a winner":    {encodeHops(h), winners[1], winners[1:], false},
		"another job's group":                {encodeHops(other), winners[1], winners, false},
		"another operation":                  {encodeHops(hops{Op: 8, Statements: h.Statements}), winners[1], winners, false},
		"signed by the wrong member at rank": {encodeHops(swapped), winners[1], winners, false},
		"cut":                                {encodeHops(h)[:40], winners[1], winners, false},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := checkHops(c.blob, job, c.winners, c.accused, own)
			if (err == nil) != c.ok {
				t.Fatalf("err %v; want ok %v", err, c.ok)
			}
			if c.ok && (p.own.Transcript.Rank != 1 || p.pred.Transcript.Rank != 0) {
				t.Errorf("pair of ranks %d and %d; want 1 and 0", p.own.Transcript.Rank, p.pred.Transcript.Rank)
			}
		})
	}
}

func FuzzDecodeHops(f *testing.F) {
	keys := make([]*identity.Key, 2)
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			f.Fatal(err)
		}
		keys[i] = k
	}
	f.Add(encodeHops(signedRing(f, auction.Hash{1}, 3, keys)))
	f.Add([]byte{})
	f.Add(make([]byte, 12))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := decodeHops(b)
		if err != nil {
			if !errors.Is(err, errHops) {
				t.Fatalf("error %v is not errHops", err)
			}
			return
		}
		if !bytes.Equal(encodeHops(h), b) {
			t.Fatalf("decode then encode changed the bytes")
		}
	})
}
