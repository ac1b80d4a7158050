package job

import (
	"encoding/binary"
	"errors"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/trainmesh/trainmesh/protocol"
)

func seedReceipts(job Hash, step uint64, n int) []Receipt {
	out := make([]Receipt, n)
	for i := range out {
		out[i] = Receipt{StepReceipt: protocol.StepReceipt{JobID: job, Member: member(i + 1), Step: step, ParamsHash: Hash{1}, ContribRoot: Hash{byte(i)}}}
		out[i].Sig[0], out[i].Sig[1], out[i].Sig[64] = byte(i), byte(step), 27
	}
	return out
}

// TestAuditSeed: the seed is keccak256(jobId ‖ step ‖ signatures by member
// address), whatever order the receipts came in, depends on every
// signature, and is refused for receipts of another step, job or a member
// counted twice.
func TestAuditSeed(t *testing.T) {
	job := Hash{0x42}
	rs := seedReceipts(job, 20, 4)
	seed, err := AuditSeed(job, 20, rs)
	if err != nil {
		t.Fatal(err)
	}
	d := sha3.NewLegacyKeccak256()
	d.Write(job[:])
	d.Write([]byte{0, 0, 0, 0, 0, 0, 0, 20})
	for _, r := range rs { // member(1..4) are in address order
		d.Write(r.Sig[:])
	}
	if want := Hash(d.Sum(nil)); seed != want {
		t.Fatalf("seed = %s; the rule gives %s", seed, want)
	}
	shuffled := []Receipt{rs[2], rs[0], rs[3], rs[1]}
	if got, _ := AuditSeed(job, 20, shuffled); got != seed {
		t.Error("the seed depends on the order receipts arrived in")
	}
	for i := range rs {
		other := slices.Clone(rs)
		other[i].Sig[5] ^= 1
		if got, _ := AuditSeed(job, 20, other); got == seed {
			t.Errorf("the seed ignores member %d's signature", i+1)
		}
	}
	if got, _ := AuditSeed(job, 20, rs[:3]); got == seed {
		t.Error("the seed ignores a missing receipt")
	}
	wrongStep := slices.Clone(rs)
	wrongStep[1].Step = 19
	wrongJob := slices.Clone(rs)
	wrongJob[3].JobID = Hash{9}
	for _, c := range []struct {
		name string
		rs   []Receipt
	}{{"none", nil}, {"another step", wrongStep}, {"another job", wrongJob}, {"a member twice", append(slices.Clone(rs), rs[0])}} {
		if _, err := AuditSeed(job, 20, c.rs); !errors.Is(err, ErrReceipt) {
			t.Errorf("%s: err = %v; want ErrReceipt", c.name, err)
		}
	}
}

// equal reports whether two periods' seeds are the same.
func (s Seeds) equal(o Seeds) bool { return s.All == o.All && maps.Equal(s.Own, o.Own) }

// TestPeriodSeeds: a member of the seed group is seeded by keccak256(jobId
// ‖ step ‖ the others' signatures by member address), whatever order the
// receipts came in: its own signature changes its seed in no way, each
// other's does; All is AuditSeed's; a member outside the group gets All;
// a group of one seeds its member with keccak256(jobId ‖ step). Receipts
// AuditSeed refuses, PeriodSeeds refuses.
func TestPeriodSeeds(t *testing.T) {
	job := Hash{0x42}
	rs := seedReceipts(job, 20, 4)
	seeds, err := PeriodSeeds(job, 20, []Receipt{rs[3], rs[1], rs[0], rs[2]})
	if err != nil {
		t.Fatal(err)
	}
	if all, _ := AuditSeed(job, 20, rs); seeds.All != all || seeds.Of(member(9)) != all {
		t.Error("All is not AuditSeed's, or a member outside the seed group is not seeded with it")
	}
	for i, r := range rs {
		d := sha3.NewLegacyKeccak256()
		d.Write(job[:])
		d.Write([]byte{0, 0, 0, 0, 0, 0, 0, 20})
		for j, o := range rs { // member(1..4) are in address order
			if j != i {
				d.Write(o.Sig[:])
			}
		}
		if want := Hash(d.Sum(nil)); seeds.Of(r.Member) != want {
			t.Fatalf("%s's seed = %s; the rule gives %s", r.Member.Short(), seeds.Of(r.Member), want)
		}
		other := slices.Clone(rs)
		other[i].Sig[5] ^= 1
		other[i].ContribRoot[0] ^= 1
		got, err := PeriodSeeds(job, 20, other)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range rs {
			if same := got.Of(o.Member) == seeds.Of(o.Member); same != (o.Member == r.Member) {
				t.Errorf("%s's receipt changed: %s's seed the same %v", r.Member.Short(), o.Member.Short(), same)
			}
		}
	}
	one, err := PeriodSeeds(job, 20, rs[2:3])
	if want := protocol.Keccak256(job[:], []byte{0, 0, 0, 0, 0, 0, 0, 20}); err != nil || one.Of(member(3)) != want {
		t.Errorf("a seed group of one: %s, %v; want keccak256(jobId ‖ step) %s", one.Of(member(3)), err, want)
	}
	if _, err := PeriodSeeds(job, 20, append(slices.Clone(rs), rs[1])); !errors.Is(err, ErrReceipt) {
		t.Errorf("a member twice: err = %v; want ErrReceipt", err)
	}
	if _, err := PeriodSeeds(job, 20, nil); !errors.Is(err, ErrReceipt) {
		t.Errorf("no receipts: err = %v; want ErrReceipt", err)
	}
}

