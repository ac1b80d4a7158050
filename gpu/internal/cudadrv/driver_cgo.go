//go:build cgo

package cudadrv

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The driver API types and the few constants used, as in cuda.h. Declared
// here so that building needs no CUDA toolkit.
typedef int CUresult;
typedef int CUdevice;
typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUstream_st *CUstream;
typedef unsigned long long CUdeviceptr;
typedef int CUjit_option;

enum {
	CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16,
	CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
	CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
	CU_JIT_ERROR_LOG_BUFFER = 5,
	CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6,
	CUDA_ERROR_NO_DEVICE = 100,
	CUDA_ERROR_INVALID_DEVICE = 101,
};

typedef struct cublasContext *cublasHandle_t;

// tm_cu holds libcuda's entry points, resolved once per process.
static struct {
	void *lib;
	CUresult (*cuInit)(unsigned int);
	CUresult (*cuDriverGetVersion)(int *);
	CUresult (*cuDeviceGetCount)(int *);
	CUresult (*cuDeviceGet)(CUdevice *, int);
	CUresult (*cuDeviceGetName)(char *, int, CUdevice);
	CUresult (*cuDeviceTotalMem)(size_t *, CUdevice);
	CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice);
	CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
	CUresult (*cuDevicePrimaryCtxRelease)(CUdevice);
	CUresult (*cuCtxSetCurrent)(CUcontext);
	CUresult (*cuCtxSynchronize)(void);
	CUresult (*cuModuleLoadDataEx)(CUmodule *, const void *, unsigned int, CUjit_option *, void **);
	CUresult (*cuModuleUnload)(CUmodule);
	CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
	CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
	CUresult (*cuMemFree)(CUdeviceptr);
	CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t);
	CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t);
	CUresult (*cuMemcpyDtoD)(CUdeviceptr, CUdeviceptr, size_t);
	CUresult (*cuMemsetD32)(CUdeviceptr, unsigned int, size_t);
	CUresult (*cuMemGetInfo)(size_t *, size_t *);
	CUresult (*cuMemHostAlloc)(void **, size_t, unsigned int);
	CUresult (*cuMemFreeHost)(void *);
	CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
		unsigned, CUstream, void **, void **);
	CUresult (*cuGetErrorName)(CUresult, const char **);
	CUresult (*cuGetErrorString)(CUresult, const char **);
} tm_cu;

static struct {
	void *lib;
	int (*create)(cublasHandle_t *);
	int (*destroy)(cublasHandle_t);
	int (*setMathMode)(cublasHandle_t, int);
	int (*getVersion)(cublasHandle_t, int *);
	int (*sgemm)(cublasHandle_t, int, int, int, int, int, const float *, const float *, int,
		const float *, int, const float *, float *, int);
	int (*sgemmStridedBatched)(cublasHandle_t, int, int, int, int, int, const float *,
		const float *, int, long long, const float *, int, long long, const float *,
		float *, int, long long, int);
} tm_blas;

#define TM_SYM(tab, field, name) \
	if (!(*(void **)(&tab.field) = dlsym(tab.lib, name))) { \
		snprintf(msg, msglen, "%s: no symbol %s", libname, name); \
		return -1; \
	}

