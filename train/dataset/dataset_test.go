package dataset

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

func toyTabular(n int) *Tabular {
	t := &Tabular{Features: 3, Classes: 4}
	for i := 0; i < n; i++ {
		t.X = append(t.X, float32(i%7), float32(i%5), float32(i%3))
		t.Y = append(t.Y, int32(i%4))
	}
	return t
}

func toyDataset(t *testing.T) *Dataset {
	t.Helper()
	p := DefaultBuildParams("toy")
	p.ChunkBytes = 1024
	p.Scale = 0.5
	d, err := BuildTabular(toyTabular(1000), p)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestManifestRoundTrip(t *testing.T) {
	d := toyDataset(t)
	m := d.Manifest
	if m.FeatureType != FeatureUint8 || m.Records(SplitTrain) != 800 || m.Records(SplitTest) != 200 {
		t.Fatalf("manifest: type %d, %d train, %d test", m.FeatureType, m.Records(SplitTrain), m.Records(SplitTest))
	}
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := VerifyManifest(enc, d.Root())
	if err != nil {
		t.Fatal(err)
	}
	enc2, _ := back.Encode()
	if !bytes.Equal(enc, enc2) {
		t.Fatal("re-encoding differs")
	}
	for i := range m.Chunks {
		if err := back.VerifyChunk(i, d.Chunks[i]); err != nil {
			t.Fatal(err)
		}
		if !VerifyChunkRef(d.Root(), len(m.Chunks), i, m.Chunks[i], m.Proof(i)) {
			t.Fatalf("chunk %d: Merkle proof does not verify", i)
		}
	}
	// Any change to the header or a chunk reference changes the root.
	for _, edit := range []func(m *Manifest){
		func(m *Manifest) { m.Name = "other" },
		func(m *Manifest) { m.Scale = 1 },
		func(m *Manifest) { m.Chunks[0].Hash[0] ^= 1 },
		func(m *Manifest) { m.Chunks[1].Split = SplitTest },
	} {
		c, _ := DecodeManifest(enc)
		edit(c)
		e, err := c.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := VerifyManifest(e, d.Root()); !errors.Is(err, ErrWrongHash) {
			t.Fatalf("edited manifest: %v, want ErrWrongHash", err)
		}
	}
	// Decoded records match the input, scaled.
	tab, err := DecodeTabular(m, d.Chunks)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 1000 || tab.X[0] != 0.5*float32(int(tab.X[0]/0.5)) {
		t.Fatalf("decoded %d examples", tab.Len())
	}
}

func TestShardIndices(t *testing.T) {
	d := toyDataset(t)
	m := d.Manifest
	for _, k := range []int{1, 2, 3, 4, 8} {
		seen := map[int]bool{}
		for member := 0; member < k; member++ {
			for _, i := range m.Indices(SplitTrain, member, k) {
				if seen[i] || m.Chunks[i].Split != SplitTrain {
					t.Fatalf("k=%d: chunk %d twice or not train", k, i)
				}
				seen[i] = true
			}
		}
		if n := len(m.Indices(SplitTrain, 0, 1)); len(seen) != n {
			t.Fatalf("k=%d: shards cover %d of %d chunks", k, len(seen), n)
		}
	}
}

// corrupt serves a store's blobs with one byte flipped: a bad holder.
type corrupt struct{ Store }

func (c corrupt) Get(key [32]byte) ([]byte, bool) {
	b, ok := c.Store.Get(key)
	if !ok {
		return nil, false
	}
	b = append([]byte(nil), b...)
	b[len(b)/2] ^= 0x40
	return b, true
}

func TestFetchRefusesWrongHash(t *testing.T) {
	d := toyDataset(t)
	good := NewMemStore()
	if err := good.AddDataset(d, nil); err != nil {
		t.Fatal(err)
	}
	net := MemFetcher{"bad": corrupt{good}, "good": good, "empty": NewMemStore()}
	ctx := context.Background()
	holders := []string{"bad", "empty", "good"}

	m, rep, err := FetchManifest(ctx, net, holders, d.Root())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Refused) != 2 || !errors.Is(rep.Refused[0].Err, ErrManifest) && !errors.Is(rep.Refused[0].Err, ErrWrongHash) {
		t.Fatalf("manifest refusals: %+v", rep.Refused)
	}
	idx := m.Indices(SplitTrain, 1, 3)
	chunks, rep, err := FetchChunks(ctx, net, holders, m, idx, 0)
	if err != nil {
		t.Fatal(err)
	}
	for k, i := range idx {
		if !bytes.Equal(chunks[k], d.Chunks[i]) || rep.From[k] != "good" {
			t.Fatalf("chunk %d from %s", i, rep.From[k])
		}
	}
	bad := 0
	for _, r := range rep.Refused {
		if r.Holder == "bad" {
			if !errors.Is(r.Err, ErrWrongHash) {
				t.Fatalf("bad holder refused for %v, want ErrWrongHash", r.Err)
			}
			bad++
		}
	}
	if bad != len(idx) {
		t.Fatalf("bad holder refused %d times for %d chunks", bad, len(idx))
	}
	// What the member signs for: every chunk to the good holder, nothing
	// to the bad one (its chunks failed their hash) or the empty one.
	got := rep.Delivered()
	if len(got) != 1 || len(got["good"]) != len(idx) {
		t.Fatalf("delivered %v, want %d chunks from good only", got, len(idx))
	}
	for k, c := range got["good"] {
		if k > 0 && bytes.Compare(got["good"][k-1][:], c[:]) >= 0 {
			t.Fatal("delivered chunks not strictly ascending")
		}
	}
	// Only bad holders: the fetch fails and says so.
	if _, _, err := FetchChunks(ctx, net, []string{"bad", "empty"}, m, idx, 0); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("only bad holders: %v, want ErrUnavailable", err)
	}
	if _, _, err := FetchManifest(ctx, net, []string{"bad"}, d.Root()); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("only bad holders: %v, want ErrUnavailable", err)
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func idx(dims []uint32, data []byte) []byte {
	out := []byte{0, 0, idxUbyte, byte(len(dims))}
	for _, d := range dims {
		out = binary.BigEndian.AppendUint32(out, d)
	}
	return append(out, data...)
}

