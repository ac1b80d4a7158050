package auction

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/auction/attest"
	"github.com/trainmesh/trainmesh/protocol"
)

// The core never checks signatures (the shell does), so these tests sign
// nothing: a Signed's Sig is a fixed marker, and the machine must carry it
// through untouched.

var testDomain = Domain{ChainID: 1337, VerifyingContract: Address{0xc0, 0x17}}

func addr(i int) Address { return Address{0xa0, byte(i >> 8), byte(i)} }

var poster = Address{0x90, 0x57}

func testParams() Params {
	p := DefaultParams()
	p.ClockGraceMs = 100
	p.CommitWindowMinMs = 1000
	p.RevealWindowMinMs = 1000
	p.ChallengeN = attest.NMin * 2
	p.StandbysMax = 2
	return p
}

// Timeline of the test job, in ms.
const (
	tAnnounce = 1_000
	tCommitDL = 10_000
	tRevealDL = 20_000
	tCommit   = 5_000  // inside the commit window
	tReveal   = 15_000 // inside the reveal window
	tClear    = tRevealDL + 100
)

func testJob(k uint32, budget int64) *JobAnnounce {
	return &JobAnnounce{
		JobID: protocol.JobIDOf(poster, 7), Poster: poster, ModelHash: Hash{1}, DatasetRoot: Hash{2},
		GroupSize: k, MinVRAMBytes: 8 << 30, MinThroughput: 10, Steps: 100, Budget: big.NewInt(budget),
		CommitDeadlineMs: tCommitDL, RevealDeadlineMs: tRevealDL, Nonce: 7,
	}
}

func signed(m Message) Signed {
	s := Signed{Msg: m}
	s.Sig[0], s.Sig[64] = 0x5e, 27
	return s
}

// newMachine builds a machine for job on the peer self.
func newMachine(t testing.TB, p Params, job *JobAnnounce, self Address) *Machine {
	t.Helper()
	m, err := New(p, testDomain, signed(job), self)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// tableJob commits job to the quality table a poster with view rep builds
// of the peers rep scores (no throughput evidence: each at the job's
// minimum). It changes the announcement's digest, so call it before
// expectOf.
func tableJob(p Params, job *JobAnnounce, rep MapReputation) *JobAnnounce {
	var peers []Address
	for a := range rep.Scores {
		peers = append(peers, a)
	}
	j := *job
	j.Table = p.BuildTable(&j, peers, rep, nil)
	j.QualityRoot = j.Table.Root()
	return &j
}

// withTable is job committed to the table a poster with view rep builds
// of reveals' bidders, having measured each bidder's throughput as its
// reveal states (for clearing tests that call Clear directly).
func withTable(p *Params, job *JobAnnounce, reveals []*BidReveal, rep Reputation) *JobAnnounce {
	tp := map[Address]uint64{}
	var peers []Address
	for _, r := range reveals {
		peers = append(peers, r.Bidder)
		tp[r.Bidder] = r.Throughput
	}
	j := *job
	j.Table = p.BuildTable(&j, peers, rep, func(a Address) (ThroughputEvidence, bool) {
		t, ok := tp[a]
		return ThroughputEvidence{MFLOPs: 1000 * t}, ok
	})
	j.QualityRoot = j.Table.Root()
	return &j
}

// expectOf is the right attestation for job under p.
func expectOf(t testing.TB, p Params, job *JobAnnounce) Hash {
	t.Helper()
	h, err := attest.Answer(attest.CPU{}, testDomain.Digest(job), p.ChallengeN)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// bid is one bidder's commit and reveal.
type bid struct {
	commit, reveal Signed
}

func makeBid(job *JobAnnounce, expect Hash, who Address, price int64, tp uint64) bid {
	r := &BidReveal{
		JobID: job.JobID, Bidder: who, PricePerStep: big.NewInt(price), Throughput: tp,
		VRAMBytes: 16 << 30, LatencyMs: 20, Attestation: expect, Salt: Hash{byte(price), who[1], who[2]},
	}
	c := &BidCommit{JobID: job.JobID, Bidder: who, Commitment: r.Commitment()}
	return bid{commit: signed(c), reveal: signed(r)}
}

// drain returns and clears the machine's Ready.
func drain(m *Machine) Ready {
	rd := m.Ready()
	m.Advance()
	return rd
}

func eventsOf(rd Ready, k EventKind) []Event {
	var out []Event
	for _, e := range rd.Events {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

func newRand(t testing.TB, seed uint64) *rand.Rand {
	t.Helper()
	t.Logf("seed %d", seed)
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}
