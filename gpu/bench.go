package gpu

import (
	"fmt"
	"time"
	"unsafe"

	"github.com/trainmesh/trainmesh/gpu/internal/cudadrv"
)

// BenchParams size the micro-benchmark a node runs to advertise its
// throughput. Zero fields take DefaultBenchParams' values for the backend.
type BenchParams struct {
	// GEMMSize is n of the n×n×n fp32 GEMM measured. Large sizes measure
	// the device's peak; small ones are dominated by overheads.
	GEMMSize int
	// CopyBytes is the size of each memory copy measured.
	CopyBytes int64
	// MinTime: each figure repeats its operation until at least this much
	// time has passed (after one untimed warm-up run).
	MinTime time.Duration
	// MaxReps bounds the repetitions of one figure, whatever MinTime says.
	MaxReps int
	// Baselines also measures the same-run references (a naive GEMM loop
	// on the CPU; cuBLAS called directly and page-locked copies on CUDA).
	Baselines bool
	// Modes also measures GEMM in both compute modes on the same device
	// in the same run (BenchResult.Modes): the cost of reproducibility.
	Modes bool
}

// DefaultBenchParams returns sizes that take a few seconds: a 512³ GEMM
// and 64 MiB copies on the CPU, 8192³ and 256 MiB on a GPU.
func DefaultBenchParams(b Backend) BenchParams {
	p := BenchParams{GEMMSize: 512, CopyBytes: 64 << 20, MinTime: time.Second, MaxReps: 1000, Baselines: true}
	if cudaOf(b) != nil {
		p.GEMMSize, p.CopyBytes = 8192, 256<<20
	}
	return p
}

// BenchResult holds measured rates. Zero means not measured.
type BenchResult struct {
	Backend  string
	GEMMSize int
	// GEMMGFLOPS is the backend's fp32 GEMM rate, 2n³ flops per product:
	// the throughput a node bids (PROTOCOL.md BidReveal.throughput).
	GEMMGFLOPS float64
	// GEMMBaseline names the same-run reference and BaselineGFLOPS is its
	// rate on the same product.
	GEMMBaseline   string
	BaselineGFLOPS float64
	// CopyGBps is a device-to-device copy (Backend.Copy) in GB/s of bytes
	// read plus written: the memory bandwidth.
	CopyGBps float64
	// UploadGBps and DownloadGBps are Upload and Download from and to Go
	// memory.
	UploadGBps, DownloadGBps float64
	// CopyBaseline names the reference for copies and CopyBaselineGBps is
	// its rate: Go's built-in copy on the CPU, a page-locked host-to-device
	// copy on CUDA (the fastest the bus allows).
	CopyBaseline     string
	CopyBaselineGBps float64
	// Modes is GEMM in both compute modes, when BenchParams.Modes asks.
	Modes *GEMMModes `json:",omitempty"`
}

// GEMMModes is an n×n×n fp32 GEMM's rate in GFLOP/s in each compute mode
// on one device, measured in one run (MeasureGEMMModes).
type GEMMModes struct {
	Size int
	// Repro is reproducible mode: the CPU's detGemm, or trainmesh's
	// tm_gemm kernel on CUDA (the same bits, see Backend).
	Repro float64
	// Fast is fast mode, by FastBy: gonum's Sgemm on the CPU; cuBLAS with
	// TF32 allowed on CUDA (tm_gemm again where cuBLAS is not installed).
	Fast   float64
	FastBy string
	// SGEMM is cublasSgemm in strict fp32 called directly (not through
	// the backend): the vendor's fp32 reference. Zero without cuBLAS and
	// on the CPU.
	SGEMM float64
}

