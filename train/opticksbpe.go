package train

import (
	"github.com/trainmesh/trainmesh/train/bpe"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
)

// OpticksBPE is the Opticks excerpt tokenized by a byte-level BPE of vocab
// tokens trained on its first 90% (the part not held out), cut as
// corpus.OpticksDataset cuts the bytes: 8 KiB chunks, the last 10% held
// out. It is what a job file with builtin = "opticks" and bpe-vocab makes.
func OpticksBPE(vocab int) (*dataset.Dataset, error) {
	t, err := corpus.Opticks()
	if err != nil {
		return nil, err
	}
	raw := make([]byte, len(t.Tokens))
	for i, id := range t.Tokens {
		raw[i] = t.Vocab[id]
	}
	tok, err := bpe.Train(raw[:len(raw)-int(float64(len(raw))*0.1)], vocab)
	if err != nil {
		return nil, err
	}
	p := dataset.DefaultBuildParams("newton-opticks")
	p.ChunkBytes, p.TestFraction = 8<<10, 0.1
	return dataset.BuildTokens(&dataset.Tokens{Vocab: tok.Len(), Tokenizer: dataset.Hash(tok.Hash()), IDs: tok.Encode(raw)}, p)
}
