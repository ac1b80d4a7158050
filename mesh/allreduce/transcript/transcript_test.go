package transcript

import (
	"crypto/sha256"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

// group runs one all-reduce of random tensors and returns the records
// every rank signs, the kept segments, the contributions and the sums.
func group(rng *rand.Rand, n, length int, alter func(rank, hop int, seg []float32)) (Group, [][]float32, []Transcript) {
	ctx := [32]byte{7}
	contrib := make([][]float32, n)
	bufs := make([][]float32, n)
	for r := range n {
		contrib[r] = make([]float32, length)
		for i := range contrib[r] {
			contrib[r][i] = float32(rng.NormFloat64())
		}
		bufs[r] = slices.Clone(contrib[r])
	}
	segs := map[Hash][]float32{}
	ts, err := Run(bufs, alter, func(h Hash, s []float32) { segs[h] = s })
	if err != nil {
		panic(err)
	}
	g := Group{Len: length, Contributions: contrib, Segments: func(h Hash) ([]float32, bool) { s, ok := segs[h]; return s, ok }}
	for _, t := range ts {
		recs, err := t.Records(ctx)
		if err != nil {
			panic(err)
		}
		g.Sent = append(g.Sent, recs)
	}
	return g, bufs, ts
}

// TestHonestBlamesNobody (property): over random rings, lengths and
// tensors, an honest all-reduce names no one, every member ends with the
// bits schedule.Execute gives, and each member's received hash at a hop
// is its predecessor's sent hash.
func TestHonestBlamesNobody(t *testing.T) {
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 1))
		n, length := 1+rng.IntN(7), 1+rng.IntN(60)
		g, sums, ts := group(rng, n, length, nil)
		found, err := Blame(g)
		if err != nil || len(found) != 0 {
			t.Fatalf("seed %d (n=%d len=%d): %+v, %v", seed, n, length, found, err)
		}
		ref := make([][]float32, n)
		for r := range ref {
			ref[r] = slices.Clone(g.Contributions[r])
		}
		l, _ := schedule.NewLayout(n, length, 1+rng.IntN(length))
		schedule.Execute(l, ref, func(dst, src []float32) {
			for i, v := range src {
				dst[i] += v
			}
		})
		for r := range n {
			if !slices.Equal(sums[r], ref[r]) || !slices.Equal(sums[r], sums[0]) {
				t.Fatalf("seed %d: rank %d's sum differs from the schedule's or rank 0's", seed, r)
			}
			for k, h := range ts[r].Hops {
				if h.Recv != ts[(r-1+n)%n].Hops[k].Sent {
					t.Fatalf("seed %d: rank %d hop %d received another hash than was sent", seed, r, k)
				}
			}
		}
	}
}

// TestTampererNamed (property): a member that alters what it sends at
// one hop (its own segment at hop 0, a partial sum, the completed sum, a
// forwarded all-gather segment) is the one member named, at that hop.
func TestTampererNamed(t *testing.T) {
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 2))
		n, length := 2+rng.IntN(6), 1+rng.IntN(60)
		l, _ := schedule.NewLayout(n, length, length)
		bad, hop := rng.IntN(n), rng.IntN(l.Steps())
		if lo, hi := l.Segment(l.Step(bad, hop).Send); lo == hi {
			continue // an empty segment cannot be altered
		}
		zero := rng.IntN(2) == 0
		g, _, _ := group(rng, n, length, func(rank, k int, seg []float32) {
			if rank != bad || k != hop {
				return
			}
			if zero {
				clear(seg)
				seg[0] = 1 // a segment of zeros could be honest; this one is not
				return
			}
			seg[len(seg)-1] = math.Float32frombits(math.Float32bits(seg[len(seg)-1]) ^ 1)
		})
		found, err := Blame(g)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if len(found) != 1 || found[0].Rank != bad || found[0].Hop != hop {
			t.Fatalf("seed %d (n=%d len=%d): rank %d altered hop %d; found %+v", seed, n, length, bad, hop, found)
		}
		// Auditing the tamperer alone, with only its own contribution,
		// finds the same; auditing anyone else finds nothing.
		other := (bad + 1 + rng.IntN(n-1)) % n
		one := g
		one.Contributions = make([][]float32, n)
		one.Contributions[bad], one.Contributions[other] = g.Contributions[bad], g.Contributions[other]
		if got, err := BlameRank(one, bad); err != nil || len(got) != 1 || got[0].Hop != hop || got[0].Want != found[0].Want || got[0].Sent != found[0].Sent {
			t.Fatalf("seed %d: BlameRank(tamperer) = %+v, %v", seed, got, err)
		}
		if got, err := BlameRank(one, other); err != nil || len(got) != 0 {
			t.Fatalf("seed %d: BlameRank(honest rank %d) = %+v, %v", seed, other, got, err)
		}
		want := KindReduce
		switch {
		case hop == 0:
			want = KindContribution
		case hop >= n:
			want = KindForward
		}
		if found[0].Kind != want || (hop > 0) != (found[0].Input != nil) {
			t.Errorf("seed %d: kind %v, want %v", seed, found[0].Kind, want)
		}
	}
}

