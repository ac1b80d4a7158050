// Package gpu owns trainmesh's compute: device discovery through NVML, and
// the Backend interface with the few ops training needs, implemented twice:
// in pure Go for the CPU, and on NVIDIA GPUs through the CUDA driver API,
// running the kernels of gpu/kernels (embedded PTX). In reproducible mode
// (the default; what jobs train in) both give the same bits for every op,
// GEMM included; fast mode uses gonum's Sgemm on the CPU and cuBLAS (TF32
// allowed) on a GPU. It also measures GEMM throughput in both modes and
// memory bandwidth (Bench), and answers GEMM challenges on a device
// (HostGEMM).
//
// NVIDIA's libraries (libnvidia-ml, libcuda, libcublas) are loaded at run
// time with dlopen by small bindings of its own (internal/nvml,
// internal/cudadrv), so one binary builds without the CUDA toolkit, and
// without a compiler warning, and runs on machines without a GPU: Open
// falls back to the CPU backend, and Devices and OpenCUDA return
// ErrNoNVML and ErrNoDriver. With CGO_ENABLED=0 the package still builds,
// with the CPU backend only.
//
// gpu imports no other trainmesh package; cgo stays in its internal
// packages.
package gpu

import (
	"fmt"
)

// Backend runs the ops of training on one device. Data lives in Buffers
// that the backend allocates; hosts move data in and out with explicit
// copies. Matrices are row-major. Every op overwrites its outputs (Gemm
// with Beta != 0 is the one that reads them), checks the buffers' lengths
// against the shape it is given and returns ErrShape when they disagree.
//
// Element-wise and row-wise ops may write in place (an output may be the
// very buffer of an input of the same shape); Gemm's C and the embedding
// ops' outputs must not overlap their inputs.
//
// Ops are queued in order: on CUDA they may run after the call returns;
// Download and Sync wait for them. A Backend is safe for concurrent use, but
// its ops run one at a time.
//
// Reproducible mode (Params.Deterministic, the default; recipes call it
// "repro"): every op, GEMM included, gives the same bits on every backend
// in that mode, CPU or CUDA, on every device and architecture, for the
// same inputs. Each output element is computed by one fixed sequence of
// IEEE float32/float64 operations, each rounded to nearest: reductions in
// index order (no split-K, atomics or tree reductions), every product
// rounded before it is added (no fused multiply-add), no TF32, and exp,
// log and tanh from gpu/detmath (ported operation for operation into the
// CUDA kernels). So a group may mix CPU and GPU members, amd64 and arm64
// machines, and a verifier on any of them recomputes exactly what a
// member computed. The CPU backend's loops are the reference (see cpuOps);
// the CUDA kernels are tested against them bit for bit through the kernel
// emulator, and on a GPU by scripts/gpu-check.sh.
//
// Fast mode (Deterministic off) is for benchmarks: the CPU runs gonum's
// Sgemm and CUDA runs cuBLAS (TF32 when Params.TF32 allows it); results
// are close, not identical, and may vary from run to run.
type Backend interface {
	// Name says which backend and device this is: "cpu" or
	// "cuda:0 NVIDIA H100 80GB HBM3".
	Name() string
	// Deterministic reports whether the backend runs in reproducible mode.
	Deterministic() bool

	// Alloc returns a zeroed buffer of n float32s.
	Alloc(n int) (*Buffer, error)
	// AllocInt32 returns a zeroed buffer of n int32s (token ids, labels).
	AllocInt32(n int) (*Buffer, error)
	// Free releases a buffer allocated by this backend. Views of it become
	// invalid; freeing a view is an error.
	Free(b *Buffer) error
	// Live counts the buffers allocated and not yet freed.
	Live() Usage

	// Upload copies len(src) float32s to dst, which must be as long.
	Upload(dst *Buffer, src []float32) error
	// UploadInt32 copies len(src) int32s to dst, which must be as long.
	UploadInt32(dst *Buffer, src []int32) error
	// Download waits for queued ops, then copies src to dst, which must be
	// as long.
	Download(dst []float32, src *Buffer) error
	// Copy copies src to dst on the device; same length and type.
	Copy(dst, src *Buffer) error
	// Fill sets every element of dst to v.
	Fill(dst *Buffer, v float32) error
	// Sync waits until every queued op has run and reports a deferred
	// error (a bad index found by a kernel) as ErrIndex.
	Sync() error
	// Close frees every buffer still live and releases the device. Later
	// calls return ErrClosed.
	Close() error

	// Gemm computes C = Alpha·op(A)·op(B) + Beta·C, see GEMM.
	Gemm(g GEMM) error
	// AddBias adds bias (cols) to every row of x (rows×cols).
	AddBias(x, bias *Buffer, rows, cols int) error
	// ColSum sets dst[c] to the sum over rows of src[r][c] (src rows×cols):
	// the gradient of AddBias.
	ColSum(dst, src *Buffer, rows, cols int) error
	// Add sets z = x + y element-wise.
	Add(z, x, y *Buffer) error
	// Mul sets z = x · y element-wise.
	Mul(z, x, y *Buffer) error
	// Scale sets x = alpha · x.
	Scale(x *Buffer, alpha float32) error
	// Axpy sets y = alpha · x + y (the product is rounded before the sum).
	Axpy(y *Buffer, alpha float32, x *Buffer) error

	// ReLU sets y = max(x, 0).
	ReLU(y, x *Buffer) error
	// ReLUBackward sets dx = dy where x > 0, else 0.
	ReLUBackward(dx, dy, x *Buffer) error
	// GELU sets y = GELU(x), tanh form: 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))).
	GELU(y, x *Buffer) error
	// GELUBackward sets dx = dy · GELU'(x).
	GELUBackward(dx, dy, x *Buffer) error

	// Softmax sets each row of y (rows×cols) to the softmax of that row of
	// x. With causal set, rows are stacked square attention blocks: row r
	// is query position r mod cols and column c > r mod cols is masked
	// (its output is 0).
	Softmax(y, x *Buffer, rows, cols int, causal bool) error
	// SoftmaxBackward sets dx = y·(dy − Σ dy·y) per row, given the output y.
	SoftmaxBackward(dx, dy, y *Buffer, rows, cols int) error
	// CrossEntropy sets loss[r] = −log softmax(logits[r])[labels[r]] for
	// logits rows×cols and int32 labels (rows). A negative label marks a row
	// to ignore (loss 0); a label ≥ cols is ErrIndex.
	CrossEntropy(loss, logits, labels *Buffer, rows, cols int) error
	// CrossEntropyBackward sets dlogits = scale·(softmax(logits) −
	// onehot(labels)) per row, zero for ignored rows. scale is typically
	// 1/(rows counted in the mean loss).
	CrossEntropyBackward(dlogits, logits, labels *Buffer, rows, cols int, scale float32) error

	// LayerNorm normalises each row of x (rows×cols) to zero mean and unit
	// variance, then y = x̂·gamma + beta (gamma, beta: cols). It saves each
	// row's mean and 1/√(var+eps) in mean and rstd (rows) for the backward.
	LayerNorm(y, mean, rstd, x, gamma, beta *Buffer, rows, cols int, eps float32) error
	// LayerNormBackward sets dx, dgamma and dbeta from dy and what
	// LayerNorm saved.
	LayerNormBackward(dx, dgamma, dbeta, dy, x, mean, rstd, gamma *Buffer, rows, cols int) error

	// RMSNorm (Llama's norm) sets y = x·rstd·gamma per row of x
	// (rows×cols), rstd = 1/√(mean(x²)+eps), and saves each row's rstd
	// (rows) for the backward. On CUDA it runs on the host (see cudaOps).
	RMSNorm(y, rstd, x, gamma *Buffer, rows, cols int, eps float32) error
	// RMSNormBackward sets dx and dgamma from dy and what RMSNorm saved.
	RMSNormBackward(dx, dgamma, dy, x, rstd, gamma *Buffer, rows, cols int) error
	// SiLU sets y = x·σ(x) (SwiGLU's gate). On CUDA it runs on the host.
	SiLU(y, x *Buffer) error
	// SiLUBackward sets dx = dy · SiLU'(x).
	SiLUBackward(dx, dy, x *Buffer) error

	// Embedding sets row i of out (n×dim) to row ids[i] of table
	// (vocab×dim), for int32 ids (n). An id outside [0, vocab) is ErrIndex.
	Embedding(out, table, ids *Buffer, dim int) error
	// EmbeddingBackward sets dtable (vocab×dim) to the scatter-add of the
	// rows of dout (n×dim) at ids, adding repeated ids in token order.
	EmbeddingBackward(dtable, dout, ids *Buffer, dim int) error

	// SGD applies one step of SGD with momentum to params p, given
	// gradient g and momentum buffer v (all the same length).
	SGD(p, g, v *Buffer, h SGDParams) error
	// AdamW applies AdamW step number step (from 1) to params p, given
	// gradient g and moment buffers m and v.
	AdamW(p, g, m, v *Buffer, h AdamWParams, step int) error
}

