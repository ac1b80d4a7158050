package mesh

import (
	"fmt"

	"github.com/libp2p/go-libp2p"
	yamux "github.com/libp2p/go-libp2p/p2p/muxer/yamux"
)

// TransportParams tune the stream multiplexer for bulk data: the
// all-reduce moves tens of megabytes per step over direct streams, where
// go-libp2p's defaults are tuned for many small streams.
//
// What limits a stream on loopback is CPU per byte, not windows: each yamux
// message is copied into a pooled buffer, handed to the session's send
// goroutine, and encrypted by TLS in records of at most 16 KiB, which
// crypto/tls sends with one write system call each unless TLSBatchWrites
// collects them. Larger yamux messages mean fewer hand-offs and headers
// per byte (measured in BENCHMARKS.md). Over a WAN the stream window is the
// limit instead: a stream moves at most one window per round trip.
//
// Every stream to a peer shares one connection (go-libp2p keeps one per
// pair of peers), so one goroutine encrypts and one decrypts all of them:
// a connection moves at most about one core's worth of AES-GCM and copying
// each way. Several connections per peer would lift that on machines with
// cores to spare, but go-libp2p offers them only as several hosts
// (BENCHMARKS.md, "libp2p versus raw TCP").
type TransportParams struct {
	// YamuxWindowBytes is the largest receive window of one stream, in
	// bytes (256 KiB to 1 GiB). A stream's throughput is at most
	// window / round-trip time: 16 MiB (libp2p's default) allows ~1.3 Gb/s
	// at 100 ms. A stream starts at 256 KiB and yamux doubles its window
	// each time a whole window drains within four round trips, reserving
	// the memory from the resource manager as it grows, so large values
	// only cost memory on streams that use them (and on loopback, where a
	// window rarely drains that fast, the window seldom grows at all).
	YamuxWindowBytes uint32
	// YamuxInitialWindowBytes is the receive window a stream grants at
	// once, before any auto-tuning (256 KiB to YamuxWindowBytes; 0:
	// yamux's 256 KiB).
	YamuxInitialWindowBytes uint32
	// YamuxMessageBytes is the largest yamux data frame, in bytes (16 KiB to
	// 16 MiB). yamux's default, 64 KiB, keeps one busy stream from
	// delaying others on the connection by more than one small frame; bulk
	// transfers go faster with larger frames.
	YamuxMessageBytes uint32
	// TLSBatchWrites sends the TLS records of one write (a yamux frame)
	// in one system call, up to 1 MiB, instead of one per 16 KiB record.
	// The protocol and the bytes on the wire are unchanged; false runs
	// go-libp2p's TLS transport as it is (for comparison).
	TLSBatchWrites bool
}

// DefaultTransportParams keep libp2p's 16 MiB window and raise the yamux
// frame to 256 KiB: a quarter of the hand-offs to yamux's send goroutine
// per byte, while other streams' frames still interleave every quarter
// megabyte. On loopback on the 2-core project machine neither the frame
// size (64 KiB to 1 MiB) nor the window (16 or 64 MiB, or a 16 MiB initial
// window) moved the all-reduce's ring beyond the run-to-run noise
// (BENCHMARKS.md): there the CPU cost of TLS (AES-GCM both ways, and with
// go-libp2p's TLS as it is one write system call per 16 KiB record) and
// yamux's copies is the limit, so TLS records are sent in batches. The
// window matters on long links, where a stream moves at most one window
// per round trip.
//
// Streams start with a 4 MiB window (yamux's own start is 256 KiB): a
// stream moves at most a window per round trip, 256 KiB per 80 ms is 26
// Mbit/s, and yamux's auto-tuning grows a window only after it drains
// within four round trips, reserving memory at a priority the resource
// manager refuses past half its limits. Over an emulated home internet (4
// peers, 100 Mbit/s, 40 ms one way, 16 MiB fp32; `trainmesh bench wan`)
// the all-reduce moved 0.63 of the link with 256 KiB, 0.72 with 4 MiB and
// 0.75 with 16 MiB, median of 3 in one run (BENCHMARKS.md). 4 MiB covers
// 100 Mbit/s at a 320 ms round trip per stream. The cost: yamux reserves
// only 256 KiB of a stream's start window from the resource manager, so a
// peer may have each of its streams hold up to 4 MiB that the receiver's
// handler has not read yet (every handler of the mesh reads its streams,
// and the resource manager bounds streams per peer).
func DefaultTransportParams() TransportParams {
	return TransportParams{
		YamuxWindowBytes:        16 << 20,
		YamuxInitialWindowBytes: 4 << 20,
		YamuxMessageBytes:       256 << 10,
		TLSBatchWrites:          true,
	}
}

// Validate reports the first setting out of range.
func (t *TransportParams) Validate() error {
	if t.YamuxWindowBytes < 256<<10 || t.YamuxWindowBytes > 1<<30 {
		return fmt.Errorf("mesh: yamux window %d bytes: want 256 KiB to 1 GiB", t.YamuxWindowBytes)
	}
	if w := t.YamuxInitialWindowBytes; w != 0 && (w < 256<<10 || w > t.YamuxWindowBytes) {
		return fmt.Errorf("mesh: yamux initial window %d bytes: want 256 KiB to the largest window (%d)", w, t.YamuxWindowBytes)
	}
	if t.YamuxMessageBytes < 16<<10 || t.YamuxMessageBytes > 16<<20 {
		return fmt.Errorf("mesh: yamux message size %d bytes: want 16 KiB to 16 MiB", t.YamuxMessageBytes)
	}
	return nil
}

// options returns the libp2p options that apply t.
func (t *TransportParams) options() []libp2p.Option {
	cfg := *yamux.DefaultTransport // a copy: the default is shared process-wide
	cfg.MaxStreamWindowSize = t.YamuxWindowBytes
	cfg.MaxMessageSize = t.YamuxMessageBytes
	if t.YamuxInitialWindowBytes != 0 {
		cfg.InitialStreamWindowSize = t.YamuxInitialWindowBytes
	}
	return []libp2p.Option{libp2p.Muxer(yamux.ID, &cfg)}
}
