package chain

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var gasFork = flag.String("chain.gasfork", "osaka", "gas schedule of BenchmarkGas: osaka or latest")

// TestMeasureGas runs the gas measurement small and checks that its figures
// are consistent: batching amortises the per-transaction cost, and every
// operation was measured.
func TestMeasureGas(t *testing.T) {
	r, err := MeasureGas(t.Context(), GasParams{Batches: []int{1, 4}, Members: []int{2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Settle) != 2 || r.Settle[1].PerPayout() >= r.Settle[0].PerPayout() {
		t.Fatalf("settlements %+v: a batch of 4 should cost less per payout than a batch of 1", r.Settle)
	}
	for name, g := range map[string]uint64{"transfer": r.Transfer, "deposit": r.Deposit, "release": r.Release, "withdraw": r.Withdraw,
		"claim": r.Claim, "claim tally": r.ClaimTally} {
		if g < 21_000 {
			t.Errorf("%s: %d gas, below a transaction's base cost", name, g)
		}
	}
	if len(r.Slash) != 4 {
		t.Errorf("slashes measured: %v", r.Slash)
	}
	var b strings.Builder
	r.Write(&b)
	if !strings.Contains(b.String(), "| 4 jobs | 2 |") {
		t.Errorf("report:\n%s", b.String())
	}
	t.Log("\n" + b.String())
}

// BenchmarkGas reports the gas of settlement next to a plain ERC-20 transfer
// measured on the same chain, and logs the table BENCHMARKS.md records (gas
// is deterministic: run it with -benchtime 1x). `trainmesh bench gas` runs
// the same MeasureGas.
func BenchmarkGas(b *testing.B) {
	p := DefaultGasParams()
	p.Fork = *gasFork
	for b.Loop() {
		r, err := MeasureGas(b.Context(), p)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(r.Transfer), "gas/erc20-transfer")
		for _, s := range r.Settle {
			b.ReportMetric(s.PerPayout(), fmt.Sprintf("gas/payout-%djobs-x%d", s.Jobs, s.Members))
			b.ReportMetric(s.PerPayout()/float64(r.Transfer), fmt.Sprintf("payout/transfer-%djobs-x%d", s.Jobs, s.Members))
		}
		b.ReportMetric(float64(r.Withdraw), "gas/withdraw")
		b.ReportMetric(float64(r.Slash["StepReceipt equivocation"]), "gas/slash-equivocation")
		b.ReportMetric(float64(r.Slash["fault, 3 of 4 attest"]), "gas/slash-fault")
		var table strings.Builder
		r.Write(&table)
		b.Log("\n" + table.String())
	}
}
