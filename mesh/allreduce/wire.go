package allreduce

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
)

// Data streams (DataProtocol) open with one hello frame (mesh/frame
// framing, at most helloBytesMax), then carry data frames: a fixed
// frameHeaderLen-byte header and a payload whose length the header states
// and the receiver checks against the layout before reading it, so that the
// payload can be read straight into the tensor.
//
//	hello:  "TMAR" | version u8 | group [32] | epoch u64 | view digest [32] | lane u16 | rank u16 | flags u8 | random [32]
//	header: payload length u32 | kind u8 | codec u8 | step u16 | round u32 | op u64
//
// Integers are big-endian; tensor payloads are little-endian (codec).

const (
	helloMagic = "TMAR"
	// helloVersion 2 added flags and random: the opener's offer of a
	// direct lane (lane.go); 3 goes with DataProtocol 1.2.0 (AES-128
	// lanes, XXH3 checksums).
	helloVersion = 3
	helloLen     = 4 + 1 + 32 + 8 + 32 + 2 + 2 + 1 + 32
	// helloBytesMax bounds the hello frame a stream opener may send.
	helloBytesMax = 256

	frameHeaderLen = 4 + 1 + 1 + 2 + 4 + 8
)

// Data frame kinds.
const (
	frameChunk  byte = 1 // a chunk of the tensor
	frameGather byte = 2 // a small per-member record passed around the ring (readiness, checksums)
)

// gatherBytesMax bounds a gather record: a view digest or a checksum.
const gatherBytesMax = 64

type hello struct {
	Group  GroupID
	Epoch  uint64
	Digest [32]byte
	Lane   uint16
	Rank   uint16
	// Direct asks for a direct lane (lane.go); Rand is then the opener's
	// fresh key material for it.
	Direct bool
	Rand   [32]byte
}

// helloDirect is the flag bit of Direct; the other bits must be 0.
const helloDirect = 1

func (h *hello) encode() []byte {
	b := make([]byte, 0, helloLen)
	b = append(b, helloMagic...)
	b = append(b, helloVersion)
	b = append(b, h.Group[:]...)
	b = binary.BigEndian.AppendUint64(b, h.Epoch)
	b = append(b, h.Digest[:]...)
	b = binary.BigEndian.AppendUint16(b, h.Lane)
	b = binary.BigEndian.AppendUint16(b, h.Rank)
	var flags byte
	if h.Direct {
		flags |= helloDirect
	}
	b = append(b, flags)
	b = append(b, h.Rand[:]...)
	return b
}

func decodeHello(b []byte) (hello, error) {
	var h hello
	if len(b) != helloLen {
		return h, fmt.Errorf("%w: hello of %d bytes, want %d", ErrProtocol, len(b), helloLen)
	}
	if string(b[:4]) != helloMagic {
		return h, fmt.Errorf("%w: hello magic %q", ErrProtocol, b[:4])
	}
	if b[4] != helloVersion {
		return h, fmt.Errorf("%w: hello version %d, this node speaks %d", ErrProtocol, b[4], helloVersion)
	}
	b = b[5:]
	copy(h.Group[:], b[:32])
	h.Epoch = binary.BigEndian.Uint64(b[32:])
	copy(h.Digest[:], b[40:72])
	h.Lane = binary.BigEndian.Uint16(b[72:])
	h.Rank = binary.BigEndian.Uint16(b[74:])
	if b[76]&^helloDirect != 0 {
		return h, fmt.Errorf("%w: hello flags %#x", ErrProtocol, b[76])
	}
	h.Direct = b[76]&helloDirect != 0
	copy(h.Rand[:], b[77:])
	return h, nil
}

type frameHeader struct {
	Len   uint32
	Kind  byte
	Codec codec.Kind
	Step  uint16
	Round uint32
	Op    uint64
}

func (h *frameHeader) put(b []byte) {
	binary.BigEndian.PutUint32(b[0:], h.Len)
	b[4] = h.Kind
	b[5] = byte(h.Codec)
	binary.BigEndian.PutUint16(b[6:], h.Step)
	binary.BigEndian.PutUint32(b[8:], h.Round)
	binary.BigEndian.PutUint64(b[12:], h.Op)
}

