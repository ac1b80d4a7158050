package mesh

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/time/rate"

	"github.com/trainmesh/trainmesh/clock"
)

// PeerLimiter is a token bucket per peer, for gossip validators: a peer
// that publishes faster than its share is ignored (not relayed) until its
// bucket refills, so one flooding peer cannot crowd out the rest. It is safe
// for concurrent use (validators run concurrently).
type PeerLimiter struct {
	clk      clock.Clock
	limit    rate.Limit
	burst    int
	peersMax int

	mu    sync.Mutex // mu guards the following
	peers map[peer.ID]*rate.Limiter
}

// NewPeerLimiter allows each peer perSecond messages on average and burst
// at once, tracking at most peersMax peers (a full table forgets idle
// peers first, then everyone: a fresh bucket is full, so forgetting errs on
// the side of letting messages through).
func NewPeerLimiter(perSecond float64, burst, peersMax int) *PeerLimiter {
	return &PeerLimiter{clk: clock.Real(), limit: rate.Limit(perSecond), burst: burst, peersMax: peersMax, peers: map[peer.ID]*rate.Limiter{}}
}

// Allow reports whether p may send one more message now.
func (l *PeerLimiter) Allow(p peer.ID) bool { return l.AllowAt(p, l.clk.Now()) }

// WithClock has the limiter read time from c (nil: the wall clock) and
// returns it; set it before the first Allow.
func (l *PeerLimiter) WithClock(c clock.Clock) *PeerLimiter {
	l.clk = clock.OrReal(c)
	return l
}

// AllowAt is Allow at time now.
func (l *PeerLimiter) AllowAt(p peer.ID, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.peers[p]
	if !ok {
		if len(l.peers) >= l.peersMax {
			l.evictLocked(now)
		}
		lim = rate.NewLimiter(l.limit, l.burst)
		l.peers[p] = lim
	}
	return lim.AllowN(now, 1)
}

func (l *PeerLimiter) evictLocked(now time.Time) {
	for id, lim := range l.peers {
		if lim.TokensAt(now) >= float64(l.burst) {
			delete(l.peers, id)
		}
	}
	if len(l.peers) >= l.peersMax {
		clear(l.peers)
	}
}