// grindSig stands in for a member's deterministic (RFC 6979) signature of
// a receipt: a function of its key and the receipt alone, which another
// member cannot compute.
func grindSig(key byte, r protocol.StepReceipt) [protocol.SignatureLen]byte {
	var sig [protocol.SignatureLen]byte
	a := protocol.Keccak256([]byte{key, 1}, r.JobID[:], r.Member[:], binary.BigEndian.AppendUint64(nil, r.Step), r.ParamsHash[:], r.ContribRoot[:])
	b := protocol.Keccak256([]byte{key, 2}, a[:])
	copy(sig[:], a[:])
	copy(sig[32:], b[:])
	sig[64] = 27
	return sig
}

// TestGrindOwnSample: the member that signs its receipt last, having seen
// the others', varies the leaf of one step it cheated on (its
// contribution root, hence its signature, change) until the sample draws
// none of its bad steps, and publishes that receipt. Were its pairs drawn
// with the seed of every receipt (AuditSeed: the rule before), it would
// find one in a few tries: lazy on 10 of a period's 100 steps at 5%, the
// first variant escapes with 0.95^10 = 0.60; lazy on all 100, with
// 0.95^100 = 0.0059, about 170 tries (a Merkle root, a signature and a
// hash each). Drawn with the seed of the others' receipts (Seeds.Of),
// its pairs, their verifiers and its job audit are the same for every
// variant: its commitment cannot steer them. The others' pairs do change
// with its receipt: what two colluding members can still do to each
// other (PROTOCOL.md).
func TestGrindOwnSample(t *testing.T) {
	const (
		step  = 100
		rate  = DefaultAuditRateBps
		tries = 5000
	)
	job := Hash{7} // workMachine's
	grinder := member(4)
	ring := []Address{member(1), member(2), member(3), grinder}
	standbys := []Address{standby(1), standby(2)}
	lv := Leaves{Steps: 400}
	receipts := func(variant uint64) []Receipt {
		var rs []Receipt
		for i, a := range ring {
			r := protocol.StepReceipt{JobID: job, Member: a, Step: step, ParamsHash: Hash{9}, ContribRoot: Hash{byte(i + 1)}}
			if a == grinder {
				// Its period's leaves, the one of its first bad step
				// varied: any change of a leaf changes the root.
				var leaves []byte
				for t := uint64(1); t <= step; t++ {
					leaves = binary.BigEndian.AppendUint64(leaves, t)
					if t == 1 {
						leaves = binary.BigEndian.AppendUint64(leaves, variant)
					}
				}
				r.ContribRoot = protocol.Keccak256(leaves)
			}
			rs = append(rs, Receipt{StepReceipt: r, Sig: grindSig(byte(i+1), r)})
		}
		return rs
	}
	// drawn returns the grinder's steps of 1..step the seed draws.
	drawn := func(seeds Seeds) []Pair { return Sample(seeds, []Address{grinder}, 1, step, rate, lv) }
	for _, cheated := range []uint64{10, 100} {
		// The old rule: the seed of every receipt, the grinder's included.
		escaped := -1
		for v := range uint64(tries) {
			all, err := AuditSeed(job, step, receipts(v))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(drawn(Seeds{All: all}), func(p Pair) bool { return p.Step <= cheated }) {
				escaped = int(v) + 1
				break
			}
		}
		if escaped < 0 {
			t.Fatalf("lazy on %d of %d steps: no receipt of %d escapes the seed of every receipt", cheated, step, tries)
		}
		t.Logf("the seed of every receipt: lazy on %d of %d steps at %d bps, the grinder's receipt number %d escapes", cheated, step, rate, escaped)
	}
	// The rule: its own seed, from the others' receipts.
	base, err := PeriodSeeds(job, step, receipts(0))
	if err != nil {
		t.Fatal(err)
	}
	want := drawn(base)
	if len(want) == 0 {
		t.Fatal("the fixture draws none of the grinder's 100 steps: pick another job id")
	}
	wantJob, _ := JobAuditStep(JobSeed(base.Of(grinder)), grinder, 1, step, lv)
	othersMoved := false
	for v := uint64(1); v <= tries; v++ {
		seeds, err := PeriodSeeds(job, step, receipts(v))
		if err != nil {
			t.Fatal(err)
		}
		if got := drawn(seeds); !slices.Equal(got, want) {
			t.Fatalf("variant %d of the grinder's receipt draws %v of its steps, variant 0 %v", v, got, want)
		}
		for _, p := range want {
			w, _ := VerifierOf(base.Of(grinder), grinder, p.Step, standbys, ring)
			if got, _ := VerifierOf(seeds.Of(grinder), grinder, p.Step, standbys, ring); got != w {
				t.Fatalf("variant %d of the grinder's receipt moves its step %d to verifier %s from %s", v, p.Step, got.Short(), w.Short())
			}
		}
		if got, _ := JobAuditStep(JobSeed(seeds.Of(grinder)), grinder, 1, step, lv); got != wantJob {
			t.Fatalf("variant %d of the grinder's receipt moves its job audit to step %d from %d", v, got, wantJob)
		}
		othersMoved = othersMoved || seeds.Of(member(1)) != base.Of(member(1))
	}
	if !othersMoved {
		t.Error("the others' seeds do not take the grinder's receipt")
	}
	// A follower's machine (the free standby, its verifier) asks the
	// same pairs of the grinder whichever variant it receives.
	asked := func(variant uint64) []Pair {
		m := workMachine(t, RoleStandby, standby(1), len(ring), 1, step)
		var out []Pair
		for _, r := range receipts(variant) {
			if err := m.Step(1, PeerReceipt{r}); err != nil {
				t.Fatal(err)
			}
			for _, v := range m.Ready().Verify {
				if v.Member == grinder {
					out = append(out, Pair{Member: v.Member, Step: v.Step})
				}
			}
			m.Advance()
		}
		return out
	}
	if got := asked(0); !slices.Equal(got, want) {
		t.Fatalf("the verifier is asked %v of the grinder's steps; the sample draws %v", got, want)
	}
	for v := uint64(1); v <= 20; v++ {
		if got := asked(v); !slices.Equal(got, want) {
			t.Fatalf("variant %d of the grinder's receipt: the verifier is asked %v, variant 0 %v", v, got, want)
		}
	}
}

