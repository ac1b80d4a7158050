//go:build cgo

// Package kernelemu runs trainmesh's CUDA kernels (gpu/kernels/kernels.cu)
// on the CPU. It compiles the kernel source as C with compat.h's host
// definitions and calls each kernel once per (block, thread) of a launch,
// in order, with "device memory" in the C heap. It implements the driver
// interface of gpu's CUDA backend, so the backend's launch code and the
// kernels' arithmetic are tested on machines without a GPU; what it cannot
// test is the driver API itself and the PTX compilers.
//
// Kernels do not synchronise threads or share memory (kernels.cu's rules),
// which is what makes running them one thread at a time faithful. It is a
// test harness: slow, and imported only by tests.
package kernelemu

/*
#cgo CFLAGS: -O2 -std=c11 -I${SRCDIR}/../../kernels
#cgo LDFLAGS: -lm
#include <stdlib.h>
#include <string.h>
#define TRAINMESH_KERNEL_EMU 1
#include "kernels.cu"

__thread i64 emu_tid, emu_bid, emu_bdim, emu_gdim;

// A trampoline unpacks a launch's argument slots (void *params[], as
// cuLaunchKernel takes them) into a kernel call.
#define A(i, T) (*(T *)p[i])
typedef const float *cf;
typedef const int *ci;

static void tr_fill(void **p) { tm_fill(A(0, float *), A(1, float), A(2, i64)); }
static void tr_add(void **p) { tm_add(A(0, float *), A(1, cf), A(2, cf), A(3, i64)); }
static void tr_mul(void **p) { tm_mul(A(0, float *), A(1, cf), A(2, cf), A(3, i64)); }
static void tr_scale(void **p) { tm_scale(A(0, float *), A(1, float), A(2, i64)); }
static void tr_axpy(void **p) { tm_axpy(A(0, float *), A(1, float), A(2, cf), A(3, i64)); }
static void tr_add_bias(void **p) { tm_add_bias(A(0, float *), A(1, cf), A(2, i64), A(3, i64)); }
static void tr_col_sum(void **p) { tm_col_sum(A(0, float *), A(1, cf), A(2, i64), A(3, i64)); }
static void tr_relu(void **p) { tm_relu(A(0, float *), A(1, cf), A(2, i64)); }
static void tr_relu_bwd(void **p) { tm_relu_bwd(A(0, float *), A(1, cf), A(2, cf), A(3, i64)); }
static void tr_gelu(void **p) { tm_gelu(A(0, float *), A(1, cf), A(2, i64)); }
static void tr_gelu_bwd(void **p) { tm_gelu_bwd(A(0, float *), A(1, cf), A(2, cf), A(3, i64)); }
static void tr_softmax(void **p) { tm_softmax(A(0, float *), A(1, cf), A(2, i64), A(3, i64), A(4, i64)); }
static void tr_softmax_bwd(void **p) { tm_softmax_bwd(A(0, float *), A(1, cf), A(2, cf), A(3, i64), A(4, i64)); }
static void tr_xent(void **p) { tm_xent(A(0, float *), A(1, cf), A(2, ci), A(3, i64), A(4, i64), A(5, int *)); }
static void tr_xent_bwd(void **p) {
	tm_xent_bwd(A(0, float *), A(1, cf), A(2, ci), A(3, i64), A(4, i64), A(5, float), A(6, int *));
}
static void tr_layernorm(void **p) {
	tm_layernorm(A(0, float *), A(1, float *), A(2, float *), A(3, cf), A(4, cf), A(5, cf), A(6, i64), A(7, i64), A(8, float));
}
static void tr_layernorm_bwd(void **p) {
	tm_layernorm_bwd(A(0, float *), A(1, cf), A(2, cf), A(3, cf), A(4, cf), A(5, cf), A(6, i64), A(7, i64));
}
static void tr_layernorm_bwd_params(void **p) {
	tm_layernorm_bwd_params(A(0, float *), A(1, float *), A(2, cf), A(3, cf), A(4, cf), A(5, cf), A(6, i64), A(7, i64));
}
static void tr_embedding(void **p) {
	tm_embedding(A(0, float *), A(1, cf), A(2, ci), A(3, i64), A(4, i64), A(5, i64), A(6, int *));
}
static void tr_embedding_bwd(void **p) {
	tm_embedding_bwd(A(0, float *), A(1, cf), A(2, ci), A(3, i64), A(4, i64), A(5, i64), A(6, int *));
}
static void tr_sgd(void **p) {
	tm_sgd(A(0, float *), A(1, cf), A(2, float *), A(3, i64), A(4, float), A(5, float), A(6, float));
}
static void tr_adamw(void **p) {
	tm_adamw(A(0, float *), A(1, cf), A(2, float *), A(3, float *), A(4, i64), A(5, float), A(6, float),
		A(7, float), A(8, float), A(9, float), A(10, float), A(11, float));
}
static void tr_gemm(void **p) {
	tm_gemm(A(0, float *), A(1, cf), A(2, cf), A(3, i64), A(4, i64), A(5, i64), A(6, i64), A(7, i64), A(8, i64),
		A(9, i64), A(10, i64), A(11, i64), A(12, i64), A(13, i64), A(14, i64), A(15, float), A(16, float));
}

typedef void (*tramp)(void **);
static struct { const char *name; tramp fn; int nargs; } emu_table[] = {
	{"tm_fill", tr_fill, 3},
	{"tm_add", tr_add, 4},
	{"tm_mul", tr_mul, 4},
	{"tm_scale", tr_scale, 3},
	{"tm_axpy", tr_axpy, 4},
	{"tm_add_bias", tr_add_bias, 4},
	{"tm_col_sum", tr_col_sum, 4},
	{"tm_relu", tr_relu, 3},
	{"tm_relu_bwd", tr_relu_bwd, 4},
	{"tm_gelu", tr_gelu, 3},
	{"tm_gelu_bwd", tr_gelu_bwd, 4},
	{"tm_softmax", tr_softmax, 5},
	{"tm_softmax_bwd", tr_softmax_bwd, 5},
	{"tm_xent", tr_xent, 6},
	{"tm_xent_bwd", tr_xent_bwd, 7},
	{"tm_layernorm", tr_layernorm, 9},
	{"tm_layernorm_bwd", tr_layernorm_bwd, 8},
	{"tm_layernorm_bwd_params", tr_layernorm_bwd_params, 8},
	{"tm_embedding", tr_embedding, 7},
	{"tm_embedding_bwd", tr_embedding_bwd, 7},
	{"tm_sgd", tr_sgd, 7},
	{"tm_adamw", tr_adamw, 12},
	{"tm_gemm", tr_gemm, 17},
};

// emu_lookup returns the table index of kernel name, or -1.
static int emu_lookup(const char *name, int *nargs) {
	for (int i = 0; i < (int)(sizeof(emu_table) / sizeof(emu_table[0])); i++) {
		if (strcmp(emu_table[i].name, name) == 0) {
			*nargs = emu_table[i].nargs;
			return i;
		}
	}
	return -1;
}

#define EMU_MAX_ARGS 24

// emu_launch runs every (block, thread) of the launch in order.
static void emu_launch(int k, unsigned grid, unsigned block, const unsigned long long *args, int nargs) {
	unsigned long long slots[EMU_MAX_ARGS];
	void *params[EMU_MAX_ARGS];
	for (int i = 0; i < nargs; i++) {
		slots[i] = args[i];
		params[i] = &slots[i];
	}
	emu_gdim = grid;
	emu_bdim = block;
	for (unsigned b = 0; b < grid; b++) {
		emu_bid = b;
		for (unsigned t = 0; t < block; t++) {
			emu_tid = t;
			emu_table[k].fn(params);
		}
	}
}
*/
import "C"

