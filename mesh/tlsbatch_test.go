package mesh

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	libp2ptls "github.com/libp2p/go-libp2p/p2p/security/tls"

	"github.com/trainmesh/trainmesh/identity"
)

// recordingConn records each Write it is given, as one send.
type recordingConn struct {
	net.Conn
	sends [][]byte
	fail  error
}

func (c *recordingConn) Write(p []byte) (int, error) {
	if c.fail != nil {
		return 0, c.fail
	}
	c.sends = append(c.sends, bytes.Clone(p))
	return len(p), nil
}

func records(n, size int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = bytes.Repeat([]byte{byte(i)}, size)
	}
	return out
}

func TestBatchingConnOneSendPerBatch(t *testing.T) {
	rec := &recordingConn{}
	c := &batchingConn{Conn: rec}
	// Outside a batch, a write goes straight out.
	if _, err := c.Write([]byte("handshake")); err != nil {
		t.Fatal(err)
	}
	// A 256 KiB frame: 17 records, one send.
	recs := records(17, 16<<10+22)
	c.begin(len(recs) * len(recs[0]))
	for _, r := range recs {
		if _, err := c.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if len(rec.sends) != 1 {
		t.Fatalf("%d sends before the batch ended; want only the handshake's", len(rec.sends))
	}
	if err := c.end(); err != nil {
		t.Fatal(err)
	}
	if len(rec.sends) != 2 || !bytes.Equal(rec.sends[1], bytes.Join(recs, nil)) {
		t.Fatalf("%d sends; want the handshake, then the 17 records in order in one", len(rec.sends))
	}
	if c.pending != nil {
		t.Fatal("the batch's buffer is kept after it ended")
	}
}

func TestBatchingConnSplitsAtLimit(t *testing.T) {
	rec := &recordingConn{}
	c := &batchingConn{Conn: rec}
	recs := records(100, 16<<10+22) // ~1.6 MiB
	c.begin(100 * (16<<10 + 22))
	for _, r := range recs {
		if _, err := c.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.end(); err != nil {
		t.Fatal(err)
	}
	if len(rec.sends) != 2 {
		t.Fatalf("%d sends for 1.6 MiB; want 2 (at most 1 MiB held)", len(rec.sends))
	}
	for _, s := range rec.sends {
		if len(s) > batchedTLSWriteLimit {
			t.Fatalf("a send of %d bytes; want at most %d", len(s), batchedTLSWriteLimit)
		}
	}
	if got := bytes.Join(rec.sends, nil); !bytes.Equal(got, bytes.Join(recs, nil)) {
		t.Fatal("records out of order or lost across the split")
	}
}

// TestBatchingConnNestedBatches: a record TLS writes from another
// goroutine while a batch is open (a key-update answer) leaves with that
// batch, in order, and nothing is held once the last batch ends.
func TestBatchingConnNestedBatches(t *testing.T) {
	rec := &recordingConn{}
	c := &batchingConn{Conn: rec}
	c.begin(1 << 10)
	_, _ = c.Write([]byte("a"))
	c.begin(1 << 10)
	_, _ = c.Write([]byte("b"))
	if err := c.end(); err != nil {
		t.Fatal(err)
	}
	_, _ = c.Write([]byte("c"))
	if err := c.end(); err != nil {
		t.Fatal(err)
	}
	if got := bytes.Join(rec.sends, nil); string(got) != "abc" {
		t.Fatalf("sent %q; want \"abc\"", got)
	}
	if c.pending != nil || c.batches != 0 {
		t.Fatal("state held after the last batch ended")
	}
}

func TestBatchingConnFailedSendIsFinal(t *testing.T) {
	broken := errors.New("broken pipe")
	rec := &recordingConn{fail: broken}
	c := &batchingConn{Conn: rec}
	c.begin(1 << 10)
	_, _ = c.Write([]byte("record"))
	if err := c.end(); !errors.Is(err, broken) {
		t.Fatalf("end() = %v; want the send's error", err)
	}
	rec.fail = nil
	if _, err := c.Write([]byte("more")); !errors.Is(err, broken) {
		t.Fatalf("Write after a failed send = %v; want the same error (a record may be half sent)", err)
	}
	if len(rec.sends) != 0 {
		t.Fatal("wrote after a failed send")
	}
}

// TestBatchedTLSInterop runs streams of many sizes both ways between a
// host that batches TLS records and one that runs go-libp2p's TLS as it
// is, and between two that batch: every byte arrives, in order, and both
// sides negotiated the standard TLS protocol.
func TestBatchedTLSInterop(t *testing.T) {
	mk := func(seed string, batch bool) *Host {
		p := LocalParams()
		p.Transport.TLSBatchWrites = batch
		h, err := New(context.Background(), identity.FromSeed([]byte(seed)).LibP2P(), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h
	}
	const proto protocol.ID = "/trainmesh/test/tlsbatch/1.0.0"
	echoDigest := func(s network.Stream) {
		d := sha256.New()
		_, _ = io.Copy(d, s)
		_, _ = s.Write(d.Sum(nil))
		_ = s.Close()
	}
	batched, plain, batched2 := mk("tlsbatch-a", true), mk("tlsbatch-b", false), mk("tlsbatch-c", true)
	for _, h := range []*Host{batched, plain, batched2} {
		h.SetStreamHandler(proto, echoDigest)
	}
	sizes := []int{1, 100, 16 << 10, 16<<10 + 1, 256 << 10, 1 << 20, 3<<20 + 7}
	for _, pair := range []struct {
		name     string
		src, dst *Host
		batches  bool // the sender's streams go out in batches
	}{
		{"batched to plain", batched, plain, true},
		{"plain to batched", plain, batched, false},
		{"batched to batched", batched, batched2, true},
	} {
		t.Run(pair.name, func(t *testing.T) {
			sendsBefore := batchedSends.Load()
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			if err := pair.src.Host.Connect(ctx, peer.AddrInfo{ID: pair.dst.ID(), Addrs: pair.dst.Addrs()}); err != nil {
				t.Fatal(err)
			}
			for _, c := range pair.src.Network().ConnsToPeer(pair.dst.ID()) {
				if got := c.ConnState().Security; got != libp2ptls.ID {
					t.Fatalf("negotiated %q; want %q", got, libp2ptls.ID)
				}
			}
			// Concurrent streams on one connection, each written in
			// pieces of random size (small writes bypass the batch).
			var wg sync.WaitGroup
			errs := make(chan error, len(sizes))
			for i, size := range sizes {
				wg.Add(1)
				go func() {
					defer wg.Done()
					errs <- sendAndCheck(ctx, pair.src, pair.dst.ID(), proto, size, uint64(i))
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Error(err)
				}
			}
			// Only the bulk sender batches (the digests sent back are one
			// record each), so the count moves exactly when it should.
			if moved := batchedSends.Load() > sendsBefore; moved != pair.batches {
				t.Errorf("batched sends happened: %v; want %v", moved, pair.batches)
			}
		})
	}
}

// sendAndCheck writes size random bytes on a new stream and compares the
// digest the other side reads back.
func sendAndCheck(ctx context.Context, h *Host, to peer.ID, proto protocol.ID, size int, seed uint64) error {
	s, err := h.NewStream(ctx, to, proto)
	if err != nil {
		return err
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(seed, 7))
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	for rest := data; len(rest) > 0; {
		n := min(len(rest), 1+rng.IntN(600<<10))
		if _, err := s.Write(rest[:n]); err != nil {
			return fmt.Errorf("%d bytes: write: %w", size, err)
		}
		rest = rest[n:]
	}
	if err := s.CloseWrite(); err != nil {
		return err
	}
	got, err := io.ReadAll(s)
	if err != nil {
		return fmt.Errorf("%d bytes: read digest: %w", size, err)
	}
	if want := sha256.Sum256(data); !bytes.Equal(got, want[:]) {
		return fmt.Errorf("%d bytes: the receiver's digest differs", size)
	}
	return nil
}