// tm_cu_load opens libcuda and calls cuInit. Returns 0, or -1 with msg.
static int tm_cu_load(char *msg, int msglen) {
	const char *names[] = {"libcuda.so.1", "libcuda.so"};
	const char *libname = names[0];
	for (int i = 0; i < 2 && !tm_cu.lib; i++) {
		libname = names[i];
		tm_cu.lib = dlopen(libname, RTLD_NOW | RTLD_LOCAL);
		if (!tm_cu.lib && i == 0) snprintf(msg, msglen, "%s", dlerror()); // the usual name's error
	}
	if (!tm_cu.lib) return -1;
	TM_SYM(tm_cu, cuInit, "cuInit");
	TM_SYM(tm_cu, cuDriverGetVersion, "cuDriverGetVersion");
	TM_SYM(tm_cu, cuDeviceGetCount, "cuDeviceGetCount");
	TM_SYM(tm_cu, cuDeviceGet, "cuDeviceGet");
	TM_SYM(tm_cu, cuDeviceGetName, "cuDeviceGetName");
	TM_SYM(tm_cu, cuDeviceTotalMem, "cuDeviceTotalMem_v2");
	TM_SYM(tm_cu, cuDeviceGetAttribute, "cuDeviceGetAttribute");
	TM_SYM(tm_cu, cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain");
	if (!(*(void **)(&tm_cu.cuDevicePrimaryCtxRelease) = dlsym(tm_cu.lib, "cuDevicePrimaryCtxRelease_v2"))) {
		TM_SYM(tm_cu, cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease");
	}
	TM_SYM(tm_cu, cuCtxSetCurrent, "cuCtxSetCurrent");
	TM_SYM(tm_cu, cuCtxSynchronize, "cuCtxSynchronize");
	TM_SYM(tm_cu, cuModuleLoadDataEx, "cuModuleLoadDataEx");
	TM_SYM(tm_cu, cuModuleUnload, "cuModuleUnload");
	TM_SYM(tm_cu, cuModuleGetFunction, "cuModuleGetFunction");
	TM_SYM(tm_cu, cuMemAlloc, "cuMemAlloc_v2");
	TM_SYM(tm_cu, cuMemFree, "cuMemFree_v2");
	TM_SYM(tm_cu, cuMemcpyHtoD, "cuMemcpyHtoD_v2");
	TM_SYM(tm_cu, cuMemcpyDtoH, "cuMemcpyDtoH_v2");
	TM_SYM(tm_cu, cuMemcpyDtoD, "cuMemcpyDtoD_v2");
	TM_SYM(tm_cu, cuMemsetD32, "cuMemsetD32_v2");
	TM_SYM(tm_cu, cuMemGetInfo, "cuMemGetInfo_v2");
	TM_SYM(tm_cu, cuMemHostAlloc, "cuMemHostAlloc");
	TM_SYM(tm_cu, cuMemFreeHost, "cuMemFreeHost");
	TM_SYM(tm_cu, cuLaunchKernel, "cuLaunchKernel");
	TM_SYM(tm_cu, cuGetErrorName, "cuGetErrorName");
	TM_SYM(tm_cu, cuGetErrorString, "cuGetErrorString");
	return 0;
}

static int tm_cu_init(void) { return tm_cu.cuInit(0); }

static int tm_blas_syms(const char *libname, char *msg, int msglen) {
	TM_SYM(tm_blas, create, "cublasCreate_v2");
	TM_SYM(tm_blas, destroy, "cublasDestroy_v2");
	TM_SYM(tm_blas, setMathMode, "cublasSetMathMode");
	TM_SYM(tm_blas, getVersion, "cublasGetVersion_v2");
	TM_SYM(tm_blas, sgemm, "cublasSgemm_v2");
	TM_SYM(tm_blas, sgemmStridedBatched, "cublasSgemmStridedBatched");
	return 0;
}

// tm_blas_load opens cuBLAS: path, or the usual names. Returns 0 or -1.
static int tm_blas_load(const char *path, char *msg, int msglen) {
	const char *names[] = {path, "libcublas.so", "libcublas.so.13", "libcublas.so.12", "libcublas.so.11"};
	const char *libname = "libcublas.so";
	if (tm_blas.lib) return 0;
	for (int i = (path && path[0]) ? 0 : 1; i < 5 && !tm_blas.lib; i++) {
		libname = names[i];
		tm_blas.lib = dlopen(libname, RTLD_NOW | RTLD_LOCAL);
		if (!tm_blas.lib && (i <= 1)) snprintf(msg, msglen, "%s", dlerror());
		if (path && path[0]) break; // an explicit path is the only one tried
	}
	if (!tm_blas.lib) return -1;
	if (tm_blas_syms(libname, msg, msglen) != 0) {
		dlclose(tm_blas.lib);
		memset(&tm_blas, 0, sizeof(tm_blas));
		return -1;
	}
	return 0;
}

static const char *tm_cu_errname(CUresult r) {
	const char *s = NULL;
	if (tm_cu.cuGetErrorName && tm_cu.cuGetErrorName(r, &s) == 0 && s) return s;
	return "CUDA_ERROR_UNKNOWN";
}

static const char *tm_cu_errstr(CUresult r) {
	const char *s = NULL;
	if (tm_cu.cuGetErrorString && tm_cu.cuGetErrorString(r, &s) == 0 && s) return s;
	return "unknown error";
}

// tm_dev is one opened device.
typedef struct {
	CUdevice dev;
	CUcontext ctx;
	CUmodule mod;
	CUfunction *fn;
	int nfn;
	cublasHandle_t blas;
} tm_dev;

static int tm_device_count(int *n) { return tm_cu.cuDeviceGetCount(n); }

// tm_open retains the primary context of device ordinal and loads the PTX.
// On a JIT error, log holds the driver's message.
static CUresult tm_open(int ordinal, const char *ptx, tm_dev **out, char *log, int loglen) {
	tm_dev *d = calloc(1, sizeof(tm_dev));
	CUresult r;
	if (!d) return 2; // CUDA_ERROR_OUT_OF_MEMORY
	if ((r = tm_cu.cuDeviceGet(&d->dev, ordinal)) != 0) goto fail;
	if ((r = tm_cu.cuDevicePrimaryCtxRetain(&d->ctx, d->dev)) != 0) goto fail;
	if ((r = tm_cu.cuCtxSetCurrent(d->ctx)) != 0) goto release;
	CUjit_option opts[2] = {CU_JIT_ERROR_LOG_BUFFER, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
	void *vals[2] = {log, (void *)(size_t)loglen};
	if ((r = tm_cu.cuModuleLoadDataEx(&d->mod, ptx, 2, opts, vals)) != 0) goto release;
	*out = d;
	return 0;
release:
	tm_cu.cuDevicePrimaryCtxRelease(d->dev);
fail:
	free(d);
	return r;
}

static CUresult tm_functions(tm_dev *d, char **names, int n, int *bad) {
	d->fn = calloc(n, sizeof(CUfunction));
	d->nfn = n;
	for (int i = 0; i < n; i++) {
		CUresult r = tm_cu.cuModuleGetFunction(&d->fn[i], d->mod, names[i]);
		if (r != 0) {
			*bad = i;
			return r;
		}
	}
	return 0;
}

static void tm_info(tm_dev *d, char *name, int namelen, size_t *total, int *major, int *minor, int *sms, int *ver) {
	tm_cu.cuDeviceGetName(name, namelen, d->dev);
	tm_cu.cuDeviceTotalMem(total, d->dev);
	tm_cu.cuDeviceGetAttribute(major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, d->dev);
	tm_cu.cuDeviceGetAttribute(minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, d->dev);
	tm_cu.cuDeviceGetAttribute(sms, CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, d->dev);
	tm_cu.cuDriverGetVersion(ver);
}

// tm_blas_open creates a cuBLAS handle on d's context. Returns the cuBLAS
// status (0 success).
static int tm_blas_open(tm_dev *d, int tf32, int *version) {
	int s;
	tm_cu.cuCtxSetCurrent(d->ctx);
	if ((s = tm_blas.create(&d->blas)) != 0) return s;
	// 0 CUBLAS_DEFAULT_MATH (strict fp32), 3 CUBLAS_TF32_TENSOR_OP_MATH.
	if ((s = tm_blas.setMathMode(d->blas, tf32 ? 3 : 0)) != 0) return s;
	return tm_blas.getVersion(d->blas, version);
}

// tm_blas_set_tf32 switches the handle between strict fp32 and TF32.
static int tm_blas_set_tf32(tm_dev *d, int tf32) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_blas.setMathMode(d->blas, tf32 ? 3 : 0);
}

static void tm_close(tm_dev *d) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	tm_cu.cuCtxSynchronize();
	if (d->blas) tm_blas.destroy(d->blas);
	tm_cu.cuModuleUnload(d->mod);
	tm_cu.cuDevicePrimaryCtxRelease(d->dev);
	free(d->fn);
	free(d);
}

static CUresult tm_alloc(tm_dev *d, size_t bytes, CUdeviceptr *p) {
	CUresult r;
	tm_cu.cuCtxSetCurrent(d->ctx);
	if ((r = tm_cu.cuMemAlloc(p, bytes)) != 0) return r;
	if ((r = tm_cu.cuMemsetD32(*p, 0, bytes / 4)) != 0) {
		tm_cu.cuMemFree(*p);
		return r;
	}
	return 0;
}

static CUresult tm_free(tm_dev *d, CUdeviceptr p) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemFree(p);
}

