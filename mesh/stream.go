package mesh

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh/frame"
)

// Request/response over a direct stream: the client writes one request frame
// and closes its write side; the server answers with one response frame whose
// first byte is a status (statusOK or statusError, the rest being the payload
// or the error text).
const (
	statusOK    byte = 0
	statusError byte = 1
)

// remoteErrorBytesMax bounds an error text a peer may send us.
const remoteErrorBytesMax = 1 << 10

// RemoteError is an error the serving peer reported.
type RemoteError struct {
	Peer peer.ID
	Text string
}

func (e *RemoteError) Error() string { return fmt.Sprintf("mesh: peer %s: %s", e.Peer, e.Text) }

// ErrBadResponse reports a response that is not a status byte and payload.
var ErrBadResponse = errors.New("mesh: malformed response")

// RequestHandler serves one request. The returned error's text is sent to
// the client, so it must not leak secrets.
type RequestHandler func(ctx context.Context, from peer.ID, req []byte) ([]byte, error)

// HandleRequests serves request/response exchanges on proto. A request over
// limit bytes, a truncated one or a slow one (past timeout) resets the stream
// and is logged; the node carries on.
func (m *Host) HandleRequests(proto protocol.ID, limit int, timeout time.Duration, fn RequestHandler) {
	m.SetStreamHandler(proto, func(s network.Stream) {
		defer s.Close()
		from := s.Conn().RemotePeer()
		_ = s.SetDeadline(clock.NetDeadline(timeout))
		req, err := frame.Read(s, nil, limit)
		if err != nil {
			m.log.Debug("bad request frame", "protocol", proto, "peer", from, "err", err)
			_ = s.Reset()
			return
		}
		ctx, cancel := m.clk.WithTimeout(m.ctx, timeout)
		defer cancel()
		resp, herr := fn(ctx, from, req)
		var out []byte
		if herr != nil {
			text := herr.Error()
			if len(text) > remoteErrorBytesMax {
				text = text[:remoteErrorBytesMax]
			}
			out = append([]byte{statusError}, text...)
		} else {
			out = append([]byte{statusOK}, resp...)
		}
		if err := frame.Write(s, out, frame.MaxLimit); err != nil {
			m.log.Debug("write response", "protocol", proto, "peer", from, "err", err)
			_ = s.Reset()
		}
	})
}

// openStream opens a stream to peer on proto, dialling it if need be. Two
// hosts that dial each other at the same moment from their reused listen
// ports make one TCP connection on which both start TLS as the client, and
// both dials fail; a request made beside one of them meanwhile fails at
// once on the swarm's dial backoff. So such a dial is tried again, after a
// random pause (the two sides' pauses differ), past the backoff: at most
// simultaneousOpenTries dials in all, the pause's bound doubling from
// simultaneousOpenPauseMax, since on a loaded machine two pauses drawn
// under 50 ms can still end together (TestLinkedTranscriptNeverNamesHonest
// at a tenth of a CPU: two coordinators probed each other, both retries
// met again, and a probe sent beside them hit the backoff; each dropped
// the other as unreachable).
func (m *Host) openStream(ctx context.Context, to peer.ID, proto protocol.ID) (network.Stream, error) {
	return openRetrying(ctx, m.clk, func(ctx context.Context) (network.Stream, error) { return m.NewStream(ctx, to, proto) })
}

// openRetrying is openStream's retry rule, over open.
func openRetrying(ctx context.Context, clk clock.Clock, open func(context.Context) (network.Stream, error)) (network.Stream, error) {
	s, err := open(ctx)
	pause := simultaneousOpenPauseMax
	for try := 1; try < simultaneousOpenTries && err != nil && ctx.Err() == nil && simultaneousOpenFailure(err); try++ {
		select {
		case <-clk.After(time.Duration(rand.Int64N(int64(pause)))):
		case <-ctx.Done():
			return nil, err
		}
		pause *= 2
		s, err = open(network.WithForceDirectDial(ctx, "retry after a simultaneous open"))
	}
	return s, err
}

// simultaneousOpenFailure reports a dial that failed in the security
// handshake, or on the backoff such a failure leaves.
func simultaneousOpenFailure(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "failed to negotiate security protocol") || strings.Contains(msg, "dial backoff")
}

// simultaneousOpenPauseMax bounds the pause before openStream's second
// dial; each further pause's bound is twice the one before.
const simultaneousOpenPauseMax = 50 * time.Millisecond

// simultaneousOpenTries bounds openStream's dials.
const simultaneousOpenTries = 4

// Request opens a stream to peer on proto, sends req and returns the
// response payload (at most limit bytes). ctx bounds the whole exchange.
func (m *Host) Request(ctx context.Context, to peer.ID, proto protocol.ID, req []byte, limit int) ([]byte, error) {
	s, err := m.openStream(ctx, to, proto)
	if err != nil {
		return nil, fmt.Errorf("mesh: open %s to %s: %w", proto, to, err)
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	defer stop()
	if err := frame.Write(s, req, frame.MaxLimit); err != nil {
		_ = s.Reset()
		return nil, fmt.Errorf("mesh: send request to %s: %w", to, err)
	}
	if err := s.CloseWrite(); err != nil {
		_ = s.Reset()
		return nil, fmt.Errorf("mesh: send request to %s: %w", to, err)
	}
	resp, err := frame.Read(s, nil, limit+1)
	if err != nil {
		_ = s.Reset()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("mesh: read response from %s: %w", to, err)
	}
	if len(resp) == 0 {
		return nil, fmt.Errorf("%w from %s: empty", ErrBadResponse, to)
	}
	switch resp[0] {
	case statusOK:
		return resp[1:], nil
	case statusError:
		text := resp[1:]
		if len(text) > remoteErrorBytesMax {
			text = text[:remoteErrorBytesMax]
		}
		return nil, &RemoteError{Peer: to, Text: string(text)}
	}
	return nil, fmt.Errorf("%w from %s: status %d", ErrBadResponse, to, resp[0])
}