// TestAudited: the rule against an independent computation, its bounds,
// and its rate over many pairs.
func TestAudited(t *testing.T) {
	seed := Hash{7, 7, 7}
	for _, c := range []struct {
		bps  uint32
		want uint64
	}{{0, 0}, {1, 1844674407370955}, {500, 922337203685477580}, {5000, 1 << 63}} {
		if got, all := auditThreshold(c.bps); all || got != c.want {
			t.Errorf("threshold(%d) = %d, %v; want %d", c.bps, got, all, c.want)
		}
	}
	if _, all := auditThreshold(10_000); !all {
		t.Error("10000 bps should audit everything")
	}
	// The first 8 bytes of keccak256(seed ‖ member ‖ t) against the
	// threshold, computed here without the package's helpers.
	th := uint64(float64(500) / 10_000 * math.Exp2(64))
	drawn := 0
	const members, steps = 100, 200
	for m := 1; m <= members; m++ {
		for s := uint64(1); s <= steps; s++ {
			d := sha3.NewLegacyKeccak256()
			a := member(m)
			d.Write(seed[:])
			d.Write(a[:])
			d.Write(binary.BigEndian.AppendUint64(nil, s))
			want := binary.BigEndian.Uint64(d.Sum(nil)[:8]) < th
			got := Audited(seed, a, s, 500)
			if got != want {
				t.Fatalf("Audited(%s, %d) = %v; the rule gives %v", a.Short(), s, got, want)
			}
			if got {
				drawn++
			}
			if Audited(seed, a, s, 0) || !Audited(seed, a, s, 10_000) {
				t.Fatal("rate 0 drew a pair or rate 10000 missed one")
			}
		}
	}
	// 20000 pairs at 5%: mean 1000, standard deviation about 31.
	if drawn < 850 || drawn > 1150 {
		t.Errorf("drew %d of %d pairs at 5%%", drawn, members*steps)
	}
	ring := []Address{member(1), member(2), member(3)}
	got := Sample(Seeds{All: seed}, ring, 11, 20, 10_000, Leaves{})
	if len(got) != 30 || got[0] != (Pair{member(1), 11}) || got[29] != (Pair{member(3), 20}) {
		t.Errorf("Sample at 100%% = %v", got)
	}
	if got := Sample(Seeds{All: seed}, ring, math.MaxUint64, math.MaxUint64, 10_000, Leaves{}); len(got) != 3 {
		t.Errorf("Sample of the last step = %v", got)
	}
	// DiLoCo (H = 5, a job of 23 steps): only the outer steps 15, 20
	// and the last, 23, of the period 11..23 are drawn.
	got = Sample(Seeds{All: seed}, ring, 11, 23, 10_000, Leaves{Steps: 23, Local: 5})
	if len(got) != 9 || got[0] != (Pair{member(1), 15}) || got[3] != (Pair{member(1), 20}) || got[8] != (Pair{member(3), 23}) {
		t.Errorf("Sample at 100%%, H = 5 = %v", got)
	}
}

