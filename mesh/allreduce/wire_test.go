package allreduce

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
)

func TestHelloRoundTrip(t *testing.T) {
	h := hello{Group: GroupID{1, 2}, Epoch: 7, Digest: [32]byte{3}, Lane: 2, Rank: 15, Direct: true, Rand: [32]byte{9, 8}}
	got, err := decodeHello(h.encode())
	if err != nil || got != h {
		t.Fatalf("decodeHello(encode(%+v)) = %+v, %v", h, got, err)
	}
	for _, tc := range []struct {
		name string
		edit func([]byte) []byte
	}{
		{"short", func(b []byte) []byte { return b[:len(b)-1] }},
		{"long", func(b []byte) []byte { return append(b, 0) }},
		{"magic", func(b []byte) []byte { b[0] = 'X'; return b }},
		{"version", func(b []byte) []byte { b[4] = 9; return b }},
		{"flags", func(b []byte) []byte { b[81] |= 2; return b }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := decodeHello(tc.edit(h.encode())); !errors.Is(err, ErrProtocol) {
				t.Errorf("decodeHello: %v; want ErrProtocol", err)
			}
		})
	}
}

func TestExpectChunk(t *testing.T) {
	ok := frameHeader{Len: 40, Kind: frameChunk, Codec: codec.FP32, Step: 3, Round: 2, Op: 9}
	if err := ok.expectChunk(9, 2, 3, 10, codec.FP32); err != nil {
		t.Fatalf("valid header rejected: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*frameHeader)
		comp codec.Kind
	}{
		{"kind", func(h *frameHeader) { h.Kind = frameGather }, codec.FP32},
		{"op", func(h *frameHeader) { h.Op = 8 }, codec.FP32},
		{"round", func(h *frameHeader) { h.Round = 1 }, codec.FP32},
		{"step", func(h *frameHeader) { h.Step = 4 }, codec.FP32},
		{"length", func(h *frameHeader) { h.Len = 39 }, codec.FP32},
		{"codec not agreed", func(h *frameHeader) { h.Codec, h.Len = codec.FP16, 20 }, codec.FP32},
		{"unknown codec", func(h *frameHeader) { h.Codec = 0 }, codec.FP32},
		{"int8 in fp16 group", func(h *frameHeader) { h.Codec, h.Len = codec.Int8, 14 }, codec.FP16},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := ok
			tc.edit(&h)
			if err := h.expectChunk(9, 2, 3, 10, tc.comp); !errors.Is(err, ErrProtocol) {
				t.Errorf("expectChunk: %v; want ErrProtocol", err)
			}
		})
	}
	var b [frameHeaderLen]byte
	ok.put(b[:])
	if got := decodeFrameHeader(b[:]); got != ok {
		t.Fatalf("header round trip: %+v, want %+v", got, ok)
	}
}

// FuzzDecodeHello: the first frame of every data stream comes from the
// network.
func FuzzDecodeHello(f *testing.F) {
	f.Add((&hello{Group: GroupID{1}, Epoch: 3, Lane: 1, Rank: 2}).encode())
	f.Add((&hello{Group: GroupID{1}, Epoch: 3, Lane: 1, Rank: 2, Direct: true, Rand: [32]byte{7}}).encode())
	f.Add([]byte("TMAR"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := decodeHello(b)
		if err != nil {
			return
		}
		if again, err := decodeHello(h.encode()); err != nil || again != h {
			t.Fatalf("re-encoding %+v: %+v, %v", h, again, err)
		}
	})
}

// FuzzChunkHeader: any 20 bytes either describe exactly the chunk due, or
// are rejected; the length to read is never more than the chunk's.
func FuzzChunkHeader(f *testing.F) {
	var b [frameHeaderLen]byte
	(&frameHeader{Len: 400, Kind: frameChunk, Codec: codec.FP32, Step: 1, Round: 0, Op: 0}).put(b[:])
	f.Add(b[:], uint16(100), uint8(codec.FP32))
	f.Add(make([]byte, frameHeaderLen), uint16(0), uint8(codec.Int8))
	f.Fuzz(func(t *testing.T, raw []byte, elems uint16, comp uint8) {
		if len(raw) < frameHeaderLen || !codec.Kind(comp).Valid() {
			return
		}
		h := decodeFrameHeader(raw)
		if err := h.expectChunk(0, 0, 1, int(elems), codec.Kind(comp)); err != nil {
			if !errors.Is(err, ErrProtocol) {
				t.Fatalf("error %v not ErrProtocol", err)
			}
			return
		}
		if int(h.Len) > codec.EncodedLen(codec.FP32, int(elems))+4 {
			t.Fatalf("accepted a %d-byte payload for %d elements", h.Len, elems)
		}
	})
}

