package wan

import (
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"github.com/trainmesh/trainmesh/clock"
)

// Route returns a loopback address in the caller's namespace through
// which peer src reaches target, a TCP listener of peer dst in the
// caller's namespace: bytes src sends cross src's uplink, dst's downlink
// and the delay from src to dst, and the replies the same links the other
// way. Dial it as often as needed; every connection takes the same path.
func (n *Net) Route(src, dst int, target *net.TCPAddr) (*net.TCPAddr, error) {
	np := len(n.cfg.Peers)
	if src < 0 || src >= np || dst < 0 || dst >= np || src == dst {
		return nil, fmt.Errorf("%w: route %d→%d among %d peers", ErrConfig, src, dst, np)
	}
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil, ErrClosed
	}
	n.mu.Unlock()
	r := &route{n: n, src: src, dst: dst, target: target, conns: map[net.Conn]bool{}}
	// The exit listens inside dst's namespace; the entry in the caller's.
	err := n.ns[dst].do(func() (err error) {
		r.exit, err = net.ListenTCP("tcp4", &net.TCPAddr{IP: n.addrs[dst]})
		return err
	})
	if err != nil {
		return nil, err
	}
	if r.entry, err = net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}); err != nil {
		r.exit.Close()
		return nil, err
	}
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		r.entry.Close()
		r.exit.Close()
		return nil, ErrClosed
	}
	n.routes = append(n.routes, r)
	n.entries[r.entry.Addr().String()] = true
	n.wg.Add(2)
	n.mu.Unlock()
	go r.acceptEntry() // tracked by n.wg
	go r.acceptExit()  // tracked by n.wg
	return r.entry.Addr().(*net.TCPAddr), nil
}

// route is one directed pair's relays.
type route struct {
	n           *Net
	src, dst    int
	target      *net.TCPAddr
	entry, exit *net.TCPListener

	mu     sync.Mutex
	closed bool
	conns  map[net.Conn]bool
}

func (r *route) close() {
	r.mu.Lock()
	r.closed = true
	conns := r.conns
	r.conns = nil
	r.mu.Unlock()
	r.entry.Close()
	r.exit.Close()
	for c := range conns {
		c.Close()
	}
}

// track remembers c so that close ends it; false if the route is closed.
func (r *route) track(cs ...net.Conn) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return false
	}
	for _, c := range cs {
		r.conns[c] = true
	}
	return true
}

func (r *route) untrack(cs ...net.Conn) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range cs {
		delete(r.conns, c)
		c.Close()
	}
}

// acceptEntry takes src's connections and carries each over the shaped
// link to the exit, dialled from inside src's namespace.
func (r *route) acceptEntry() {
	defer r.n.wg.Done()
	exitAddr := r.exit.Addr().(*net.TCPAddr)
	for {
		c, err := r.entry.AcceptTCP()
		if err != nil {
			return
		}
		var s *net.TCPConn
		err = r.n.ns[r.src].do(func() (err error) {
			s, err = net.DialTCP("tcp4", nil, exitAddr)
			return err
		})
		if err != nil {
			c.Close()
			continue
		}
		r.splice(c, s, r.n.cfg.delay(r.dst, r.src))
	}
}

// acceptExit takes the shaped link's connections inside dst's namespace
// and hands each to the target.
func (r *route) acceptExit() {
	defer r.n.wg.Done()
	for {
		s, err := r.exit.AcceptTCP()
		if err != nil {
			return
		}
		t, err := net.DialTCP("tcp4", nil, r.target)
		if err != nil {
			s.Close()
			continue
		}
		r.n.mu.Lock()
		r.n.dialled[t.LocalAddr().String()] = true
		r.n.mu.Unlock()
		r.splice(t, s, r.n.cfg.delay(r.src, r.dst))
	}
}

// splice joins local (a socket of the caller's namespace) and shaped (a
// socket across the emulated link): local's bytes go onto the link at
// once, the link's bytes reach local delay after they arrived.
func (r *route) splice(local, shaped *net.TCPConn, delay time.Duration) {
	if !r.track(local, shaped) {
		local.Close()
		shaped.Close()
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { forward(shaped, local) })
	wg.Go(func() { delayed(local, shaped, delay, r.n.clk) })
	r.n.wg.Add(1)
	go func() { // tracked by n.wg; ends when both directions have
		defer r.n.wg.Done()
		wg.Wait()
		r.untrack(local, shaped)
	}()
}

// forward copies from src to dst and half-closes dst at src's end.
func forward(dst, src *net.TCPConn) {
	_, err := io.Copy(dst, src)
	if err != nil {
		dst.Close()
		src.Close()
		return
	}
	_ = dst.CloseWrite()
}

// maxHeld bounds the bytes one direction of one connection holds while
// they are delayed: 64 MiB is 80 ms of 6 Gbit/s. Past it the relay stops
// reading, and the sender's TCP waits.
const maxHeld = 64 << 20

// piece is bytes read at a time, to be written at due.
type piece struct {
	b   []byte
	due time.Time
	eof bool
}

// delayed copies from src to dst, each read written delay after it
// arrived: the bytes keep their arrival pace, shifted by the delay.
func delayed(dst, src *net.TCPConn, delay time.Duration, clk clock.Clock) {
	if delay <= 0 {
		forward(dst, src)
		return
	}
	q := make(chan piece, 1<<14)
	var held sync.Mutex
	heldBytes := 0
	room := sync.NewCond(&held)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(q)
		buf := make([]byte, 256<<10)
		for {
			k, err := src.Read(buf)
			now := clk.Now()
			if k > 0 {
				held.Lock()
				for heldBytes+k > maxHeld {
					select {
					case <-stop:
						held.Unlock()
						return
					default:
					}
					room.Wait()
				}
				heldBytes += k
				held.Unlock()
				select {
				case q <- piece{b: append([]byte(nil), buf[:k]...), due: now.Add(delay)}:
				case <-stop:
					return
				}
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					select {
					case q <- piece{eof: true, due: now.Add(delay)}:
					case <-stop:
					}
				} else {
					dst.Close()
				}
				return
			}
		}
	})
	defer wg.Wait()
	defer func() {
		close(stop)
		held.Lock()
		room.Broadcast()
		held.Unlock()
	}()
	for p := range q {
		if w := p.due.Sub(clk.Now()); w > 0 {
			clk.Sleep(w)
		}
		if p.eof {
			_ = dst.CloseWrite()
			return
		}
		if _, err := dst.Write(p.b); err != nil {
			src.Close()
			dst.Close()
			return
		}
		held.Lock()
		heldBytes -= len(p.b)
		room.Signal()
		held.Unlock()
	}
}
