package wire

import (
	"fmt"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/identity"
)

// benchBidders is how many distinct signed commits the benchmark cycles
// through; each machine takes them all once, so every Step is a real
// first-time commit, not a cheap duplicate.
const benchBidders = 2048

type benchSet struct {
	codec   *Codec
	params  auction.Params
	ann     auction.Signed
	data    [][]byte
	digests []auction.Hash
	sigs    [][]byte
	now     uint64
}

func newBenchSet(b *testing.B) *benchSet {
	b.Helper()
	c := NewCodec(testDomain, 64)
	p := auction.DefaultParams()
	p.ChallengeN = attest.NMin
	p.BiddersMax = benchBidders
	job := testJob()
	ann, _, err := c.Sign(posterKey, job)
	if err != nil {
		b.Fatal(err)
	}
	set := &benchSet{codec: c, params: p, ann: ann, now: job.CommitDeadlineMs - 1000}
	for i := range benchBidders {
		key := identity.FromSeed(fmt.Appendf(nil, "bench-bidder-%d", i))
		m := &auction.BidCommit{JobID: job.JobID, Bidder: Address(key.Address()), Commitment: auction.Hash{byte(i), byte(i >> 8)}}
		s, data, err := c.Sign(key, m)
		if err != nil {
			b.Fatal(err)
		}
		set.data = append(set.data, data)
		set.digests = append(set.digests, c.Digest(m))
		set.sigs = append(set.sigs, s.Sig[:])
	}
	return set
}

func (s *benchSet) machine(b *testing.B) *auction.Machine {
	m, err := auction.New(s.params, testDomain, s.ann, auction.Address{0x99})
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// sigCheck is the baseline: the bare secp256k1 recovery of each message's
// signature over its precomputed digest.
func (s *benchSet) sigCheck(b *testing.B) {
	i := 0
	for b.Loop() {
		if _, err := identity.Recover(s.digests[i], s.sigs[i]); err != nil {
			b.Fatal(err)
		}
		if i++; i == len(s.data) {
			i = 0
		}
	}
}

// pipeline is what a node does with each gossiped commit: decode the wire
// bytes, hash the EIP-712 struct, recover and check the signer, and apply
// it to the job's machine (draining Ready as the node does).
func (s *benchSet) pipeline(b *testing.B) {
	m := s.machine(b)
	i := 0
	for b.Loop() {
		sm, err := s.codec.Decode(s.data[i])
		if err != nil {
			b.Fatal(err)
		}
		if err := m.Step(s.now, sm); err != nil {
			b.Fatal(err)
		}
		m.Advance()
		if i++; i == len(s.data) {
			i = 0
			b.StopTimer()
			m = s.machine(b)
			b.StartTimer()
		}
	}
}

// BenchmarkSigCheck is the baseline alone.
func BenchmarkSigCheck(b *testing.B) { newBenchSet(b).sigCheck(b) }

// BenchmarkValidateApply is the pipeline alone.
func BenchmarkValidateApply(b *testing.B) { newBenchSet(b).pipeline(b) }

// BenchmarkValidateApplyRatio measures both in the same run, interleaved
// message by message so that both see the same machine load, and reports
// messages validated and applied per second, bare signature checks per
// second, and the ratio of their costs (BENCHMARKS.md).
func BenchmarkValidateApplyRatio(b *testing.B) {
	set := newBenchSet(b)
	m := set.machine(b)
	var sigTime, fullTime time.Duration
	i, n := 0, 0
	// Each iteration times one bare check and one full pipeline, on
	// different messages (half the set apart) and in alternating order, so
	// that neither gets the other's warm caches.
	half := len(set.data) / 2
	sig := func(j int) time.Duration {
		t0 := time.Now()
		if _, err := identity.Recover(set.digests[j], set.sigs[j]); err != nil {
			b.Fatal(err)
		}
		return time.Since(t0)
	}
	full := func(j int) time.Duration {
		t0 := time.Now()
		sm, err := set.codec.Decode(set.data[j])
		if err != nil {
			b.Fatal(err)
		}
		if err := m.Step(set.now, sm); err != nil {
			b.Fatal(err)
		}
		m.Advance()
		return time.Since(t0)
	}
	for b.Loop() {
		if n%2 == 0 {
			sigTime += sig((i + half) % len(set.data))
			fullTime += full(i)
		} else {
			fullTime += full(i)
			sigTime += sig((i + half) % len(set.data))
		}
		n++
		if i++; i == len(set.data) {
			i = 0
			b.StopTimer()
			m = set.machine(b)
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(n)/sigTime.Seconds(), "sigchecks/s")
	b.ReportMetric(float64(n)/fullTime.Seconds(), "msgs/s")
	b.ReportMetric(fullTime.Seconds()/sigTime.Seconds(), "pipeline/sigcheck")
}
