// Package allreduce runs trainmesh's training groups: it forms a ring of
// peers from an auction's award over direct libp2p streams and sums float32
// tensors across it with a bandwidth-optimal, pipelined ring all-reduce,
// dropping members that fail and calling in standbys.
//
// The schedule (who sends which chunk when) is the pure core in
// mesh/allreduce/schedule, the membership (views, epochs, quorum, blame,
// standby call-in) the pure core in mesh/allreduce/membership, and the
// chunk encodings are in mesh/allreduce/codec; this package does the I/O
// around them. A Group implements the train.AllReducer interface of
// PROTOCOL.md:
//
//	AllReduce(ctx, buf []float32) (members int, err error)
//
// replaces buf with the element-wise sum over the live members, all of
// which end with bit-identical buffers (checked by comparing checksums), and
// never returns a partial sum: when a member fails mid-way the survivors
// agree on a new ring without it and redo the operation from their inputs.
//
// # Protocols
//
// Two libp2p protocols, both versioned under /trainmesh:
//
//   - DataProtocol: one stream per lane from each member to its ring
//     successor, opened per view with a hello (group, epoch, view digest),
//     then chunk frames (wire.go).
//   - ControlProtocol: request/response for membership: probe, join,
//     activate. membership.go carries the core's requests and answers.
//
// # Membership
//
// The members agree on a view: an epoch number and the ring (award order,
// minus dropped members). A member that sees a failure (a chunk past its
// deadline, a reset stream, a malformed frame) aborts, resets its streams
// so that its neighbours abort too, and asks the first member of the ring
// it can reach to coordinate the next epoch. The coordinator probes every
// member, which also makes them abort, keeps the ones that answer (minus
// those blamed for the stall or accused of garbage), checks the quorum,
// decides which operation the view runs (the failed one, redone), plans
// the standbys' entry at the next operation, and answers every join with
// that decision. All of it is decided by the membership core; a Group
// holds one membership.Machine under its lock, steps into it what happens
// here and what peers send, and carries out its Ready (membership.go).
//
// # Time
//
// A Group reads time from its host's clock (mesh.Params.Clock, the wall
// clock by default); stream deadlines are set on the wall clock
// (clock.NetDeadline), which is what the kernel measures them by.
//
// This package must not know about auctions, contracts or models.
package allreduce

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/membership"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// Protocol IDs. A peer that speaks another version is not reachable for
// groups, which is what a version bump means.
const (
	// DataProtocol 1.2.0: AES-128-GCM direct lanes (lane key label
	// "lane/2") and XXH3 result checksums; 1.1.0 had AES-256 and XXH64,
	// so a mixed pair would disagree on both.
	DataProtocol    protocol.ID = "/trainmesh/allreduce/data/1.2.0"
	ControlProtocol protocol.ID = "/trainmesh/allreduce/ctl/1.0.0"
)

// Errors returned by this package. Callers match them with errors.Is.
var (
	// ErrSpec reports a group spec or params that cannot work.
	ErrSpec = errors.New("allreduce: bad group spec")
	// ErrLength reports a buffer whose length is not the agreed tensor length.
	ErrLength = errors.New("allreduce: buffer length differs from the group's tensor layout")
	// ErrQuorum reports that fewer members than the quorum are left.
	ErrQuorum = errors.New("allreduce: group below quorum")
	// ErrExcluded reports that the other members dropped this one (it was
	// unreachable, too slow, or sent garbage).
	ErrExcluded = errors.New("allreduce: this member was dropped from the group")
	// ErrChecksum reports members whose results differ, which an honest
	// ring cannot produce: a bug, corrupted memory, or a dishonest member.
	ErrChecksum = errors.New("allreduce: members' result checksums differ")
	// ErrProtocol reports a malformed or unexpected message from a peer.
	ErrProtocol = errors.New("allreduce: protocol violation")
	// ErrDiverged reports members that disagree on which operation they run.
	ErrDiverged = errors.New("allreduce: members disagree on the operation")
	// ErrNoCoordinator reports that no member could coordinate a new view
	// in time.
	ErrNoCoordinator = errors.New("allreduce: no member could coordinate a new ring")
	// ErrRetries reports an operation that failed Params.RedosMax times.
	ErrRetries = errors.New("allreduce: operation failed too many times")
	// ErrCallIn reports a standby whose first operation after CalledIn
	// is not the one CalledIn named (the ring put it back to standby and
	// called it in again later): what it computed for the first is stale.
	ErrCallIn = errors.New("allreduce: called in at another operation")
	// ErrClosed reports use of a closed Group.
	ErrClosed = errors.New("allreduce: group closed")
	// ErrRelayed reports a ring link that only a circuit relay carries
	// (hole punching has not given a direct connection within
	// Params.DirectWait) and whose relay cannot carry the operation: more
	// bytes than Params.RelayedBytesMax or the relay's own limits allow.
	// The group does not crawl through someone else's relay; the caller may
	// retry later (a hole punch may yet succeed), shrink the tensor, or
	// run with members that are reachable directly.
	ErrRelayed = errors.New("allreduce: ring link is relayed and the relay cannot carry this operation")
	// ErrTranscript reports a member's signed record of an operation that
	// does not verify, or that says it sent other than its successor
	// received.
	ErrTranscript = errors.New("allreduce: a member's transcript does not match")
)