// GEMM describes C = Alpha·op(A)·op(B) + Beta·C for Batch row-major
// matrices: op(A) is M×K, op(B) is K×N, C is M×N. A is stored M×K, or K×M
// when TransA is set; likewise B (K×N, or N×K with TransB).
//
// The leading dimensions LDA, LDB, LDC are the distance in elements
// between consecutive rows as stored (0: packed, the stored width). Matrix
// i of a batch starts i·StrideX elements after matrix 0 (0: packed, stored
// rows·LD). Buffer views (Buffer.View) give offsets. With Beta == 0, C is
// not read, so NaNs in it do not propagate.
//
// Multi-head attention needs no transposes or copies. With Q, K and V of
// one sequence stored T×(H·D) (the H heads side by side), the scores of all
// heads are one call, S holding H stacked T×T blocks:
//
//	GEMM{TransB: true, M: T, N: T, K: D, Alpha: 1/√D, Batch: H,
//		A: Q, LDA: H·D, StrideA: D, B: K, LDB: H·D, StrideB: D, C: S, StrideC: T·T}
//
// then Softmax(P, S, H·T, T, true), then the output O (T×(H·D)):
//
//	GEMM{M: T, N: D, K: T, Alpha: 1, Batch: H,
//		A: P, StrideA: T·T, B: V, LDB: H·D, StrideB: D, C: O, LDC: H·D, StrideC: D}
//
// (TestAttentionLayout runs exactly this.)
type GEMM struct {
	TransA, TransB bool
	M, N, K        int
	Alpha, Beta    float32
	A, B, C        *Buffer
	LDA, LDB, LDC  int
	// StrideA, StrideB, StrideC are elements between batch matrices.
	StrideA, StrideB, StrideC int
	// Batch is the number of matrices; 0 means 1.
	Batch int
}

