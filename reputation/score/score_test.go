package score

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

const (
	t0     = uint64(1_700_000_000_000) // a Unix ms time for the tests
	hourMs = uint64(3600 * 1000)
	dayMs  = 24 * hourMs
)

func addr(i int) Address {
	var a Address
	a[0] = 0xaa
	a[18] = byte(i >> 8)
	a[19] = byte(i)
	return a
}

func newBook(t *testing.T, mod ...func(*Params)) *Book {
	t.Helper()
	p := DefaultParams()
	for _, m := range mod {
		m(&p)
	}
	b, err := NewBook(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustApply(t *testing.T, b *Book, o Observation) Change {
	t.Helper()
	ch, err := b.Apply(o)
	if err != nil {
		t.Fatalf("Apply(%+v): %v", o, err)
	}
	return ch
}

// TestEachKindMovesScore: every kind of observation moves a newcomer's
// score the way it should (up, down or not at all).
func TestEachKindMovesScore(t *testing.T) {
	p := DefaultParams()
	prior := p.Prior()
	voucher := addr(900)
	tests := []struct {
		name string
		obs  Observation
		want int // +1 up, -1 down, 0 unchanged
	}{
		{"bid honoured", Observation{Kind: KindBidHonoured}, +1},
		{"reveal missing", Observation{Kind: KindRevealMissing}, -1},
		{"award delivered", Observation{Kind: KindAwardDelivered}, +1},
		{"step on time", Observation{Kind: KindStepLatency, LatencyMs: p.StepLatencyTargetMs}, +1},
		{"step late", Observation{Kind: KindStepLatency, LatencyMs: p.StepLatencyTargetMs + 1}, -1},
		{"fault reported (seen)", Observation{Kind: KindFaultReported, Fault: 1}, -1},
		{"params mismatch", Observation{Kind: KindParamsMismatch, Step: 7}, -1},
		{"settlement paid", Observation{Kind: KindSettlementPaid, Amount: big.NewInt(5_000_000)}, +1},
		{"slashed", Observation{Kind: KindSlashed, Amount: big.NewInt(1)}, -1},
		{"presence", Observation{Kind: KindPresence, Note: "dev"}, 0},
		{"throughput claimed truly", Observation{Kind: KindThroughput, ClaimedMFLOPs: 125, DeliveredMFLOPs: 100}, 0},
		// A timed challenge bounds the rate from below: a claim above it
		// costs quality (auction), not reputation (Params.Effect).
		{"throughput overstated", Observation{Kind: KindThroughput, ClaimedMFLOPs: 500, DeliveredMFLOPs: 100}, 0},
		{"poster omitted a bid", Observation{Kind: KindOmittedBid, Note: "omitted the bid of 0x01"}, -1},
		{"vouch by trusted reporter", Observation{Kind: KindVouch, By: voucher, Pos: 5}, +1},
		{"bad-mouthing by trusted reporter", Observation{Kind: KindVouch, By: voucher, Neg: 5}, -1},
		{"fault reported by trusted reporter", Observation{Kind: KindFaultReported, By: voucher, Fault: 2}, -1},
		{"vouch by a stranger", Observation{Kind: KindVouch, By: addr(901), Pos: 5}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBook(t)
			// The voucher earned trust in front of this node first.
			for i := range 4 {
				mustApply(t, b, Observation{Peer: voucher, Kind: KindAwardDelivered, AtMs: t0 + uint64(i)})
			}
			peer := addr(1)
			o := tt.obs
			o.Peer, o.AtMs = peer, t0+10
			if got := b.Score(peer, t0+10); got != prior {
				t.Fatalf("newcomer score = %v; want prior %v", got, prior)
			}
			mustApply(t, b, o)
			got := b.Score(peer, t0+10)
			switch {
			case tt.want > 0 && !(got > prior):
				t.Errorf("score after %s = %v; want above %v", o.Kind, got, prior)
			case tt.want < 0 && !(got < prior):
				t.Errorf("score after %s = %v; want below %v", o.Kind, got, prior)
			case tt.want == 0 && got != prior:
				t.Errorf("score after %s = %v; want unchanged %v", o.Kind, got, prior)
			}
			if got < 0 || got > 1 {
				t.Errorf("score %v outside [0, 1]", got)
			}
		})
	}
}

// TestSeverityOrder: the worse the misbehaviour, the lower the score.
func TestSeverityOrder(t *testing.T) {
	order := []Observation{
		{Kind: KindStepLatency, LatencyMs: 60_000},
		{Kind: KindRevealMissing},
		{Kind: KindFaultReported, Fault: 1},
		{Kind: KindParamsMismatch},
		{Kind: KindSlashed},
	}
	b := newBook(t)
	prev := 1.0
	for i, o := range order {
		o.Peer, o.AtMs = addr(i+1), t0
		mustApply(t, b, o)
		s := b.Score(o.Peer, t0)
		if !(s < prev) {
			t.Errorf("%s scores %v; want below the milder %s's %v", o.Kind, s, order[max(i-1, 0)].Kind, prev)
		}
		prev = s
	}
}

// TestDecay: evidence halves every half-life, so a score returns towards
// the prior as time passes, and never overshoots it.
func TestDecay(t *testing.T) {
	for _, kind := range []Kind{KindAwardDelivered, KindSlashed} {
		t.Run(kind.String(), func(t *testing.T) {
			b := newBook(t)
			p := b.Params()
			peer := addr(1)
			mustApply(t, b, Observation{Peer: peer, Kind: kind, AtMs: t0})
			d0 := b.Detail(peer, t0)
			d1 := b.Detail(peer, t0+p.HalfLifeMs)
			ev0, ev1 := d0.Direct.Pos+d0.Direct.Neg, d1.Direct.Pos+d1.Direct.Neg
			if math.Abs(ev1-ev0/2) > 1e-12 {
				t.Errorf("evidence after one half-life = %v; want %v", ev1, ev0/2)
			}
			prev := math.Abs(d0.Score - p.Prior())
			for _, dt := range []uint64{hourMs, dayMs, 7 * dayMs, 30 * dayMs, 365 * dayMs} {
				s := b.Score(peer, t0+dt)
				dist := math.Abs(s - p.Prior())
				if !(dist < prev) {
					t.Errorf("after %d ms the distance to the prior is %v; want below %v", dt, dist, prev)
				}
				if (kind == KindAwardDelivered) != (s > p.Prior()) {
					t.Errorf("after %d ms the score %v crossed the prior %v", dt, s, p.Prior())
				}
				prev = dist
			}
			if prev > 1e-6 {
				t.Errorf("a year later the score is still %v from the prior", prev)
			}
			// A clock stepping back does not grow evidence.
			if s := b.Score(peer, t0-dayMs); s != d0.Score {
				t.Errorf("score before the observation = %v; want %v", s, d0.Score)
			}
		})
	}
}

// TestRecentOutweighsOld: the same bad record hurts more when it is recent.
func TestRecentOutweighsOld(t *testing.T) {
	b := newBook(t)
	old, recent := addr(1), addr(2)
	mustApply(t, b, Observation{Peer: old, Kind: KindRevealMissing, AtMs: t0})
	mustApply(t, b, Observation{Peer: recent, Kind: KindRevealMissing, AtMs: t0 + 14*dayMs})
	now := t0 + 14*dayMs
	if so, sr := b.Score(old, now), b.Score(recent, now); !(so > sr) {
		t.Errorf("old miss scores %v, recent miss %v; want the old one higher", so, sr)
	}
}

// TestOutOfOrderEqualsInOrder: an observation that arrives late counts as
// if it had arrived in time (up to rounding).
func TestOutOfOrderEqualsInOrder(t *testing.T) {
	a, b := newBook(t), newBook(t)
	peer := addr(1)
	obs := []Observation{
		{Peer: peer, Kind: KindAwardDelivered, AtMs: t0},
		{Peer: peer, Kind: KindRevealMissing, AtMs: t0 + dayMs},
		{Peer: peer, Kind: KindBidHonoured, AtMs: t0 + 3*dayMs},
	}
	for _, o := range obs {
		mustApply(t, a, o)
	}
	for _, i := range []int{2, 0, 1} {
		mustApply(t, b, obs[i])
	}
	now := t0 + 4*dayMs
	if sa, sb := a.Score(peer, now), b.Score(peer, now); math.Abs(sa-sb) > 1e-12 {
		t.Errorf("in order %v, out of order %v", sa, sb)
	}
}

func randomObservations(r *rand.Rand, n, peers int) []Observation {
	obs := make([]Observation, n)
	at := t0
	for i := range obs {
		at += uint64(r.IntN(int(hourMs)))
		o := Observation{Peer: addr(r.IntN(peers) + 1), Kind: Kind(r.IntN(NumKinds-1) + 1), AtMs: at}
		switch o.Kind {
		case KindVouch:
			o.By = addr(r.IntN(peers) + 1)
			o.Pos, o.Neg = float64(r.IntN(10)), float64(r.IntN(3))
		case KindFaultReported:
			o.Fault = uint8(r.IntN(3) + 1)
			if r.IntN(2) == 0 {
				o.By = addr(r.IntN(peers) + 1)
			}
		case KindStepLatency:
			o.LatencyMs = uint32(r.IntN(4000))
		case KindThroughput:
			o.DeliveredMFLOPs = uint64(1 + r.IntN(1000))
			o.ClaimedMFLOPs = uint64(1 + r.IntN(2000))
		case KindSettlementPaid, KindSlashed:
			o.Amount = big.NewInt(int64(r.IntN(1e9)))
		}
		if o.By == o.Peer {
			o.By = Address{}
			if o.Kind == KindVouch {
				o.Kind = KindPresence
				o.Pos, o.Neg = 0, 0
			}
		}
		obs[i] = o
	}
	return obs
}

// TestDeterministic: the same observations give bit-identical scores, and a
// book restored from another's persisted state scores identically.
func TestDeterministic(t *testing.T) {
	obs := randomObservations(rand.New(rand.NewPCG(1, 2)), 2000, 40)
	small := func(p *Params) { p.VouchersPerPeerMax = 5 } // exercise eviction
	a, b := newBook(t, small), newBook(t, small)
	for _, o := range obs {
		mustApply(t, a, o)
		mustApply(t, b, o)
	}
	// c is rebuilt from a's state, as the store does at open.
	c := newBook(t, small)
	for _, p := range a.Peers() {
		agg, _ := a.Aggregate(p)
		c.Restore(agg)
		for _, cell := range a.Cells(p) {
			c.RestoreCell(cell)
		}
	}
	for v, e := range a.claims {
		c.RestoreClaim(Claim{Voucher: v, Total: e})
	}
	now := obs[len(obs)-1].AtMs + dayMs
	if len(a.Peers()) == 0 {
		t.Fatal("no peers")
	}
	for _, p := range a.Peers() {
		sa, sb, sc := a.Score(p, now), b.Score(p, now), c.Score(p, now)
		if math.Float64bits(sa) != math.Float64bits(sb) || math.Float64bits(sa) != math.Float64bits(sc) {
			t.Errorf("peer %s: scores %v, %v, %v differ", p, sa, sb, sc)
		}
	}
	if a.Totals() != c.Totals() {
		t.Errorf("totals %v; restored %v", a.Totals(), c.Totals())
	}
}

// TestSybilRingDoesNotOutrankHonest is the property test of sybil
// resistance. In each random world, honest peers earn direct positive
// evidence in front of this node. A ring of sybils vouches for its members
// and bad-mouths the honest peers (with vouches and fault reports) as much
// and as often as it likes. One ring member, the bridge, may have earned
// some real evidence too, and praises the ring with it.
//
// Properties: with no real record in the ring, every sybil stays at the
// prior and the honest peers' scores are untouched. With a bridge, the
// ring's members gain in total at most VouchDiscount times the bridge's own
// evidence, so none outranks the bridge's own record, nor an honest peer
// whose record is at least the bridge's.
func TestSybilRingDoesNotOutrankHonest(t *testing.T) {
	for seed := range uint64(300) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			b := newBook(t)
			p := b.Params()
			at := t0
			tick := func() uint64 { at += uint64(r.IntN(60_000)); return at }

			nHonest, nSybil := 1+r.IntN(5), 2+r.IntN(60)
			honest := make([]Address, nHonest)
			for i := range honest {
				honest[i] = addr(i + 1)
			}
			sybils := make([]Address, nSybil)
			for i := range sybils {
				sybils[i] = addr(1000 + i)
			}
			bridge, ring := sybils[0], sybils[1:]
			bridgeJobs := r.IntN(4) // the bridge may have done 0-3 real jobs
			for range bridgeJobs {
				mustApply(t, b, Observation{Peer: bridge, Kind: KindAwardDelivered, AtMs: tick()})
			}
			for _, h := range honest {
				for range bridgeJobs + 1 + r.IntN(3) {
					mustApply(t, b, Observation{Peer: h, Kind: KindAwardDelivered, AtMs: tick()})
				}
			}
			for range 200 + r.IntN(2000) {
				by := sybils[r.IntN(nSybil)]
				var o Observation
				switch {
				case by != bridge && r.IntN(4) == 0:
					o = Observation{Peer: honest[r.IntN(nHonest)], By: by, Kind: KindVouch, Neg: float64(r.IntN(1000))}
					if r.IntN(2) == 0 {
						o = Observation{Peer: o.Peer, By: by, Kind: KindFaultReported, Fault: 2}
					}
				default:
					o = Observation{Peer: sybils[r.IntN(nSybil)], By: by, Kind: KindVouch, Pos: float64(r.IntN(1000))}
				}
				o.AtMs = tick()
				if o.Peer == o.By {
					continue
				}
				mustApply(t, b, o)
			}
			now := tick()
			worstHonest := 1.0
			for _, h := range honest {
				d := b.Detail(h, now)
				worstHonest = min(worstHonest, d.Score)
				if d.Score != d.DirectScore {
					t.Errorf("honest %s: score %v moved off its direct record %v by the ring", h, d.Score, d.DirectScore)
				}
			}
			bridgeOwn := b.Detail(bridge, now)
			var gained float64
			for _, s := range ring {
				d := b.Detail(s, now)
				gained += d.Indirect.Pos
				if d.Score >= worstHonest {
					t.Errorf("sybil %s scores %v >= honest %v (bridge jobs %d, %d sybils)\n%+v", s, d.Score, worstHonest, bridgeJobs, nSybil, d)
				}
				if bridgeJobs == 0 && d.Score != p.Prior() {
					t.Errorf("sybil %s with no real record in the ring scores %v; want the prior %v", s, d.Score, p.Prior())
				}
				if bridgeJobs > 0 && d.Score >= bridgeOwn.DirectScore {
					t.Errorf("sybil %s scores %v; want below the bridge's own record %v", s, d.Score, bridgeOwn.DirectScore)
				}
			}
			if limit := p.VouchDiscount * bridgeOwn.Direct.Pos; gained > limit*(1+1e-9) {
				t.Errorf("the ring gained %v positive evidence; want at most %v", gained, limit)
			}
			if bridgeOwn.Score != bridgeOwn.DirectScore && bridgeJobs == 0 {
				t.Errorf("bridge without a record scores %v; want %v", bridgeOwn.Score, bridgeOwn.DirectScore)
			}
		})
	}
}

