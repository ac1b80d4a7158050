package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"

	"github.com/dgraph-io/badger/v4"

	"github.com/trainmesh/trainmesh/reputation/score"
)

// Entry is a stored observation with its sequence number.
type Entry struct {
	Seq uint64
	Obs score.Observation
}

// Filter selects observations.
type Filter struct {
	// Peer, when set, selects one peer's observations.
	Peer *score.Address
	// Kind, when non-zero, selects one kind.
	Kind score.Kind
	// BeforeSeq, when non-zero, selects observations older than it (paging).
	BeforeSeq uint64
	// Limit bounds the result (0 or more than ListMax: ListMax).
	Limit int
}

// scanMax bounds the log entries one listing reads while filtering by kind,
// so that a rare kind in a big store costs a bounded time.
const scanMax = 200_000

// Observations returns matching observations, newest first.
func (s *Store) Observations(f Filter) ([]Entry, error) {
	limit := f.Limit
	if limit <= 0 || limit > ListMax {
		limit = ListMax
	}
	var out []Entry
	err := s.db.View(func(txn *badger.Txn) error {
		prefix := prefixLog
		if f.Peer != nil {
			prefix = key(prefixObs, f.Peer[:])
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: true, PrefetchValues: f.Peer != nil})
		defer it.Close()
		start := append(append([]byte{}, prefix...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
		if f.BeforeSeq > 0 {
			start = append(append([]byte{}, prefix...), be64(f.BeforeSeq-1)...)
		}
		scanned := 0
		for it.Seek(start); it.Valid() && len(out) < limit && scanned < scanMax; it.Next() {
			scanned++
			item := it.Item()
			k := item.Key()
			if len(k) < len(prefix)+8 {
				return fmt.Errorf("%w: key %q", ErrCorrupt, k)
			}
			seq := binary.BigEndian.Uint64(k[len(prefix):])
			var raw []byte
			if f.Peer != nil {
				var err error
				if raw, err = item.ValueCopy(nil); err != nil {
					return err
				}
			} else {
				var le logEntry
				if err := item.Value(func(v []byte) (err error) { le, err = decodeLogEntry(v); return err }); err != nil {
					return err
				}
				if f.Kind != 0 && le.Kind != f.Kind {
					continue
				}
				obsItem, err := txn.Get(obsKey(le.Peer, seq))
				if errors.Is(err, badger.ErrKeyNotFound) {
					continue // pruned between the two reads of a concurrent Prune
				} else if err != nil {
					return err
				}
				if raw, err = obsItem.ValueCopy(nil); err != nil {
					return err
				}
			}
			o, err := DecodeObservation(raw)
			if err != nil {
				return fmt.Errorf("observation %d: %w", seq, err)
			}
			if f.Kind != 0 && o.Kind != f.Kind {
				continue
			}
			out = append(out, Entry{Seq: seq, Obs: o})
		}
		return nil
	})
	return out, err
}

// Point is one point of a peer's score history.
type Point struct {
	AtMs        uint64  `json:"at_ms"`
	Score       float64 `json:"score"`
	DirectScore float64 `json:"direct_score"`
}

// History returns peer's score history, oldest first, the last limit
// points (0: ListMax).
func (s *Store) History(peer score.Address, limit int) ([]Point, error) {
	if limit <= 0 || limit > ListMax {
		limit = ListMax
	}
	var out []Point
	err := s.db.View(func(txn *badger.Txn) error {
		prefix := key(prefixHist, peer[:])
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, Reverse: true, PrefetchValues: true})
		defer it.Close()
		for it.Seek(append(append([]byte{}, prefix...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)); it.Valid() && len(out) < limit; it.Next() {
			var p Point
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &p) }); err != nil {
				return fmt.Errorf("%w: history point: %v", ErrCorrupt, err)
			}
			out = append(out, p)
		}
		return nil
	})
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, err
}

