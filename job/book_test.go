package job

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// bookAward is an award of n winners (m1..mn) and one standby.
func bookAward(n int) *protocol.Award {
	a := &protocol.Award{JobID: Hash{7}, Poster: gPoster, Standbys: []Address{standby(1)}}
	for i := 1; i <= n; i++ {
		a.Winners = append(a.Winners, member(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	a.Prices = append(a.Prices, big.NewInt(10)) // the standby's
	return a
}

// rcpt is member i's receipt (i counts from 0) for step with hash {h}.
func rcpt(i int, step uint64, h byte) Receipt {
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: member(i + 1), Step: step, ParamsHash: Hash{h}}}
	r.Sig[0], r.Sig[1], r.Sig[2] = byte(i), byte(step), h
	return r
}

func TestCredits(t *testing.T) {
	type rc struct {
		member int
		step   uint64
		hash   byte
	}
	for _, c := range []struct {
		name     string
		winners  int
		receipts []rc
		want     []uint64 // winners, then the standby
		mismatch map[int]uint64
	}{
		{"all finish", 3, []rc{{0, 50, 1}, {1, 50, 1}, {2, 50, 1}, {0, 100, 2}, {1, 100, 2}, {2, 100, 2}}, []uint64{100, 100, 100, 0}, map[int]uint64{}},
		{"one stops after step 50", 3, []rc{{0, 50, 1}, {1, 50, 1}, {2, 50, 1}, {0, 100, 2}, {1, 100, 2}}, []uint64{100, 100, 50, 0}, map[int]uint64{}},
		{"one never sent a receipt", 3, []rc{{0, 50, 1}, {1, 50, 1}, {0, 100, 2}, {1, 100, 2}}, []uint64{100, 100, 0, 0}, map[int]uint64{}},
		{"a wrong hash is not credited", 3, []rc{{0, 50, 1}, {1, 50, 1}, {2, 50, 1}, {0, 100, 2}, {1, 100, 2}, {2, 100, 3}}, []uint64{100, 100, 50, 0}, map[int]uint64{2: 100}},
		{"a survivor alone after a pair splits", 2, []rc{{0, 50, 1}, {1, 50, 1}, {1, 100, 2}}, []uint64{50, 100, 0}, map[int]uint64{}},
		{"a tie is no agreement", 2, []rc{{0, 50, 1}, {1, 50, 2}}, []uint64{0, 0, 0}, map[int]uint64{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := NewBook(bookAward(c.winners), 100)
			for _, r := range c.receipts {
				if added, ev, err := b.Add(rcpt(r.member, r.step, r.hash)); !added || ev != nil || err != nil {
					t.Fatalf("Add(%v) = %v, %v, %v", r, added, ev, err)
				}
			}
			if got := b.Credits(); !slices.Equal(got, c.want) {
				t.Errorf("Credits() = %v; want %v", got, c.want)
			}
			want := map[Address]uint64{}
			for i, s := range c.mismatch {
				want[member(i+1)] = s
			}
			if got := b.Mismatches(); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Mismatches() = %v; want %v", got, want)
			}
		})
	}
}

