package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
	"github.com/trainmesh/trainmesh/protocol"
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
		sig, err := nodeWitness{k}.Sign(transcript.StatementBytes(ctx, tr, nil))
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
	h := hops{Op: 7, Statements: chainedRing(t, job, 7, keys)}
	own := commit.Hash(h.Statements[1].Transcript.Hash())
	other := hops{Op: 7, Statements: chainedRing(t, auction.Hash{2}, 7, keys)}
	swapped := hops{Op: 7, Statements: chainedRing(t, job, 7, []*identity.Key{keys[0], keys[2], keys[1]})}
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

// TestCheckHopsSuccessor: an audit checks the accused's statement in the
// hops blob its leaf names against its ring successor's (checkSucc), in
// rings of two (the successor is the predecessor), three and four, from
// real transcripts. The accused (rank 1) alters the segment it sends at
// hop 1, then signs a second statement of the operation stating the
// segment its honest contribution gives there (it knows its draw before
// it commits): the hops check alone passes that one (transcript.BlameRank
// finds nothing) and names the one its ring holds. An honest blob passes;
// the blob with the second statement and the real successor's is caught
// as the accused's equivocation, whose evidence (the two statements it
// signed) re-checks by signatures alone (checkEquivocation); a blob whose
// successor's statement is missing, of another operation, not signed by
// another member, or differs without the accused's hop statement is
// refused (errHops: no verdict); a successor that agrees but carries no
// valid hop statement leaves the honest accused's blob as it is.
func TestCheckHopsSuccessor(t *testing.T) {
	for _, n := range []int{2, 3, 4} {
		t.Run(fmt.Sprintf("ring of %d", n), func(t *testing.T) {
			keys := make([]*identity.Key, n+1) // the ring and an outsider
			var winners []auction.Address
			for i := range keys {
				k, err := identity.Generate()
				if err != nil {
					t.Fatal(err)
				}
				keys[i] = k
				if i < n {
					winners = append(winners, auction.Address(k.Address()))
				}
			}
			job := auction.Hash{3}
			const op, accused = 6, 1
			ctx := allreduce.OpContext(allreduce.GroupID(job), op)
			succ := (accused + 1) % n
			bufs := make([][]float32, n)
			for r := range bufs {
				bufs[r] = make([]float32, 4*n)
				for i := range bufs[r] {
					bufs[r][i] = float32(r+1)*0.25 + float32(i)
				}
			}
			run := func(alter func(rank, hop int, seg []float32)) ([]transcript.Transcript, map[transcript.Hash][]float32) {
				segs := map[transcript.Hash][]float32{}
				in := make([][]float32, n)
				for r := range in {
					in[r] = slices.Clone(bufs[r])
				}
				ts, err := transcript.Run(in, alter, func(h transcript.Hash, s []float32) { segs[h] = s })
				if err != nil {
					t.Fatal(err)
				}
				return ts, segs
			}
			ts, segs := run(func(rank, hop int, seg []float32) {
				if rank == accused && hop == 1 {
					seg[0]++
				}
			})
			honest, _ := run(nil)
			real := signChain(t, ctx, ts, keys[:n])
			sign := func(s transcript.Statement, k *identity.Key) transcript.Statement {
				sig, err := nodeWitness{k}.Sign(transcript.StatementBytes(s.Context, s.Transcript, s.Input))
				if err != nil {
					t.Fatal(err)
				}
				s.Sig = sig
				return s
			}
			// The second statement: what it received (its input, the
			// predecessor's hop statement, still valid), and at hop 1 the
			// segment its honest contribution gives.
			fake := real[accused]
			fake.Transcript.Hops = slices.Clone(fake.Transcript.Hops)
			fake.Transcript.Hops[1].Sent = honest[accused].Hops[1].Sent
			fake = sign(fake, keys[accused])
			pred := (accused - 1 + n) % n
			blame := func(own transcript.Statement) []transcript.Finding {
				t.Helper()
				sent := make([][]transcript.Record, n)
				for r, st := range []transcript.Statement{real[pred], own} {
					q := []int{pred, accused}[r]
					rec, err := st.Transcript.Records(ctx)
					if err != nil {
						t.Fatal(err)
					}
					sent[q] = rec
				}
				contrib := make([][]float32, n)
				contrib[accused] = bufs[accused]
				found, err := transcript.BlameRank(transcript.Group{Len: 4 * n, Sent: sent, Contributions: contrib,
					Segments: func(h transcript.Hash) ([]float32, bool) { s, ok := segs[h]; return s, ok }}, accused)
				if err != nil {
					t.Fatal(err)
				}
				return found
			}
			if f := blame(real[accused]); len(f) == 0 {
				t.Fatalf("the hops check finds nothing in the statement its ring holds")
			}
			if f := blame(fake); len(f) != 0 {
				t.Fatalf("the hops check finds %v in the second statement; want nothing (what checkSucc must catch)", f)
			}
			with := func(i int, s transcript.Statement) hops {
				h := hops{Op: op, Statements: slices.Clone(real)}
				h.Statements[i] = s
				return h
			}
			faked := with(accused, fake)
			other := chainedRing(t, job, op+1, keys[:n])
			lying := real[succ] // agrees with the real statement, no valid input
			lying.Input = []byte{1, 2, 3}
			lying = sign(lying, keys[succ])
			type outcome int
			const (
				pass outcome = iota
				equivocated
				refused
			)
			cases := map[string]struct {
				h    hops
				own  transcript.Statement
				want outcome
			}{
				"honest":                                      {hops{Op: op, Statements: real}, real[accused], pass},
				"the second statement":                        {faked, fake, equivocated},
				"the successor of another op":                 {with(succ, other[succ]), real[accused], refused},
				"the successor signed by accused":             {with(succ, sign(real[succ], keys[accused])), real[accused], refused},
				"the successor signed by outsider":            {with(succ, sign(real[succ], keys[n])), real[accused], refused},
				"a successor without hop statement, agreeing": {with(succ, lying), real[accused], pass},
			}
			if n == 2 {
				// The successor is the predecessor: its statement is
				// checked as one (checkHopPair) too.
				delete(cases, "a successor without hop statement, agreeing")
			} else {
				// The second statement with the successor's copy
				// missing (the blob's next statement is another rank's)
				// or made to agree without the accused's signature.
				dropped := faked
				dropped.Statements = slices.Delete(slices.Clone(faked.Statements), succ, succ+1)
				unlinked := with(succ, lying)
				unlinked.Statements[accused] = fake
				cases["the second statement, no successor"] = struct {
					h    hops
					own  transcript.Statement
					want outcome
				}{dropped, fake, refused}
				cases["the second statement, a successor without hop statement"] = struct {
					h    hops
					own  transcript.Statement
					want outcome
				}{unlinked, fake, refused}
			}
			for name, c := range cases {
				t.Run(name, func(t *testing.T) {
					p, err := checkHops(encodeHops(c.h), job, winners, winners[accused], commit.Hash(c.own.Transcript.Hash()))
					switch {
					case c.want == refused:
						if !errors.Is(err, errHops) || p.equivocated {
							t.Fatalf("err %v, equivocated %v; want errHops", err, p.equivocated)
						}
						return
					case err != nil:
						t.Fatal(err)
					case p.equivocated != (c.want == equivocated):
						t.Fatalf("equivocated %v; want %v", p.equivocated, c.want == equivocated)
					}
					if c.want != equivocated {
						return
					}
					// The evidence a verifier files (verifyTry): both
					// statements signed by the accused, re-checked by
					// signatures alone.
					eq := p.equivocation()
					if !bytes.Equal(eq.Pred.Encode(), fake.Encode()) || !bytes.Equal(eq.Succ.Encode(), real[succ].Encode()) {
						t.Fatalf("evidence of other statements than the second one and the successor's")
					}
					e := &protocol.WorkEvidence{JobID: job, Accused: winners[accused], Step: 5, Fault: protocol.FaultTampered,
						LeafIndex: p.op, HopOut: eq.Pred.Encode(), HopIn: eq.Succ.Encode(), Verifier: winners[pred]}
					if err := e.Check(); err != nil || !e.IsEquivocation() {
						t.Fatalf("evidence: %v, equivocation form %v", err, e.IsEquivocation())
					}
					if err := checkEquivocation(e, winners); err != nil {
						t.Fatalf("re-check: %v", err)
					}
				})
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

// chainedRing is a ring of n members' statements of one all-reduce of
// job's group as members sign them: real transcripts (transcript.Run),
// each with its predecessor's hop statement as its input.
func chainedRing(t testing.TB, job auction.Hash, op uint64, keys []*identity.Key) []transcript.Statement {
	t.Helper()
	n := len(keys)
	bufs := make([][]float32, n)
	for r := range bufs {
		bufs[r] = []float32{float32(r), 1, 2, 3, 4, 5, float32(op), 7}
	}
	ts, err := transcript.Run(bufs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return signChain(t, allreduce.OpContext(allreduce.GroupID(job), op), ts, keys)
}

// signChain signs transcripts ts of one all-reduce (context ctx) as the
// ring's members do: rank r with keys[r], its input its predecessor's hop
// statement.
func signChain(t testing.TB, ctx [32]byte, ts []transcript.Transcript, keys []*identity.Key) []transcript.Statement {
	t.Helper()
	n := len(keys)
	out := make([]transcript.Statement, n)
	for r, tr := range ts {
		pred := (r + n - 1) % n
		in, err := nodeWitness{keys[pred]}.Sign(ts[pred].SentBytes(ctx))
		if err != nil {
			t.Fatal(err)
		}
		sig, err := nodeWitness{keys[r]}.Sign(transcript.StatementBytes(ctx, tr, in))
		if err != nil {
			t.Fatal(err)
		}
		out[r] = transcript.Statement{Context: ctx, Transcript: tr, Sig: sig, Input: in}
	}
	return out
}

// TestValidateTamperEvidence: the training topic's validator checks
// fault-4 evidence's hop statements before it relays it: well-formed
// evidence passes; a forged signature on either statement, a predecessor
// that is not a winner, or a HopIn whose sent hashes are not the ones the
// predecessor signed in the hop statement the accused holds (a liar
// predecessor's second transcript: the accused would be judged on input
// it never received) is rejected, which the pubsub score counts against
// the publisher; statements of another all-reduce (a compressed outer
// step's statistics') pass, for re-checkers to link; without the award it
// cannot check and ignores.
func TestValidateTamperEvidence(t *testing.T) {
	keys := make([]*identity.Key, 4) // three winners and an outsider
	var winners []auction.Address
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		if i < 3 {
			winners = append(winners, auction.Address(k.Address()))
		}
	}
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0xee}}
	job := auction.Hash{9}
	const op, accused, verifier = 4, 1, 2
	ring := chainedRing(t, job, op, keys[:3])
	ctx := ring[0].Context
	leaves := []commit.Leaf{{Step: 5, Members: 3, Transcript: commit.Hash(ring[accused].Transcript.Hash())}, {Step: 6, Members: 3}}
	proof, err := commit.Proof(leaves, 0)
	if err != nil {
		t.Fatal(err)
	}
	rc := protocol.StepReceipt{JobID: job, Member: winners[accused], Step: 6, ContribRoot: protocol.Hash(commit.Root(leaves))}
	rsig, err := chain.Sign(keys[accused], dom, rc)
	if err != nil {
		t.Fatal(err)
	}
	evidence := func(in, out transcript.Statement) []byte {
		e := &protocol.WorkEvidence{JobID: job, Accused: winners[accused], Step: 5, Fault: protocol.FaultTampered,
			Receipt: rc, ReceiptSig: [protocol.SignatureLen]byte(rsig), LeafIndex: 0, LeafCount: 2, Leaf: leaves[0].Encode(),
			Proof: protoHashes(proof), HopIn: in.Encode(), HopOut: out.Encode(), Verifier: winners[verifier]}
		sig, err := chain.Sign(keys[verifier], dom, e.Statement())
		if err != nil {
			t.Fatal(err)
		}
		e.Sig = [protocol.SignatureLen]byte(sig)
		return encodeEvidence(e)
	}
	resign := func(s transcript.Statement, k *identity.Key) transcript.Statement {
		sig, err := nodeWitness{k}.Sign(transcript.StatementBytes(s.Context, s.Transcript, s.Input))
		if err != nil {
			t.Fatal(err)
		}
		s.Sig = sig
		return s
	}
	forged := ring[accused]
	forged.Sig = append([]byte(nil), forged.Sig...)
	forged.Sig[3] ^= 1
	forgedIn := ring[0]
	forgedIn.Sig = append([]byte(nil), forgedIn.Sig...)
	forgedIn.Sig[3] ^= 1
	// The predecessor's second transcript: another segment sent at hop 1,
	// validly signed by it, against the hop statement the accused holds.
	second := ring[0]
	second.Transcript.Hops = append([]transcript.Hop(nil), second.Transcript.Hops...)
	second.Transcript.Hops[1].Sent[0] ^= 1
	second = resign(second, keys[0])
	// The accused's input forged (not the predecessor's signature): the
	// predecessor's transcript is its input, as before hop statements.
	noInput := ring[accused]
	noInput.Input = []byte{1, 2, 3}
	noInput = resign(noInput, keys[accused])
	before := chainedRing(t, job, op-1, keys[:3])
	for name, c := range map[string]struct {
		data   []byte
		award  bool
		author int
		want   mesh.Outcome
	}{
		"well formed":                         {evidence(ring[0], ring[accused]), true, verifier, mesh.Accept},
		"well formed, no award yet":           {evidence(ring[0], ring[accused]), false, verifier, mesh.Ignore},
		"the accused's statement forged":      {evidence(ring[0], forged), true, verifier, mesh.Reject},
		"the predecessor's statement forged":  {evidence(forgedIn, ring[accused]), true, verifier, mesh.Reject},
		"the predecessor signed by outsider":  {evidence(resign(ring[0], keys[3]), ring[accused]), true, verifier, mesh.Reject},
		"the predecessor's second transcript": {evidence(second, ring[accused]), true, verifier, mesh.Reject},
		"an input that is no hop statement":   {evidence(ring[0], noInput), true, verifier, mesh.Accept},
		// Another all-reduce's statements (a compressed step's
		// statistics', the operation before): relayed; re-checkers link
		// them to the leaf's values by operation or refute them.
		"the operation before's statements": {evidence(before[0], before[accused]), true, verifier, mesh.Accept},
	} {
		t.Run(name, func(t *testing.T) {
			n := &Node{}
			n.cfg.Auction.Domain = dom
			jr := newRun(job, "member", auction.Signed{}, nil, "", context.Background())
			defer jr.cancel()
			if c.award {
				jr.setAward(auction.Signed{Msg: &auction.Award{JobID: job, Winners: winners}})
			}
			m := &mesh.Message{Author: keys[c.author].PeerID(), Data: c.data}
			if got := n.validateWorkMsg(jr, m); got != c.want {
				t.Errorf("validator: %v; want %v", got, c.want)
			}
		})
	}
	// The hop statement's check itself: the predecessor's second
	// transcript is its equivocation, not the accused's tampering.
	if err := checkHopPair(hopPair{own: ring[accused], pred: second}, ctx, winners, winners[accused]); !errors.Is(err, errEquivocation) {
		t.Errorf("checkHopPair with the predecessor's second transcript: %v; want errEquivocation", err)
	}
}

// BenchmarkHopStatements measures a member's signature work per ring
// all-reduce of four, with the node's keys: "statement" is what it did
// before hop statements (sign its transcript, check the three others'),
// "hop statement" what they add (sign its hop statement, check its
// predecessor's). go test ./node -run '^$' -bench HopStatements.
func BenchmarkHopStatements(b *testing.B) {
	keys := make([]*identity.Key, 4)
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			b.Fatal(err)
		}
		keys[i] = k
	}
	ring := chainedRing(b, auction.Hash{1}, 3, keys)
	ids := make([]peer.ID, len(keys))
	for i, k := range keys {
		ids[i] = k.PeerID()
	}
	ctx := ring[0].Context
	w := nodeWitness{keys[1]}
	b.Run("statement", func(b *testing.B) {
		for b.Loop() {
			if _, err := w.Sign(transcript.StatementBytes(ctx, ring[1].Transcript, ring[1].Input)); err != nil {
				b.Fatal(err)
			}
			for _, r := range []int{0, 2, 3} {
				if err := w.Verify(ids[r], transcript.StatementBytes(ctx, ring[r].Transcript, ring[r].Input), ring[r].Sig); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("hop statement", func(b *testing.B) {
		for b.Loop() {
			if _, err := w.Sign(ring[1].Transcript.SentBytes(ctx)); err != nil {
				b.Fatal(err)
			}
			if err := w.Verify(ids[0], ring[1].Transcript.RecvBytes(ctx), ring[1].Input); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestStepOp: the ring operation a step's leaf links (stepOp) is, in
// every schedule, an all-reduce of joinAt's (not a hash comparison) whose
// round starts after the previous leaf's step, operations increase with
// the steps, and steps without a leaf have none. TestVerifiedWork's
// failure under load: step 33 of 40 (hash every 10) ran as operation 35,
// in a view of one, and its leaf named operation 34's transcript.
func TestStepOp(t *testing.T) {
	if op, ok := stepOp(33, 40, 1, 10); !ok || op != 35 {
		t.Errorf("stepOp(33, 40, 1, 10) = %d, %v; want 35, true", op, ok)
	}
	rng := rand.New(rand.NewPCG(20, 16))
	for range 300 {
		steps := 1 + rng.Uint64N(120)
		local := []uint64{1, 2, 5, 10}[rng.IntN(4)]
		every := local * rng.Uint64N(4) // 0: no receipt periods
		var prev, prevOp uint64
		first := true
		for s := uint64(1); s <= steps+2; s++ {
			op, ok := stepOp(s, steps, local, every)
			leaf := s <= steps && (local == 1 || s%local == 0 || s == steps)
			if ok != leaf {
				t.Fatalf("stepOp(%d, %d, %d, %d): ok %v; want %v", s, steps, local, every, ok, leaf)
			}
			if !ok {
				continue
			}
			jp, jok := joinAt(op, steps, local, every, 1)
			if !jok || jp.hash || jp.from != prev || jp.op != op {
				t.Fatalf("stepOp(%d, %d, %d, %d) = %d; joinAt gives %+v, %v; want the all-reduce of the round after step %d", s, steps, local, every, op, jp, jok, prev)
			}
			if !first && op <= prevOp {
				t.Fatalf("stepOp(%d, …) = %d after %d", s, op, prevOp)
			}
			first, prev, prevOp = false, s, op
		}
	}
	for _, r := range []Recipe{
		{Steps: 20, LocalSteps: 5, HashEvery: 5, Compression: "int4"},
		{Steps: 20, LocalSteps: 5, HashEvery: 10, Overlap: true},
		{Steps: 20, Compression: "int3"},
	} {
		if op, ok := r.stepOp(10); ok {
			t.Errorf("%+v: stepOp(10) = %d, true; want no schedule", r, op)
		}
	}
	if op, ok := (&Recipe{Steps: 40, HashEvery: 10}).stepOp(33); !ok || op != 35 {
		t.Errorf("Recipe.stepOp(33) = %d, %v; want 35, true", op, ok)
	}
}

// TestValidateReceiptEquivocation: a follower's evidence of a member's two
// receipts for one step (job.KindEquivocation) is relayed when both
// receipts are the member's, a member of the award, and its author a
// follower of the job (a member or the poster); a forged receipt is the
// publisher's fault, and a stranger's publication or a job without its
// award yet is ignored.
func TestValidateReceiptEquivocation(t *testing.T) {
	keys := make([]*identity.Key, 4) // two winners, the poster and an outsider
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	winners := []auction.Address{auction.Address(keys[0].Address()), auction.Address(keys[1].Address())}
	poster := auction.Address(keys[2].Address())
	dom := protocol.Domain{ChainID: 1337, VerifyingContract: protocol.Address{0xee}}
	id := auction.Hash{9}
	receipt := func(k *identity.Key, jobID auction.Hash, params byte) job.Receipt {
		sr := protocol.StepReceipt{JobID: jobID, Member: protocol.Address(k.Address()), Step: 10, ParamsHash: protocol.Hash{params}}
		sig, err := chain.Sign(k, dom, sr)
		if err != nil {
			t.Fatal(err)
		}
		return job.Receipt{StepReceipt: sr, Sig: [protocol.SignatureLen]byte(sig)}
	}
	a, b := receipt(keys[1], id, 1), receipt(keys[1], id, 2)
	forged := b
	forged.Sig[3] ^= 1
	stranger := receipt(keys[3], id, 1)
	enc := func(x, y job.Receipt) []byte {
		return (&job.Evidence{Member: x.Member, Step: x.Step, First: x, Second: y}).Encode()
	}
	for name, c := range map[string]struct {
		data   []byte
		award  bool
		author int
		want   mesh.Outcome
	}{
		"by a member":            {enc(a, b), true, 0, mesh.Accept},
		"by the equivocator":     {enc(b, a), true, 1, mesh.Accept},
		"by the poster":          {enc(a, b), true, 2, mesh.Accept},
		"by an outsider":         {enc(a, b), true, 3, mesh.Ignore},
		"no award yet":           {enc(a, b), false, 0, mesh.Ignore},
		"a forged receipt":       {enc(a, forged), true, 0, mesh.Reject},
		"one receipt twice":      {enc(a, a), true, 0, mesh.Reject},
		"another job's receipts": {enc(receipt(keys[1], auction.Hash{8}, 1), receipt(keys[1], auction.Hash{8}, 2)), true, 0, mesh.Reject},
		"a stranger's receipts":  {enc(stranger, receipt(keys[3], id, 2)), true, 0, mesh.Ignore},
		"truncated":              {enc(a, b)[:100], true, 0, mesh.Reject},
	} {
		t.Run(name, func(t *testing.T) {
			n := &Node{}
			n.cfg.Auction.Domain = dom
			jr := newRun(id, "member", auction.Signed{}, nil, "", context.Background())
			defer jr.cancel()
			if c.award {
				jr.setAward(auction.Signed{Msg: &auction.Award{JobID: id, Poster: poster, Winners: winners}})
			}
			m := &mesh.Message{Author: keys[c.author].PeerID(), Data: c.data}
			got := n.validateEquivocation(jr, m)
			if got != c.want {
				t.Fatalf("validator: %v; want %v", got, c.want)
			}
			if got == mesh.Accept {
				if in, ok := m.Decoded.(job.PeerEquivocation); !ok || in.Evidence.Member != a.Member || in.Evidence.Step != 10 {
					t.Fatalf("decoded %#v; want the evidence against %s at step 10", m.Decoded, a.Member.Short())
				}
			}
		})
	}
}