// GroupID names a group on the wire: the job ID, for a training group.
type GroupID [32]byte

// MarshalText encodes the ID as hex.
func (id GroupID) MarshalText() ([]byte, error) { return []byte(hex.EncodeToString(id[:])), nil }

// UnmarshalText decodes a hex ID.
func (id *GroupID) UnmarshalText(b []byte) error {
	if len(b) != 64 {
		return fmt.Errorf("%w: group ID of %d hex digits", ErrProtocol, len(b))
	}
	_, err := hex.Decode(id[:], b)
	return err
}

func (id GroupID) String() string { return hex.EncodeToString(id[:4]) }

// Spec is what every member of a group must agree on: its identity, the
// ring, and the tensor layout. Members check it by digest when they
// connect, so a member with a different spec is never linked.
type Spec struct {
	// ID names the group (the job ID).
	ID GroupID
	// Members are the award's winners in ring order (2 to schedule.RanksMax).
	Members []peer.ID
	// Standbys are the award's standbys, in the order they are called in
	// when members drop.
	Standbys []peer.ID
	// Len is the tensor length in float32 elements (at least 1).
	Len int
	// ChunkBytes bounds one chunk on the wire, in bytes of float32 (4 KiB to
	// 16 MiB): small enough that several chunks are in flight per link,
	// large enough that per-chunk costs (headers, deadlines, hand-offs)
	// vanish.
	ChunkBytes int
	// Lanes is the number of streams per ring link (1 to 16): rounds are
	// spread over them so that one lane's reduction overlaps another's
	// transfer.
	Lanes int
	// Compression is the chunk encoding: codec.FP32 (exact), FP16 or Int8
	// (error bounded by codec.Bound), or Ints (exact: integer chunks
	// packed, others FP32; compressed DiLoCo's values).
	Compression codec.Kind
	// Quorum is the fewest members the group goes on with (1 to
	// len(Members)). At most half the members invites two disjoint rings to
	// go on after a network partition.
	Quorum int
	// Transcripts has every member record each operation hop by hop
	// (mesh/allreduce/transcript: the hash of each whole segment received
	// and sent), sign its record (Params.Witness) and pass it round the
	// ring with its checksum, so that every member holds every member's
	// signed record of the operation and checks its predecessor's against
	// what it received (witness.go). It needs exact sums: Compression
	// FP32, or Ints, whose chunks decode to the floats that were encoded
	// (what a transcript hashes).
	Transcripts bool
}

// defaultLanes is DefaultSpec's Lanes.
const defaultLanes = 4

// ChunkBytesFor is the chunk size DefaultSpec gives a ring of members for
// tensors of length float32: 1 MiB, or less where a segment (a member's
// share, length/members) split into 1 MiB chunks would leave some of the
// lanes without a round: then a segment is split evenly over the lanes
// (rounded up to 4 KiB, at least 4 KiB). A lane carries its rounds one
// after another, each a chain of 2(N-1) hops that each wait for the
// previous hop's whole chunk; on a long link a ring with idle lanes leaves
// the link idle for a delay per hop, where the lanes' rounds would
// overlap (bench wan: 4 MiB over 4 peers at 20 Mbit/s and 40 ms moved
// 0.57 of the link in 1 MiB chunks, 0.68 in 256 KiB ones; BENCHMARKS.md).
// A fixed function of the spec's own fields, so every member derives the
// same layout; the spec carries the result, and its digest covers it.
func ChunkBytesFor(length, members, lanes int) int {
	const most, least = 1 << 20, 4 << 10
	if members < 1 || lanes < 1 || length < 1 {
		return most
	}
	seg := (length + members - 1) / members
	per := 4 * ((seg + lanes - 1) / lanes)
	per = (per + least - 1) / least * least
	return max(least, min(most, per))
}

