package simulation

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestThresholdIsExact: threshold(r) is floor(r × 2^64 / 10000) for every
// rate, and saturates at the whole range.
func TestThresholdIsExact(t *testing.T) {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	for r := 0; r < 10000; r++ {
		want := new(big.Int).Mul(big.NewInt(int64(r)), two64)
		want.Quo(want, big.NewInt(10000))
		if got := threshold(r); want.Uint64() != got {
			t.Fatalf("threshold(%d) = %d; want %d", r, got, want)
		}
	}
	if threshold(10000) != math.MaxUint64 {
		t.Errorf("threshold(10000) = %d; want every draw", threshold(10000))
	}
}

// TestAuditSampleRate: over many periods the sample holds rateBps of the
// pairs, and a member that cheats on all of n steps is caught with
// probability 1 − (1 − r)^n (PROTOCOL.md's table), within the binomial
// error of the trials.
func TestAuditSampleRate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	member := protocol.Address{0xaa}
	const periods, steps = 2000, 100
	for _, rate := range []int{100, 500, 1000} {
		sampled, caught := 0, 0
		for range periods {
			var seed protocol.Hash
			binary.BigEndian.PutUint64(seed[:], rng.Uint64())
			binary.BigEndian.PutUint64(seed[8:], rng.Uint64())
			hit := false
			for s := uint64(1); s <= steps; s++ {
				if audited(seed, member, s, rate) {
					sampled++
					hit = true
				}
			}
			if hit {
				caught++
			}
		}
		r := float64(rate) / 10000
		share := float64(sampled) / (periods * steps)
		if sd := math.Sqrt(r * (1 - r) / (periods * steps)); math.Abs(share-r) > 5*sd {
			t.Errorf("rate %d bps: sampled %.4f of pairs; want %.4f ± %.4f", rate, share, r, 5*sd)
		}
		p := 1 - math.Pow(1-r, steps)
		got := float64(caught) / periods
		if sd := math.Sqrt(p * (1 - p) / periods); math.Abs(got-p) > 5*sd+1e-3 {
			t.Errorf("rate %d bps: a member cheating on %d steps caught in %.4f of jobs; want %.4f", rate, steps, got, p)
		}
		t.Logf("rate %d bps: %.4f of pairs sampled; all-steps cheater over %d steps caught %.4f (1-(1-r)^n = %.4f)", rate, share, steps, got, p)
	}
}

// TestAuditSeed: the seed does not depend on the order receipts arrive
// in, and changes with any signature, the step or the job.
func TestAuditSeed(t *testing.T) {
	rs := make([]jobcore.Receipt, 4)
	for i := range rs {
		rs[i].Member = protocol.Address{byte(40 - i)}
		rs[i].Sig[0] = byte(i + 1)
	}
	job := protocol.Hash{7}
	base := auditSeed(job, 10, rs)
	rev := []jobcore.Receipt{rs[3], rs[1], rs[0], rs[2]}
	if auditSeed(job, 10, rev) != base {
		t.Error("the seed depends on the receipts' order")
	}
	if auditSeed(job, 20, rs) == base || auditSeed(protocol.Hash{8}, 10, rs) == base {
		t.Error("the seed ignores the step or the job")
	}
	other := append([]jobcore.Receipt(nil), rs...)
	other[2].Sig[64] ^= 1
	if auditSeed(job, 10, other) == base {
		t.Error("the seed ignores a signature")
	}
}

// TestVerifierOf: a pair's verifier is a standby other than the member
// (spread over all of them), or with no standby the next winner; never
// the member itself.
func TestVerifierOf(t *testing.T) {
	winners := []protocol.Address{{1}, {2}, {3}}
	standbys := []protocol.Address{{9}, {8}}
	count := map[protocol.Address]int{}
	for s := uint64(1); s <= 400; s++ {
		seed := protocol.Keccak256(binary.BigEndian.AppendUint64(nil, s))
		for _, m := range append(append([]protocol.Address(nil), winners...), standbys...) {
			v := verifierOf(seed, m, s, winners, standbys)
			if v == m {
				t.Fatalf("step %d: member %x verifies itself", s, m[:1])
			}
			count[v]++
		}
		for i, m := range winners {
			if v := verifierOf(seed, m, s, winners, nil); v != winners[(i+1)%len(winners)] {
				t.Fatalf("no standbys: member %d verified by %x; want the next winner", i, v[:1])
			}
		}
	}
	if count[standbys[0]] < 800 || count[standbys[1]] < 800 || len(count) != 2 {
		t.Errorf("verifiers %v: want the two standbys, about evenly", count)
	}
}
