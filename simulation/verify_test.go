package simulation_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/simulation"
	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// Slashing reasons of verified work.
const (
	slashWrong    = "fault-wrong-result"
	slashTampered = "fault-tampered"
)

// TestCheaters runs cheaters.yaml through the job core's verified work
// (job.Machine: the sample, the verifiers, the re-checks, the quorum, the
// slash and the credit cap) and checks what it promises: every lazy
// member, poisoner and tamperer that cheats as a winner is convicted
// within its job (one cheating on n steps escapes a 5% sample with
// probability 0.95^n, below 1e-4 over a 200-step job), slashed for the
// fault it committed and credited at most the steps before the convicting
// one; the jobs finish; no honest member is convicted or slashed for
// wrong work; false accusers are refuted, lose reputation and are paid
// nothing for their lies. What the core does not promise yet is logged,
// and counted in the report: cheaters called in from the standbys are
// never sampled, and a convict is paid for its bad steps before the one
// its evidence names (the README's security model).
func TestCheaters(t *testing.T) {
	s := load(t, "cheaters")
	r := run(t, s, nil).Report
	v := r.Verification
	t.Logf("seed %d: %d jobs, %d completed; %d cheated steps; %d pairs sampled, %d audited, %d failed; %d evidence, %d re-checks, %d convictions (%d tampering), %d false accusations; %d audits paid",
		s.Seed, r.Jobs.Announced, r.Jobs.Completed, v.CheatedSteps, v.Sampled, v.Audits, v.Failed, v.Evidence, v.Rechecks, v.Convictions, v.ConvictedTampered, v.FalseAccusations, v.AuditsPaid)
	checkLedger(t, s, r)
	if r.Jobs.Awarded == 0 || r.Jobs.Completed != r.Jobs.Awarded {
		t.Errorf("seed %d: %d jobs awarded, %d completed, %d failed: want every awarded job to finish", s.Seed, r.Jobs.Awarded, r.Jobs.Completed, r.Jobs.Failed)
	}
	if v.RateBps != 500 || v.Audits == 0 || v.Missed > v.Sampled/10 {
		t.Errorf("seed %d: verification %+v: want the default rate and nearly every sampled pair audited", s.Seed, v)
	}
	kinds := map[string]int{}
	var winners, standbys, paidBad int
	for _, c := range r.Cheats {
		if !scenario.Cheats(c.Kind) {
			t.Errorf("seed %d: job %d: %s peer %d convicted of wrong work (%+v)", s.Seed, c.Job, c.Kind, c.Peer, c)
			continue
		}
		// Standbys called into the ring are sampled like winners.
		if c.Standby {
			standbys++
			t.Logf("seed %d: job %d: %s %d, called in from the standbys, cheated on %d steps from step %d: convicted %v at step %d, credited %d steps",
				s.Seed, c.Job, c.Kind, c.Peer, c.CheatedSteps, c.FirstBad, c.Convicted, c.ConvictedAt, c.Credited)
		} else {
			winners++
			kinds[c.Kind]++
		}
		if !c.Convicted {
			escape := math.Pow(1-float64(v.RateBps)/10000, float64(c.CheatedSteps))
			t.Errorf("seed %d: job %d: %s %d cheated on %d steps from step %d and was not convicted (escape chance %.3g)", s.Seed, c.Job, c.Kind, c.Peer, c.CheatedSteps, c.FirstBad, escape)
			continue
		}
		// A convict is paid nothing for the job (job.CreditCap), so no bad
		// step of it either.
		if c.Credited != 0 || c.PaidBad != 0 {
			t.Errorf("seed %d: job %d: %s %d credited %d steps (%d bad); convicted at step %d: want nothing", s.Seed, c.Job, c.Kind, c.Peer, c.Credited, c.PaidBad, c.ConvictedAt)
		}
		paidBad += int(c.PaidBad)
		if c.JobStatus != "completed" {
			t.Errorf("seed %d: job %d with %s %d ended %s after %d steps", s.Seed, c.Job, c.Kind, c.Peer, c.JobStatus, c.StepsDone)
		}
	}
	t.Logf("seed %d: %d cheating winners and %d cheaters called in from the standbys, all convicted, paid %d bad steps", s.Seed, winners, standbys, paidBad)
	// Audits keep up with the training to its end, whoever leaves the ring:
	// each period is sampled once its group receipted it or once it
	// closed, a period or two later. The lag is measured to the last pair
	// the sample chose, so part of it is chance: with K members at rate r,
	// s steps go unsampled with probability (1−r)^(K·s). A lag beyond two
	// periods that chance explains less than once in a thousand jobs means
	// periods were not sampled (the bug this guards against left 173
	// steps); one chance explains (a new draw of winners gave 34, with
	// probability 0.057) does not.
	if lag := v.AuditLagMax; lag > 2*v.Period {
		k := len(r.JobList[v.AuditLagJob].Winners)
		chance := math.Pow(1-float64(v.RateBps)/10000, float64(k)*float64(lag-2*v.Period))
		if chance < 1e-3 {
			t.Errorf("seed %d: job %d: the audits asked during training stopped %d steps before its last step (period %d; by chance alone: %.2g)", s.Seed, v.AuditLagJob, lag, v.Period, chance)
		}
	}
	t.Logf("seed %d: audits asked during training reached within %d steps of each job's last step (job %d; period %d)", s.Seed, v.AuditLagMax, v.AuditLagJob, v.Period)
	// A standby called in is credited the steps it trained, give or take
	// the part of the receipt period it joined in before it joined.
	if v.StandbyOvercredit >= v.Period {
		t.Errorf("seed %d: a standby called in was credited %d steps it did not train (period %d)", s.Seed, v.StandbyOvercredit, v.Period)
	}
	t.Logf("seed %d: standbys called in were credited at most %d steps beyond those they trained", s.Seed, v.StandbyOvercredit)
	for _, k := range []string{scenario.Lazy, scenario.Poisoner, scenario.Tamperer} {
		if kinds[k] == 0 {
			t.Errorf("seed %d: no %s won a job: the scenario does not exercise it", s.Seed, k)
		}
	}
	honest := r.Classes["honest"]
	for _, a := range r.Adversaries {
		switch {
		case scenario.Cheats(a.Kind):
			fault := slashWrong
			if a.Kind == scenario.Tamperer {
				fault = slashTampered
			}
			convicted := 0
			for _, c := range r.Cheats {
				if c.Peer == a.Index && c.Convicted {
					convicted++
				}
			}
			if a.SlashedBy[fault] != convicted || (convicted > 0 && (a.Slashed.Sign() == 0 || a.CaughtS < 0)) {
				t.Errorf("seed %d: %s %d convicted in %d jobs, slashed %v (%v), caught at %vs: want one %s slash per conviction", s.Seed, a.Kind, a.Index, convicted, a.SlashedBy, a.Slashed, a.CaughtS, fault)
			}
		case a.Kind == scenario.FalseAccuser:
			if a.Audits > 0 && a.FalseAudits == 0 {
				t.Errorf("seed %d: false accuser %d audited %d pairs and never lied", s.Seed, a.Index, a.Audits)
			}
			if a.AuditsPaid > uint64(a.Audits-a.FalseAudits) {
				t.Errorf("seed %d: false accuser %d paid for %d audits; only %d of its %d were true", s.Seed, a.Index, a.AuditsPaid, a.Audits-a.FalseAudits, a.Audits)
			}
			if a.FalseAudits > 0 && a.Score >= honest.Score {
				t.Errorf("seed %d: false accuser %d lied %d times and scores %.3f; honest providers %.3f", s.Seed, a.Index, a.FalseAudits, a.Score, honest.Score)
			}
			if len(a.SlashedBy) != 0 {
				t.Errorf("seed %d: false accuser %d slashed %v: its own work is honest", s.Seed, a.Index, a.SlashedBy)
			}
		}
	}
	fa := r.Classes[scenario.FalseAccuser]
	if fa == nil || fa.FalseAudits == 0 || v.FalseAccusations == 0 {
		t.Fatalf("seed %d: no false accusation made or refuted (%+v)", s.Seed, fa)
	}
	if fa.Score >= honest.Score {
		t.Errorf("seed %d: false accusers score %.3f, honest providers %.3f", s.Seed, fa.Score, honest.Score)
	}
	for _, k := range []string{scenario.Lazy, scenario.Poisoner, scenario.Tamperer} {
		if c := r.Classes[k]; c != nil && c.Detected == 0 {
			t.Errorf("seed %d: class %s: none of %d detected (%+v)", s.Seed, k, c.Peers, c)
		}
	}
	checkHonestWork(t, s, r)
}

