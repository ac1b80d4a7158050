package simulation_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/chain"
	"github.com/trainmesh/trainmesh/simulation"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// load decodes a shipped scenario.
func load(t testing.TB, name string) *scenario.Scenario {
	t.Helper()
	f, err := os.Open(filepath.Join("scenarios", name+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := scenario.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// shrink cuts a scenario to its first jobs and a shorter run, for tests
// that run it more than once.
func shrink(s *scenario.Scenario, jobs int, d scenario.Duration) *scenario.Scenario {
	c := *s
	c.Jobs = append([]scenario.Stream(nil), s.Jobs...)
	for i := range c.Jobs {
		c.Jobs[i].Count = min(c.Jobs[i].Count, jobs)
	}
	c.Duration = d
	c.Engine.SampleInterval = d / 10
	return &c
}

func run(t testing.TB, s *scenario.Scenario, log *bytes.Buffer) *simulation.Result {
	t.Helper()
	opts := simulation.Options{}
	if log != nil {
		opts.Log = log
	}
	res, err := simulation.Run(context.Background(), s, opts)
	if err != nil {
		t.Fatalf("%s (seed %d): %v", s.Name, s.Seed, err)
	}
	return res
}

// TestDeterminism: one scenario and seed give the same event log byte for
// byte; another seed gives another log. The report's hash is the log's.
func TestDeterminism(t *testing.T) {
	s := load(t, "mixed")
	s = shrink(s, 12, scenario.Duration(12*60e9))
	var a, b, c bytes.Buffer
	ra := run(t, s, &a)
	rb := run(t, s, &b)
	if a.Len() == 0 || ra.Report.LogLines == 0 {
		t.Fatal("empty event log")
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		i := 0
		for i < min(a.Len(), b.Len()) && a.Bytes()[i] == b.Bytes()[i] {
			i++
		}
		t.Fatalf("seed %d: two runs differ first at byte %d of %d:\n%.200s\n%.200s", s.Seed, i, a.Len(), a.Bytes()[i:], b.Bytes()[i:])
	}
	sum := sha256.Sum256(a.Bytes())
	if got := hex.EncodeToString(sum[:]); ra.Report.LogSHA256 != got || rb.Report.LogSHA256 != got {
		t.Errorf("report hashes %s, %s; the log's SHA-256 is %s", ra.Report.LogSHA256, rb.Report.LogSHA256, got)
	}
	other := *s
	other.Seed++
	rc := run(t, &other, &c)
	if bytes.Equal(a.Bytes(), c.Bytes()) || rc.Report.LogSHA256 == ra.Report.LogSHA256 {
		t.Errorf("seeds %d and %d gave the same event log", s.Seed, other.Seed)
	}
	t.Logf("seed %d: %d lines, %d events, %d peer-events; sha256 %s", s.Seed, ra.Report.LogLines, ra.Report.Events, ra.Report.PeerEvents, ra.Report.LogSHA256)
}

// TestVerifyOnceIsEachDelivery: verifying each distinct message once and
// handing receivers the outcome (the default) gives the same run, byte for
// byte, as verifying every delivery as each real node does.
func TestVerifyOnceIsEachDelivery(t *testing.T) {
	s := shrink(load(t, "mixed"), 4, scenario.Duration(4*60e9))
	each := *s
	each.Engine.Verify = scenario.VerifyEach
	var a, b bytes.Buffer
	ra, rb := run(t, s, &a), run(t, &each, &b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("seed %d: verifying once and at every delivery give different runs", s.Seed)
	}
	if rb.Report.Network.Verifications <= ra.Report.Network.Verifications {
		t.Errorf("each-delivery mode verified %d times, once mode %d: want more", rb.Report.Network.Verifications, ra.Report.Network.Verifications)
	}
	t.Logf("verifications: once %d, each %d (deliveries %d)", ra.Report.Network.Verifications, rb.Report.Network.Verifications, rb.Report.Network.Deliveries)
}

// TestAdversaries runs every shipped adversarial scenario and checks what
// the protocol promises against each kind of adversary.
func TestAdversaries(t *testing.T) {
	for _, name := range []string{"equivocators", "free-riders", "sybils-spam", "mixed"} {
		t.Run(name, func(t *testing.T) {
			s := load(t, name)
			res := run(t, s, nil)
			r := res.Report
			t.Logf("seed %d: %d jobs announced, %d completed, %d awarded; %d peer-events in %.1fs", s.Seed, r.Jobs.Announced, r.Jobs.Completed, r.Jobs.Awarded, r.PeerEvents, r.WallS)
			if r.Jobs.Awarded == 0 || r.Jobs.Completed == 0 {
				t.Fatalf("seed %d: no job awarded or completed: %+v", s.Seed, r.Jobs)
			}
			checkAgreement(t, s, r)
			checkLedger(t, s, r)
			honest := r.Classes["honest"]
			kinds := map[string]bool{}
			for _, a := range r.Adversaries {
				kinds[a.Kind] = true
			}
			if kinds[scenario.Equivocator] {
				checkEquivocators(t, s, res)
			}
			for _, a := range r.Adversaries {
				switch a.Kind {
				case scenario.NonRevealer:
					if a.CaughtS < 0 || a.Score >= 0.5 || a.Score >= honest.Score {
						t.Errorf("seed %d: non-revealer %d: caught at %vs, score %.3f; want caught and below the prior and the honest mean %.3f", s.Seed, a.Index, a.CaughtS, a.Score, honest.Score)
					}
					if a.WinsAfterCaught != 0 {
						t.Errorf("seed %d: non-revealer %d won %d jobs after it was caught", s.Seed, a.Index, a.WinsAfterCaught)
					}
				case scenario.FreeRider, scenario.Sybil:
					if a.Wins > 0 && (a.CaughtS < 0 || a.Score >= honest.Score) {
						t.Errorf("seed %d: %s %d won %d jobs, caught at %vs, score %.3f; want caught and below the honest mean %.3f", s.Seed, a.Kind, a.Index, a.Wins, a.CaughtS, a.Score, honest.Score)
					}
					if a.WinsAfterCaught != 0 {
						t.Errorf("seed %d: %s %d won %d jobs after it was caught", s.Seed, a.Kind, a.Index, a.WinsAfterCaught)
					}
					if a.Paid.Sign() != 0 {
						t.Errorf("seed %d: %s %d was paid %v for work it never did", s.Seed, a.Kind, a.Index, a.Paid)
					}
				case scenario.Spammer:
					if a.Wins != 0 || a.Bids != 0 {
						t.Errorf("seed %d: spammer %d bid %d times and won %d", s.Seed, a.Index, a.Bids, a.Wins)
					}
				}
			}
			if kinds[scenario.FreeRider] {
				// Free-riders that win are caught (free-riders.yaml makes
				// them win; where they win nothing, nothing is to catch).
				caught, wins := 0, 0
				for _, a := range r.Adversaries {
					if a.Kind == scenario.FreeRider {
						wins += a.Wins
						if a.CaughtS >= 0 {
							caught++
						}
					}
				}
				if (wins > 0 || name == "free-riders") && (caught == 0 || r.Training.Faults == 0) {
					t.Errorf("seed %d: free-riders won %d jobs, none caught (%d faults)", s.Seed, wins, r.Training.Faults)
				}
			}
			if kinds[scenario.Sybil] {
				if sy := r.Classes[scenario.Sybil]; sy.Score >= honest.Score || r.Network.Vouches == 0 {
					t.Errorf("seed %d: sybils score %.3f after %d vouches; want below the honest %.3f", s.Seed, sy.Score, r.Network.Vouches, honest.Score)
				}
			}
			if kinds[scenario.Spammer] {
				if r.Network.SpamSent == 0 || r.Network.Rejected == 0 || r.Network.Graylisted == 0 {
					t.Errorf("seed %d: spam %d sent, %d rejected, %d graylisted", s.Seed, r.Network.SpamSent, r.Network.Rejected, r.Network.Graylisted)
				}
			}
		})
	}
}

// checkAgreement: every honest peer that followed an awarded job and
// received the poster's award cleared it to exactly that award (clearing
// with exactly the bids the award carries, PROTOCOL.md "One view"); followers the
// award never reached are counted apart (ClearingsUnheard).
func checkAgreement(t *testing.T, s *scenario.Scenario, r *simulation.Report) {
	t.Helper()
	for _, j := range r.JobList {
		if j.Status == "auction" || j.Status == "no-award" {
			continue
		}
		total := 0
		for _, c := range j.Clearings {
			total += c.Count
			if c.Award != j.Award {
				t.Errorf("seed %d: job %d: %d honest followers cleared to %s, the poster signed %s", s.Seed, j.Index, c.Count, c.Award, j.Award)
			}
		}
		if total < 2 || j.Mismatch != 0 {
			t.Errorf("seed %d: job %d: %d honest clearings, %d awards that did not match", s.Seed, j.Index, total, j.Mismatch)
		}
	}
	if r.Jobs.ClearingsDisagree != 0 || r.Jobs.JobsAllAgree != r.Jobs.Awarded {
		t.Errorf("seed %d: %d clearings disagree; %d of %d awarded jobs agree everywhere", s.Seed, r.Jobs.ClearingsDisagree, r.Jobs.JobsAllAgree, r.Jobs.Awarded)
	}
}

// checkLedger: the simulated contract holds every token that came in.
func checkLedger(t *testing.T, s *scenario.Scenario, r *simulation.Report) {
	t.Helper()
	if r.Ledger.TokensIn.Cmp(r.Ledger.TokensHeld) != 0 {
		t.Errorf("seed %d: tokens in %v, held %v", s.Seed, r.Ledger.TokensIn, r.Ledger.TokensHeld)
	}
	// Penalties proportionate to harm (issue 17): honest accidents (going
	// offline mid-job) cost honest providers at most 1% of their pay, and
	// a free-rider that won ends with a net loss.
	if r.HonestSlashedPerPaid > 0.01 {
		h := r.Classes["honest"]
		t.Errorf("seed %d: honest providers slashed %v against %v paid (%.4f); want at most 0.01", s.Seed, h.Slashed, h.Paid, r.HonestSlashedPerPaid)
	}
	if c := r.Classes[scenario.FreeRider]; c != nil && c.Wins > 0 && c.Net.Sign() >= 0 {
		t.Errorf("seed %d: free-riders won %d jobs and ended with %v (paid %v, slashed %v); want a loss", s.Seed, c.Wins, c.Net, c.Paid, c.Slashed)
	}
}

// checkEquivocators: every equivocator is caught, never wins, is slashed,
// and every piece of evidence the honest peers submitted is what the
// contract accepts (chain.CheckEquivocation, the contract's own rules in
// Go), naming the equivocator.
func checkEquivocators(t *testing.T, s *scenario.Scenario, res *simulation.Result) {
	t.Helper()
	r := res.Report
	dom := res.Domain
	slashed := map[auction.Address]int{}
	for _, sub := range res.Evidence {
		ev := sub.Evidence
		who, err := chain.CheckEquivocation(dom, ev.Equivocation())
		if err != nil || auction.Address(who) != ev.Signer {
			t.Errorf("seed %d: evidence against %s fails the contract's check: %v (recovered %s)", s.Seed, ev.Signer, err, who)
		}
		if sub.Slashed {
			slashed[ev.Signer]++
		}
	}
	for _, a := range r.Adversaries {
		if a.Kind != scenario.Equivocator {
			continue
		}
		if slashed[a.Address] == 0 || a.Slashed.Sign() == 0 {
			t.Errorf("seed %d: equivocator %d (%s) was never slashed", s.Seed, a.Index, a.Address)
		}
		if a.Wins != 0 || a.CaughtS < 0 {
			t.Errorf("seed %d: equivocator %d won %d jobs, caught at %vs", s.Seed, a.Index, a.Wins, a.CaughtS)
		}
	}
	if r.Evidence.Slashed == 0 || r.Evidence.Reverted != 0 {
		t.Errorf("seed %d: evidence %+v: want slashes and no reverted submissions", s.Seed, r.Evidence)
	}
}

// TestRoughNetwork: churn, loss and a partition cost jobs members and
// reputation, but groups re-form, call in standbys and finish, and the
// books still balance.
func TestRoughNetwork(t *testing.T) {
	s := load(t, "churn-partition")
	r := run(t, s, nil).Report
	checkLedger(t, s, r)
	if r.Training.ChurnOffline == 0 || r.Network.Partitioned == 0 || r.Network.LostCopies == 0 {
		t.Errorf("seed %d: the network was not rough: %+v", s.Seed, r.Network)
	}
	if r.Training.Faults == 0 || r.Training.StandbysCalled == 0 {
		t.Errorf("seed %d: %d faults, %d standbys called; want some of each", s.Seed, r.Training.Faults, r.Training.StandbysCalled)
	}
	if r.Jobs.CompletedShare < 0.5 {
		t.Errorf("seed %d: only %.0f%% of jobs completed", s.Seed, 100*r.Jobs.CompletedShare)
	}
	t.Logf("seed %d: %.0f%% completed, %d faults, %d standbys, clearings %d agree / %d differ from the poster's award",
		s.Seed, 100*r.Jobs.CompletedShare, r.Training.Faults, r.Training.StandbysCalled, r.Jobs.ClearingsAgree, r.Jobs.ClearingsDisagree)
}

// TestScaleScenarioRuns runs the 10,000-peer scenario scaled down to 500
// peers (the full size runs in BenchmarkScale and with
// TRAINMESH_SIM_FULL=1).
func TestScaleScenarioRuns(t *testing.T) {
	s := load(t, "scale-10k")
	peers := 500
	if os.Getenv("TRAINMESH_SIM_FULL") == "1" {
		peers = s.Peers()
	}
	sc, err := s.Scaled(peers)
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, sc, nil).Report
	checkLedger(t, sc, r)
	checkAgreement(t, sc, r)
	if r.Jobs.Completed == 0 || r.Jobs.CompletedShare < 0.5 {
		t.Errorf("seed %d: %+v", sc.Seed, r.Jobs)
	}
	t.Logf("seed %d, %d peers: %d jobs, %.0f%% completed, %d peer-events in %.1fs (%.0f/s), clearing p50 %.0f ms, utilisation %.3f",
		sc.Seed, r.Peers, r.Jobs.Announced, 100*r.Jobs.CompletedShare, r.PeerEvents, r.WallS, r.PeerEventsPerS, r.ClearingLatency.P50, r.Utilisation)
}

// TestBoundsStopARun: a run that needs more events than its bounds fails
// with the bound's error instead of growing or running on.
func TestBoundsStopARun(t *testing.T) {
	s := shrink(load(t, "honest"), 4, scenario.Duration(5*60e9))
	s.Engine.WorkMax = 1000
	if _, err := simulation.Run(context.Background(), s, simulation.Options{}); !errors.Is(err, simulation.ErrTooMuchWork) {
		t.Errorf("work-max 1000: %v; want ErrTooMuchWork", err)
	}
	s = shrink(load(t, "sybils-spam"), 20, scenario.Duration(10*60e9))
	s.Engine.EventsMax = 1000
	if _, err := simulation.Run(context.Background(), s, simulation.Options{}); !errors.Is(err, simulation.ErrQueueFull) {
		t.Errorf("events-max 1000: %v; want ErrQueueFull", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := simulation.Run(ctx, load(t, "honest"), simulation.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled run: %v", err)
	}
}

// TestOverstatersEndBelowTheirTwins: providers that claim three times the
// throughput they have end with less than they would have by claiming the
// truth (the same peers, machines, prices and seed, claim factor 1), and
// less per peer than the honest providers of their machine: quality comes
// from the throughput followers measured them deliver, marked down for the
// overstatement, so the fast jobs their claim makes them eligible for are
// lost once measured, and so are the jobs their twins win.
func TestOverstatersEndBelowTheirTwins(t *testing.T) {
	s := load(t, "overstaters")
	twin := load(t, "overstaters")
	for i := range twin.Adversaries {
		twin.Adversaries[i].ClaimFactor = 1
	}
	net := func(s *scenario.Scenario) (over, honest simulation.TwinStats) {
		r := run(t, s, nil).Report
		checkLedger(t, s, r)
		checkAgreement(t, s, r)
		for _, tw := range r.Twins {
			switch {
			case tw.Class == scenario.Overstater:
				over = tw
			case tw.Class == "honest" && tw.Profile == "rtx3090":
				honest = tw
			}
		}
		if over.Peers == 0 || honest.Peers == 0 {
			t.Fatalf("seed %d: no overstaters or honest rtx3090s in %+v", s.Seed, r.Twins)
		}
		return over, honest
	}
	over, honest := net(s)
	truthful, _ := net(twin)
	t.Logf("seed %d: per peer, overstaters (3x) net %.0f in %d wins; the same peers claiming the truth %.0f in %d; honest rtx3090s %.0f",
		s.Seed, over.NetPerPeer, over.Wins, truthful.NetPerPeer, truthful.Wins, honest.NetPerPeer)
	if over.NetPerPeer >= truthful.NetPerPeer {
		t.Errorf("overstaters net %.0f per peer; claiming the truth they net %.0f: overstating paid", over.NetPerPeer, truthful.NetPerPeer)
	}
	if over.NetPerPeer >= honest.NetPerPeer {
		t.Errorf("overstaters net %.0f per peer, honest providers of their machine %.0f", over.NetPerPeer, honest.NetPerPeer)
	}
}
