package simulation_test

import (
	"bytes"
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
