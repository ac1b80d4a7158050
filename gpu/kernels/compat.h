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
// coordinates, KERNEL and DEVICE, and the f_* arithmetic helpers. The f_*
// helpers round every operation to nearest (no fused multiply-add unless
// f_fma is written), so an element-wise op gives the same bits on the GPU,
// in the emulator and in the Go CPU backend, which does the same operations
// in the same order.
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
DEVICE float f_fma(float a, float b, float c) { return fmaf(a, b, c); }
DEVICE float f_from_bits(int i) { float f; memcpy(&f, &i, 4); return f; }
DEVICE int f_bits(float f) { int i; memcpy(&i, &f, 4); return i; }

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
DEVICE float f_fma(float a, float b, float c) { float r; asm("fma.rn.f32 %0, %1, %2, %3;" : "=f"(r) : "f"(a), "f"(b), "f"(c)); return r; }
DEVICE float f_from_bits(int i) { float r; asm("mov.b32 %0, %1;" : "=f"(r) : "r"(i)); return r; }
DEVICE int f_bits(float f) { int r; asm("mov.b32 %0, %1;" : "=r"(r) : "f"(f)); return r; }

#endif

// Grid-stride loop over [0, n): correct for any launch size, which lets the
// host cap the grid and lets the emulator run small grids.
#define GID (BID_X * BDIM_X + TID_X)
#define GSTRIDE (BDIM_X * GDIM_X)
#define FOR_EACH(i, n) for (i64 i = GID; i < (n); i += GSTRIDE)

#endif
