package train

import (
	"fmt"
	"math/rand/v2"

	"github.com/trainmesh/trainmesh/train/dataset"
	"github.com/trainmesh/trainmesh/train/nn"
)

// Sampler draws a member's training batches. Batch must be a pure
// function of its arguments, so that a resumed run draws the same batches
// as an uninterrupted one.
type Sampler interface {
	Batch(step int, rows int, dst *nn.Batch)
}

// TabularSampler draws examples without replacement: step s takes rows
// examples from position s·rows of an endless sequence of epochs, each
// epoch a fresh permutation seeded by (Seed, epoch).
type TabularSampler struct {
	Data *dataset.Tabular
	Seed uint64

	epoch int   // cached permutation's epoch, -1 for none
	perm  []int // of Data's examples
}

// NewTabularSampler returns a sampler over t.
func NewTabularSampler(t *dataset.Tabular, seed uint64) *TabularSampler {
	return &TabularSampler{Data: t, Seed: seed, epoch: -1}
}

func (s *TabularSampler) permutation(epoch int) []int {
	if epoch != s.epoch {
		rng := rand.New(rand.NewPCG(s.Seed, uint64(epoch)))
		s.perm = rng.Perm(s.Data.Len())
		s.epoch = epoch
	}
	return s.perm
}

// Batch implements Sampler.
func (s *TabularSampler) Batch(step int, rows int, dst *nn.Batch) {
	n, f := s.Data.Len(), s.Data.Features
	dst.Rows = rows
	dst.X = dst.X[:0]
	dst.Labels = dst.Labels[:0]
	dst.Tokens = nil
	for j := 0; j < rows; j++ {
		pos := step*rows + j
		i := s.permutation(pos / n)[pos%n]
		dst.X = append(dst.X, s.Data.X[i*f:(i+1)*f]...)
		dst.Labels = append(dst.Labels, s.Data.Y[i])
	}
}

// TextSampler draws rows windows of Context+1 tokens at offsets drawn
// from a PCG stream seeded by (Seed, step): the first Context are the
// input, the last Context the targets.
type TextSampler struct {
	Tokens  []int32
	Context int
	Seed    uint64
}

// Batch implements Sampler.
func (s *TextSampler) Batch(step int, rows int, dst *nn.Batch) {
	t := s.Context
	rng := rand.New(rand.NewPCG(s.Seed, uint64(step)))
	dst.Rows, dst.X = rows, nil
	dst.Tokens, dst.Labels = dst.Tokens[:0], dst.Labels[:0]
	for j := 0; j < rows; j++ {
		off := rng.IntN(len(s.Tokens) - t)
		dst.Tokens = append(dst.Tokens, s.Tokens[off:off+t]...)
		dst.Labels = append(dst.Labels, s.Tokens[off+1:off+t+1]...)
	}
}

// Evaluate runs the model over a whole held-out set in batches of up to
// the model's MaxRows: every example of a tabular set, or consecutive
// non-overlapping windows of a text.
func Evaluate(m *nn.Model, eval any) (nn.Metrics, error) {
	var total nn.Metrics
	rows := m.MaxRows()
	switch e := eval.(type) {
	case *dataset.Tabular:
		f := e.Features
		for start := 0; start < e.Len(); start += rows {
			end := min(start+rows, e.Len())
			met, err := m.Evaluate(nn.Batch{Rows: end - start, X: e.X[start*f : end*f], Labels: e.Y[start:end]})
			if err != nil {
				return total, err
			}
			total.Add(met)
		}
	case *dataset.Text:
		_, t, _ := m.Spec().LM()
		var b nn.Batch
		for off := 0; off+t+1 <= len(e.Tokens); {
			b.Rows, b.Tokens, b.Labels = 0, b.Tokens[:0], b.Labels[:0]
			for ; b.Rows < rows && off+t+1 <= len(e.Tokens); off += t {
				b.Tokens = append(b.Tokens, e.Tokens[off:off+t]...)
				b.Labels = append(b.Labels, e.Tokens[off+1:off+t+1]...)
				b.Rows++
			}
			met, err := m.Evaluate(b)
			if err != nil {
				return total, err
			}
			total.Add(met)
		}
	default:
		return total, fmt.Errorf("%w: evaluation set %T", ErrParams, eval)
	}
	return total, nil
}

// MemberSeed derives member's sampling seed from the job's seed, so that
// members draw different batches from their shards.
func MemberSeed(seed uint64, member int) uint64 {
	return seed*0x9e3779b97f4a7c15 + uint64(member)*0xbf58476d1ce4e5b9 + 1
}
