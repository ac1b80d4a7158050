package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
)

// Loader bounds: files larger than this are not what a member should load
// into memory whole.
const (
	loadBytesMax = 1 << 30
)

// maybeGunzip returns r's bytes, gunzipped if they start with gzip's
// magic, up to loadBytesMax.
func maybeGunzip(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(r)
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	data, err := io.ReadAll(io.LimitReader(r, loadBytesMax+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if len(data) > loadBytesMax {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrFormat, loadBytesMax)
	}
	return data, nil
}

// CSVParams say how to read a CSV file of examples.
type CSVParams struct {
	// LabelColumn is the column of the class label; negative counts from
	// the end (-1: the last column).
	LabelColumn int
	// Header skips the first line.
	Header bool
	// Classes is the number of classes; 0 means the largest label + 1.
	Classes int
}

// LoadCSV reads a CSV file (gzip'd or not) of numeric features and an
// integer label per row, every row the same width.
func LoadCSV(r io.Reader, p CSVParams) (*Tabular, error) {
	data, err := maybeGunzip(r)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.ReuseRecord = true
	t := &Tabular{}
	maxLabel := int32(-1)
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		if line == 1 && p.Header {
			continue
		}
		lc := p.LabelColumn
		if lc < 0 {
			lc += len(rec)
		}
		if len(rec) < 2 || lc < 0 || lc >= len(rec) {
			return nil, fmt.Errorf("%w: line %d: %d columns, label column %d", ErrFormat, line, len(rec), p.LabelColumn)
		}
		if t.Features == 0 {
			t.Features = len(rec) - 1
		}
		for i, f := range rec {
			if i == lc {
				y, err := strconv.ParseInt(f, 10, 32)
				if err != nil || y < 0 || y >= classesMax {
					return nil, fmt.Errorf("%w: line %d: label %q", ErrFormat, line, f)
				}
				t.Y = append(t.Y, int32(y))
				maxLabel = max(maxLabel, int32(y))
				continue
			}
			v, err := strconv.ParseFloat(f, 32)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: line %d column %d: %q", ErrFormat, line, i+1, f)
			}
			t.X = append(t.X, float32(v))
		}
	}
	if len(t.Y) == 0 {
		return nil, fmt.Errorf("%w: no rows", ErrFormat)
	}
	t.Classes = p.Classes
	if t.Classes == 0 {
		t.Classes = int(maxLabel) + 1
	}
	if int(maxLabel) >= t.Classes || t.Classes < 2 {
		return nil, fmt.Errorf("%w: labels up to %d with %d classes", ErrFormat, maxLabel, t.Classes)
	}
	return t, nil
}

// IDX is the format of MNIST and Fashion-MNIST (yann.lecun.com/exdb/mnist):
// two zero bytes, a type code (0x08: unsigned byte), the number of
// dimensions, each dimension as a big-endian uint32, then the data.
const idxUbyte = 0x08

func readIDX(r io.Reader) (dims []int, data []byte, err error) {
	b, err := maybeGunzip(r)
	if err != nil {
		return nil, nil, err
	}
	if len(b) < 4 || b[0] != 0 || b[1] != 0 || b[2] != idxUbyte || b[3] < 1 || b[3] > 4 {
		return nil, nil, fmt.Errorf("%w: not an unsigned-byte IDX file", ErrFormat)
	}
	nd := int(b[3])
	if len(b) < 4+4*nd {
		return nil, nil, fmt.Errorf("%w: truncated IDX header", ErrFormat)
	}
	size := 1
	for i := 0; i < nd; i++ {
		d := int(binary.BigEndian.Uint32(b[4+4*i:]))
		if d < 1 || d > loadBytesMax || size > loadBytesMax/d {
			return nil, nil, fmt.Errorf("%w: IDX dimension %d", ErrFormat, d)
		}
		size *= d
		dims = append(dims, d)
	}
	data = b[4+4*nd:]
	if len(data) != size {
		return nil, nil, fmt.Errorf("%w: IDX data of %d bytes, dimensions %v say %d", ErrFormat, len(data), dims, size)
	}
	return dims, data, nil
}

// LoadIDX reads an images file and a labels file in IDX format (gzip'd or
// not): N images of any shape become N examples of raw pixel values.
func LoadIDX(images, labels io.Reader) (*Tabular, error) {
	idims, pix, err := readIDX(images)
	if err != nil {
		return nil, fmt.Errorf("images: %w", err)
	}
	ldims, lab, err := readIDX(labels)
	if err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	if len(ldims) != 1 || ldims[0] != idims[0] {
		return nil, fmt.Errorf("%w: %d images but labels of shape %v", ErrFormat, idims[0], ldims)
	}
	n := idims[0]
	t := &Tabular{Features: len(pix) / n, X: make([]float32, len(pix)), Y: make([]int32, n)}
	for i, v := range pix {
		t.X[i] = float32(v)
	}
	for i, v := range lab {
		t.Y[i] = int32(v)
		t.Classes = max(t.Classes, int(v)+1)
	}
	if t.Classes < 2 {
		return nil, fmt.Errorf("%w: fewer than two classes", ErrFormat)
	}
	return t, nil
}

// LoadText reads plain text (gzip'd or not) as a byte-level corpus whose
// vocabulary is the bytes that occur.
func LoadText(r io.Reader) (*Text, error) {
	data, err := maybeGunzip(r)
	if err != nil {
		return nil, err
	}
	return NewText(data)
}

// NewText tokenises bytes: the vocabulary is the sorted set of distinct
// bytes and each byte becomes its index.
func NewText(data []byte) (*Text, error) {
	var seen [256]bool
	for _, b := range data {
		seen[b] = true
	}
	t := &Text{}
	var id [256]int32
	for b, ok := range seen {
		if ok {
			id[b] = int32(len(t.Vocab))
			t.Vocab = append(t.Vocab, byte(b))
		}
	}
	if len(t.Vocab) < 2 {
		return nil, fmt.Errorf("%w: text needs at least two distinct characters", ErrFormat)
	}
	t.Tokens = make([]int32, len(data))
	for i, b := range data {
		t.Tokens[i] = id[b]
	}
	return t, nil
}

// UnigramEntropy returns the entropy of the token distribution in nats:
// the loss of the best model that ignores context, the bar a language
// model must get well below.
func (t *Text) UnigramEntropy() float64 {
	counts := make([]int, len(t.Vocab))
	for _, id := range t.Tokens {
		counts[id]++
	}
	slices.Sort(counts)
	h, n := 0.0, float64(len(t.Tokens))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log(p)
		}
	}
	return h
}
