package mesh

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	relayclient "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/client"
	"github.com/libp2p/go-libp2p/p2p/protocol/holepunch"
	"github.com/multiformats/go-multiaddr"
)

func TestDialableAddrs(t *testing.T) {
	const relayID = "16Uiu2HAmPLe7Mzm8TsYUubgCAW1aJoeFScxrLj8ppHFivPo97bUZ"
	in := []string{
		"/ip4/127.0.0.1/tcp/4001",
		"/ip4/192.168.1.2/tcp/4001",
		"/ip4/10.1.2.3/udp/4001/quic-v1",
		"/ip4/169.254.3.4/tcp/4001",
		"/ip6/fe80::1/tcp/4001",
		"/ip6/::1/tcp/4001",
		"/ip4/198.51.100.7/tcp/4001", // documentation range: unroutable
		"/ip4/192.0.0.130/tcp/4001",  // public, on this machine's interface
		"/ip4/8.8.4.4/tcp/4001",      // public, observed (the NAT's outside)
		"/ip4/192.0.0.129/tcp/4001/p2p/" + relayID + "/p2p-circuit",
		"/dns4/relay.example.org/tcp/4001",
		"/dns4/printer.local/tcp/4001",
	}
	ifaces := map[string]bool{"127.0.0.1": true, "192.168.1.2": true, "192.0.0.130": true}
	circuit := "/ip4/192.0.0.129/tcp/4001/p2p/" + relayID + "/p2p-circuit"
	tests := []struct {
		name     string
		reach    network.Reachability
		explicit map[string]bool
		want     []string
	}{
		{"unknown", network.ReachabilityUnknown, nil,
			[]string{"/ip4/192.0.0.130/tcp/4001", circuit, "/dns4/relay.example.org/tcp/4001"}},
		{"public", network.ReachabilityPublic, nil,
			[]string{"/ip4/192.0.0.130/tcp/4001", "/ip4/8.8.4.4/tcp/4001", "/dns4/relay.example.org/tcp/4001"}},
		{"private", network.ReachabilityPrivate, nil,
			[]string{circuit, "/dns4/relay.example.org/tcp/4001"}},
		{"private, LAN address named in the listen addresses", network.ReachabilityPrivate, map[string]bool{"192.168.1.2": true},
			[]string{"/ip4/192.168.1.2/tcp/4001", circuit, "/dns4/relay.example.org/tcp/4001"}},
		{"loopback only, named", network.ReachabilityUnknown, map[string]bool{"127.0.0.1": true},
			[]string{"/ip4/127.0.0.1/tcp/4001", "/ip4/192.0.0.130/tcp/4001", circuit, "/dns4/relay.example.org/tcp/4001"}},
	}
	var addrs []multiaddr.Multiaddr
	for _, s := range in {
		addrs = append(addrs, multiaddr.StringCast(s))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := dialableAddrs(slices.Clone(addrs), addrView{reach: tc.reach, explicit: tc.explicit, ifaces: ifaces})
			var got []string
			for _, a := range out {
				got = append(got, a.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("dialableAddrs(%v) =\n  %q\nwant\n  %q", tc.reach, got, tc.want)
			}
		})
	}
}

func TestRelayOf(t *testing.T) {
	const r = "16Uiu2HAmPLe7Mzm8TsYUubgCAW1aJoeFScxrLj8ppHFivPo97bUZ"
	for _, tc := range []struct{ addr, want string }{
		{"/ip4/1.2.3.4/tcp/4001/p2p/" + r + "/p2p-circuit", r},
		{"/ip4/1.2.3.4/udp/4001/quic-v1/p2p/" + r + "/p2p-circuit", r},
		{"/ip4/1.2.3.4/tcp/4001/p2p/" + r, ""},
		{"/ip4/1.2.3.4/tcp/4001", ""},
	} {
		if got := relayOf(multiaddr.StringCast(tc.addr)); got != tc.want {
			t.Errorf("relayOf(%s) = %q; want %q", tc.addr, got, tc.want)
		}
	}
}

func TestNATParamsValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Params)
		want string // substring of the error; "" for none
	}{
		{"defaults", func(*Params) {}, ""},
		{"public", func(p *Params) { p.Reachability = "public" }, ""},
		{"bad reachability", func(p *Params) { p.Reachability = "sometimes" }, "reachability"},
		{"bad advertise", func(p *Params) { p.Advertise = "some" }, "advertise"},
		{"private without relays", func(p *Params) { p.Reachability = "private"; p.RelayClient = false }, "relay client"},
		{"static relays without client", func(p *Params) {
			p.RelayClient = false
			p.StaticRelays = []string{"/ip4/1.2.3.4/tcp/4001/p2p/16Uiu2HAmPLe7Mzm8TsYUubgCAW1aJoeFScxrLj8ppHFivPo97bUZ"}
		}, "static relays"},
		{"no relays wanted", func(p *Params) { p.RelaysWanted = 0 }, "relays wanted"},
		{"tiny relay data", func(p *Params) { p.RelayLimits.DataBytes = 100 }, "relay data limit"},
		{"short relay duration", func(p *Params) { p.RelayLimits.Duration = time.Second }, "relay duration"},
		{"relay limits unchecked when not relaying", func(p *Params) { p.RelayService = false; p.RelayLimits = RelayLimits{} }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.edit(&p)
			err := p.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Validate() = %v; want nil", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Validate() = %v; want an error about %q", err, tc.want)
			}
		})
	}
}

// hasProtocol reports whether h serves proto.
func hasProtocol(h *Host, proto protocol.ID) bool {
	return slices.Contains(h.Mux().Protocols(), proto)
}

// TestLocalParamsHaveNoNATMachinery: tests and the demo run on LocalParams
// and must not relay, punch holes or serve AutoNAT, which would dial out.
func TestLocalParamsHaveNoNATMachinery(t *testing.T) {
	h := newLocalHost(t, "nat-local", nil)
	for _, proto := range []protocol.ID{relayHopProtocol, "/libp2p/dcutr", "/libp2p/autonat/1.0.0"} {
		if hasProtocol(h, proto) {
			t.Errorf("a LocalParams host serves %s", proto)
		}
	}
	if st := h.NATStatus(); st.RelayService || st.Reachability == "private" {
		t.Errorf("LocalParams status %+v: want no relay service, not private", st)
	}
}

// relayHost is a public node on loopback offering the relay and AutoNAT
// services, as DefaultParams would once AutoNAT finds it public.
func relayHost(t *testing.T, seed string) *Host {
	return newLocalHost(t, seed, func(p *Params) {
		p.Reachability = "public"
		p.RelayService = true
		p.AutoNATService = true
		p.RelayClient = true
	})
}

// waitProtocol waits until h serves proto: libp2p starts the relay
// service when the reachability event arrives.
func waitProtocol(t *testing.T, ctx context.Context, h *Host, proto protocol.ID) {
	t.Helper()
	sub, err := h.EventBus().Subscribe(new(event.EvtLocalProtocolsUpdated))
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	for !hasProtocol(h, proto) {
		select {
		case <-ctx.Done():
			t.Fatalf("%s never served %s", h.ID(), proto)
		case <-sub.Out():
		}
	}
}

