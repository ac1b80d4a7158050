package node

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
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

// chainedRing is a ring of n members' statements of one all-reduce of
// job's group as members sign them: real transcripts (transcript.Run),
// each with its predecessor's hop statement as its input.
func chainedRing(t testing.TB, job auction.Hash, op uint64, keys []*identity.Key) []transcript.Statement {
	t.Helper()
	n := len(keys)
	ctx := allreduce.OpContext(allreduce.GroupID(job), op)
	bufs := make([][]float32, n)
	for r := range bufs {
		bufs[r] = []float32{float32(r), 1, 2, 3, 4, 5, float32(op), 7}
	}
	ts, err := transcript.Run(bufs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
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
