package node

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/trainmesh/trainmesh/gpu"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// shard is one member's share of a job's data, fetched and verified.
type shard struct {
	manifest *dataset.Manifest
	sampler  train.Sampler
	rows     int // rows the model must hold (batch, or an eval batch)
	chunks   int
	bytes    int
	records  int
	// report says which holder sent which chunk (the member signs data
	// receipts from it).
	report *dataset.Report
}

// fetchShard fetches the manifest of root and member's train chunks (every
// k-th, PROTOCOL.md) from holders, verifying each against the root, and
// builds the member's sampler.
func fetchShard(ctx context.Context, f dataset.Fetcher, holders []string, r *Recipe, member, k int) (*shard, error) {
	man, _, err := dataset.FetchManifest(ctx, f, holders, dataset.Hash(r.DatasetRoot))
	if err != nil {
		return nil, err
	}
	idx := man.Indices(dataset.SplitTrain, member, k)
	chunks, rep, err := dataset.FetchChunks(ctx, f, holders, man, idx, member)
	if err != nil {
		return nil, err
	}
	s := &shard{manifest: man, rows: r.BatchSize, chunks: len(idx), bytes: int(rep.Bytes), report: rep}
	seed := train.MemberSeed(r.Seed, member)
	switch man.Kind {
	case dataset.KindTabular:
		if r.Model.Kind != nn.KindMLP {
			return nil, fmt.Errorf("%w: a %s model on tabular data", ErrRecipe, r.Model.Kind)
		}
		t, err := dataset.DecodeTabular(man, chunks)
		if err != nil {
			return nil, err
		}
		s.sampler, s.records = train.NewTabularSampler(t, seed), t.Len()
	case dataset.KindText, dataset.KindTokens:
		vocab, context, lm := r.Model.LM()
		if !lm {
			return nil, fmt.Errorf("%w: a %s model on text", ErrRecipe, r.Model.Kind)
		}
		if vocab < man.VocabSize() {
			return nil, fmt.Errorf("%w: a model of %d tokens on a dataset of %d", ErrRecipe, vocab, man.VocabSize())
		}
		if err := r.checkTokenizer(man); err != nil {
			return nil, err
		}
		t, err := dataset.DecodeText(man, chunks)
		if err != nil {
			return nil, err
		}
		s.sampler = &train.TextSampler{Tokens: t.Tokens, Context: context, Seed: seed}
		s.records = len(t.Tokens)
	default:
		return nil, fmt.Errorf("%w: dataset kind %d", ErrRecipe, man.Kind)
	}
	return s, nil
}

// fetchEval fetches and decodes the held-out split of a manifest.
func fetchEval(ctx context.Context, f dataset.Fetcher, holders []string, man *dataset.Manifest) (any, error) {
	chunks, _, err := dataset.FetchChunks(ctx, f, holders, man, man.Indices(dataset.SplitTest, 0, 1), 0)
	if err != nil {
		return nil, err
	}
	if man.Kind == dataset.KindTabular {
		return dataset.DecodeTabular(man, chunks)
	}
	return dataset.DecodeText(man, chunks)
}

// evalRows is the batch the poster evaluates a collected model in.
const evalRows = 128

// evaluate builds r's model on the CPU with params and scores it on eval.
func evaluate(r *Recipe, params []float32, eval any) (nn.Metrics, error) {
	be, err := gpu.OpenCPU(gpu.DefaultParams())
	if err != nil {
		return nn.Metrics{}, err
	}
	defer be.Close()
	model, err := nn.New(be, r.Model, evalRows)
	if err != nil {
		return nn.Metrics{}, err
	}
	defer model.Close()
	if err := model.SetParams(params); err != nil {
		return nn.Metrics{}, err
	}
	return train.Evaluate(model, eval)
}

// paramsBytes is the parameters as little-endian float32 words: the bytes
// whose keccak256 is train.ParamsHash, and the model blob a member serves.
func paramsBytes(params []float32) []byte {
	b := make([]byte, 4*len(params))
	for i, v := range params {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

// paramsFrom decodes paramsBytes.
func paramsFrom(b []byte) ([]float32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("node: model blob of %d bytes is not float32 words", len(b))
	}
	out := make([]float32, len(b)/4)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out, nil
}