func TestBookRefusesAndCatchesEquivocation(t *testing.T) {
	b := NewBook(bookAward(3), 100)
	r := rcpt(0, 50, 1)
	if added, _, err := b.Add(r); !added || err != nil {
		t.Fatalf("first receipt: %v, %v", added, err)
	}
	if added, ev, err := b.Add(r); added || ev != nil || err != nil {
		t.Errorf("duplicate: added %v, evidence %v, err %v; want a silent no", added, ev, err)
	}
	other := rcpt(1, 50, 1)
	other.JobID = Hash{8}
	outsider := rcpt(1, 50, 1)
	outsider.Member = Address{1}
	for _, c := range []struct {
		name string
		r    Receipt
	}{{"step 0", rcpt(1, 0, 1)}, {"past end", rcpt(1, 101, 1)}, {"other job", other}, {"outsider", outsider}} {
		if _, _, err := b.Add(c.r); err == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
	second := rcpt(0, 50, 2)
	_, ev, err := b.Add(second)
	if err != nil || ev == nil {
		t.Fatalf("a second hash for one step: evidence %v, err %v", ev, err)
	}
	if ev.Member != member(1) || ev.Step != 50 || ev.First != r || ev.Second != second || ev.Kind() != protocol.EvidenceReceipt {
		t.Errorf("evidence = %+v; want member 1's two receipts for step 50", ev)
	}
	eq := ev.Equivocation()
	if eq.Kind != protocol.EvidenceReceipt || !bytes.Equal(eq.MsgA, r.AppendABI(nil)) || !bytes.Equal(eq.MsgB, second.AppendABI(nil)) || !bytes.Equal(eq.SigA, r.Sig[:]) || !bytes.Equal(eq.SigB, second.Sig[:]) {
		t.Errorf("submission does not carry the two receipts and their signatures")
	}
	if got := b.Credits()[0]; got != 50 {
		t.Errorf("credit after equivocation = %d; the first receipt stands", got)
	}
	// One parameter hash with another contribution root is equivocation
	// too: the receipt is the member's commitment to its contributions.
	recommit := r
	recommit.ContribRoot = Hash{0xcc}
	if _, ev, err := b.Add(recommit); err != nil || ev == nil || ev.Second != recommit {
		t.Errorf("a second contribution root for one step: evidence %v, err %v", ev, err)
	}
}

// TestReceiptABI: the receipt's ABI encoding is the five words of
// StepReceipt(bytes32 jobId,address member,uint64 step,bytes32 paramsHash,
// bytes32 contribRoot).
func TestReceiptABI(t *testing.T) {
	r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{1, 2}, Member: Address{0xaa, 0xbb}, Step: 0x0102030405060708, ParamsHash: Hash{9}, ContribRoot: Hash{7}}}
	b := r.AppendABI(nil)
	if len(b) != protocol.ReceiptABILen {
		t.Fatalf("len = %d; want %d", len(b), protocol.ReceiptABILen)
	}
	want := append(append(append(append([]byte{}, r.JobID[:]...), make([]byte, 12)...), r.Member[:]...), make([]byte, 24)...)
	want = append(append(append(want, 1, 2, 3, 4, 5, 6, 7, 8), r.ParamsHash[:]...), r.ContribRoot[:]...)
	if !bytes.Equal(b, want) {
		t.Errorf("AppendABI = %x; want %x", b, want)
	}
}

func TestBookBound(t *testing.T) {
	b := NewBook(bookAward(1), 1000)
	for s := uint64(1); s <= 3*ReceiptsPerMemberMax; s++ {
		b.Add(rcpt(0, s, byte(s)))
	}
	if n := b.Len(); n != ReceiptsPerMemberMax {
		t.Errorf("book holds %d receipts; want the bound %d", n, ReceiptsPerMemberMax)
	}
	if got := b.Latest(member(1)); got != 3*ReceiptsPerMemberMax {
		t.Errorf("Latest = %d", got)
	}
	if added, _, _ := b.Add(rcpt(0, 1, 1)); added {
		t.Errorf("a receipt older than all kept was filed")
	}
}

// TestProof: the proof the book builds for a claim is what the contract
// checks: a quorum of receipts for one step and hash, signers sorted by
// address, each with its index in winners ‖ standbys. (node's
// TestReceiptProofVerifies recovers every signature of such a proof.)
func TestProof(t *testing.T) {
	a := bookAward(3)
	// Winners out of address order, so that sorting shows.
	a.Winners[0], a.Winners[2] = a.Winners[2], a.Winners[0]
	b := NewBook(a, 100)
	for _, r := range []Receipt{rcpt(0, 50, 1), rcpt(1, 50, 1), rcpt(2, 50, 1), rcpt(0, 100, 2), rcpt(1, 100, 2)} {
		b.Add(r)
	}
	q := QuorumOf(3, 6666)
	if q != 2 {
		t.Fatalf("QuorumOf(3, 6666) = %d; want 2", q)
	}
	p, ok := b.Proof(member(1), q)
	if !ok || p.Step != 100 || p.ParamsHash != (Hash{2}) || len(p.Quorum.Sigs) != 2 {
		t.Fatalf("Proof(m1) = %+v, %v; want step 100 with 2 signatures", p, ok)
	}
	members := a.Members()
	for i, idx := range p.Quorum.Members {
		m := members[idx]
		r, held := b.Get(m, p.Step)
		if !held || r.Sig != p.Quorum.Sigs[i] || r.ParamsHash != p.ParamsHash {
			t.Errorf("quorum entry %d (member index %d) is not %s's receipt for step %d", i, idx, m.Short(), p.Step)
		}
		if i > 0 && bytes.Compare(members[p.Quorum.Members[i-1]][:], m[:]) >= 0 {
			t.Errorf("signers not in ascending address order: %v", p.Quorum.Members)
		}
	}
	if p, ok := b.Proof(member(3), q); !ok || p.Step != 50 {
		t.Errorf("Proof(m3, stopped at 50) = %+v, %v; want step 50", p, ok)
	}
	if p, ok := b.Proof(member(1), 3); !ok || p.Step != 50 {
		t.Errorf("Proof(m1) with a quorum of 3 = %+v, %v; want step 50, the last all three signed", p, ok)
	}
	if _, ok := b.Proof(member(1), 4); ok {
		t.Errorf("a quorum of 4 of 3 proved something")
	}
}

