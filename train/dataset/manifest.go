package dataset

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/train/merkle"
)

// Kind says what a dataset's records are.
type Kind uint8

const (
	// KindTabular records are a fixed number of features and a class
	// label (CSV and IDX data).
	KindTabular Kind = 1
	// KindText records are token ids of a byte-level vocabulary.
	KindText Kind = 2
	// KindTokens records are token ids of a subword tokenizer (train/bpe),
	// two bytes each, little-endian; the manifest names the tokenizer by
	// hash and holds the vocabulary size in Classes.
	KindTokens Kind = 3
)

// FeatureType is how a tabular record stores its features.
type FeatureType uint8

const (
	// FeatureUint8 stores each feature as one byte (pixels); the value
	// used in training is the byte times Manifest.Scale.
	FeatureUint8 FeatureType = 1
	// FeatureFloat32 stores little-endian float32s, times Scale.
	FeatureFloat32 FeatureType = 2
)

// Split is which part of the dataset a chunk belongs to.
type Split uint8

const (
	SplitTrain Split = 1
	SplitTest  Split = 2
)

func (s Split) String() string {
	switch s {
	case SplitTrain:
		return "train"
	case SplitTest:
		return "test"
	}
	return fmt.Sprintf("split(%d)", uint8(s))
}

// Bounds on a manifest, checked before anything is allocated, so a peer
// cannot make a member allocate without limit by lying in a header.
const (
	nameBytesMax = 64
	// ChunksMax bounds the chunks of one dataset: 65,536 chunks of up to
	// ChunkBytesMax are 256 GiB, far above any dataset a group of home
	// GPUs trains on, and the manifest stays under 3 MiB.
	ChunksMax = 1 << 16
	// ChunkBytesMax bounds one chunk. Chunks are fetched whole, in one
	// response frame; 4 MiB keeps a lost fetch cheap to redo.
	ChunkBytesMax = 4 << 20
	featuresMax   = 1 << 20
	classesMax    = 1 << 16
	// ManifestBytesMax is the largest valid manifest: header and every
	// chunk reference.
	ManifestBytesMax = headerBytesMax + 4 + ChunksMax*chunkRefBytes
	headerBytesMax   = 4 + 1 + 1 + 1 + nameBytesMax + 1 + 4 + 4 + 4 + 2 + 256 + 32
	chunkRefBytes    = 1 + 4 + 4 + 32
)

var manifestMagic = [4]byte{'T', 'M', 'D', 'S'}

// manifestVersion is the encoding's version; a decoder refuses others.
const manifestVersion = 1

// ChunkRef names one chunk: its sha256, size and records.
type ChunkRef struct {
	Split   Split
	Size    uint32 // bytes
	Records uint32
	Hash    Hash // sha256 of the chunk's bytes: its address
}

// Manifest describes a dataset: what its records are and the chunks that
// hold them. Its Merkle root (Root) is what a job names; a member that
// holds a manifest whose root matches can trust every chunk hash in it.
type Manifest struct {
	Name string
	Kind Kind

	// Tabular datasets.
	Features    int
	Classes     int
	FeatureType FeatureType
	Scale       float32 // feature value = stored value · Scale

	// Text datasets: Vocab[i] is the byte that token id i stands for,
	// strictly increasing.
	Vocab []byte

	// Token datasets (KindTokens): the keccak256 of the tokenizer's
	// canonical tokenizer.json (bpe.Tokenizer.Hash), and its vocabulary
	// size in Classes. Encoded after Vocab, for this kind only, so the
	// other kinds' roots are unchanged.
	Tokenizer Hash

	Chunks []ChunkRef
}

// RecordBytes is the size of one stored record (tabular: features then a
// 2-byte label; text: one byte per token).
func (m *Manifest) RecordBytes() int {
	switch m.Kind {
	case KindText:
		return 1
	case KindTokens:
		return 2
	}
	w := 4
	if m.FeatureType == FeatureUint8 {
		w = 1
	}
	return m.Features*w + 2
}

