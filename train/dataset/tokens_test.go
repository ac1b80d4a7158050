package dataset

import (
	"errors"
	"reflect"
	"testing"
)

// TestTokensRoundTrip: a token dataset's manifest encodes, decodes and
// verifies by its root, names its tokenizer, and its chunks give back the
// ids; another tokenizer hash is another root.
func TestTokensRoundTrip(t *testing.T) {
	ids := make([]int32, 5000)
	for i := range ids {
		ids[i] = int32((i * 7919) % 4000)
	}
	p := DefaultBuildParams("tok")
	p.ChunkBytes = 2048
	tk := &Tokens{Vocab: 4000, Tokenizer: Hash{0xab, 1}, IDs: ids}
	d, err := BuildTokens(tk, p)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := d.Manifest.Encode()
	if err != nil {
		t.Fatal(err)
	}
	m, err := VerifyManifest(enc, d.Root())
	if err != nil {
		t.Fatal(err)
	}
	if m.Tokenizer != tk.Tokenizer || m.VocabSize() != 4000 || m.RecordBytes() != 2 {
		t.Fatalf("manifest: tokenizer %x, vocabulary %d", m.Tokenizer[:2], m.VocabSize())
	}
	var all []int32
	for _, s := range []Split{SplitTrain, SplitTest} {
		var chunks [][]byte
		for _, i := range m.Indices(s, 0, 1) {
			if err := m.VerifyChunk(i, d.Chunks[i]); err != nil {
				t.Fatal(err)
			}
			chunks = append(chunks, d.Chunks[i])
		}
		tx, err := DecodeText(m, chunks)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, tx.Tokens...)
	}
	if !reflect.DeepEqual(all, ids) {
		t.Fatal("ids differ after the round trip")
	}
	other := *tk
	other.Tokenizer = Hash{0xab, 2}
	d2, _ := BuildTokens(&other, p)
	if d2.Root() == d.Root() {
		t.Fatal("the tokenizer hash is not covered by the root")
	}
	for _, bad := range []*Tokens{
		{Vocab: 4000, Tokenizer: Hash{1}, IDs: []int32{1, 4000}},
		{Vocab: 70000, Tokenizer: Hash{1}, IDs: []int32{1, 2}},
		{Vocab: 4000, IDs: []int32{1, 2}},
	} {
		if _, err := BuildTokens(bad, p); err == nil {
			t.Errorf("BuildTokens(vocab %d, %x) passed", bad.Vocab, bad.Tokenizer[:1])
		}
	}
	if _, err := DecodeText(m, [][]byte{{0xff, 0xff}}); !errors.Is(err, ErrChunk) {
		t.Fatalf("id 65535 of 4000: %v", err)
	}
}
