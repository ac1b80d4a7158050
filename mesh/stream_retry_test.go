package mesh

import (
	"context"
	"errors"
	"testing"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/trainmesh/trainmesh/clock"
)

// TestOpenRetrying: a dial that fails in the security handshake (a TCP
// simultaneous open) or on the dial backoff it leaves is tried again, past
// the backoff, up to simultaneousOpenTries dials; any other failure is
// returned at once. Before, one retry was made, and only after a failed
// handshake: a second meeting of the two sides' retries, or a request
// made beside them, failed.
func TestOpenRetrying(t *testing.T) {
	collide := errors.New("failed to dial: all dials failed\n  * [/ip4/127.0.0.1/tcp/1] failed to negotiate security protocol: tls: received unexpected handshake message")
	backoff := errors.New("failed to dial: all dials failed\n  * [/ip4/127.0.0.1/tcp/1] dial backoff")
	refused := errors.New("failed to dial: all dials failed\n  * [/ip4/127.0.0.1/tcp/1] connection refused")
	for _, c := range []struct {
		name  string
		fails []error // the dials' failures before one succeeds
		dials int     // dials made
		ok    bool
	}{
		{"first dial", nil, 1, true},
		{"two handshakes met", []error{collide, collide}, 3, true},
		{"backoff", []error{backoff}, 2, true},
		{"backoff then a meeting", []error{backoff, collide, collide}, 4, true},
		{"always met", []error{collide, collide, collide, collide, collide}, simultaneousOpenTries, false},
		{"refused", []error{refused, collide}, 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dials, forced := 0, 0
			_, err := openRetrying(context.Background(), clock.Real(), func(ctx context.Context) (network.Stream, error) {
				dials++
				if f, _ := network.GetForceDirectDial(ctx); f {
					forced++
				}
				if dials <= len(c.fails) {
					return nil, c.fails[dials-1]
				}
				return nil, nil
			})
			if dials != c.dials || (err == nil) != c.ok || forced != dials-1 {
				t.Fatalf("%d dials (%d past the backoff), err %v; want %d, ok %v", dials, forced, err, c.dials, c.ok)
			}
		})
	}
}
