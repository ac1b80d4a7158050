package job

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"slices"

	"github.com/trainmesh/trainmesh/protocol"
)

// Verified work's sampling rule (PROTOCOL.md, "Verified work"): which
// (member, step) pairs of a receipt period are recomputed, and by whom.
// Every peer of the job computes the same answer from the same signed
// receipts, so the poster pays exactly the audits the sample drew and a
// verifier cannot choose whom it checks.

// DefaultAuditRateBps is the default share of (member, step) pairs
// audited, in basis points: 5%. A member that cheats on f·N of its N steps
// escapes with probability (1 − r)^(f·N) (Detection).
const DefaultAuditRateBps = 500

// Pair is one (member, step) the sample drew.
type Pair struct {
	Member Address
	Step   uint64
}

// AuditSeed returns the seed of the sample of the period that ends at step:
// keccak256(jobId ‖ step as 8 bytes big-endian ‖ the 65-byte signatures of
// the group's receipts for step, ordered by member address). receipts must
// be the receipts for step of every member of the ring at that step, one
// each; the seed exists only once all are signed, and ECDSA signatures are
// deterministic in each signer's key, so no member can predict it when it
// commits (PROTOCOL.md).
func AuditSeed(jobID Hash, step uint64, receipts []Receipt) (Hash, error) {
	if len(receipts) == 0 {
		return Hash{}, fmt.Errorf("%w: no receipts to seed step %d", ErrReceipt, step)
	}
	rs := slices.Clone(receipts)
	slices.SortFunc(rs, func(a, b Receipt) int { return bytes.Compare(a.Member[:], b.Member[:]) })
	b := make([]byte, 0, 32+8+len(rs)*protocol.SignatureLen)
	b = append(b, jobID[:]...)
	b = binary.BigEndian.AppendUint64(b, step)
	for i, r := range rs {
		switch {
		case r.JobID != jobID || r.Step != step:
			return Hash{}, fmt.Errorf("%w: receipt for step %d of job %s seeds step %d", ErrReceipt, r.Step, r.JobID.Short(), step)
		case i > 0 && rs[i-1].Member == r.Member:
			return Hash{}, fmt.Errorf("%w: two receipts of %s seed step %d", ErrReceipt, r.Member.Short(), step)
		}
		b = append(b, r.Sig[:]...)
	}
	return protocol.Keccak256(b), nil
}

// pairHash is keccak256(seed ‖ member ‖ t as 8 bytes big-endian).
func pairHash(seed Hash, member Address, t uint64) Hash {
	return protocol.Keccak256(seed[:], member[:], binary.BigEndian.AppendUint64(nil, t))
}

// auditThreshold is rateBps × 2^64 / 10000, rounded down; a rate of 10000
// or more audits everything.
func auditThreshold(rateBps uint32) (uint64, bool) {
	if rateBps >= 10_000 {
		return 0, true
	}
	q, _ := bits.Div64(uint64(rateBps), 0, 10_000)
	return q, false
}

// Audited reports whether the sample seeded by seed draws (member, t): the
// first 8 bytes of keccak256(seed ‖ member ‖ t), as a big-endian uint64,
// are below rateBps × 2^64 / 10000.
func Audited(seed Hash, member Address, t uint64, rateBps uint32) bool {
	th, all := auditThreshold(rateBps)
	if all {
		return true
	}
	h := pairHash(seed, member, t)
	return binary.BigEndian.Uint64(h[:8]) < th
}

// Sample returns the pairs drawn from the period of steps from..through
// (both included) of the given members, in step then member order.
func Sample(seed Hash, members []Address, from, through uint64, rateBps uint32) []Pair {
	var out []Pair
	for t := from; t <= through; t++ {
		for _, m := range members {
			if Audited(seed, m, t, rateBps) {
				out = append(out, Pair{Member: m, Step: t})
			}
		}
		if t == math.MaxUint64 {
			break
		}
	}
	return out
}