static CUresult tm_htod(tm_dev *d, CUdeviceptr dst, const void *src, size_t n) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemcpyHtoD(dst, src, n);
}

static CUresult tm_dtoh(tm_dev *d, void *dst, CUdeviceptr src, size_t n) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemcpyDtoH(dst, src, n);
}

static CUresult tm_dtod(tm_dev *d, CUdeviceptr dst, CUdeviceptr src, size_t n) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemcpyDtoD(dst, src, n);
}

static CUresult tm_sync(tm_dev *d) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuCtxSynchronize();
}

static CUresult tm_meminfo(tm_dev *d, size_t *fr, size_t *total) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemGetInfo(fr, total);
}

static CUresult tm_host_alloc(tm_dev *d, size_t n, void **p) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemHostAlloc(p, n, 0);
}

static CUresult tm_host_free(tm_dev *d, void *p) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuMemFreeHost(p);
}

#define TM_MAX_ARGS 24

// tm_launch runs kernel k with nargs 8-byte argument slots: each slot
// holds a pointer, a 64-bit integer or a float in its low 4 bytes (the
// driver reads as many bytes as the parameter's type has, little-endian).
static CUresult tm_launch(tm_dev *d, int k, unsigned grid, unsigned block, const unsigned long long *args, int nargs) {
	unsigned long long slots[TM_MAX_ARGS];
	void *params[TM_MAX_ARGS];
	if (k < 0 || k >= d->nfn || nargs > TM_MAX_ARGS) return 1; // CUDA_ERROR_INVALID_VALUE
	for (int i = 0; i < nargs; i++) {
		slots[i] = args[i];
		params[i] = &slots[i];
	}
	tm_cu.cuCtxSetCurrent(d->ctx);
	return tm_cu.cuLaunchKernel(d->fn[k], grid, 1, 1, block, 1, 1, 0, NULL, params, NULL);
}

