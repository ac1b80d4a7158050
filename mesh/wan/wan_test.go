package wan

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	good := Uniform(3, 20e6, 100e6, 40*time.Millisecond)
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"uniform", func(*Config) {}, ""},
		{"no delay", func(c *Config) { c.Delay = nil }, ""},
		{"one peer", func(c *Config) { c.Peers = c.Peers[:1] }, "1 peers"},
		{"too many", func(c *Config) { c.Peers = make([]Access, MaxPeers+1) }, "33 peers"},
		{"slow", func(c *Config) { c.Peers[1].UpBps = MinRate - 1 }, "peer 1: rate"},
		{"fast", func(c *Config) { c.Peers[2].DownBps = MaxRate + 1 }, "peer 2: rate"},
		{"short matrix", func(c *Config) { c.Delay = c.Delay[:2] }, "2 rows"},
		{"short row", func(c *Config) { c.Delay[1] = c.Delay[1][:1] }, "row 1"},
		{"negative", func(c *Config) { c.Delay[0][2] = -1 }, "delay 0→2"},
		{"too long", func(c *Config) { c.Delay[2][1] = MaxDelay + 1 }, "delay 2→1"},
		{"diagonal ignored", func(c *Config) { c.Delay[1][1] = -time.Hour }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Uniform(3, 20e6, 100e6, 40*time.Millisecond)
			tc.edit(&c)
			err := c.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate: %v, want ErrConfig saying %q", err, tc.want)
			}
		})
	}
	if r := good.PathRate(0, 1); r != 20e6 {
		t.Fatalf("PathRate = %d, want the uplink's 20e6", r)
	}
}

func TestTBFSizes(t *testing.T) {
	for _, rate := range []int64{MinRate, 20e6, 1e9, MaxRate} {
		args := tbf(rate)
		if len(args) != 7 || args[0] != "tbf" {
			t.Fatalf("tbf(%d) = %v", rate, args)
		}
	}
}

// start builds a topology or skips, saying why.
func start(t *testing.T, cfg Config) *Net {
	t.Helper()
	if err := Available(); err != nil {
		t.Skip(err)
	}
	n, err := Start(context.Background(), cfg)
	if errors.Is(err, ErrUnavailable) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Error(err)
		}
		for i := range len(cfg.Peers) + 1 {
			if nsExists(n.nsName(i)) {
				t.Errorf("namespace %s left behind", n.nsName(i))
			}
		}
	})
	return n
}

// TestShapedLink sends through one route: the round trip is at least
// both one-way delays, and a bulk transfer never beats the path's rate.
// (How close it comes is a speed, measured by `trainmesh bench wan`; the
// all-reduce's share of the link is checked, with a margin, in
// mesh/allreduce/benchmark.)
func TestShapedLink(t *testing.T) {
	cfg := Uniform(2, 16e6, 64e6, 30*time.Millisecond)
	cfg.Delay[1][0] = 20 * time.Millisecond
	n := start(t, cfg)
	ln, err := net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	got := make(chan int64, 1)
	go func() { // ends when ln closes
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { // echoes one byte, then counts the rest
				defer c.Close()
				var b [1]byte
				if _, err := io.ReadFull(c, b[:]); err != nil {
					return
				}
				c.Write(b[:])
				k, _ := io.Copy(io.Discard, c)
				c.Write([]byte{1})
				got <- k
			}()
		}
	}()
	entry, err := n.Route(0, 1, ln.Addr().(*net.TCPAddr))
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.DialTCP("tcp4", nil, entry)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if !n.Routed(c.RemoteAddr()) {
		t.Errorf("Routed(%v) = false for a route's entry", c.RemoteAddr())
	}
	var b [1]byte
	t0 := time.Now()
	c.Write([]byte{7})
	if _, err := io.ReadFull(c, b[:]); err != nil || b[0] != 7 {
		t.Fatalf("echo: %v %v", b, err)
	}
	if rtt := time.Since(t0); rtt < 50*time.Millisecond {
		t.Errorf("round trip %v, want at least 30+20 ms", rtt)
	}
	const size = 3 << 20
	t0 = time.Now()
	if _, err := c.Write(make([]byte, size)); err != nil {
		t.Fatal(err)
	}
	c.CloseWrite()
	if _, err := io.ReadFull(c, b[:]); err != nil {
		t.Fatal(err)
	}
	d := time.Since(t0)
	if k := <-got; k != size {
		t.Fatalf("target got %d bytes, want %d", k, size)
	}
	rate := float64(size) * 8 / d.Seconds()
	t.Logf("%d bytes in %v: %.1f Mbit/s of the path's 16", size, d, rate/1e6)
	// The bucket lets 32 KiB through at once; nothing else may exceed the
	// rate.
	if floor := time.Duration(float64(size-64<<10) * 8 / 16e6 * float64(time.Second)); d < floor {
		t.Errorf("%d bytes in %v, faster than the 16 Mbit/s uplink allows (%v)", size, d, floor)
	}
	if os.Getenv("WAN_TEST_VERBOSE") != "" {
		t.Logf("namespaces %s-*", n.prefix)
	}
}