// TestVerifierOf: free standbys verify, spread evenly; a standby called
// into the ring does not; without standbys each member's predecessor does;
// nobody verifies a ring of one.
func TestVerifierOf(t *testing.T) {
	ring := []Address{member(1), member(2), member(3), member(4)}
	standbys := []Address{member(5), member(6), member(3)} // member 3 was called in
	count := map[Address]int{}
	for s := uint64(1); s <= 3000; s++ {
		v, ok := VerifierOf(Hash{byte(s), byte(s >> 8)}, member(2), s, standbys, ring)
		if !ok || (v != member(5) && v != member(6)) {
			t.Fatalf("step %d: verifier %s, %v; want a free standby", s, v.Short(), ok)
		}
		count[v]++
	}
	if count[member(5)] < 1300 || count[member(6)] < 1300 {
		t.Errorf("standbys verified %v of 3000", count)
	}
	for i, m := range ring {
		v, ok := VerifierOf(Hash{1}, m, 9, nil, ring)
		if want := ring[(i+3)%4]; !ok || v != want {
			t.Errorf("no standbys: %s is checked by %s; want %s", m.Short(), v.Short(), want.Short())
		}
	}
	if _, ok := VerifierOf(Hash{1}, member(1), 9, []Address{member(1)}, ring[:1]); ok {
		t.Error("a ring of one with no free standby has a verifier")
	}
	// A member that trained outside the seed group (a standby called in
	// during the period) is checked by one of the group.
	for s := uint64(1); s <= 50; s++ {
		if v, ok := VerifierOf(Hash{2}, member(9), s, nil, ring); !ok || !slices.Contains(ring, v) {
			t.Fatalf("a member outside the ring: verifier %s, %v; want one of the ring", v.Short(), ok)
		}
	}
	if _, ok := VerifierOf(Hash{1}, member(9), 9, nil, nil); ok {
		t.Error("an empty ring without standbys has a verifier")
	}
}