// lanesMax bounds Spec.Lanes: more streams per link than this only add
// per-stream overhead (BENCHMARKS.md measured 2 to 8).
const lanesMax = 16

// DefaultSpec returns a spec for members with the default layout: chunks
// of ChunkBytesFor (1 MiB for tensors of 4 MiB a member and more), 4
// lanes, no compression, a majority quorum. 4 lanes of 1 MiB chunks kept
// the bus bandwidth within a few percent of the ring's ceiling on
// loopback, where 2 lanes left the links idle while chunks were summed
// and smaller chunks cost more per byte (BENCHMARKS.md).
func DefaultSpec(id GroupID, members, standbys []peer.ID, length int) Spec {
	return Spec{
		ID:          id,
		Members:     members,
		Standbys:    standbys,
		Len:         length,
		ChunkBytes:  ChunkBytesFor(length, len(members), defaultLanes),
		Lanes:       defaultLanes,
		Compression: codec.FP32,
		Quorum:      len(members)/2 + 1,
	}
}

// Validate reports the first problem with s.
func (s *Spec) Validate() error {
	all := len(s.Members) + len(s.Standbys)
	switch {
	case len(s.Members) < 1 || all > schedule.RanksMax:
		return fmt.Errorf("%w: %d members and %d standbys, want 1 to %d in all", ErrSpec, len(s.Members), len(s.Standbys), schedule.RanksMax)
	case s.Len < 1:
		return fmt.Errorf("%w: tensor of %d elements", ErrSpec, s.Len)
	case s.ChunkBytes < 4<<10 || s.ChunkBytes > 16<<20:
		return fmt.Errorf("%w: chunks of %d bytes, want 4 KiB to 16 MiB", ErrSpec, s.ChunkBytes)
	case s.Lanes < 1 || s.Lanes > lanesMax:
		return fmt.Errorf("%w: %d lanes, want 1 to %d", ErrSpec, s.Lanes, lanesMax)
	case !s.Compression.Group():
		return fmt.Errorf("%w: compression %v", ErrSpec, s.Compression)
	case s.Transcripts && !s.Compression.Lossless():
		return fmt.Errorf("%w: transcripts need exact sums (fp32 or ints), not %v", ErrSpec, s.Compression)
	case s.Quorum < 1 || s.Quorum > len(s.Members):
		return fmt.Errorf("%w: quorum %d of %d members", ErrSpec, s.Quorum, len(s.Members))
	}
	seen := map[peer.ID]bool{}
	for _, p := range append(append([]peer.ID{}, s.Members...), s.Standbys...) {
		if seen[p] {
			return fmt.Errorf("%w: peer %s listed twice", ErrSpec, p)
		}
		if err := p.Validate(); err != nil {
			return fmt.Errorf("%w: peer ID: %v", ErrSpec, err)
		}
		seen[p] = true
	}
	return nil
}

