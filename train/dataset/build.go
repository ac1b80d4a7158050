package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
)

// Tabular is a classification dataset in memory: N examples of Features
// values and a label in [0, Classes).
type Tabular struct {
	Features, Classes int
	X                 []float32 // N×Features, row-major
	Y                 []int32   // N
}

// Len is the number of examples.
func (t *Tabular) Len() int { return len(t.Y) }

// Text is a character-level corpus: token ids into Vocab (Vocab[i] is the
// byte of id i).
type Text struct {
	Vocab  []byte
	Tokens []int32
}

// BuildParams say how to cut a dataset into chunks.
type BuildParams struct {
	// Name is a label for people, at most 64 bytes.
	Name string
	// ChunkBytes is the target chunk size in bytes (1 KiB to
	// ChunkBytesMax); a chunk holds whole records.
	ChunkBytes int
	// TestFraction of the examples (or the text's tail) are held out, in
	// [0, 0.9].
	TestFraction float64
	// Seed shuffles tabular examples before the split, so the held-out
	// set is a random sample; 0 keeps file order.
	Seed uint64
	// Scale multiplies stored feature values at load time (1/16 for the
	// digits' 0–16 pixels, 1/255 for MNIST's bytes); 0 means 1.
	Scale float32
}

// DefaultBuildParams: 64 KiB chunks, 20% held out, seed 1.
func DefaultBuildParams(name string) BuildParams {
	return BuildParams{Name: name, ChunkBytes: 64 << 10, TestFraction: 0.2, Seed: 1}
}

// Validate reports the first problem with p.
func (p BuildParams) Validate() error {
	switch {
	case len(p.Name) > nameBytesMax:
		return fmt.Errorf("%w: name of %d bytes, want at most %d", ErrParams, len(p.Name), nameBytesMax)
	case p.ChunkBytes < 1<<10 || p.ChunkBytes > ChunkBytesMax:
		return fmt.Errorf("%w: chunk size %d bytes, want 1 KiB to %d", ErrParams, p.ChunkBytes, ChunkBytesMax)
	case !(p.TestFraction >= 0 && p.TestFraction <= 0.9):
		return fmt.Errorf("%w: test fraction %v, want 0 to 0.9", ErrParams, p.TestFraction)
	case p.Scale < 0 || math.IsNaN(float64(p.Scale)) || math.IsInf(float64(p.Scale), 0):
		return fmt.Errorf("%w: scale %v", ErrParams, p.Scale)
	}
	return nil
}

// Dataset is a built dataset: its manifest and every chunk's bytes, as the
// poster (or any holder) keeps them.
type Dataset struct {
	Manifest *Manifest
	Chunks   [][]byte // Chunks[i] is chunk i of the manifest
}

// Root is the dataset's Merkle root.
func (d *Dataset) Root() Hash { return d.Manifest.Root() }

