package gpu

import (
	"errors"
	"fmt"
	"math"
	"os"
	"unsafe"

	"github.com/trainmesh/trainmesh/gpu/internal/cudadrv"
	"github.com/trainmesh/trainmesh/gpu/kernels"
)

// cudaDriver is what the CUDA backend needs of a device: the driver API
// binding (cudadrv.Driver) on a GPU, or the kernel emulator
// (internal/kernelemu), which runs the same kernel source on the CPU so
// that this file's launch logic is tested on machines without a GPU.
type cudaDriver interface {
	Info() cudadrv.Info
	Alloc(bytes uint64) (uint64, error)
	Free(p uint64) error
	HtoD(dst uint64, src unsafe.Pointer, bytes uint64) error
	DtoH(dst unsafe.Pointer, src uint64, bytes uint64) error
	DtoD(dst, src uint64, bytes uint64) error
	Launch(k int, grid, block uint32, args []uint64) error
	HasBLAS() bool
	Gemm(g cudadrv.GEMM) error
	Sync() error
	MemInfo() (free, total uint64, err error)
	Close() error
}

// OpenCUDA opens GPU p.Device through the CUDA driver, loads the embedded
// kernels and, when it is installed, cuBLAS (which only fast mode's GEMM
// uses: in reproducible mode, p.Deterministic, every op is a kernel of
// gpu/kernels that gives the CPU backend's bits). Without a driver it returns
// an error that wraps ErrNoDriver ("no CUDA driver found").
func OpenCUDA(p Params) (Backend, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	ptx := kernels.PTX
	if p.PTXPath != "" {
		b, err := os.ReadFile(p.PTXPath)
		if err != nil {
			return nil, fmt.Errorf("kernels: %w", err)
		}
		ptx = string(b)
	}
	drv, err := cudadrv.Open(cudadrv.Options{
		Ordinal:  p.Device,
		PTX:      ptx,
		Kernels:  kernels.Names[:],
		BLAS:     !p.NoBLAS,
		BLASPath: p.BLASPath,
		TF32:     !p.Deterministic && p.TF32,
	})
	if err != nil {
		return nil, err
	}
	b, err := newCUDA(drv, p.Deterministic)
	if err == nil {
		cudaOf(b).tf32 = !p.Deterministic && p.TF32
	}
	return b, err
}

// newCUDA builds the CUDA backend on a driver; it takes ownership of drv.
func newCUDA(drv cudaDriver, deterministic bool) (Backend, error) {
	c := &cudaOps{drv: drv, repro: deterministic}
	status, err := drv.Alloc(4)
	if err != nil {
		drv.Close()
		return nil, fmt.Errorf("cuda: status word: %w", err)
	}
	c.status = status
	return newEngine(c, deterministic), nil
}

// cudaOps implements ops with the kernels of gpu/kernels and cuBLAS.
type cudaOps struct {
	drv cudaDriver
	// repro is reproducible mode: GEMM runs tm_gemm, which sums in the
	// CPU backend's order, even where cuBLAS is loaded (cuBLAS picks its
	// kernel, split-K and FMA use per GPU and version, so its bits match
	// nothing else). Fast mode uses cuBLAS when it is there.
	repro bool
	// tf32 records that cuBLAS was opened with TF32 allowed (fast mode).
	tf32 bool
	// status is a device int that kernels set to 1 on a bad index; sync
	// and download read and clear it (see ErrIndex).
	status uint64
}

// Launch geometry: 256 threads a block is a good default on every NVIDIA
// generation; the grid is capped because every kernel is a grid-stride
// loop, and 4096 blocks keep any current GPU full.
const (
	blockThreads = 256
	maxBlocks    = 4096
)

func (c *cudaOps) name() string {
	i := c.drv.Info()
	return fmt.Sprintf("cuda:%d %s", i.Ordinal, i.Name)
}

// launch runs kernel k over n work items (elements, rows or columns).
func (c *cudaOps) launch(k kernels.ID, n int, args ...uint64) error {
	if n <= 0 {
		return nil
	}
	grid := min((n+blockThreads-1)/blockThreads, maxBlocks)
	if err := c.drv.Launch(int(k), uint32(grid), blockThreads, args); err != nil {
		return fmt.Errorf("%v: %w", k, err)
	}
	return nil
}