// Bench measures b: GEMM throughput, memory bandwidth and copies, with
// same-run baselines when p asks. It allocates about 3n² floats and
// 2·CopyBytes and frees them before returning.
func Bench(b Backend, p BenchParams) (BenchResult, error) {
	d := DefaultBenchParams(b)
	if p.GEMMSize <= 0 {
		p.GEMMSize = d.GEMMSize
	}
	if p.CopyBytes <= 0 {
		p.CopyBytes = d.CopyBytes
	}
	if p.MinTime <= 0 {
		p.MinTime = d.MinTime
	}
	if p.MaxReps <= 0 {
		p.MaxReps = d.MaxReps
	}
	res := BenchResult{Backend: b.Name(), GEMMSize: p.GEMMSize}
	var err error
	if res.GEMMGFLOPS, err = MeasureGEMM(b, p.GEMMSize, p.MinTime, p.MaxReps); err != nil {
		return res, err
	}
	if p.Baselines {
		if err := gemmBaseline(b, p, &res); err != nil {
			return res, err
		}
	}
	if p.Modes {
		m, err := MeasureGEMMModes(b, p.GEMMSize, p.MinTime, p.MaxReps)
		if err != nil {
			return res, err
		}
		res.Modes = &m
	}
	if err := benchCopies(b, p, &res); err != nil {
		return res, err
	}
	return res, nil
}

// tf32Switch is the part of the real driver that switches cuBLAS's math
// mode (the emulator has no cuBLAS).
type tf32Switch interface{ SetTF32(on bool) error }

// MeasureGEMMModes measures n×n×n GEMM on b's device in reproducible mode
// and in fast mode, and on CUDA cuBLAS's strict-fp32 SGEMM, one after the
// other in this run, whatever mode b was opened in (b is switched for the
// measurement and switched back; nothing else may use b meanwhile).
func MeasureGEMMModes(b Backend, n int, minTime time.Duration, maxReps int) (GEMMModes, error) {
	m := GEMMModes{Size: n}
	e, ok := b.(*engine)
	if !ok {
		return m, fmt.Errorf("%w: not a trainmesh backend", ErrParams)
	}
	// setMode switches e between the modes; it returns the undo.
	var setMode func(repro bool) error
	c := cudaOf(b)
	switch {
	case c == nil:
		cpu := e.ops.(*cpuOps)
		m.FastBy = "gonum Sgemm"
		setMode = func(repro bool) error {
			e.mu.Lock()
			defer e.mu.Unlock()
			e.deterministic, cpu.deterministic = repro, repro
			return nil
		}
	default:
		sw, canTF32 := c.drv.(tf32Switch)
		blas := c.drv.HasBLAS() && canTF32
		m.FastBy = "trainmesh's GEMM kernel (cuBLAS not loaded)"
		if blas {
			m.FastBy = fmt.Sprintf("cuBLAS %d, TF32", c.drv.Info().BLASVersion)
		}
		setMode = func(repro bool) error {
			e.mu.Lock()
			defer e.mu.Unlock()
			e.deterministic, c.repro = repro, repro
			if blas {
				if err := sw.SetTF32(!repro); err != nil {
					return err
				}
				c.tf32 = !repro
			}
			return nil
		}
	}
	was, wasTF32 := e.deterministic, c != nil && c.tf32
	defer func() {
		setMode(was)
		if c != nil && c.drv.HasBLAS() {
			if sw, ok := c.drv.(tf32Switch); ok {
				sw.SetTF32(wasTF32)
				c.tf32 = wasTF32
			}
		}
	}()
	var err error
	for _, mode := range []struct {
		repro bool
		rate  *float64
	}{{true, &m.Repro}, {false, &m.Fast}} {
		if err = setMode(mode.repro); err != nil {
			return m, err
		}
		if *mode.rate, err = MeasureGEMM(b, n, minTime, maxReps); err != nil {
			return m, err
		}
	}
	if c != nil && c.drv.HasBLAS() {
		if sw, ok := c.drv.(tf32Switch); ok {
			if err := sw.SetTF32(false); err != nil {
				return m, err
			}
			c.tf32 = false
			var r BenchResult
			if err := gemmBaseline(b, BenchParams{GEMMSize: n, MinTime: minTime, MaxReps: maxReps}, &r); err != nil {
				return m, err
			}
			m.SGEMM = r.BaselineGFLOPS
		}
	}
	return m, nil
}