func (m *Manifest) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrManifest, fmt.Sprintf(format, args...))
	}
	if len(m.Name) > nameBytesMax {
		return bad("name of %d bytes, want at most %d", len(m.Name), nameBytesMax)
	}
	switch m.Kind {
	case KindTabular:
		if m.Features < 1 || m.Features > featuresMax {
			return bad("%d features, want 1 to %d", m.Features, featuresMax)
		}
		if m.Classes < 2 || m.Classes > classesMax {
			return bad("%d classes, want 2 to %d", m.Classes, classesMax)
		}
		if m.FeatureType != FeatureUint8 && m.FeatureType != FeatureFloat32 {
			return bad("feature type %d", m.FeatureType)
		}
		if !(m.Scale > 0) || math.IsInf(float64(m.Scale), 0) {
			return bad("scale %v, want > 0", m.Scale)
		}
		if len(m.Vocab) != 0 {
			return bad("a tabular dataset has no vocabulary")
		}
	case KindText:
		if len(m.Vocab) < 2 || len(m.Vocab) > 256 {
			return bad("vocabulary of %d, want 2 to 256", len(m.Vocab))
		}
		for i := 1; i < len(m.Vocab); i++ {
			if m.Vocab[i] <= m.Vocab[i-1] {
				return bad("vocabulary not strictly increasing")
			}
		}
		if m.Features != 0 || m.Classes != 0 || m.FeatureType != 0 || m.Scale != 0 {
			return bad("a text dataset has no features")
		}
	case KindTokens:
		if m.Classes < 2 || m.Classes > TokensVocabMax {
			return bad("vocabulary of %d, want 2 to %d", m.Classes, TokensVocabMax)
		}
		if m.Tokenizer == (Hash{}) {
			return bad("a token dataset names its tokenizer")
		}
		if m.Features != 0 || m.FeatureType != 0 || m.Scale != 0 || len(m.Vocab) != 0 {
			return bad("a token dataset has no features or byte vocabulary")
		}
	default:
		return bad("kind %d", m.Kind)
	}
	if len(m.Chunks) < 1 || len(m.Chunks) > ChunksMax {
		return bad("%d chunks, want 1 to %d", len(m.Chunks), ChunksMax)
	}
	rb := m.RecordBytes()
	for i, c := range m.Chunks {
		if c.Split != SplitTrain && c.Split != SplitTest {
			return bad("chunk %d: split %d", i, c.Split)
		}
		if c.Records < 1 || c.Size > ChunkBytesMax || uint64(c.Size) != uint64(c.Records)*uint64(rb) {
			return bad("chunk %d: %d records in %d bytes (%d-byte records, chunks up to %d bytes)", i, c.Records, c.Size, rb, ChunkBytesMax)
		}
	}
	return nil
}

// header encodes everything but the chunk list; it is the tree's first
// leaf.
func (m *Manifest) header() []byte {
	var b bytes.Buffer
	b.Write(manifestMagic[:])
	b.WriteByte(manifestVersion)
	b.WriteByte(byte(m.Kind))
	b.WriteByte(byte(len(m.Name)))
	b.WriteString(m.Name)
	b.WriteByte(byte(m.FeatureType))
	_ = binary.Write(&b, binary.BigEndian, uint32(m.Features))
	_ = binary.Write(&b, binary.BigEndian, uint32(m.Classes))
	_ = binary.Write(&b, binary.BigEndian, math.Float32bits(m.Scale))
	_ = binary.Write(&b, binary.BigEndian, uint16(len(m.Vocab)))
	b.Write(m.Vocab)
	if m.Kind == KindTokens {
		b.Write(m.Tokenizer[:])
	}
	return b.Bytes()
}

func (c ChunkRef) encode() []byte {
	out := make([]byte, chunkRefBytes)
	out[0] = byte(c.Split)
	binary.BigEndian.PutUint32(out[1:], c.Size)
	binary.BigEndian.PutUint32(out[5:], c.Records)
	copy(out[9:], c.Hash[:])
	return out
}

// leaves returns the Merkle leaves: the header, then each chunk reference.
func (m *Manifest) leaves() []Hash {
	ls := make([]Hash, 0, 1+len(m.Chunks))
	ls = append(ls, leafHash(m.header()))
	for _, c := range m.Chunks {
		ls = append(ls, leafHash(c.encode()))
	}
	return ls
}

// Root is the Merkle root over the header and the chunk references: the
// datasetRoot a job names.
func (m *Manifest) Root() Hash { return merkle.Root(m.leaves()) }

// Proof returns the Merkle audit path of chunk i, with which a peer that
// knows only the root can check one chunk reference (VerifyChunkRef).
func (m *Manifest) Proof(i int) []Hash { return merkle.Proof(m.leaves(), i+1) }

// VerifyChunkRef reports whether ref is chunk i of the dataset with this
// root and chunks chunks, given its audit path.
func VerifyChunkRef(root Hash, chunks, i int, ref ChunkRef, proof []Hash) bool {
	return merkle.Verify(root, leafHash(ref.encode()), i+1, chunks+1, proof)
}

