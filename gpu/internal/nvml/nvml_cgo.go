//go:build cgo

package nvml

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

// NVML's types as in nvml.h, declared here so that building needs no
// NVIDIA headers. Only the functions below are declared: none of NVML's
// deprecated ones, which is what keeps the build free of warnings.
typedef int nvmlReturn_t;
typedef struct nvmlDevice_st *nvmlDevice_t;
typedef struct { unsigned long long total, free, used; } nvmlMemory_t;
typedef struct { unsigned int gpu, memory; } nvmlUtilization_t;

static struct {
	void *lib;
	nvmlReturn_t (*init)(void);
	nvmlReturn_t (*shutdown)(void);
	const char *(*errorString)(nvmlReturn_t);
	nvmlReturn_t (*driverVersion)(char *, unsigned int);
	nvmlReturn_t (*cudaVersion)(int *);
	nvmlReturn_t (*count)(unsigned int *);
	nvmlReturn_t (*handle)(unsigned int, nvmlDevice_t *);
	nvmlReturn_t (*name)(nvmlDevice_t, char *, unsigned int);
	nvmlReturn_t (*uuid)(nvmlDevice_t, char *, unsigned int);
	nvmlReturn_t (*memory)(nvmlDevice_t, nvmlMemory_t *);
	nvmlReturn_t (*capability)(nvmlDevice_t, int *, int *);
	nvmlReturn_t (*utilization)(nvmlDevice_t, nvmlUtilization_t *);
	nvmlReturn_t (*temperature)(nvmlDevice_t, int, unsigned int *);
	nvmlReturn_t (*power)(nvmlDevice_t, unsigned int *);
	nvmlReturn_t (*powerLimit)(nvmlDevice_t, unsigned int *);
} tm_nvml;

// tm_nvml_sym resolves the first of two names (a versioned one first)
// into *slot. Returns 0, or -1 naming the missing symbol in *missing.
static int tm_nvml_sym(void **slot, const char *name, const char *alt, const char **missing) {
	*slot = dlsym(tm_nvml.lib, name);
	if (!*slot && alt) *slot = dlsym(tm_nvml.lib, alt);
	if (!*slot) {
		*missing = name;
		return -1;
	}
	return 0;
}

// tm_nvml_load opens libnvidia-ml once and resolves every function.
// Returns 0, -1 when the library is absent (dlerror in *err), -2 when a
// symbol is missing (its name in *err).
static int tm_nvml_load(const char **err) {
	if (tm_nvml.lib) return 0;
	void *lib = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		// The usual name's error is the one to report.
		static char first[256];
		const char *e = dlerror();
		snprintf(first, sizeof first, "%s", e ? e : "libnvidia-ml.so.1: dlopen failed");
		*err = first;
		lib = dlopen("libnvidia-ml.so", RTLD_NOW | RTLD_LOCAL);
	}
	if (!lib) return -1;
	tm_nvml.lib = lib;
	if (tm_nvml_sym((void **)&tm_nvml.init, "nvmlInit_v2", "nvmlInit", err) ||
	    tm_nvml_sym((void **)&tm_nvml.shutdown, "nvmlShutdown", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.errorString, "nvmlErrorString", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.driverVersion, "nvmlSystemGetDriverVersion", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.cudaVersion, "nvmlSystemGetCudaDriverVersion_v2", "nvmlSystemGetCudaDriverVersion", err) ||
	    tm_nvml_sym((void **)&tm_nvml.count, "nvmlDeviceGetCount_v2", "nvmlDeviceGetCount", err) ||
	    tm_nvml_sym((void **)&tm_nvml.handle, "nvmlDeviceGetHandleByIndex_v2", "nvmlDeviceGetHandleByIndex", err) ||
	    tm_nvml_sym((void **)&tm_nvml.name, "nvmlDeviceGetName", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.uuid, "nvmlDeviceGetUUID", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.memory, "nvmlDeviceGetMemoryInfo", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.capability, "nvmlDeviceGetCudaComputeCapability", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.utilization, "nvmlDeviceGetUtilizationRates", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.temperature, "nvmlDeviceGetTemperature", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.power, "nvmlDeviceGetPowerUsage", 0, err) ||
	    tm_nvml_sym((void **)&tm_nvml.powerLimit, "nvmlDeviceGetEnforcedPowerLimit", 0, err)) {
		dlclose(lib);
		tm_nvml.lib = 0;
		return -2;
	}
	return 0;
}

