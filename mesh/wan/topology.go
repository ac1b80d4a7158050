package wan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/trainmesh/trainmesh/clock"
)

// Sentinel errors.
var (
	// ErrConfig reports a topology out of range.
	ErrConfig = errors.New("wan: bad topology")
	// ErrUnavailable reports that this machine cannot build the topology
	// (not root, no network namespaces, no tbf qdisc).
	ErrUnavailable = errors.New("wan: cannot emulate links here")
	// ErrClosed reports use of a closed Net.
	ErrClosed = errors.New("wan: closed")
)

// Bounds of a topology: enough for a ring benchmark, small enough that a
// mistake cannot create thousands of namespaces or hold gigabytes.
const (
	MaxPeers   = 32
	MinRate    = 64_000          // bit/s
	MaxRate    = 10_000_000_000  // bit/s
	MaxDelay   = 2 * time.Second // one way
	namePrefix = "tmwan"
)

// Access is one peer's link to the internet, in bits per second.
type Access struct {
	UpBps   int64
	DownBps int64
	// Loss is the probability that a packet the peer sends on its uplink
	// is dropped (0 to MaxLoss; 0: none): an nftables rule in its
	// namespace drops packets at random, for real, and TCP retransmits
	// them. The delay is added after the lossy hop (package doc), so a
	// loss costs a retransmission on that hop's short round trip or a
	// retransmission timeout (200 ms at least), not a long path's round
	// trip: the emulation understates what loss costs over a long path.
	Loss float64
}

// MaxLoss bounds Access.Loss: past a few percent TCP mostly waits.
const MaxLoss = 0.2

// Config is a topology: each peer's access link and the one-way delay of
// the path between each pair.
type Config struct {
	Peers []Access
	// Delay[i][j] is the one-way delay of bytes from peer i to peer j
	// (nil: none). Delay[i][i] is ignored.
	Delay [][]time.Duration
	// Clock stamps and releases the delayed bytes (nil: the wall clock).
	Clock clock.Clock
}

// Uniform is n peers with the same access link and the same one-way delay
// between every pair.
func Uniform(n int, upBps, downBps int64, delay time.Duration) Config {
	c := Config{Peers: make([]Access, n), Delay: make([][]time.Duration, n)}
	for i := range n {
		c.Peers[i] = Access{UpBps: upBps, DownBps: downBps}
		c.Delay[i] = make([]time.Duration, n)
		for j := range n {
			if i != j {
				c.Delay[i][j] = delay
			}
		}
	}
	return c
}

// Validate reports the first setting out of range.
func (c *Config) Validate() error {
	n := len(c.Peers)
	if n < 2 || n > MaxPeers {
		return fmt.Errorf("%w: %d peers, want 2 to %d", ErrConfig, n, MaxPeers)
	}
	for i, a := range c.Peers {
		for _, r := range []int64{a.UpBps, a.DownBps} {
			if r < MinRate || r > MaxRate {
				return fmt.Errorf("%w: peer %d: rate %d bit/s, want %d to %d", ErrConfig, i, r, MinRate, int64(MaxRate))
			}
		}
		if !(a.Loss >= 0 && a.Loss <= MaxLoss) {
			return fmt.Errorf("%w: peer %d: loss %v, want 0 to %v", ErrConfig, i, a.Loss, MaxLoss)
		}
	}
	if c.Delay != nil {
		if len(c.Delay) != n {
			return fmt.Errorf("%w: delay matrix has %d rows for %d peers", ErrConfig, len(c.Delay), n)
		}
		for i, row := range c.Delay {
			if len(row) != n {
				return fmt.Errorf("%w: delay row %d has %d entries for %d peers", ErrConfig, i, len(row), n)
			}
			for j, d := range row {
				if i != j && (d < 0 || d > MaxDelay) {
					return fmt.Errorf("%w: delay %d→%d is %v, want 0 to %v", ErrConfig, i, j, d, MaxDelay)
				}
			}
		}
	}
	return nil
}

// delay is the one-way delay from i to j.
func (c *Config) delay(i, j int) time.Duration {
	if c.Delay == nil || i == j {
		return 0
	}
	return c.Delay[i][j]
}

// PathRate is the rate of bytes from src to dst in bit/s: src's uplink or
// dst's downlink, whichever is slower.
func (c *Config) PathRate(src, dst int) int64 {
	return min(c.Peers[src].UpBps, c.Peers[dst].DownBps)
}

