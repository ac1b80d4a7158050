// Package safetensors reads and writes the safetensors format
// (https://github.com/huggingface/safetensors): an 8-byte little-endian
// header length N, N bytes of JSON header, then the tensors' raw
// little-endian bytes. The header maps each tensor's name to its dtype,
// shape and [begin, end) byte offsets into the data that follows, and may
// carry a "__metadata__" map of strings.
//
// Decode reads files that come from anywhere (a base model a poster names,
// a file a user hands to `trainmesh model verify`), so it checks everything
// the format promises before it returns: the header's size and syntax,
// every dtype, shape and offset, that the tensors neither overlap nor leave
// gaps, and that they cover the data exactly. It is fuzzed (FuzzDecode).
//
// The package is pure: bytes in, bytes out, no I/O of its own.
package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// ErrFormat: the bytes are not a well-formed safetensors file.
var ErrFormat = errors.New("safetensors: malformed file")

// ErrDType: a tensor's dtype cannot be converted as asked.
var ErrDType = errors.New("safetensors: unsupported dtype")

// HeaderMax bounds the JSON header, as the reference implementation does
// (100 MB), so a length field cannot make a reader allocate without limit.
const HeaderMax = 100 << 20

// metadataKey is the header entry that holds the free-form string map.
const metadataKey = "__metadata__"

// Dtypes and their element sizes in bytes, as the format names them.
var dtypeSize = map[string]int{
	"BOOL": 1, "U8": 1, "I8": 1, "F8_E5M2": 1, "F8_E4M3": 1,
	"I16": 2, "U16": 2, "F16": 2, "BF16": 2,
	"I32": 4, "U32": 4, "F32": 4,
	"I64": 8, "U64": 8, "F64": 8,
}

// Tensor is one named tensor: its dtype, its shape (empty for a scalar)
// and its raw little-endian bytes, row-major.
type Tensor struct {
	Name  string
	DType string
	Shape []int
	Data  []byte
}

// Numel is the number of elements the shape holds (1 for a scalar).
func (t Tensor) Numel() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// F32 returns a float32 tensor holding v.
func F32(name string, shape []int, v []float32) Tensor {
	data := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(x))
	}
	return Tensor{Name: name, DType: "F32", Shape: slices.Clone(shape), Data: data}
}

// I32 returns an int32 tensor holding v.
func I32(name string, shape []int, v []int32) Tensor {
	data := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(data[4*i:], uint32(x))
	}
	return Tensor{Name: name, DType: "I32", Shape: slices.Clone(shape), Data: data}
}

// Float32s returns the tensor's elements as float32. F32 is copied bit for
// bit; F16, BF16 and F64 are converted (F64 rounds to nearest).
func (t Tensor) Float32s() ([]float32, error) {
	n := t.Numel()
	out := make([]float32, n)
	switch t.DType {
	case "F32":
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
		}
	case "BF16":
		for i := range out {
			out[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(t.Data[2*i:])) << 16)
		}
	case "F16":
		for i := range out {
			out[i] = halfToFloat(binary.LittleEndian.Uint16(t.Data[2*i:]))
		}
	case "F64":
		for i := range out {
			out[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(t.Data[8*i:])))
		}
	default:
		return nil, fmt.Errorf("%w: tensor %q is %s, want a float dtype", ErrDType, t.Name, t.DType)
	}
	return out, nil
}

// Int32s returns an I32 tensor's elements.
func (t Tensor) Int32s() ([]int32, error) {
	if t.DType != "I32" {
		return nil, fmt.Errorf("%w: tensor %q is %s, want I32", ErrDType, t.Name, t.DType)
	}
	out := make([]int32, t.Numel())
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(t.Data[4*i:]))
	}
	return out, nil
}

// halfToFloat converts an IEEE 754 binary16 to float32 exactly.
func halfToFloat(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	frac := uint32(h) & 0x3ff
	switch {
	case exp == 0x1f: // inf or NaN
		return math.Float32frombits(sign | 0xff<<23 | frac<<13)
	case exp != 0: // normal
		return math.Float32frombits(sign | (exp+127-15)<<23 | frac<<13)
	case frac == 0: // ±0
		return math.Float32frombits(sign)
	}
	// Subnormal: frac·2^-24, exact in float32.
	v := float32(frac) * (1.0 / (1 << 24))
	if sign != 0 {
		v = -v
	}
	return v
}

// File is a decoded safetensors file: its tensors in the order of their
// data and its metadata.
type File struct {
	Tensors  []Tensor
	Metadata map[string]string
}

// Tensor returns the tensor named name.
func (f *File) Tensor(name string) (Tensor, bool) {
	for _, t := range f.Tensors {
		if t.Name == name {
			return t, true
		}
	}
	return Tensor{}, false
}

// headerEntry is one tensor's header record.
type headerEntry struct {
	DType       string  `json:"dtype"`
	Shape       []int   `json:"shape"`
	DataOffsets []int64 `json:"data_offsets"`
}

// Marshal encodes tensors (in the given order) and metadata as a
// safetensors file. The header is padded with spaces to a multiple of 8
// bytes, as the reference writer does, so the data starts aligned.
func Marshal(tensors []Tensor, metadata map[string]string) ([]byte, error) {
	header := make(map[string]any, len(tensors)+1)
	if len(metadata) > 0 {
		header[metadataKey] = metadata
	}
	var off int64
	for _, t := range tensors {
		if err := checkTensor(t); err != nil {
			return nil, err
		}
		if _, dup := header[t.Name]; dup {
			return nil, fmt.Errorf("%w: tensor %q twice", ErrFormat, t.Name)
		}
		shape := t.Shape
		if shape == nil {
			shape = []int{}
		}
		header[t.Name] = headerEntry{DType: t.DType, Shape: shape, DataOffsets: []int64{off, off + int64(len(t.Data))}}
		off += int64(len(t.Data))
	}
	h, err := json.Marshal(header)
	if err != nil {
		return nil, err
	}
	for len(h)%8 != 0 {
		h = append(h, ' ')
	}
	out := make([]byte, 8, 8+len(h)+int(off))
	binary.LittleEndian.PutUint64(out, uint64(len(h)))
	out = append(out, h...)
	for _, t := range tensors {
		out = append(out, t.Data...)
	}
	return out, nil
}