func TestQuorumOf(t *testing.T) {
	for _, c := range []struct {
		k    uint32
		bps  uint16
		want int
	}{{1, 6666, 1}, {2, 6666, 2}, {3, 6666, 2}, {4, 6666, 3}, {6, 6666, 4}, {4, 5000, 2}, {4, 10000, 4}} {
		if got := QuorumOf(c.k, c.bps); got != c.want {
			t.Errorf("QuorumOf(%d, %d) = %d; want %d", c.k, c.bps, got, c.want)
		}
	}
}

// TestBookProperties files random receipts (with forks, gaps, repeats and
// equivocations) and checks what must hold whatever arrives: a credit is a
// step the member receipted with the agreed hash; a proof's signers are
// distinct, sorted, members, and at least the quorum; the book stays within
// its bound; All is sorted and complete (an equivocated slot's two
// receipts), and a book refilled from it the same.
func TestBookProperties(t *testing.T) {
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 1))
		k := 1 + rng.IntN(5)
		steps := uint64(1 + rng.IntN(80))
		b := NewBook(bookAward(k), steps)
		for range rng.IntN(300) {
			i := rng.IntN(k)
			s := 1 + rng.Uint64N(steps)
			h := byte(s) + byte(rng.IntN(100)/97) // mostly agreeing, sometimes forked
			b.Add(rcpt(i, s, h))
		}
		credits := b.Credits()
		members := b.award.Members()
		for i, m := range members {
			if c := credits[i]; c != 0 {
				r, ok := b.Get(m, c)
				h, n := b.Agreed(c)
				if !ok || n == 0 || r.ParamsHash != h {
					t.Fatalf("seed %d: %s credited %d without an agreed receipt there", seed, m.Short(), c)
				}
			}
			if len(b.perStep[m]) > ReceiptsPerMemberMax {
				t.Fatalf("seed %d: %d receipts of one member", seed, len(b.perStep[m]))
			}
		}
		quorum := 1 + rng.IntN(k)
		for _, w := range b.award.Winners {
			p, ok := b.Proof(w, quorum)
			if !ok {
				continue
			}
			if len(p.Quorum.Members) < quorum || len(p.Quorum.Members) != len(p.Quorum.Sigs) {
				t.Fatalf("seed %d: proof of %d signers for a quorum of %d", seed, len(p.Quorum.Members), quorum)
			}
			self := false
			for j, idx := range p.Quorum.Members {
				m := members[idx]
				self = self || m == w
				if r, held := b.Get(m, p.Step); !held || r.ParamsHash != p.ParamsHash || r.Sig != p.Quorum.Sigs[j] {
					t.Fatalf("seed %d: proof entry %d is not a held receipt of the proved hash", seed, j)
				}
				if j > 0 && bytes.Compare(members[p.Quorum.Members[j-1]][:], m[:]) >= 0 {
					t.Fatalf("seed %d: signers unsorted or repeated", seed)
				}
			}
			if !self {
				t.Fatalf("seed %d: proof for %s lacks its own receipt", seed, w.Short())
			}
		}
		all := b.All()
		if len(all) != b.Len()+len(b.second) || !slices.IsSortedFunc(all, func(x, y Receipt) int {
			if c := bytes.Compare(x.Member[:], y.Member[:]); c != 0 {
				return c
			}
			return cmpUint(x.Step, y.Step)
		}) {
			t.Fatalf("seed %d: All() unsorted or incomplete", seed)
		}
		// A book refilled from All (a restart) holds the same receipts
		// and knows the same equivocations.
		again := NewBook(bookAward(k), steps)
		for _, r := range all {
			again.Add(r)
		}
		for s, r := range b.slots {
			r2, ok := again.Get(s.member, s.step)
			e, eq := b.Equivocation(s.member, s.step)
			e2, eq2 := again.Equivocation(s.member, s.step)
			if !ok || r2 != *r || eq != eq2 || e != e2 {
				t.Fatalf("seed %d: a book refilled from All() differs at %s's step %d", seed, s.member.Short(), s.step)
			}
		}
	}
}

