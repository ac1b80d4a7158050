package codec

import (
	"math"
	"math/rand/v2"
	"testing"
)

// specials are values whose sums are easiest to get wrong: NaNs with
// distinct payloads (which one an addition keeps), infinities, signed
// zeros, subnormals.
var specials = []float32{
	float32(math.NaN()), math.Float32frombits(0x7fc00001), math.Float32frombits(0xffa00002),
	float32(math.Inf(1)), float32(math.Inf(-1)), 0, float32(math.Copysign(0, -1)),
	math.Float32frombits(1), math.Float32frombits(0x807fffff), math.MaxFloat32, -math.MaxFloat32,
}

func randFloats(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		if r.IntN(4) == 0 {
			v[i] = specials[r.IntN(len(specials))]
		} else {
			v[i] = float32(r.NormFloat64() * math.Exp2(float64(r.IntN(40)-20)))
		}
	}
	return v
}

func sameBits(t *testing.T, what string, got, want []float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d elements, want %d", what, len(got), len(want))
	}
	for i := range got {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%s[%d] = %08x, want %08x", what, i, math.Float32bits(got[i]), math.Float32bits(want[i]))
		}
	}
}

// TestAddSavingMatchesCopyAndAdd checks AddSaving and Save against copy
// and Add, bit for bit, over lengths and alignments that exercise the
// streaming loops' head, body and tail, and leave the rest alone.
func TestAddSavingMatchesCopyAndAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lengths := []int{0, 1, 3, 4, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1000, 1 << 12, 1<<18 + 5}
	for _, n := range lengths {
		for off := range 4 {
			for soff := range 4 {
				dst0 := randFloats(r, n+off+1)
				src := randFloats(r, n+soff)[soff:]
				saveBuf := randFloats(r, n+off+1)

				wantDst := append([]float32(nil), dst0...)
				wantSave := append([]float32(nil), saveBuf...)
				copy(wantSave[off:off+n], wantDst[off:off+n])
				Add(wantDst[off:off+n], src)

				dst := append([]float32(nil), dst0...)
				save := append([]float32(nil), saveBuf...)
				AddSaving(dst[off:off+n], save[off:], src)
				sameBits(t, "AddSaving dst", dst, wantDst)
				sameBits(t, "AddSaving save", save, wantSave)

				save = append([]float32(nil), saveBuf...)
				Save(save[off:], dst0[off:off+n])
				sameBits(t, "Save", save, wantSave)
			}
		}
	}
}

// BenchmarkSaveAdd is the reduce-scatter's work on one received chunk of
// a 64 MiB tensor (1 MiB chunks, the tensor's chunks in turn, so that
// each is read from memory as in the ring): the input backed up, then the
// received chunk added. "copy" is what the ring did before AddSaving.
func BenchmarkSaveAdd(b *testing.B) {
	const chunk, chunks = 1 << 18, 64
	buf := make([]float32, chunk*chunks)
	backup := make([]float32, len(buf))
	src := make([]float32, chunk)
	for _, bc := range []struct {
		name string
		f    func(dst, save, src []float32)
	}{
		{"copy", func(dst, save, src []float32) { copy(save, dst); Add(dst, src) }},
		{"AddSaving", AddSaving},
		{"Save", func(dst, save, src []float32) { Save(save, dst) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(4 * chunk)
			c := 0
			for b.Loop() {
				lo := c * chunk
				bc.f(buf[lo:lo+chunk], backup[lo:lo+chunk], src)
				c = (c + 1) % chunks
			}
		})
	}
}

// TestDecodeAddSaving checks that DecodeAddSaving is DecodeAdd with dst's
// values saved first, for every kind, and that a payload it rejects
// leaves save holding dst all the same (the ring restores from it).
func TestDecodeAddSaving(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const n = 1000
	for _, k := range []Kind{FP32, FP16, Int8} {
		src := randFloats(r, n)
		for i := range src {
			if math.IsNaN(float64(src[i])) || math.IsInf(float64(src[i]), 0) || math.Abs(float64(src[i])) > 60000 {
				src[i] = 1.5 // finite, so that every kind encodes it as k
			}
		}
		kind, scale := Choose(k, src)
		if kind != k {
			t.Fatalf("%v: Choose gave %v", k, kind)
		}
		p := make([]byte, EncodedLen(k, n))
		Encode(p, k, scale, src)
		dst0 := randFloats(r, n)

		want := append([]float32(nil), dst0...)
		if err := DecodeAdd(want, k, p); err != nil {
			t.Fatal(err)
		}
		dst := append([]float32(nil), dst0...)
		save := make([]float32, n)
		if err := DecodeAddSaving(dst, save, k, p); err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		sameBits(t, k.String()+" dst", dst, want)
		sameBits(t, k.String()+" save", save, dst0)

		dst = append([]float32(nil), dst0...)
		clear(save)
		if err := DecodeAddSaving(dst, save, k, p[:len(p)-1]); err == nil {
			t.Fatalf("%v: a short payload was accepted", k)
		}
		sameBits(t, k.String()+" save after a rejected payload", save, dst0)
	}
}
