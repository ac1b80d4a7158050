package node

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/auction/wire"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
)

// newTestNode starts (but does not run) a node on 127.0.0.1.
func newTestNode(t *testing.T, seed string, edit func(*Config)) *Node {
	t.Helper()
	cfg := DefaultConfig(filepath.Join(t.TempDir(), seed))
	cfg.Mesh = mesh.LocalParams()
	cfg.Auction = testAuctionConfig()
	if edit != nil {
		edit(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	n, err := New(ctx, cfg, identity.FromSeed([]byte(seed)), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.host.Close() })
	return n
}

// gossip wraps data as a message authored by key.
func gossip(key *identity.Key, data []byte) *mesh.Message {
	return &mesh.Message{Author: key.PeerID(), ReceivedFrom: key.PeerID(), Data: data}
}

func TestAuctionValidators(t *testing.T) {
	n := newTestNode(t, "validator-node", nil)
	a := n.auc
	posterKey, bidderKey := identity.FromSeed([]byte("v-poster")), identity.FromSeed([]byte("v-bidder"))
	now := time.Now()
	job, err := a.cfg.Params.NewJob(auction.JobAnnounce{
		Poster: wire.Address(posterKey.Address()), GroupSize: 1, MinVRAMBytes: 8 << 30, Steps: 10, Budget: big.NewInt(1000),
		CommitDeadlineMs: uint64(now.Add(3 * time.Second).UnixMilli()), RevealDeadlineMs: uint64(now.Add(6 * time.Second).UnixMilli()), Nonce: 1,
	}, uint64(now.UnixMilli()))
	if err != nil {
		t.Fatal(err)
	}
	sign := func(key *identity.Key, codec *wire.Codec, m auction.Message) []byte {
		_, data, err := codec.Sign(key, m)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	codec := a.codec
	annData := sign(posterKey, codec, job)
	commit := &auction.BidCommit{JobID: job.JobID, Bidder: wire.Address(bidderKey.Address()), Commitment: auction.Hash{1}}
	commitData := sign(bidderKey, codec, commit)
	otherDomain := wire.NewCodec(auction.Domain{ChainID: 10}, 64)
	badSig := append([]byte{}, commitData...)
	badSig[len(badSig)-10] ^= 1
	stale := *job
	stale.CommitDeadlineMs, stale.RevealDeadlineMs = uint64(now.Add(-time.Second).UnixMilli()), uint64(now.Add(5*time.Second).UnixMilli())
	otherJob := &auction.BidCommit{JobID: auction.Hash{9}, Bidder: commit.Bidder, Commitment: auction.Hash{1}}
	reveal := &auction.BidReveal{JobID: job.JobID, Bidder: commit.Bidder, PricePerStep: big.NewInt(1)}

	class := auction.Class(job.MinVRAMBytes)
	annV := a.validateAnnounce(class)
	tests := []struct {
		name string
		v    mesh.Validator
		msg  *mesh.Message
		want mesh.Outcome
	}{
		{"announcement", annV, gossip(posterKey, annData), mesh.Accept},
		{"announcement on the wrong class", a.validateAnnounce("vram80g"), gossip(posterKey, annData), mesh.Reject},
		{"announcement relayed under another author", annV, gossip(bidderKey, annData), mesh.Reject},
		{"stale announcement", annV, gossip(posterKey, sign(posterKey, codec, &stale)), mesh.Ignore},
		{"commit on a class topic", annV, gossip(bidderKey, commitData), mesh.Reject},
		{"garbage", annV, gossip(posterKey, []byte("hello")), mesh.Reject},
		{"commit", a.validateJob(job), gossip(bidderKey, commitData), mesh.Accept},
		{"bad signature", a.validateJob(job), gossip(bidderKey, badSig), mesh.Reject},
		{"signed under another domain", a.validateJob(job), gossip(bidderKey, sign(bidderKey, otherDomain, commit)), mesh.Reject},
		{"oversized", a.validateJob(job), gossip(bidderKey, make([]byte, codec.MaxBytes()+1)), mesh.Reject},
		{"commit for another job", a.validateJob(job), gossip(bidderKey, sign(bidderKey, codec, otherJob)), mesh.Reject},
		{"announcement on a job topic", a.validateJob(job), gossip(posterKey, annData), mesh.Reject},
		{"reveal before the commit deadline", a.validateJob(job), gossip(bidderKey, sign(bidderKey, codec, reveal)), mesh.Ignore},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.v != nil && tt.msg != nil && tt.name != "announcement" {
				a.known[job.JobID] = job // from here on the job is followed
			}
			if got := tt.v(context.Background(), tt.msg); got != tt.want {
				t.Errorf("outcome %v; want %v", got, tt.want)
			}
		})
	}
	t.Run("unknown job", func(t *testing.T) {
		delete(a.known, job.JobID)
		defer func() { a.known[job.JobID] = job }()
		if got := a.validateJob(job)(context.Background(), gossip(bidderKey, commitData)); got != mesh.Ignore {
			t.Errorf("outcome %v; want ignore", got)
		}
	})
	t.Run("late commit", func(t *testing.T) {
		late := *job
		late.CommitDeadlineMs = uint64(now.Add(-time.Second).UnixMilli())
		if got := a.validateJob(&late)(context.Background(), gossip(bidderKey, commitData)); got != mesh.Ignore {
			t.Errorf("outcome %v; want ignore", got)
		}
	})
}

// TestValidatorFloodFromOnePeer: a peer sending many valid-looking
// messages is ignored beyond its burst, while another peer's messages still
// pass.
func TestValidatorFloodFromOnePeer(t *testing.T) {
	n := newTestNode(t, "flood-node", nil)
	a := n.auc
	posterKey := identity.FromSeed([]byte("f-poster"))
	now := time.Now()
	job, err := a.cfg.Params.NewJob(auction.JobAnnounce{
		Poster: wire.Address(posterKey.Address()), GroupSize: 1, Steps: 10, Budget: big.NewInt(1000),
		CommitDeadlineMs: uint64(now.Add(time.Minute).UnixMilli()), RevealDeadlineMs: uint64(now.Add(2 * time.Minute).UnixMilli()), Nonce: 1,
	}, uint64(now.UnixMilli()))
	if err != nil {
		t.Fatal(err)
	}
	a.known[job.JobID] = job
	v := a.validateJob(job)
	flooder, honest := identity.FromSeed([]byte("flooder")), identity.FromSeed([]byte("honest"))
	msgOf := func(key *identity.Key, i int) *mesh.Message {
		_, data, err := a.codec.Sign(key, &auction.BidCommit{JobID: job.JobID, Bidder: wire.Address(key.Address()), Commitment: auction.Hash{byte(i), byte(i >> 8)}})
		if err != nil {
			t.Fatal(err)
		}
		return gossip(key, data)
	}
	const flood = 500
	accepted := 0
	for i := range flood {
		if v(context.Background(), msgOf(flooder, i)) == mesh.Accept {
			accepted++
		}
	}
	// The flood takes far less than a second here, so little more than the
	// burst gets through; the bound allows for a slow machine.
	if accepted < a.cfg.RateBurst || accepted > a.cfg.RateBurst+flood/10 {
		t.Errorf("%d of %d flooded messages accepted; want about the burst, %d", accepted, flood, a.cfg.RateBurst)
	}
	if got := v(context.Background(), msgOf(honest, 0)); got != mesh.Accept {
		t.Errorf("an honest peer's message during the flood: %v", got)
	}
	t.Log(fmt.Sprintf("flood: %d of %d accepted", accepted, flood))
}
