package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

// file builds a safetensors file from a literal header and data.
func file(header string, data []byte) []byte {
	out := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	return append(append(out, header...), data...)
}

func TestRoundTrip(t *testing.T) {
	ts := []Tensor{
		F32("b.weight", []int{2, 3}, []float32{1, -2, 3.5, float32(math.Inf(1)), 0, -0}),
		F32("a.bias", []int{3}, []float32{math.SmallestNonzeroFloat32, math.MaxFloat32, -1e-30}),
		I32("ids", []int{2}, []int32{-1, 7}),
		F32("scalar", []int{}, []float32{42}),
		F32("empty", []int{0, 4}, nil),
	}
	md := map[string]string{"job": "0xabc", "spec": `{"kind":"mlp"}`}
	data, err := Marshal(ts, md)
	if err != nil {
		t.Fatal(err)
	}
	if hl := binary.LittleEndian.Uint64(data); hl%8 != 0 {
		t.Errorf("header length %d is not a multiple of 8", hl)
	}
	f, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Metadata) != 2 || f.Metadata["spec"] != md["spec"] {
		t.Errorf("metadata %v, want %v", f.Metadata, md)
	}
	if len(f.Tensors) != len(ts) {
		t.Fatalf("%d tensors back, wrote %d", len(f.Tensors), len(ts))
	}
	for _, want := range ts {
		got, ok := f.Tensor(want.Name)
		if !ok {
			t.Fatalf("tensor %q missing", want.Name)
		}
		if got.DType != want.DType || !bytes.Equal(got.Data, want.Data) || len(got.Shape) != len(want.Shape) {
			t.Errorf("tensor %q: got %s %v %x, want %s %v %x", want.Name, got.DType, got.Shape, got.Data, want.DType, want.Shape, want.Data)
		}
	}
	again, err := Marshal(f.Tensors, f.Metadata)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Error("re-encoding a decoded file changed its bytes")
	}
}

// TestReferenceBytes decodes a file laid out as the format's reference
// writer lays it out (header padded with spaces, metadata first).
func TestReferenceBytes(t *testing.T) {
	data := make([]byte, 0, 12)
	for _, v := range []float32{1, 2, 3} {
		data = binary.LittleEndian.AppendUint32(data, math.Float32bits(v))
	}
	h := `{"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}}   `
	f, err := Decode(file(h, data))
	if err != nil {
		t.Fatal(err)
	}
	v, err := f.Tensors[0].Float32s()
	if err != nil || len(v) != 3 || v[2] != 3 || f.Metadata["format"] != "pt" {
		t.Fatalf("got %v %v %v", v, f.Metadata, err)
	}
}

func TestConversions(t *testing.T) {
	half := []uint16{0x3c00, 0xc000, 0x0001, 0x7c00, 0x0000, 0x8000, 0x7bff}
	want := []float32{1, -2, 5.960464477539063e-08, float32(math.Inf(1)), 0, float32(math.Copysign(0, -1)), 65504}
	var hb, bb []byte
	for _, h := range half {
		hb = binary.LittleEndian.AppendUint16(hb, h)
	}
	for _, w := range want {
		bb = binary.LittleEndian.AppendUint16(bb, uint16(math.Float32bits(w)>>16))
	}
	got, err := Tensor{Name: "h", DType: "F16", Shape: []int{len(half)}, Data: hb}.Float32s()
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Errorf("F16 %#04x: got %v, want %v", half[i], got[i], want[i])
		}
	}
	got, err = Tensor{Name: "b", DType: "BF16", Shape: []int{len(want)}, Data: bb}.Float32s()
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != 1 || got[1] != -2 || !math.IsInf(float64(got[3]), 1) {
		t.Errorf("BF16: got %v", got)
	}
	if _, err := (Tensor{Name: "i", DType: "I32", Shape: []int{1}, Data: make([]byte, 4)}).Float32s(); !errors.Is(err, ErrDType) {
		t.Errorf("I32 as floats: %v, want ErrDType", err)
	}
}

