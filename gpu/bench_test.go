package gpu

import (
	"fmt"
	"testing"
	"time"
)

// TestBench runs the benchmark at toy sizes: every figure it reports is
// measured (positive and finite). It asserts no speed.
func TestBench(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		p := BenchParams{GEMMSize: 32, CopyBytes: 1 << 16, MinTime: time.Millisecond, MaxReps: 4, Baselines: true}
		r, err := Bench(b, p)
		if err != nil {
			t.Fatal(err)
		}
		for name, v := range map[string]float64{"GEMM": r.GEMMGFLOPS, "copy": r.CopyGBps, "upload": r.UploadGBps, "download": r.DownloadGBps} {
			if !(v > 0) {
				t.Errorf("%s rate %v, want > 0", name, v)
			}
		}
		if r.Backend != b.Name() || r.GEMMSize != 32 {
			t.Errorf("result names %q size %d", r.Backend, r.GEMMSize)
		}
		if b.Name() == "cpu" && !(r.BaselineGFLOPS > 0 && r.CopyBaselineGBps > 0) {
			t.Errorf("CPU baselines not measured: %+v", r)
		}
		if u := b.Live(); u.Buffers != 0 {
			t.Errorf("Bench left %v", u)
		}
	})
}

func TestNaiveGemm(t *testing.T) {
	const n = 5
	r := newRand(12)
	a, b := randVec(r, n*n, 1), randVec(r, n*n, 1)
	c := make([]float32, n*n)
	naiveGemm(n, a, b, c)
	checkClose(t, "naiveGemm", c, refGemm(false, false, n, n, n, 1, f64(a), n, f64(b), n, 0, make([]float64, n*n), n))
}

// BenchmarkGemm compares the CPU backend's modes: deterministic mode
// transposes B for A·Bᵀ (see cpuOps), fast mode calls gonum's dot path.
func BenchmarkGemm(b *testing.B) {
	for _, det := range []bool{true, false} {
		be, err := OpenCPU(Params{Kind: KindCPU, Deterministic: det})
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range []int{128, 512} {
			bufs, err := gemmOperands(be, n)
			if err != nil {
				b.Fatal(err)
			}
			for _, tb := range []bool{false, true} {
				b.Run(fmt.Sprintf("deterministic=%v/transB=%v/n=%d", det, tb, n), func(b *testing.B) {
					g := GEMM{TransB: tb, M: n, N: n, K: n, Alpha: 1, A: bufs[0], B: bufs[1], C: bufs[2]}
					for b.Loop() {
						if err := be.Gemm(g); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(gflops(n, b.N, b.Elapsed().Seconds()), "GFLOP/s")
				})
			}
		}
		be.Close()
	}
}

// TestGEMMModes: both modes are measured on every backend, and the
// backend is left in the mode it was opened in, still giving the CPU's
// bits when that is reproducible mode.
func TestGEMMModes(t *testing.T) {
	cpu := openCPU(t, true)
	defer cpu.Close()
	want := gemmRun(t, cpu, 1)
	forEachBackend(t, func(t *testing.T, b Backend) {
		det := b.Deterministic()
		r, err := Bench(b, BenchParams{GEMMSize: 24, CopyBytes: 1 << 12, MinTime: time.Millisecond, MaxReps: 2, Modes: true})
		if err != nil {
			t.Fatal(err)
		}
		m := r.Modes
		if m == nil || m.Size != 24 || !(m.Repro > 0) || !(m.Fast > 0) || m.FastBy == "" {
			t.Fatalf("modes %+v", m)
		}
		if OnGPU(b) && cudaOf(b).drv.HasBLAS() && !(m.SGEMM > 0) {
			t.Errorf("cuBLAS is loaded but its SGEMM was not measured: %+v", m)
		}
		if b.Deterministic() != det {
			t.Fatalf("Bench left the backend in reproducible mode %v, opened %v", b.Deterministic(), det)
		}
		if det {
			if i, ok := sameBits(want, gemmRun(t, b, 1)); !ok {
				t.Errorf("after the modes benchmark, GEMM element %d differs from the CPU's", i)
			}
		}
		t.Logf("%s: reproducible %.2f GFLOP/s, fast (%s) %.2f, SGEMM %.2f", b.Name(), m.Repro, m.FastBy, m.Fast, m.SGEMM)
	})
}