// Net is a running topology. Its methods are safe for concurrent use.
type Net struct {
	cfg    Config
	clk    clock.Clock
	prefix string
	ns     []*nsHandle // per peer; ns[len] is the internet
	addrs  []net.IP    // per peer, inside the topology

	mu     sync.Mutex
	closed bool
	routes []*route
	// dialled are the local addresses of the relays' connections to the
	// targets: what a target sees as its remote address when a peer
	// reached it through the topology.
	dialled map[string]bool
	entries map[string]bool
	wg      sync.WaitGroup
}

// Available reports why this machine cannot build a topology, or nil.
func Available() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: needs root (network namespaces, qdiscs)", ErrUnavailable)
	}
	for _, c := range []string{"ip", "tc"} {
		if _, err := exec.LookPath(c); err != nil {
			return fmt.Errorf("%w: no %s command (iproute2)", ErrUnavailable, c)
		}
	}
	return nil
}

// Start builds the topology: namespaces, veths, the bridge and the qdiscs.
// Close removes them; on an error Start removes what it made.
func Start(ctx context.Context, cfg Config) (*Net, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := Available(); err != nil {
		return nil, err
	}
	sweep(ctx)
	n := &Net{
		cfg: cfg, clk: clock.OrReal(cfg.Clock),
		prefix:  fmt.Sprintf("%s%d-%d", namePrefix, os.Getpid(), seq.add()),
		dialled: map[string]bool{}, entries: map[string]bool{},
	}
	if err := n.build(ctx); err != nil {
		n.teardown()
		return nil, err
	}
	return n, nil
}

// seq numbers the topologies of one process.
var seq counter

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	return c.n
}

func (n *Net) nsName(i int) string {
	if i == len(n.cfg.Peers) {
		return n.prefix + "-inet"
	}
	return fmt.Sprintf("%s-p%d", n.prefix, i)
}

// subnet is 10.77.0.0/24 inside every topology: the namespaces have no
// link to the host, so it cannot collide with the host's own addresses.
func peerIP(i int) net.IP { return net.IPv4(10, 77, 0, byte(i+2)) }

