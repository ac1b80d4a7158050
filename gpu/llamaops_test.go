package gpu

import (
	"math"
	"testing"
)

// The ops of Llama-style models: RMSNorm and SiLU, against float64
// references and finite differences, and bit for bit against the CPU
// backend on every reproducible backend (on CUDA they run on the host).

func refRMSNorm(x, g []float64, rows, cols int, eps float64) (y, rstd []float64) {
	y, rstd = make([]float64, len(x)), make([]float64, rows)
	for r := 0; r < rows; r++ {
		var ss float64
		for _, v := range x[r*cols : (r+1)*cols] {
			ss += v * v
		}
		rstd[r] = 1 / math.Sqrt(ss/float64(cols)+eps)
		for j := 0; j < cols; j++ {
			y[r*cols+j] = x[r*cols+j] * rstd[r] * g[j]
		}
	}
	return y, rstd
}

func TestRMSNorm(t *testing.T) {
	const rows, cols, eps = 9, 32, 1e-5
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(7)
		xv, gv, dyv := randVec(r, rows*cols, 2), randVec(r, cols, 1.5), randVec(r, rows*cols, 1)
		x, gamma, dy := up(t, b, xv), up(t, b, gv), up(t, b, dyv)
		y, rstd := alloc(t, b, rows*cols), alloc(t, b, rows)
		dx, dg := alloc(t, b, rows*cols), alloc(t, b, cols)
		must(t, b.RMSNorm(y, rstd, x, gamma, rows, cols, eps))
		wy, wr := refRMSNorm(f64(xv), f64(gv), rows, cols, eps)
		checkClose(t, "y", down(t, b, y), wy)
		checkClose(t, "rstd", down(t, b, rstd), wr)

		must(t, b.RMSNormBackward(dx, dg, dy, x, rstd, gamma, rows, cols))
		loss := func(xs, gs []float64) float64 {
			yy, _ := refRMSNorm(xs, gs, rows, cols, eps)
			return dot(f64(dyv), yy)
		}
		x64, g64 := f64(xv), f64(gv)
		checkClose(t, "dx", down(t, b, dx), numGrad(func(v []float64) float64 { return loss(v, g64) }, x64))
		checkClose(t, "dgamma", down(t, b, dg), numGrad(func(v []float64) float64 { return loss(x64, v) }, g64))

		// In place (dx over dy), as the backward of a model does.
		must(t, b.RMSNormBackward(dy, dg, dy, x, rstd, gamma, rows, cols))
		if i, ok := sameBits(down(t, b, dx), down(t, b, dy)); !ok {
			t.Errorf("in-place dx[%d] differs", i)
		}
	})
}

func TestSiLU(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b Backend) {
		r := newRand(8)
		xv, dyv := randVec(r, 257, 6), randVec(r, 257, 1)
		xv[0], xv[1] = 100, -100 // e^(∓x) underflows or overflows
		x, dy := up(t, b, xv), up(t, b, dyv)
		y, dx := alloc(t, b, len(xv)), alloc(t, b, len(xv))
		must(t, b.SiLU(y, x))
		silu := func(v float64) float64 { return v / (1 + math.Exp(-v)) }
		want := make([]float64, len(xv))
		for i, v := range xv {
			want[i] = silu(float64(v))
		}
		checkClose(t, "y", down(t, b, y), want)
		must(t, b.SiLUBackward(dx, dy, x))
		for i, v := range xv {
			h := 1e-4
			want[i] = float64(dyv[i]) * (silu(float64(v)+h) - silu(float64(v)-h)) / (2 * h)
		}
		checkClose(t, "dx", down(t, b, dx), want)
	})
}

// TestLlamaOpsMatchCPUBits: RMSNorm and SiLU, forward and backward, give
// the CPU backend's bits on every reproducible backend.
func TestLlamaOpsMatchCPUBits(t *testing.T) {
	const rows, cols = 7, 48
	run := func(b Backend) map[string][]float32 {
		r := newRand(9)
		xv, gv, dyv := randVec(r, rows*cols, 3), randVec(r, cols, 1), randVec(r, rows*cols, 1)
		x, gamma, dy := up(t, b, xv), up(t, b, gv), up(t, b, dyv)
		y, rstd, dx, dg := alloc(t, b, rows*cols), alloc(t, b, rows), alloc(t, b, rows*cols), alloc(t, b, cols)
		s, ds := alloc(t, b, rows*cols), alloc(t, b, rows*cols)
		must(t, b.RMSNorm(y, rstd, x, gamma, rows, cols, 1e-6))
		must(t, b.RMSNormBackward(dx, dg, dy, x, rstd, gamma, rows, cols))
		must(t, b.SiLU(s, x))
		must(t, b.SiLUBackward(ds, dy, x))
		return map[string][]float32{"y": down(t, b, y), "rstd": down(t, b, rstd), "dx": down(t, b, dx),
			"dgamma": down(t, b, dg), "silu": down(t, b, s), "dsilu": down(t, b, ds)}
	}
	cpu := openCPU(t, true)
	defer cpu.Close()
	want := run(cpu)
	forEachRepro(t, func(t *testing.T, b Backend) { checkSameBits(t, want, run(b)) })
}
