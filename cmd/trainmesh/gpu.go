package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/node"
)

type gpuCmd struct {
	Info  gpuInfoCmd  `cmd:"" help:"List the NVIDIA GPUs (through NVML) and say which device a node here trains on."`
	Bench gpuBenchCmd `cmd:"" help:"Measure fp32 GEMM throughput and memory bandwidth of the compute backend, next to a baseline measured in the same run."`
}

// computeFlags choose the device a node trains on (config section [gpu],
// the same keys as `trainmesh gpu`'s flags, so that `gpu info` run with a
// node's config file says which device that node trains on).
type computeFlags struct {
	Backend    string `help:"Device to train jobs on: auto (the CUDA GPU when an NVIDIA driver and GPU answer, else the CPU, with the reason logged), cpu, or cuda (do not start without a GPU). Jobs train in reproducible mode, which gives the same bits on both." enum:"auto,cpu,cuda" default:"auto" toml:"gpu.backend" group:"Compute"`
	CUDADevice int    `help:"CUDA device index to train on." default:"0" name:"cuda-device" toml:"gpu.cuda-device" group:"Compute"`
	PTX        string `help:"Load the CUDA kernels from this PTX file instead of the embedded ones (kernel development)." type:"path" placeholder:"FILE" name:"ptx" toml:"gpu.ptx" group:"Compute"`
}

func (f *computeFlags) config() node.ComputeConfig {
	return node.ComputeConfig{Backend: f.Backend, Device: f.CUDADevice, PTXPath: f.PTX}
}

// gpuFlags choose the compute backend; node embeds the same settings.
type gpuFlags struct {
	Backend       string `help:"Compute backend: auto (CUDA when a GPU and driver are found, else CPU), cpu or cuda." enum:"auto,cpu,cuda" default:"auto" toml:"gpu.backend"`
	CUDADevice    int    `help:"CUDA device index." default:"0" name:"cuda-device" toml:"gpu.cuda-device"`
	Deterministic bool   `help:"Fixed reduction order: bit-identical results for identical inputs, which step verification relies on (--no-deterministic allows TF32 GEMM on GPUs that have it)." default:"true" negatable:"" toml:"gpu.deterministic"`
	CUBLAS        string `help:"cuBLAS library to load (default: libcublas.so on the loader path)." type:"path" placeholder:"FILE" name:"cublas" toml:"gpu.cublas"`
	PTX           string `help:"Load the CUDA kernels from this PTX file instead of the embedded ones (kernel development)." type:"path" placeholder:"FILE" name:"ptx" toml:"gpu.ptx"`
}

func (f *gpuFlags) params() gpu.Params {
	p := gpu.DefaultParams()
	p.Kind = gpu.Kind(f.Backend)
	p.Device = f.CUDADevice
	p.Deterministic = f.Deterministic
	p.TF32 = !f.Deterministic
	p.BLASPath = f.CUBLAS
	p.PTXPath = f.PTX
	return p
}

// open opens the backend and prints which one, and why not CUDA when auto
// fell back.
func (f *gpuFlags) open(w io.Writer) (gpu.Backend, error) {
	b, fallback, err := gpu.Open(f.params())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "compute backend: %s\n", gpu.Describe(b))
	if fallback != nil {
		fmt.Fprintf(w, "  not CUDA: %v\n", fallback)
	}
	return b, nil
}

type gpuInfoCmd struct {
	gpuFlags
}

// trainingDevice prints the device a node with these settings trains on,
// chosen as the node chooses it (node.ChooseCompute).
func (c *gpuInfoCmd) trainingDevice(w io.Writer) error {
	cf := computeFlags{Backend: c.Backend, CUDADevice: c.CUDADevice, PTX: c.PTX}
	cp, err := node.ChooseCompute(cf.config())
	if err != nil {
		return err
	}
	where := "the CPU"
	if cp.OnGPU() {
		where = "the GPU"
	}
	fmt.Fprintf(w, "a node here trains on %s: %s\n", where, cp.Device)
	if cp.Fallback != nil {
		fmt.Fprintf(w, "  not a GPU: %v\n", cp.Fallback)
	}
	return nil
}

func (c *gpuInfoCmd) Run(env *runEnv) error {
	w := env.stdout
	sys, err := gpu.Devices()
	switch {
	case errors.Is(err, gpu.ErrNoNVML):
		fmt.Fprintf(w, "No NVIDIA GPU found: %v.\n", err)
	case err != nil:
		return err
	case len(sys.Devices) == 0:
		fmt.Fprintf(w, "NVIDIA driver %s is installed but reports no GPU.\n", sys.DriverVersion)
	default:
		fmt.Fprintf(w, "NVIDIA driver %s (CUDA %d.%d)\n", sys.DriverVersion, sys.CUDAVersion/1000, sys.CUDAVersion%1000/10)
		for _, d := range sys.Devices {
			printDevice(w, d)
		}
	}
	if err := c.trainingDevice(w); err != nil {
		return err
	}
	if !c.Deterministic {
		// The fast mode asked for is not what trains: describe it too.
		b, err := c.open(w)
		if err != nil {
			return err
		}
		return b.Close()
	}
	return nil
}

