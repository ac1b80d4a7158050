package train

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/train/nn"
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
	for _, r := range rows {
		// Member 0's compute and all-reduce happen inside its steps.
		if r.Compute+r.Comm > r.Step {
			t.Errorf("group of %d: compute %v + all-reduce %v > step %v", r.Members, r.Compute, r.Comm, r.Step)
		}
	}

	// A GroupReducers is asked for each group size with the model's
	// ReduceLen, and released once the group is done.
	var asked []int
	released := 0
	p.Reducers = func(ctx context.Context, k, n int) ([]AllReducer, func(), error) {
		if want := ReduceLen(mustLayout(t, nn.NewMLP(64, []int{256}, 10))); n != want {
			t.Errorf("asked for %d floats; want ReduceLen %d", n, want)
		}
		asked = append(asked, k)
		ars, _, err := LocalReducers(ctx, k, n)
		return ars, func() { released++ }, err
	}
	if _, err := MeasureScaling(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(asked, []int{1, 2}) || released != 2 {
		t.Errorf("reducers built for %v and released %d times; want [1 2] and 2", asked, released)
	}
	p.Reducers = func(ctx context.Context, k, n int) ([]AllReducer, func(), error) {
		ars, release, err := LocalReducers(ctx, k, n)
		return ars[:k-1], release, err
	}
	if _, err := MeasureScaling(context.Background(), p); !errors.Is(err, ErrParams) {
		t.Errorf("too few all-reducers: %v; want ErrParams", err)
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

func mustLayout(t *testing.T, s nn.Spec) nn.Layout {
	t.Helper()
	l, err := s.Layout()
	if err != nil {
		t.Fatal(err)
	}
	return l
}