// TestTrustedReportsCount: a pre-trusted peer's vouch counts in full, so a
// newcomer it vouches for outranks one nobody vouches for.
func TestTrustedReportsCount(t *testing.T) {
	seed := addr(50)
	b := newBook(t, func(p *Params) { p.Trusted = []Address{seed} })
	vouched, unknown := addr(1), addr(2)
	mustApply(t, b, Observation{Peer: vouched, By: seed, Kind: KindVouch, Pos: 3, AtMs: t0})
	if sv, su := b.Score(vouched, t0), b.Score(unknown, t0); !(sv > su) {
		t.Errorf("vouched-for newcomer %v, unknown %v; want vouched higher", sv, su)
	}
	if d := b.Detail(vouched, t0); d.Indirect.Pos != 3 {
		t.Errorf("indirect evidence %v; want 3", d.Indirect.Pos)
	}
}

// TestEvictionKeepsTrustedReporters: when a peer has too many reporters, a
// flood of strangers' opinions does not push out a reporter with a record.
func TestEvictionKeepsTrustedReporters(t *testing.T) {
	b := newBook(t, func(p *Params) { p.VouchersPerPeerMax = 3 })
	good := addr(500)
	mustApply(t, b, Observation{Peer: good, Kind: KindAwardDelivered, AtMs: t0})
	peer := addr(1)
	mustApply(t, b, Observation{Peer: peer, By: good, Kind: KindVouch, Pos: 1, AtMs: t0})
	dropped := 0
	for i := range 20 {
		ch := mustApply(t, b, Observation{Peer: peer, By: addr(600 + i), Kind: KindVouch, Pos: 100, AtMs: t0 + 1})
		if ch.Dropped {
			dropped++
		}
	}
	cells := b.Cells(peer)
	if len(cells) != 3 {
		t.Fatalf("%d reporters kept; want 3", len(cells))
	}
	kept := false
	for _, c := range cells {
		kept = kept || c.Voucher == good
	}
	if !kept {
		t.Errorf("the reporter with a record was evicted by strangers")
	}
	if dropped != 18 {
		t.Errorf("%d strangers' opinions dropped; want 18", dropped)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		o    Observation
	}{
		{"no kind", Observation{Peer: addr(1)}},
		{"unknown kind", Observation{Peer: addr(1), Kind: NumKinds}},
		{"no peer", Observation{Kind: KindBidHonoured}},
		{"self report", Observation{Peer: addr(1), By: addr(1), Kind: KindVouch}},
		{"vouch without voucher", Observation{Peer: addr(1), Kind: KindVouch, Pos: 1}},
		{"long note", Observation{Peer: addr(1), Kind: KindPresence, Note: string(make([]byte, NoteBytesMax+1))}},
		{"bad utf8", Observation{Peer: addr(1), Kind: KindPresence, Note: "\xff"}},
		{"negative amount", Observation{Peer: addr(1), Kind: KindSlashed, Amount: big.NewInt(-1)}},
		{"huge amount", Observation{Peer: addr(1), Kind: KindSlashed, Amount: new(big.Int).Lsh(big.NewInt(1), 256)}},
		{"fault kind 0", Observation{Peer: addr(1), Kind: KindFaultReported}},
		{"NaN vouch", Observation{Peer: addr(1), By: addr(2), Kind: KindVouch, Pos: math.NaN()}},
		{"negative vouch", Observation{Peer: addr(1), By: addr(2), Kind: KindVouch, Neg: -1}},
		{"huge vouch", Observation{Peer: addr(1), By: addr(2), Kind: KindVouch, Pos: 2 * VouchCountMax}},
	}
	b := newBook(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := b.Apply(tt.o); !errors.Is(err, ErrBadObservation) {
				t.Errorf("Apply(%+v) = %v; want ErrBadObservation", tt.o, err)
			}
		})
	}
	if b.Len() != 0 {
		t.Errorf("rejected observations left %d peers", b.Len())
	}
}

func TestParamsValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Params)
	}{
		{"short half-life", func(p *Params) { p.HalfLifeMs = 1 }},
		{"zero prior", func(p *Params) { p.PriorPos = 0 }},
		{"NaN prior", func(p *Params) { p.PriorNeg = math.NaN() }},
		{"negative weight", func(p *Params) { p.Slashed = -1 }},
		{"discount 1", func(p *Params) { p.VouchDiscount = 1 }},
		{"no reporters", func(p *Params) { p.VouchersPerPeerMax = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultParams()
			tt.mod(&p)
			if err := p.Validate(); !errors.Is(err, ErrBadParams) {
				t.Errorf("Validate() = %v; want ErrBadParams", err)
			}
		})
	}
	p := DefaultParams()
	if err := p.Validate(); err != nil {
		t.Errorf("DefaultParams invalid: %v", err)
	}
}

func TestAddressAndKindNames(t *testing.T) {
	a := addr(0x1234)
	got, err := ParseAddress(a.String())
	if err != nil || got != a {
		t.Errorf("ParseAddress(%q) = %v, %v; want %v", a.String(), got, err, a)
	}
	for _, bad := range []string{"", "0x12", "0x" + string(make([]byte, 40))} {
		if _, err := ParseAddress(bad); !errors.Is(err, ErrBadAddress) {
			t.Errorf("ParseAddress(%q) = %v; want ErrBadAddress", bad, err)
		}
	}
	for _, k := range Kinds() {
		if got, err := ParseKind(k.String()); err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", k.String(), got, err, k)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	book, _ := NewBook(DefaultParams())
	obs := randomObservations(rand.New(rand.NewPCG(1, 2)), 20000, 1000)
	for _, o := range obs {
		if _, err := book.Apply(o); err != nil {
			b.Fatal(err)
		}
	}
	peers := book.Peers()
	now := obs[len(obs)-1].AtMs
	b.ResetTimer()
	for i := range b.N {
		book.Score(peers[i%len(peers)], now)
	}
}

// TestThroughputEvidence: the aggregate keeps the most a peer was measured
// delivering and its latest claim; an observation without both is refused.
func TestThroughputEvidence(t *testing.T) {
	b, err := NewBook(DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	peer := addr(1)
	for i, o := range []Observation{
		{ClaimedMFLOPs: 300, DeliveredMFLOPs: 100},
		{ClaimedMFLOPs: 300, DeliveredMFLOPs: 250},
		{ClaimedMFLOPs: 200, DeliveredMFLOPs: 120},
		{By: addr(2), ClaimedMFLOPs: 900, DeliveredMFLOPs: 900}, // reported, not measured here
	} {
		o.Peer, o.Kind, o.AtMs = peer, KindThroughput, t0+uint64(i)
		mustApply(t, b, o)
	}
	a, _ := b.Aggregate(peer)
	if a.DeliveredMFLOPs != 250 || a.ClaimedMFLOPs != 200 || a.Counts[KindThroughput] != 4 {
		t.Errorf("aggregate delivered %d, claimed %d, %d observations; want 250, 200, 4", a.DeliveredMFLOPs, a.ClaimedMFLOPs, a.Counts[KindThroughput])
	}
	if _, err := b.Apply(Observation{Peer: peer, Kind: KindThroughput, ClaimedMFLOPs: 5}); !errors.Is(err, ErrBadObservation) {
		t.Errorf("throughput without a delivery: %v; want ErrBadObservation", err)
	}
}

// TestOmittingPosterLosesReputation: two posters whose jobs each settled
// (members recorded settlement-paid of both); one of them omitted a
// deciding bid in some of its awards (EventOmitted at followers). It ends
// below the one that omitted none, more so the more it omitted, and its
// aggregate counts the omissions.
func TestOmittingPosterLosesReputation(t *testing.T) {
	for _, omitted := range []int{1, 3, 10} {
		t.Run(fmt.Sprint(omitted), func(t *testing.T) {
			b := newBook(t)
			honest, omitter := addr(1), addr(2)
			at := t0
			for i := range 10 {
				job := [32]byte{byte(i + 1)}
				for _, p := range []Address{honest, omitter} {
					at++
					if _, err := b.Apply(Observation{Peer: p, Kind: KindSettlementPaid, AtMs: at, Job: job, Amount: big.NewInt(100)}); err != nil {
						t.Fatal(err)
					}
				}
				if i < omitted {
					at++
					if _, err := b.Apply(Observation{Peer: omitter, Kind: KindOmittedBid, AtMs: at, Job: job, Note: "omitted the bid of 0x03"}); err != nil {
						t.Fatal(err)
					}
				}
			}
			sh, so := b.Score(honest, at), b.Score(omitter, at)
			if so >= sh {
				t.Errorf("omitter scores %.4f, honest poster %.4f; want the omitter below", so, sh)
			}
			if agg, _ := b.Aggregate(omitter); agg.Counts[KindOmittedBid] != uint64(omitted) {
				t.Errorf("aggregate counts %d omissions; want %d", agg.Counts[KindOmittedBid], omitted)
			}
			t.Logf("%d omissions: omitter %.4f, honest %.4f", omitted, so, sh)
		})
	}
	if k, err := ParseKind("omitted-bid"); err != nil || k != KindOmittedBid {
		t.Errorf("ParseKind(omitted-bid) = %v, %v", k, err)
	}
}