// tm_gemm: row-major C = alpha op(A) op(B) + beta C through column-major
// cuBLAS, as C^T = op(B)^T op(A)^T: swap the operands and m with n.
static int tm_gemm(tm_dev *d, int ta, int tb, int m, int n, int k, float alpha,
		CUdeviceptr a, int lda, long long sa, CUdeviceptr b, int ldb, long long sb,
		float beta, CUdeviceptr c, int ldc, long long sc, int batch) {
	tm_cu.cuCtxSetCurrent(d->ctx);
	if (batch <= 1)
		return tm_blas.sgemm(d->blas, tb, ta, n, m, k, &alpha, (const float *)b, ldb,
			(const float *)a, lda, &beta, (float *)c, ldc);
	return tm_blas.sgemmStridedBatched(d->blas, tb, ta, n, m, k, &alpha, (const float *)b, ldb, sb,
		(const float *)a, lda, sa, &beta, (float *)c, ldc, sc, batch);
}
*/
import "C"

import (
	"fmt"
	"math"
	"sync"
	"unsafe"
)

// maxArgs is the most kernel arguments Launch passes (TM_MAX_ARGS): the
// GEMM kernel, the widest, takes 17.
const maxArgs = C.TM_MAX_ARGS

// errMsgBytes bounds the dlopen and JIT messages kept.
const errMsgBytes = 4096