// MatMul computes the packed product C = op(A)·op(B), the common case of
// Gemm: C is m×n and k is the inner dimension.
func MatMul(b Backend, c, a, bm *Buffer, transA, transB bool, m, n, k int) error {
	return b.Gemm(GEMM{TransA: transA, TransB: transB, M: m, N: n, K: k, Alpha: 1, A: a, B: bm, C: c})
}

// SGDParams are the hyperparameters of SGD with momentum (PyTorch's rule,
// dampening 0): g' = g + WeightDecay·p; v = Momentum·v + g'; p = p − LR·v.
type SGDParams struct {
	LR          float32 // learning rate, > 0
	Momentum    float32 // in [0, 1); 0 is plain SGD
	WeightDecay float32 // L2 penalty, ≥ 0
}

// AdamWParams are the hyperparameters of AdamW (Loshchilov & Hutter 2019,
// PyTorch's order of operations): decoupled weight decay p = p·(1 −
// LR·WeightDecay), then the Adam step with bias correction.
type AdamWParams struct {
	LR          float32 // learning rate, > 0
	Beta1       float32 // first-moment decay, in [0, 1); typically 0.9
	Beta2       float32 // second-moment decay, in [0, 1); typically 0.999
	Eps         float32 // added to √v̂, > 0; typically 1e-8
	WeightDecay float32 // decoupled decay, ≥ 0; typically 0.01
}

// DefaultAdamW returns PyTorch's defaults with learning rate lr.
func DefaultAdamW(lr float32) AdamWParams {
	return AdamWParams{LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, WeightDecay: 0.01}
}

// Usage counts a backend's live allocations. Views are not counted.
type Usage struct {
	Buffers int   // allocations not yet freed
	Bytes   int64 // their total size
}

func (u Usage) String() string {
	return fmt.Sprintf("%d buffers, %d bytes", u.Buffers, u.Bytes)
}