func TestLoaders(t *testing.T) {
	t.Run("csv", func(t *testing.T) {
		tab, err := LoadCSV(strings.NewReader("a,b,y\n1,2.5,0\n3,4,2\n"), CSVParams{LabelColumn: -1, Header: true})
		if err != nil {
			t.Fatal(err)
		}
		if tab.Len() != 2 || tab.Features != 2 || tab.Classes != 3 || tab.X[1] != 2.5 || tab.Y[1] != 2 {
			t.Fatalf("LoadCSV = %+v", tab)
		}
		for _, bad := range []string{"", "1,2,x\n", "1,nan,0\n", "1,2,0\n1,0\n", "1,2,-1\n"} {
			if _, err := LoadCSV(strings.NewReader(bad), CSVParams{LabelColumn: -1}); !errors.Is(err, ErrFormat) {
				t.Errorf("LoadCSV(%q) = %v, want ErrFormat", bad, err)
			}
		}
	})
	t.Run("idx", func(t *testing.T) {
		pix := []byte{0, 255, 7, 8, 9, 10, 11, 12}
		tab, err := LoadIDX(bytes.NewReader(gz(idx([]uint32{2, 2, 2}, pix))), bytes.NewReader(idx([]uint32{2}, []byte{1, 0})))
		if err != nil {
			t.Fatal(err)
		}
		if tab.Len() != 2 || tab.Features != 4 || tab.X[1] != 255 || tab.Y[0] != 1 || tab.Classes != 2 {
			t.Fatalf("LoadIDX = %+v", tab)
		}
		if _, err := LoadIDX(bytes.NewReader(idx([]uint32{2, 2, 2}, pix[:7])), bytes.NewReader(idx([]uint32{2}, []byte{1, 0}))); !errors.Is(err, ErrFormat) {
			t.Fatalf("truncated IDX: %v", err)
		}
		if _, err := LoadIDX(bytes.NewReader(idx([]uint32{2, 2, 2}, pix)), bytes.NewReader(idx([]uint32{3}, []byte{1, 0, 1}))); !errors.Is(err, ErrFormat) {
			t.Fatalf("label count mismatch: %v", err)
		}
	})
	t.Run("text", func(t *testing.T) {
		tx, err := LoadText(bytes.NewReader(gz([]byte("abab"))))
		if err != nil {
			t.Fatal(err)
		}
		if string(tx.Vocab) != "ab" || fmt.Sprint(tx.Tokens) != "[0 1 0 1]" || math.Abs(tx.UnigramEntropy()-math.Log(2)) > 1e-12 {
			t.Fatalf("LoadText = %+v, entropy %v", tx, tx.UnigramEntropy())
		}
		d, err := BuildText(tx, BuildParams{ChunkBytes: 1024, TestFraction: 0.25})
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeText(d.Manifest, d.Chunks)
		if err != nil || fmt.Sprint(back.Tokens) != "[0 1 0 1]" {
			t.Fatalf("DecodeText = %v, %v", back, err)
		}
	})
}

