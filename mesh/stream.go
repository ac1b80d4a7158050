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
// both dials fail; so a dial that fails in the security handshake is tried
// once more after a random pause of up to simultaneousOpenPauseMax (the
// two pauses differ), past the swarm's dial backoff.
func (m *Host) openStream(ctx context.Context, to peer.ID, proto protocol.ID) (network.Stream, error) {
	s, err := m.NewStream(ctx, to, proto)
	if err == nil || ctx.Err() != nil || !strings.Contains(err.Error(), "failed to negotiate security protocol") {
		return s, err
	}
	select {
	case <-m.clk.After(time.Duration(rand.Int64N(int64(simultaneousOpenPauseMax)))):
	case <-ctx.Done():
		return nil, err
	}
	return m.NewStream(network.WithForceDirectDial(ctx, "retry after a simultaneous open"), to, proto)
}

// simultaneousOpenPauseMax bounds the pause before openStream's second dial.
const simultaneousOpenPauseMax = 50 * time.Millisecond

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
