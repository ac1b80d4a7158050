package nattest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/node"
	"github.com/trainmesh/trainmesh/simulation/waitlist"
)

func TestMain(m *testing.M) {
	switch os.Getenv("NATTEST_ROLE") {
	case "peer":
		os.Exit(runPeer())
	case "probe":
		os.Exit(runProbe())
	}
	os.Exit(m.Run())
}

// topology is what scripts/nat-test.sh built.
type topology struct {
	mode                     string // "cone" or "symmetric"
	nsPub, nsA, nsB, nsProbe string
	pubIP, probeIP           string
	trainmesh, work          string
}

func topologyFromEnv(t *testing.T) topology {
	topo := topology{
		mode: os.Getenv("NATTEST_MODE"), nsPub: os.Getenv("NATTEST_NS_PUB"), nsA: os.Getenv("NATTEST_NS_A"),
		nsB: os.Getenv("NATTEST_NS_B"), nsProbe: os.Getenv("NATTEST_NS_PROBE"), pubIP: os.Getenv("NATTEST_PUB_IP"),
		probeIP: os.Getenv("NATTEST_PROBE_IP"), trainmesh: os.Getenv("NATTEST_TRAINMESH"), work: os.Getenv("NATTEST_WORK"),
	}
	if topo.mode == "" {
		t.Skip("needs the network-namespace topology that scripts/nat-test.sh builds (as root): run scripts/nat-test.sh")
	}
	for _, v := range []string{topo.nsPub, topo.nsA, topo.nsB, topo.nsProbe, topo.pubIP, topo.probeIP, topo.trainmesh, topo.work} {
		if v == "" {
			t.Fatalf("incomplete topology from scripts/nat-test.sh: %+v", topo)
		}
	}
	if topo.mode != "cone" && topo.mode != "symmetric" {
		t.Fatalf("NATTEST_MODE %q: want cone or symmetric", topo.mode)
	}
	return topo
}

// proc is a process in one of the topology's namespaces, with the JSON
// lines it writes (events on stdout, logs on stderr) parsed as they come.
type proc struct {
	t     *testing.T
	name  string
	cmd   *exec.Cmd
	stdin io.WriteCloser
	done  chan struct{}

	lines   waitlist.List[map[string]any]
	raw     waitlist.List[string] // the same lines as written, for the failure dump
	logFile *os.File              // every line, when NATTEST_LOGS names a folder
}

// start runs args in namespace ns.
func start(t *testing.T, name, ns string, env []string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command("ip", append([]string{"netns", "exec", ns}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, name: name, cmd: cmd, stdin: stdin, done: make(chan struct{})}
	if dir := os.Getenv("NATTEST_LOGS"); dir != "" {
		// Every line, for reading after the run (scripts/nat-test.sh keeps
		// them in .cache/nattest/).
		if err := os.MkdirAll(dir, 0o755); err == nil {
			if f, err := os.Create(filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".log")); err == nil {
				p.logFile = f
			}
		}
	}
	var readers sync.WaitGroup
	readers.Go(func() { p.read(stdout) })
	readers.Go(func() { p.read(stderr) })
	go func() {
		readers.Wait()
		_ = cmd.Wait()
		if p.logFile != nil {
			p.logFile.Close()
		}
		close(p.done)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill() // ip netns exec execs the command: this is its pid
		<-p.done
		if t.Failed() {
			t.Logf("--- last output of %s:\n%s", p.name, p.tail(80))
		}
	})
	return p
}

func (p *proc) read(r io.Reader) {
	_ = waitlist.ScanJSON(r, func(line map[string]any, text string) {
		if p.logFile != nil {
			fmt.Fprintln(p.logFile, text)
		}
		p.raw.Add(text)
		p.lines.Add(line)
	})
}

// wait waits for a line for which match is true and returns it.
func (p *proc) wait(ctx context.Context, what string, match func(map[string]any) bool) map[string]any {
	p.t.Helper()
	l, err := p.lines.Wait(ctx, p.done, match)
	switch {
	case errors.Is(err, waitlist.ErrStopped):
		p.t.Fatalf("%s exited while the test waited for %s", p.name, what)
	case err != nil:
		p.t.Fatalf("%s: gave up waiting for %s", p.name, what)
	}
	return l
}

