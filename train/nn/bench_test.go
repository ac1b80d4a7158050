package nn

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkCharLMStep times one forward and backward pass of the demo's
// character-level transformer on the CPU backend.
func BenchmarkCharLMStep(b *testing.B) {
	be := cpu(b)
	spec := NewTransformer(TransformerSpec{Vocab: 84, Context: 32, Dim: 32, Heads: 4, Layers: 2})
	m, err := New(be, spec, 8)
	if err != nil {
		b.Fatal(err)
	}
	m.Init(1)
	rng := rand.New(rand.NewPCG(1, 1))
	batch := Batch{Rows: 8}
	for i := 0; i < 8*32; i++ {
		batch.Tokens = append(batch.Tokens, int32(rng.IntN(84)))
		batch.Labels = append(batch.Labels, int32(rng.IntN(84)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.LossAndGrad(batch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDigitsMLPStep times the digits MLP at a batch of 128.
func BenchmarkDigitsMLPStep(b *testing.B) {
	be := cpu(b)
	m, err := New(be, NewMLP(64, []int{256}, 10), 128)
	if err != nil {
		b.Fatal(err)
	}
	m.Init(1)
	rng := rand.New(rand.NewPCG(1, 1))
	batch := Batch{Rows: 128, X: fillUniform(rng, 128*64, 1)}
	for i := 0; i < 128; i++ {
		batch.Labels = append(batch.Labels, int32(i%10))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.LossAndGrad(batch); err != nil {
			b.Fatal(err)
		}
	}
}
