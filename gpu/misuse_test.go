package gpu

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// TestMisuse: every wrong call gets its sentinel error, and nothing is
// written.
func TestMisuse(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		other := openCPU(t, true)
		defer other.Close()
		x, y := alloc(t, b, 6), alloc(t, b, 6)
		short := alloc(t, b, 5)
		ints := upInt(t, b, []int32{0, 1, 2})
		foreign := alloc(t, other, 6)
		freed := alloc(t, b, 6)
		must(t, b.Free(freed))

		tests := []struct {
			name string
			call func() error
			want error
		}{
			{"Upload length", func() error { return b.Upload(x, make([]float32, 5)) }, ErrShape},
			{"Upload to int32", func() error { return b.Upload(ints, make([]float32, 3)) }, ErrShape},
			{"Download length", func() error { return b.Download(make([]float32, 7), x) }, ErrShape},
			{"Add lengths", func() error { return b.Add(x, y, short) }, ErrShape},
			{"Add int32", func() error { return b.Add(ints, ints, ints) }, ErrShape},
			{"Add nil", func() error { return b.Add(x, nil, y) }, ErrBuffer},
			{"foreign buffer", func() error { return b.Add(x, foreign, y) }, ErrBuffer},
			{"freed buffer", func() error { return b.Scale(freed, 2) }, ErrBuffer},
			{"double free", func() error { return b.Free(freed) }, ErrBuffer},
			{"free a view", func() error { return b.Free(x.View(1, 2)) }, ErrBuffer},
			{"partial overlap", func() error { return b.Add(x.View(0, 5), x.View(1, 5), short) }, ErrAlias},
			{"Gemm C overlaps A", func() error { return MatMul(b, x.View(0, 4), x.View(2, 4), y.View(0, 4), false, false, 2, 2, 2) }, ErrAlias},
			{"Gemm short A", func() error { return MatMul(b, y, short, x, false, false, 2, 3, 3) }, ErrShape},
			{"Gemm bad LDA", func() error {
				return b.Gemm(GEMM{M: 2, N: 2, K: 3, LDA: 2, Alpha: 1, A: x, B: y, C: short})
			}, ErrShape},
			{"Softmax shape", func() error { return b.Softmax(y, x, 4, 2, false) }, ErrShape},
			{"Softmax zero cols", func() error { return b.Softmax(y, x, 6, 0, false) }, ErrShape},
			{"CrossEntropy labels not int32", func() error { return b.CrossEntropy(short.View(0, 3), x, y.View(0, 3), 3, 2) }, ErrShape},
			{"Embedding table not vocab×dim", func() error { return b.Embedding(x, short, ints.View(0, 2), 3) }, ErrShape},
			{"SGD bad LR", func() error { return b.SGD(x, y, short, SGDParams{LR: -1}) }, ErrParams},
			{"SGD shared buffers", func() error { return b.SGD(x, x, y, SGDParams{LR: 0.1}) }, ErrAlias},
			{"AdamW step 0", func() error { return b.AdamW(x, y, alloc(t, b, 6), alloc(t, b, 6), DefaultAdamW(0.1), 0) }, ErrParams},
			{"LayerNorm negative eps", func() error {
				return b.LayerNorm(x, short.View(0, 2), short.View(2, 2), y, alloc(t, b, 3), alloc(t, b, 3), 2, 3, -1)
			}, ErrParams},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				if err := tc.call(); !errors.Is(err, tc.want) {
					t.Errorf("got %v, want %v", err, tc.want)
				}
			})
		}

		t.Run("View out of range panics", func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("View(4, 3) of 6 elements did not panic")
				}
			}()
			x.View(4, 3)
		})
	})
}

