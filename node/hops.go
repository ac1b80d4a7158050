package node

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/train/commit"
)

// Per-hop transcripts on the network (issue 16, fault 4: tampering in
// transit). A training ring runs with allreduce.Spec.Transcripts: every
// member signs its record of each all-reduce with its identity key
// (nodeWitness) and the ring passes the signed records round with its
// checksums. A member keeps, for verifiers, in its audit store:
//
//   - every segment it sent, under its transcript hash (transcript.Floats:
//     the float32 words' sha256), as little-endian float32 words;
//   - each gradient all-reduce's signed statements of all the ring's
//     members, under hopsKey(its own transcript's hash), the hash its leaf
//     commits to (commit.Leaf.Transcript): encodeHops.
//
// A verifier that recomputes a member's step fetches the statements by
// the leaf's Transcript and its predecessor's sent segments by their
// hashes, and checks the member's hops (verify.CheckStepHops); a member
// whose sent segment is not its input plus its contribution is accused of
// FaultTampered, with its statement and its predecessor's as the
// evidence's HopOut and HopIn. Only the member keeps a blob under its
// own transcript's key, so the verifier also checks its statement there
// against the ring's copy, its successor's statement in the same blob
// (hopPair.checkSucc): a second statement the member signed after the
// operation is its equivocation.

// nodeWitness signs ring transcripts with the node's identity key:
// recoverable secp256k1 over the statement's sha256, so that a statement
// names its signer's address by itself.
type nodeWitness struct{ key *identity.Key }

func (w nodeWitness) Sign(msg []byte) ([]byte, error) { return w.key.SignHash(sha256.Sum256(msg)) }

func (nodeWitness) Verify(signer peer.ID, msg, sig []byte) error {
	got, err := identity.Recover(sha256.Sum256(msg), sig)
	if err != nil {
		return err
	}
	want, err := identity.AddressOf(signer)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("node: a transcript signed by %s, not %s", got, want)
	}
	return nil
}

// statementSigner returns the address that signed s.
func statementSigner(s transcript.Statement) (protocol.Address, error) {
	a, err := identity.Recover(sha256.Sum256(transcript.StatementBytes(s.Context, s.Transcript, s.Input)), s.Sig)
	return protocol.Address(a), err
}