// TestBlameInput: a missing segment or a record of another ring is an
// error that names no one.
func TestBlameInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	g, _, _ := group(rng, 4, 20, nil)
	noSeg := g
	noSeg.Segments = func(Hash) ([]float32, bool) { return nil, false }
	wrongRec := g
	wrongRec.Sent = slices.Clone(g.Sent)
	wrongRec.Sent[2] = slices.Clone(g.Sent[2])
	wrongRec.Sent[2][1].Segment++
	short := g
	short.Contributions = g.Contributions[:3]
	for name, in := range map[string]Group{"no segment": noSeg, "record of another hop": wrongRec, "3 contributions": short} {
		if found, err := Blame(in); !errors.Is(err, ErrInput) || len(found) != 0 {
			t.Errorf("%s: %+v, %v; want ErrInput", name, found, err)
		}
	}
}

// TestConflict: two records of one hop by one sender with different
// hashes conflict; records of different hops or senders do not.
func TestConflict(t *testing.T) {
	a := Record{Context: [32]byte{1}, Ranks: 4, From: 2, Hop: 3, Segment: 3, Sent: Hash{9}}
	b := a
	b.Sent[0]++
	c := a
	c.Hop++
	c.Sent = b.Sent
	if !Conflict(a, b) || Conflict(a, a) || Conflict(a, c) {
		t.Errorf("Conflict(a, b) = %v, (a, a) = %v, (a, c) = %v", Conflict(a, b), Conflict(a, a), Conflict(a, c))
	}
}

func TestEncodings(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	_, _, ts := group(rng, 3, 10, nil)
	back, err := Decode(ts[1].Encode())
	if err != nil || back.Hash() != ts[1].Hash() || back.Rank != 1 {
		t.Fatalf("Decode(Encode) = %+v, %v", back, err)
	}
	recs, _ := ts[1].Records([32]byte{5})
	r, err := DecodeRecord(recs[2].Encode())
	if err != nil || r != recs[2] {
		t.Fatalf("DecodeRecord(Encode) = %+v, %v", r, err)
	}
}

func FuzzDecode(f *testing.F) {
	rng := rand.New(rand.NewPCG(4, 4))
	_, _, ts := group(rng, 3, 10, nil)
	f.Add(ts[0].Encode())
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5})
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := Decode(b)
		if err != nil {
			if !errors.Is(err, ErrDecode) {
				t.Fatal(err)
			}
			return
		}
		if string(tr.Encode()) != string(b) {
			t.Fatal("re-encoding differs")
		}
		if _, err := tr.Records([32]byte{}); err != nil {
			t.Fatalf("a decoded transcript has no records: %v", err)
		}
	})
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add(Record{Ranks: 2, Hop: 1}.Encode())
	f.Add([]byte("tmhop1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRecord(b)
		if err != nil {
			if !errors.Is(err, ErrDecode) {
				t.Fatal(err)
			}
			return
		}
		if string(r.Encode()) != string(b) {
			t.Fatal("re-encoding differs")
		}
	})
}

// TestStatementRoundTrip: a signed transcript decodes to itself.
func TestStatementRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	_, _, ts := group(rng, 4, 33, nil)
	st := Statement{Context: [32]byte{3}, Transcript: ts[2], Sig: []byte{1, 2, 3}, Input: []byte{4, 5}}
	back, err := DecodeStatement(st.Encode())
	if err != nil || back.Context != st.Context || back.Transcript.Hash() != ts[2].Hash() || string(back.Sig) != "\x01\x02\x03" || string(back.Input) != "\x04\x05" {
		t.Fatalf("DecodeStatement(Encode) = %+v, %v", back, err)
	}
}

