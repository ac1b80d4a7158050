package allreduce

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh/frame"
)

// Direct lanes: the ring's data on TCP connections of its own.
//
// A lane opened as a libp2p stream (TLS 1.3 over TCP, yamux inside) pays
// for yamux's framing and copies, TLS's 16 KiB records and a receive per
// record: with one process per peer on loopback that came to 1.6-1.9 ns of
// CPU per byte carried against plain TCP's 0.3-0.5 (BENCHMARKS.md). So the
// lane's stream, once opened and mutually authenticated by libp2p, is used
// to agree on a TCP connection for the lane's data, with keys of its own:
//
//  1. The opener's hello sets Direct and carries 32 random bytes (R_o).
//  2. The receiver answers with an offer frame: whether it takes a direct
//     lane, its own 32 random bytes (R_r), a 16-byte ticket and the TCP
//     address of its lane listener (the libp2p connection's local IP and the
//     listener's port).
//  3. The opener dials the address (within laneDialTimeout), sends the
//     ticket and a confirm record sealed with the lane's key, then a choice
//     frame on the stream: 1 if it dialled, 0 if not.
//  4. The receiver, on 1, takes the connection that brought the ticket,
//     checks the confirm record, and answers an ack frame: 1 (the lane
//     runs on the TCP connection) or 0 (it runs on the stream).
//
// Both keys come from HKDF-SHA256 over R_o and R_r, bound to the group,
// the view's epoch and digest, both peer IDs, the lane and the direction
// (laneKey): only the two peers saw R_o and R_r, so no one else can seal
// a record the receiver accepts, and a lane's records are good on no other
// lane, view or pair. The ticket only finds the waiting lane; a stranger
// that sends it fails the confirm record and the lane falls back.
//
// Wherever the direct connection cannot be made (the receiver is behind a
// NAT, a firewall drops the port, the link is relayed, either side has
// direct lanes off) the lane runs on the stream as before: the bytes on
// the lane are the same either way, so the members' sums are too.

const (
	// laneDialTimeout bounds the opener's dial of a receiver's lane
	// listener: a listener that is reachable answers a SYN within a round
	// trip; one behind a NAT is usually silent, and the lane falls back.
	laneDialTimeout = 3 * time.Second
	// laneAcceptWait bounds how long a receiver waits for the connection
	// of a lane whose opener says it dialled: the connection is already
	// made then, and its ticket sent; only a loaded machine delays it.
	laneAcceptWait = 30 * time.Second
	// lanePreambleTimeout bounds how long an accepted connection may take
	// to send its ticket.
	lanePreambleTimeout = 10 * time.Second
	// lanePreamblesMax bounds the accepted connections whose tickets are
	// being read at once; more are closed at once (a member has at most
	// lanesMax lanes per predecessor and stashEpochsMax views linking).
	lanePreamblesMax = 64
	// laneFailedMax bounds the addresses a group remembers as undialable.
	laneFailedMax = 64
	offerMagic    = "TMLO"
	preambleMagic = "TMLN"
	offerAddrMax  = 128
)

// lane is one lane of a ring link as the ring uses it: the libp2p stream
// it was opened as, or a directLane.
type lane interface {
	io.Reader
	io.Writer
	SetReadDeadline(time.Time) error
	SetWriteDeadline(time.Time) error
	Reset() error
	CloseWrite() error
	// Conn is the libp2p connection the lane was opened on (its peer,
	// address, whether relayed).
	Conn() network.Conn
}

// frameWriter is a lane that sends a chunk's header and payload in one
// go (directLane); a stream gets two writes, which its TLS batches.
type frameWriter interface {
	writeFrame(hdr, payload []byte) error
}

// directLane is one direction of a lane on a TCP connection of its own:
// the opener only writes, the receiver only reads.
type directLane struct {
	st network.Stream // the lane's libp2p stream, idle; reset with the lane
	c  net.Conn
	w  *laneWriter // the opener's
	r  *laneReader // the receiver's
}

var errLaneDirection = errors.New("allreduce: a direct lane carries one direction")

