package chain

import (
	"context"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// filterLogs is b.FilterLogs, asked again while the node's log index lags
// its head. geth (1.16 on) indexes logs on a goroutine of its own, and
// a query reaching a block just mined can fail for a moment with "failed
// to retrieve log value pointer of block N: pebble: not found" (seen on
// geth --dev right after a settlement); like the pool's lag (send), it is
// waited out a few times before it is believed.
func filterLogs(ctx context.Context, b interface {
	FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error)
}, q ethereum.FilterQuery) ([]types.Log, error) {
	for attempt := 0; ; attempt++ {
		logs, err := b.FilterLogs(ctx, q)
		if err == nil || attempt >= logIndexRetries || !isLogIndexLag(err) {
			return logs, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(logIndexWait):
		}
	}
}

// isLogIndexLag reports whether err is a node's log index not yet holding
// a block it already serves.
func isLogIndexLag(err error) bool {
	s := err.Error()
	return strings.Contains(s, "failed to retrieve log") || strings.Contains(s, "log index")
}

// logIndexRetries and logIndexWait bound the wait for a lagging log index
// (filterLogs): two seconds at most.
const (
	logIndexRetries = 10
	logIndexWait    = 200 * time.Millisecond
)