import (
	"fmt"
	"unsafe"

	"github.com/trainmesh/trainmesh/gpu/internal/cudadrv"
	"github.com/trainmesh/trainmesh/gpu/kernels"
)

// The kernel source this package compiled: importing kernels makes this
// package rebuild whenever kernels.cu or compat.h changes.
var _ = kernels.Source + kernels.CompatSource

// Driver is the emulated device. Memory is the C heap; addresses are real
// host pointers.
type Driver struct {
	fns   []C.int // table index per kernel of Open's list
	nargs []int
	live  map[uint64]uint64 // address -> bytes
	bytes uint64
}

// Open resolves names against the emulator's kernel table.
func Open(names []string) (*Driver, error) {
	d := &Driver{live: map[uint64]uint64{}}
	for _, n := range names {
		cn := C.CString(n)
		var na C.int
		i := C.emu_lookup(cn, &na)
		C.free(unsafe.Pointer(cn))
		if i < 0 {
			return nil, fmt.Errorf("kernelemu: no kernel %s (add its trampoline)", n)
		}
		d.fns = append(d.fns, i)
		d.nargs = append(d.nargs, int(na))
	}
	return d, nil
}

// Info names the emulator.
func (d *Driver) Info() cudadrv.Info {
	return cudadrv.Info{Name: "kernel emulator (host CPU)"}
}

