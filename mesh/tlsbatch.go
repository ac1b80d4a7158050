package mesh

import (
	"context"
	"net"
	"sync"
	"sync/atomic"

	pool "github.com/libp2p/go-buffer-pool"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/core/sec"
	tptu "github.com/libp2p/go-libp2p/p2p/net/upgrader"
	libp2ptls "github.com/libp2p/go-libp2p/p2p/security/tls"
)

// batchedTLS is go-libp2p's TLS 1.3 security transport (the same protocol
// ID, handshake and records on the wire) with one system call per write
// instead of one per record.
//
// crypto/tls sends each record of at most 16 KiB with a write call of its
// own, so a 256 KiB yamux frame costs 17 sends; on loopback a send also
// runs the receiver's TCP input, and that per-call cost was a large part
// of what a libp2p stream pays over raw TCP (BENCHMARKS.md, "libp2p versus
// raw TCP"). Here the records of one Write are collected under TLS and
// leave in one send. A peer running unmodified libp2p TLS cannot tell.
//
// Reads are left as they are: a buffer under TLS that one receive call
// fills saved no time, since it adds a copy for every call it saves.
type batchedTLS struct {
	inner *libp2ptls.Transport
}

var _ sec.SecureTransport = (*batchedTLS)(nil)

const (
	// batchedTLSWriteLimit bounds the ciphertext a batch holds back: past
	// it the batch goes out and a new one starts, so a large Write costs
	// at most this much memory beyond TLS's own, and only while it runs.
	batchedTLSWriteLimit = 1 << 20
	// tlsRecordPayload is the most plaintext in one TLS 1.3 record.
	tlsRecordPayload = 16 << 10
	// tlsRecordOverhead is what a full TLS 1.3 record adds to its
	// plaintext: header, content type and AEAD tag.
	tlsRecordOverhead = 5 + 1 + 16
)

// batchedSends counts the sends that carried a batch, process-wide (the
// tests read it to see that a host's streams really go through batches).
var batchedSends atomic.Int64

// newBatchedTLS has the signature libp2p.Security wants of a constructor.
func newBatchedTLS(id protocol.ID, key crypto.PrivKey, muxers []tptu.StreamMuxer) (*batchedTLS, error) {
	inner, err := libp2ptls.New(id, key, muxers)
	if err != nil {
		return nil, err
	}
	return &batchedTLS{inner: inner}, nil
}

func (t *batchedTLS) ID() protocol.ID { return t.inner.ID() }

func (t *batchedTLS) SecureInbound(ctx context.Context, insecure net.Conn, p peer.ID) (sec.SecureConn, error) {
	raw := &batchingConn{Conn: insecure}
	sc, err := t.inner.SecureInbound(ctx, raw, p)
	if err != nil {
		return nil, err
	}
	return &batchedSecureConn{SecureConn: sc, raw: raw}, nil
}

func (t *batchedTLS) SecureOutbound(ctx context.Context, insecure net.Conn, p peer.ID) (sec.SecureConn, error) {
	raw := &batchingConn{Conn: insecure}
	sc, err := t.inner.SecureOutbound(ctx, raw, p)
	if err != nil {
		return nil, err
	}
	return &batchedSecureConn{SecureConn: sc, raw: raw}, nil
}

// batchedSecureConn opens a batch on the socket for the span of each
// Write of more than one record, so the records leave together.
type batchedSecureConn struct {
	sec.SecureConn
	raw *batchingConn
}

func (c *batchedSecureConn) Write(p []byte) (int, error) {
	if len(p) <= tlsRecordPayload {
		return c.SecureConn.Write(p) // one record: nothing to batch
	}
	c.raw.begin(len(p) + (len(p)/tlsRecordPayload+1)*tlsRecordOverhead)
	n, err := c.SecureConn.Write(p)
	if ferr := c.raw.end(); err == nil {
		err = ferr
	}
	return n, err
}

// batchingConn is the socket under TLS. Outside a batch a write goes
// straight out (the handshake, alerts, and the key updates TLS answers
// while reading); inside one, writes collect until the last open batch
// ends. TLS serialises its record writes, but a record written while
// reading can land in another goroutine's batch, hence the lock; it then
// leaves with that batch, in order.
type batchingConn struct {
	net.Conn

	mu      sync.Mutex
	batches int    // Writes in progress above
	pending []byte // ciphertext not yet sent; from the pool, nil between batches
	want    int    // the buffer size the open batches asked for
	err     error  // the first failed send: the connection is broken
}

func (c *batchingConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return 0, c.err
	}
	if c.batches == 0 {
		return c.Conn.Write(p)
	}
	if len(c.pending)+len(p) > cap(c.pending) {
		// Full, or the batch's first record: send what is held, then hold
		// p in a buffer large enough for it.
		if err := c.sendLocked(); err != nil {
			return 0, err
		}
		if cap(c.pending) < len(p) {
			pool.Put(c.pending)
			c.pending = pool.Get(max(c.want, len(p)))[:0]
		}
	}
	c.pending = append(c.pending, p...)
	return len(p), nil
}

// begin opens a batch for about size bytes of ciphertext.
func (c *batchingConn) begin(size int) {
	c.mu.Lock()
	c.batches++
	c.want = min(max(c.want, size), batchedTLSWriteLimit)
	c.mu.Unlock()
}

// end closes a batch and sends what it holds: the caller's records are on
// the socket (or the connection has failed) when it returns.
func (c *batchingConn) end() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.batches--
	err := c.sendLocked()
	if c.batches == 0 {
		// Nothing is held between batches: a connection that once moved
		// a large frame does not keep a buffer for it.
		pool.Put(c.pending)
		c.pending, c.want = nil, 0
	}
	return err
}

func (c *batchingConn) sendLocked() error {
	if c.err != nil {
		return c.err
	}
	if len(c.pending) == 0 {
		return nil
	}
	if _, err := c.Conn.Write(c.pending); err != nil {
		// As in crypto/tls, a failed or timed-out send leaves the
		// connection broken: a record may be half sent.
		c.err = err
		return err
	}
	c.pending = c.pending[:0]
	batchedSends.Add(1)
	return nil
}