func TestDecodeRefuses(t *testing.T) {
	four := make([]byte, 4)
	huge := binary.LittleEndian.AppendUint64(nil, HeaderMax+1)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"short", []byte{1, 2, 3}},
		{"header past the end", binary.LittleEndian.AppendUint64(nil, 100)},
		{"header over the limit", append(huge, make([]byte, 16)...)},
		{"not an object", file(`[1, 2]`, nil)},
		{"leading space", file(` {}`, nil)},
		{"bad json", file(`{"w":{"dtype":"F32",`, nil)},
		{"trailing junk", file(`{}x`, nil)},
		{"unknown dtype", file(`{"w":{"dtype":"F31","shape":[1],"data_offsets":[0,4]}}`, four)},
		{"no shape", file(`{"w":{"dtype":"F32","data_offsets":[0,4]}}`, four)},
		{"negative dim", file(`{"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}`, four)},
		{"size mismatch", file(`{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}`, four)},
		{"past the data", file(`{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, four)},
		{"reversed offsets", file(`{"w":{"dtype":"U8","shape":[0],"data_offsets":[4,0]}}`, four)},
		{"one offset", file(`{"w":{"dtype":"F32","shape":[1],"data_offsets":[0]}}`, four)},
		{"gap", file(`{"w":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}}`, four)},
		{"uncovered tail", file(`{"w":{"dtype":"U8","shape":[2],"data_offsets":[0,2]}}`, four)},
		{"overlap", file(`{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}}`, four)},
		{"duplicate name", file(`{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"a":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}}`, four)},
		{"overflowing shape", file(`{"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}`, four)},
		{"metadata not strings", file(`{"__metadata__":{"a":1}}`, nil)},
		{"empty name", file(`{"":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}}`, four)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Decode(c.data); !errors.Is(err, ErrFormat) {
				t.Errorf("Decode: %v, want ErrFormat", err)
			}
		})
	}
}

func TestMarshalRefuses(t *testing.T) {
	for _, c := range []struct {
		name string
		ts   []Tensor
	}{
		{"short data", []Tensor{{Name: "w", DType: "F32", Shape: []int{2}, Data: make([]byte, 4)}}},
		{"bad dtype", []Tensor{{Name: "w", DType: "Q4", Shape: []int{1}, Data: make([]byte, 1)}}},
		{"metadata name", []Tensor{F32("__metadata__", []int{1}, []float32{1})}},
		{"duplicate", []Tensor{F32("w", []int{1}, []float32{1}), F32("w", []int{1}, []float32{1})}},
	} {
		if _, err := Marshal(c.ts, nil); err == nil {
			t.Errorf("%s: Marshal accepted it", c.name)
		}
	}
}

// FuzzDecode: whatever the bytes, Decode returns a file or an error, never
// panics, and a file it accepts re-encodes to tensors and metadata that
// decode to the same again.
func FuzzDecode(f *testing.F) {
	good, _ := Marshal([]Tensor{F32("a", []int{2}, []float32{1, 2}), I32("b", []int{1, 1}, []int32{3})}, map[string]string{"k": "v"})
	f.Add(good)
	f.Add(file(`{}`, nil))
	f.Add(file(`{"w":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}}`, make([]byte, 4)))
	f.Add(file(`{"a":{"dtype":"U8","shape":[0],"data_offsets":[0,0]},"b":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}}`, nil))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Decode(data)
		if err != nil {
			return
		}
		for _, ts := range file.Tensors {
			if _, err := ts.Float32s(); err != nil && !errors.Is(err, ErrDType) {
				t.Fatal(err)
			}
		}
		again, err := Marshal(file.Tensors, file.Metadata)
		if err != nil {
			t.Fatalf("a decoded file does not re-encode: %v", err)
		}
		back, err := Decode(again)
		if err != nil {
			t.Fatalf("a re-encoded file does not decode: %v", err)
		}
		if len(back.Tensors) != len(file.Tensors) || len(back.Metadata) != len(file.Metadata) {
			t.Fatalf("round trip changed the file: %d/%d tensors", len(back.Tensors), len(file.Tensors))
		}
		for i := range back.Tensors {
			if !bytes.Equal(back.Tensors[i].Data, file.Tensors[i].Data) || back.Tensors[i].Name != file.Tensors[i].Name {
				t.Fatalf("tensor %d changed", i)
			}
		}
	})
}