var (
	loadOnce sync.Once
	loadErr  error
)

// load opens libcuda and initialises it, once per process.
func load() error {
	loadOnce.Do(func() {
		msg := (*C.char)(C.calloc(errMsgBytes, 1))
		defer C.free(unsafe.Pointer(msg))
		if C.tm_cu_load(msg, errMsgBytes) != 0 {
			loadErr = fmt.Errorf("%w (%s)", ErrNoDriver, C.GoString(msg))
			return
		}
		if r := C.tm_cu_init(); r != 0 {
			if r == C.CUDA_ERROR_NO_DEVICE {
				loadErr = fmt.Errorf("%w: cuInit: %s", ErrNoDevice, cuErr(r))
				return
			}
			loadErr = fmt.Errorf("%w: cuInit: %s", ErrNoDriver, cuErr(r))
		}
	})
	return loadErr
}

func cuErr(r C.CUresult) string {
	return fmt.Sprintf("%s (%s)", C.GoString(C.tm_cu_errname(r)), C.GoString(C.tm_cu_errstr(r)))
}

// Error is a failed driver or cuBLAS call.
type Error struct {
	Call string
	Code int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("cuda: %s: %s", e.Call, e.Msg) }

func check(call string, r C.CUresult) error {
	if r == 0 {
		return nil
	}
	return &Error{Call: call, Code: int(r), Msg: cuErr(r)}
}

func blasErr(call string, s C.int) error {
	if s == 0 {
		return nil
	}
	names := map[int]string{1: "NOT_INITIALIZED", 3: "ALLOC_FAILED", 7: "INVALID_VALUE", 8: "ARCH_MISMATCH",
		11: "MAPPING_ERROR", 13: "EXECUTION_FAILED", 14: "INTERNAL_ERROR", 15: "NOT_SUPPORTED", 16: "LICENSE_ERROR"}
	return &Error{Call: call, Code: int(s), Msg: "CUBLAS_STATUS_" + names[int(s)]}
}

// DeviceCount loads the driver and returns the number of CUDA devices.
func DeviceCount() (int, error) {
	if err := load(); err != nil {
		return 0, err
	}
	var n C.int
	if err := check("cuDeviceGetCount", C.tm_device_count(&n)); err != nil {
		return 0, err
	}
	return int(n), nil
}

// Driver is one opened device with trainmesh's kernels loaded.
type Driver struct {
	d      *C.tm_dev
	info   Info
	blasOK bool
}

