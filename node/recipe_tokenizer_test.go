package node

import (
	"bytes"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/dataset"
)

// TestRecipeTokenizer: a recipe without a tokenizer encodes as before (no
// key, the same hash); one with it round-trips; a token dataset needs the
// recipe to name its very tokenizer, and other datasets refuse one.
func TestRecipeTokenizer(t *testing.T) {
	r := testRecipe()
	if bytes.Contains(r.Encode(), []byte("tokenizer")) {
		t.Fatal("a recipe without a tokenizer mentions one")
	}
	h := auction.Hash{7}
	r.Tokenizer = h
	got, err := DecodeRecipe(r.Encode(), r.Hash())
	if err != nil || got.Tokenizer != h {
		t.Fatalf("round trip: %v, %v", got, err)
	}
	tokens := &dataset.Manifest{Kind: dataset.KindTokens, Classes: 300, Tokenizer: dataset.Hash{7}}
	text := &dataset.Manifest{Kind: dataset.KindText, Vocab: []byte("ab")}
	for _, tc := range []struct {
		name string
		tok  auction.Hash
		man  *dataset.Manifest
		ok   bool
	}{
		{"same tokenizer", h, tokens, true},
		{"no tokenizer", auction.Hash{}, tokens, false},
		{"another tokenizer", auction.Hash{8}, tokens, false},
		{"byte text without", auction.Hash{}, text, true},
		{"byte text with one", h, text, false},
	} {
		r.Tokenizer = tc.tok
		err := r.checkTokenizer(tc.man)
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrRecipe)) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