// checkHonestWork: no peer that does honest work (honest providers, and
// every adversary kind that does not cheat at its work) is convicted or
// slashed for a wrong result or tampering.
func checkHonestWork(t *testing.T, s *scenario.Scenario, r *simulation.Report) {
	t.Helper()
	for name, c := range r.Classes {
		if scenario.Cheats(name) {
			continue
		}
		if c.Convictions != 0 || c.Detected != 0 || c.SlashedBy[slashWrong] != 0 || c.SlashedBy[slashTampered] != 0 {
			t.Errorf("%s (seed %d): class %s: %d convictions, slashed %v: want none for wrong work", s.Name, s.Seed, name, c.Convictions, c.SlashedBy)
		}
	}
	for _, c := range r.Cheats {
		if !scenario.Cheats(c.Kind) {
			t.Errorf("%s (seed %d): job %d: %s peer %d convicted: %+v", s.Name, s.Seed, c.Job, c.Kind, c.Peer, c)
		}
	}
}

// TestHonestWorkNeverConvicted runs every shipped scenario (the scale
// scenario at 500 peers) and checks that verification never convicts,
// nor has slashed for wrong work or tampering, a peer that did its work,
// under churn, partitions, poster faults and false accusations alike,
// while it audits in every scenario that trains.
func TestHonestWorkNeverConvicted(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("scenarios", "*.yaml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, path := range names {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			s := load(t, name)
			if s.Peers() > 1000 {
				var err error
				if s, err = s.Scaled(500); err != nil {
					t.Fatal(err)
				}
			}
			if testing.Short() || os.Getenv("TRAINMESH_SIM_QUICK") == "1" {
				s = shrink(s, 6, scenario.Duration(8*60e9))
			}
			r := run(t, s, nil).Report
			checkHonestWork(t, s, r)
			checkLedger(t, s, r)
			if r.Jobs.Completed > 0 && r.Verification.Audits == 0 {
				t.Errorf("seed %d: %d jobs completed and nothing audited: %+v", s.Seed, r.Jobs.Completed, r.Verification)
			}
			t.Logf("seed %d: %d jobs completed; %d audits, %d failed, %d convictions, %d false accusations", s.Seed, r.Jobs.Completed, r.Verification.Audits, r.Verification.Failed, r.Verification.Convictions, r.Verification.FalseAccusations)
		})
	}
}