// MeasureGEMM returns b's fp32 GEMM rate in GFLOP/s on n×n×n products:
// what a node puts in its bids.
func MeasureGEMM(b Backend, n int, minTime time.Duration, maxReps int) (float64, error) {
	if n <= 0 {
		return 0, fmt.Errorf("%w: GEMM size %d", ErrParams, n)
	}
	bufs, err := gemmOperands(b, n)
	if err != nil {
		return 0, err
	}
	defer freeAll(b, bufs...)
	g := GEMM{M: n, N: n, K: n, Alpha: 1, A: bufs[0], B: bufs[1], C: bufs[2]}
	secs, reps, err := timeReps(minTime, maxReps, func() error { return b.Gemm(g) }, b.Sync)
	if err != nil {
		return 0, err
	}
	return gflops(n, reps, secs), nil
}

func gflops(n, reps int, secs float64) float64 {
	return 2 * float64(n) * float64(n) * float64(n) * float64(reps) / secs / 1e9
}

// gemmOperands allocates A and B filled with a fixed pattern, and C.
func gemmOperands(b Backend, n int) ([]*Buffer, error) {
	host := make([]float32, n*n)
	for i := range host {
		host[i] = float32(i%13-6) / 8
	}
	var bufs []*Buffer
	for i := 0; i < 3; i++ {
		buf, err := b.Alloc(n * n)
		if err == nil && i < 2 {
			err = b.Upload(buf, host)
		}
		if err != nil {
			freeAll(b, bufs...)
			return nil, err
		}
		bufs = append(bufs, buf)
	}
	return bufs, nil
}

func freeAll(b Backend, bufs ...*Buffer) {
	for _, buf := range bufs {
		b.Free(buf)
	}
}

// timeReps runs op once untimed, then repeatedly until minTime has passed
// or maxReps runs, calling sync before reading the clock. It returns the
// seconds and runs timed.
func timeReps(minTime time.Duration, maxReps int, op, sync func() error) (float64, int, error) {
	warm := time.Now()
	if err := op(); err != nil {
		return 0, 0, err
	}
	if err := sync(); err != nil {
		return 0, 0, err
	}
	// Fast ops sync and read the clock every 8 runs, so that a device
	// always has queued work; slow ones every run, so that few runs do.
	every := 8
	if time.Since(warm) > minTime/16 {
		every = 1
	}
	start := time.Now()
	reps := 0
	for reps < max(maxReps, 1) {
		if err := op(); err != nil {
			return 0, 0, err
		}
		reps++
		if reps%every == 0 {
			if err := sync(); err != nil {
				return 0, 0, err
			}
			if time.Since(start) >= minTime {
				break
			}
		}
	}
	if err := sync(); err != nil {
		return 0, 0, err
	}
	return time.Since(start).Seconds(), reps, nil
}

// gemmBaseline measures the reference GEMM on the same sizes.
func gemmBaseline(b Backend, p BenchParams, res *BenchResult) error {
	c := cudaOf(b)
	if c == nil {
		// CPU: a naive i-k-j triple loop on one goroutine, the code one
		// would write without a BLAS.
		n := p.GEMMSize
		a, bm, cm := make([]float32, n*n), make([]float32, n*n), make([]float32, n*n)
		for i := range a {
			a[i], bm[i] = float32(i%13-6)/8, float32(i%7-3)/4
		}
		secs, reps, err := timeReps(p.MinTime, p.MaxReps, func() error { naiveGemm(n, a, bm, cm); return nil }, func() error { return nil })
		if err != nil {
			return err
		}
		res.GEMMBaseline, res.BaselineGFLOPS = "naive Go loop, 1 goroutine", gflops(n, reps, secs)
		return nil
	}
	if !c.drv.HasBLAS() {
		res.GEMMBaseline = "none (cuBLAS not installed; the backend runs its own GEMM kernel)"
		return nil
	}
	bufs, err := gemmOperands(b, p.GEMMSize)
	if err != nil {
		return err
	}
	defer freeAll(b, bufs...)
	n := p.GEMMSize
	g := cudadrv.GEMM{M: n, N: n, K: n, Alpha: 1, A: bufs[0].dptr, B: bufs[1].dptr, C: bufs[2].dptr, LDA: n, LDB: n, LDC: n, Batch: 1}
	e := b.(*engine)
	e.mu.Lock()
	defer e.mu.Unlock()
	secs, reps, err := timeReps(p.MinTime, p.MaxReps, func() error { return c.drv.Gemm(g) }, c.drv.Sync)
	if err != nil {
		return err
	}
	res.GEMMBaseline, res.BaselineGFLOPS = "cublasSgemm called directly", gflops(n, reps, secs)
	return nil
}

