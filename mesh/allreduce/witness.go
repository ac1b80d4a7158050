package allreduce

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// This file is the engine's side of per-hop transcripts (Spec.Transcripts;
// issue 16, tampering in transit): what a member records while it runs an
// operation, the signed record it passes round the ring with its
// checksum, and the checks it makes on the others'. The rules of who is
// to blame are transcript.Blame's, run by verifiers; the engine only
// records, signs, exchanges and refuses an operation whose records do not
// chain, dropping the member that lied (transcript's "Who lied about a
// hop").

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
	// Transcripts, Sigs and Inputs are by rank; Transcripts[Rank] is
	// this member's. Inputs[r] is rank r's predecessor's hop statement
	// (its signature over what it sent rank r: transcript.RecvBytes).
	Transcripts []transcript.Transcript
	Sigs        [][]byte
	Inputs      [][]byte
}

// Statement is rank r's signed transcript of the operation: evidence
// that it sent what it states (protocol.WorkEvidence's HopIn, HopOut).
func (r OpRecord) Statement(rank int) transcript.Statement {
	return transcript.Statement{Context: r.Context, Transcript: r.Transcripts[rank], Sig: r.Sigs[rank], Input: r.Inputs[rank]}
}

// LastOp returns the records of this member's last operation, when it
// ran on a ring with transcripts here (false when the last one kept
// none: a group without Spec.Transcripts, a view of one, an operation
// completed elsewhere, a failed call). Never an earlier operation's: a
// leaf commits to its step's operation's transcript or to none.
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
// transcripts the signed statement (transcript.Statement.Encode).
func (g *Group) gatherMax(n int) int {
	if !g.spec.Transcripts {
		return gatherBytesMax
	}
	return gatherBytesMax + 32 + 4 + 16 + 64*2*(n-1) + 2*(2+sigBytesMax)
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

// frameHopSent is the kind of a hop statement's frame: a member's
// signature over the hashes of the segments it sent its successor in
// the operation (transcript.SentBytes), sent on lane 0 after the
// segments and before the records are gathered.
const frameHopSent byte = 4

// exchangeHopStatements signs this member's hop statement of operation op
// (t's sent hashes), sends it to its successor, and takes its
// predecessor's, which must be the predecessor's signature over the
// hashes of what this member received (t's received hashes). It returns
// the predecessor's statement, which this member's own record carries as
// its input. A predecessor whose statement does not match what arrived
// put on the wire other than it signed: only this member saw it, and it
// accuses it of garbage, as it would of a malformed chunk.
func (g *Group) exchangeHopStatements(ctx context.Context, lk *links, op uint64, octx [32]byte, t transcript.Transcript) ([]byte, error) {
	w := g.params.Witness
	sig, err := w.Sign(t.SentBytes(octx))
	if err != nil {
		return nil, fmt.Errorf("sign the hop statement: %w", err)
	}
	if len(sig) > sigBytesMax {
		return nil, fmt.Errorf("%w: a signature of %d bytes", ErrSpec, len(sig))
	}
	stop := context.AfterFunc(ctx, lk.reset)
	defer stop()
	out, in := lk.out[0], lk.in[0]
	timeout := g.params.ChunkTimeout
	b := make([]byte, frameHeaderLen+len(sig))
	h := frameHeader{Len: uint32(len(sig)), Kind: frameHopSent, Op: op}
	h.put(b)
	copy(b[frameHeaderLen:], sig)
	_ = out.SetWriteDeadline(clock.NetDeadline(timeout))
	if _, err := out.Write(b); err != nil {
		return nil, fmt.Errorf("send the hop statement to %s: %w", lk.succ, err)
	}
	hdr := make([]byte, frameHeaderLen)
	_ = in.SetReadDeadline(clock.NetDeadline(timeout))
	if _, err := io.ReadFull(in, hdr); err != nil {
		return nil, fmt.Errorf("receive the hop statement from %s: %w", lk.pred, err)
	}
	if h = decodeFrameHeader(hdr); h.Kind != frameHopSent || h.Op != op || h.Round != 0 || int(h.Len) > sigBytesMax {
		err := fmt.Errorf("%w: got frame kind %d op %d index %d (%d bytes), want the hop statement of op %d", ErrProtocol, h.Kind, h.Op, h.Round, h.Len, op)
		g.accuse(lk.pred, FaultGarbage, err.Error())
		return nil, err
	}
	p := make([]byte, h.Len)
	if _, err := io.ReadFull(in, p); err != nil {
		return nil, fmt.Errorf("receive the hop statement from %s: %w", lk.pred, err)
	}
	if err := w.Verify(lk.pred, t.RecvBytes(octx), p); err != nil {
		g.accuse(lk.pred, FaultGarbage, fmt.Sprintf("op %d: signed a segment other than it sent (its hop statement is not of what arrived: %v)", op, err))
		return nil, fmt.Errorf("%w: operation %d: %s's hop statement is not of the segments it sent: %w", ErrTranscript, op, lk.pred, err)
	}
	return p, nil
}

// signedRecord is the gather record with a transcript: the checksum, then
// this member's statement (transcript.Statement.Encode: the transcript,
// its signature, and its input, the predecessor's hop statement;
// signatures empty without a witness).
func (g *Group) signedRecord(sum []byte, ctx [32]byte, t transcript.Transcript, input []byte) ([]byte, error) {
	var sig []byte
	if w := g.params.Witness; w != nil {
		var err error
		if sig, err = w.Sign(transcript.StatementBytes(ctx, t, input)); err != nil {
			return nil, fmt.Errorf("sign the transcript: %w", err)
		}
		if len(sig) > sigBytesMax {
			return nil, fmt.Errorf("%w: a signature of %d bytes", ErrSpec, len(sig))
		}
	}
	st := transcript.Statement{Context: ctx, Transcript: t, Sig: sig, Input: input}
	return append(slices.Clone(sum), st.Encode()...), nil
}

// checkTranscripts parses the gathered records of operation op, checks
// each signature, each member's place and length, and that every member
// received at each hop what its predecessor says it sent. Where one did
// not, one of the two lies, and every member that holds the records
// decides which alike (transcript's "Who lied about a hop"): the
// predecessor when the receiver's input is the predecessor's valid hop
// statement of what it states it received (the predecessor signed two
// different segments for one hop: Params.Equivocated gets the evidence),
// the receiver otherwise (it states a segment its predecessor never
// signed). Without a witness nothing is signed, and the receiver accuses
// its predecessor, as it saw what arrived. The records are kept for
// LastOp.
func (g *Group) checkTranscripts(lk *links, v view, op uint64, ctx [32]byte, records [][]byte) error {
	n := lk.n
	w := g.params.Witness
	rec := OpRecord{Op: op, Context: ctx, Members: slices.Clone(v.Members), Rank: lk.rank,
		Transcripts: make([]transcript.Transcript, n), Sigs: make([][]byte, n), Inputs: make([][]byte, n)}
	for i, r := range records {
		if len(r) < 8 {
			return fmt.Errorf("%w: operation %d: %s's record has %d bytes", ErrTranscript, op, v.Members[i], len(r))
		}
		s, err := transcript.DecodeStatement(r[8:])
		t := s.Transcript
		if err != nil || s.Context != ctx || t.Ranks != uint32(n) || t.Rank != uint32(i) || t.Len != uint64(g.spec.Len) {
			return fmt.Errorf("%w: operation %d: %s's transcript (%v)", ErrTranscript, op, v.Members[i], err)
		}
		if w != nil && i != lk.rank {
			if err := w.Verify(v.Members[i], transcript.StatementBytes(ctx, t, s.Input), s.Sig); err != nil {
				if i == (lk.rank-1+n)%n {
					g.accuse(lk.pred, FaultGarbage, fmt.Sprintf("transcript of op %d: %v", op, err))
				}
				return fmt.Errorf("%w: operation %d: %s's signature: %w", ErrTranscript, op, v.Members[i], err)
			}
		}
		rec.Transcripts[i], rec.Sigs[i], rec.Inputs[i] = t, s.Sig, s.Input
	}
	var errs []string
	for i := range n {
		pred := (i - 1 + n) % n
		k := transcript.FirstMismatch(rec.Transcripts[pred], rec.Transcripts[i])
		if k < 0 {
			continue
		}
		culprit, why := i, "stated it received a segment its predecessor never signed"
		switch {
		case w == nil:
			culprit, why = pred, "signed a segment other than it sent"
		case w.Verify(v.Members[pred], rec.Transcripts[i].RecvBytes(ctx), rec.Inputs[i]) == nil:
			// The predecessor's own hop statement names what i states it
			// received: it signed two segments for hop k.
			culprit, why = pred, "signed two different segments for one hop (equivocation)"
			if f := g.params.Equivocated; f != nil {
				f(v.Members[pred], op, transcript.Equivocation{Pred: rec.Statement(pred), Succ: rec.Statement(i)})
			}
		}
		detail := fmt.Sprintf("op %d hop %d: %s", op, k, why)
		switch {
		case v.Members[culprit] == g.self:
		case w != nil:
			// With signatures every member decides alike, and the two
			// statements show it to anyone: the accusation carries them.
			m := transcript.Mismatch{Pred: rec.Statement(pred), Succ: rec.Statement(i)}
			g.accuseProven(v.Members[culprit], detail, mismatchEvidence(op, v.Members[pred], v.Members[i], m))
		case i == lk.rank:
			// Without, only the receiver saw what arrived.
			g.accuse(v.Members[culprit], FaultGarbage, detail)
		}
		errs = append(errs, fmt.Sprintf("%s %s (%s states it sent %s, %s that it received %s)", v.Members[culprit], detail,
			v.Members[pred], rec.Transcripts[pred].Hops[k].Sent.Short(), v.Members[i], rec.Transcripts[i].Hops[k].Recv.Short()))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: operation %d: %s", ErrTranscript, op, strings.Join(errs, "; "))
	}
	g.setLast(rec)
	return nil
}
