package mesh

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh/frame"
)

// newLocalHost starts a host on 127.0.0.1 with discovery off (unless the
// caller's edit turns some on) and closes it when the test ends.
func newLocalHost(t *testing.T, seed string, edit func(*Params)) *Host {
	t.Helper()
	p := LocalParams()
	if edit != nil {
		edit(&p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	h, err := New(ctx, identity.FromSeed([]byte(seed)).LibP2P(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	for _, a := range h.Addrs() {
		if !strings.HasPrefix(a.String(), "/ip4/127.0.0.1/") {
			t.Fatalf("host listens on %s; tests must stay on 127.0.0.1", a)
		}
	}
	return h
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestGossipWithValidators(t *testing.T) {
	ctx := testCtx(t)
	a := newLocalHost(t, "gossip-a", nil)
	boot := a.FullAddrs()
	b := newLocalHost(t, "gossip-b", func(p *Params) { p.Bootstrap = boot })
	c := newLocalHost(t, "gossip-c", func(p *Params) { p.Bootstrap = boot })

	firstReject := make(chan struct{})
	var rejectOnce sync.Once
	validate := func(_ context.Context, m *Message) Outcome {
		switch {
		case bytes.HasPrefix(m.Data, []byte("forged")):
			rejectOnce.Do(func() { close(firstReject) })
			return Reject
		case bytes.HasPrefix(m.Data, []byte("late")):
			return Ignore
		}
		m.Decoded = strings.ToUpper(string(m.Data))
		return Accept
	}
	// b plays a malicious publisher: its own validator passes everything, so
	// the drops below happen at a and c, as they would for a remote attacker.
	acceptAll := func(context.Context, *Message) Outcome { return Accept }
	var topics []*Topic
	for _, h := range []*Host{a, b, c} {
		v := validate
		if h == b {
			v = acceptAll
		}
		top, err := h.Join("test/v1", v)
		if err != nil {
			t.Fatal(err)
		}
		topics = append(topics, top)
	}
	if _, err := a.Join("test/v1", nil); !errors.Is(err, ErrTopicJoined) {
		t.Fatalf("second Join: err = %v; want ErrTopicJoined", err)
	}
	// a relays between b and c, so its mesh must hold both before b speaks.
	for i, n := range []int{2, 1, 1} {
		if err := topics[i].WaitMesh(ctx, n); err != nil {
			t.Fatalf("host %d mesh: %v (has %v)", i, err, topics[i].MeshPeers())
		}
	}

	// Dropped messages are published first: if a validator let one through,
	// it would be delivered before the good one and fail the check below.
	for _, data := range []string{"forged bid", "late reveal", "hello from b"} {
		if err := topics[1].Publish(ctx, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range []int{0, 2} {
		m, err := topics[i].Next(ctx)
		if err != nil {
			t.Fatalf("host %d: %v (topic peers %v)", i, err, topics[i].Peers())
		}
		if string(m.Data) != "hello from b" || m.Author != b.ID() || m.Decoded != "HELLO FROM B" {
			t.Errorf("host %d got %q from %s (decoded %v); want the accepted message from b", i, m.Data, m.Author, m.Decoded)
		}
	}
	// Validation runs on a pool of goroutines, so the forged message may be
	// judged after the good one was delivered: wait for it.
	select {
	case <-firstReject:
	case <-ctx.Done():
		t.Fatal("the forged message never reached a validator")
	}
	// A node's own validator also runs on what it publishes.
	if err := topics[0].Publish(ctx, []byte("forged by a")); err == nil {
		t.Error("a published a message its own validator rejects")
	}
}

func TestRequestResponse(t *testing.T) {
	ctx := testCtx(t)
	srv := newLocalHost(t, "req-server", nil)
	cli := newLocalHost(t, "req-client", func(p *Params) { p.Bootstrap = srv.FullAddrs() })
	const proto = "/trainmesh/test-echo/1.0.0"
	srv.HandleRequests(proto, 64, 5*time.Second, func(_ context.Context, from peer.ID, req []byte) ([]byte, error) {
		if string(req) == "fail" {
			return nil, errors.New("refused: fail requested")
		}
		return append([]byte(from.String()[:4]+":"), req...), nil
	})

	got, err := cli.Request(ctx, srv.ID(), proto, []byte("ping"), 64)
	if err != nil {
		t.Fatal(err)
	}
	if want := cli.ID().String()[:4] + ":ping"; string(got) != want {
		t.Fatalf("Request = %q; want %q", got, want)
	}

	var remote *RemoteError
	if _, err := cli.Request(ctx, srv.ID(), proto, []byte("fail"), 64); !errors.As(err, &remote) || !strings.Contains(remote.Text, "refused") {
		t.Fatalf("handler error: err = %v; want RemoteError with the handler's text", err)
	}

	// An oversized frame resets that stream and nothing else.
	if _, err := cli.Request(ctx, srv.ID(), proto, bytes.Repeat([]byte("x"), 65), 64); err == nil {
		t.Fatal("oversized request was served")
	}
	// A hand-made frame header claiming 4 GiB is refused before allocation.
	s, err := cli.NewStream(ctx, srv.ID(), proto)
	if err != nil {
		t.Fatal(err)
	}
	s.Write([]byte{0xff, 0xff, 0xff, 0xff})
	s.CloseWrite()
	if _, err := frame.Read(s, nil, 64); err == nil {
		t.Fatal("server answered a 4 GiB frame header")
	}
	s.Close()
	if got, err := cli.Request(ctx, srv.ID(), proto, []byte("still there?"), 64); err != nil || !strings.HasSuffix(string(got), "still there?") {
		t.Fatalf("server after bad frames: %q, %v", got, err)
	}

	// A response over the client's limit is refused.
	if _, err := cli.Request(ctx, srv.ID(), proto, []byte(strings.Repeat("y", 60)), 8); err == nil {
		t.Fatal("client accepted a response over its limit")
	}
}

// TestDHTDiscovery: two hosts that know only a bootstrap node find each other
// through the DHT rendezvous, under trainmesh's own protocol prefix.
func TestDHTDiscovery(t *testing.T) {
	ctx := testCtx(t)
	server := func(p *Params) { p.DHT, p.DHTMode = true, "server" }
	boot := newLocalHost(t, "dht-boot", server)
	addrs := boot.FullAddrs()
	withBoot := func(p *Params) { server(p); p.Bootstrap = addrs }
	b := newLocalHost(t, "dht-b", withBoot)
	c := newLocalHost(t, "dht-c", withBoot)

	for b.Network().Connectedness(c.ID()) != network.Connected {
		select {
		case <-ctx.Done():
			t.Fatal("b and c never found each other through the DHT")
		case <-time.After(50 * time.Millisecond):
		}
	}
	for _, p := range b.Mux().Protocols() {
		if strings.HasPrefix(string(p), "/ipfs/kad") {
			t.Fatalf("host speaks the public IPFS DHT protocol %s", p)
		}
	}
}

func TestParamsValidate(t *testing.T) {
	id := identity.FromSeed([]byte("v")).PeerID()
	tests := []struct {
		name string
		edit func(*Params)
		want string // substring of the error; "" for valid
	}{
		{"defaults", func(*Params) {}, ""},
		{"no listen", func(p *Params) { p.ListenAddrs = nil }, "no listen address"},
		{"bad listen", func(p *Params) { p.ListenAddrs = []string{"tcp:4001"} }, "bad address"},
		{"bootstrap without peer ID", func(p *Params) { p.Bootstrap = []string{"/ip4/127.0.0.1/tcp/1"} }, "bad peer address"},
		{"good bootstrap", func(p *Params) { p.Bootstrap = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/1/p2p/%s", id)} }, ""},
		{"security", func(p *Params) { p.Security = "plaintext" }, "want tls or noise"},
		{"watermarks", func(p *Params) { p.ConnsLow, p.ConnsHigh = 10, 5 }, "watermarks"},
		{"gossip size", func(p *Params) { p.MaxGossipBytes = 1 << 30 }, "max gossip size"},
		{"dht mode", func(p *Params) { p.DHTMode = "public" }, "DHT mode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := LocalParams()
			tt.edit(&p)
			err := p.Validate()
			if tt.want == "" && err != nil {
				t.Fatalf("Validate() = %v; want nil", err)
			}
			if tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Fatalf("Validate() = %v; want error containing %q", err, tt.want)
			}
		})
	}
}

// TestWaitPeers: a topic's WaitPeers returns once another host subscribes
// (woken by pubsub's join event, not a poll), and with the context's error
// when nobody does.
func TestWaitPeers(t *testing.T) {
	ctx := testCtx(t)
	a := newLocalHost(t, "waitpeers-a", nil)
	ta, err := a.Join("test/waitpeers", nil)
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := ta.WaitPeers(short, 1); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitPeers with no subscriber = %v; want the context's deadline", err)
	}
	joined := make(chan error, 1)
	go func() { joined <- ta.WaitPeers(ctx, 1) }()
	b := newLocalHost(t, "waitpeers-b", func(p *Params) { p.Bootstrap = a.FullAddrs() })
	if _, err := b.Join("test/waitpeers", nil); err != nil {
		t.Fatal(err)
	}
	if err := <-joined; err != nil {
		t.Fatalf("WaitPeers after b joined = %v (peers %v, connected %v)", err, ta.Peers(), a.Network().Peers())
	}
	if got := ta.Peers(); len(got) != 1 || got[0] != b.ID() {
		t.Fatalf("a's topic peers = %v; want [%s]", got, b.ID())
	}
}
