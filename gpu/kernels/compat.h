// compat.h lets one kernel source build three ways, none of which needs the
// CUDA headers:
//
//   nvcc -ptx                    (the GPU machine; scripts/build-ptx.sh)
//   clang --cuda-device-only -nocudainc -nocudalib -S
//                                (Debian's clang, NVPTX target; no CUDA install)
//   a host C compiler with TRAINMESH_KERNEL_EMU defined
//                                (gpu/internal/kernelemu: runs the kernels on
//                                the CPU so the CUDA backend's logic is tested
//                                on machines without a GPU)
//
// Kernels therefore use only the macros and helpers below: the grid
// coordinates, KERNEL and DEVICE, and the f_* (float32) and d_* (float64)
// arithmetic helpers. Every helper is one IEEE operation rounded to
// nearest: there is no fused multiply-add helper at all (the Go CPU
// backend never fuses, see gpu/cpu.go), no approximate division or square
// root and no fast-math intrinsic, so each op gives the same bits on the
// GPU, in the emulator and in the Go CPU backend, which does the same
// operations in the same order (reproducible mode).
#ifndef TRAINMESH_COMPAT_H
#define TRAINMESH_COMPAT_H

typedef long long i64;

#if defined(TRAINMESH_KERNEL_EMU)

// Host emulation: the emulator sets these thread-local coordinates before
// it calls a kernel once per (block, thread). a*b+c must never be fused:
// GCC does not fuse in ISO C mode (the emulator builds with -std=c11),
// clang obeys the pragma.
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif
#include <math.h>
#include <string.h>
extern __thread i64 emu_tid, emu_bid, emu_bdim, emu_gdim;
#define TID_X emu_tid
#define BID_X emu_bid
#define BDIM_X emu_bdim
#define GDIM_X emu_gdim
#define KERNEL static void
#define DEVICE static inline

DEVICE float f_add(float a, float b) { return a + b; }
DEVICE float f_sub(float a, float b) { return a - b; }
DEVICE float f_mul(float a, float b) { return a * b; }
DEVICE float f_div(float a, float b) { return a / b; }
DEVICE float f_sqrt(float a) { return sqrtf(a); }
DEVICE float f_relu(float a) { return a > 0.0f ? a : 0.0f; }
DEVICE float f_from_bits(int i) { float f; memcpy(&f, &i, 4); return f; }
DEVICE int f_bits(float f) { int i; memcpy(&i, &f, 4); return i; }

DEVICE double d_add(double a, double b) { return a + b; }
DEVICE double d_sub(double a, double b) { return a - b; }
DEVICE double d_mul(double a, double b) { return a * b; }
DEVICE double d_div(double a, double b) { return a / b; }
DEVICE double d_sqrt(double a) { return sqrt(a); }
DEVICE double d_from_f(float a) { return (double)a; }
DEVICE float f_from_d(double a) { return (float)a; }
DEVICE double d_from_bits(i64 i) { double f; memcpy(&f, &i, 8); return f; }
DEVICE i64 d_bits(double f) { i64 i; memcpy(&i, &f, 8); return i; }

#else // device code: nvcc or clang

#if !defined(__NVCC__)
// clang without the CUDA headers: declare what nvcc predefines.
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __forceinline__ __inline__ __attribute__((always_inline))
#define TID_X ((i64)__nvvm_read_ptx_sreg_tid_x())
#define BID_X ((i64)__nvvm_read_ptx_sreg_ctaid_x())
#define BDIM_X ((i64)__nvvm_read_ptx_sreg_ntid_x())
#define GDIM_X ((i64)__nvvm_read_ptx_sreg_nctaid_x())
#else
#define TID_X ((i64)threadIdx.x)
#define BID_X ((i64)blockIdx.x)
#define BDIM_X ((i64)blockDim.x)
#define GDIM_X ((i64)gridDim.x)
#endif

#define KERNEL extern "C" __global__ void
#define DEVICE static __device__ __forceinline__

// PTX with an explicit .rn rounding modifier is never contracted into an
// FMA by ptxas (PTX ISA, "add/mul ... with an explicit rounding modifier"),
// which is what makes these bit-reproducible against the CPU backend.
DEVICE float f_add(float a, float b) { float r; asm("add.rn.f32 %0, %1, %2;" : "=f"(r) : "f"(a), "f"(b)); return r; }
DEVICE float f_sub(float a, float b) { float r; asm("sub.rn.f32 %0, %1, %2;" : "=f"(r) : "f"(a), "f"(b)); return r; }
DEVICE float f_mul(float a, float b) { float r; asm("mul.rn.f32 %0, %1, %2;" : "=f"(r) : "f"(a), "f"(b)); return r; }
DEVICE float f_div(float a, float b) { float r; asm("div.rn.f32 %0, %1, %2;" : "=f"(r) : "f"(a), "f"(b)); return r; }
DEVICE float f_sqrt(float a) { float r; asm("sqrt.rn.f32 %0, %1;" : "=f"(r) : "f"(a)); return r; }
DEVICE float f_relu(float a) {
	float r;
	asm("{ .reg .pred p; setp.gt.f32 p, %1, 0f00000000; selp.f32 %0, %1, 0f00000000, p; }" : "=f"(r) : "f"(a));
	return r;
}
DEVICE float f_from_bits(int i) { float r; asm("mov.b32 %0, %1;" : "=f"(r) : "r"(i)); return r; }
DEVICE int f_bits(float f) { int r; asm("mov.b32 %0, %1;" : "=r"(r) : "f"(f)); return r; }

// float64, for the ports of gpu/detmath (exp, log, tanh) and the ops the
// CPU backend computes in float64 and rounds once (GELU, square roots).
DEVICE double d_add(double a, double b) { double r; asm("add.rn.f64 %0, %1, %2;" : "=d"(r) : "d"(a), "d"(b)); return r; }
DEVICE double d_sub(double a, double b) { double r; asm("sub.rn.f64 %0, %1, %2;" : "=d"(r) : "d"(a), "d"(b)); return r; }
DEVICE double d_mul(double a, double b) { double r; asm("mul.rn.f64 %0, %1, %2;" : "=d"(r) : "d"(a), "d"(b)); return r; }
DEVICE double d_div(double a, double b) { double r; asm("div.rn.f64 %0, %1, %2;" : "=d"(r) : "d"(a), "d"(b)); return r; }
DEVICE double d_sqrt(double a) { double r; asm("sqrt.rn.f64 %0, %1;" : "=d"(r) : "d"(a)); return r; }
DEVICE double d_from_f(float a) { double r; asm("cvt.f64.f32 %0, %1;" : "=d"(r) : "f"(a)); return r; }
DEVICE float f_from_d(double a) { float r; asm("cvt.rn.f32.f64 %0, %1;" : "=f"(r) : "d"(a)); return r; }
DEVICE double d_from_bits(i64 i) { double r; asm("mov.b64 %0, %1;" : "=d"(r) : "l"(i)); return r; }
DEVICE i64 d_bits(double f) { i64 r; asm("mov.b64 %0, %1;" : "=l"(r) : "d"(f)); return r; }

#endif

// Grid-stride loop over [0, n): correct for any launch size, which lets the
// host cap the grid and lets the emulator run small grids.
#define GID (BID_X * BDIM_X + TID_X)
#define GSTRIDE (BDIM_X * GDIM_X)
#define FOR_EACH(i, n) for (i64 i = GID; i < (n); i += GSTRIDE)

#endif