// TestAssignProperty: for any seeds, ring and standbys, every sampled pair
// goes to exactly one verifier, never to the member itself, and to a free
// standby whenever one exists.
func TestAssignProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		n := 1 + rng.IntN(6)
		ring := make([]Address, n)
		rs := make([]Receipt, n)
		for j := range ring {
			ring[j] = member(j + 1)
			rs[j] = Receipt{StepReceipt: protocol.StepReceipt{JobID: Hash{1}, Member: ring[j], Step: 9}}
			for b := range rs[j].Sig {
				rs[j].Sig[b] = byte(rng.IntN(256))
			}
		}
		seed, err := PeriodSeeds(Hash{1}, 9, rs)
		if err != nil {
			t.Fatal(err)
		}
		var standbys []Address
		for j := rng.IntN(3); j > 0; j-- {
			standbys = append(standbys, member(10+rng.IntN(3)))
		}
		from := 1 + uint64(rng.IntN(50))
		through := from + uint64(rng.IntN(30))
		rate := uint32(rng.IntN(10_001))
		lv := Leaves{Steps: through + uint64(rng.IntN(2))*uint64(rng.IntN(7)), Local: uint64(rng.IntN(6))}
		sample := Sample(seed, ring, from, through, rate, lv)
		got := 0
		for _, a := range Assign(seed, ring, standbys, from, through, rate, lv) {
			for _, p := range a.Pairs {
				got++
				if a.Verifier == p.Member {
					t.Fatalf("case %d: %s verifies itself", i, p.Member.Short())
				}
				if len(standbys) > 0 && !slices.Contains(standbys, a.Verifier) {
					t.Fatalf("case %d: %s verifies though standbys are free", i, a.Verifier.Short())
				}
				if !slices.Contains(sample, p) {
					t.Fatalf("case %d: %v assigned but not sampled", i, p)
				}
				if !lv.Has(p.Step) {
					t.Fatalf("case %d: %v assigned, a step without a leaf (%+v)", i, p, lv)
				}
			}
		}
		if want := len(sample); (n > 1 || len(standbys) > 0) && got != want {
			t.Fatalf("case %d: %d pairs assigned of %d sampled", i, got, want)
		}
	}
}

// TestDetection: PROTOCOL.md's table, 1 − (1 − r)^(f·N).
func TestDetection(t *testing.T) {
	for _, c := range []struct {
		bps     uint32
		cheated uint64
		want    float64
	}{{500, 100, 0.99408}, {500, 10, 0.40126}, {100, 1000, 0.99996}, {1000, 1, 0.1}, {0, 1000, 0}, {10_000, 1, 1}} {
		if got := Detection(c.bps, c.cheated); math.Abs(got-c.want) > 5e-6 {
			t.Errorf("Detection(%d, %d) = %.6f; want %.5f", c.bps, c.cheated, got, c.want)
		}
	}
}