// Kernel argument slots: device pointers, 64-bit integers, float32 bits.
func ptr(b *Buffer) uint64 { return b.dptr }
func i64(n int) uint64     { return uint64(int64(n)) }
func f32b(v float32) uint64 {
	return uint64(math.Float32bits(v))
}
func boolArg(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

func (c *cudaOps) alloc(b *Buffer) error {
	if b.n == 0 {
		return nil
	}
	p, err := c.drv.Alloc(uint64(b.Bytes()))
	if err != nil {
		return err
	}
	b.dptr = p
	return nil
}

func (c *cudaOps) free(b *Buffer) error {
	if b.dptr == 0 {
		return nil
	}
	err := c.drv.Free(b.dptr)
	b.dptr = 0
	return err
}

func (c *cudaOps) upload(dst *Buffer, src []float32) error {
	if len(src) == 0 {
		return nil
	}
	return c.drv.HtoD(dst.dptr, unsafe.Pointer(&src[0]), uint64(len(src))*4)
}

func (c *cudaOps) uploadInt32(dst *Buffer, src []int32) error {
	if len(src) == 0 {
		return nil
	}
	return c.drv.HtoD(dst.dptr, unsafe.Pointer(&src[0]), uint64(len(src))*4)
}

func (c *cudaOps) download(dst []float32, src *Buffer) error {
	if len(dst) > 0 {
		if err := c.drv.DtoH(unsafe.Pointer(&dst[0]), src.dptr, uint64(len(dst))*4); err != nil {
			return err
		}
	}
	return c.checkStatus()
}

// checkStatus reads and clears the kernels' bad-index flag.
func (c *cudaOps) checkStatus() error {
	var s [1]int32
	if err := c.drv.DtoH(unsafe.Pointer(&s[0]), c.status, 4); err != nil {
		return err
	}
	if s[0] == 0 {
		return nil
	}
	s[0] = 0
	if err := c.drv.HtoD(c.status, unsafe.Pointer(&s[0]), 4); err != nil {
		return err
	}
	return fmt.Errorf("%w: an embedding id or label was out of range in an op since the last Sync", ErrIndex)
}

func (c *cudaOps) copy(dst, src *Buffer) error {
	if dst.n == 0 || dst.dptr == src.dptr {
		return nil
	}
	return c.drv.DtoD(dst.dptr, src.dptr, uint64(dst.Bytes()))
}

func (c *cudaOps) fill(dst *Buffer, v float32) error {
	return c.launch(kernels.Fill, dst.n, ptr(dst), f32b(v), i64(dst.n))
}

func (c *cudaOps) sync() error {
	if err := c.drv.Sync(); err != nil {
		return err
	}
	return c.checkStatus()
}

func (c *cudaOps) close() error {
	err := c.drv.Free(c.status)
	return errors.Join(err, c.drv.Close())
}

func (c *cudaOps) gemm(g *GEMM, s gemmShape) error {
	if !c.repro && c.drv.HasBLAS() {
		return c.drv.Gemm(cudadrv.GEMM{
			TransA: g.TransA, TransB: g.TransB, M: g.M, N: g.N, K: g.K, Alpha: g.Alpha, Beta: g.Beta,
			A: ptr(g.A), B: ptr(g.B), C: ptr(g.C), LDA: s.lda, LDB: s.ldb, LDC: s.ldc,
			StrideA: int64(s.sa), StrideB: int64(s.sb), StrideC: int64(s.sc), Batch: s.batch,
		})
	}
	tiles := ((g.M + 3) / 4) * ((g.N + 3) / 4) * s.batch
	return c.launch(kernels.GEMM, tiles, ptr(g.C), ptr(g.A), ptr(g.B), i64(g.M), i64(g.N), i64(g.K),
		i64(s.lda), i64(s.ldb), i64(s.ldc), i64(s.sa), i64(s.sb), i64(s.sc), i64(s.batch),
		boolArg(g.TransA), boolArg(g.TransB), f32b(g.Alpha), f32b(g.Beta))
}

func (c *cudaOps) addBias(x, bias *Buffer, rows, cols int) error {
	return c.launch(kernels.AddBias, rows*cols, ptr(x), ptr(bias), i64(rows), i64(cols))
}

func (c *cudaOps) colSum(dst, src *Buffer, rows, cols int) error {
	return c.launch(kernels.ColSum, cols, ptr(dst), ptr(src), i64(rows), i64(cols))
}

func (c *cudaOps) add(z, x, y *Buffer) error {
	return c.launch(kernels.Add, z.n, ptr(z), ptr(x), ptr(y), i64(z.n))
}

func (c *cudaOps) mul(z, x, y *Buffer) error {
	return c.launch(kernels.Mul, z.n, ptr(z), ptr(x), ptr(y), i64(z.n))
}

func (c *cudaOps) scale(x *Buffer, alpha float32) error {
	return c.launch(kernels.Scale, x.n, ptr(x), f32b(alpha), i64(x.n))
}

func (c *cudaOps) axpy(y *Buffer, alpha float32, x *Buffer) error {
	return c.launch(kernels.Axpy, y.n, ptr(y), f32b(alpha), ptr(x), i64(y.n))
}

func (c *cudaOps) relu(y, x *Buffer) error {
	return c.launch(kernels.ReLU, y.n, ptr(y), ptr(x), i64(y.n))
}

func (c *cudaOps) reluBackward(dx, dy, x *Buffer) error {
	return c.launch(kernels.ReLUBackward, dx.n, ptr(dx), ptr(dy), ptr(x), i64(dx.n))
}

func (c *cudaOps) gelu(y, x *Buffer) error {
	return c.launch(kernels.GELU, y.n, ptr(y), ptr(x), i64(y.n))
}

func (c *cudaOps) geluBackward(dx, dy, x *Buffer) error {
	return c.launch(kernels.GELUBackward, dx.n, ptr(dx), ptr(dy), ptr(x), i64(dx.n))
}

func (c *cudaOps) softmax(y, x *Buffer, rows, cols int, causal bool) error {
	return c.launch(kernels.Softmax, rows, ptr(y), ptr(x), i64(rows), i64(cols), boolArg(causal))
}

func (c *cudaOps) softmaxBackward(dx, dy, y *Buffer, rows, cols int) error {
	return c.launch(kernels.SoftmaxBackward, rows, ptr(dx), ptr(dy), ptr(y), i64(rows), i64(cols))
}

func (c *cudaOps) crossEntropy(loss, logits, labels *Buffer, rows, cols int) error {
	return c.launch(kernels.CrossEntropy, rows, ptr(loss), ptr(logits), ptr(labels), i64(rows), i64(cols), c.status)
}

func (c *cudaOps) crossEntropyBackward(dlogits, logits, labels *Buffer, rows, cols int, scale float32) error {
	return c.launch(kernels.CrossEntropyBackward, rows, ptr(dlogits), ptr(logits), ptr(labels), i64(rows), i64(cols), f32b(scale), c.status)
}

func (c *cudaOps) layerNorm(y, mean, rstd, x, gamma, beta *Buffer, rows, cols int, eps float32) error {
	return c.launch(kernels.LayerNorm, rows, ptr(y), ptr(mean), ptr(rstd), ptr(x), ptr(gamma), ptr(beta), i64(rows), i64(cols), f32b(eps))
}

func (c *cudaOps) layerNormBackward(dx, dgamma, dbeta, dy, x, mean, rstd, gamma *Buffer, rows, cols int) error {
	// Parameters first: dx may share dy's memory.
	if err := c.launch(kernels.LayerNormBackwardParams, cols, ptr(dgamma), ptr(dbeta), ptr(dy), ptr(x), ptr(mean), ptr(rstd), i64(rows), i64(cols)); err != nil {
		return err
	}
	return c.launch(kernels.LayerNormBackward, rows, ptr(dx), ptr(dy), ptr(x), ptr(mean), ptr(rstd), ptr(gamma), i64(rows), i64(cols))
}

// The ops below have no kernel yet (gpu/kernels is built with nvcc or
// clang by scripts/build-ptx.sh): they run on the host, the CPU backend's
// own loops between a download and an upload, so their bits are the
// reference's by construction and a group may still mix CPU and GPU
// members. It costs a round trip over PCIe per call; Llama-style models
// on a GPU are slower than they need be until the kernels exist.

// onHost copies ins and outs to host buffers, runs f on them with the CPU
// backend's ops and copies outs back. A buffer passed as both an input and
// an output (an in-place op) is copied once.
func (c *cudaOps) onHost(ins, outs []*Buffer, f func(h func(*Buffer) *Buffer, cpu *cpuOps) error) error {
	host := map[*Buffer]*Buffer{}
	for _, b := range append(append([]*Buffer(nil), ins...), outs...) {
		if _, ok := host[b]; ok {
			continue
		}
		h := &Buffer{n: b.n, dtype: Float32, f: make([]float32, b.n)}
		h.root = h
		if err := c.download(h.f, b); err != nil {
			return err
		}
		host[b] = h
	}
	if err := f(func(b *Buffer) *Buffer { return host[b] }, &cpuOps{}); err != nil {
		return err
	}
	for _, b := range outs {
		if err := c.upload(b, host[b].f); err != nil {
			return err
		}
	}
	return nil
}

func (c *cudaOps) rmsNorm(y, rstd, x, gamma *Buffer, rows, cols int, eps float32) error {
	return c.onHost([]*Buffer{x, gamma}, []*Buffer{y, rstd}, func(h func(*Buffer) *Buffer, cpu *cpuOps) error {
		return cpu.rmsNorm(h(y), h(rstd), h(x), h(gamma), rows, cols, eps)
	})
}

func (c *cudaOps) rmsNormBackward(dx, dgamma, dy, x, rstd, gamma *Buffer, rows, cols int) error {
	return c.onHost([]*Buffer{dy, x, rstd, gamma}, []*Buffer{dx, dgamma}, func(h func(*Buffer) *Buffer, cpu *cpuOps) error {
		return cpu.rmsNormBackward(h(dx), h(dgamma), h(dy), h(x), h(rstd), h(gamma), rows, cols)
	})
}

func (c *cudaOps) silu(y, x *Buffer) error {
	return c.onHost([]*Buffer{x}, []*Buffer{y}, func(h func(*Buffer) *Buffer, cpu *cpuOps) error {
		return cpu.silu(h(y), h(x))
	})
}

func (c *cudaOps) siluBackward(dx, dy, x *Buffer) error {
	return c.onHost([]*Buffer{dy, x}, []*Buffer{dx}, func(h func(*Buffer) *Buffer, cpu *cpuOps) error {
		return cpu.siluBackward(h(dx), h(dy), h(x))
	})
}

func (c *cudaOps) embedding(out, table, ids *Buffer, n, dim, vocab int) error {
	return c.launch(kernels.Embedding, n*dim, ptr(out), ptr(table), ptr(ids), i64(n), i64(dim), i64(vocab), c.status)
}

func (c *cudaOps) embeddingBackward(dtable, dout, ids *Buffer, n, dim, vocab int) error {
	return c.launch(kernels.EmbeddingBackward, dim, ptr(dtable), ptr(dout), ptr(ids), i64(n), i64(dim), i64(vocab), c.status)
}

func (c *cudaOps) sgd(p, g, v *Buffer, h SGDParams) error {
	return c.launch(kernels.SGD, p.n, ptr(p), ptr(g), ptr(v), i64(p.n), f32b(h.LR), f32b(h.Momentum), f32b(h.WeightDecay))
}

func (c *cudaOps) adamw(p, g, m, v *Buffer, s adamwScalars) error {
	return c.launch(kernels.AdamW, p.n, ptr(p), ptr(g), ptr(m), ptr(v), i64(p.n),
		f32b(s.decay), f32b(s.beta2), f32b(s.w1), f32b(s.w2), f32b(s.bc2s), f32b(s.step), f32b(s.eps))
}
