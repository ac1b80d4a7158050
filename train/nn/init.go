package nn

import (
	"hash/fnv"
	"math/rand/v2"
)

// InitParams returns the initial parameters of layout l for seed, as the
// flat host buffer Model.Init uploads. Each tensor draws from its own PCG
// stream seeded by (seed, FNV-1a of its name), so a tensor's values do not
// depend on the tensors before it, and the draws use only exact operations
// (see Init): the same seed gives the same bits on every machine.
func InitParams(l Layout, seed uint64) []float32 {
	out := make([]float32, l.Len())
	for _, p := range l.Params {
		dst := out[p.Offset : p.Offset+p.Len]
		switch p.Init {
		case InitZeros:
		case InitOnes:
			for i := range dst {
				dst[i] = 1
			}
		case InitUniform:
			h := fnv.New64a()
			h.Write([]byte(p.Name))
			rng := rand.New(rand.NewPCG(seed, h.Sum64()))
			for i := range dst {
				// 24 random bits give u in [0, 1) exactly; 2u−1 is exact
				// too; one rounding in the product with the bound.
				u := float32(rng.Uint32()>>8) * (1.0 / (1 << 24))
				dst[i] = (2*u - 1) * p.Scale
			}
		}
	}
	return out
}
