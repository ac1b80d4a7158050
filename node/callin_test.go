package node

import (
	"bytes"
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
)

// TestOpStep: ring operations map to steps as train.Member runs them: a
// receipt period's steps, then its hash check.
func TestOpStep(t *testing.T) {
	for _, c := range []struct {
		op, every, step uint64
		ok              bool
	}{
		{0, 10, 0, true}, {9, 10, 9, true}, {10, 10, 0, false}, {11, 10, 10, true},
		{19, 10, 18, true}, {20, 10, 19, true}, {21, 10, 0, false}, {22, 10, 20, true},
		{0, 1, 0, true}, {1, 1, 0, false}, {2, 1, 1, true}, {5, 0, 5, true},
	} {
		step, ok := opStep(c.op, c.every)
		if ok != c.ok || ok && step != c.step {
			t.Errorf("opStep(%d, %d) = %d, %v; want %d, %v", c.op, c.every, step, ok, c.step, c.ok)
		}
	}
}

// TestShardFor: the k-th standby of the ring takes the k-th winner missing
// from it.
func TestShardFor(t *testing.T) {
	w := []peer.ID{"w0", "w1", "w2", "w3"}
	s := []peer.ID{"s0", "s1"}
	for _, c := range []struct {
		name string
		self peer.ID
		ring []peer.ID
		want int
	}{
		{"one dropped", "s0", []peer.ID{"w0", "w2", "w3", "s0"}, 1},
		{"first standby gone", "s1", []peer.ID{"w0", "w2", "w3", "s1"}, 1},
		{"two dropped, second standby", "s1", []peer.ID{"w1", "w3", "s0", "s1"}, 2},
		{"two dropped, first standby", "s0", []peer.ID{"w1", "w3", "s0", "s1"}, 0},
		{"nobody missing", "s0", []peer.ID{"w0", "w1", "w2", "w3", "s0"}, -1},
		{"not in the ring", "s1", []peer.ID{"w0", "w2", "w3", "s0"}, -1},
	} {
		if got := shardFor(c.self, c.ring, w, s); got != c.want {
			t.Errorf("%s: shardFor = %d; want %d", c.name, got, c.want)
		}
	}
}

// FuzzDecodeStateHashRequest: the decoder takes exactly the encoder's
// 40 bytes and round-trips them; nothing else decodes.
func FuzzDecodeStateHashRequest(f *testing.F) {
	f.Add(encodeStateHashRequest(auction.Hash{1, 2, 3}, 21))
	f.Add([]byte{})
	f.Add(make([]byte, 41))
	f.Fuzz(func(t *testing.T, b []byte) {
		job, step, err := decodeStateHashRequest(b)
		if err != nil {
			if len(b) == stateHashRequestLen {
				t.Fatalf("%d bytes refused: %v", len(b), err)
			}
			return
		}
		if !bytes.Equal(encodeStateHashRequest(job, step), b) {
			t.Fatalf("%x does not round-trip", b)
		}
	})
}

// TestStandbyShardOrder: a verifier tries every winner's shard for a
// called-in standby, the one it matched before first, then the winners
// that did not receipt the standby's first period, then the others; a
// peer that is no standby of the award gets none.
func TestStandbyShardOrder(t *testing.T) {
	w := []auction.Address{{1}, {2}, {3}, {4}}
	s := []auction.Address{{9}, {8}}
	award := &auction.Award{Winners: w, Standbys: s}
	receipted := func(present ...int) func(auction.Address, uint64) bool {
		return func(a auction.Address, step uint64) bool {
			for _, i := range present {
				if w[i] == a && step == 30 {
					return true
				}
			}
			return false
		}
	}
	for _, c := range []struct {
		name  string
		who   auction.Address
		hint  []int // nil: none
		found int   // -1: none
		want  []int
	}{
		{"no hint", s[0], nil, -1, []int{0, 1, 2, 3}},
		{"one winner gone", s[0], shardOrder(w, 30, receipted(0, 2, 3)), -1, []int{1, 0, 2, 3}},
		{"two gone", s[1], shardOrder(w, 30, receipted(0, 3)), -1, []int{1, 2, 0, 3}},
		{"matched before", s[0], shardOrder(w, 30, receipted(0, 2, 3)), 3, []int{3, 1, 0, 2}},
		{"no first receipt", s[0], shardOrder(w, 0, receipted(0, 1, 2, 3)), -1, []int{0, 1, 2, 3}},
		{"a winner", w[0], nil, -1, nil},
		{"a stranger", auction.Address{7}, nil, -1, nil},
	} {
		var ss standbyShards
		if c.hint != nil {
			ss.hint(c.who, c.hint)
		}
		if c.found >= 0 {
			ss.found(c.who, c.found)
		}
		if got := ss.order(c.who, award); !slices.Equal(got, c.want) {
			t.Errorf("%s: order = %v; want %v", c.name, got, c.want)
		}
	}
}