// TestBadIndices: out-of-range ids and labels are ErrIndex (from the op
// on the CPU, from the next Sync on CUDA), the rows they touch are zero,
// and the backend keeps working.
func TestBadIndices(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		table := up(t, b, []float32{1, 2, 3, 4, 5, 6}) // vocab 3, dim 2
		out := alloc(t, b, 4)
		must(t, b.Fill(out, 9))
		ids := upInt(t, b, []int32{2, 3})
		if err := b.Embedding(out, table, ids, 2); !isErr(b, err, ErrIndex) {
			t.Errorf("Embedding with id 3 of 3: %v, want ErrIndex", err)
		}
		got := down(t, b, out)
		if want := []float32{5, 6, 0, 0}; !equalBits(got, want) {
			t.Errorf("Embedding output %v, want %v", got, want)
		}
		dtable := alloc(t, b, 6)
		if err := b.EmbeddingBackward(dtable, out, ids, 2); !isErr(b, err, ErrIndex) {
			t.Errorf("EmbeddingBackward with id 3 of 3: %v, want ErrIndex", err)
		}

		logits, loss := up(t, b, []float32{1, 2, 3, 4}), alloc(t, b, 2)
		labels := upInt(t, b, []int32{1, 2}) // 2 classes
		if err := b.CrossEntropy(loss, logits, labels, 2, 2); !isErr(b, err, ErrIndex) {
			t.Errorf("CrossEntropy with label 2 of 2: %v, want ErrIndex", err)
		}
		if err := b.CrossEntropyBackward(logits, logits, labels, 2, 2, 1); !isErr(b, err, ErrIndex) {
			t.Errorf("CrossEntropyBackward with label 2 of 2: %v, want ErrIndex", err)
		}
		if err := b.Sync(); err != nil {
			t.Errorf("Sync after the error was reported: %v", err)
		}
	})
}

// TestClose: Close frees what is live, later calls are ErrClosed.
func TestClose(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		for i := 0; i < 3; i++ {
			alloc(t, b, 10)
		}
		if u := b.Live(); u.Buffers != 3 || u.Bytes != 120 {
			t.Errorf("Live = %v, want 3 buffers, 120 bytes", u)
		}
	})
	b := openCPU(t, true)
	x := alloc(t, b, 3)
	must(t, b.Close())
	if u := b.Live(); u.Buffers != 0 {
		t.Errorf("Live after Close = %v", u)
	}
	if err := b.Fill(x, 1); !errors.Is(err, ErrClosed) {
		t.Errorf("Fill after Close: %v, want ErrClosed", err)
	}
	if _, err := b.Alloc(1); !errors.Is(err, ErrClosed) {
		t.Errorf("Alloc after Close: %v, want ErrClosed", err)
	}
	if err := b.Close(); !errors.Is(err, ErrClosed) {
		t.Errorf("second Close: %v, want ErrClosed", err)
	}
}

func TestParamsValidate(t *testing.T) {
	tests := []struct {
		p    Params
		want error
	}{
		{DefaultParams(), nil},
		{Params{Kind: "tpu"}, ErrParams},
		{Params{Kind: KindCUDA, Device: -1}, ErrParams},
	}
	for _, tc := range tests {
		if err := tc.p.Validate(); !errors.Is(err, tc.want) {
			t.Errorf("%+v.Validate() = %v, want %v", tc.p, err, tc.want)
		}
	}
}

// TestNoDriver is the judged behaviour without a GPU: the CUDA loader
// fails cleanly with "no CUDA driver found", and Open falls back to the
// CPU saying why. Where a GPU is present it checks the opposite.
func TestNoDriver(t *testing.T) {
	if len(realCUDA(t)) > 0 {
		b, fallback, err := Open(DefaultParams())
		if err != nil || fallback != nil || !strings.HasPrefix(b.Name(), "cuda:") {
			t.Fatalf("Open(auto) with a GPU = %v, fallback %v, err %v", b, fallback, err)
		}
		b.Close()
		return
	}
	p := DefaultParams()
	p.Kind = KindCUDA
	_, err := OpenCUDA(p)
	switch {
	case errors.Is(err, ErrNoDriver):
		if !strings.Contains(err.Error(), "no CUDA driver found") {
			t.Errorf("error %q does not say \"no CUDA driver found\"", err)
		}
	case errors.Is(err, ErrNoDevice):
		t.Logf("driver present, no device: %v", err)
	default:
		t.Fatalf("OpenCUDA without a GPU: %v, want ErrNoDriver or ErrNoDevice", err)
	}
	t.Logf("OpenCUDA: %v", err)

	b, fallback, err := Open(DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Name() != "cpu" || !(errors.Is(fallback, ErrNoDriver) || errors.Is(fallback, ErrNoDevice)) {
		t.Errorf("Open(auto) = %s, fallback %v; want the CPU and the reason", b.Name(), fallback)
	}
	if _, _, err := Open(p); err == nil {
		t.Error("Open(cuda) without a GPU succeeded")
	}

	if _, err := Devices(); !errors.Is(err, ErrNoNVML) {
		t.Errorf("Devices() without a driver: %v, want ErrNoNVML", err)
	}
}

func equalBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}