static nvmlReturn_t tm_init(void) { return tm_nvml.init(); }
static nvmlReturn_t tm_shutdown(void) { return tm_nvml.shutdown(); }
static const char *tm_error_string(nvmlReturn_t r) { return tm_nvml.errorString(r); }
static nvmlReturn_t tm_driver_version(char *buf, unsigned int n) { return tm_nvml.driverVersion(buf, n); }
static nvmlReturn_t tm_cuda_version(int *v) { return tm_nvml.cudaVersion(v); }
static nvmlReturn_t tm_count(unsigned int *n) { return tm_nvml.count(n); }
static nvmlReturn_t tm_handle(unsigned int i, nvmlDevice_t *d) { return tm_nvml.handle(i, d); }
static nvmlReturn_t tm_name(nvmlDevice_t d, char *buf, unsigned int n) { return tm_nvml.name(d, buf, n); }
static nvmlReturn_t tm_uuid(nvmlDevice_t d, char *buf, unsigned int n) { return tm_nvml.uuid(d, buf, n); }
static nvmlReturn_t tm_memory(nvmlDevice_t d, nvmlMemory_t *m) { return tm_nvml.memory(d, m); }
static nvmlReturn_t tm_capability(nvmlDevice_t d, int *ma, int *mi) { return tm_nvml.capability(d, ma, mi); }
static nvmlReturn_t tm_utilization(nvmlDevice_t d, nvmlUtilization_t *u) { return tm_nvml.utilization(d, u); }
static nvmlReturn_t tm_temperature(nvmlDevice_t d, unsigned int *t) { return tm_nvml.temperature(d, 0, t); } // NVML_TEMPERATURE_GPU
static nvmlReturn_t tm_power(nvmlDevice_t d, unsigned int *mw) { return tm_nvml.power(d, mw); }
static nvmlReturn_t tm_power_limit(nvmlDevice_t d, unsigned int *mw) { return tm_nvml.powerLimit(d, mw); }
*/
import "C"

import (
	"fmt"
	"sync"
	"unsafe"
)

// loadMu serialises the one-time load: tm_nvml is a C global.
var loadMu sync.Mutex

// Buffer sizes from nvml.h (NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE,
// NVML_DEVICE_NAME_V2_BUFFER_SIZE, NVML_DEVICE_UUID_V2_BUFFER_SIZE).
const (
	driverVersionLen = 80
	nameLen          = 96
	uuidLen          = 96
)

// Lib is an initialised NVML; Shutdown releases it.
type Lib struct{}

// Open loads libnvidia-ml and calls nvmlInit. A missing library or symbol
// wraps ErrNoLibrary; a failed nvmlInit is an *Error.
func Open() (*Lib, error) {
	var msg *C.char
	loadMu.Lock()
	r := C.tm_nvml_load(&msg)
	loadMu.Unlock()
	switch r {
	case 0:
	case -1:
		return nil, fmt.Errorf("%w: %s", ErrNoLibrary, C.GoString(msg))
	default:
		return nil, fmt.Errorf("%w: libnvidia-ml has no %s", ErrNoLibrary, C.GoString(msg))
	}
	if err := check("nvmlInit", C.tm_init()); err != nil {
		return nil, err
	}
	return &Lib{}, nil
}

func check(call string, r C.nvmlReturn_t) error {
	if r == 0 {
		return nil
	}
	return &Error{Call: call, Code: Return(r), Text: C.GoString(C.tm_error_string(r))}
}

// Shutdown calls nvmlShutdown.
func (*Lib) Shutdown() error { return check("nvmlShutdown", C.tm_shutdown()) }

