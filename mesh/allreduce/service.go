package allreduce

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/frame"
)

// helloTimeout bounds how long an opened data stream may take to say which
// group and view it is for.
const helloTimeout = 10 * time.Second

// controlHandlerTimeout bounds one control exchange on the serving side. A
// join waits for the coordinator's decision, which each group bounds by its
// own ViewTimeout; this is the outer guard against a stuck stream.
const controlHandlerTimeout = 5 * time.Minute

// Service serves the all-reduce protocols on one host and routes streams
// and control requests to its groups.
type Service struct {
	host *mesh.Host
	clk  clock.Clock // the host's clock (mesh.Params.Clock)
	log  *slog.Logger
	// relayed counts the bytes sent over relayed connections (relayed.go).
	relayed relayLedger

	mu     sync.Mutex // mu guards the following
	groups map[GroupID]*Group
	closed bool
	// joined is closed and replaced whenever a group is joined here: a
	// ready request for a group not yet joined waits on it (handleReady).
	joined chan struct{}
	// laneLn accepts direct lanes (lane.go), started by lanesOnce.
	laneLn    *laneListener
	lanesOnce sync.Once
	// direct are the direct lanes open here, each with a goroutine
	// (watchers) that closes its connection when its libp2p stream ends
	// (lane.go, watch).
	direct   map[*directLane]struct{}
	watchers sync.WaitGroup
}

// NewService registers DataProtocol and ControlProtocol on h. Close it
// before h.
func NewService(h *mesh.Host, log *slog.Logger) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Service{host: h, clk: h.Clock(), log: log, groups: map[GroupID]*Group{}, joined: make(chan struct{})}
	h.SetStreamHandler(DataProtocol, s.handleData)
	h.HandleRequests(ControlProtocol, controlBytesMax, controlHandlerTimeout, s.handleControl)
	return s
}

// Close closes every group and stops serving the protocols.
func (s *Service) Close() {
	s.mu.Lock()
	s.closed = true
	close(s.joined) // wakes the ready requests waiting here
	s.joined = make(chan struct{})
	groups := s.groups
	s.groups = map[GroupID]*Group{}
	ln := s.laneLn
	s.laneLn = nil
	s.mu.Unlock()
	for _, g := range groups {
		g.close()
	}
	if ln != nil {
		ln.close()
	}
	s.mu.Lock()
	var open []*directLane
	for d := range s.direct {
		open = append(open, d)
	}
	s.mu.Unlock()
	for _, d := range open {
		_ = d.Reset()
	}
	s.watchers.Wait()
	s.host.RemoveStreamHandler(DataProtocol)
	s.host.RemoveStreamHandler(ControlProtocol)
}

// NewGroup joins the group spec describes, as one of its members or
// standbys. Every member and standby must call it with an equal spec.
func (s *Service) NewGroup(spec Spec, p Params) (*Group, error) {
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	self := s.host.ID()
	if !spec.knows(self) {
		return nil, fmt.Errorf("%w: this host (%s) is neither a member nor a standby", ErrSpec, self)
	}
	g := newGroup(s, spec, p)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	if _, dup := s.groups[spec.ID]; dup {
		return nil, fmt.Errorf("%w: group %s already joined on this host", ErrSpec, spec.ID)
	}
	s.groups[spec.ID] = g
	close(s.joined)
	s.joined = make(chan struct{})
	return g, nil
}

func (s *Service) group(id GroupID) *Group {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.groups[id]
}

// readyWaitMax bounds how long a ready request waits here for its group
// to be joined; the asker asks again (AwaitMembers).
const readyWaitMax = 10 * time.Second

// awaitGroup returns the group req names once it is joined here with the
// spec req carries, waiting for the join until ctx ends: a ready request
// (AwaitMembers) is answered as soon as this host can take part.
func (s *Service) awaitGroup(ctx context.Context, from peer.ID, req ctlRequest) (*Group, error) {
	for {
		s.mu.Lock()
		g, joined, closed := s.groups[req.Group], s.joined, s.closed
		s.mu.Unlock()
		switch {
		case closed:
			return nil, ErrClosed
		case g != nil && !g.spec.knows(from):
			return nil, fmt.Errorf("%s is not in group %s", from, req.Group)
		case g != nil && req.Spec != g.digest:
			return nil, fmt.Errorf("group %s here has another spec (members, layout or quorum differ)", req.Group)
		case g != nil:
			return g, nil
		}
		select {
		case <-joined:
		case <-ctx.Done():
			return nil, fmt.Errorf("no group %s here yet", req.Group)
		}
	}
}

func (s *Service) remove(g *Group) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.groups[g.spec.ID] == g {
		delete(s.groups, g.spec.ID)
	}
}

// handleData takes an incoming lane: it reads the hello and hands the
// stream to its group, which keeps it until the view it names is linked.
func (s *Service) handleData(st network.Stream) {
	_ = st.SetReadDeadline(clock.NetDeadline(helloTimeout))
	b, err := frame.Read(st, nil, helloBytesMax)
	if err != nil {
		s.log.Debug("all-reduce: bad hello", "peer", st.Conn().RemotePeer(), "err", err)
		_ = st.Reset()
		return
	}
	h, err := decodeHello(b)
	if err != nil {
		s.log.Debug("all-reduce: bad hello", "peer", st.Conn().RemotePeer(), "err", err)
		_ = st.Reset()
		return
	}
	_ = st.SetReadDeadline(time.Time{})
	g := s.group(h.Group)
	if g == nil || !g.mayAccept(h) {
		_ = st.Reset()
		return
	}
	var l lane = st
	if h.Direct {
		if l, err = s.acceptDirect(g, st, h); err != nil {
			s.log.Debug("all-reduce: lane handshake", "peer", st.Conn().RemotePeer(), "err", err)
			_ = st.Reset()
			return
		}
	}
	if !g.acceptInbound(l, h) {
		_ = l.Reset()
	}
}

func (s *Service) handleControl(ctx context.Context, from peer.ID, b []byte) ([]byte, error) {
	var req ctlRequest
	if err := decodeJSON(b, &req); err != nil {
		return nil, err
	}
	if req.Type == ctlReady {
		ctx, cancel := s.clk.WithTimeout(ctx, readyWaitMax)
		defer cancel()
		if _, err := s.awaitGroup(ctx, from, req); err != nil {
			return nil, err
		}
		return json.Marshal(struct{}{})
	}
	g := s.group(req.Group)
	if g == nil {
		return nil, fmt.Errorf("no group %s here", req.Group)
	}
	if !g.spec.knows(from) {
		return nil, fmt.Errorf("%s is not in group %s", from, req.Group)
	}
	if req.Spec != g.digest {
		return nil, fmt.Errorf("group %s here has another spec (members, layout or quorum differ)", req.Group)
	}
	var resp any
	switch req.Type {
	case ctlProbe:
		r, err := g.handleProbe(ctx, from, req)
		if err != nil {
			return nil, err
		}
		resp = r
	case ctlJoin:
		d, err := g.handleJoin(ctx, from, req)
		if err != nil {
			return nil, err
		}
		resp = d
	case ctlActivate:
		if err := g.handleActivate(ctx, from, req); err != nil {
			return nil, err
		}
		resp = struct{}{}
	case ctlRejoin:
		if err := g.handleRejoin(ctx, from); err != nil {
			return nil, err
		}
		resp = struct{}{}
	default:
		return nil, fmt.Errorf("unknown control request %q", req.Type)
	}
	return json.Marshal(resp)
}
