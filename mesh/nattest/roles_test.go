package nattest

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/multiformats/go-multiaddr"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/allreduce"
	"github.com/trainmesh/trainmesh/node"
)

// The helper processes talk to the test over their standard streams:
// events as JSON lines on stdout (each with "ev" and "t_ms", milliseconds
// since the process started), commands as JSON lines on stdin, and
// libp2p/mesh logs as JSON lines on stderr.

// emitter writes events; safe for concurrent use.
type emitter struct {
	mu    sync.Mutex
	enc   *json.Encoder
	start time.Time
}

func (e *emitter) emit(ev string, kv map[string]any) {
	if kv == nil {
		kv = map[string]any{}
	}
	kv["ev"] = ev
	kv["t_ms"] = time.Since(e.start).Milliseconds()
	e.mu.Lock()
	defer e.mu.Unlock()
	_ = e.enc.Encode(kv)
}

// command is what the test asks a peer to do.
type command struct {
	Cmd     string   `json:"cmd"`
	Group   string   `json:"group"`
	Members []string `json:"members"`
	Len     int      `json:"len"`
	Ops     int      `json:"ops"`
}

// runPeer is a home node: DefaultParams (what a user runs), bootstrapped
// through the public node, announcing itself on the presence topic,
// running all-reduces on command.
func runPeer() int {
	out := &emitter{enc: json.NewEncoder(os.Stdout), start: time.Now()}
	name, dir, boot := os.Getenv("NATTEST_NAME"), os.Getenv("NATTEST_DIR"), os.Getenv("NATTEST_BOOTSTRAP")
	var level slog.Level
	_ = level.UnmarshalText([]byte(os.Getenv("NATTEST_LOG_LEVEL"))) // default: info
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level})).With("node", name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		out.emit("fatal", map[string]any{"err": err.Error()})
		return 1
	}
	p := mesh.DefaultParams()
	p.Bootstrap = strings.Split(boot, ",")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h, err := mesh.New(ctx, identity.FromSeed([]byte("nattest-"+name)).LibP2P(), p, log)
	if err != nil {
		out.emit("fatal", map[string]any{"err": err.Error()})
		return 1
	}
	defer h.Close()

	connected := func(c network.Conn) {
		out.emit("conn", map[string]any{"peer": c.RemotePeer().String(), "relayed": c.Stat().Limited, "dir": c.Stat().Direction.String(), "addr": c.RemoteMultiaddr().String(), "local": c.LocalMultiaddr().String()})
	}
	h.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) { connected(c) },
		DisconnectedF: func(_ network.Network, c network.Conn) {
			out.emit("disconn", map[string]any{"peer": c.RemotePeer().String(), "relayed": c.Stat().Limited})
		},
	})
	for _, c := range h.Network().Conns() { // made while mesh.New bootstrapped
		connected(c)
	}
	out.emit("started", map[string]any{"id": h.ID().String()})
	go reportStatus(ctx, h, dir, out)
	go reportAddrs(ctx, h, out)

	presence, err := h.Join(node.TopicPresence, func(_ context.Context, m *mesh.Message) mesh.Outcome {
		pm, err := node.DecodePresence(m.Data)
		if err != nil {
			return mesh.Reject
		}
		m.Decoded = pm
		return mesh.Accept
	})
	if err != nil {
		out.emit("fatal", map[string]any{"err": err.Error()})
		return 1
	}
	go announce(ctx, h, presence, name, log)
	go readPresence(ctx, h, presence, out)

	svc := allreduce.NewService(h, log)
	defer svc.Close()
	sc := bufio.NewScanner(os.Stdin)
	var running sync.WaitGroup
	groups := map[string]*testGroup{}
	for sc.Scan() {
		var c command
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			out.emit("error", map[string]any{"err": "bad command: " + err.Error()})
			continue
		}
		switch c.Cmd {
		case "group":
			// Groups are joined before any member links: a member that
			// opens its lanes to a successor that has not joined yet sees
			// them reset only when it next writes (see the report of the
			// NAT issue).
			g, err := newTestGroup(h, svc, c, log)
			if err != nil {
				out.emit("group", map[string]any{"group": c.Group, "ok": false, "err": err.Error()})
				continue
			}
			groups[c.Group] = g
			out.emit("group", map[string]any{"group": c.Group, "ok": true})
		case "allreduce":
			g := groups[c.Group]
			if g == nil {
				out.emit("allreduce", map[string]any{"group": c.Group, "ok": false, "err": "no such group"})
				continue
			}
			running.Go(func() { g.run(ctx, c, out) })
		case "leave":
			// Only once every member has finished: a member that closes
			// its group the moment AllReduce returns may cut off the
			// checksum records its successor still waits for (README,
			// Limits).
			if g := groups[c.Group]; g != nil {
				g.g.Close()
				delete(groups, c.Group)
			}
		case "quit":
			running.Wait()
			return 0
		}
	}
	return 0
}

