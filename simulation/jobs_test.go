package simulation_test

import (
	"bytes"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// TestJobMachinesSettleAndPay: the job cores (package job) carry the
// honest scenario's awarded jobs through settlement to the poster's
// refund and the winners' release and withdrawal, against the simulated
// contract, without a refused call or a failed job.
func TestJobMachinesSettleAndPay(t *testing.T) {
	var log bytes.Buffer
	run(t, load(t, "honest"), &log)
	calls := map[string]int{}
	for line := range strings.Lines(log.String()) {
		if i := strings.Index(line, " call="); i >= 0 {
			calls[strings.Fields(line[i:])[0]]++
		}
		if strings.Contains(line, "reverted=") || strings.Contains(line, "job-failed") {
			t.Errorf("%s", line)
		}
	}
	for _, c := range []string{"call=settle", "call=refund", "call=withdraw", "call=register-award"} {
		if calls[c] == 0 {
			t.Errorf("no %s in the event log; calls %v", c, calls)
		}
	}
	if calls["call=withdraw"] <= calls["call=refund"] {
		t.Errorf("withdrawals %d: want the winners' as well as the posters' (%d refunds)", calls["call=withdraw"], calls["call=refund"])
	}
}

// TestPosterFaultsClaimAndChallenge: in poster-faults, a vanished
// poster's winners claim their steps after the settle deadline, and an
// under-credited winner challenges within the window; each ends credited
// the price times the steps its receipts prove, and no job settles twice,
// fails or has a call refused.
func TestPosterFaultsClaimAndChallenge(t *testing.T) {
	var log bytes.Buffer
	run(t, load(t, "poster-faults"), &log)
	field := func(line, key string) string {
		for _, f := range strings.Fields(line) {
			if v, ok := strings.CutPrefix(f, key+"="); ok {
				return v
			}
		}
		return ""
	}
	steps := func(line string) int64 {
		n, err := strconv.ParseInt(field(line, "steps"), 10, 64)
		if err != nil {
			t.Errorf("steps: %v: %s", err, line)
		}
		return n
	}
	vanished := map[string]bool{}       // job
	underCredited := map[string]int64{} // job/peer → steps settled
	claims := map[string]int{}          // job → winners that claimed
	challenged := map[string]bool{}     // job+peer
	settled := map[string]bool{}        // job
	for line := range strings.Lines(log.String()) {
		job, peer := field(line, "job"), field(line, "peer")
		switch {
		case strings.Contains(line, "reverted=") || strings.Contains(line, "job-failed"):
			t.Errorf("%s", line)
		case strings.Contains(line, " job-poster-vanished "):
			vanished[job] = true
		case strings.Contains(line, " job-poster-under-credits "):
			underCredited[job+"/"+peer] = steps(line)
		case field(line, "call") == "settle":
			settled[job] = true
		case field(line, "call") == "claim", field(line, "call") == "challenge":
			n := big.NewInt(steps(line))
			price, _ := new(big.Int).SetString(field(line, "price"), 10)
			credit, _ := new(big.Int).SetString(field(line, "credit"), 10)
			if price == nil || credit == nil || n.Sign() <= 0 || credit.Cmp(n.Mul(n, price)) != 0 {
				t.Errorf("credit is not the price times the steps proved: %s", line)
			}
			if field(line, "call") == "claim" {
				if !vanished[job] || settled[job] {
					t.Errorf("a claim on a job its poster settled or did not abandon: %s", line)
				}
				claims[job]++
				break
			}
			was, ok := underCredited[job+"/"+peer]
			if !ok || !settled[job] {
				t.Errorf("a challenge by a winner its poster did not under-credit: %s", line)
			}
			if steps(line) <= was {
				t.Errorf("challenged to %d steps, settled %d: %s", steps(line), was, line)
			}
			challenged[job+"/"+peer] = true
		}
	}
	if len(vanished) == 0 || len(underCredited) == 0 {
		t.Fatalf("%d posters vanished, %d under-credited: want both faults in the run", len(vanished), len(underCredited))
	}
	for job := range vanished {
		if settled[job] {
			t.Errorf("job %s: its poster vanished and it settled", job)
		}
		if claims[job] != 3 { // the scenario's group size
			t.Errorf("job %s: %d winners claimed; want 3", job, claims[job])
		}
	}
	for k := range underCredited {
		if !challenged[k] {
			t.Errorf("job/peer %s: under-credited and never challenged", k)
		}
	}
}
