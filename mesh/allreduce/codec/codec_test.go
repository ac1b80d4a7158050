package codec

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/trainmesh/trainmesh/mesh/allreduce/schedule"
)

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	src := make([]float32, 1000)
	for i := range src {
		src[i] = float32(rng.NormFloat64())
	}
	for _, k := range []Kind{FP32, FP16, Int8} {
		t.Run(k.String(), func(t *testing.T) {
			used, scale := Choose(k, src)
			if used != k {
				t.Fatalf("Choose(%v) = %v for ordinary values", k, used)
			}
			enc := make([]byte, EncodedLen(k, len(src)))
			Encode(enc, k, scale, src)
			dec := make([]float32, len(src))
			if _, err := Decode(dec, k, enc); err != nil {
				t.Fatal(err)
			}
			rounded := append([]float32(nil), src...)
			Round(rounded, k, scale)
			for i := range dec {
				if math.Float32bits(dec[i]) != math.Float32bits(rounded[i]) {
					t.Fatalf("element %d: decoded %v, Round gives %v", i, dec[i], rounded[i])
				}
			}
			// Re-encoding what was decoded gives the same bytes: the
			// all-gather forwards by re-encoding.
			enc2 := make([]byte, len(enc))
			Encode(enc2, k, scale, dec)
			if string(enc2) != string(enc) {
				t.Fatal("re-encoding decoded values changed the bytes")
			}
			acc := make([]float32, len(src))
			for i := range acc {
				acc[i] = 1
			}
			if err := DecodeAdd(acc, k, enc); err != nil {
				t.Fatal(err)
			}
			for i := range acc {
				if acc[i] != 1+dec[i] {
					t.Fatalf("DecodeAdd element %d = %v, want %v", i, acc[i], 1+dec[i])
				}
			}
		})
	}
}

