package train

import (
	"context"
	"fmt"
	"testing"
)

func TestMeasureScaling(t *testing.T) {
	p := ScalingParams{Model: "mlp", Members: []int{2}, Steps: 5, Warmup: 2, Batch: 16}
	rows, err := MeasureScaling(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Members != 1 || rows[1].Members != 2 || rows[0].Efficiency != 1 || rows[1].RowsPerSec <= 0 || rows[1].Compute <= 0 {
		t.Fatalf("rows %+v", rows)
	}
	if _, err := MeasureScaling(context.Background(), ScalingParams{Model: "cnn", Steps: 1, Batch: 1}); err == nil {
		t.Fatal("unknown model accepted")
	}
}

// BenchmarkGroupStep reports one group step of the digits MLP (64 rows
// per member) split into compute and all-reduce time, for groups of 1,
// 2, 4 and 8 members in one process (in-memory all-reducer).
func BenchmarkGroupStep(b *testing.B) {
	for _, model := range []string{"mlp", "charlm"} {
		for _, k := range []int{1, 2, 4, 8} {
			b.Run(fmt.Sprintf("%s/members=%d", model, k), func(b *testing.B) {
				batch := 64
				if model == "charlm" {
					batch = 8
				}
				rows, err := MeasureScaling(context.Background(), ScalingParams{Model: model, Members: []int{k}, Steps: max(b.N, 10), Warmup: 3, Batch: batch})
				if err != nil {
					b.Fatal(err)
				}
				r := rows[len(rows)-1]
				b.ReportMetric(float64(r.Step.Microseconds()), "µs/step")
				b.ReportMetric(float64(r.Compute.Microseconds()), "compute-µs/step")
				b.ReportMetric(float64(r.Comm.Microseconds()), "allreduce-µs/step")
				b.ReportMetric(r.RowsPerSec, "rows/s")
				b.ReportMetric(r.Efficiency, "efficiency")
			})
		}
	}
}