func FuzzDecodeManifest(f *testing.F) {
	p := DefaultBuildParams("toy")
	p.ChunkBytes = 1024
	d, _ := BuildTabular(toyTabular(100), p)
	enc, _ := d.Manifest.Encode()
	f.Add(enc)
	tx, _ := NewText([]byte("hello world"))
	dt, _ := BuildText(tx, p)
	enc, _ = dt.Manifest.Encode()
	f.Add(enc)
	dk, _ := BuildTokens(&Tokens{Vocab: 300, Tokenizer: Hash{1}, IDs: []int32{0, 299, 5, 7, 256}}, p)
	enc, _ = dk.Manifest.Encode()
	f.Add(enc)
	f.Add([]byte("TMDS\x01"))
	f.Add(append([]byte("TMDS\x01\x01\x00\x01"), make([]byte, 30)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeManifest(data)
		if err != nil {
			if !errors.Is(err, ErrManifest) {
				t.Fatalf("error %v is not ErrManifest", err)
			}
			return
		}
		enc, err := m.Encode()
		if err != nil {
			t.Fatalf("decoded manifest does not encode: %v", err)
		}
		if !bytes.Equal(enc, data) {
			t.Fatalf("decoding is not canonical")
		}
		_ = m.Root()
	})
}

func FuzzDecodeChunk(f *testing.F) {
	d, _ := BuildTabular(toyTabular(20), BuildParams{ChunkBytes: 1024, Scale: 1})
	f.Add(d.Chunks[0], uint8(1))
	f.Add([]byte{1, 2, 3, 9, 0}, uint8(2))
	f.Add([]byte{0, 1, 2, 3}, uint8(3))
	f.Add([]byte{0, 1, 44, 1, 3}, uint8(4))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		var m *Manifest
		if kind%4 == 3 {
			m = &Manifest{Kind: KindTokens, Classes: 300, Tokenizer: Hash{1}}
			tx, err := DecodeText(m, [][]byte{data})
			if err != nil {
				if !errors.Is(err, ErrChunk) {
					t.Fatalf("error %v is not ErrChunk", err)
				}
				return
			}
			for _, id := range tx.Tokens {
				if id < 0 || id >= 300 {
					t.Fatalf("token %d passed", id)
				}
			}
			return
		}
		switch kind % 3 {
		case 0:
			m = &Manifest{Kind: KindTabular, Features: 3, Classes: 4, FeatureType: FeatureUint8, Scale: 1}
		case 1:
			m = &Manifest{Kind: KindTabular, Features: 1, Classes: 4, FeatureType: FeatureFloat32, Scale: 1}
		default:
			m = &Manifest{Kind: KindText, Vocab: []byte("abc")}
		}
		if m.Kind == KindText {
			tx, err := DecodeText(m, [][]byte{data})
			if err == nil && len(tx.Tokens) != len(data) {
				t.Fatal("lost tokens")
			}
			return
		}
		tab, err := DecodeTabular(m, [][]byte{data})
		if err != nil {
			if !errors.Is(err, ErrChunk) {
				t.Fatalf("error %v is not ErrChunk", err)
			}
			return
		}
		for _, y := range tab.Y {
			if y < 0 || int(y) >= m.Classes {
				t.Fatalf("label %d passed", y)
			}
		}
	})
}

// TestDeliveredSpreadsOverHolders: with two good holders, the chunks of a
// shard are fetched from both (FetchChunks starts at a different holder
// for each chunk) and each is credited with exactly those it sent.
func TestDeliveredSpreadsOverHolders(t *testing.T) {
	d := toyDataset(t)
	good := NewMemStore()
	if err := good.AddDataset(d, nil); err != nil {
		t.Fatal(err)
	}
	net := MemFetcher{"a": good, "b": good}
	m := d.Manifest
	idx := m.Indices(SplitTrain, 0, 1)
	_, rep, err := FetchChunks(context.Background(), net, []string{"a", "b"}, m, idx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := rep.Delivered()
	if len(got["a"])+len(got["b"]) != len(idx) || len(got["a"]) == 0 || len(got["b"]) == 0 {
		t.Fatalf("a sent %d, b %d of %d chunks", len(got["a"]), len(got["b"]), len(idx))
	}
}