// Digest is the hash all members compare: everything in the spec.
func (s *Spec) Digest() [32]byte {
	h := sha256.New()
	h.Write([]byte("trainmesh/allreduce/spec/1"))
	h.Write(s.ID[:])
	for _, list := range [][]peer.ID{s.Members, s.Standbys} {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(list))))
		for _, p := range list {
			h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(p))))
			h.Write([]byte(p))
		}
	}
	for _, v := range []int{s.Len, s.ChunkBytes, s.Lanes, int(s.Compression), s.Quorum} {
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(v)))
	}
	if s.Transcripts {
		// Only when set, so that the digests of groups without
		// transcripts are those of before.
		// "/2": records carry the predecessor's hop statement
		// (witness.go), which members of before neither send nor read.
		h.Write([]byte("transcripts/2"))
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

func (s *Spec) knows(p peer.ID) bool {
	for _, list := range [][]peer.ID{s.Members, s.Standbys} {
		for _, m := range list {
			if m == p {
				return true
			}
		}
	}
	return false
}

func (s *Spec) isStandby(p peer.ID) bool {
	for _, m := range s.Standbys {
		if m == p {
			return true
		}
	}
	return false
}

// viewDigest names a view of a group on the data streams.
func viewDigest(specDigest [32]byte, v *view) [32]byte {
	h := sha256.New()
	h.Write(specDigest[:])
	h.Write(binary.BigEndian.AppendUint64(nil, v.Epoch))
	for _, p := range v.Members {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(p))))
		h.Write([]byte(p))
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// Params are a member's local settings: deadlines and reporting. Members
// may differ in them.
type Params struct {
	// ChunkTimeout is how long a member waits for the next chunk (or to
	// send one) once every member has reached the operation, before it
	// declares the ring broken: the deadline per chunk. It must cover a
	// chunk's transfer on the slowest link.
	ChunkTimeout time.Duration
	// StartTimeout is how long a member waits for its neighbours to reach
	// an operation (or to link up a new ring): it must cover the spread of
	// the members' compute times between two operations. It is the
	// deadline of the chunks that depend on when other members start: in
	// the first round of each lane, the reduce-scatter's chunks (see
	// recvLane).
	StartTimeout time.Duration
	// ProbeTimeout bounds one probe of a member while a new ring is agreed:
	// a member that does not answer within it is dropped.
	ProbeTimeout time.Duration
	// ViewTimeout bounds the agreement on one new ring.
	ViewTimeout time.Duration
	// RedosMax is how many times one operation may be restarted after
	// failures before AllReduce gives up (each restart drops at least the
	// failed members, so the group's size bounds it too).
	RedosMax int
	// OnFault, when set, is called for every member dropped from the ring,
	// from the goroutine running AllReduce; it must not block.
	OnFault func(Fault)
	// Log receives the group's events (nil: discarded).
	Log *slog.Logger
	// AfterChunk, when set, is called after this member sends each chunk,
	// from the sending goroutine. It is for fault injection (the process
	// fault tests kill a member from it); leave it nil otherwise.
	AfterChunk func(op uint64, round, step int)

	// DirectWait is how long linking to the ring successor waits for a
	// direct connection when only a relayed one exists: hole punching
	// (DCUtR) usually upgrades a relayed connection within a few round
	// trips, and gives up after three tries of 10 s at most. 0 never waits;
	// the wait is capped at half of StartTimeout, which bounds the whole
	// link-up. See relayed.go.
	DirectWait time.Duration
	// RelayedBytesMax bounds, in bytes, what this member sends to one
	// neighbour over one relayed connection across all operations (0: never
	// move tensors through a relay). The relay's own per-connection limit,
	// which it announces when the circuit opens (128 KiB each way by
	// default), less relayReserveBytes for identify, hole punching and
	// control traffic, caps it further. An operation that would not fit
	// fails with ErrRelayed.
	RelayedBytesMax int64
	// Witness, when set in a group with Spec.Transcripts, signs this
	// member's record of each operation and checks the others' (the
	// node's keys: the mesh knows no signature scheme). Without it the
	// records travel unsigned and are still compared.
	Witness Witness
	// KeepSegment, when set in a group with Spec.Transcripts, receives
	// every segment this member sent in an operation with its hash (a
	// fresh slice), for the node to serve verifiers by that hash. It is
	// called from the goroutine running AllReduce; it must not block.
	KeepSegment func(hash [32]byte, seg []float32)
	// Equivocated, when set in a group with Spec.Transcripts and a
	// Witness, receives the evidence against a member that signed two
	// different segments for one hop of an operation (any third party
	// re-checks it: transcript.Equivocation.Check) in operation op (the
	// statements' context: OpContext(Spec.ID, op)); the ring drops that
	// member. It is called from the goroutine running AllReduce; it must
	// not block.
	Equivocated func(signer peer.ID, op uint64, e transcript.Equivocation)
	// Convicted, when set, checks the evidence that Group.Expel carries
	// against p (the node's: a quorum's signed attestations of its
	// conviction). A coordinator drops an expelled member only on
	// evidence it checks (membership: garbage needs proof); without this
	// hook, or on an error, the expulsion is an unprovable accusation,
	// which drops the expeller with the convict. It is called from the
	// control handlers and the goroutines sending probes; it must not
	// block on the group.
	Convicted func(p peer.ID, evidence []byte) error
	// JoinPoint reports whether a standby can join the ring at
	// operation op (membership.Spec.JoinPoint): the trainer's schedule
	// says where a joiner's state is whole (compressed DiLoCo: an outer
	// step's first all-reduce, not its second). Every member must give
	// the same one; nil: every operation.
	JoinPoint func(op uint64) bool
	// DirectLanes has this member carry its ring lanes on TCP connections
	// of their own, with keys agreed over the lanes' libp2p streams
	// (lane.go), where the neighbour agrees and can be reached; other
	// lanes stay on the streams. Both neighbours of a lane must set it for
	// the lane to be direct. The sums are the same either way; a direct
	// lane costs less CPU per byte (BENCHMARKS.md).
	DirectLanes bool
	// OnLink, when set, is called once per linked ring for each of this
	// member's two links (to its successor, from its predecessor), saying
	// whether it is direct or relayed, from the goroutine linking the ring;
	// it must not block.
	OnLink func(Link)
}

