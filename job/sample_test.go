package job

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// TestSampleOrder: every follower of a job (the poster, a standby that
// verifies, a winner) ends with the same sample of every period whatever
// order gossip delivers the group's receipts in, and whenever its own part
// in the training ends: the seed of each period is that of the receipts
// its seed group signed for it (the winners and the standbys called in
// before it, as the receipts show), as the in-order follower takes it. A
// recorded job (members leaving, standbys called in, a receipt every
// period) is delivered in random orders (a member's own receipts in step
// order, its run ending at its last), with random waits between messages
// (past the finish grace at times); a verifier is asked, at some point,
// every pair at a period's end that the final sample assigns to it. Before
// resample a late receipt left its follower with the seed of fewer
// receipts than the others' (TestCompressedDiLoCoJob: a winner's receipt
// for step 15 after everyone's for step 20), and the poster refused the
// audits of the followers that had it. In half the jobs a member is
// convicted, expelled after some period, and its conviction reaches each
// follower at a random point: the seeds are the same (a convict is in a
// seed group where its receipt is held); when the seed group left
// convicts out, a follower that learnt of the conviction before the
// convict's receipt for a period took another seed than one that got the
// receipt first (fails at its sixth case without it). In half the jobs a
// member equivocates: it signs a second, different receipt for some of
// its steps, and both reach each follower at random points (the second as
// a receipt or inside a follower's gossiped evidence, PeerEquivocation):
// the seeds are the same, of the receipts of the slots nobody equivocated
// (job golden script equivocated-receipt); when each follower's book kept
// whichever receipt came first, the followers that got the second one
// first took another seed.
func TestSampleOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 31))
	for c := range *sampleCases {
		k, sb := 2+rng.IntN(3), rng.IntN(3)
		every, periods := uint64(1+rng.IntN(3)), 2+rng.IntN(6)
		steps := every * uint64(periods)
		local := uint64(0)
		if rng.IntN(2) == 0 {
			local = every // DiLoCo: the periods' ends are the outer steps
		}
		rate := []uint32{500, 5000, 10_000}[rng.IntN(3)]
		// Record the job. m1 trains to the end (a winner follower); the
		// last standby is never called in (a standby follower).
		ring := []Address{}
		for i := 1; i <= k; i++ {
			ring = append(ring, member(i))
		}
		free := []Address{}
		for i := 1; i < sb; i++ {
			free = append(free, standby(i))
		}
		// In half the jobs a member other than the followers is
		// convicted: it is expelled after some period, and its
		// conviction reaches each follower at a random point of the
		// delivery.
		var convict Address
		var cands []Address
		for _, a := range ring[1:] {
			cands = append(cands, a)
		}
		cands = append(cands, free...)
		if rng.IntN(2) == 0 {
			convict = cands[rng.IntN(len(cands))]
		}
		expelAt := 1 + rng.IntN(periods)
		// In half the jobs a member other than the followers signs a
		// second receipt for some of its steps.
		var equivocator Address
		if rng.IntN(2) == 0 {
			equivocator = cands[rng.IntN(len(cands))]
		}
		var rs []Receipt
		seconds := map[Pair]Receipt{}
		for q := 1; q <= periods; q++ {
			end := uint64(q) * every
			if q == expelAt {
				if i := slices.Index(ring, convict); i > 0 {
					ring = append(ring[:i:i], ring[i+1:]...) // expelled before end
				}
			}
			if len(ring) > 1 && rng.IntN(4) == 0 {
				i := 1 + rng.IntN(len(ring)-1)
				ring = append(ring[:i:i], ring[i+1:]...) // it leaves before end
			}
			if len(free) > 0 && rng.IntN(3) == 0 {
				ring = append(ring, free[0]) // called in before end
				free = free[1:]
			}
			for _, a := range ring {
				r := Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: a, Step: end, ParamsHash: Hash{byte(q)}, ContribRoot: Hash{1, a[0], a[1]}}}
				copy(r.Sig[:], a[:])
				r.Sig[40], r.Sig[41] = byte(end), byte(end>>8)
				rs = append(rs, r)
				if a == equivocator && rng.IntN(2) == 0 {
					r2 := r
					if rng.IntN(2) == 0 {
						r2.ParamsHash[1] = 0xee
					} else {
						r2.ContribRoot[3] = 0xee
					}
					r2.Sig[42] = 0xee
					seconds[Pair{Member: a, Step: end}] = r2
				}
			}
		}
		want := wantSeeds(t, rs, seconds, k, sb)
		type follower struct {
			role Role
			self Address
		}
		fs := []follower{{RolePoster, gPoster}, {RoleMember, member(1)}}
		if sb > 0 {
			fs = append(fs, follower{RoleStandby, standby(sb)})
		}
		for _, f := range fs {
			for o := range 4 {
				// Each second receipt comes after its first in the
				// recorded order, and at a random point in the others.
				order := slices.Clone(rs)
				for _, r := range rs {
					if r2, ok := seconds[Pair{Member: r.Member, Step: r.Step}]; ok {
						i := slices.Index(order, r)
						order = slices.Insert(order, i+1, r2)
					}
				}
				if o > 0 {
					rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
					// Its own receipts, a member signs in step order.
					var at []int
					var own []Receipt
					for i, r := range order {
						if r.Member == f.self {
							at, own = append(at, i), append(own, r)
						}
					}
					slices.SortFunc(own, func(x, y Receipt) int { return cmpUint(x.Step, y.Step) })
					for j, i := range at {
						order[i] = own[j]
					}
				}
				m := workMachine(t, f.role, f.self, k, sb, steps)
				m.cfg.ReceiptEvery, m.cfg.LocalSteps, m.cfg.AuditRateBps = every, local, rate
				asked := map[Pair]bool{}
				convictAt := rng.IntN(len(order) + 1)
				now := uint64(1000)
				// A follower that learns of an equivocation from the two
				// receipts tells the others, once; one that learns of it
				// from another's evidence does not.
				told, tell, byEvidence, seen := map[Pair]int{}, map[Pair]bool{}, map[Pair]bool{}, map[Pair][]Receipt{}
				drain := func() {
					rd := m.Ready()
					for _, v := range rd.Verify {
						asked[Pair{Member: v.Member, Step: v.Step}] = true
					}
					for _, p := range rd.Publish {
						if e := p.Equivocation; e != nil {
							told[Pair{Member: e.Member, Step: e.Step}]++
						}
					}
					m.Advance()
				}
				convicted := func() {
					if convict != (Address{}) {
						m.convict(now, &Conviction{Attestation: protocol.FaultAttestation{JobID: Hash{7}, Accused: convict, Fault: 2, Step: 1}})
						drain()
					}
				}
				for i, r := range order {
					now += 1 + uint64(rng.IntN(20))
					if rng.IntN(20) == 0 {
						now += 4000 // past the finish grace
					}
					m.Tick(now)
					drain()
					if i == convictAt {
						convicted()
					}
					var in Input = PeerReceipt{r}
					if r.Member == f.self {
						in = OwnReceipt{r}
					}
					slot := Pair{Member: r.Member, Step: r.Step}
					if r2, ok := seconds[slot]; ok {
						if rng.IntN(3) == 0 {
							// A follower's gossiped evidence: both receipts.
							first := slices.IndexFunc(rs, func(x Receipt) bool { return x.Member == r.Member && x.Step == r.Step })
							in = PeerEquivocation{Evidence: Evidence{Member: r.Member, Step: r.Step, First: rs[first], Second: r2}}
							byEvidence[slot] = true
						} else if !slices.Contains(seen[slot], r) {
							seen[slot] = append(seen[slot], r)
							tell[slot] = tell[slot] || (len(seen[slot]) == 2 && !byEvidence[slot])
						}
					}
					if err := m.Step(now, in); err != nil {
						t.Fatalf("case %d: %v", c, err)
					}
					drain()
					if r.Member == f.self && r.Step == steps {
						if err := m.Step(now, TrainResult{ModelHash: Hash{1}, Steps: steps}); err != nil {
							t.Fatal(err)
						}
						drain()
					}
				}
				if convictAt == len(order) {
					convicted()
				}
				for range 8 {
					now += 30_000
					m.Tick(now)
					drain()
				}
				what := fmt.Sprintf("case %d (k %d, standbys %d, every %d, periods %d, local %d, convict %s at %d of %d, equivocator %s of %d slots), %v %s, order %d",
					c, k, sb, every, periods, local, convict.Short(), convictAt, len(order), equivocator.Short(), len(seconds), f.role, f.self.Short(), o)
				for slot := range seconds {
					if want := map[bool]int{true: 1}[tell[slot]]; told[slot] != want {
						t.Fatalf("%s: told the others of %s's two receipts for step %d %d times, want %d", what, slot.Member.Short(), slot.Step, told[slot], want)
					}
				}
				got := map[uint64]period{}
				for _, p := range m.w.periods {
					got[p.end] = p
				}
				for end, w := range want {
					p, ok := got[end]
					switch {
					case !ok:
						t.Fatalf("%s: the period ending at step %d is not sampled", what, end)
					case !p.seeds.equal(w.seeds) || !slices.Equal(p.ring, w.ring):
						t.Fatalf("%s: the period ending at step %d has ring %v, want %v", what, end, shorts(p.ring), shorts(w.ring))
					}
				}
				if len(got) != len(want) {
					t.Fatalf("%s: %d periods sampled, want %d", what, len(got), len(want))
				}
				if f.role == RolePoster {
					continue
				}
				for _, r := range rs {
					p := want[r.Step]
					seed := p.seeds.Of(r.Member)
					v, ok := VerifierOf(seed, r.Member, r.Step, m.award.Standbys, p.ring)
					// A convict's pairs are not asked once it is known
					// (trainers).
					if r.Member != f.self && r.Member != convict && ok && v == f.self && Audited(seed, r.Member, r.Step, rate) && !asked[Pair{Member: r.Member, Step: r.Step}] {
						t.Fatalf("%s: %s at step %d is assigned to it and was never asked", what, r.Member.Short(), r.Step)
					}
				}
			}
		}
	}
}