// Open loads the driver, opens device o.Ordinal, loads o.PTX and resolves
// o.Kernels; with o.BLAS it also loads cuBLAS, and works without it.
func Open(o Options) (*Driver, error) {
	n, err := DeviceCount()
	if err != nil {
		return nil, err
	}
	if o.Ordinal < 0 || o.Ordinal >= n {
		return nil, fmt.Errorf("%w: device %d asked for, %d present", ErrNoDevice, o.Ordinal, n)
	}
	ptx := C.CString(o.PTX)
	defer C.free(unsafe.Pointer(ptx))
	log := (*C.char)(C.calloc(errMsgBytes, 1))
	defer C.free(unsafe.Pointer(log))
	var d *C.tm_dev
	if r := C.tm_open(C.int(o.Ordinal), ptx, &d, log, errMsgBytes); r != 0 {
		err := check("load kernels (cuModuleLoadDataEx)", r)
		if jit := C.GoString(log); jit != "" {
			err = fmt.Errorf("%w; JIT log: %s", err, jit)
		}
		return nil, err
	}
	drv := &Driver{d: d}
	names := make([]*C.char, len(o.Kernels))
	for i, k := range o.Kernels {
		names[i] = C.CString(k)
	}
	cnames := (**C.char)(C.malloc(C.size_t(len(names)) * C.size_t(unsafe.Sizeof(uintptr(0)))))
	copy(unsafe.Slice(cnames, len(names)), names)
	var bad C.int
	r := C.tm_functions(d, cnames, C.int(len(names)), &bad)
	for _, p := range names {
		C.free(unsafe.Pointer(p))
	}
	C.free(unsafe.Pointer(cnames))
	if r != 0 {
		C.tm_close(d)
		return nil, fmt.Errorf("kernel %s: %w", o.Kernels[bad], check("cuModuleGetFunction", r))
	}

	name := (*C.char)(C.calloc(256, 1))
	defer C.free(unsafe.Pointer(name))
	var total C.size_t
	var major, minor, sms, ver C.int
	C.tm_info(d, name, 256, &total, &major, &minor, &sms, &ver)
	drv.info = Info{Ordinal: o.Ordinal, Name: C.GoString(name), Major: int(major), Minor: int(minor),
		TotalBytes: uint64(total), SMs: int(sms), DriverVersion: int(ver)}

	if o.BLAS {
		if err := drv.openBLAS(o); err != nil {
			drv.info.BLASLoadFailed = err.Error()
		}
	}
	return drv, nil
}

func (drv *Driver) openBLAS(o Options) error {
	msg := (*C.char)(C.calloc(errMsgBytes, 1))
	defer C.free(unsafe.Pointer(msg))
	path := C.CString(o.BLASPath)
	defer C.free(unsafe.Pointer(path))
	if C.tm_blas_load(path, msg, errMsgBytes) != 0 {
		return fmt.Errorf("%w: %s", ErrNoBLAS, C.GoString(msg))
	}
	tf32 := C.int(0)
	if o.TF32 {
		tf32 = 1
	}
	var v C.int
	if err := blasErr("cublasCreate", C.tm_blas_open(drv.d, tf32, &v)); err != nil {
		return fmt.Errorf("%w: %v", ErrNoBLAS, err)
	}
	drv.blasOK = true
	drv.info.BLASVersion = int(v)
	return nil
}

// Info describes the device.
func (drv *Driver) Info() Info { return drv.info }

// Close releases the device; allocations not freed are lost with the
// context only when no other user holds it, so free them first.
func (drv *Driver) Close() error {
	if drv.d != nil {
		C.tm_close(drv.d)
		drv.d = nil
	}
	return nil
}

// Alloc returns bytes of zeroed device memory (bytes a multiple of 4).
func (drv *Driver) Alloc(bytes uint64) (uint64, error) {
	var p C.CUdeviceptr
	if err := check("cuMemAlloc", C.tm_alloc(drv.d, C.size_t(bytes), &p)); err != nil {
		return 0, fmt.Errorf("%w (%d bytes)", err, bytes)
	}
	return uint64(p), nil
}

// Free releases device memory from Alloc.
func (drv *Driver) Free(p uint64) error {
	return check("cuMemFree", C.tm_free(drv.d, C.CUdeviceptr(p)))
}

// HtoD copies bytes from host memory at src; src must not hold Go
// pointers.
func (drv *Driver) HtoD(dst uint64, src unsafe.Pointer, bytes uint64) error {
	return check("cuMemcpyHtoD", C.tm_htod(drv.d, C.CUdeviceptr(dst), src, C.size_t(bytes)))
}

