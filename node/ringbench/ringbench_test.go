package ringbench

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/train"
)

// TestReducers sums over a ring of 3 real hosts on 127.0.0.1: a buffer
// of the group's length and a shorter one (padded by the ring reducer),
// each member ending with the sum over all three.
func TestReducers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	const k, n = 3, 1000
	ars, release, err := Reducers(nil)(ctx, k, n)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if len(ars) != k {
		t.Fatalf("%d all-reducers; want %d", len(ars), k)
	}
	for _, size := range []int{n, 10} {
		bufs := make([][]float32, k)
		counts := make([]int, k)
		errs := make([]error, k)
		var wg sync.WaitGroup
		for i, ar := range ars {
			bufs[i] = make([]float32, size)
			for j := range bufs[i] {
				bufs[i][j] = float32((i + 1) * j)
			}
			wg.Go(func() { counts[i], errs[i] = ar.AllReduce(ctx, bufs[i]) })
		}
		wg.Wait()
		for i := range ars {
			if errs[i] != nil {
				t.Fatalf("size %d, member %d: %v", size, i, errs[i])
			}
			if counts[i] != k {
				t.Errorf("size %d, member %d: %d members contributed; want %d", size, i, counts[i], k)
			}
			for j, v := range bufs[i] {
				if want := float32(6 * j); v != want { // (1+2+3)·j
					t.Fatalf("size %d, member %d: element %d = %v; want %v", size, i, j, v, want)
				}
			}
		}
	}
}

// TestMeasureScalingRing trains groups of 1 and 2 over the ring and checks
// that the figures are consistent: the 1-member group is the baseline,
// compute and all-reduce fit in the step, and the throughput is the
// group's rows over its step time.
func TestMeasureScalingRing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p := train.ScalingParams{Model: "mlp", Members: []int{2}, Steps: 5, Warmup: 2, Batch: 16, Reducers: Reducers(nil)}
	rows, err := train.MeasureScaling(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Members != 1 || rows[1].Members != 2 {
		t.Fatalf("rows %+v; want groups of 1 and 2", rows)
	}
	if rows[0].Efficiency != 1 {
		t.Errorf("efficiency of 1 member = %v; want 1", rows[0].Efficiency)
	}
	for _, r := range rows {
		if r.Compute <= 0 || r.Comm <= 0 || r.Compute+r.Comm > r.Step || r.Setup <= 0 {
			t.Errorf("group of %d: step %v, compute %v, all-reduce %v, setup %v; want compute and all-reduce > 0 and within the step, setup > 0",
				r.Members, r.Step, r.Compute, r.Comm, r.Setup)
		}
		if want := float64(r.Members*p.Batch) / r.Step.Seconds(); r.RowsPerSec != want {
			t.Errorf("group of %d: %v rows/s; want %v", r.Members, r.RowsPerSec, want)
		}
	}
	if want := rows[1].RowsPerSec / (2 * rows[0].RowsPerSec); rows[1].Efficiency != want {
		t.Errorf("efficiency of 2 = %v; want %v", rows[1].Efficiency, want)
	}
}

// BenchmarkGroupStepRing is BenchmarkGroupStep (train) over the ring
// all-reduce: one group step split into compute and all-reduce time, for
// groups of 1, 2, 4 and 8 members, each on its own libp2p host on
// 127.0.0.1 in this process.
func BenchmarkGroupStepRing(b *testing.B) {
	for _, model := range []string{"mlp", "charlm"} {
		for _, k := range []int{1, 2, 4, 8} {
			b.Run(fmt.Sprintf("%s/members=%d", model, k), func(b *testing.B) {
				batch := 64
				if model == "charlm" {
					batch = 8
				}
				rows, err := train.MeasureScaling(context.Background(), train.ScalingParams{
					Model: model, Members: []int{k}, Steps: max(b.N, 10), Warmup: 3, Batch: batch, Reducers: Reducers(nil)})
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