// naiveGemm computes c = a·b for n×n row-major matrices.
func naiveGemm(n int, a, b, c []float32) {
	clear(c)
	for i := 0; i < n; i++ {
		ci := c[i*n : (i+1)*n]
		for l := 0; l < n; l++ {
			av := a[i*n+l]
			bl := b[l*n : (l+1)*n]
			for j := range ci {
				ci[j] += av * bl[j]
			}
		}
	}
}

// pinnedHost is the part of the real driver the copy reference needs.
type pinnedHost interface {
	HostAlloc(bytes uint64) (unsafe.Pointer, error)
	HostFree(p unsafe.Pointer) error
}

func benchCopies(b Backend, p BenchParams, res *BenchResult) error {
	n := int(p.CopyBytes / 4)
	// Write every page first: reading memory never written reads the
	// kernel's shared zero page, which is all cache hits.
	host := make([]float32, n)
	for i := range host {
		host[i] = float32(i)
	}
	src, err := b.Alloc(n)
	if err != nil {
		return err
	}
	defer b.Free(src)
	dst, err := b.Alloc(n)
	if err != nil {
		return err
	}
	defer b.Free(dst)
	if err := b.Upload(src, host); err != nil {
		return err
	}
	if err := b.Upload(dst, host); err != nil {
		return err
	}
	bytes := float64(n) * 4
	rate := func(op func() error, perRep float64, sync func() error) (float64, error) {
		secs, reps, err := timeReps(p.MinTime/4, p.MaxReps, op, sync)
		if err != nil {
			return 0, err
		}
		return perRep * float64(reps) / secs / 1e9, nil
	}
	if res.CopyGBps, err = rate(func() error { return b.Copy(dst, src) }, 2*bytes, b.Sync); err != nil {
		return err
	}
	if res.UploadGBps, err = rate(func() error { return b.Upload(src, host) }, bytes, b.Sync); err != nil {
		return err
	}
	if res.DownloadGBps, err = rate(func() error { return b.Download(host, src) }, bytes, b.Sync); err != nil {
		return err
	}
	if !p.Baselines {
		return nil
	}
	c := cudaOf(b)
	if c == nil {
		other := make([]float32, n)
		copy(other, host)
		res.CopyBaseline = "Go copy() between slices"
		res.CopyBaselineGBps, err = rate(func() error { copy(other, host); return nil }, 2*bytes, b.Sync)
		return err
	}
	ph, ok := c.drv.(pinnedHost)
	if !ok {
		return nil
	}
	pinned, err := ph.HostAlloc(uint64(bytes))
	if err != nil {
		return err
	}
	defer ph.HostFree(pinned)
	e := b.(*engine)
	e.mu.Lock()
	defer e.mu.Unlock()
	res.CopyBaseline = "cuMemcpyHtoD from page-locked memory"
	res.CopyBaselineGBps, err = rate(func() error { return c.drv.HtoD(src.dptr, pinned, uint64(bytes)) }, bytes, c.drv.Sync)
	return err
}

// cudaOf returns b's CUDA ops, or nil for another backend.
func cudaOf(b Backend) *cudaOps {
	if e, ok := b.(*engine); ok {
		if c, ok := e.ops.(*cudaOps); ok {
			return c
		}
	}
	return nil
}