// wantSeeds is each period's sample as the receipts of the recorded job
// seed it: the receipts for its end of the winners and of the standbys
// whose first receipt is for an earlier step, in award order, less those
// of a slot its member equivocated (seconds) unless every one is (then
// all of them, each seeding with 65 zero bytes).
func wantSeeds(t *testing.T, rs []Receipt, seconds map[Pair]Receipt, k, sb int) map[uint64]period {
	t.Helper()
	first := map[Address]uint64{}
	for _, r := range rs {
		if f, ok := first[r.Member]; !ok || r.Step < f {
			first[r.Member] = r.Step
		}
	}
	var award []Address
	for i := 1; i <= k; i++ {
		award = append(award, member(i))
	}
	for i := 1; i <= sb; i++ {
		award = append(award, standby(i))
	}
	out := map[uint64]period{}
	for _, r := range rs {
		if _, done := out[r.Step]; done {
			continue
		}
		var ring, twice []Address
		var seeders []Receipt
		for i, a := range award {
			j := slices.IndexFunc(rs, func(x Receipt) bool { return x.Member == a && x.Step == r.Step })
			if j < 0 || (i >= k && first[a] >= r.Step) {
				continue
			}
			if _, ok := seconds[Pair{Member: a, Step: r.Step}]; ok {
				twice = append(twice, a)
				continue
			}
			ring, seeders = append(ring, a), append(seeders, rs[j])
		}
		if len(ring) == 0 {
			ring = twice
			for _, a := range twice {
				seeders = append(seeders, Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{7}, Member: a, Step: r.Step}})
			}
		}
		if len(ring) == 0 {
			continue // only standbys called in during the period receipted it
		}
		seeds, err := PeriodSeeds(Hash{7}, r.Step, seeders)
		if err != nil {
			t.Fatal(err)
		}
		out[r.Step] = period{end: r.Step, seeds: seeds, ring: ring}
	}
	return out
}

// sampleCases is how many recorded jobs TestSampleOrder delivers.
var sampleCases = flag.Int("sample-cases", 1000, "TestSampleOrder: recorded jobs to deliver")

func shorts(as []Address) string {
	var b bytes.Buffer
	for i, a := range as {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(a.Short())
	}
	return "[" + b.String() + "]"
}