func FuzzDecodeStatement(f *testing.F) {
	rng := rand.New(rand.NewPCG(6, 6))
	_, _, ts := group(rng, 3, 10, nil)
	f.Add(Statement{Transcript: ts[1], Sig: make([]byte, 65)}.Encode())
	f.Add(Statement{Transcript: ts[2], Sig: make([]byte, 65), Input: make([]byte, 65)}.Encode())
	f.Add(make([]byte, 40))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeStatement(b)
		if err != nil {
			if !errors.Is(err, ErrDecode) {
				t.Fatal(err)
			}
			return
		}
		if string(s.Encode()) != string(b) {
			t.Fatal("re-encoding differs")
		}
	})
}

// keyed signs as signer: sha256(signer ‖ msg), a stand-in for keys.
func keyed(signer string, msg []byte) []byte {
	s := sha256.Sum256(append([]byte(signer), msg...))
	return s[:]
}

func verifierOf(signer string) func(msg, sig []byte) error {
	return func(msg, sig []byte) error {
		if string(keyed(signer, msg)) != string(sig) {
			return errors.New("bad signature")
		}
		return nil
	}
}

// TestHopStatements (property): in an honest all-reduce every member's
// received hashes are what its predecessor's hop statement signs
// (RecvBytes = the predecessor's SentBytes), and no pair mismatches.
func TestHopStatements(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for range 50 {
		n, length := 2+rng.IntN(7), 1+rng.IntN(300)
		_, _, ts := group(rng, n, length, nil)
		ctx := [32]byte{byte(n)}
		for r, tr := range ts {
			pred := ts[(r+n-1)%n]
			if string(tr.RecvBytes(ctx)) != string(pred.SentBytes(ctx)) {
				t.Fatalf("n %d rank %d: RecvBytes is not its predecessor's SentBytes", n, r)
			}
			if k := FirstMismatch(pred, tr); k >= 0 {
				t.Fatalf("n %d rank %d: mismatch at hop %d", n, r, k)
			}
		}
	}
}

// TestEquivocation: a sender whose hop statement and transcript state
// different segments for a hop is named by the evidence, which re-checks
// with its signatures only; a receiver's lie, a forged hop statement,
// statements that agree or are not adjacent name no one.
func TestEquivocation(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	const n = 4
	_, _, ts := group(rng, n, 50, nil)
	ctx := [32]byte{4}
	names := []string{"a", "b", "c", "d"}
	sign := func(tr []Transcript) []Statement {
		out := make([]Statement, n)
		for r := range tr {
			pred := (r + n - 1) % n
			// The input is what the predecessor signed: the true
			// transcript's hop statement.
			in := keyed(names[pred], ts[pred].SentBytes(ctx))
			out[r] = Statement{Context: ctx, Transcript: tr[r], Input: in, Sig: keyed(names[r], StatementBytes(ctx, tr[r], in))}
		}
		return out
	}
	honest := sign(ts)
	lied := slices.Clone(ts)
	lied[1].Hops = slices.Clone(ts[1].Hops)
	lied[1].Hops[3].Sent[0] ^= 1 // rank 1's transcript: another segment at hop 3
	lied[2].Hops = slices.Clone(ts[2].Hops)
	lied[2].Hops[1].Recv[0] ^= 1 // rank 2's transcript: it lies about hop 1
	st := sign(lied)
	if k, err := (Equivocation{Pred: st[1], Succ: honest[2]}).Check(verifierOf("b")); err != nil || k != 3 {
		t.Errorf("rank 1's two statements: Check = %d, %v; want hop 3", k, err)
	}
	for name, c := range map[string]struct {
		e      Equivocation
		signer string
	}{
		"honest statements":              {Equivocation{Pred: honest[1], Succ: honest[2]}, "b"},
		"a receiver that lies":           {Equivocation{Pred: honest[1], Succ: st[2]}, "b"},
		"bound to another signer":        {Equivocation{Pred: st[1], Succ: honest[2]}, "c"},
		"not adjacent":                   {Equivocation{Pred: st[1], Succ: honest[3]}, "b"},
		"of another all-reduce":          {Equivocation{Pred: st[1], Succ: Statement{Context: [32]byte{5}, Transcript: ts[2], Input: honest[2].Input}}, "b"},
		"a hop statement that is forged": {Equivocation{Pred: st[1], Succ: Statement{Context: ctx, Transcript: ts[2], Input: []byte("x")}}, "b"},
	} {
		if _, err := c.e.Check(verifierOf(c.signer)); !errors.Is(err, ErrInput) {
			t.Errorf("%s: Check = %v; want ErrInput", name, err)
		}
	}
}

