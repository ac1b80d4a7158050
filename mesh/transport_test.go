package mesh

import (
	"context"
	"fmt"
	"io"
	"net"
	"testing"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/identity"
)

func TestTransportParamsValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*TransportParams)
		ok   bool
	}{
		{"default", func(*TransportParams) {}, true},
		{"window too small", func(p *TransportParams) { p.YamuxWindowBytes = 1 << 10 }, false},
		{"window too large", func(p *TransportParams) { p.YamuxWindowBytes = 2 << 30 }, false},
		{"yamux's start window", func(p *TransportParams) { p.YamuxInitialWindowBytes = 0 }, true},
		{"start window too small", func(p *TransportParams) { p.YamuxInitialWindowBytes = 128 << 10 }, false},
		{"start window above the largest", func(p *TransportParams) { p.YamuxInitialWindowBytes = p.YamuxWindowBytes + 1 }, false},
		{"start window the largest", func(p *TransportParams) { p.YamuxInitialWindowBytes = p.YamuxWindowBytes }, true},
		{"frame too small", func(p *TransportParams) { p.YamuxMessageBytes = 1 << 10 }, false},
		{"frame too large", func(p *TransportParams) { p.YamuxMessageBytes = 32 << 20 }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultTransportParams()
			tc.edit(&p)
			if err := p.Validate(); (err == nil) != tc.ok {
				t.Errorf("Validate() = %v; want ok=%v", err, tc.ok)
			}
		})
	}
}

// BenchmarkStreamThroughput moves data over one stream between two hosts
// on 127.0.0.1 with each transport setting, and over one raw TCP
// connection as the baseline (compare MB/s within one run):
//
//	go test -run='^$' -bench=StreamThroughput -count=5 ./mesh
func BenchmarkStreamThroughput(b *testing.B) {
	const write = 1 << 20
	buf := make([]byte, write)
	b.Run("tcp", func(b *testing.B) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		defer ln.Close()
		go func() {
			c, err := ln.Accept()
			if err == nil {
				_, _ = io.Copy(io.Discard, c)
				c.Close()
			}
		}()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		b.SetBytes(write)
		for b.Loop() {
			if _, err := c.Write(buf); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, cfg := range []struct {
		security string
		frame    uint32
		window   uint32
		batch    bool // TLSBatchWrites
	}{
		{"tls", 64 << 10, 16 << 20, false}, // go-libp2p's defaults
		{"tls", 256 << 10, 16 << 20, false},
		{"tls", 256 << 10, 16 << 20, true}, // trainmesh's defaults
		{"tls", 64 << 10, 16 << 20, true},
		{"tls", 1 << 20, 16 << 20, true},
		{"tls", 256 << 10, 64 << 20, true},
		{"noise", 256 << 10, 16 << 20, false},
	} {
		b.Run(fmt.Sprintf("%s/batch=%v/frame=%dKiB/window=%dMiB", cfg.security, cfg.batch, cfg.frame>>10, cfg.window>>20), func(b *testing.B) {
			mk := func(seed string) *Host {
				p := LocalParams()
				p.Security = cfg.security
				p.Transport.YamuxMessageBytes, p.Transport.YamuxWindowBytes = cfg.frame, cfg.window
				p.Transport.TLSBatchWrites = cfg.batch
				h, err := New(context.Background(), identity.FromSeed([]byte(seed)).LibP2P(), p, nil)
				if err != nil {
					b.Fatal(err)
				}
				return h
			}
			src, dst := mk("bench-src"), mk("bench-dst")
			defer src.Close()
			defer dst.Close()
			dst.SetStreamHandler("/trainmesh/bench/stream/1.0.0", func(s network.Stream) {
				_, _ = io.Copy(io.Discard, s)
				s.Close()
			})
			if err := src.Host.Connect(context.Background(), peer.AddrInfo{ID: dst.ID(), Addrs: dst.Addrs()}); err != nil {
				b.Fatal(err)
			}
			s, err := src.NewStream(context.Background(), dst.ID(), "/trainmesh/bench/stream/1.0.0")
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			b.SetBytes(write)
			for b.Loop() {
				if _, err := s.Write(buf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
