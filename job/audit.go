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

// DefaultOuterAuditRateBps is the default rate of a local-steps
// (DiLoCo) job, per outer step: 5%, with one job audit per member on top
// (JobAuditStep). Only outer steps have leaves (Leaves), so the periods'
// draws see N/H outer steps of a member; the job audit, drawn once the
// last period's receipts are in from all of the member's outer steps,
// hits a bad one with probability f (its share of bad outer steps). A
// member cheating on a fraction f of its outer steps escapes both with
// probability (1 − r)^(f·N/H) · (1 − f) (JobDetection): one lazy on all
// of them is always caught. At the job file's defaults (400 steps, a
// receipt every 50, which H must divide) and the README's advice for
// home links (H = 10) a job has 40 outer steps, and verifiers recompute
// 5% + 1/40 = 7.5% of them: about that share of the group's compute (one
// audit recomputes the H local steps of its outer step; bench verify
// measured a check at 0.45–1.3 member outer steps under load, 3.4–9.6%),
// where the 12% per outer step that caught such a member with 0.9940
// alone cost 12%, over issue 16's 10%.
const DefaultOuterAuditRateBps = 500

// DefaultRateBps is the default audit rate of a job with local local
// steps per all-reduce (1 or 0: synchronous).
func DefaultRateBps(local uint64) uint32 {
	if local > 1 {
		return DefaultOuterAuditRateBps
	}
	return DefaultAuditRateBps
}

// Leaves says which steps of a job carry a member's leaf, the only steps
// an audit can check: every step in the synchronous mode; in the
// local-steps mode (DiLoCo, Local = H > 1) the outer steps only, the
// multiples of H and the job's last step (train.Member commits at each
// all-reduce). Every follower reads both from the recipe, so every
// follower samples the same steps.
type Leaves struct {
	// Steps is the job's steps (its last step always has a leaf).
	Steps uint64
	// Local is H, the local steps per all-reduce; 0 or 1: every step.
	Local uint64
}

// Has reports whether step t has a leaf.
func (l Leaves) Has(t uint64) bool {
	return l.Local <= 1 || t%l.Local == 0 || t == l.Steps
}

// Count returns how many steps of from..through (both included) have a
// leaf: where leaf t of a period starting at from sits is
// Count(from, t) − 1, and a period ending at through holds
// Count(from, through).
func (l Leaves) Count(from, through uint64) uint64 {
	if from == 0 {
		from = 1
	}
	if through < from {
		return 0
	}
	if l.Local <= 1 {
		return through - from + 1
	}
	n := through/l.Local - (from-1)/l.Local
	if l.Steps >= from && l.Steps <= through && l.Steps%l.Local != 0 {
		n++
	}
	return n
}

// Nth returns the k-th (from 0) step with a leaf at or after from, and
// false past the job's last step.
func (l Leaves) Nth(from, k uint64) (uint64, bool) {
	if from == 0 {
		from = 1
	}
	if l.Local <= 1 {
		t := from + k
		return t, t >= from && t <= l.Steps
	}
	first := (from + l.Local - 1) / l.Local * l.Local
	if first <= l.Steps && k <= (l.Steps-first)/l.Local {
		return first + k*l.Local, true
	}
	n := l.Count(from, l.Steps)
	if k == n-1 && l.Steps >= from && l.Steps%l.Local != 0 {
		return l.Steps, true
	}
	return 0, false
}

// JobAudits reports whether a job of these leaves draws a job audit per
// member (JobAuditStep): the local-steps mode, whose periods hold few
// leaves each.
func (l Leaves) JobAudits() bool { return l.Local > 1 }

// jobAuditTag separates the job audit's hashes from the periods' draws,
// which take the same seed (the last period's).
var jobAuditTag = []byte("trainmesh job audit")