// DefaultParams suit members on the internet.
func DefaultParams() Params {
	return Params{
		ChunkTimeout: 20 * time.Second,
		StartTimeout: 2 * time.Minute,
		ProbeTimeout: 5 * time.Second,
		ViewTimeout:  time.Minute,
		RedosMax:     8,
		// Long enough for DCUtR's three attempts on a slow link; a ring
		// link waits at most this once per view.
		DirectWait: 30 * time.Second,
		// Room for small tensors (a hash comparison, a tiny model) over
		// a relay; libp2p's default relay limit caps it at ~100 KiB.
		RelayedBytesMax: 1 << 20,
		DirectLanes:     true,
	}
}

// Validate reports the first setting out of range.
func (p *Params) Validate() error {
	for name, d := range map[string]time.Duration{"chunk": p.ChunkTimeout, "start": p.StartTimeout, "probe": p.ProbeTimeout, "view": p.ViewTimeout} {
		if d <= 0 {
			return fmt.Errorf("%w: %s timeout must be positive", ErrSpec, name)
		}
	}
	if p.ViewTimeout < 2*p.ProbeTimeout {
		return fmt.Errorf("%w: view timeout %v under twice the probe timeout %v", ErrSpec, p.ViewTimeout, p.ProbeTimeout)
	}
	if p.RedosMax < 1 {
		return fmt.Errorf("%w: RedosMax %d, want at least 1", ErrSpec, p.RedosMax)
	}
	if p.DirectWait < 0 {
		return fmt.Errorf("%w: direct-connection wait %v, want 0 or more", ErrSpec, p.DirectWait)
	}
	if p.RelayedBytesMax < 0 {
		return fmt.Errorf("%w: relayed bytes %d, want 0 (never) or more", ErrSpec, p.RelayedBytesMax)
	}
	return nil
}

// FaultKind numbers follow PROTOCOL.md's fault kinds.
type FaultKind = membership.FaultKind

// Fault kinds.
const (
	// FaultMissed: the member stopped answering (unreachable, dead, or past
	// its deadlines).
	FaultMissed = membership.FaultMissed
	// FaultGarbage: the member sent malformed data on the all-reduce.
	FaultGarbage = membership.FaultGarbage
	// FaultDisputed: one side of a garbage accusation nobody else could
	// check (both sides are dropped; nothing is slashed).
	FaultDisputed = membership.FaultDisputed
	// FaultFalseProof: the member accused another of garbage with
	// evidence that does not show it.
	FaultFalseProof = membership.FaultFalseProof
	// FaultSilence: the member lost a silence dispute (membership's
	// silence rule): in disputes over missing chunks with two members
	// that answered, or it repeated one no ring order could settle.
	FaultSilence = membership.FaultSilence
)

// Fault reports a member dropped from the ring.
type Fault struct {
	Peer  peer.ID
	Kind  FaultKind
	Op    uint64 // the operation during which it was dropped
	Epoch uint64 // the view that dropped it
	// Detail is what this member saw, when it saw the fault itself.
	Detail string
}

func (f Fault) String() string {
	s := fmt.Sprintf("member %s %v (op %d, dropped in view %d)", f.Peer, f.Kind, f.Op, f.Epoch)
	if f.Detail != "" {
		s += ": " + f.Detail
	}
	return s
}

// Formed reports a group ready to run.
type Formed struct {
	Epoch   uint64
	Members []peer.ID
	// Dropped are award members that are not in the ring: unreachable in
	// time, or dropped since.
	Dropped []peer.ID
}
