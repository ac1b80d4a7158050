package allreduce

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// This file is the engine's side of per-hop transcripts (Spec.Transcripts;
// issue 16, tampering in transit): what a member records while it runs an
// operation, the signed record it passes round the ring with its
// checksum, and the checks it makes on the others'. The rules of who is
// to blame are transcript.Blame's, run by verifiers; the engine only
// records, signs, exchanges and refuses an operation whose records do not
// chain.

// Witness signs this member's statement of an operation and checks the
// other members' (transcript.StatementBytes). The node implements it with
// its keys; the mesh knows no signature scheme.
type Witness interface {
	Sign(msg []byte) ([]byte, error)
	Verify(signer peer.ID, msg, sig []byte) error
}

// sigBytesMax bounds a witness signature on the wire.
const sigBytesMax = transcript.SigBytesMax

// OpContext is the context of operation op of group id: what the hop
// records of that operation carry (transcript.Record.Context).
func OpContext(id GroupID, op uint64) [32]byte {
	h := sha256.New()
	h.Write([]byte("trainmesh/allreduce/op/1"))
	h.Write(id[:])
	h.Write(binary.BigEndian.AppendUint64(nil, op))
	var c [32]byte
	h.Sum(c[:0])
	return c
}

// OpRecord is an operation's records as a member holds them after it: every
// member's transcript and signature, by rank.
type OpRecord struct {
	Op      uint64
	Context [32]byte
	Members []peer.ID
	Rank    int
	// Transcripts and Sigs are by rank; Transcripts[Rank] is this
	// member's.
	Transcripts []transcript.Transcript
	Sigs        [][]byte
}

// Statement is rank r's signed transcript of the operation: evidence
// that it sent what it states (protocol.WorkEvidence's HopIn, HopOut).
func (r OpRecord) Statement(rank int) transcript.Statement {
	return transcript.Statement{Context: r.Context, Transcript: r.Transcripts[rank], Sig: r.Sigs[rank]}
}

// LastOp returns the records of this member's last operation that ran on
// a ring with transcripts (false when the last one kept none: a group
// without Spec.Transcripts, a ring of one, an operation completed
// elsewhere).
func (g *Group) LastOp() (OpRecord, bool) {
	g.lastMu.Lock()
	defer g.lastMu.Unlock()
	return g.last, g.last.Transcripts != nil
}

// LastTranscript is the hash of this member's transcript of its last
// operation (zero when it kept none): what a training member's leaf
// commits to (train.Transcriber).
func (g *Group) LastTranscript() [32]byte {
	r, ok := g.LastOp()
	if !ok {
		return [32]byte{}
	}
	return r.Transcripts[r.Rank].Hash()
}

func (g *Group) setLast(r OpRecord) {
	g.lastMu.Lock()
	defer g.lastMu.Unlock()
	g.last = r
}

// gatherMax bounds a gather record in a ring of n: a checksum, and with
// transcripts the signed transcript.
func (g *Group) gatherMax(n int) int {
	if !g.spec.Transcripts {
		return gatherBytesMax
	}
	return gatherBytesMax + 4 + 16 + 64*2*(n-1) + sigBytesMax
}

// transcript builds this member's record of the operation just run on
// layout l at rank: the hashes of the whole segments it received and
// sent at each hop. It runs after the operation, from what the member
// holds then: its input (st.backup, which holds every segment's input
// once the operation completed), the reduce-scatter segments received
// (st.rsIn, kept as they arrived) and the result (buf). What it sent at a
// reduce-scatter hop k ≥ 1 is its input plus what it received at k−1,
// added again here as the engine added it (codec.Add: the same float32
// additions, the same bits). keep, when set, gets each sent segment.
func (st *opState) transcript(l schedule.Layout, rank int, keep func([32]byte, []float32)) transcript.Transcript {
	n := l.Ranks()
	t := transcript.Transcript{Ranks: uint32(n), Rank: uint32(rank), Len: uint64(l.Len()), Hops: make([]transcript.Hop, l.Steps())}
	var sum []float32
	for k := range l.Steps() {
		stp := l.Step(rank, k)
		rlo, rhi := l.Segment(stp.Recv)
		slo, shi := l.Segment(stp.Send)
		var sent []float32
		switch {
		case k == 0:
			sent = st.backup[slo:shi]
		case stp.Phase == schedule.ReduceScatter:
			sum = append(sum[:0], st.backup[slo:shi]...)
			for i, v := range st.rsIn[slo:shi] {
				sum[i] += v
			}
			sent = sum
		default:
			sent = st.buf[slo:shi]
		}
		if stp.Reduce {
			t.Hops[k].Recv = transcript.Floats(st.rsIn[rlo:rhi])
		} else {
			t.Hops[k].Recv = transcript.Floats(st.buf[rlo:rhi])
		}
		t.Hops[k].Sent = transcript.Floats(sent)
		if keep != nil {
			keep(t.Hops[k].Sent, slices.Clone(sent))
		}
	}
	return t
}