func TestSites(t *testing.T) {
	c := Sites([]string{"eu", "us", "eu", "us"}, 20e6, 100e6, 5*time.Millisecond, 80*time.Millisecond)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		for j := range 4 {
			want := 80 * time.Millisecond
			switch {
			case i == j:
				want = 0
			case i%2 == j%2:
				want = 5 * time.Millisecond
			}
			if c.Delay[i][j] != want {
				t.Errorf("delay %d→%d = %v, want %v", i, j, c.Delay[i][j], want)
			}
		}
	}
}

func TestParseDelays(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want [][]time.Duration
		err  string
	}{
		{in: "0,5,80;5,0,80;80,80,0", want: [][]time.Duration{{0, 5e6, 80e6}, {5e6, 0, 80e6}, {80e6, 80e6, 0}}},
		{in: " 0s, 1.5ms ; 2ms ,0 ", want: [][]time.Duration{{0, 1.5e6}, {2e6, 0}}},
		{in: "0,2s;1,0", want: [][]time.Duration{{0, 2e9}, {1e6, 0}}},
		{in: "-1,3;3,-1", err: "delay 0→0"},
		{in: "0", err: "1 rows"},
		{in: "0,1;1", err: "row 1 has 1 entries"},
		{in: "0,x;1,0", err: `delay 0→1 "x"`},
		{in: "0,3s;1,0", err: "delay 0→1 is 3s"},
		{in: "0,-2ms;1,0", err: "delay 0→1 is -2ms"},
		{in: "0,NaN;1,0", err: "delay 0→1"},
	} {
		got, err := ParseDelays(tc.in)
		if tc.err != "" {
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseDelays(%q) = %v, %v; want ErrConfig saying %q", tc.in, got, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDelays(%q): %v", tc.in, err)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("ParseDelays(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzParseDelays: whatever ParseDelays accepts is a square matrix in
// range that a topology takes, and FormatDelays writes it back exactly.
func FuzzParseDelays(f *testing.F) {
	for _, s := range []string{"0,5,80;5,0,80;80,80,0", "0s,1.5ms;2ms,0", "0,1e3;1,0", ";", "0,1;1", "1h,0;0,1h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseDelays(s)
		if err != nil {
			return
		}
		c := Uniform(len(m), 20e6, 20e6, 0)
		c.Delay = m
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseDelays(%q) accepted a matrix Validate refuses: %v", s, err)
		}
		back, err := ParseDelays(FormatDelays(m))
		if err != nil || fmt.Sprint(back) != fmt.Sprint(m) {
			t.Fatalf("round trip of %q: %v, %v; want %v", s, back, err, m)
		}
	})
}

// TestLossDrops: a peer's loss rule drops packets for real (its counter
// rises) and TCP still delivers every byte.
func TestLossDrops(t *testing.T) {
	cfg := Uniform(2, 50e6, 50e6, 5*time.Millisecond)
	cfg.Peers[0].Loss = 0.02
	n := start(t, cfg)
	ln, err := net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	got := make(chan int64, 1)
	go func() { // one connection: counts its bytes
		c, err := ln.Accept()
		if err != nil {
			got <- -1
			return
		}
		defer c.Close()
		k, _ := io.Copy(io.Discard, c)
		got <- k
	}()
	entry, err := n.Route(0, 1, ln.Addr().(*net.TCPAddr))
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.DialTCP("tcp4", nil, entry)
	if err != nil {
		t.Fatal(err)
	}
	const size = 2 << 20
	if _, err := c.Write(make([]byte, size)); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if k := <-got; k != size {
		t.Fatalf("target got %d bytes, want %d", k, size)
	}
	d, err := n.Dropped(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if d == 0 {
		t.Errorf("no packet dropped at 2%% loss over %d bytes", size)
	}
	if d1, err := n.Dropped(context.Background(), 1); err != nil || d1 != 0 {
		t.Errorf("Dropped(1) = %d, %v; want 0 (no loss set)", d1, err)
	}
	t.Logf("%d packets dropped", d)
}
