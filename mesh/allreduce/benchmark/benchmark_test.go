package benchmark

import (
	"context"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/mesh/allreduce/codec"
)

// TestRunSmall runs the whole benchmark on a small tensor: it must finish,
// and report consistent figures (no wall-clock assertion).
func TestRunSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	p := DefaultParams()
	p.Peers, p.Bytes, p.Iterations, p.Warmup = 3, 1<<20, 2, 0
	p.ChunkBytes = 64 << 10
	p.Compression = codec.FP16
	p.LaneConns, p.UnbatchedTLS = true, true
	r, err := Run(ctx, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", r)
	if r.LinkBytes != (1<<20)*4/3 || r.BusBW <= 0 || r.RingLibp2p <= 0 || r.RingTCP <= 0 || r.RingLaneConns <= 0 || r.RingUnbatched <= 0 || !r.TLSBatchWrites {
		t.Fatalf("inconsistent result %+v", r)
	}
	if got := r.BusBW / r.AlgBW; got < 1.33 || got > 1.34 {
		t.Fatalf("busbw/algbw = %v; want 2(N-1)/N = 1.333", got)
	}
}

func TestParamsValidate(t *testing.T) {
	for _, edit := range []func(*Params){
		func(p *Params) { p.Peers = 1 },
		func(p *Params) { p.Bytes = 6 },
		func(p *Params) { p.Iterations = 0 },
		func(p *Params) { p.Warmup = -1 },
		func(p *Params) { p.Transport.YamuxMessageBytes = 1 },
	} {
		p := DefaultParams()
		edit(&p)
		if err := p.Validate(); err == nil {
			t.Errorf("accepted %+v", p)
		}
	}
}
