package simulation

import (
	"encoding/binary"
	"slices"

	jobcore "github.com/trainmesh/trainmesh/job"
	"github.com/trainmesh/trainmesh/protocol"
)

// The audit sample and the verifier assignment (PROTOCOL.md, "Verified
// work"; the design's D3 and D4), as pure functions of public data: the
// group's signed receipts at the end of a period, the award. A node runs
// the same rules in package job; these are written to that rule, byte
// for byte, until job.AuditSeed, job.Audited and the verifier assignment
// are on main, and then give way to them.

// auditSeed is the seed of the audit of a receipt period ending at step:
// keccak256(jobId ‖ step as 8 big-endian bytes ‖ the signatures of the
// group's receipts for step, ordered by member address). Nobody knows it
// before every member has signed its receipt, which commits to its
// contributions: an ECDSA signature is deterministic in the signer's key,
// so no member can predict another's.
func auditSeed(jobID protocol.Hash, step uint64, receipts []jobcore.Receipt) protocol.Hash {
	rs := slices.Clone(receipts)
	slices.SortFunc(rs, func(a, b jobcore.Receipt) int { return compareAddr(a.Member, b.Member) })
	buf := make([]byte, 0, 32+8+len(rs)*protocol.SignatureLen)
	buf = append(buf, jobID[:]...)
	buf = binary.BigEndian.AppendUint64(buf, step)
	for _, r := range rs {
		buf = append(buf, r.Sig[:]...)
	}
	return protocol.Keccak256(buf)
}

// pairHash is keccak256(seed ‖ member ‖ step as 8 big-endian bytes), the
// draw of one (member, step) pair of a period.
func pairHash(seed protocol.Hash, member protocol.Address, step uint64) protocol.Hash {
	var buf [32 + 20 + 8]byte
	copy(buf[:], seed[:])
	copy(buf[32:], member[:])
	binary.BigEndian.PutUint64(buf[52:], step)
	return protocol.Keccak256(buf[:])
}

// audited reports whether (member, step) of the period seeded by seed is
// audited at rateBps: the first 8 bytes of its pair hash, as a uint64,
// below rateBps × 2^64 / 10000.
func audited(seed protocol.Hash, member protocol.Address, step uint64, rateBps int) bool {
	h := pairHash(seed, member, step)
	return binary.BigEndian.Uint64(h[:8]) < threshold(rateBps)
}

// threshold is rateBps × 2^64 / 10000, saturated at 2^64 − 1.
func threshold(rateBps int) uint64 {
	if rateBps >= 10000 {
		return ^uint64(0)
	}
	// 2^64 / 10000 = 1844674407370955.1616: floor(rateBps × 2^64 / 10000)
	// without 128-bit arithmetic.
	const q, r = 1844674407370955, 1616
	return uint64(rateBps)*q + uint64(rateBps)*r/10000
}

// verifierOf names who audits (member, step): one of the award's
// standbys, by the pair hash modulo their number; with no standby, the
// member after it in the winners' order (a ring). A standby that is the
// member itself (one called into the ring) hands the pair to the next
// standby.
func verifierOf(seed protocol.Hash, member protocol.Address, step uint64, winners, standbys []protocol.Address) protocol.Address {
	if n := len(standbys); n > 0 {
		h := pairHash(seed, member, step)
		i := int(binary.BigEndian.Uint64(h[24:]) % uint64(n))
		if standbys[i] == member && n > 1 {
			i = (i + 1) % n
		}
		if standbys[i] != member {
			return standbys[i]
		}
	}
	i := slices.Index(winners, member)
	if i < 0 || len(winners) < 2 {
		return protocol.Address{}
	}
	return winners[(i+1)%len(winners)]
}

func compareAddr(a, b protocol.Address) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}
