package simulation

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestAuditDetection: over many jobs, the job core's sample (the one the
// simulation audits by) holds rateBps of the pairs, and catches a member
// that cheats on all n steps of a job with probability 1 − (1 − r)^n
// (job.Detection, PROTOCOL.md's table), within the binomial error; at the
// default rate a member cheating on all 200 steps of a cheaters.yaml job
// escapes with probability below 1e-4.
func TestAuditDetection(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	member := protocol.Address{0xaa}
	const jobs, steps, period = 2000, 100, 10
	for _, rate := range []uint32{100, 500, 1000} {
		sampled, caught := 0, 0
		for range jobs {
			hit := false
			for end := uint64(period); end <= steps; end += period {
				var seed protocol.Hash
				binary.BigEndian.PutUint64(seed[:], rng.Uint64())
				binary.BigEndian.PutUint64(seed[8:], rng.Uint64())
				for s := end - period + 1; s <= end; s++ {
					if jobcore.Audited(seed, member, s, rate) {
						sampled++
						hit = true
					}
				}
			}
			if hit {
				caught++
			}
		}
		r := float64(rate) / 10000
		share := float64(sampled) / (jobs * steps)
		if sd := math.Sqrt(r * (1 - r) / (jobs * steps)); math.Abs(share-r) > 5*sd {
			t.Errorf("rate %d bps: sampled %.4f of pairs; want %.4f ± %.4f", rate, share, r, 5*sd)
		}
		p := jobcore.Detection(rate, steps)
		got := float64(caught) / jobs
		if sd := math.Sqrt(p * (1 - p) / jobs); math.Abs(got-p) > 5*sd+1e-3 {
			t.Errorf("rate %d bps: a member cheating on %d steps caught in %.4f of jobs; want %.4f", rate, steps, got, p)
		}
		t.Logf("rate %d bps: %.4f of pairs sampled; a member cheating on all %d steps caught in %.4f of %d jobs (1-(1-r)^n = %.4f)", rate, share, steps, got, jobs, p)
	}
	if escape := 1 - jobcore.Detection(jobcore.DefaultAuditRateBps, 200); escape >= 1e-4 {
		t.Errorf("escape chance over 200 steps at the default rate: %.2g", escape)
	}
}

// TestAuditDetectionDiLoCo: in the local-steps mode the job core samples
// outer steps only (job.Leaves), at the default rate per outer step in
// each period, and draws one job audit per member over all its outer
// steps with the last period's seed (job.JobAuditStep). At the job
// file's defaults (400 steps, a receipt every 50) with H = 10 (40 outer
// steps) a member lazy on every step is caught in every job, and one lazy
// on a fraction f of its outer steps with probability
// 1 − (1 − r)^(f·N/H) · (1 − f) (job.JobDetection): the simulated share
// of jobs that catch it matches the formula within the binomial error;
// no local step is ever drawn, and the verifiers recompute at most 10%
// of the outer steps (the rate plus one job audit in 40).
func TestAuditDetectionDiLoCo(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	member := protocol.Address{0xaa}
	const jobs, steps, period, h = 2000, 400, 50, 10
	lv := jobcore.Leaves{Steps: steps, Local: h}
	rate := jobcore.DefaultRateBps(h)
	outer := lv.Count(1, steps)
	// Lazy on every outer step, then on the first 10% and the first half
	// (the job audit's draw is uniform, so which ones does not matter).
	for _, cheated := range []uint64{outer, outer / 10, outer / 2} {
		bad := func(s uint64) bool { return s <= cheated*h }
		sampled, audited, caught := 0, 0, 0
		for range jobs {
			hit := false
			var seed protocol.Hash
			for end := uint64(period); end <= steps; end += period {
				binary.BigEndian.PutUint64(seed[:], rng.Uint64())
				binary.BigEndian.PutUint64(seed[8:], rng.Uint64())
				for _, p := range jobcore.Sample(jobcore.Seeds{All: seed}, []protocol.Address{member}, end-period+1, end, rate, lv) {
					if p.Step%h != 0 {
						t.Fatalf("local step %d drawn", p.Step)
					}
					sampled++
					hit = hit || bad(p.Step)
				}
			}
			// The job audit, with the last period's seed.
			s, ok := jobcore.JobAuditStep(jobcore.JobSeed(seed), member, 1, steps, lv)
			if !ok || s%h != 0 {
				t.Fatalf("job audit at step %d, %v", s, ok)
			}
			audited++
			hit = hit || bad(s)
			if hit {
				caught++
			}
		}
		r := float64(rate) / 10000
		if share, sd := float64(sampled)/float64(jobs*outer), math.Sqrt(r*(1-r)/float64(jobs*outer)); math.Abs(share-r) > 5*sd {
			t.Errorf("sampled %.4f of outer steps; want %.4f ± %.4f", share, r, 5*sd)
		}
		if load := float64(sampled+audited) / float64(jobs*outer); load > 0.10 {
			t.Errorf("verifiers recompute %.4f of the outer steps; want ≤ 0.10", load)
		}
		p := jobcore.JobDetection(rate, cheated, outer)
		if cheated == outer && p < 0.99 {
			t.Errorf("default DiLoCo rate %d bps: detection of a member lazy throughout %.4f < 0.99", rate, p)
		}
		got := float64(caught) / jobs
		if sd := math.Sqrt(p * (1 - p) / jobs); math.Abs(got-p) > 5*sd+1e-3 {
			t.Errorf("a member lazy on %d of %d outer steps caught in %.4f of jobs; want %.4f", cheated, outer, got, p)
		}
		t.Logf("rate %d bps per outer step and a job audit: a member lazy on %d of %d outer steps (H = %d) caught in %.4f of %d jobs (1-(1-r)^c·(1-c/n) = %.4f); %.4f of outer steps recomputed",
			rate, cheated, outer, h, got, jobs, p, float64(sampled+audited)/float64(jobs*outer))
	}
}