// TestRelayedThenDirect runs the NAT machinery on loopback: a private
// node reserves a slot on a public relay, a peer reaches it through the
// circuit (a limited, relayed connection whose limits the relay announced),
// AwaitDirect reports relayed while no direct connection exists and
// returns as soon as one does, and NATStatus reports both.
func TestRelayedThenDirect(t *testing.T) {
	ctx := testCtx(t)
	r := relayHost(t, "nat-relay")
	waitProtocol(t, ctx, r, relayHopProtocol)
	a := newLocalHost(t, "nat-a", func(p *Params) { p.RelayClient = true })
	b := newLocalHost(t, "nat-b", func(p *Params) { p.RelayClient = true })
	rinfo := peer.AddrInfo{ID: r.ID(), Addrs: r.Addrs()}
	if err := a.Host.Connect(ctx, rinfo); err != nil {
		t.Fatal(err)
	}
	if _, err := relayclient.Reserve(ctx, a.Host, rinfo); err != nil {
		t.Fatalf("reserve a slot on the relay: %v", err)
	}

	// b knows a only by its circuit address.
	circuit := multiaddr.StringCast(r.Addrs()[0].String() + "/p2p/" + r.ID().String() + "/p2p-circuit")
	b.Peerstore().AddAddr(a.ID(), circuit, time.Hour)
	k, err := b.AwaitDirect(ctx, a.ID(), 0)
	if err != nil || k != ConnRelayed {
		t.Fatalf("AwaitDirect(a, no wait) = %v, %v; want relayed", k, err)
	}
	if got := b.ConnKind(a.ID()); got != ConnRelayed {
		t.Fatalf("ConnKind(a) = %v; want relayed", got)
	}
	conns := b.Network().ConnsToPeer(a.ID())
	data, left := RelayLimit(conns[0])
	if want := DefaultRelayLimits().DataBytes; data != want || left <= 0 {
		t.Errorf("RelayLimit = %d bytes, %v left; want the relay's %d bytes and some time", data, left, want)
	}
	if st := b.NATStatus(); st.RelayedPeers != 1 || st.Peers[0].Kind != "relayed" || st.Peers[0].ID != a.ID().String() {
		t.Errorf("b's status %+v: want a listed first as relayed", st)
	}
	if st := r.NATStatus(); !st.RelayService || st.Reachability != "public" || !st.Configured {
		t.Errorf("relay's status %+v: want public, configured, relay service on", st)
	}

	// Once DCUtR has failed its three attempts on a relayed connection,
	// waiting for it is pointless: AwaitDirect returns at once (an hour's
	// wait would outlast the test). (c, not b: b goes on to a direct
	// connection below.)
	c := newLocalHost(t, "nat-c", func(p *Params) { p.RelayClient = true })
	c.Peerstore().AddAddr(a.ID(), circuit, time.Hour)
	if k, err := c.AwaitDirect(ctx, a.ID(), 0); err != nil || k != ConnRelayed {
		t.Fatalf("c: AwaitDirect(a, no wait) = %v, %v; want relayed", k, err)
	}
	for range holePunchAttemptsMax {
		c.nat.Trace(&holepunch.Event{Remote: a.ID(), Type: holepunch.EndHolePunchEvtT, Evt: &holepunch.EndHolePunchEvt{Error: "test: symmetric NAT"}})
	}
	if k, err := c.AwaitDirect(ctx, a.ID(), time.Hour); err != nil || k != ConnRelayed {
		t.Fatalf("c: AwaitDirect after hole punching gave up = %v, %v; want relayed at once", k, err)
	}
	if hp := c.NATStatus().HolePunch; hp.Failed != holePunchAttemptsMax || hp.LastError == "" {
		t.Errorf("c's hole-punch stats %+v: want %d failures and the last error", hp, holePunchAttemptsMax)
	}

	// A direct connection (here: dialled, as hole punching would open it)
	// ends the wait.
	got := make(chan ConnKind, 1)
	go func() {
		k, _ := b.AwaitDirect(ctx, a.ID(), time.Minute)
		got <- k
	}()
	// (A plain Connect returns the relayed connection it already has.)
	if err := b.Host.Connect(network.WithForceDirectDial(ctx, "test"), peer.AddrInfo{ID: a.ID(), Addrs: a.Addrs()}); err != nil {
		t.Fatal(err)
	}
	select {
	case k := <-got:
		if k != ConnDirect {
			t.Errorf("AwaitDirect = %v; want direct", k)
		}
	case <-ctx.Done():
		t.Fatal("AwaitDirect did not return when a direct connection opened")
	}
	if st := b.NATStatus(); st.DirectPeers < 1 || st.RelayedPeers != 0 {
		t.Errorf("b's status after the direct dial %+v: want a direct", st)
	}
}