// statusSampleInterval is how often a peer samples its NATStatus for the
// test (hole-punch counts are not events): a reporter's cadence, which no
// assertion depends on.
const statusSampleInterval = 250 * time.Millisecond

// reportStatus emits the peer's NATStatus, and writes it as the node's
// status file, whenever it changes.
func reportStatus(ctx context.Context, h *mesh.Host, dir string, out *emitter) {
	var last []byte
	t := time.NewTicker(statusSampleInterval)
	defer t.Stop()
	for {
		st := h.NATStatus()
		b, _ := json.Marshal(st)
		if string(b) != string(last) {
			last = b
			var kv map[string]any
			_ = json.Unmarshal(b, &kv)
			out.emit("status", kv)
			ns := node.StatusOf(h, "nattest")
			ns.NATStatus = st
			_ = node.WriteStatus(dir, ns)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// reportAddrs emits the advertised addresses every time they change.
func reportAddrs(ctx context.Context, h *mesh.Host, out *emitter) {
	sub, err := h.EventBus().Subscribe(new(event.EvtLocalAddressesUpdated))
	if err != nil {
		return
	}
	defer sub.Close()
	emit := func() { out.emit("addrs", map[string]any{"addrs": strs(h.Addrs())}) }
	emit()
	for {
		select {
		case <-ctx.Done():
			return
		case <-sub.Out():
			emit()
		}
	}
}

func strs(addrs []multiaddr.Multiaddr) []string {
	out := make([]string, len(addrs))
	for i, a := range addrs {
		out[i] = a.String()
	}
	return out
}

// presenceInterval: the peers announce themselves faster than a real node
// (30 s), so that the test sees new addresses soon.
const presenceInterval = 2 * time.Second

func announce(ctx context.Context, h *mesh.Host, t *mesh.Topic, name string, log *slog.Logger) {
	tick := time.NewTicker(presenceInterval)
	defer tick.Stop()
	for seq := uint64(1); ; seq++ {
		m := node.MsgPresence{Version: "nattest-" + name, Addrs: strs(h.Addrs()), Seq: seq}
		if b, err := m.Encode(); err == nil {
			if err := t.Publish(ctx, b); err != nil && ctx.Err() == nil {
				log.Debug("publish presence", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// readPresence reports announcements and, as a node does, learns the
// announced addresses.
func readPresence(ctx context.Context, h *mesh.Host, t *mesh.Topic, out *emitter) {
	for {
		m, err := t.Next(ctx)
		if err != nil {
			return
		}
		pm, ok := m.Decoded.(*node.MsgPresence)
		if !ok {
			continue
		}
		var mas []multiaddr.Multiaddr
		for _, a := range pm.Addrs {
			if ma, err := multiaddr.NewMultiaddr(a); err == nil {
				mas = append(mas, ma)
			}
		}
		h.Peerstore().AddAddrs(m.Author, mas, peerstore.AddressTTL)
		out.emit("presence", map[string]any{"from": m.Author.String(), "version": pm.Version, "addrs": pm.Addrs, "seq": pm.Seq})
	}
}

// allReduceTimeout bounds one all-reduce command: link-up (a direct wait
// of 30 s at most) and the operations.
const allReduceTimeout = 4 * time.Minute

// testGroup is a group joined on command, with the links OnLink reported.
type testGroup struct {
	g       *allreduce.Group
	rank, n int
	mu      sync.Mutex // mu guards links
	links   []allreduce.Link
}

func newTestGroup(h *mesh.Host, svc *allreduce.Service, c command, log *slog.Logger) (*testGroup, error) {
	members := make([]peer.ID, len(c.Members))
	for i, s := range c.Members {
		id, err := peer.Decode(s)
		if err != nil {
			return nil, err
		}
		members[i] = id
	}
	tg := &testGroup{rank: slices.Index(members, h.ID()), n: len(members)}
	ap := allreduce.DefaultParams()
	ap.Log = log
	ap.OnLink = func(l allreduce.Link) {
		tg.mu.Lock()
		tg.links = append(tg.links, l)
		tg.mu.Unlock()
	}
	var err error
	tg.g, err = svc.NewGroup(allreduce.DefaultSpec(sha256.Sum256([]byte(c.Group)), members, nil, c.Len), ap)
	return tg, err
}

// run links the ring (Form), runs c.Ops all-reduces and reports links,
// timings and whether every sum was right. Member r contributes
// (r+1)·(i mod 7 + 1) at element i, so the sum is exact in float32:
// n(n+1)/2·(i mod 7 + 1).
func (tg *testGroup) run(ctx context.Context, c command, out *emitter) {
	ctx, cancel := context.WithTimeout(ctx, allReduceTimeout)
	defer cancel()
	res := map[string]any{"group": c.Group, "len": tg.g.Spec().Len, "ops": c.Ops}
	report := func(err error) {
		tg.mu.Lock()
		var ls []map[string]any
		for _, l := range tg.links {
			ls = append(ls, map[string]any{"peer": l.Peer.String(), "outbound": l.Outbound, "relayed": l.Relayed, "addr": l.Addr, "budget_bytes": l.BudgetBytes})
		}
		tg.mu.Unlock()
		res["links"] = ls
		res["ok"] = err == nil
		if err != nil {
			res["err"] = err.Error()
		}
		out.emit("allreduce", res)
	}
	start := time.Now()
	if _, err := tg.g.Form(ctx); err != nil {
		report(err)
		return
	}
	res["form_ms"] = time.Since(start).Milliseconds()
	want := float32(tg.n * (tg.n + 1) / 2)
	buf := make([]float32, tg.g.Spec().Len)
	sumOK := true
	start = time.Now()
	for op := range c.Ops {
		for i := range buf {
			buf[i] = float32(tg.rank+1) * float32(i%7+1)
		}
		k, err := tg.g.AllReduce(ctx, buf)
		if err != nil {
			res["ops_done"] = op
			report(err)
			return
		}
		if k != tg.n {
			sumOK = false
		}
		for i, v := range buf {
			if v != want*float32(i%7+1) {
				sumOK = false
				break
			}
		}
	}
	res["ops_ms"] = float64(time.Since(start).Microseconds()) / 1000
	res["sum_ok"] = sumOK
	report(nil)
}

// probeTarget is one advertised address to dial.
type probeTarget struct {
	Peer string `json:"peer"`
	Addr string `json:"addr"`
}

// probeTimeout bounds one dial of the probe.
const probeTimeout = 20 * time.Second

// runProbe dials every address it is given on stdin (a JSON list), each
// from a fresh host that knows nothing else about the peer, and reports
// whether the dial reached that peer. It has the relay transport (so that
// circuit addresses can be dialled) and nothing that would connect it any
// other way: no hole punching, no discovery.
func runProbe() int {
	out := &emitter{enc: json.NewEncoder(os.Stdout), start: time.Now()}
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		out.emit("fatal", map[string]any{"err": err.Error()})
		return 1
	}
	var targets []probeTarget
	if err := json.Unmarshal(b, &targets); err != nil {
		out.emit("fatal", map[string]any{"err": err.Error()})
		return 1
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	p := mesh.DefaultParams()
	p.ListenAddrs = []string{"/ip4/" + os.Getenv("NATTEST_PROBE_IP") + "/tcp/0"}
	p.MDNS, p.DHT, p.HolePunching, p.NATPortMap = false, false, false, false
	p.RelayService, p.AutoNATService = false, false
	for i, tg := range targets {
		res := map[string]any{"peer": tg.Peer, "addr": tg.Addr}
		err := func() error {
			id, err := peer.Decode(tg.Peer)
			if err != nil {
				return err
			}
			ma, err := multiaddr.NewMultiaddr(tg.Addr)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(context.Background(), probeTimeout)
			defer cancel()
			h, err := mesh.New(ctx, identity.FromSeed(fmt.Appendf(nil, "nattest-probe-%d", i)).LibP2P(), p, log)
			if err != nil {
				return err
			}
			defer h.Close()
			dctx := network.WithAllowLimitedConn(ctx, "probe: circuit addresses are dialable too")
			if err := h.Host.Connect(dctx, peer.AddrInfo{ID: id, Addrs: []multiaddr.Multiaddr{ma}}); err != nil {
				return err
			}
			k := h.ConnKind(id)
			res["kind"] = k.String()
			if strings.Contains(tg.Addr, "/p2p-circuit") {
				// Reached through the relay. The peer may since have
				// dialled the probe back directly (DCUtR's connection
				// reversal: the probe is public), which proves the same.
				if k == mesh.ConnNone {
					return fmt.Errorf("dialled %s but hold no connection", tg.Addr)
				}
				return nil
			}
			// A direct address: the connection must be to that very address
			// (the probe knows no other).
			for _, c := range h.Network().ConnsToPeer(id) {
				if !c.Stat().Limited && c.RemoteMultiaddr().Equal(ma) {
					return nil
				}
			}
			return fmt.Errorf("dialled %s but hold no direct connection to it (%v)", tg.Addr, k)
		}()
		res["ok"] = err == nil
		if err != nil {
			res["err"] = err.Error()
		}
		out.emit("probe", res)
	}
	out.emit("probe-done", nil)
	return 0
}