func (d *directLane) Read(p []byte) (int, error) {
	if d.r == nil {
		return 0, errLaneDirection
	}
	return d.r.Read(p)
}

func (d *directLane) Write(p []byte) (int, error) {
	if d.w == nil {
		return 0, errLaneDirection
	}
	if err := d.w.writeParts(p); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (d *directLane) writeFrame(hdr, payload []byte) error {
	if d.w == nil {
		return errLaneDirection
	}
	return d.w.writeParts(hdr, payload)
}

func (d *directLane) SetReadDeadline(t time.Time) error  { return d.c.SetReadDeadline(t) }
func (d *directLane) SetWriteDeadline(t time.Time) error { return d.c.SetWriteDeadline(t) }
func (d *directLane) Conn() network.Conn                 { return d.st.Conn() }

// Reset closes the connection, which fails the peer's reads and writes at
// once, as a stream reset does.
func (d *directLane) Reset() error {
	_ = d.st.Reset()
	return d.c.Close()
}

// CloseWrite ends the lane after what was written: a close record, then
// the connection's write side.
func (d *directLane) CloseWrite() error {
	if d.w == nil {
		return errLaneDirection
	}
	if err := d.w.control(recClose); err != nil {
		return err
	}
	if tc, ok := d.c.(interface{ CloseWrite() error }); ok {
		return tc.CloseWrite()
	}
	return nil
}

// offer is the receiver's answer to a hello that asks for a direct lane.
type offer struct {
	Direct bool
	Rand   [32]byte
	Ticket [16]byte
	Addr   string // host:port of the lane listener
}

// offer: "TMLO" | direct u8 | random [32] | ticket [16] | address (the rest, at most offerAddrMax)
func (o *offer) encode() []byte {
	b := append([]byte(offerMagic), 0)
	if o.Direct {
		b[4] = 1
	}
	b = append(b, o.Rand[:]...)
	b = append(b, o.Ticket[:]...)
	return append(b, o.Addr...)
}

func decodeOffer(b []byte) (offer, error) {
	var o offer
	const fixed = 4 + 1 + 32 + 16
	if len(b) < fixed || len(b) > fixed+offerAddrMax {
		return o, fmt.Errorf("%w: lane offer of %d bytes, want %d to %d", ErrProtocol, len(b), fixed, fixed+offerAddrMax)
	}
	if string(b[:4]) != offerMagic || b[4] > 1 {
		return o, fmt.Errorf("%w: malformed lane offer", ErrProtocol)
	}
	o.Direct = b[4] == 1
	copy(o.Rand[:], b[5:37])
	copy(o.Ticket[:], b[37:53])
	o.Addr = string(b[53:])
	if o.Direct {
		if _, _, err := net.SplitHostPort(o.Addr); err != nil {
			return o, fmt.Errorf("%w: lane offer address %q: %v", ErrProtocol, o.Addr, err)
		}
	} else if o.Addr != "" {
		return o, fmt.Errorf("%w: lane offer without a direct lane names an address", ErrProtocol)
	}
	return o, nil
}

// laneListener accepts the direct lanes of a Service's groups. Each
// accepted connection names, by its ticket, the lane handshake waiting for
// it.
type laneListener struct {
	ln   net.Listener
	log  interface{ Debug(string, ...any) }
	port int
	ip   net.IP // the IP it is bound to (unspecified: all)
	sem  chan struct{}
	wg   sync.WaitGroup

	mu      sync.Mutex // mu guards waiting
	waiting map[[16]byte]chan net.Conn
}

// listenLanes listens for direct lanes on the IP of the host's first TCP
// listen address (127.0.0.1 in tests, the node's configured address
// otherwise), on a port of the kernel's choice.
func listenLanes(listenAddrs []string, log interface{ Debug(string, ...any) }) (*laneListener, error) {
	var ip net.IP
	for _, s := range listenAddrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			continue
		}
		if _, err := a.ValueForProtocol(ma.P_TCP); err != nil {
			continue
		}
		if ip, err = manet.ToIP(a); err == nil {
			break
		}
	}
	if ip == nil {
		return nil, errors.New("allreduce: the host listens on no TCP address; direct lanes are off")
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(ip.String(), "0"))
	if err != nil {
		return nil, fmt.Errorf("allreduce: listen for direct lanes on %s: %w", ip, err)
	}
	l := &laneListener{
		ln: ln, log: log, port: ln.Addr().(*net.TCPAddr).Port, ip: ip,
		sem: make(chan struct{}, lanePreamblesMax), waiting: map[[16]byte]chan net.Conn{},
	}
	l.wg.Go(l.acceptLoop)
	return l, nil
}