// TestBookStandbyCredits: a standby called into the ring is credited from
// the receipt period it joined in (Book.Base), not from step 1; a winner
// from step 1; a standby that never trained nothing.
func TestBookStandbyCredits(t *testing.T) {
	a := &protocol.Award{JobID: Hash{7}, Poster: gPoster, Winners: []Address{member(1), member(2)}, Standbys: []Address{standby(1), standby(2)}}
	for range a.Members() {
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	for _, c := range []struct {
		name     string
		receipts map[Address][]uint64
		want     []uint64
	}{
		{"no standby called in", map[Address][]uint64{member(1): {5, 10}, member(2): {5, 10}}, []uint64{10, 10, 0, 0}},
		{"a standby from the second period", map[Address][]uint64{member(1): {5, 10, 15}, member(2): {5}, standby(1): {10, 15}}, []uint64{15, 5, 10, 0}},
		{"a standby from the last period", map[Address][]uint64{member(1): {5, 10, 15}, member(2): {5, 10}, standby(2): {15}}, []uint64{15, 10, 0, 5}},
		{"a standby from the first period", map[Address][]uint64{member(1): {5, 10}, standby(1): {5, 10}}, []uint64{10, 0, 10, 0}},
	} {
		b := NewBook(a, 15)
		for m, steps := range c.receipts {
			for _, s := range steps {
				r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: m, Step: s, ParamsHash: Hash{byte(s)}}}
				if _, _, err := b.Add(r); err != nil {
					t.Fatal(err)
				}
			}
		}
		if got := b.Credits(); !slices.Equal(got, c.want) {
			t.Errorf("%s: credits %v; want %v", c.name, got, c.want)
		}
	}
}

// TestBookGap: a winner called back into its seat after a restart states
// where it trains again (its seat statement); the steps from its last
// receipt before that are its gap, which Credits deducts. A copy of the
// statement changes nothing, and a winner that made none has no gap.
func TestBookGap(t *testing.T) {
	type rc struct {
		member int
		step   uint64
	}
	for _, c := range []struct {
		name                   string
		receipts               []rc
		from                   uint64 // m1's statement: rejoined after step from (0: none)
		wantAfter, wantThrough uint64
		want                   []uint64 // winners, then the standby
	}{
		{"no statement", []rc{{0, 50}, {1, 50}, {0, 100}, {1, 100}}, 0, 0, 0, []uint64{100, 100, 0}},
		{"gap within a period", []rc{{0, 50}, {1, 50}, {0, 100}, {1, 100}}, 62, 50, 62, []uint64{88, 100, 0}},
		{"rejoined before its first receipt", []rc{{1, 50}, {0, 100}, {1, 100}}, 7, 0, 7, []uint64{93, 100, 0}},
		{"rejoined at its last receipt", []rc{{0, 50}, {1, 50}, {0, 100}, {1, 100}}, 50, 50, 50, []uint64{100, 100, 0}},
		{"no receipt after the rejoin yet", []rc{{0, 50}, {1, 50}, {1, 100}}, 62, 50, 62, []uint64{50, 100, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := NewBook(bookAward(2), 100)
			for _, r := range c.receipts {
				if _, _, err := b.Add(rcpt(r.member, r.step, byte(r.step))); err != nil {
					t.Fatal(err)
				}
			}
			var want []Gap
			if c.from > 0 {
				st := SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: member(1), Seat: 0, From: c.from}}
				if added, err := b.AddSeat(st); !added || err != nil {
					t.Fatalf("AddSeat = %v, %v", added, err)
				}
				if added, err := b.AddSeat(st); added || err != nil {
					t.Errorf("a copy: AddSeat = %v, %v; want false, nil", added, err)
				}
				want = []Gap{{c.wantAfter, c.wantThrough}}
			}
			if got := b.Gaps(member(1)); !slices.Equal(got, want) {
				t.Errorf("Gaps = %v; want %v", got, want)
			}
			if got := b.Gaps(member(2)); got != nil {
				t.Errorf("m2 made no statement but has gaps %v", got)
			}
			if got := b.Credits(); !slices.Equal(got, c.want) {
				t.Errorf("Credits() = %v; want %v", got, c.want)
			}
		})
	}
}

