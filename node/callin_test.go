package node

import (
	"bytes"
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
)

// TestJoinAt: ring operations map to join points as train.Member runs
// them: each all-reduce (a step's, or an outer step's after its local
// steps, the last one short), and at a receipt period's end (or the last
// step) the parameter-hash comparison after it.
func TestJoinAt(t *testing.T) {
	for _, c := range []struct {
		op, steps, local, every uint64
		from                    uint64
		hash, ok                bool
	}{
		// Synchronous, receipts every 10 of 50 steps: 11 operations a
		// period.
		{0, 50, 1, 10, 0, false, true}, {9, 50, 1, 10, 9, false, true}, {10, 50, 1, 10, 10, true, true},
		{11, 50, 1, 10, 10, false, true}, {21, 50, 1, 10, 20, true, true}, {22, 50, 1, 10, 20, false, true},
		{54, 50, 1, 10, 50, true, true}, {55, 50, 1, 10, 0, false, false},
		{0, 5, 1, 1, 0, false, true}, {1, 5, 1, 1, 1, true, true}, {2, 5, 1, 1, 1, false, true},
		// No receipts: one all-reduce a step.
		{5, 9, 1, 0, 5, false, true}, {9, 9, 1, 0, 0, false, false},
		// DiLoCo, 5 local steps, receipts every 10 of 50 steps: an
		// outer all-reduce after steps 5, 10, ..., 50; a hash
		// comparison after 10, 20, ...
		{0, 50, 5, 10, 0, false, true}, {1, 50, 5, 10, 5, false, true}, {2, 50, 5, 10, 10, true, true},
		{3, 50, 5, 10, 10, false, true}, {4, 50, 5, 10, 15, false, true}, {5, 50, 5, 10, 20, true, true},
		{14, 50, 5, 10, 50, true, true}, {15, 50, 5, 10, 0, false, false},
		// A last round shorter than the others: steps 21, 22.
		{6, 22, 5, 10, 20, false, true}, {7, 22, 5, 10, 22, true, true}, {8, 22, 5, 10, 0, false, false},
	} {
		jp, ok := joinAt(c.op, c.steps, c.local, c.every)
		if ok != c.ok || ok && (jp.from != c.from || jp.hash != c.hash || jp.op != c.op) {
			t.Errorf("joinAt(%d, %d, %d, %d) = %+v, %v; want from %d, hash %v, %v", c.op, c.steps, c.local, c.every, jp, ok, c.from, c.hash, c.ok)
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
