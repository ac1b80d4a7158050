package node

import (
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/model"
)

// TestCheckTokenizer: a member keeps a served tokenizer.json only when it
// is the canonical file the recipe names.
func TestCheckTokenizer(t *testing.T) {
	tok, err := bpe.Train([]byte("the sun the sun the rays the rays"), 260)
	if err != nil {
		t.Fatal(err)
	}
	good := tok.MarshalHF()
	h := auction.Hash(tok.Hash())
	notCanonical := append([]byte(" "), good...)
	for _, c := range []struct {
		name string
		data []byte
		want auction.Hash
		ok   bool
	}{
		{"the recipe's", good, h, true},
		{"no tokenizer named", good, auction.Hash{}, false},
		{"another hash", good, auction.Hash{1}, false},
		{"not canonical, named by its own hash", notCanonical, auction.Hash(model.FileHash(notCanonical)), false},
		{"not a tokenizer", []byte("{}"), auction.Hash(model.FileHash([]byte("{}"))), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := CheckTokenizer(c.data, c.want)
			if c.ok != (err == nil) || (err != nil && !errors.Is(err, ErrTokenizer)) {
				t.Errorf("CheckTokenizer: %v, want ok=%v", err, c.ok)
			}
		})
	}
}