// all returns the lines for which match is true, so far.
func (p *proc) all(match func(map[string]any) bool) []map[string]any {
	return p.lines.All(match)
}

func (p *proc) send(v any) {
	p.t.Helper()
	b, _ := json.Marshal(v)
	if _, err := p.stdin.Write(append(b, '\n')); err != nil {
		p.t.Fatalf("%s: send command: %v", p.name, err)
	}
}

func (p *proc) tail(n int) string {
	raw, _ := p.raw.Snapshot()
	return strings.Join(raw[max(0, len(raw)-n):], "\n")
}

func ev(name string) func(map[string]any) bool {
	return func(l map[string]any) bool { return l["ev"] == name }
}

func msg(m string) func(map[string]any) bool {
	return func(l map[string]any) bool { return l["msg"] == m }
}

func str(v any) string { s, _ := v.(string); return s }

func list(v any) []any { l, _ := v.([]any); return l }

func num(v any) float64 { f, _ := v.(float64); return f }

// peerProc is a home node of the topology.
type peerProc struct {
	*proc
	id, dir string
}

func startPeer(t *testing.T, ctx context.Context, topo topology, name, ns, boot string) *peerProc {
	t.Helper()
	dir := filepath.Join(topo.work, name)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	p := start(t, "home "+name, ns, []string{"NATTEST_ROLE=peer", "NATTEST_NAME=" + name, "NATTEST_DIR=" + dir, "NATTEST_BOOTSTRAP=" + boot}, exe)
	started := p.wait(ctx, "its start", ev("started"))
	return &peerProc{proc: p, id: str(started["id"]), dir: dir}
}

// hasCircuit reports whether an address list holds a relay address.
func hasCircuit(addrs []any) bool {
	return slices.ContainsFunc(addrs, func(a any) bool { return strings.Contains(str(a), "/p2p-circuit") })
}

