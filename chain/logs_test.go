package chain

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// lagging fails its first calls with errs, then returns one log.
type lagging struct {
	errs  []error
	calls int
}

func (l *lagging) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	l.calls++
	if l.calls <= len(l.errs) {
		return nil, l.errs[l.calls-1]
	}
	return []types.Log{{Index: 7}}, nil
}

// TestFilterLogsWaitsForTheLogIndex: a log index that lags the head
// (geth's "failed to retrieve log value pointer … pebble: not found",
// seen on geth --dev in CI) is asked again; any other error, or a lag that
// outlasts the retries, is returned as it came.
func TestFilterLogsWaitsForTheLogIndex(t *testing.T) {
	lag := errors.New("failed to retrieve log value pointer after last block 1282: failed to retrieve log value pointer of block 1283: pebble: not found")
	other := errors.New("query returned more than 10000 results")
	tests := []struct {
		name      string
		errs      []error
		wantErr   error
		wantCalls int
	}{
		{"no lag", nil, nil, 1},
		{"lag twice", []error{lag, lag}, nil, 3},
		{"another error", []error{other}, other, 1},
		{"lag outlasting the retries", make([]error, logIndexRetries+1), lag, logIndexRetries + 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "lag outlasting the retries" {
				for i := range tc.errs {
					tc.errs[i] = lag
				}
			}
			b := &lagging{errs: tc.errs}
			logs, err := filterLogs(context.Background(), b, ethereum.FilterQuery{})
			if !errors.Is(err, tc.wantErr) || b.calls != tc.wantCalls {
				t.Fatalf("err %v after %d calls; want %v after %d", err, b.calls, tc.wantErr, tc.wantCalls)
			}
			if err == nil && (len(logs) != 1 || logs[0].Index != 7) {
				t.Fatalf("logs %v; want the node's one log", logs)
			}
		})
	}
}