func printDevice(w io.Writer, d gpu.DeviceInfo) {
	fmt.Fprintf(w, "GPU %d: %s\n", d.Index, d.Name)
	fmt.Fprintf(w, "  uuid          %s\n", d.UUID)
	fmt.Fprintf(w, "  memory        %d MiB total, %d MiB free\n", d.MemoryTotal>>20, d.MemoryFree>>20)
	fmt.Fprintf(w, "  compute       %d.%d\n", d.Major, d.Minor)
	fmt.Fprintf(w, "  utilisation   %d%% GPU, %d%% memory\n", d.UtilGPU, d.UtilMemory)
	fmt.Fprintf(w, "  temperature   %d °C\n", d.TemperatureC)
	fmt.Fprintf(w, "  power         %.1f W of %.0f W\n", d.PowerW, d.PowerLimitW)
	for _, m := range d.Missing {
		fmt.Fprintf(w, "  not reported: %s\n", m)
	}
}

type gpuBenchCmd struct {
	gpuFlags
	GEMMSize   int           `help:"n of the n×n×n fp32 GEMM (default: 512 on the CPU, 8192 on a GPU)." default:"0" name:"gemm-size"`
	CopyMiB    int           `help:"Size of each memory copy in MiB (default: 64 on the CPU, 256 on a GPU)." default:"0" name:"copy-mib"`
	MinTime    time.Duration `help:"Repeat each measurement for at least this long." default:"1s"`
	NoBaseline bool          `help:"Skip the same-run baselines."`
	Modes      bool          `help:"Also measure GEMM in both compute modes on this device in this run: reproducible (the CPU's bits; what jobs train in), fast (cuBLAS, TF32 allowed; gonum on the CPU), and cuBLAS SGEMM fp32 called directly."`
	JSON       bool          `help:"Print the result as JSON (for scripts)."`
}

func (c *gpuBenchCmd) Run(env *runEnv) error {
	info := env.stdout
	if c.JSON {
		info = io.Discard
	}
	b, err := c.open(info)
	if err != nil {
		return err
	}
	defer b.Close()
	p := gpu.DefaultBenchParams(b)
	if c.GEMMSize > 0 {
		p.GEMMSize = c.GEMMSize
	}
	if c.CopyMiB > 0 {
		p.CopyBytes = int64(c.CopyMiB) << 20
	}
	p.MinTime, p.Baselines, p.Modes = c.MinTime, !c.NoBaseline, c.Modes
	fmt.Fprintf(info, "measuring (%d³ GEMM, %d MiB copies, at least %v each)...\n", p.GEMMSize, p.CopyBytes>>20, p.MinTime)
	r, err := gpu.Bench(b, p)
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	w := env.stdout
	fmt.Fprintf(w, "GEMM fp32 %d³        %10.1f GFLOP/s\n", r.GEMMSize, r.GEMMGFLOPS)
	if r.BaselineGFLOPS > 0 {
		fmt.Fprintf(w, "  baseline           %10.1f GFLOP/s  %s; ratio %.2f\n", r.BaselineGFLOPS, r.GEMMBaseline, r.GEMMGFLOPS/r.BaselineGFLOPS)
	} else if r.GEMMBaseline != "" {
		fmt.Fprintf(w, "  baseline           %s\n", r.GEMMBaseline)
	}
	if m := r.Modes; m != nil {
		fmt.Fprintf(w, "GEMM by mode, %d³, this run:\n", m.Size)
		fmt.Fprintf(w, "  reproducible       %10.1f GFLOP/s  the CPU's bits (what jobs train in)\n", m.Repro)
		fmt.Fprintf(w, "  fast               %10.1f GFLOP/s  %s\n", m.Fast, m.FastBy)
		if m.SGEMM > 0 {
			fmt.Fprintf(w, "  cuBLAS SGEMM fp32  %10.1f GFLOP/s  fast/SGEMM %.2f, reproducible/SGEMM %.2f\n", m.SGEMM, m.Fast/m.SGEMM, m.Repro/m.SGEMM)
		}
		fmt.Fprintf(w, "  reproducibility costs %.0f%% of fast mode's rate\n", 100*(1-m.Repro/m.Fast))
	}
	fmt.Fprintf(w, "device copy          %10.2f GB/s (read + write)\n", r.CopyGBps)
	fmt.Fprintf(w, "upload (host→device) %10.2f GB/s\n", r.UploadGBps)
	fmt.Fprintf(w, "download             %10.2f GB/s\n", r.DownloadGBps)
	if r.CopyBaselineGBps > 0 {
		ours := r.CopyGBps
		if r.CopyBaseline != "Go copy() between slices" {
			ours = r.UploadGBps // the pinned reference is a host-to-device copy
		}
		fmt.Fprintf(w, "  baseline           %10.2f GB/s  %s; ratio %.2f\n", r.CopyBaselineGBps, r.CopyBaseline, ours/r.CopyBaselineGBps)
	}
	fmt.Fprintf(w, "bid throughput: %d GFLOP/s\n", uint64(r.GEMMGFLOPS))
	return nil
}