// signedRecord is the gather record with a transcript: the checksum, the
// transcript's length and encoding, and the signature (empty without a
// witness).
func (g *Group) signedRecord(sum []byte, ctx [32]byte, t transcript.Transcript) ([]byte, error) {
	var sig []byte
	if w := g.params.Witness; w != nil {
		var err error
		if sig, err = w.Sign(transcript.StatementBytes(ctx, t)); err != nil {
			return nil, fmt.Errorf("sign the transcript: %w", err)
		}
		if len(sig) > sigBytesMax {
			return nil, fmt.Errorf("%w: a signature of %d bytes", ErrSpec, len(sig))
		}
	}
	enc := t.Encode()
	rec := append(slices.Clone(sum), binary.BigEndian.AppendUint32(nil, uint32(len(enc)))...)
	rec = append(rec, enc...)
	return append(rec, sig...), nil
}

// checkTranscripts parses the gathered records of operation op, checks
// each signature, each member's place and length, and that every member
// received at each hop what its predecessor says it sent. A predecessor
// that says it sent other than this member received is accused: it sent
// one thing and signed another. The records are kept for LastOp.
func (g *Group) checkTranscripts(lk *links, v view, op uint64, ctx [32]byte, records [][]byte) error {
	n := lk.n
	rec := OpRecord{Op: op, Context: ctx, Members: slices.Clone(v.Members), Rank: lk.rank,
		Transcripts: make([]transcript.Transcript, n), Sigs: make([][]byte, n)}
	for i, r := range records {
		if len(r) < 12 {
			return fmt.Errorf("%w: operation %d: %s's record has %d bytes", ErrTranscript, op, v.Members[i], len(r))
		}
		m := int(binary.BigEndian.Uint32(r[8:]))
		if m > len(r)-12 {
			return fmt.Errorf("%w: operation %d: %s's record is cut", ErrTranscript, op, v.Members[i])
		}
		t, err := transcript.Decode(r[12 : 12+m])
		if err != nil || t.Ranks != uint32(n) || t.Rank != uint32(i) || t.Len != uint64(g.spec.Len) {
			return fmt.Errorf("%w: operation %d: %s's transcript (%v)", ErrTranscript, op, v.Members[i], err)
		}
		sig := r[12+m:]
		if w := g.params.Witness; w != nil && i != lk.rank {
			if err := w.Verify(v.Members[i], transcript.StatementBytes(ctx, t), sig); err != nil {
				if i == (lk.rank-1+n)%n {
					g.accuse(lk.pred, FaultGarbage, fmt.Sprintf("transcript of op %d: %v", op, err))
				}
				return fmt.Errorf("%w: operation %d: %s's signature: %w", ErrTranscript, op, v.Members[i], err)
			}
		}
		rec.Transcripts[i], rec.Sigs[i] = t, slices.Clone(sig)
	}
	for i := range n {
		pred := (i - 1 + n) % n
		for k, h := range rec.Transcripts[i].Hops {
			if h.Recv == rec.Transcripts[pred].Hops[k].Sent {
				continue
			}
			if i == lk.rank {
				g.accuse(lk.pred, FaultGarbage, fmt.Sprintf("op %d hop %d: signed a segment other than it sent", op, k))
			}
			return fmt.Errorf("%w: operation %d hop %d: %s says it sent %s, %s received %s", ErrTranscript, op, k,
				v.Members[pred], rec.Transcripts[pred].Hops[k].Sent.Short(), v.Members[i], h.Recv.Short())
		}
	}
	g.setLast(rec)
	return nil
}