// Jobs returns the jobs seen, most recent first, at most limit (0: ListMax).
func (s *Store) Jobs(limit int) ([]Job, error) {
	if limit <= 0 || limit > ListMax {
		limit = ListMax
	}
	var out []Job
	err := s.db.View(func(txn *badger.Txn) error {
		return scan(txn, prefixJob, func(k, v []byte) error {
			var j Job
			if err := json.Unmarshal(v, &j); err != nil || len(k) != 32 {
				return fmt.Errorf("%w: job %x: %v", ErrCorrupt, k, err)
			}
			copy(j.ID[:], k)
			out = append(out, j)
			return nil
		})
	})
	sort.SliceStable(out, func(a, b int) bool { return out[a].LastMs > out[b].LastMs })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

// PruneResult says what one Prune call deleted.
type PruneResult struct {
	Observations int
	History      int
	Peers        int
	// More reports that the call stopped at PruneBatchMax with more to do.
	More bool
}

// Prune deletes raw observations older than Retention, history points
// older than HistoryRetention and peers forgotten under PeerRetention, at
// most PruneBatchMax keys per call, then lets Badger reclaim space.
// Aggregates keep every pruned observation's effect.
func (s *Store) Prune(ctx context.Context) (PruneResult, error) {
	var res PruneResult
	if s.readOnly {
		return res, ErrReadOnly
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed.Load() {
		return res, ErrClosed
	}
	now := s.nowMs()
	obsCutoff := now - min(now, uint64(s.opts.Retention.Milliseconds()))
	histCutoff := now - min(now, uint64(s.opts.HistoryRetention.Milliseconds()))
	peerCutoff := now - min(now, uint64(s.opts.PeerRetention.Milliseconds()))

	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	budget := PruneBatchMax
	// Observations, oldest first by sequence. Retention is by sequence order:
	// the first observation still young stops the walk, so an observation
	// recorded late with an old time waits for its neighbours.
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixLog, PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if budget < 2 {
				res.More = true
				return nil
			}
			item := it.Item()
			var le logEntry
			if err := item.Value(func(v []byte) (err error) { le, err = decodeLogEntry(v); return err }); err != nil {
				return err
			}
			if le.AtMs >= obsCutoff {
				return nil
			}
			seq := binary.BigEndian.Uint64(item.Key()[len(prefixLog):])
			if err := wb.Delete(item.KeyCopy(nil)); err != nil {
				return err
			}
			if err := wb.Delete(obsKey(le.Peer, seq)); err != nil {
				return err
			}
			budget -= 2
			res.Observations++
		}
		return ctx.Err()
	})
	if err != nil {
		return res, err
	}
	// History points, by peer.
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixHist})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().Key()
			if len(k) != len(prefixHist)+28 {
				return fmt.Errorf("%w: history key %x", ErrCorrupt, k)
			}
			if binary.BigEndian.Uint64(k[len(prefixHist)+20:]) >= histCutoff {
				continue
			}
			if budget < 1 {
				res.More = true
				return nil
			}
			if err := wb.Delete(it.Item().KeyCopy(nil)); err != nil {
				return err
			}
			budget--
			res.History++
		}
		return ctx.Err()
	})
	if err != nil {
		return res, err
	}
	// Forgotten peers: quiet for PeerRetention, evidence decayed away, and
	// reporting on nobody (their claims would still weigh on others).
	var forget []score.Address
	s.mu.RLock()
	for _, p := range s.book.Peers() {
		a, _ := s.book.Aggregate(p)
		d := s.book.Detail(p, now)
		if a.LastMs < peerCutoff && d.Direct.Pos+d.Direct.Neg < forgetEvidence && d.Vouchers == 0 && !s.book.Reports(p, now) && len(forget) < budget {
			forget = append(forget, p)
		}
	}
	s.mu.RUnlock()
	for _, p := range forget {
		if err := wb.Delete(aggKey(p)); err != nil {
			return res, err
		}
	}
	res.Peers = len(forget)
	if err := wb.Flush(); err != nil {
		return res, fmt.Errorf("store: prune: %w", err)
	}
	if len(forget) > 0 {
		s.mu.Lock()
		for _, p := range forget {
			s.book.Forget(p)
		}
		s.mu.Unlock()
	}
	// Reclaim value-log space; ErrNoRewrite just means nothing to reclaim.
	if err := s.db.RunValueLogGC(0.5); err != nil && !errors.Is(err, badger.ErrNoRewrite) {
		return res, fmt.Errorf("store: value log GC: %w", err)
	}
	return res, nil
}

// forgetEvidence is the evidence below which a quiet peer is forgotten:
// less than a hundredth of one observation's weight.
const forgetEvidence = 0.01

// badgerLogger sends Badger's warnings and errors to slog and drops its
// info and debug chatter.
type badgerLogger struct{ log *slog.Logger }

func (l badgerLogger) Errorf(f string, a ...any) {
	if l.log != nil {
		l.log.Error("badger: " + fmt.Sprintf(f, a...))
	}
}

func (l badgerLogger) Warningf(f string, a ...any) {
	if l.log != nil {
		l.log.Warn("badger: " + fmt.Sprintf(f, a...))
	}
}
func (badgerLogger) Infof(string, ...any)  {}
func (badgerLogger) Debugf(string, ...any) {}