// Alloc returns zeroed C memory.
func (d *Driver) Alloc(bytes uint64) (uint64, error) {
	p := C.calloc(C.size_t(bytes), 1)
	if p == nil {
		return 0, fmt.Errorf("kernelemu: out of memory (%d bytes)", bytes)
	}
	a := uint64(uintptr(p))
	d.live[a] = bytes
	d.bytes += bytes
	return a, nil
}

// Free releases memory from Alloc.
func (d *Driver) Free(p uint64) error {
	n, ok := d.live[p]
	if !ok {
		return fmt.Errorf("kernelemu: free of %#x, not allocated", p)
	}
	delete(d.live, p)
	d.bytes -= n
	C.free(cptr(p))
	return nil
}

// cptr turns an emulated device address back into a C pointer. The
// address came from C.calloc, so this is not a Go pointer.
func cptr(a uint64) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(nil), uintptr(a))
}

// HtoD copies host memory to emulated device memory.
func (d *Driver) HtoD(dst uint64, src unsafe.Pointer, bytes uint64) error {
	C.memcpy(cptr(dst), src, C.size_t(bytes))
	return nil
}

// DtoH copies emulated device memory to host memory.
func (d *Driver) DtoH(dst unsafe.Pointer, src uint64, bytes uint64) error {
	C.memcpy(dst, cptr(src), C.size_t(bytes))
	return nil
}

// DtoD copies within emulated device memory.
func (d *Driver) DtoD(dst, src uint64, bytes uint64) error {
	C.memmove(cptr(dst), cptr(src), C.size_t(bytes))
	return nil
}

// Launch runs kernel k to completion, checking the argument count against
// the kernel's signature, which the GPU's driver cannot do.
func (d *Driver) Launch(k int, grid, block uint32, args []uint64) error {
	if k < 0 || k >= len(d.fns) {
		return fmt.Errorf("kernelemu: kernel %d not loaded", k)
	}
	if len(args) != d.nargs[k] {
		return fmt.Errorf("kernelemu: %s takes %d arguments, launched with %d", kernels.ID(k), d.nargs[k], len(args))
	}
	if grid == 0 || block == 0 {
		return fmt.Errorf("kernelemu: empty launch")
	}
	C.emu_launch(d.fns[k], C.uint(grid), C.uint(block), (*C.ulonglong)(unsafe.Pointer(&args[0])), C.int(len(args)))
	return nil
}

// HasBLAS reports false: GEMM runs the fallback kernel.
func (d *Driver) HasBLAS() bool { return false }

// Gemm is not emulated: cuBLAS is NVIDIA's binary.
func (d *Driver) Gemm(cudadrv.GEMM) error { return cudadrv.ErrNoBLAS }

// Sync returns at once: launches run to completion.
func (d *Driver) Sync() error { return nil }

// MemInfo reports the bytes the emulator holds as used out of 1 GiB.
func (d *Driver) MemInfo() (free, total uint64, err error) {
	const total1GiB = 1 << 30
	return total1GiB - d.bytes, total1GiB, nil
}

// Live returns how many allocations are not freed.
func (d *Driver) Live() int { return len(d.live) }

// Close frees anything left.
func (d *Driver) Close() error {
	for p := range d.live {
		C.free(cptr(p))
	}
	clear(d.live)
	d.bytes = 0
	return nil
}