func TestChooseFallsBack(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Kind
		v    []float32
		want Kind
	}{
		{"fp16 overflow", FP16, []float32{1, 70000}, FP32},
		{"fp16 max", FP16, []float32{-65504}, FP16},
		{"fp16 NaN", FP16, []float32{float32(math.NaN())}, FP32},
		{"int8 Inf", Int8, []float32{1, float32(math.Inf(-1))}, FP32},
		{"int8 NaN", Int8, []float32{float32(math.NaN())}, FP32},
		{"int8 tiny", Int8, []float32{1e-38}, FP32},
		{"int8 zero", Int8, []float32{0, 0}, Int8},
		{"int8 empty", Int8, nil, Int8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := Choose(tc.c, tc.v); got != tc.want {
				t.Errorf("Choose(%v, %v) = %v; want %v", tc.c, tc.v, got, tc.want)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	nan := make([]byte, 8)
	nan[0] = 0
	nan[1] = 0
	copy(nan, []byte{0, 0, 0xc0, 0x7f}) // NaN scale
	for _, tc := range []struct {
		name    string
		k       Kind
		n       int
		payload []byte
	}{
		{"unknown kind", Kind(9), 1, make([]byte, 4)},
		{"fp32 short", FP32, 2, make([]byte, 7)},
		{"fp32 long", FP32, 2, make([]byte, 9)},
		{"fp16 inf", FP16, 1, []byte{0x00, 0x7c}},
		{"fp16 short", FP16, 3, make([]byte, 4)},
		{"int8 NaN scale", Int8, 4, nan},
		{"int8 negative scale", Int8, 1, []byte{0, 0, 0x80, 0xbf, 1}},
		{"int8 no scale", Int8, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := make([]float32, tc.n)
			_, err := Decode(dst, tc.k, tc.payload)
			if err == nil || !(errors.Is(err, ErrMalformed) || errors.Is(err, ErrKind)) {
				t.Errorf("Decode: %v; want ErrMalformed or ErrKind", err)
			}
			if err := DecodeAdd(dst, tc.k, tc.payload); err == nil {
				t.Error("DecodeAdd accepted it")
			}
		})
	}
}

// TestBoundHolds runs the schedule's reference executor with each rounding
// where the engine rounds (every reduce-scatter hop and the owner's final
// sum) and checks every element against a float64 reference and Bound, for
// ring sizes 2 to 16 and awkward lengths.
func TestBoundHolds(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, k := range []Kind{FP32, FP16, Int8} {
		for _, n := range []int{2, 3, 5, 8, 16} {
			for _, scaleMag := range []float64{1e-3, 1, 1e3} {
				t.Run(fmt.Sprintf("%v/n=%d/mag=%g", k, n, scaleMag), func(t *testing.T) {
					length := 257 + rng.IntN(100)
					l, _ := schedule.NewLayout(n, length, 16)
					inputs := make([][]float32, n)
					for r := range inputs {
						inputs[r] = make([]float32, length)
						for i := range inputs[r] {
							inputs[r][i] = float32(rng.NormFloat64() * scaleMag * (1 + float64(r)))
						}
					}
					got := simulate(l, k, inputs)
					for i := 0; i < length; i++ {
						var exact, absSum float64
						for r := range inputs {
							exact += float64(inputs[r][i])
							absSum += math.Abs(float64(inputs[r][i]))
						}
						chunkMaxSum := chunkMax(l, inputs, i)
						bound := Bound(k, n, absSum, chunkMaxSum)
						for r := range got {
							if math.Float32bits(got[r][i]) != math.Float32bits(got[0][i]) {
								t.Fatalf("element %d: rank %d has %v, rank 0 %v", i, r, got[r][i], got[0][i])
							}
						}
						if e := math.Abs(float64(got[0][i]) - exact); e > bound {
							t.Fatalf("element %d: error %g over bound %g (sum %g)", i, e, bound, exact)
						}
					}
				})
			}
		}
	}
}

// simulate runs the all-reduce in memory with the engine's roundings.
func simulate(l schedule.Layout, k Kind, inputs [][]float32) [][]float32 {
	n := l.Ranks()
	bufs := make([][]float32, n)
	for r := range bufs {
		bufs[r] = append([]float32(nil), inputs[r]...)
	}
	type meta struct {
		kind  Kind
		scale float32
	}
	for j := 0; j < l.Rounds(); j++ {
		// metas[r][s]: how rank r holds segment s's final chunk (set by the
		// owner's rounding, or by decoding in the all-gather).
		metas := make([]map[int]meta, n)
		for r := range metas {
			metas[r] = map[int]meta{}
		}
		for step := 0; step < l.Steps(); step++ {
			payloads := make([][]byte, n)
			kinds := make([]Kind, n)
			for r := 0; r < n; r++ {
				st := l.Step(r, step)
				lo, hi := l.Chunk(st.Send, j)
				used, scale := Choose(k, bufs[r][lo:hi])
				if st.Phase == schedule.AllGather {
					// Re-encode the final chunk as it was first encoded.
					used, scale = metas[r][st.Send].kind, metas[r][st.Send].scale
				}
				payloads[r] = make([]byte, EncodedLen(used, hi-lo))
				Encode(payloads[r], used, scale, bufs[r][lo:hi])
				kinds[r] = used
			}
			for r := 0; r < n; r++ {
				from := (r - 1 + n) % n
				st := l.Step(r, step)
				lo, hi := l.Chunk(st.Recv, j)
				dst := bufs[r][lo:hi]
				if st.Reduce {
					if err := DecodeAdd(dst, kinds[from], payloads[from]); err != nil {
						panic(err)
					}
					if st.Final {
						used, scale := Choose(k, dst)
						Round(dst, used, scale)
						metas[r][st.Recv] = meta{used, scale}
					}
				} else {
					scale, err := Decode(dst, kinds[from], payloads[from])
					if err != nil {
						panic(err)
					}
					metas[r][st.Recv] = meta{kinds[from], scale}
				}
			}
		}
	}
	return bufs
}

func chunkMax(l schedule.Layout, inputs [][]float32, elem int) float64 {
	for s := 0; s < l.Ranks(); s++ {
		for j := 0; j < l.Rounds(); j++ {
			lo, hi := l.Chunk(s, j)
			if elem < lo || elem >= hi {
				continue
			}
			var sum float64
			for _, in := range inputs {
				var m float64
				for _, v := range in[lo:hi] {
					m = max(m, math.Abs(float64(v)))
				}
				sum += m
			}
			return sum
		}
	}
	panic("element outside the layout")
}

func TestParseKind(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Kind
		ok   bool
	}{{"fp32", FP32, true}, {"none", FP32, true}, {"FP16", FP16, true}, {"int8", Int8, true}, {"bf16", 0, false}} {
		got, err := ParseKind(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseKind(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// FuzzDecode feeds arbitrary payloads to the decoders: they must return an
// error or values, never panic, and agree with each other.
func FuzzDecode(f *testing.F) {
	f.Add(uint8(FP32), uint16(2), []byte{0, 0, 128, 63, 0, 0, 0, 64})
	f.Add(uint8(FP16), uint16(2), []byte{0, 60, 0, 124})
	f.Add(uint8(Int8), uint16(3), []byte{0, 0, 128, 63, 1, 255, 127})
	f.Add(uint8(7), uint16(0), []byte{})
	f.Fuzz(func(t *testing.T, kind uint8, n uint16, payload []byte) {
		k := Kind(kind)
		dst := make([]float32, int(n)%4096)
		_, err := Decode(dst, k, payload)
		acc := make([]float32, len(dst))
		err2 := DecodeAdd(acc, k, payload)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Decode: %v, DecodeAdd: %v", err, err2)
		}
		if err != nil {
			return
		}
		for i := range dst {
			if math.Float32bits(dst[i]) != math.Float32bits(acc[i]) && !(dst[i] != dst[i] && acc[i] != acc[i]) && !(dst[i] == 0 && acc[i] == 0) {
				t.Fatalf("element %d: Decode %v, 0+DecodeAdd %v", i, dst[i], acc[i])
			}
		}
	})
}

func BenchmarkAdd(b *testing.B) {
	dst := make([]float32, 1<<18)
	src := make([]float32, 1<<18)
	b.SetBytes(4 << 18)
	for b.Loop() {
		Add(dst, src)
	}
}

func BenchmarkEncodeFP16(b *testing.B) {
	src := make([]float32, 1<<18)
	dst := make([]byte, 2<<18)
	b.SetBytes(4 << 18)
	for b.Loop() {
		Encode(dst, FP16, 0, src)
	}
}
