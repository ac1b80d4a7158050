package gpu

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
)

// backendCase is one backend the op tests run on.
type backendCase struct {
	name string
	open func(t *testing.T) Backend
	// emulated reports whether this runs the CUDA kernels on the CPU.
	emulated bool
	// fast reports a backend in fast mode (not reproducible).
	fast bool
}

// testBackends: the CPU backend in both modes always; the emulated CUDA
// backend when cgo is on (emu_test.go); the real CUDA backend in
// reproducible mode and in fast mode (cuBLAS, strict fp32 so that the op
// tests' tolerance holds) when a GPU answers (see realCUDA).
var testBackends = []backendCase{
	{name: "cpu", open: func(t *testing.T) Backend { return openCPU(t, true) }},
	{name: "cpu-fast", open: func(t *testing.T) Backend { return openCPU(t, false) }, fast: true},
}

func openCPU(t *testing.T, deterministic bool) Backend {
	t.Helper()
	p := DefaultParams()
	p.Kind, p.Deterministic = KindCPU, deterministic
	b, err := OpenCPU(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	cudaOnce  sync.Once
	cudaCases []backendCase
	cudaErr   error
)

// cudaParams are the parameters of the real CUDA cases. scripts/gpu-check.sh
// sets TRAINMESH_PTX (kernels built with nvcc there) and TRAINMESH_CUBLAS
// (a cuBLAS not on the loader path, PyTorch's say).
func cudaParams(fast bool) Params {
	p := DefaultParams()
	p.Kind, p.Deterministic = KindCUDA, !fast
	p.PTXPath = os.Getenv("TRAINMESH_PTX")
	p.BLASPath = os.Getenv("TRAINMESH_CUBLAS")
	return p
}

// realCUDA returns the cases that run on a real GPU, if one is found.
// TRAINMESH_REQUIRE_CUDA=1 (scripts/gpu-check.sh) turns "no GPU" into a
// failure, so a GPU check cannot pass by skipping.
func realCUDA(t *testing.T) []backendCase {
	cudaOnce.Do(func() {
		b, err := OpenCUDA(cudaParams(false))
		if err != nil {
			cudaErr = err
			return
		}
		t.Logf("real CUDA backend: %s", Describe(b))
		if os.Getenv("TRAINMESH_REQUIRE_CUBLAS") == "1" && !cudaOf(b).drv.HasBLAS() {
			cudaErr = fmt.Errorf("TRAINMESH_REQUIRE_CUBLAS=1 but cuBLAS did not load: %s", Describe(b))
		}
		b.Close()
		open := func(fast bool) func(t *testing.T) Backend {
			return func(t *testing.T) Backend {
				b, err := OpenCUDA(cudaParams(fast))
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
		}
		cudaCases = []backendCase{{name: "cuda", open: open(false)}, {name: "cuda-fast", open: open(true), fast: true}}
	})
	if cudaErr != nil && (os.Getenv("TRAINMESH_REQUIRE_CUDA") == "1" || os.Getenv("TRAINMESH_REQUIRE_CUBLAS") == "1") {
		t.Fatalf("TRAINMESH_REQUIRE_CUDA=1 but the CUDA backend does not open: %v", cudaErr)
	}
	return cudaCases
}

// forEachBackend runs f as a subtest on every backend, closing it after.
func forEachBackend(t *testing.T, f func(t *testing.T, b Backend)) {
	for _, c := range append(append([]backendCase{}, testBackends...), realCUDA(t)...) {
		t.Run(c.name, func(t *testing.T) {
			b := c.open(t)
			defer func() {
				if err := b.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			f(t, b)
		})
	}
}

// tolerance is the judged bound: fp32 results within a relative error of
// 1e-5 of a float64 reference (norm-wise, see relErr).
const tolerance = 1e-5

// relErr is ‖got − want‖₂ / ‖want‖₂, the usual norm-wise relative error;
// element-wise relative error is meaningless where a value is near 0.
func relErr(got []float32, want []float64) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	var num, den float64
	for i, w := range want {
		d := float64(got[i]) - w
		num += d * d
		den += w * w
	}
	if den == 0 {
		return math.Sqrt(num)
	}
	return math.Sqrt(num / den)
}

func checkClose(t *testing.T, what string, got []float32, want []float64) {
	t.Helper()
	if e := relErr(got, want); !(e < tolerance) {
		t.Errorf("%s: relative error %.3g, want < %g (got[:4] %v, want[:4] %v)", what, e, tolerance, head(got), head(want))
	}
}

func head[T any](s []T) []T { return s[:min(4, len(s))] }

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x7261696e6d657368)) }

// randVec returns n uniform values in [-scale, scale).
func randVec(r *rand.Rand, n int, scale float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32((2*r.Float64() - 1) * scale)
	}
	return v
}

func f64(v []float32) []float64 {
	o := make([]float64, len(v))
	for i, x := range v {
		o[i] = float64(x)
	}
	return o
}

// up allocates a buffer holding v.
func up(t *testing.T, b Backend, v []float32) *Buffer {
	t.Helper()
	buf, err := b.Alloc(len(v))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Upload(buf, v); err != nil {
		t.Fatal(err)
	}
	return buf
}

func upInt(t *testing.T, b Backend, v []int32) *Buffer {
	t.Helper()
	buf, err := b.AllocInt32(len(v))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.UploadInt32(buf, v); err != nil {
		t.Fatal(err)
	}
	return buf
}

func alloc(t *testing.T, b Backend, n int) *Buffer {
	t.Helper()
	buf, err := b.Alloc(n)
	if err != nil {
		t.Fatal(err)
	}
	return buf
}

func down(t *testing.T, b Backend, buf *Buffer) []float32 {
	t.Helper()
	v := make([]float32, buf.Len())
	if err := b.Download(v, buf); err != nil {
		t.Fatal(err)
	}
	return v
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// numGrad returns the central-difference gradient of f at x.
func numGrad(f func([]float64) float64, x []float64) []float64 {
	const h = 1e-5
	g := make([]float64, len(x))
	for i := range x {
		old := x[i]
		x[i] = old + h
		fp := f(x)
		x[i] = old - h
		fm := f(x)
		x[i] = old
		g[i] = (fp - fm) / (2 * h)
	}
	return g
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// isErr reports whether err (or, when the op deferred it, the next Sync's
// error) is target: CUDA reports bad indices at the next Sync.
func isErr(b Backend, err, target error) bool {
	if err == nil {
		err = b.Sync()
	}
	return errors.Is(err, target)
}

// ReproCase is a backend in reproducible mode other than the CPU backend,
// for the external tests (train_test.go), which cannot see backendCase.
type ReproCase struct {
	Name string
	Open func(t *testing.T) Backend
}

// ReproCases returns the emulated CUDA backend (cgo builds) and the real
// CUDA backend in reproducible mode (when a GPU answers, required by
// TRAINMESH_REQUIRE_CUDA=1).
func ReproCases(t *testing.T) []ReproCase {
	var out []ReproCase
	for _, c := range append(append([]backendCase{}, testBackends...), realCUDA(t)...) {
		if c.fast || (c.name == "cpu") {
			continue
		}
		out = append(out, ReproCase{Name: c.name, Open: c.open})
	}
	return out
}