// checkTensor checks a tensor about to be written.
func checkTensor(t Tensor) error {
	if t.Name == "" || t.Name == metadataKey {
		return fmt.Errorf("%w: tensor name %q", ErrFormat, t.Name)
	}
	size, ok := dtypeSize[t.DType]
	if !ok {
		return fmt.Errorf("%w: tensor %q has dtype %q", ErrDType, t.Name, t.DType)
	}
	n, err := numel(t.Shape)
	if err != nil {
		return fmt.Errorf("%w: tensor %q: %v", ErrFormat, t.Name, err)
	}
	if int64(len(t.Data)) != n*int64(size) {
		return fmt.Errorf("%w: tensor %q has %d bytes, its shape %v of %s needs %d", ErrFormat, t.Name, len(t.Data), t.Shape, t.DType, n*int64(size))
	}
	return nil
}

// numel multiplies a shape's dimensions, refusing negative ones and
// products beyond what a file of HeaderMax-bounded addressing could hold.
func numel(shape []int) (int64, error) {
	n := int64(1)
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("negative dimension in shape %v", shape)
		}
		if d != 0 && n > math.MaxInt64/8/int64(d) {
			return 0, fmt.Errorf("shape %v overflows", shape)
		}
		n *= int64(d)
	}
	return n, nil
}

// Decode parses and checks a whole safetensors file. The tensors' Data
// alias data.
func Decode(data []byte) (*File, error) {
	if len(data) < 8 {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the header length", ErrFormat, len(data))
	}
	n := binary.LittleEndian.Uint64(data)
	if n > HeaderMax {
		return nil, fmt.Errorf("%w: header of %d bytes, at most %d", ErrFormat, n, HeaderMax)
	}
	if n > uint64(len(data)-8) {
		return nil, fmt.Errorf("%w: header of %d bytes in a file of %d", ErrFormat, n, len(data))
	}
	hdr, body := data[8:8+n], data[8+n:]
	if len(hdr) == 0 || hdr[0] != '{' {
		return nil, fmt.Errorf("%w: the header is not a JSON object", ErrFormat)
	}
	// Decode key by key so that a name given twice is an error rather than
	// the last one silently winning.
	dec := json.NewDecoder(bytes.NewReader(hdr))
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	f := &File{}
	seen := map[string]bool{}
	type placed struct {
		t          Tensor
		begin, end int64
	}
	var ts []placed
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
		}
		name, _ := tok.(string) // object keys are always strings
		if seen[name] {
			return nil, fmt.Errorf("%w: header names %q twice", ErrFormat, name)
		}
		seen[name] = true
		if name == metadataKey {
			var md map[string]string
			if err := dec.Decode(&md); err != nil {
				return nil, fmt.Errorf("%w: metadata: %v", ErrFormat, err)
			}
			f.Metadata = md
			continue
		}
		var e headerEntry
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, name, err)
		}
		if name == "" {
			return nil, fmt.Errorf("%w: a tensor without a name", ErrFormat)
		}
		size, ok := dtypeSize[e.DType]
		if !ok {
			return nil, fmt.Errorf("%w: tensor %q has dtype %q", ErrFormat, name, e.DType)
		}
		if e.Shape == nil {
			return nil, fmt.Errorf("%w: tensor %q has no shape", ErrFormat, name)
		}
		cnt, err := numel(e.Shape)
		if err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, name, err)
		}
		if len(e.DataOffsets) != 2 {
			return nil, fmt.Errorf("%w: tensor %q has %d data offsets, want 2", ErrFormat, name, len(e.DataOffsets))
		}
		b, en := e.DataOffsets[0], e.DataOffsets[1]
		if b < 0 || en < b || en > int64(len(body)) {
			return nil, fmt.Errorf("%w: tensor %q at [%d, %d) outside the %d bytes of data", ErrFormat, name, b, en, len(body))
		}
		if en-b != cnt*int64(size) {
			return nil, fmt.Errorf("%w: tensor %q has %d bytes, its shape %v of %s needs %d", ErrFormat, name, en-b, e.Shape, e.DType, cnt*int64(size))
		}
		ts = append(ts, placed{t: Tensor{Name: name, DType: e.DType, Shape: e.Shape, Data: body[b:en:en]}, begin: b, end: en})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	if rest := strings.TrimRight(string(hdr[dec.InputOffset():]), " "); rest != "" {
		return nil, fmt.Errorf("%w: %d bytes after the header's JSON", ErrFormat, len(rest))
	}
	// The tensors must tile the data: sorted by offset, each starts where
	// the previous ended, the last ends at the end of the file.
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].begin != ts[j].begin {
			return ts[i].begin < ts[j].begin
		}
		return ts[i].end < ts[j].end
	})
	var at int64
	for _, p := range ts {
		if p.begin != at {
			return nil, fmt.Errorf("%w: tensor %q starts at %d, the previous tensor ends at %d", ErrFormat, p.t.Name, p.begin, at)
		}
		at = p.end
		f.Tensors = append(f.Tensors, p.t)
	}
	if at != int64(len(body)) {
		return nil, fmt.Errorf("%w: the tensors cover %d of the %d bytes of data", ErrFormat, at, len(body))
	}
	return f, nil
}
