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