// TestLeaves: which steps carry a leaf, and how many a period holds,
// against train.Member's rule (an all-reduce at every multiple of H and
// at the last step).
func TestLeaves(t *testing.T) {
	tests := []struct {
		lv            Leaves
		from, through uint64
		want          []uint64 // the steps with a leaf in from..through
	}{
		{Leaves{Steps: 20}, 1, 4, []uint64{1, 2, 3, 4}},
		{Leaves{Steps: 20, Local: 1}, 7, 7, []uint64{7}},
		{Leaves{Steps: 20, Local: 5}, 1, 10, []uint64{5, 10}},
		{Leaves{Steps: 20, Local: 5}, 6, 9, nil},
		{Leaves{Steps: 23, Local: 5}, 11, 23, []uint64{15, 20, 23}},
		{Leaves{Steps: 23, Local: 5}, 21, 23, []uint64{23}},
		{Leaves{Steps: 25, Local: 5}, 21, 25, []uint64{25}},
		{Leaves{Steps: 3, Local: 8}, 1, 3, []uint64{3}},
		{Leaves{Steps: 100, Local: 10}, 0, 30, []uint64{10, 20, 30}},
		{Leaves{Steps: 100, Local: 10}, 31, 30, nil},
	}
	for _, tt := range tests {
		var got []uint64
		for s := max(tt.from, 1); s <= tt.through; s++ {
			if tt.lv.Has(s) {
				got = append(got, s)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%+v.Has over %d..%d: %v; want %v", tt.lv, tt.from, tt.through, got, tt.want)
		}
		if n := tt.lv.Count(tt.from, tt.through); n != uint64(len(tt.want)) {
			t.Errorf("%+v.Count(%d, %d) = %d; want %d", tt.lv, tt.from, tt.through, n, len(tt.want))
		}
	}
	// Count agrees with Has everywhere, and Nth lists the steps Has names
	// (a property over small jobs).
	for steps := uint64(1); steps <= 30; steps++ {
		for h := uint64(0); h <= 7; h++ {
			lv := Leaves{Steps: steps, Local: h}
			for from := uint64(1); from <= steps; from++ {
				n := uint64(0)
				for t2 := from; t2 <= steps; t2++ {
					if lv.Has(t2) {
						if nth, ok := lv.Nth(from, n); !ok || nth != t2 {
							t.Fatalf("%+v.Nth(%d, %d) = %d, %v; want %d", lv, from, n, nth, ok, t2)
						}
						n++
					}
					if c := lv.Count(from, t2); c != n {
						t.Fatalf("%+v.Count(%d, %d) = %d; Has counts %d", lv, from, t2, c, n)
					}
				}
				if nth, ok := lv.Nth(from, n); ok {
					t.Fatalf("%+v.Nth(%d, %d) = %d past the last leaf", lv, from, n, nth)
				}
			}
		}
	}
	if DefaultRateBps(1) != DefaultAuditRateBps || DefaultRateBps(0) != DefaultAuditRateBps || DefaultRateBps(10) != DefaultOuterAuditRateBps {
		t.Error("DefaultRateBps does not pick the outer-step rate for H > 1 only")
	}
	// The default DiLoCo rate with its job audit catches a member lazy
	// throughout a job at the job file's defaults (400 steps, H = 10: 40
	// outer steps) with p ≥ 0.99, and verifiers recompute at most 10% of
	// the outer steps: the rate plus one job audit in 40.
	lv := Leaves{Steps: 400, Local: 10}
	outer := lv.Count(1, 400)
	if p := JobDetection(DefaultOuterAuditRateBps, outer, outer); p < 0.99 {
		t.Errorf("default DiLoCo rate: detection %.4f over %d outer steps", p, outer)
	}
	if share := float64(DefaultOuterAuditRateBps)/10_000 + 1/float64(outer); share > 0.10 {
		t.Errorf("default DiLoCo audits recompute %.3f of the outer steps; want ≤ 0.10", share)
	}
	if !lv.JobAudits() || (Leaves{Steps: 400, Local: 1}).JobAudits() {
		t.Error("job audits: local-steps jobs only")
	}
}

// TestJobAuditStep: the job audit draws one of the member's steps with a
// leaf in its range, each about equally often over seeds (a member lazy
// on a fraction f of them is drawn at a bad one with probability f), and
// JobDetection is 1 for a member lazy on all of them.
func TestJobAuditStep(t *testing.T) {
	lv := Leaves{Steps: 103, Local: 10}
	counts := map[uint64]int{}
	const draws = 22_000
	for i := range draws {
		var seed Hash
		seed[0], seed[1], seed[2] = byte(i), byte(i>>8), byte(i>>16)
		s, ok := JobAuditStep(JobSeed(seed), member(1), 21, 103, lv)
		if !ok || !lv.Has(s) || s < 21 {
			t.Fatalf("seed %d: step %d, %v: not a leaf step of 21..103", i, s, ok)
		}
		counts[s]++
	}
	// Leaf steps of 21..103: 30, 40, ..., 100 and the last, 103.
	if len(counts) != 9 {
		t.Fatalf("drawn steps %v; want the 9 leaf steps of 21..103", counts)
	}
	for s, c := range counts {
		if want := draws / 9; c < want*8/10 || c > want*12/10 {
			t.Errorf("step %d drawn %d times of %d; want about %d", s, c, draws, want)
		}
	}
	if _, ok := JobAuditStep(Hash{}, member(1), 101, 102, lv); ok {
		t.Error("a range without a leaf step drew one")
	}
	for _, tt := range []struct {
		rate           uint32
		cheated, outer uint64
		want           float64
	}{
		{600, 40, 40, 1},
		{600, 0, 40, 0},
		{600, 4, 40, 1 - math.Pow(0.94, 4)*0.9},
		{10_000, 1, 40, 1},
	} {
		if got := JobDetection(tt.rate, tt.cheated, tt.outer); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("JobDetection(%d, %d, %d) = %v; want %v", tt.rate, tt.cheated, tt.outer, got, tt.want)
		}
	}
}