// Encode returns the manifest's wire form: the header, the chunk count
// (4 bytes, big-endian), then each chunk reference.
func (m *Manifest) Encode() ([]byte, error) {
	if err := m.validate(); err != nil {
		return nil, err
	}
	out := m.header()
	out = binary.BigEndian.AppendUint32(out, uint32(len(m.Chunks)))
	for _, c := range m.Chunks {
		out = append(out, c.encode()...)
	}
	return out, nil
}

// reader reads big-endian fields and remembers the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated", ErrManifest)
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) u8() uint8 {
	if v := r.take(1); v != nil {
		return v[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if v := r.take(2); v != nil {
		return binary.BigEndian.Uint16(v)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if v := r.take(4); v != nil {
		return binary.BigEndian.Uint32(v)
	}
	return 0
}

// DecodeManifest parses a manifest from untrusted bytes. It checks the
// structure only; VerifyManifest also checks it against a root.
func DecodeManifest(data []byte) (*Manifest, error) {
	if len(data) > ManifestBytesMax {
		return nil, fmt.Errorf("%w: %d bytes, want at most %d", ErrManifest, len(data), ManifestBytesMax)
	}
	r := &reader{b: data}
	if magic := r.take(4); r.err == nil && !bytes.Equal(magic, manifestMagic[:]) {
		return nil, fmt.Errorf("%w: not a trainmesh dataset manifest", ErrManifest)
	}
	if v := r.u8(); r.err == nil && v != manifestVersion {
		return nil, fmt.Errorf("%w: version %d, this build reads %d", ErrManifest, v, manifestVersion)
	}
	m := &Manifest{Kind: Kind(r.u8())}
	m.Name = string(r.take(int(r.u8())))
	m.FeatureType = FeatureType(r.u8())
	m.Features = int(r.u32())
	m.Classes = int(r.u32())
	m.Scale = math.Float32frombits(r.u32())
	if nv := int(r.u16()); nv > 0 {
		if nv > 256 {
			return nil, fmt.Errorf("%w: vocabulary of %d", ErrManifest, nv)
		}
		m.Vocab = append([]byte(nil), r.take(nv)...)
	}
	if m.Kind == KindTokens {
		copy(m.Tokenizer[:], r.take(32))
	}
	n := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	if n < 1 || n > ChunksMax || n*chunkRefBytes != len(r.b) {
		return nil, fmt.Errorf("%w: %d chunks in %d bytes", ErrManifest, n, len(r.b))
	}
	m.Chunks = make([]ChunkRef, n)
	for i := range m.Chunks {
		c := &m.Chunks[i]
		c.Split = Split(r.u8())
		c.Size = r.u32()
		c.Records = r.u32()
		copy(c.Hash[:], r.take(32))
	}
	if r.err != nil {
		return nil, r.err
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// VerifyManifest decodes data and checks that its Merkle root is root.
func VerifyManifest(data []byte, root Hash) (*Manifest, error) {
	m, err := DecodeManifest(data)
	if err != nil {
		return nil, err
	}
	if got := m.Root(); got != root {
		return nil, fmt.Errorf("%w: manifest has root %s, the job names %s", ErrWrongHash, got.Short(), root.Short())
	}
	return m, nil
}

// VerifyChunk checks data against chunk i's reference.
func (m *Manifest) VerifyChunk(i int, data []byte) error {
	if i < 0 || i >= len(m.Chunks) {
		return fmt.Errorf("%w: chunk %d of %d", ErrManifest, i, len(m.Chunks))
	}
	c := m.Chunks[i]
	if len(data) != int(c.Size) {
		return fmt.Errorf("%w: chunk %d is %d bytes, want %d", ErrWrongHash, i, len(data), c.Size)
	}
	if Hash(sha256.Sum256(data)) != c.Hash {
		return fmt.Errorf("%w: chunk %d does not hash to %s", ErrWrongHash, i, c.Hash.Short())
	}
	return nil
}

// Indices returns the indices of the chunks of split s that member
// (0-based) of members holds: every members-th chunk of the split,
// starting at member, so shards differ by at most one chunk.
func (m *Manifest) Indices(s Split, member, members int) []int {
	var out []int
	k := 0
	for i, c := range m.Chunks {
		if c.Split != s {
			continue
		}
		if k%members == member {
			out = append(out, i)
		}
		k++
	}
	return out
}

// Records counts the records of split s.
func (m *Manifest) Records(s Split) int {
	n := 0
	for _, c := range m.Chunks {
		if c.Split == s {
			n += int(c.Records)
		}
	}
	return n
}