// VerifierOf returns who recomputes (member, t): with standbys that are not
// training (not in ring), the one at keccak256(seed ‖ member ‖ t) mod their
// number, in award order; with none, member's predecessor in the ring
// (member i is checked by member i−1, so each checks the next). ring is the
// period's seed group (job.Machine: the members whose receipts made the
// seed); a member that trained the period outside it (a standby called in
// during the period) is checked, with no free standby, by the ring's member
// at keccak256(seed ‖ member ‖ t) mod its size. ok is false when nobody
// can: an empty ring, or a ring of one checking itself, without a free
// standby.
func VerifierOf(seed Hash, member Address, t uint64, standbys, ring []Address) (Address, bool) {
	free := make([]Address, 0, len(standbys))
	for _, s := range standbys {
		if s != member && !slices.Contains(ring, s) && !slices.Contains(free, s) {
			free = append(free, s)
		}
	}
	if len(free) > 0 {
		h := pairHash(seed, member, t)
		i := new(big.Int).Mod(new(big.Int).SetBytes(h[:]), big.NewInt(int64(len(free))))
		return free[i.Int64()], true
	}
	j := slices.Index(ring, member)
	if j < 0 && len(ring) > 0 {
		h := pairHash(seed, member, t)
		i := new(big.Int).Mod(new(big.Int).SetBytes(h[:]), big.NewInt(int64(len(ring))))
		return ring[i.Int64()], true
	}
	if j < 0 || len(ring) < 2 {
		return Address{}, false
	}
	return ring[(j+len(ring)-1)%len(ring)], true
}

// Assignment is the audits one verifier owes for one period.
type Assignment struct {
	Verifier Address
	Pairs    []Pair
}

// Assign returns the period's sample split among its verifiers
// (VerifierOf), in the order verifiers first appear in the sample. Pairs no
// one can verify are left out.
func Assign(seed Hash, ring, standbys []Address, from, through uint64, rateBps uint32) []Assignment {
	var out []Assignment
	for _, p := range Sample(seed, ring, from, through, rateBps) {
		v, ok := VerifierOf(seed, p.Member, p.Step, standbys, ring)
		if !ok {
			continue
		}
		i := slices.IndexFunc(out, func(a Assignment) bool { return a.Verifier == v })
		if i < 0 {
			out = append(out, Assignment{Verifier: v})
			i = len(out) - 1
		}
		out[i].Pairs = append(out[i].Pairs, p)
	}
	return out
}

// Detection is the probability that a sample at rateBps draws at least one
// of cheated steps: 1 − (1 − r)^cheated (PROTOCOL.md's table).
func Detection(rateBps uint32, cheated uint64) float64 {
	r := math.Min(float64(rateBps)/10_000, 1)
	return 1 - math.Pow(1-r, float64(cheated))
}

// AuditBound is the verification bound a poster escrows for a job of
// groupSize members, steps steps and audit rate rateBps (chain.JobSpec.Audits,
// Config.AuditBound): twice the expected number of audited pairs,
// groupSize × steps × rate, plus 16, capped at the
// uint32 the contract stores. The count of audited pairs is a sum of
// independent draws with mean μ = groupSize × steps × rate, so its standard
// deviation is below √μ, and 2μ + 16 = μ + (μ + 16) ≥ μ + 8√μ lies at least
// eight of them above the mean. Each paid audit costs the poster its
// verifier's price per step; what the settlement does not pay is refunded.
func AuditBound(groupSize uint32, steps uint64, rateBps uint32) uint32 {
	if rateBps == 0 {
		rateBps = DefaultAuditRateBps
	}
	mean := new(big.Int).Mul(new(big.Int).SetUint64(uint64(groupSize)), new(big.Int).SetUint64(steps))
	mean.Mul(mean, big.NewInt(2*int64(rateBps)))
	mean.Add(mean, big.NewInt(9999))
	mean.Quo(mean, big.NewInt(10000))
	mean.Add(mean, big.NewInt(16))
	if !mean.IsUint64() || mean.Uint64() > math.MaxUint32 {
		return math.MaxUint32
	}
	return uint32(mean.Uint64())
}