// TestMismatchCulprit: the two statements of adjacent members that
// disagree name the liar, as every member of the ring decides: the
// predecessor when the successor's input is its valid hop statement of
// what the successor states it received (equivocation), the successor
// when it states a segment its predecessor never signed. Honest
// statements, statements under other signers, of another all-reduce or
// not adjacent name no one; the encoding round-trips.
func TestMismatchCulprit(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	const n = 4
	_, _, ts := group(rng, n, 40, nil)
	ctx := [32]byte{6}
	names := []string{"a", "b", "c", "d"}
	// sign signs each rank's transcript tr[r] with the hop statement its
	// predecessor signed of sent[pred].
	sign := func(tr, sent []Transcript) []Statement {
		out := make([]Statement, n)
		for r := range tr {
			pred := (r + n - 1) % n
			in := keyed(names[pred], sent[pred].SentBytes(ctx))
			out[r] = Statement{Context: ctx, Transcript: tr[r], Input: in, Sig: keyed(names[r], StatementBytes(ctx, tr[r], in))}
		}
		return out
	}
	honest := sign(ts, ts)
	// Rank 1 signs one segment for hop 2 in its hop statement and another
	// in its transcript: equivocation.
	equiv := slices.Clone(ts)
	equiv[1].Hops = slices.Clone(ts[1].Hops)
	equiv[1].Hops[2].Sent[0] ^= 1
	eq := sign(equiv, ts)
	// Rank 2 states it received another segment at hop 1 than rank 1
	// signed it sent.
	lie := slices.Clone(ts)
	lie[2].Hops = slices.Clone(ts[2].Hops)
	lie[2].Hops[1].Recv[0] ^= 1
	li := sign(lie, ts)
	for _, c := range []struct {
		name       string
		m          Mismatch
		pred, succ string
		hop        int
		predLied   bool
		ok         bool
	}{
		{"equivocating predecessor", Mismatch{Pred: eq[1], Succ: honest[2]}, "b", "c", 2, true, true},
		{"lying successor", Mismatch{Pred: honest[1], Succ: li[2]}, "b", "c", 1, false, true},
		{"honest statements", Mismatch{Pred: honest[1], Succ: honest[2]}, "b", "c", 0, false, false},
		{"the predecessor bound to another signer", Mismatch{Pred: eq[1], Succ: honest[2]}, "d", "c", 0, false, false},
		{"the successor bound to another signer", Mismatch{Pred: honest[1], Succ: li[2]}, "b", "a", 0, false, false},
		{"not adjacent", Mismatch{Pred: eq[1], Succ: honest[3]}, "b", "d", 0, false, false},
		{"of another all-reduce", Mismatch{Pred: honest[1], Succ: Statement{Context: [32]byte{9}, Transcript: lie[2], Input: li[2].Input, Sig: li[2].Sig}}, "b", "c", 0, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := DecodeMismatch(c.m.Encode())
			if err != nil {
				t.Fatal(err)
			}
			hop, predLied, err := m.Culprit(verifierOf(c.pred), verifierOf(c.succ))
			switch {
			case !c.ok && !errors.Is(err, ErrInput):
				t.Errorf("Culprit = %d, %v, %v; want ErrInput", hop, predLied, err)
			case c.ok && (err != nil || hop != c.hop || predLied != c.predLied):
				t.Errorf("Culprit = %d, %v, %v; want hop %d, predecessor lied %v", hop, predLied, err, c.hop, c.predLied)
			}
		})
	}
}

func FuzzDecodeMismatch(f *testing.F) {
	rng := rand.New(rand.NewPCG(11, 11))
	_, _, ts := group(rng, 3, 10, nil)
	f.Add(Mismatch{Pred: Statement{Transcript: ts[0], Sig: make([]byte, 65)}, Succ: Statement{Transcript: ts[1], Input: make([]byte, 65)}}.Encode())
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeMismatch(b)
		if err != nil {
			return
		}
		again, err := DecodeMismatch(m.Encode())
		if err != nil || !slices.Equal(again.Encode(), m.Encode()) {
			t.Fatalf("re-encoding does not round-trip: %v", err)
		}
	})
}