// TestNATTraversal: the judged scenario of the NAT issue, in the topology
// of scripts/nat-test.sh (see the package comment). In both modes the home
// nodes bootstrap through the public node, learn from AutoNAT that they are
// private, reserve relay slots, advertise only relay addresses, and see
// each other's gossip. With cone NATs a relayed connection between them is
// upgraded to a direct one by hole punching and a 4 MiB all-reduce runs
// over it (the links are checked to be direct); with symmetric NATs hole
// punching fails, a small all-reduce runs through the relay (links checked
// relayed), a large one is refused with ErrRelayed, and the node reports
// that it is relayed. Last, a stranger on the internet dials every address
// any node advertised.
func TestNATTraversal(t *testing.T) {
	topo := topologyFromEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	if err := os.MkdirAll(topo.work, 0o700); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	since := func() string { return time.Since(t0).Round(100 * time.Millisecond).String() }

	// The public bootstrap and relay node: the real binary, as its operator
	// would run it on a server.
	pubDir := filepath.Join(topo.work, "pub")
	pub := start(t, "public node", topo.nsPub, []string{"TRAINMESH_PASSWORD=nattest"},
		topo.trainmesh, "node", "--data-dir", pubDir, "--light-kdf", "--reachability", "public",
		"--log-format", "json", "--presence-interval", "2s")
	started := pub.wait(ctx, "node started", msg("node started"))
	pubID := str(started["peer"])
	pubAddrs := list(started["listen"])
	t.Logf("%s: public node %s up, advertising %v", since(), pubID, pubAddrs)
	// The homes bootstrap with every address the node printed, as a user
	// would paste them (TCP and QUIC; libp2p dials QUIC first).
	var boot []string
	for _, want := range []string{"/ip4/%s/tcp/4001/p2p/%s", "/ip4/%s/udp/4001/quic-v1/p2p/%s"} {
		addr := fmt.Sprintf(want, topo.pubIP, pubID)
		boot = append(boot, addr)
		if !slices.ContainsFunc(pubAddrs, func(a any) bool { return str(a) == addr }) {
			t.Errorf("the public node advertises %v; want its public address %s among them", pubAddrs, addr)
		}
	}

	a := startPeer(t, ctx, topo, "a", topo.nsA, strings.Join(boot, ","))
	b := startPeer(t, ctx, topo, "b", topo.nsB, strings.Join(boot, ","))
	homes := []*peerProc{a, b}

	// Bootstrap, AutoNAT, relay reservation.
	for _, h := range homes {
		h.wait(ctx, "a connection to the public node", func(l map[string]any) bool {
			return l["ev"] == "conn" && l["peer"] == pubID && l["relayed"] == false
		})
	}
	for _, h := range homes {
		st := h.wait(ctx, "reachability private with a relay reservation", func(l map[string]any) bool {
			return l["ev"] == "status" && l["reachability"] == "private" && slices.Contains(list(l["relays"]), any(pubID)) && hasCircuit(list(l["addrs"]))
		})
		t.Logf("%s: %s is private after %.1f s, reachable through %v, advertising %v", since(), h.name, num(st["t_ms"])/1000, list(st["relays"]), list(st["addrs"]))
	}

	// Gossip: each home sees the other's presence (through the public node).
	for _, pair := range [][2]*peerProc{{a, b}, {b, a}} {
		pr := pair[0].wait(ctx, "the other home's presence", func(l map[string]any) bool {
			return l["ev"] == "presence" && l["from"] == pair[1].id && hasCircuit(list(l["addrs"]))
		})
		t.Logf("%s: %s saw %s's gossip: %v", since(), pair[0].name, pair[1].name, list(pr["addrs"]))
	}

	members := []string{a.id, b.id}
	runAll := func(group string, length, ops int) []map[string]any {
		t.Helper()
		for _, h := range homes {
			h.send(command{Cmd: "group", Group: group, Members: members, Len: length})
		}
		for _, h := range homes {
			if r := h.wait(ctx, "group "+group, func(l map[string]any) bool { return l["ev"] == "group" && l["group"] == group }); r["ok"] != true {
				t.Fatalf("%s: join group %s: %v", h.name, group, r)
			}
		}
		for _, h := range homes {
			h.send(command{Cmd: "allreduce", Group: group, Ops: ops})
		}
		var res []map[string]any
		for _, h := range homes {
			res = append(res, h.wait(ctx, "all-reduce "+group, func(l map[string]any) bool { return l["ev"] == "allreduce" && l["group"] == group }))
		}
		for _, h := range homes {
			h.send(command{Cmd: "leave", Group: group})
		}
		return res
	}
	linksOf := func(r map[string]any) (relayed, direct int) {
		for _, l := range list(r["links"]) {
			if m, _ := l.(map[string]any); m["relayed"] == true {
				relayed++
			} else {
				direct++
			}
		}
		return relayed, direct
	}
	report := func(r map[string]any) string {
		secs := num(r["ops_ms"]) / 1000
		mbps := num(r["len"]) * 4 * num(r["ops"]) / secs / 1e6
		return fmt.Sprintf("%d ops of %d floats in %.3f s (%.2f MB/s of tensor per member, %.1f ops/s), link-up %d ms", int(num(r["ops"])), int(num(r["len"])), secs, mbps, num(r["ops"])/secs, int(num(r["form_ms"])))
	}

	switch topo.mode {
	case "cone":
		// 4 MiB per member: far beyond what the relay carries, so it can
		// only run over a direct connection.
		res := runAll("cone-4MiB", 1<<20, 3)
		for i, r := range res {
			if r["ok"] != true || r["sum_ok"] != true {
				t.Fatalf("%s: all-reduce of 4 MiB: %v", homes[i].name, r)
			}
			if rel, dir := linksOf(r); rel != 0 || dir != 2 {
				t.Errorf("%s: links %v; want both direct", homes[i].name, r["links"])
			}
			t.Logf("%s: %s direct: %s", since(), homes[i].name, report(r))
		}
		// The connection between the homes was relayed first, then direct,
		// and a hole punch made it.
		for _, pair := range [][2]*peerProc{{a, b}, {b, a}} {
			conns := pair[0].all(func(l map[string]any) bool { return l["ev"] == "conn" && l["peer"] == pair[1].id })
			firstDirect := slices.IndexFunc(conns, func(l map[string]any) bool { return l["relayed"] == false })
			firstRelayed := slices.IndexFunc(conns, func(l map[string]any) bool { return l["relayed"] == true })
			if firstRelayed < 0 || firstDirect < 0 || firstRelayed > firstDirect {
				t.Errorf("%s's connections to %s: %v; want a relayed one, then a direct one", pair[0].name, pair[1].name, conns)
				continue
			}
			t.Logf("%s: %s upgraded to direct %d ms after the relayed connection (%s, then %s)", since(), pair[0].name,
				int(num(conns[firstDirect]["t_ms"])-num(conns[firstRelayed]["t_ms"])), str(conns[firstRelayed]["addr"]), str(conns[firstDirect]["addr"]))
		}
		st := waitAny(ctx, t, "a successful hole punch", homes, func(l map[string]any) bool {
			hp, _ := l["hole_punch"].(map[string]any)
			return l["ev"] == "status" && num(hp["succeeded"]) >= 1
		})
		hp, _ := st["hole_punch"].(map[string]any)
		t.Logf("%s: hole punch: %v", since(), hp)
		small := runAll("cone-4KiB", 1024, 20)
		for i, r := range small {
			if r["ok"] != true || r["sum_ok"] != true {
				t.Fatalf("%s: all-reduce of 4 KiB: %v", homes[i].name, r)
			}
			t.Logf("%s: %s direct: %s", since(), homes[i].name, report(r))
		}

	case "symmetric":
		// Hole punching fails (both ends see it) and the link stays relayed.
		for _, h := range homes {
			h.wait(ctx, "a failed hole punch or a relayed link", func(l map[string]any) bool {
				hp, _ := l["hole_punch"].(map[string]any)
				return l["ev"] == "status" && num(hp["failed"]) >= 1
			})
		}
		res := runAll("sym-4KiB", 1024, 5)
		for i, r := range res {
			if r["ok"] != true || r["sum_ok"] != true {
				t.Fatalf("%s: small all-reduce through the relay: %v", homes[i].name, r)
			}
			if rel, dir := linksOf(r); rel != 2 || dir != 0 {
				t.Errorf("%s: links %v; want both relayed", homes[i].name, r["links"])
			}
			t.Logf("%s: %s relayed: %s", since(), homes[i].name, report(r))
		}
		big := runAll("sym-4MiB", 1<<20, 1)
		for i, r := range big {
			if r["ok"] != false || !strings.Contains(str(r["err"]), "relayed") {
				t.Errorf("%s: all-reduce of 4 MiB through the relay: %v; want refused as relayed", homes[i].name, r)
			}
		}
		t.Logf("%s: 4 MiB through the relay refused: %s", since(), str(big[0]["err"]))
		for _, h := range homes {
			other := b.id
			if h == b {
				other = a.id
			}
			st := h.all(ev("status"))
			last := st[len(st)-1]
			relayed := slices.ContainsFunc(list(last["peers"]), func(p any) bool {
				m, _ := p.(map[string]any)
				return m["id"] == other && m["kind"] == "relayed"
			})
			hp, _ := last["hole_punch"].(map[string]any)
			if last["reachability"] != "private" || !relayed || num(hp["succeeded"]) != 0 {
				t.Errorf("%s's status %v: want private, the other home relayed, no hole punch succeeded", h.name, last)
			}
		}
	}

	// What `trainmesh node status` shows, for a home and for the public
	// node. A home rewrites its status file every few seconds, so the one
	// on disk may predate the upgrade just seen: read it until it shows the
	// upgrade (or the test's deadline passes).
	kind := map[string]string{"cone": "direct", "symmetric": "relayed"}[topo.mode]
	var out []byte
	var err error
	for {
		out, err = exec.Command(topo.trainmesh, "node", "status", "--data-dir", a.dir).CombinedOutput()
		if err == nil && strings.Contains(string(out), "reachability: private") && strings.Contains(string(out), fmt.Sprintf("%-8s %s", kind, b.id)) {
			break
		}
		select {
		case <-ctx.Done():
			t.Errorf("trainmesh node status of home a (%v): want private and home b %s", err, kind)
		case <-time.After(500 * time.Millisecond):
			continue
		}
		break
	}
	t.Logf("trainmesh node status (home a):\n%s", out)
	pub.wait(ctx, "its status file", msg("node status file written; show it with `trainmesh node status`"))
	out, err = exec.Command(topo.trainmesh, "node", "status", "--data-dir", pubDir).CombinedOutput()
	t.Logf("trainmesh node status (public node):\n%s", out)
	if err != nil || !strings.Contains(string(out), "reachability: public (configured)") || !strings.Contains(string(out), "relay service: on") {
		t.Errorf("trainmesh node status of the public node (%v): want public, relay service on", err)
	}

	// No address that cannot be dialled is advertised: gather every address
	// each node announced (identify's list, its presence gossip, its status
	// file) and dial each from a stranger's host on the internet.
	seen := map[probeTarget]bool{}
	add := func(id string, addrs []any) {
		for _, x := range addrs {
			s := str(x)
			if i := strings.LastIndex(s, "/p2p/"+id); i >= 0 && i+len("/p2p/"+id) == len(s) {
				s = s[:i] // node.json lists full addresses
			}
			seen[probeTarget{Peer: id, Addr: s}] = true
		}
	}
	add(pubID, pubAddrs)
	if st, err := node.ReadStatus(pubDir); err == nil {
		add(pubID, toAny(st.Addrs))
	}
	for _, h := range homes {
		for _, l := range h.all(ev("addrs")) {
			add(h.id, list(l["addrs"]))
		}
		for _, l := range h.all(ev("presence")) {
			add(str(l["from"]), list(l["addrs"]))
		}
	}
	var targets []probeTarget
	for tg := range seen {
		targets = append(targets, tg)
		if tg.Peer != pubID && !strings.Contains(tg.Addr, "/p2p-circuit") {
			t.Errorf("home %s advertised %s: a home behind NAT should advertise only relay addresses", tg.Peer, tg.Addr)
		}
	}
	slices.SortFunc(targets, func(x, y probeTarget) int { return strings.Compare(x.Peer+x.Addr, y.Peer+y.Addr) })
	exe, _ := os.Executable()
	probe := start(t, "probe", topo.nsProbe, []string{"NATTEST_ROLE=probe", "NATTEST_PROBE_IP=" + topo.probeIP}, exe)
	b2, _ := json.Marshal(targets)
	if _, err := probe.stdin.Write(b2); err != nil {
		t.Fatal(err)
	}
	probe.stdin.Close()
	probe.wait(ctx, "the end of the probe", ev("probe-done"))
	for _, r := range probe.all(ev("probe")) {
		if r["ok"] != true {
			t.Errorf("advertised address %s of %s is not dialable from the internet: %s", str(r["addr"]), str(r["peer"]), str(r["err"]))
		} else {
			t.Logf("dialled %s of %s from the internet: %s", str(r["addr"]), str(r["peer"]), str(r["kind"]))
		}
	}
	if len(targets) < 4 {
		t.Errorf("only %d advertised addresses to check: %v", len(targets), targets)
	}
	for _, h := range homes {
		h.send(command{Cmd: "quit"})
	}
	t.Logf("%s: done (%s NAT)", since(), topo.mode)
}

// waitAny waits until one of ps writes a line for which match is true.
func waitAny(ctx context.Context, t *testing.T, what string, ps []*peerProc, match func(map[string]any) bool) map[string]any {
	t.Helper()
	seen := make([]int, len(ps))
	for {
		cases := []reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ctx.Done())}}
		for i, p := range ps {
			lines, ch := p.lines.Snapshot()
			for ; seen[i] < len(lines); seen[i]++ {
				if match(lines[seen[i]]) {
					return lines[seen[i]]
				}
			}
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)})
		}
		if i, _, _ := reflect.Select(cases); i == 0 {
			t.Fatalf("gave up waiting for %s", what)
		}
	}
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
