package node

import (
	"bytes"
	"errors"
	"testing"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/train"
	"github.com/trainmesh/trainmesh/train/nn"
)

func testRecipe() *Recipe {
	return &Recipe{Model: nn.NewMLP(64, []int{32}, 10), DatasetRoot: auction.Hash{1}, Backend: ModeRepro, Steps: 40, BatchSize: 16,
		Optimizer: train.AdamW(2e-3), Schedule: train.Schedule{Kind: train.ScheduleCosine, WarmupSteps: 2, MinFactor: 0.1}, Seed: 1, HashEvery: 10}
}

func TestRecipeRoundTrip(t *testing.T) {
	r := testRecipe()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(r.Encode(), []byte("compression")) || bytes.Contains(r.Encode(), []byte("outer")) || bytes.Contains(r.Encode(), []byte("ring_order")) {
		t.Errorf("an uncompressed recipe names compression (its hash would change): %s", r.Encode())
	}
	got, err := DecodeRecipe(r.Encode(), r.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != r.Hash() {
		t.Errorf("decoded recipe hashes to %s; want %s", got.Hash().Short(), r.Hash().Short())
	}
	if _, err := DecodeRecipe(r.Encode(), auction.Hash{2}); !errors.Is(err, ErrRecipe) {
		t.Errorf("a recipe under another hash: %v; want ErrRecipe", err)
	}
	// Compressed DiLoCo trains on nodes: its recipe names the scheme and
	// keeps it through the round trip.
	c := testRecipe()
	c.LocalSteps, c.Compression = 5, "topk:0.01+int4"
	if got, err := DecodeRecipe(c.Encode(), c.Hash()); err != nil || got.Compression != c.Compression || !got.params(0).Compression.On() {
		t.Errorf("a compressed recipe: %+v, %v", got, err)
	}
	// Top-k with plain averaging: the outer step's settings reach the
	// members' parameters, momentum 0 included.
	zero := float32(0)
	c.OuterLR, c.OuterMomentum = 1, &zero
	if got, err := DecodeRecipe(c.Encode(), c.Hash()); err != nil || got.params(1).OuterLR != 1 || got.params(1).OuterMomentum != 0 {
		t.Errorf("a recipe averaging its outer steps: %+v, %v", got, err)
	}
	// Overlapped DiLoCo trains on nodes, its receipts at outer steps.
	o := testRecipe()
	o.LocalSteps, o.Overlap = 5, true
	// Standbys join it at receipt periods' ends only (a join-point
	// rule), and so does a restarted member rejoin it.
	if got, err := DecodeRecipe(o.Encode(), o.Hash()); err != nil || !got.params(0).Overlap || got.joinPoint() == nil || !rejoinable(got) {
		t.Errorf("an overlapped recipe: %+v, %v", got, err)
	}
	// A measured ring order is part of the recipe, and so of its hash.
	m := testRecipe()
	m.RingOrder = RingMeasured
	if got, err := DecodeRecipe(m.Encode(), m.Hash()); err != nil || !got.measuredOrder() || got.Hash() == testRecipe().Hash() {
		t.Errorf("a recipe with a measured ring order: %+v, %v", got, err)
	}
	if p := testRecipe().params(0); p.OuterLR != 0.7 || p.OuterMomentum != 0.9 {
		t.Errorf("default outer step LR %v, momentum %v; want DiLoCo's 0.7 and 0.9", p.OuterLR, p.OuterMomentum)
	}
	one := float32(1)
	for name, bad := range map[string]func(r *Recipe){
		"receipts not dividing the steps":      func(r *Recipe) { r.HashEvery = 7 },
		"no receipts":                          func(r *Recipe) { r.HashEvery = 0 },
		"a backend, not a mode":                func(r *Recipe) { r.Backend = "cuda" },
		"fast mode":                            func(r *Recipe) { r.Backend = "fast" },
		"no mode":                              func(r *Recipe) { r.Backend = "" },
		"no steps":                             func(r *Recipe) { r.Steps = 0 },
		"bad optimizer":                        func(r *Recipe) { r.Optimizer.Kind = "adagrad" },
		"bad model":                            func(r *Recipe) { r.Model.MLP.Classes = 1 },
		"compression that does not parse":      func(r *Recipe) { r.LocalSteps, r.Compression = 5, "int3" },
		"compression without local steps":      func(r *Recipe) { r.Compression = "int4" },
		"overlap without local steps":          func(r *Recipe) { r.Overlap = true },
		"overlap with compression":             func(r *Recipe) { r.LocalSteps, r.Overlap, r.Compression = 5, true, "int4" },
		"overlap, receipts not at outer steps": func(r *Recipe) { r.LocalSteps, r.Overlap, r.HashEvery = 4, true, 10 },
		"outer LR without local steps":         func(r *Recipe) { r.OuterLR = 1 },
		// Award order is written as no ring order at all, so that it
		// hashes as recipes did before the field.
		"award order written out": func(r *Recipe) { r.RingOrder = RingAward },
		"unknown ring order":      func(r *Recipe) { r.RingOrder = "fastest" },
		"outer momentum of 1":     func(r *Recipe) { r.LocalSteps, r.OuterMomentum = 5, &one },
		"negative outer LR":       func(r *Recipe) { r.LocalSteps, r.OuterLR = 5, -1 },
	} {
		r := testRecipe()
		bad(r)
		if _, err := DecodeRecipe(r.Encode(), r.Hash()); !errors.Is(err, ErrRecipe) {
			t.Errorf("%s: %v; want ErrRecipe", name, err)
		}
	}
}

// TestRecipeOldModeName: "cpu", reproducible mode's old name, still
// decodes, and keeps the hash it had, so jobs announced before the rename
// stay trainable; both names train the same way.
func TestRecipeOldModeName(t *testing.T) {
	for _, mode := range []string{ModeRepro, "cpu"} {
		r := testRecipe()
		r.Backend = mode
		got, err := DecodeRecipe(r.Encode(), r.Hash())
		if err != nil {
			t.Fatalf("%q: %v", mode, err)
		}
		if got.Backend != mode || got.Hash() != r.Hash() {
			t.Errorf("%q: decoded as %q hashing to %s, want the same recipe", mode, got.Backend, got.Hash().Short())
		}
	}
}

// FuzzDecodeRecipe: a recipe comes from a peer (any holder may serve it);
// the decoder never panics, and what it accepts re-encodes to a valid,
// self-consistent recipe.
func FuzzDecodeRecipe(f *testing.F) {
	good := testRecipe().Encode()
	f.Add(good)
	// The ring order and overlap fields, set.
	seeded := testRecipe()
	seeded.LocalSteps, seeded.Overlap, seeded.RingOrder = 5, true, RingMeasured
	f.Add(seeded.Encode())
	f.Add([]byte(`{"model":{"kind":"mlp"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeRecipe(data, keccak(data))
		if err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("accepted an invalid recipe: %v", err)
		}
	})
}
