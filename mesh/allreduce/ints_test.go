package allreduce

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
)

// TestAllReduceInts: a ring under the lossless Ints compression gives the
// bits a float32 ring gives, on every member, for a tensor whose first
// part is small integers (compressed DiLoCo's quantized values: packed)
// and whose tail is not (sent as FP32), −0 included.
func TestAllReduceInts(t *testing.T) {
	const n, length = 4, 5003
	ctx := testCtx(t)
	nodes := startNodes(t, n)
	rng := rand.New(rand.NewPCG(20, 7))
	inputs := make([][]float32, n)
	for r := range inputs {
		inputs[r] = make([]float32, length)
		for i := range inputs[r] {
			switch {
			case i < 4000 && i%97 == 0:
				inputs[r][i] = float32(math.Copysign(0, -1))
			case i < 4000:
				inputs[r][i] = float32(rng.IntN(15) - 7)
			default:
				inputs[r][i] = float32(rng.NormFloat64())
			}
		}
	}
	var got [2][][]float32
	for c, comp := range []codec.Kind{codec.FP32, codec.Ints} {
		spec := DefaultSpec(GroupID{20, byte(c)}, ids(nodes), nil, length)
		spec.ChunkBytes, spec.Lanes, spec.Compression = 4<<10, 2, comp
		groups := newGroups(t, nodes, spec, testParams())
		bufs, res := runAll(ctx, groups, inputs)
		for i, r := range res {
			if r.err != nil || r.members != n {
				t.Fatalf("%v member %d: AllReduce = %d, %v", comp, i, r.members, r.err)
			}
		}
		got[c] = bufs
	}
	for i := range got[1] {
		for j := range got[1][i] {
			if math.Float32bits(got[1][i][j]) != math.Float32bits(got[0][0][j]) {
				t.Fatalf("member %d element %d: ints ring %v, float32 ring %v", i, j, got[1][i][j], got[0][0][j])
			}
		}
	}
}