// JobSeed is the seed of a member's job audit: keccak256(its seed of the
// last period (Seeds.Of: the others' receipts) ‖ "trainmesh job audit"),
// so that the job audit's step and verifier are drawn independently of
// the last period's own sample, and its own last receipt cannot steer it.
func JobSeed(last Hash) Hash { return protocol.Keccak256(last[:], jobAuditTag) }

// JobAuditStep returns the step of member's job audit (PROTOCOL.md,
// "Verified work"): of its steps with a leaf in from..through (its
// steps in the job: from the first step it trained to the last), the
// one at index (the first 8 bytes of keccak256(jobSeed ‖ member), as a
// big-endian uint64) mod their number. jobSeed is JobSeed of member's seed
// of the last period, which exists only once every other member receipted
// the job's last step, so no member can predict the step while it trains; a
// member lazy on a fraction f of its outer steps is drawn at a bad one
// with probability f, lazy on all of them always. false if it has none.
func JobAuditStep(jobSeed Hash, member Address, from, through uint64, lv Leaves) (uint64, bool) {
	n := lv.Count(from, min(through, lv.Steps))
	if n == 0 {
		return 0, false
	}
	h := protocol.Keccak256(jobSeed[:], member[:])
	return lv.Nth(from, binary.BigEndian.Uint64(h[:8])%n)
}

// JobDetection is the probability that a member that cheats on cheated of
// its outer steps outer steps is caught in a job with job audits: a
// period's draw at rateBps hits one of its bad steps, or its job audit
// does: 1 − (1 − r)^cheated · (1 − cheated/outer).
func JobDetection(rateBps uint32, cheated, outer uint64) float64 {
	if outer == 0 {
		return 0
	}
	cheated = min(cheated, outer)
	r := math.Min(float64(rateBps)/10_000, 1)
	return 1 - math.Pow(1-r, float64(cheated))*(1-float64(cheated)/float64(outer))
}

// Pair is one (member, step) the sample drew.
type Pair struct {
	Member Address
	Step   uint64
}

// AuditSeed returns the seed of the receipts for step given:
// keccak256(jobId ‖ step as 8 bytes big-endian ‖ their 65-byte
// signatures, ordered by member address). receipts must be the receipts
// for step of distinct members; a period's seed group seeds it with theirs
// (Seeds.All), and each of its members' own pairs with the others'
// (PeriodSeeds). The seed exists only once all of them are signed, and
// ECDSA signatures are deterministic in each signer's key, so no member
// can predict the others' signatures (PROTOCOL.md).
func AuditSeed(jobID Hash, step uint64, receipts []Receipt) (Hash, error) {
	if len(receipts) == 0 {
		return Hash{}, fmt.Errorf("%w: no receipts to seed step %d", ErrReceipt, step)
	}
	rs, err := seedOrder(jobID, step, receipts)
	if err != nil {
		return Hash{}, err
	}
	return seedOf(jobID, step, rs, -1), nil
}

// seedOrder returns receipts ordered by member address, checked: all
// for step of jobID, one per member.
func seedOrder(jobID Hash, step uint64, receipts []Receipt) ([]Receipt, error) {
	rs := slices.Clone(receipts)
	slices.SortFunc(rs, func(a, b Receipt) int { return bytes.Compare(a.Member[:], b.Member[:]) })
	for i, r := range rs {
		switch {
		case r.JobID != jobID || r.Step != step:
			return nil, fmt.Errorf("%w: receipt for step %d of job %s seeds step %d", ErrReceipt, r.Step, r.JobID.Short(), step)
		case i > 0 && rs[i-1].Member == r.Member:
			return nil, fmt.Errorf("%w: two receipts of %s seed step %d", ErrReceipt, r.Member.Short(), step)
		}
	}
	return rs, nil
}

// seedOf is keccak256(jobId ‖ step ‖ the signatures of rs, ordered, less
// the one at index skip).
func seedOf(jobID Hash, step uint64, rs []Receipt, skip int) Hash {
	b := make([]byte, 0, 32+8+len(rs)*protocol.SignatureLen)
	b = append(b, jobID[:]...)
	b = binary.BigEndian.AppendUint64(b, step)
	for i, r := range rs {
		if i != skip {
			b = append(b, r.Sig[:]...)
		}
	}
	return protocol.Keccak256(b)
}