// DriverVersion is the NVIDIA driver's version, e.g. "550.54.15".
func (*Lib) DriverVersion() (string, error) {
	var buf [driverVersionLen]C.char
	if err := check("nvmlSystemGetDriverVersion", C.tm_driver_version(&buf[0], driverVersionLen)); err != nil {
		return "", err
	}
	return C.GoString(&buf[0]), nil
}

// CUDAVersion is the highest CUDA version the driver supports, e.g. 12040.
func (*Lib) CUDAVersion() (int, error) {
	var v C.int
	err := check("nvmlSystemGetCudaDriverVersion", C.tm_cuda_version(&v))
	return int(v), err
}

// DeviceCount is the number of GPUs NVML sees.
func (*Lib) DeviceCount() (int, error) {
	var n C.uint
	err := check("nvmlDeviceGetCount", C.tm_count(&n))
	return int(n), err
}

// Device is a GPU's NVML handle.
type Device struct{ h C.nvmlDevice_t }

// Device returns GPU i's handle.
func (*Lib) Device(i int) (Device, error) {
	var d Device
	err := check("nvmlDeviceGetHandleByIndex", C.tm_handle(C.uint(i), &d.h))
	return d, err
}

func str(call string, f func(*C.char, C.uint) C.nvmlReturn_t, n int) (string, error) {
	buf := (*C.char)(C.calloc(C.size_t(n), 1))
	defer C.free(unsafe.Pointer(buf))
	if err := check(call, f(buf, C.uint(n))); err != nil {
		return "", err
	}
	return C.GoString(buf), nil
}

// Name is the product name, e.g. "NVIDIA GeForce RTX 4090".
func (d Device) Name() (string, error) {
	return str("nvmlDeviceGetName", func(b *C.char, n C.uint) C.nvmlReturn_t { return C.tm_name(d.h, b, n) }, nameLen)
}

// UUID is the device's "GPU-…" identifier.
func (d Device) UUID() (string, error) {
	return str("nvmlDeviceGetUUID", func(b *C.char, n C.uint) C.nvmlReturn_t { return C.tm_uuid(d.h, b, n) }, uuidLen)
}

// Memory is the device memory's size and use.
func (d Device) Memory() (Memory, error) {
	var m C.nvmlMemory_t
	err := check("nvmlDeviceGetMemoryInfo", C.tm_memory(d.h, &m))
	return Memory{Total: uint64(m.total), Free: uint64(m.free), Used: uint64(m.used)}, err
}

// ComputeCapability is the CUDA compute capability (8, 9 for sm_89).
func (d Device) ComputeCapability() (major, minor int, err error) {
	var ma, mi C.int
	err = check("nvmlDeviceGetCudaComputeCapability", C.tm_capability(d.h, &ma, &mi))
	return int(ma), int(mi), err
}

// Utilization is the last sample period's busy percentages.
func (d Device) Utilization() (Utilization, error) {
	var u C.nvmlUtilization_t
	err := check("nvmlDeviceGetUtilizationRates", C.tm_utilization(d.h, &u))
	return Utilization{GPU: uint32(u.gpu), Memory: uint32(u.memory)}, err
}

// TemperatureC is the GPU die's temperature in degrees Celsius.
func (d Device) TemperatureC() (uint32, error) {
	var t C.uint
	err := check("nvmlDeviceGetTemperature", C.tm_temperature(d.h, &t))
	return uint32(t), err
}

// PowerMilliwatts is the board's power draw.
func (d Device) PowerMilliwatts() (uint32, error) {
	var p C.uint
	err := check("nvmlDeviceGetPowerUsage", C.tm_power(d.h, &p))
	return uint32(p), err
}

// PowerLimitMilliwatts is the enforced power limit.
func (d Device) PowerLimitMilliwatts() (uint32, error) {
	var p C.uint
	err := check("nvmlDeviceGetEnforcedPowerLimit", C.tm_power_limit(d.h, &p))
	return uint32(p), err
}