// DtoH copies bytes to host memory at dst, after queued work.
func (drv *Driver) DtoH(dst unsafe.Pointer, src uint64, bytes uint64) error {
	return check("cuMemcpyDtoH", C.tm_dtoh(drv.d, dst, C.CUdeviceptr(src), C.size_t(bytes)))
}

// DtoD copies bytes between device addresses.
func (drv *Driver) DtoD(dst, src uint64, bytes uint64) error {
	return check("cuMemcpyDtoD", C.tm_dtod(drv.d, C.CUdeviceptr(dst), C.CUdeviceptr(src), C.size_t(bytes)))
}

// Launch queues kernel k (an index into Options.Kernels) on grid×block
// threads with args, each a pointer, int64 or float32 bits.
func (drv *Driver) Launch(k int, grid, block uint32, args []uint64) error {
	if len(args) > maxArgs || len(args) == 0 {
		return fmt.Errorf("cuda: launch with %d arguments", len(args))
	}
	r := C.tm_launch(drv.d, C.int(k), C.uint(grid), C.uint(block), (*C.ulonglong)(unsafe.Pointer(&args[0])), C.int(len(args)))
	return check("cuLaunchKernel", r)
}

// HasBLAS reports whether cuBLAS is loaded.
func (drv *Driver) HasBLAS() bool { return drv.blasOK }

// Gemm runs g through cuBLAS, or returns ErrNoBLAS.
func (drv *Driver) Gemm(g GEMM) error {
	if !drv.blasOK {
		return ErrNoBLAS
	}
	for _, v := range []int{g.M, g.N, g.K, g.LDA, g.LDB, g.LDC, g.Batch} {
		if v > math.MaxInt32 {
			return fmt.Errorf("cuda: GEMM dimension %d exceeds cuBLAS's int32", v)
		}
	}
	b2i := func(b bool) C.int {
		if b {
			return 1
		}
		return 0
	}
	s := C.tm_gemm(drv.d, b2i(g.TransA), b2i(g.TransB), C.int(g.M), C.int(g.N), C.int(g.K), C.float(g.Alpha),
		C.CUdeviceptr(g.A), C.int(g.LDA), C.longlong(g.StrideA), C.CUdeviceptr(g.B), C.int(g.LDB), C.longlong(g.StrideB),
		C.float(g.Beta), C.CUdeviceptr(g.C), C.int(g.LDC), C.longlong(g.StrideC), C.int(g.Batch))
	return blasErr("cublasSgemm", s)
}

// SetTF32 switches cuBLAS between strict fp32 (false) and TF32 tensor
// cores (true) for later Gemm calls: the benchmark measures both on one
// handle.
func (drv *Driver) SetTF32(on bool) error {
	if !drv.blasOK {
		return ErrNoBLAS
	}
	t := C.int(0)
	if on {
		t = 1
	}
	return blasErr("cublasSetMathMode", C.tm_blas_set_tf32(drv.d, t))
}

// Sync waits for all queued work.
func (drv *Driver) Sync() error { return check("cuCtxSynchronize", C.tm_sync(drv.d)) }

// MemInfo returns the device's free and total memory.
func (drv *Driver) MemInfo() (free, total uint64, err error) {
	var f, t C.size_t
	err = check("cuMemGetInfo", C.tm_meminfo(drv.d, &f, &t))
	return uint64(f), uint64(t), err
}

// HostAlloc returns page-locked host memory, for copies at full PCIe
// speed (the benchmark's reference).
func (drv *Driver) HostAlloc(bytes uint64) (unsafe.Pointer, error) {
	var p unsafe.Pointer
	if err := check("cuMemHostAlloc", C.tm_host_alloc(drv.d, C.size_t(bytes), &p)); err != nil {
		return nil, err
	}
	return p, nil
}

// HostFree releases memory from HostAlloc.
func (drv *Driver) HostFree(p unsafe.Pointer) error {
	return check("cuMemFreeHost", C.tm_host_free(drv.d, p))
}