// hopsKey is the audit-store key of the statements of the all-reduce a
// member's transcript with hash t records.
func hopsKey(t commit.Hash) [32]byte {
	h := sha256.New()
	h.Write([]byte("trainmesh/hops/1"))
	h.Write(t[:])
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// statsHopsKey is the audit-store key of the statements of a compressed
// outer step's first all-reduce, the statistics', kept by the member whose
// leaf's Transcript (its values' all-reduce's) is t: the leaf names only
// the values' transcript, and the statistics' all-reduce is the ring
// operation just before it.
func statsHopsKey(t commit.Hash) [32]byte {
	h := sha256.New()
	h.Write([]byte("trainmesh/hops-stats/1"))
	h.Write(t[:])
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// hopsStatementsMax bounds the statements of one hops blob decoded from a
// peer: a ring's size.
const hopsStatementsMax = 1 << 10

// errHops: a hops blob that does not decode or does not check.
var errHops = errors.New("node: bad hop statements")

// hops is one all-reduce's signed statements, by ring rank, with the
// ring operation's number (its context is allreduce.OpContext of the
// job's group and Op).
type hops struct {
	Op         uint64
	Statements []transcript.Statement
}

// encodeHops is Op (uint64 big-endian), the statement count (uint32
// big-endian), then each statement's length (uint32 big-endian) and
// encoding (transcript.Statement.Encode).
func encodeHops(h hops) []byte {
	b := binary.BigEndian.AppendUint64(nil, h.Op)
	b = binary.BigEndian.AppendUint32(b, uint32(len(h.Statements)))
	for _, s := range h.Statements {
		e := s.Encode()
		b = binary.BigEndian.AppendUint32(b, uint32(len(e)))
		b = append(b, e...)
	}
	return b
}

// decodeHops parses encodeHops' bytes.
func decodeHops(b []byte) (hops, error) {
	var h hops
	if len(b) < 12 {
		return h, fmt.Errorf("%w: %d bytes", errHops, len(b))
	}
	h.Op = binary.BigEndian.Uint64(b)
	n := binary.BigEndian.Uint32(b[8:])
	if n < 2 || n > hopsStatementsMax {
		return h, fmt.Errorf("%w: %d statements", errHops, n)
	}
	b = b[12:]
	for range n {
		if len(b) < 4 {
			return h, fmt.Errorf("%w: cut", errHops)
		}
		m := binary.BigEndian.Uint32(b)
		if uint64(m) > uint64(len(b)-4) {
			return h, fmt.Errorf("%w: a statement of %d bytes in %d", errHops, m, len(b)-4)
		}
		s, err := transcript.DecodeStatement(b[4 : 4+m])
		if err != nil {
			return h, fmt.Errorf("%w: %w", errHops, err)
		}
		h.Statements = append(h.Statements, s)
		b = b[4+m:]
	}
	if len(b) != 0 {
		return h, fmt.Errorf("%w: %d bytes after the statements", errHops, len(b))
	}
	return h, nil
}

// putHops keeps the statements of a member's last all-reduce (rec) under
// hopsKey of its own transcript's hash.
func (s *auditStore) putHops(job auction.Hash, rec allreduce.OpRecord) {
	s.putHopsAt(job, hopsKey(commit.Hash(rec.Transcripts[rec.Rank].Hash())), rec)
}

// putHopsAt keeps the statements of the all-reduce rec under key.
func (s *auditStore) putHopsAt(job auction.Hash, key [32]byte, rec allreduce.OpRecord) {
	s.put(job, key, hopsOf(rec))
}

// hopsOf is the encoded statements (encodeHops) of the all-reduce rec.
func hopsOf(rec allreduce.OpRecord) []byte {
	h := hops{Op: rec.Op}
	for r := range rec.Transcripts {
		h.Statements = append(h.Statements, rec.Statement(r))
	}
	return encodeHops(h)
}

// putSegment keeps a segment the member sent under its hash.
func (s *auditStore) putSegment(job auction.Hash, h [32]byte, seg []float32) {
	s.put(job, h, paramsBytes(seg))
}

// hopPair is what an audit of a member's hops needs: its own statement
// (whose transcript its leaf commits to) and its predecessor's, both
// signed, in one all-reduce of the job's group.
type hopPair struct {
	own, pred transcript.Statement
	// op is the all-reduce's ring operation, where known (a hops blob
	// says it; an evidence's statements carry only its context).
	op uint64
	// succ is the accused's ring successor's statement, where a hops
	// blob gave the pair (checkSucc); equivocated says that succ carries
	// the accused's signed hop statement of other segments than own
	// states it sent: the accused signed two statements of the
	// operation, and own is not the one its ring holds.
	succ        transcript.Statement
	equivocated bool
}

// equivocation is the evidence an equivocated pair holds: the accused's
// statement and its successor's, whose input is the accused's hop
// statement that contradicts it (transcript.Equivocation, what the ring
// itself files: "Equivocation on-chain").
func (p hopPair) equivocation() transcript.Equivocation {
	return transcript.Equivocation{Pred: p.own, Succ: p.succ}
}

// checkHops checks a hops blob fetched for a leaf whose Transcript is t in
// job's group, for the member accused: the statement whose transcript
// hashes to t is the accused's (signed by it), its predecessor's is
// signed by another of members (the award's winners and standbys: a
// called-in standby rings with the winners), and both carry the context
// of operation Op of the job's group. It returns the pair.
func checkHops(b []byte, job auction.Hash, members []auction.Address, accused auction.Address, t commit.Hash) (hopPair, error) {
	h, err := decodeHops(b)
	if err != nil {
		return hopPair{}, err
	}
	ctx := allreduce.OpContext(allreduce.GroupID(job), h.Op)
	own := slices.IndexFunc(h.Statements, func(s transcript.Statement) bool { return commit.Hash(s.Transcript.Hash()) == t })
	if own < 0 {
		return hopPair{}, fmt.Errorf("%w: no statement of transcript %s", errHops, t.Short())
	}
	n := len(h.Statements)
	p := hopPair{own: h.Statements[own], pred: h.Statements[(own-1+n)%n], op: h.Op}
	if err := checkHopPair(p, ctx, members, accused); err != nil {
		return p, err
	}
	return p, p.checkSucc(h.Statements[(own+1)%n], ctx, members, accused)
}

// checkStatsHops checks a statistics hops blob (statsHopsKey) fetched for
// a compressed outer step whose values' all-reduce was ring operation
// valuesOp: its operation is the one before (the statistics' all-reduce
// of the same step, which the member's signature on its statement of it
// binds it to), the accused's statement is the one it signed, and the
// pair checks as checkHops's does. It returns the pair.
func checkStatsHops(b []byte, job auction.Hash, members []auction.Address, accused auction.Address, valuesOp uint64) (hopPair, error) {
	h, err := decodeHops(b)
	if err != nil {
		return hopPair{}, err
	}
	if h.Op+1 != valuesOp {
		return hopPair{}, fmt.Errorf("%w: statistics of operation %d for values of %d", errHops, h.Op, valuesOp)
	}
	own := slices.IndexFunc(h.Statements, func(s transcript.Statement) bool {
		a, err := statementSigner(s)
		return err == nil && auction.Address(a) == accused
	})
	if own < 0 {
		return hopPair{}, fmt.Errorf("%w: no statement of %s", errHops, accused.Short())
	}
	n := len(h.Statements)
	p := hopPair{own: h.Statements[own], pred: h.Statements[(own-1+n)%n], op: h.Op}
	ctx := allreduce.OpContext(allreduce.GroupID(job), h.Op)
	if err := checkHopPair(p, ctx, members, accused); err != nil {
		return p, err
	}
	return p, p.checkSucc(h.Statements[(own+1)%n], ctx, members, accused)
}

// errEquivocation: the accused's predecessor signed, in its hop statement
// the accused carries, other segments than its transcript states it sent:
// the accused received what it says, and the predecessor is the liar
// (transcript's "Who lied about a hop").
var errEquivocation = errors.New("node: the predecessor signed two different segments for one hop")

// checkHopPair checks the pair's signatures and places: the own statement
// signed by accused, the predecessor's by another of members, both of the
// ring's adjacent ranks with context ctx (zero: whatever the two share).
// Where the accused's statement carries its predecessor's valid hop
// statement of what it received (its Input, as every statement of a
// completed ring all-reduce does), that is the accused's input: the
// predecessor's transcript must state the same sent hashes, or the
// predecessor signed two segments for one hop and the accused is not to
// be judged on the one it did not receive (errEquivocation). Without a
// valid Input the predecessor's transcript is the input, as the accused
// cannot prove another.
func checkHopPair(p hopPair, ctx [32]byte, members []auction.Address, accused auction.Address) error {
	if ctx == ([32]byte{}) {
		ctx = p.own.Context
	}
	o, q := p.own.Transcript, p.pred.Transcript
	switch {
	case p.own.Context != ctx || p.pred.Context != ctx:
		return fmt.Errorf("%w: statements of another all-reduce", errHops)
	case o.Ranks < 2 || q.Ranks != o.Ranks || q.Len != o.Len || q.Rank != (o.Rank+o.Ranks-1)%o.Ranks:
		return fmt.Errorf("%w: rank %d and %d of %d are not adjacent", errHops, q.Rank, o.Rank, o.Ranks)
	}
	signer, err := statementSigner(p.own)
	if err != nil || signer != accused {
		return fmt.Errorf("%w: the accused's statement is signed by %s (%v)", errHops, signer, err)
	}
	if signer, err = statementSigner(p.pred); err != nil || signer == accused || !slices.Contains(members, auction.Address(signer)) {
		return fmt.Errorf("%w: the predecessor's statement is signed by %s, not another member of the award (%v)", errHops, signer, err)
	}
	if in, err := identity.Recover(sha256.Sum256(o.RecvBytes(ctx)), p.own.Input); err == nil && protocol.Address(in) == signer {
		if k := transcript.FirstMismatch(q, o); k >= 0 {
			return fmt.Errorf("%w: hop %d (%s in its transcript, %s in the hop statement the accused received)", errEquivocation, k, q.Hops[k].Sent.Short(), o.Hops[k].Recv.Short())
		}
	}
	return nil
}

// checkSucc checks the accused's statement in a hops blob against the
// ring's copy of what it sent: its successor's statement succ (the next
// in the blob), which must be of the same all-reduce (context ctx), of
// the rank after the accused's in the same ring, and signed by another
// member of the award. The successor states what it received from the
// accused at each hop and carries, as its input, the accused's hop
// statement of what it sent (the ring passed both round during the
// operation, and every member keeps them: what the accused cannot sign
// for another). The accused's statement must state it sent what the
// successor received. A member that sent lazy or altered segments and
// keeps, for the steps drawn, a second statement of the operation that
// agrees with its honest contribution (knowing its draw before it
// commits: PROTOCOL.md, "Sample") names that second statement in its
// leaf and blob; its successor's statement still holds the first. Where
// the two differ and succ's input is the accused's valid signature over
// what succ received, the accused signed two statements of the operation
// that contradict: equivocated is set, and p.equivocation is fault-4
// evidence on its signatures alone. A successor's statement that is
// missing, of another place, or that differs without carrying the
// accused's signature, refuses the blob (errHops): no verdict, as for a
// missing input. In a ring of two the successor is the predecessor.
func (p *hopPair) checkSucc(succ transcript.Statement, ctx [32]byte, members []auction.Address, accused auction.Address) error {
	o, s := p.own.Transcript, succ.Transcript
	switch {
	case succ.Context != ctx:
		return fmt.Errorf("%w: the successor's statement is of another all-reduce", errHops)
	case s.Ranks != o.Ranks || s.Len != o.Len || s.Rank != (o.Rank+1)%o.Ranks || len(s.Hops) != len(o.Hops):
		return fmt.Errorf("%w: no statement of the successor of rank %d of %d (rank %d of %d)", errHops, o.Rank, o.Ranks, s.Rank, s.Ranks)
	}
	signer, err := statementSigner(succ)
	if err != nil || signer == accused || !slices.Contains(members, auction.Address(signer)) {
		return fmt.Errorf("%w: the successor's statement is signed by %s, not another member of the award (%v)", errHops, signer, err)
	}
	p.succ = succ
	k := transcript.FirstMismatch(o, s)
	if k < 0 {
		return nil
	}
	if _, err := p.equivocation().Check(func(msg, sig []byte) error { return verifyBy(accused, msg, sig) }); err != nil {
		return fmt.Errorf("%w: the successor states it received at hop %d other than the accused states it sent, without the accused's hop statement of it (%v)", errHops, k, err)
	}
	p.equivocated = true
	return nil
}

// stepOp returns the ring operation whose sum the leaf of step holds, in
// train.Member.Run's order (joinAt's schedule: each all-reduce, then at a
// receipt period's end or the last step the parameter-hash comparison),
// for a job whose schedule is that one: not compressed (two all-reduces
// an outer step) and not overlapped (its outer all-reduce runs a round
// late). ok is false for another job, and for a step that has no leaf
// (a DiLoCo local step) or is past the last. A leaf's transcript, where
// it names one, is of this operation: a verifier checks the step's hops
// against that operation's statements only (PROTOCOL.md "Verified
// work"), whatever attempts or views the operation took.
func (r *Recipe) stepOp(step uint64) (uint64, bool) {
	o, err := codec.ParseOuter(r.Compression)
	if err != nil || o.On() || r.Overlap || r.Steps < 1 {
		return 0, false
	}
	return stepOp(step, uint64(r.Steps), uint64(max(r.LocalSteps, 1)), uint64(max(r.HashEvery, 0)))
}

// stepOp is Recipe.stepOp for a job of steps steps, local steps per
// all-reduce and receipt period every (0: none).
func stepOp(step, steps, local, every uint64) (uint64, bool) {
	var k uint64 // operations before step s's all-reduce
	for s := uint64(1); s <= steps && s <= step; s++ {
		last := s == steps
		if local > 1 && s%local != 0 && !last {
			continue
		}
		if s == step {
			return k, true
		}
		k++
		if every > 0 && (s%every == 0 || last) {
			k++
		}
	}
	return 0, false
}