// FuzzDecodeControl: control requests and replies come from peers.
func FuzzDecodeControl(f *testing.F) {
	a := identity.FromSeed([]byte("a")).PeerID()
	spec := Spec{Members: []peer.ID{a}}
	req, _ := json.Marshal(ctlRequest{Type: ctlJoin, Group: GroupID{1}, Epoch: 2, Accuse: []accusation{{Peer: a, Kind: FaultGarbage, Detail: "x"}}})
	dec, _ := json.Marshal(decision{View: &view{Epoch: 1, Members: []peer.ID{a}, Next: &view{Epoch: 2, Members: []peer.ID{a}, Op: 1}}})
	f.Add(req)
	f.Add(dec)
	f.Add([]byte(`{"type":"probe","group":"00","epoch":1}`))
	f.Add([]byte(`{"view":{"epoch":1,"members":["x"]}}`))
	disp, _ := json.Marshal(decision{View: &view{Epoch: 1, Members: []peer.ID{a}, Disputes: []membership.Dispute[peer.ID]{{A: a, B: a}}}})
	f.Add(disp)
	f.Fuzz(func(t *testing.T, b []byte) {
		var r ctlRequest
		if err := decodeJSON(b, &r); err == nil && r.View != nil {
			_ = validateView(r.View, &spec, 0)
		}
		var d decision
		if err := decodeJSON(b, &d); err == nil && d.View != nil {
			if err := validateView(d.View, &spec, 0); err == nil && (len(d.View.Members) != 1 || len(d.View.Disputes) != 0) {
				t.Fatalf("validated a view of %d members, %d disputes, for a 1-member spec", len(d.View.Members), len(d.View.Disputes))
			}
		}
		var p probeReply
		_ = decodeJSON(b, &p)
	})
}

func TestViewValidate(t *testing.T) {
	a := identity.FromSeed([]byte("a")).PeerID()
	b := identity.FromSeed([]byte("b")).PeerID()
	x := identity.FromSeed([]byte("x")).PeerID()
	spec := Spec{Members: []peer.ID{a}, Standbys: []peer.ID{b}}
	for _, tc := range []struct {
		name string
		v    view
		ok   bool
	}{
		{"ok", view{Members: []peer.ID{a}}, true},
		{"with standby next", view{Epoch: 1, Members: []peer.ID{a}, Next: &view{Epoch: 2, Op: 1, Members: []peer.ID{a, b}}}, true},
		{"empty", view{}, false},
		{"stranger", view{Members: []peer.ID{x}}, false},
		{"repeat", view{Members: []peer.ID{a, a}}, false},
		{"next not later", view{Epoch: 1, Members: []peer.ID{a}, Next: &view{Epoch: 1, Op: 1, Members: []peer.ID{a}}}, false},
		{"nested next", view{Epoch: 1, Members: []peer.ID{a}, Next: &view{Epoch: 2, Op: 1, Members: []peer.ID{a}, Next: &view{Epoch: 3, Op: 2, Members: []peer.ID{a}}}}, false},
		{"dispute", view{Members: []peer.ID{a, b}, Disputes: []membership.Dispute[peer.ID]{{A: min(a, b), B: max(a, b)}}}, true},
		{"dispute out of order", view{Members: []peer.ID{a, b}, Disputes: []membership.Dispute[peer.ID]{{A: max(a, b), B: min(a, b)}}}, false},
		{"dispute with a non-member", view{Members: []peer.ID{a}, Disputes: []membership.Dispute[peer.ID]{{A: min(a, b), B: max(a, b)}}}, false},
		{"dispute twice", view{Members: []peer.ID{a, b}, Disputes: []membership.Dispute[peer.ID]{{A: min(a, b), B: max(a, b)}, {A: min(a, b), B: max(a, b)}}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := validateView(&tc.v, &spec, 0); (err == nil) != tc.ok {
				t.Errorf("validate = %v; want ok=%v", err, tc.ok)
			}
		})
	}
}

// TestChecksumVectors pins the result checksum of DataProtocol 1.2.0,
// which members compare: XXH3-64 with seed 0 of each final chunk's
// little-endian bytes, then of the chunks' hashes (little-endian u64s)
// in tensor order.
func TestChecksumVectors(t *testing.T) {
	// XXH3_64bits of the empty input (the reference implementation's).
	if got := hashFloats(nil); got != 0x2d06800538d394c2 {
		t.Errorf("hash of an empty chunk %016x, want 2d06800538d394c2", got)
	}
	chunk := []float32{1, -2.5, 3e7, 0}
	if got := hashFloats(chunk); got != wantChunkHash {
		t.Errorf("hash of %v: %016x, want %016x", chunk, got, uint64(wantChunkHash))
	}
	st := opState{hashes: []uint64{hashFloats(chunk), 7}}
	if got := st.checksum(); got != wantChecksum {
		t.Errorf("checksum of %x: %016x, want %016x", st.hashes, got, uint64(wantChecksum))
	}
}

const (
	wantChunkHash = 0x77abd39a12154423
	wantChecksum  = 0x53f1ddebafd347b5
)