func decodeFrameHeader(b []byte) frameHeader {
	return frameHeader{
		Len:   binary.BigEndian.Uint32(b[0:]),
		Kind:  b[4],
		Codec: codec.Kind(b[5]),
		Step:  binary.BigEndian.Uint16(b[6:]),
		Round: binary.BigEndian.Uint32(b[8:]),
		Op:    binary.BigEndian.Uint64(b[12:]),
	}
}

// expectChunk checks a chunk header against what the schedule says comes
// next on this lane, and returns the payload length to read.
func (h *frameHeader) expectChunk(op uint64, round, step, elems int, compression codec.Kind) error {
	switch {
	case h.Kind != frameChunk:
		return fmt.Errorf("%w: frame kind %d where a chunk was due", ErrProtocol, h.Kind)
	case h.Op != op || int(h.Round) != round || int(h.Step) != step:
		return fmt.Errorf("%w: chunk for op %d round %d step %d, want op %d round %d step %d", ErrProtocol, h.Op, h.Round, h.Step, op, round, step)
	case !h.Codec.Valid() || !codec.Allowed(compression, h.Codec):
		return fmt.Errorf("%w: chunk encoded as %v in a group using %v", ErrProtocol, h.Codec, compression)
	case int64(h.Len) != int64(codec.EncodedLen(h.Codec, elems)):
		return fmt.Errorf("%w: %d-byte chunk of %d %v elements, want %d bytes", ErrProtocol, h.Len, elems, h.Codec, codec.EncodedLen(h.Codec, elems))
	}
	return nil
}

// Control messages (ControlProtocol) are JSON request/response exchanges
// over mesh.Host.Request, each at most controlBytesMax.
const controlBytesMax = 64 << 10

// Control request types.
const (
	ctlProbe    = "probe"    // are you alive, where are you; abort views older than Epoch
	ctlJoin     = "join"     // I want view Epoch: coordinate it or tell me who does
	ctlActivate = "activate" // standby: you are in View from its first op
	ctlReady    = "ready"    // have you joined the group? (answered once it has: AwaitMembers)
	ctlRejoin   = "rejoin"   // I restarted: call me back into my seat at the next view
)

type ctlRequest struct {
	Type  string  `json:"type"`
	Group GroupID `json:"group"`
	// Spec is the sender's spec digest: a peer with another spec (another
	// ring, layout or quorum) is not in the same group, whatever its ID.
	Spec   [32]byte     `json:"spec"`
	Epoch  uint64       `json:"epoch"`
	Accuse []accusation `json:"accuse,omitempty"`
	View   *view        `json:"view,omitempty"`
}

// decodeJSON decodes one control message strictly: unknown fields, trailing
// data and oversize input are errors.
func decodeJSON(b []byte, v any) error {
	if len(b) > controlBytesMax {
		return fmt.Errorf("%w: control message of %d bytes, limit %d", ErrProtocol, len(b), controlBytesMax)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrProtocol, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: trailing data after control message", ErrProtocol)
	}
	return nil
}

// validateView checks a view received from a peer against the group's spec.
func validateView(v *view, spec *Spec, depth int) error {
	if len(v.Members) == 0 || len(v.Members) > len(spec.Members)+len(spec.Standbys) {
		return fmt.Errorf("%w: view of %d members", ErrProtocol, len(v.Members))
	}
	seen := map[peer.ID]bool{}
	for _, m := range v.Members {
		if seen[m] || !spec.knows(m) {
			return fmt.Errorf("%w: view member %s repeated or not in the award", ErrProtocol, m)
		}
		seen[m] = true
	}
	// A view's silence disputes are between its members, each pair once
	// in order; no member is in two once the rule has run, so at most
	// half the members are named.
	if len(v.Disputes) > len(v.Members)/2 {
		return fmt.Errorf("%w: %d disputes in a view of %d members", ErrProtocol, len(v.Disputes), len(v.Members))
	}
	for i, d := range v.Disputes {
		if d.A >= d.B || !seen[d.A] || !seen[d.B] || (i > 0 && slices.Contains(v.Disputes[:i], d)) {
			return fmt.Errorf("%w: malformed dispute %s-%s", ErrProtocol, d.A, d.B)
		}
	}
	if v.Next != nil {
		if depth > 0 || v.Next.Epoch <= v.Epoch || v.Next.Op <= v.Op {
			return fmt.Errorf("%w: malformed next view", ErrProtocol)
		}
		return validateView(v.Next, spec, depth+1)
	}
	return nil
}