func (n *Net) build(ctx context.Context) error {
	np := len(n.cfg.Peers)
	inet := n.nsName(np)
	if err := run(ctx, "ip", "netns", "add", inet); err != nil {
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	cmds := [][]string{
		{"ip", "-n", inet, "link", "add", "br0", "type", "bridge"},
		{"ip", "-n", inet, "link", "set", "br0", "up"},
		{"ip", "-n", inet, "link", "set", "lo", "up"},
	}
	for i, a := range n.cfg.Peers {
		p := n.nsName(i)
		ip := peerIP(i)
		n.addrs = append(n.addrs, ip)
		side := fmt.Sprintf("v%d", i)
		cmds = append(cmds,
			[]string{"ip", "netns", "add", p},
			[]string{"ip", "link", "add", "name", "eth0", "netns", p, "type", "veth", "peer", "name", side, "netns", inet},
			[]string{"ip", "-n", inet, "link", "set", side, "master", "br0", "up"},
			[]string{"ip", "-n", p, "addr", "add", ip.String() + "/24", "dev", "eth0"},
			[]string{"ip", "-n", p, "link", "set", "eth0", "up"},
			[]string{"ip", "-n", p, "link", "set", "lo", "up"},
			// Uplink: what leaves the peer; downlink: what the bridge
			// sends it.
			append([]string{"tc", "-n", p, "qdisc", "add", "dev", "eth0", "root"}, tbf(a.UpBps)...),
			append([]string{"tc", "-n", inet, "qdisc", "add", "dev", side, "root"}, tbf(a.DownBps)...),
		)
	}
	for _, c := range cmds {
		if err := run(ctx, c[0], c[1:]...); err != nil {
			return err
		}
	}
	for i, a := range n.cfg.Peers {
		if a.Loss > 0 {
			// One packet per segment, so that loss is per packet on the
			// wire rather than per 64 KiB GSO super-packet.
			if err := run(ctx, "ip", "-n", n.nsName(i), "link", "set", "dev", "eth0", "gso_max_segs", "1"); err != nil {
				return fmt.Errorf("%w: loss on peer %d's uplink: %v", ErrUnavailable, i, err)
			}
			if err := runStdin(ctx, lossRules(a.Loss), "ip", "netns", "exec", n.nsName(i), "nft", "-f", "-"); err != nil {
				return fmt.Errorf("%w: loss on peer %d's uplink: %v", ErrUnavailable, i, err)
			}
		}
	}
	for i := range np + 1 {
		h, err := openNS(n.nsName(i))
		if err != nil {
			return err
		}
		n.ns = append(n.ns, h)
	}
	return nil
}

// tbf is a token bucket at rate bit/s. The bucket holds 4 ms of the rate
// (at least 32 KiB, so that a GSO super-packet passes whole); the queue
// holds 50 ms of it, past which the qdisc drops and TCP backs off, as a
// home router's buffer does.
func tbf(rate int64) []string {
	burst := max(32<<10, rate/8/250)
	limit := max(burst+64<<10, rate/8/20)
	return []string{"tbf", "rate", strconv.FormatInt(rate, 10) + "bit", "burst", strconv.FormatInt(burst, 10), "limit", strconv.FormatInt(limit, 10)}
}

// lossScale is the resolution of lossRules' random draw.
const lossScale = 1_000_000

// lossRules is an nftables ruleset, for a peer's namespace, that drops
// each packet leaving its uplink (eth0) with probability loss: numgen
// draws 0 to lossScale-1 per packet. (The iptables statistic match does
// the same; these machines have nft and no iptables.)
func lossRules(loss float64) string {
	k := int64(loss*lossScale + 0.5)
	return fmt.Sprintf("table ip tmwan {\n\tchain out {\n\t\ttype filter hook output priority 0; policy accept;\n\t\toifname \"eth0\" numgen random mod %d < %d counter drop\n\t}\n}\n", lossScale, k)
}

// Dropped is how many packets peer i's loss rule has dropped so far (0
// when the peer has no loss).
func (n *Net) Dropped(ctx context.Context, i int) (int64, error) {
	if i < 0 || i >= len(n.cfg.Peers) {
		return 0, fmt.Errorf("%w: peer %d of %d", ErrConfig, i, len(n.cfg.Peers))
	}
	if n.cfg.Peers[i].Loss == 0 {
		return 0, nil
	}
	out, err := exec.CommandContext(ctx, "ip", "netns", "exec", n.nsName(i), "nft", "list", "chain", "ip", "tmwan", "out").CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("wan: nft list: %w: %s", err, bytes.TrimSpace(out))
	}
	_, rest, ok := strings.Cut(string(out), "counter packets ")
	if !ok {
		return 0, fmt.Errorf("wan: no counter in %q", out)
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return 0, fmt.Errorf("wan: no counter in %q", out)
	}
	return strconv.ParseInt(f[0], 10, 64)
}

func runStdin(ctx context.Context, stdin, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(out.String()))
	}
	return nil
}

func run(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, strings.TrimSpace(out.String()))
	}
	return nil
}

// Close stops every relay and removes the namespaces.
func (n *Net) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	routes := n.routes
	n.mu.Unlock()
	for _, r := range routes {
		r.close()
	}
	n.wg.Wait()
	return n.teardown()
}

func (n *Net) teardown() error {
	for _, h := range n.ns {
		h.close()
	}
	n.ns = nil
	var errs []error
	for i := len(n.cfg.Peers); i >= 0; i-- {
		name := n.nsName(i)
		if nsExists(name) {
			errs = append(errs, run(context.Background(), "ip", "netns", "del", name))
		}
	}
	return errors.Join(errs...)
}

func nsExists(name string) bool {
	_, err := os.Stat("/var/run/netns/" + name)
	return err == nil
}

// sweep removes the namespaces of topologies whose process is gone (one
// that crashed or was killed before its Close).
func sweep(ctx context.Context) {
	ents, err := os.ReadDir("/var/run/netns")
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		if !strings.HasPrefix(name, namePrefix) {
			continue
		}
		pidStr, _, ok := strings.Cut(strings.TrimPrefix(name, namePrefix), "-")
		pid, err := strconv.Atoi(pidStr)
		if !ok || err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == nil || errors.Is(syscall.Kill(pid, 0), syscall.EPERM) {
			continue // still running
		}
		_ = run(ctx, "ip", "netns", "del", name)
	}
}

// Config returns the topology's configuration.
func (n *Net) Config() Config { return n.cfg }

// Routed reports whether a connection whose remote address is addr (as
// seen by its dialer or its listener) went through the topology: a dialer
// sees a route's entry, a listener one of the relays' own connections.
// Tests use it to check that nothing bypassed the emulated links.
func (n *Net) Routed(addr net.Addr) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.dialled[addr.String()] || n.entries[addr.String()]
}