// BuildTabular cuts t into chunks. Features that are all integers in
// [0, 255] are stored as bytes, others as float32; the split and the
// shuffle are deterministic in p.Seed.
func BuildTabular(t *Tabular, p BuildParams) (*Dataset, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	n := t.Len()
	if t.Features < 1 || t.Classes < 2 || len(t.X) != n*t.Features || n < 1 {
		return nil, fmt.Errorf("%w: %d examples of %d features (%d values), %d classes", ErrParams, n, t.Features, len(t.X), t.Classes)
	}
	m := &Manifest{Name: p.Name, Kind: KindTabular, Features: t.Features, Classes: t.Classes, FeatureType: FeatureUint8, Scale: p.Scale}
	if m.Scale == 0 {
		m.Scale = 1
	}
	for _, v := range t.X {
		if v != float32(math.Trunc(float64(v))) || v < 0 || v > 255 {
			m.FeatureType = FeatureFloat32
			break
		}
	}
	for _, y := range t.Y {
		if y < 0 || int(y) >= t.Classes {
			return nil, fmt.Errorf("%w: label %d, want 0 to %d", ErrParams, y, t.Classes-1)
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if p.Seed != 0 {
		rand.New(rand.NewPCG(p.Seed, 0x7461626c)).Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	nTest := int(float64(n) * p.TestFraction)
	rb := m.RecordBytes()
	perChunk := max(1, p.ChunkBytes/rb)
	if perChunk*rb > ChunkBytesMax {
		return nil, fmt.Errorf("%w: a %d-byte record does not fit a chunk", ErrParams, rb)
	}
	d := &Dataset{Manifest: m}
	// Train chunks first, then test, so Indices counts each split's
	// chunks in order.
	for _, part := range []struct {
		split Split
		idx   []int
	}{{SplitTrain, order[nTest:]}, {SplitTest, order[:nTest]}} {
		for start := 0; start < len(part.idx); start += perChunk {
			end := min(start+perChunk, len(part.idx))
			buf := make([]byte, 0, (end-start)*rb)
			for _, ex := range part.idx[start:end] {
				buf = appendRecord(buf, m, t.X[ex*t.Features:(ex+1)*t.Features], t.Y[ex])
			}
			d.add(part.split, uint32(end-start), buf)
		}
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return d, nil
}

func appendRecord(buf []byte, m *Manifest, x []float32, y int32) []byte {
	for _, v := range x {
		if m.FeatureType == FeatureUint8 {
			buf = append(buf, byte(v))
		} else {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		}
	}
	return binary.LittleEndian.AppendUint16(buf, uint16(y))
}

func (d *Dataset) add(s Split, records uint32, data []byte) {
	d.Manifest.Chunks = append(d.Manifest.Chunks, ChunkRef{Split: s, Size: uint32(len(data)), Records: records, Hash: sha256.Sum256(data)})
	d.Chunks = append(d.Chunks, data)
}

// BuildText cuts a corpus into chunks; the last TestFraction of the text
// is held out (text is not shuffled: its order is the signal).
func BuildText(t *Text, p BuildParams) (*Dataset, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if len(t.Tokens) < 2 {
		return nil, fmt.Errorf("%w: text of %d tokens", ErrParams, len(t.Tokens))
	}
	m := &Manifest{Name: p.Name, Kind: KindText, Vocab: append([]byte(nil), t.Vocab...)}
	nTest := int(float64(len(t.Tokens)) * p.TestFraction)
	d := &Dataset{Manifest: m}
	for _, part := range []struct {
		split Split
		toks  []int32
	}{{SplitTrain, t.Tokens[:len(t.Tokens)-nTest]}, {SplitTest, t.Tokens[len(t.Tokens)-nTest:]}} {
		for start := 0; start < len(part.toks); start += p.ChunkBytes {
			end := min(start+p.ChunkBytes, len(part.toks))
			buf := make([]byte, end-start)
			for i, id := range part.toks[start:end] {
				if id < 0 || int(id) >= len(m.Vocab) {
					return nil, fmt.Errorf("%w: token %d outside a vocabulary of %d", ErrParams, id, len(m.Vocab))
				}
				buf[i] = byte(id)
			}
			d.add(part.split, uint32(end-start), buf)
		}
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// DecodeTabular appends the records of verified chunks to a Tabular. It
// checks each chunk's size and labels (a chunk is checked against its
// hash first, by Fetch or VerifyChunk; a dataset whose poster hashed bad
// records is still refused here).
func DecodeTabular(m *Manifest, chunks [][]byte) (*Tabular, error) {
	if m.Kind != KindTabular {
		return nil, fmt.Errorf("%w: not a tabular dataset", ErrChunk)
	}
	t := &Tabular{Features: m.Features, Classes: m.Classes}
	rb := m.RecordBytes()
	for ci, c := range chunks {
		if len(c)%rb != 0 {
			return nil, fmt.Errorf("%w: chunk %d of %d bytes is not whole %d-byte records", ErrChunk, ci, len(c), rb)
		}
		for off := 0; off < len(c); off += rb {
			rec := c[off : off+rb]
			for f := 0; f < m.Features; f++ {
				var v float32
				if m.FeatureType == FeatureUint8 {
					v = float32(rec[f])
				} else {
					v = math.Float32frombits(binary.LittleEndian.Uint32(rec[4*f:]))
					if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
						return nil, fmt.Errorf("%w: chunk %d: feature %v", ErrChunk, ci, v)
					}
				}
				t.X = append(t.X, v*m.Scale)
			}
			y := binary.LittleEndian.Uint16(rec[rb-2:])
			if int(y) >= m.Classes {
				return nil, fmt.Errorf("%w: chunk %d: label %d, the dataset has %d classes", ErrChunk, ci, y, m.Classes)
			}
			t.Y = append(t.Y, int32(y))
		}
	}
	return t, nil
}

// DecodeText concatenates the token ids of verified chunks of a text
// dataset, or of a token dataset (KindTokens; Vocab is then nil: the
// tokenizer the manifest names says what the ids stand for).
func DecodeText(m *Manifest, chunks [][]byte) (*Text, error) {
	if m.Kind == KindTokens {
		return decodeTokens(m, chunks)
	}
	if m.Kind != KindText {
		return nil, fmt.Errorf("%w: not a text dataset", ErrChunk)
	}
	t := &Text{Vocab: m.Vocab}
	for ci, c := range chunks {
		for _, b := range c {
			if int(b) >= len(m.Vocab) {
				return nil, fmt.Errorf("%w: chunk %d: token %d, the vocabulary has %d", ErrChunk, ci, b, len(m.Vocab))
			}
			t.Tokens = append(t.Tokens, int32(b))
		}
	}
	return t, nil
}