// Seeds is a period's seeds (PROTOCOL.md, "Verified work", Sample). A
// member of the period's seed group draws its own pairs, their verifiers
// and its job audit with the seed of the others' receipts (Own), never
// with one its own receipt enters: a member that signs last could
// otherwise vary its commitment (a leaf of a step it cheated on) until
// the seed draws none of its bad steps, a Merkle root, a signature and a
// hash a try (TestGrindOwnSample). A member outside the seed group (a
// standby called in during the period, a member that equivocated its
// receipt) draws with the seed of them all (All), which holds no receipt
// of its.
type Seeds struct {
	// All is AuditSeed of the seed group's receipts.
	All Hash
	// Own is, per member of the seed group, the seed of the others'
	// receipts.
	Own map[Address]Hash
}

// Of returns the seed member's pairs are drawn with: Own's, or All for a
// member outside the seed group.
func (s Seeds) Of(member Address) Hash {
	if h, ok := s.Own[member]; ok {
		return h
	}
	return s.All
}

// PeriodSeeds returns the seeds of the period ending at step from the
// receipts of its seed group (as AuditSeed takes them): All is their
// AuditSeed, and Own[m], for each m of them, keccak256(jobId ‖ step ‖ the
// signatures of the others' receipts, ordered by member address). A seed
// group of one seeds its member with keccak256(jobId ‖ step): a seed it
// can compute in advance, as it could steer one its receipt entered.
func PeriodSeeds(jobID Hash, step uint64, receipts []Receipt) (Seeds, error) {
	all, err := AuditSeed(jobID, step, receipts)
	if err != nil {
		return Seeds{}, err
	}
	rs, _ := seedOrder(jobID, step, receipts)
	s := Seeds{All: all, Own: make(map[Address]Hash, len(rs))}
	for i, r := range rs {
		s.Own[r.Member] = seedOf(jobID, step, rs, i)
	}
	return s, nil
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
// (both included) of the given members, in step then member order: of the
// steps with a leaf only (lv), each at rateBps, each member's with its
// seed (Seeds.Of). Steps without a leaf are
// not drawn: an audit of one could only be refused, so in the local-steps
// mode the rate is per outer step (PROTOCOL.md, "Verified work").
func Sample(seeds Seeds, members []Address, from, through uint64, rateBps uint32, lv Leaves) []Pair {
	var out []Pair
	for t := from; t <= through; t++ {
		if !lv.Has(t) {
			if t == math.MaxUint64 {
				break
			}
			continue
		}
		for _, m := range members {
			if Audited(seeds.Of(m), m, t, rateBps) {
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
// (VerifierOf, with the pair's member's seed), in the order verifiers
// first appear in the sample. Pairs no one can verify are left out.
func Assign(seeds Seeds, ring, standbys []Address, from, through uint64, rateBps uint32, lv Leaves) []Assignment {
	var out []Assignment
	for _, p := range Sample(seeds, ring, from, through, rateBps, lv) {
		v, ok := VerifierOf(seeds.Of(p.Member), p.Member, p.Step, standbys, ring)
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

// JobAuditBound is the verification bound for a job of groupSize members
// whose steps with a leaf are lv's at rateBps: AuditBound over the steps
// with a leaf, and with job audits (Leaves.JobAudits) one more per seat
// (the last period's trainers are at most the group), capped likewise.
func JobAuditBound(groupSize uint32, lv Leaves, rateBps uint32) uint32 {
	b := uint64(AuditBound(groupSize, lv.Count(1, lv.Steps), rateBps))
	if lv.JobAudits() {
		b += uint64(groupSize)
	}
	return uint32(min(b, math.MaxUint32))
}