func (l *laneListener) close() {
	_ = l.ln.Close()
	l.wg.Wait()
}

func (l *laneListener) acceptLoop() {
	for {
		c, err := l.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			// A transient failure (out of descriptors): the lanes that
			// miss their connection fall back to their streams.
			l.log.Debug("all-reduce: accepting a direct lane", "err", err)
			continue
		}
		select {
		case l.sem <- struct{}{}:
		default:
			_ = c.Close()
			continue
		}
		l.wg.Go(func() {
			defer func() { <-l.sem }()
			l.route(c)
		})
	}
}

// route reads the ticket of an accepted connection and hands the
// connection to the handshake waiting for it.
func (l *laneListener) route(c net.Conn) {
	var pre [4 + 16]byte
	_ = c.SetReadDeadline(clock.NetDeadline(lanePreambleTimeout))
	if _, err := io.ReadFull(c, pre[:]); err != nil || string(pre[:4]) != preambleMagic {
		_ = c.Close()
		return
	}
	_ = c.SetReadDeadline(time.Time{})
	var t [16]byte
	copy(t[:], pre[4:])
	l.mu.Lock()
	ch := l.waiting[t]
	delete(l.waiting, t)
	l.mu.Unlock()
	if ch == nil {
		_ = c.Close()
		return
	}
	ch <- c // buffered, and each ticket is taken once
}

// expect registers a ticket; the channel gets its connection.
func (l *laneListener) expect(t [16]byte) chan net.Conn {
	ch := make(chan net.Conn, 1)
	l.mu.Lock()
	l.waiting[t] = ch
	l.mu.Unlock()
	return ch
}

// forget drops a ticket; a connection already routed to it is closed.
func (l *laneListener) forget(t [16]byte, ch chan net.Conn) {
	l.mu.Lock()
	delete(l.waiting, t)
	l.mu.Unlock()
	select {
	case c := <-ch:
		_ = c.Close()
	default:
	}
}

// addrFor is the address to offer on a libp2p connection whose local end
// is local: the listener's IP where it is bound to one, else the IP the
// opener already reaches this host on.
func (l *laneListener) addrFor(local ma.Multiaddr) (string, bool) {
	lip, err := manet.ToIP(local)
	if err != nil || lip.IsUnspecified() {
		return "", false
	}
	ip := l.ip
	switch {
	case ip.IsUnspecified():
		ip = lip
	case ip.IsLoopback() && !lip.IsLoopback():
		// The opener reached this host from elsewhere (or through a
		// forwarder, as bench wan's emulated links): a loopback
		// listener is not its to dial.
		return "", false
	}
	return net.JoinHostPort(ip.String(), strconv.Itoa(l.port)), true
}

// lanes returns the Service's lane listener, started on first use; nil
// where the host cannot listen for them (the error is logged once).
func (s *Service) lanes() *laneListener {
	s.lanesOnce.Do(func() {
		l, err := listenLanes(s.host.Params().ListenAddrs, s.log)
		if err != nil {
			s.log.Info("all-reduce: direct lanes unavailable; lanes run on libp2p streams", "err", err)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			l.close()
			return
		}
		s.laneLn = l
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.laneLn
}

func randBytes(b []byte) {
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("allreduce: crypto/rand: %v", err)) // never fails on Linux
	}
}