// TestBookGaps: a winner restarted twice has two gaps, each stated or
// witnessed by a quorum, and neither is credited; rejoins with no receipt
// between them are one gap, to the later; a lone witness makes none; and
// past RejoinsMax rejoins of one signer its lowest kept is a floor, so
// that the bound never credits a gap.
func TestBookGaps(t *testing.T) {
	seat := func(from uint64) SignedSeat {
		return SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: member(1), Seat: 0, From: from}}
	}
	wit := func(by int, from uint64) SignedWitness {
		return SignedWitness{RejoinWitness: RejoinWitness{SeatStatement{JobID: Hash{7}, Standby: member(1), Seat: 0, From: from}}, Witness: member(by)}
	}
	type in struct {
		seat    uint64 // m1's statement (0: none)
		by      int    // else a witness by m<by>
		witness uint64
	}
	every10 := func(skip ...uint64) []uint64 {
		var out []uint64
		for s := uint64(10); s <= 100; s += 10 {
			if !slices.Contains(skip, s) {
				out = append(out, s)
			}
		}
		return out
	}
	for _, c := range []struct {
		name     string
		m1       []uint64 // m1's receipts (m2, m3 receipt every 10)
		ins      []in
		want     []Gap
		wantCred uint64
	}{
		{"two restarts, stated", every10(30, 70), []in{{seat: 34}, {seat: 75}}, []Gap{{20, 34}, {60, 75}}, 100 - 14 - 15},
		{"two restarts, witnessed", every10(30, 70), []in{{by: 2, witness: 34}, {by: 3, witness: 34}, {by: 2, witness: 75}, {by: 3, witness: 75}},
			[]Gap{{20, 34}, {60, 75}}, 100 - 14 - 15},
		{"the earlier stated, the later witnessed", every10(30, 70), []in{{seat: 34}, {by: 2, witness: 75}, {by: 3, witness: 75}},
			[]Gap{{20, 34}, {60, 75}}, 100 - 14 - 15},
		{"witnesses disagree: the quorum's lower", every10(30, 70), []in{{by: 2, witness: 34}, {by: 3, witness: 32}, {by: 2, witness: 75}, {by: 3, witness: 78}},
			[]Gap{{20, 32}, {60, 75}}, 100 - 12 - 15},
		{"a lone witness of the earlier", every10(30, 70), []in{{by: 2, witness: 34}, {by: 2, witness: 75}, {by: 3, witness: 75}},
			[]Gap{{60, 75}}, 100 - 15},
		{"restarted before receipting again: one gap", every10(30, 40), []in{{seat: 34}, {seat: 45}, {by: 2, witness: 34}, {by: 3, witness: 34}},
			[]Gap{{20, 45}}, 100 - 25},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := NewBook(bookAward(3), 100)
			for s := uint64(10); s <= 100; s += 10 {
				for i := 1; i < 3; i++ {
					b.Add(rcpt(i, s, byte(s)))
				}
				if slices.Contains(c.m1, s) {
					b.Add(rcpt(0, s, byte(s)))
				}
			}
			for _, x := range c.ins {
				var err error
				if x.seat > 0 {
					_, err = b.AddSeat(seat(x.seat))
				} else {
					_, err = b.AddWitness(wit(x.by, x.witness))
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if got := b.Gaps(member(1)); !slices.Equal(got, c.want) {
				t.Errorf("Gaps = %v; want %v", got, c.want)
			}
			if got := b.Credits()[0]; got != c.wantCred {
				t.Errorf("credited %d; want %d", got, c.wantCred)
			}
		})
	}

	// The bound: a signer's rejoins past RejoinsMax keep the highest, and
	// the lowest kept is a floor (a gap from step 1). One signer's flood
	// is its own list only: a lone witness's floor makes no gap.
	b := NewBook(bookAward(3), 1000)
	for s := uint64(10); s <= 1000; s += 10 {
		for i := 0; i < 3; i++ {
			b.Add(rcpt(i, s, byte(s)))
		}
	}
	for k := range uint64(RejoinsMax + 3) {
		if _, err := b.AddWitness(wit(2, 700+k*10+5)); err != nil {
			t.Fatal(err)
		}
	}
	if got := b.Gaps(member(1)); got != nil {
		t.Errorf("one witness's %d rejoins: Gaps = %v; want none", RejoinsMax+3, got)
	}
	if got := len(b.WitnessesOf(member(1))); got != rejoinsKept {
		t.Errorf("kept %d of one witness's rejoins; want %d", got, rejoinsKept)
	}
	for k := range uint64(RejoinsMax + 3) {
		b.AddWitness(wit(3, 700+k*10+5))
	}
	gaps := b.Gaps(member(1))
	// Kept: 725..805 (9), within the book's window of receipts (the
	// latest 32: 690..1000); 725 the floor: (0, 725], then 735..805's
	// eight.
	if len(gaps) != RejoinsMax+1 || gaps[0] != (Gap{0, 725}) || gaps[1] != (Gap{730, 735}) || gaps[len(gaps)-1] != (Gap{800, 805}) {
		t.Errorf("Gaps = %v; want (0, 725], then (730, 735] ... (800, 805]", gaps)
	}
	if got, want := b.Credits()[0], uint64(1000-725-RejoinsMax*5); got != want {
		t.Errorf("credited %d; want %d", got, want)
	}
}
