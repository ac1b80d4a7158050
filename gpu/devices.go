package gpu

// DeviceInfo is what NVML reports about one GPU. Fields NVML could not
// read (not supported on that GPU, or no permission) are left zero and
// named in Missing.
type DeviceInfo struct {
	Index        int
	Name         string
	UUID         string
	MemoryTotal  uint64 // bytes
	MemoryFree   uint64 // bytes
	Major, Minor int    // CUDA compute capability
	UtilGPU      uint32 // percent of time a kernel ran, last sample period
	UtilMemory   uint32 // percent of time memory was read or written
	TemperatureC uint32 // degrees Celsius, GPU die
	PowerW       float64
	PowerLimitW  float64
	// Missing names the fields NVML did not provide, with its reason.
	Missing []string
}

// System is the host's NVIDIA driver and its GPUs.
type System struct {
	DriverVersion string // e.g. "550.54.15"
	CUDAVersion   int    // highest CUDA the driver supports, e.g. 12040
	Devices       []DeviceInfo
}