// acceptDirect is the receiver's side of the lane handshake on st, whose
// hello h asked for a direct lane. It returns the lane to use: a
// directLane, or st itself where the lane falls back.
func (s *Service) acceptDirect(g *Group, st network.Stream, h hello) (lane, error) {
	var o offer
	ln := (*laneListener)(nil)
	if g.params.DirectLanes && !st.Conn().Stat().Limited {
		ln = s.lanes()
	}
	if ln != nil {
		o.Addr, o.Direct = ln.addrFor(st.Conn().LocalMultiaddr())
	}
	if o.Direct && g.hooks.offerAddr != nil {
		o.Addr = g.hooks.offerAddr(o.Addr)
	}
	_ = st.SetDeadline(clock.NetDeadline(helloTimeout))
	defer func() { _ = st.SetDeadline(time.Time{}) }()
	if !o.Direct {
		o.Addr = ""
		return st, frame.Write(st, o.encode(), helloBytesMax)
	}
	randBytes(o.Rand[:])
	randBytes(o.Ticket[:])
	ch := ln.expect(o.Ticket)
	defer ln.forget(o.Ticket, ch)
	if err := frame.Write(st, o.encode(), helloBytesMax); err != nil {
		return nil, err
	}
	_ = st.SetReadDeadline(clock.NetDeadline(laneDialTimeout + helloTimeout))
	choice, err := frame.Read(st, nil, 1)
	if err != nil {
		return nil, fmt.Errorf("lane handshake: read the choice: %w", err)
	}
	if len(choice) != 1 || choice[0] > 1 {
		return nil, fmt.Errorf("%w: lane choice %x", ErrProtocol, choice)
	}
	if choice[0] == 0 {
		return st, nil
	}
	d, err := s.takeDirect(g, st, h, o, ch)
	ack := []byte{1}
	if err != nil {
		s.log.Debug("all-reduce: direct lane not taken; the lane runs on its stream", "peer", st.Conn().RemotePeer(), "lane", h.Lane, "err", err)
		ack[0] = 0
	}
	_ = st.SetWriteDeadline(clock.NetDeadline(helloTimeout))
	if werr := frame.Write(st, ack, 1); werr != nil {
		if d != nil {
			_ = d.c.Close()
		}
		return nil, werr
	}
	if d == nil {
		return st, nil
	}
	s.watch(d)
	return d, nil
}

// takeDirect waits for the connection that brings o's ticket and checks
// its confirm record.
func (s *Service) takeDirect(g *Group, st network.Stream, h hello, o offer, ch chan net.Conn) (*directLane, error) {
	t := s.clk.Timer(laneAcceptWait)
	defer t.Stop()
	var c net.Conn
	select {
	case c = <-ch:
	case <-t.C:
		return nil, fmt.Errorf("no connection within %v", laneAcceptWait)
	case <-g.ctx.Done():
		return nil, ErrClosed
	}
	key, err := laneKey(h.Rand, o.Rand, h.Group, h.Epoch, h.Digest, st.Conn().RemotePeer(), s.host.ID(), h.Lane, "data")
	if err != nil {
		_ = c.Close()
		return nil, err
	}
	aead, err := newLaneAEAD(key)
	if err != nil {
		_ = c.Close()
		return nil, err
	}
	r := newLaneReader(c, aead)
	_ = c.SetReadDeadline(clock.NetDeadline(laneAcceptWait))
	if err := r.expect(recConfirm); err != nil {
		_ = c.Close()
		return nil, fmt.Errorf("confirm record: %w", err)
	}
	_ = c.SetReadDeadline(time.Time{})
	return &directLane{st: st, c: c, r: r}, nil
}

