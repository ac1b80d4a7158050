package dataset

import (
	"encoding/binary"
	"fmt"
)

// TokensVocabMax bounds a token dataset's vocabulary: ids are stored in
// two bytes (and nn's models take at most 65,536 tokens).
const TokensVocabMax = 1 << 16

// Tokens is a corpus already tokenized by a subword tokenizer: ids in
// [0, Vocab), and the tokenizer's hash.
type Tokens struct {
	Vocab     int
	Tokenizer Hash
	IDs       []int32
}

// BuildTokens cuts a tokenized corpus into chunks of whole two-byte
// records, content-addressed like every dataset; the last TestFraction of
// the ids is held out, as BuildText does.
func BuildTokens(t *Tokens, p BuildParams) (*Dataset, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if len(t.IDs) < 2 {
		return nil, fmt.Errorf("%w: %d tokens", ErrParams, len(t.IDs))
	}
	m := &Manifest{Name: p.Name, Kind: KindTokens, Classes: t.Vocab, Tokenizer: t.Tokenizer}
	per := max(1, p.ChunkBytes/2)
	nTest := int(float64(len(t.IDs)) * p.TestFraction)
	d := &Dataset{Manifest: m}
	for _, part := range []struct {
		split Split
		ids   []int32
	}{{SplitTrain, t.IDs[:len(t.IDs)-nTest]}, {SplitTest, t.IDs[len(t.IDs)-nTest:]}} {
		for start := 0; start < len(part.ids); start += per {
			end := min(start+per, len(part.ids))
			buf := make([]byte, 2*(end-start))
			for i, id := range part.ids[start:end] {
				if id < 0 || int(id) >= t.Vocab {
					return nil, fmt.Errorf("%w: token %d outside a vocabulary of %d", ErrParams, id, t.Vocab)
				}
				binary.LittleEndian.PutUint16(buf[2*i:], uint16(id))
			}
			d.add(part.split, uint32(end-start), buf)
		}
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// decodeTokens appends the ids of verified chunks of a token dataset,
// refusing an id outside the vocabulary.
func decodeTokens(m *Manifest, chunks [][]byte) (*Text, error) {
	t := &Text{}
	for ci, c := range chunks {
		if len(c)%2 != 0 {
			return nil, fmt.Errorf("%w: chunk %d of %d bytes is not whole 2-byte ids", ErrChunk, ci, len(c))
		}
		for off := 0; off < len(c); off += 2 {
			id := binary.LittleEndian.Uint16(c[off:])
			if int(id) >= m.Classes {
				return nil, fmt.Errorf("%w: chunk %d: token %d, the vocabulary has %d", ErrChunk, ci, id, m.Classes)
			}
			t.Tokens = append(t.Tokens, int32(id))
		}
	}
	return t, nil
}

// VocabSize is the number of token ids of a text or token dataset (0 for
// tabular data).
func (m *Manifest) VocabSize() int {
	switch m.Kind {
	case KindText:
		return len(m.Vocab)
	case KindTokens:
		return m.Classes
	}
	return 0
}