// openDirect is the opener's side of the lane handshake on st, after its
// hello h asked for a direct lane. It returns the lane to use.
func (g *Group) openDirect(ctx context.Context, st network.Stream, h hello, to peer.ID) (lane, error) {
	if dl, ok := ctx.Deadline(); ok {
		_ = st.SetDeadline(dl)
	}
	defer func() { _ = st.SetDeadline(time.Time{}) }()
	b, err := frame.Read(st, nil, helloBytesMax)
	if err != nil {
		return nil, fmt.Errorf("lane handshake: read the offer: %w", err)
	}
	o, err := decodeOffer(b)
	if err != nil {
		return nil, err
	}
	if !o.Direct {
		return st, nil
	}
	var d *directLane
	if !g.laneFailed(o.Addr) {
		d, err = g.dialDirect(ctx, st, h, o, to)
		if err != nil {
			g.log.Debug("direct lane not dialled; the lane runs on its stream", "peer", to, "addr", o.Addr, "err", err)
			g.markLaneFailed(o.Addr)
		}
	}
	choice := []byte{0}
	if d != nil {
		choice[0] = 1
	}
	if err := frame.Write(st, choice, 1); err != nil {
		if d != nil {
			_ = d.c.Close()
		}
		return nil, err
	}
	if d == nil {
		return st, nil
	}
	ack, err := frame.Read(st, nil, 1)
	if err != nil || len(ack) != 1 || ack[0] > 1 {
		_ = d.c.Close()
		if err == nil {
			err = fmt.Errorf("%w: lane ack %x", ErrProtocol, ack)
		}
		return nil, fmt.Errorf("lane handshake: read the ack: %w", err)
	}
	if ack[0] == 0 {
		_ = d.c.Close()
		g.markLaneFailed(o.Addr)
		return st, nil
	}
	g.svc.watch(d)
	return d, nil
}

// dialDirect dials the offered address and proves the keys.
func (g *Group) dialDirect(ctx context.Context, st network.Stream, h hello, o offer, to peer.ID) (*directLane, error) {
	key, err := laneKey(h.Rand, o.Rand, h.Group, h.Epoch, h.Digest, g.self, to, h.Lane, "data")
	if err != nil {
		return nil, err
	}
	aead, err := newLaneAEAD(key)
	if err != nil {
		return nil, err
	}
	dctx, cancel := g.clk.WithTimeout(ctx, laneDialTimeout)
	defer cancel()
	var dialer net.Dialer
	c, err := dialer.DialContext(dctx, "tcp", o.Addr)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = c.SetWriteDeadline(dl)
	}
	w := newLaneWriter(c, aead)
	pre := append([]byte(preambleMagic), o.Ticket[:]...)
	if _, err := c.Write(pre); err != nil {
		_ = c.Close()
		return nil, err
	}
	if err := w.control(recConfirm); err != nil {
		_ = c.Close()
		return nil, err
	}
	_ = c.SetWriteDeadline(time.Time{})
	return &directLane{st: st, c: c, w: w}, nil
}

// laneFailed reports whether a direct lane to addr failed in this group
// already: a NAT or firewall that dropped one dial drops the next, and
// every lane of every view would wait laneDialTimeout for it.
func (g *Group) laneFailed(addr string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.lanesFailed[addr]
}

func (g *Group) markLaneFailed(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.lanesFailed == nil {
		g.lanesFailed = map[string]bool{}
	}
	if len(g.lanesFailed) >= laneFailedMax {
		clear(g.lanesFailed) // forget, and try again once
	}
	g.lanesFailed[addr] = true
}

// watch ties d to its libp2p stream, so that the lane lives no longer
// than the libp2p connection it was agreed on: a host that closes (a
// process that dies, a connection the peer's libp2p drops) takes its
// direct lanes with it, as it takes its streams. Nothing comes on the
// stream of a direct lane; a read that returns means the stream ended.
func (s *Service) watch(d *directLane) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		_ = d.Reset()
		return
	}
	if s.direct == nil {
		s.direct = map[*directLane]struct{}{}
	}
	s.direct[d] = struct{}{}
	s.watchers.Go(func() {
		var b [1]byte
		_, _ = d.st.Read(b[:])
		_ = d.Reset()
		s.mu.Lock()
		delete(s.direct, d)
		s.mu.Unlock()
	})
}

// directCount counts the direct lanes among ls.
func directCount(ls []lane) int {
	n := 0
	for _, l := range ls {
		if _, ok := l.(*directLane); ok {
			n++
		}
	}
	return n
}
