// Package store keeps a node's reputation observations in Badger: an
// append-only log of observations per peer, the aggregates and opinions that
// scoring needs (kept up to date in the same transaction), score history for
// charts, per-job totals, pruning of old raw observations, and consistent
// snapshots that readers outside the node can load.
//
// One process writes a store (Badger's directory lock enforces it). The node
// that owns it writes through Record; the dashboard of another process never
// opens a live store's files: it loads the snapshot the node publishes beside
// the store (see Publisher and Follower), or, for a stopped node, copies the
// store into memory through a read-only open and lets go of it at once.
//
// Durability contract: when Record or RecordBatch returns without error,
// every observation it was given is on disk (Badger's SyncWrites: the
// transaction's value-log write is fsynced before the commit returns), with
// the aggregates it changed. A process killed at any moment reopens with
// every acknowledged observation present (TestKilledWriterKeepsAcknowledged).
//
// The scoring rules are reputation/score's; the store keeps a score.Book in
// memory, loaded at open, so a score query never touches the disk.
package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/trainmesh/trainmesh/reputation/score"
)

// Errors of the package.
var (
	// ErrReadOnly reports a write to a store opened from a snapshot or copy.
	ErrReadOnly = errors.New("store: read-only (a snapshot or copy of another process's store)")
	// ErrCorrupt reports stored data that does not decode.
	ErrCorrupt = errors.New("store: corrupt data")
	// ErrSchema reports a store written under another key schema.
	ErrSchema = errors.New("store: unknown schema version (written by a newer trainmesh?)")
	// ErrLocked reports that another process has the store open.
	ErrLocked = errors.New("store: in use by another process")
	// ErrClosed reports use after Close.
	ErrClosed = errors.New("store: closed")
	// ErrBadOptions reports invalid Options.
	ErrBadOptions = errors.New("store: bad options")
)

// Options configure a store. Durations are wall-clock spans.
type Options struct {
	// Score are the scoring rules.
	Score score.Params
	// Self is the address of the node that owns the store (shown by the
	// dashboard; zero is allowed for tools).
	Self score.Address
	// Retention is how long raw observations are kept before Prune deletes
	// them; their effect lives on in the aggregates. 30 days by default.
	Retention time.Duration
	// HistoryBucket is the resolution of score history: one point per peer
	// per bucket (the last one in it wins). A minute by default.
	HistoryBucket time.Duration
	// HistoryRetention is how long history points are kept. 90 days.
	HistoryRetention time.Duration
	// PeerRetention: a peer not observed for this long, whose evidence has
	// decayed to nothing and who reports on nobody, is forgotten by Prune.
	// 180 days.
	PeerRetention time.Duration
	// Now is the clock (time.Now by default); tests pass a fake.
	Now func() time.Time
	// Log receives Badger's warnings and errors (nil: discarded).
	Log *slog.Logger
}

// DefaultOptions returns the options a node uses.
func DefaultOptions() Options {
	return Options{
		Score:            score.DefaultParams(),
		Retention:        30 * 24 * time.Hour,
		HistoryBucket:    time.Minute,
		HistoryRetention: 90 * 24 * time.Hour,
		PeerRetention:    180 * 24 * time.Hour,
		Now:              time.Now,
	}
}

// Validate reports the first problem with o.
func (o *Options) Validate() error {
	if err := o.Score.Validate(); err != nil {
		return err
	}
	if o.Retention < time.Minute || o.HistoryRetention < time.Minute || o.PeerRetention < time.Minute {
		return fmt.Errorf("%w: retentions must be at least a minute", ErrBadOptions)
	}
	if o.HistoryBucket < time.Second {
		return fmt.Errorf("%w: history bucket %v: want at least 1s", ErrBadOptions, o.HistoryBucket)
	}
	if o.Now == nil {
		return fmt.Errorf("%w: no clock", ErrBadOptions)
	}
	return nil
}

// Bounds.
const (
	// BatchMax bounds the observations written in one transaction: Badger
	// refuses transactions past its memtable's size, and a bounded batch
	// keeps one commit's latency bounded. RecordBatch splits larger slices.
	BatchMax = 256
	// PruneBatchMax bounds the keys one Prune call deletes, so that pruning
	// a long-neglected store does not stall the node; call it again while
	// it reports more to do.
	PruneBatchMax = 10_000
	// ListMax bounds what a listing returns (the dashboard's pages).
	ListMax = 10_000
	// jobPeersMax bounds the peers listed in one job's aggregate: a group
	// is a few dozen members at most.
	jobPeersMax = 256
)

// Store is a reputation store: the node's, writable, or a read-only copy.
// Its methods are safe for concurrent use.
type Store struct {
	db       *badger.DB
	opts     Options
	readOnly bool
	closed   atomic.Bool

	wmu sync.Mutex // wmu serialises writers (Record, Prune), so they never conflict

	pubMu        sync.Mutex // pubMu guards the following two
	published    bool
	publishedSeq uint64

	mu   sync.RWMutex // mu guards the following
	book *score.Book
	seq  uint64
	self score.Address
}

// badgerOptions are Badger's options for a reputation store: small tables
// (a store holds megabytes, not gigabytes, and a demo runs several in one
// process), synced writes (the durability contract), and its log sent to
// slog at warning level.
func badgerOptions(dir string, log *slog.Logger) badger.Options {
	return badger.DefaultOptions(dir).
		WithSyncWrites(true).
		WithMemTableSize(8 << 20).
		WithValueLogFileSize(64 << 20).
		WithNumMemtables(2).
		WithBlockCacheSize(8 << 20).
		WithIndexCacheSize(4 << 20).
		WithNumCompactors(2).
		WithLogger(badgerLogger{log})
}

// Open opens (creating if needed) the writable store in dir. It fails with
// ErrLocked if another process has it open.
func Open(dir string, opts Options) (*Store, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	db, err := badger.Open(badgerOptions(dir, opts.Log))
	if err != nil {
		if isLockErr(err) {
			return nil, fmt.Errorf("%w: %s: %v", ErrLocked, dir, err)
		}
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	s, err := newStore(db, opts, false)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func newStore(db *badger.DB, opts Options, readOnly bool) (*Store, error) {
	s := &Store{db: db, opts: opts, readOnly: readOnly}
	if err := s.init(); err != nil {
		return nil, err
	}
	if err := s.load(); err != nil {
		return nil, err
	}
	return s, nil
}

// init checks (or, on a new writable store, writes) the schema and owner.
func (s *Store) init() error {
	var schema []byte
	empty := true
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		item, err := txn.Get(keySchema)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		schema, err = item.ValueCopy(nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: read schema: %w", err)
	}
	switch {
	case schema == nil && !empty:
		return fmt.Errorf("%w: data without a schema version", ErrSchema)
	case schema == nil && s.readOnly:
		return nil // an empty copy
	case schema == nil:
		return s.db.Update(func(txn *badger.Txn) error {
			if err := txn.Set(keySchema, []byte(schemaVersion)); err != nil {
				return err
			}
			return txn.Set(keySelf, s.opts.Self[:])
		})
	case string(schema) != schemaVersion:
		return fmt.Errorf("%w: %q, this build reads %q", ErrSchema, schema, schemaVersion)
	}
	if !s.readOnly && !s.opts.Self.IsZero() {
		return s.db.Update(func(txn *badger.Txn) error { return txn.Set(keySelf, s.opts.Self[:]) })
	}
	return nil
}

// load fills the in-memory book and counters from disk.
func (s *Store) load() error {
	book, err := score.NewBook(s.opts.Score)
	if err != nil {
		return err
	}
	var seq uint64
	var self score.Address
	err = s.db.View(func(txn *badger.Txn) error {
		if item, err := txn.Get(keySeq); err == nil {
			v, err := item.ValueCopy(nil)
			if err != nil || len(v) != 8 {
				return fmt.Errorf("%w: sequence number", ErrCorrupt)
			}
			seq = binary.BigEndian.Uint64(v)
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if item, err := txn.Get(keySelf); err == nil {
			if err := item.Value(func(v []byte) error { copy(self[:], v); return nil }); err != nil {
				return err
			}
		}
		if err := scan(txn, prefixAgg, func(k, v []byte) error {
			var a score.Aggregate
			if err := json.Unmarshal(v, &a); err != nil || len(k) != 20 {
				return fmt.Errorf("%w: aggregate %x: %v", ErrCorrupt, k, err)
			}
			copy(a.Peer[:], k)
			book.Restore(a)
			return nil
		}); err != nil {
			return err
		}
		if err := scan(txn, prefixCell, func(k, v []byte) error {
			var c score.Cell
			if err := json.Unmarshal(v, &c); err != nil || len(k) != 40 {
				return fmt.Errorf("%w: opinion %x: %v", ErrCorrupt, k, err)
			}
			copy(c.Subject[:], k)
			copy(c.Voucher[:], k[20:])
			book.RestoreCell(c)
			return nil
		}); err != nil {
			return err
		}
		return scan(txn, prefixClaim, func(k, v []byte) error {
			var c score.Claim
			if err := json.Unmarshal(v, &c.Total); err != nil || len(k) != 20 {
				return fmt.Errorf("%w: claims %x: %v", ErrCorrupt, k, err)
			}
			copy(c.Voucher[:], k)
			book.RestoreClaim(c)
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("store: load: %w", err)
	}
	s.mu.Lock()
	s.book, s.seq, s.self = book, seq, self
	s.mu.Unlock()
	return nil
}

// scan calls fn with every key (without prefix) and value under prefix.
func scan(txn *badger.Txn, prefix []byte, fn func(k, v []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 100})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		if err := item.Value(func(v []byte) error { return fn(item.Key()[len(prefix):], v) }); err != nil {
			return err
		}
	}
	return nil
}

// Close flushes and closes the store.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return s.db.Close()
}

// ReadOnly reports whether the store is a read-only copy.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Self returns the address of the node that owns the store.
func (s *Store) Self() score.Address {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.self
}

// Seq returns the sequence number of the last observation recorded.
func (s *Store) Seq() uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.seq
}

func (s *Store) nowMs() uint64 { return uint64(s.opts.Now().UnixMilli()) }

// Record appends one observation and returns its sequence number. It
// returns once the observation is durable (see the package doc).
func (s *Store) Record(o score.Observation) (uint64, error) {
	return s.RecordBatch([]score.Observation{o})
}

// RecordBatch appends observations in order, BatchMax per transaction (one
// fsync each), and returns the last one's sequence number. Observations are
// validated first; one invalid observation fails the call before anything
// is written.
func (s *Store) RecordBatch(obs []score.Observation) (uint64, error) {
	if s.readOnly {
		return 0, ErrReadOnly
	}
	for i := range obs {
		if err := obs[i].Validate(); err != nil {
			return 0, fmt.Errorf("store: observation %d: %w", i, err)
		}
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed.Load() {
		return 0, ErrClosed
	}
	var last uint64
	for len(obs) > 0 {
		n := min(len(obs), BatchMax)
		var err error
		last, err = s.recordLocked(obs[:n])
		// Big values (jobs with many peers) can overflow a transaction
		// before BatchMax does: halve until it fits.
		for errors.Is(err, badger.ErrTxnTooBig) && n > 1 {
			n /= 2
			last, err = s.recordLocked(obs[:n])
		}
		if err != nil {
			return 0, err
		}
		obs = obs[n:]
	}
	return last, nil
}

// histPoint is one point of a peer's score history.
type histPoint struct {
	AtMs        uint64  `json:"at_ms"`
	Score       float64 `json:"score"`
	DirectScore float64 `json:"direct_score"`
}

// recordLocked writes one transaction's worth. The book is updated first
// (readers may see it a moment before it is durable); if the transaction
// fails, the book is reloaded from disk, so memory never keeps what the
// disk does not have.
func (s *Store) recordLocked(obs []score.Observation) (uint64, error) {
	s.mu.Lock()
	seq := s.seq
	changes := make([]score.Change, 0, len(obs))
	hist := map[string]histPoint{}
	for _, o := range obs {
		ch, err := s.book.Plan(o)
		if err != nil {
			s.mu.Unlock()
			return 0, err // Validate passed, so this is a programming error
		}
		s.book.Commit(ch)
		changes = append(changes, ch)
		d := s.book.Detail(o.Peer, o.AtMs)
		bucket := o.AtMs - o.AtMs%uint64(s.opts.HistoryBucket.Milliseconds())
		hist[string(histKey(o.Peer, bucket))] = histPoint{AtMs: o.AtMs, Score: d.Score, DirectScore: d.DirectScore}
	}
	s.mu.Unlock()

	err := s.db.Update(func(txn *badger.Txn) error {
		// Derived values change many times in a batch but are written once:
		// Badger counts every Set against the transaction's size.
		aggs := map[score.Address]*score.Aggregate{}
		jobs := jobCache{}
		for _, ch := range changes {
			seq++
			o := &ch.Obs
			if err := txn.Set(obsKey(o.Peer, seq), EncodeObservation(o)); err != nil {
				return err
			}
			if err := txn.Set(logKey(seq), logEntry{Peer: o.Peer, AtMs: o.AtMs, Kind: o.Kind}.encode()); err != nil {
				return err
			}
			aggs[o.Peer] = &ch.Agg
			if ch.Evicted != nil {
				if err := txn.Delete(cellKey(ch.Evicted.Subject, ch.Evicted.Voucher)); err != nil {
					return err
				}
			}
			if ch.Cell != nil {
				if err := setJSON(txn, cellKey(ch.Cell.Subject, ch.Cell.Voucher), ch.Cell); err != nil {
					return err
				}
			}
			for _, c := range ch.Claims {
				if err := setJSON(txn, claimKey(c.Voucher), c.Total); err != nil {
					return err
				}
			}
			if o.Job != ([32]byte{}) {
				j, err := jobs.get(txn, o.Job)
				if err != nil {
					return err
				}
				j.add(o)
			}
		}
		for peer, a := range aggs {
			if err := setJSON(txn, aggKey(peer), a); err != nil {
				return err
			}
		}
		for id, j := range jobs {
			if err := setJSON(txn, jobKey(id), j); err != nil {
				return err
			}
		}
		for k, p := range hist {
			if err := setJSON(txn, []byte(k), p); err != nil {
				return err
			}
		}
		return txn.Set(keySeq, be64(seq))
	})
	if err != nil {
		if lerr := s.load(); lerr != nil {
			return 0, fmt.Errorf("store: write failed (%v), and reloading failed: %w", err, lerr)
		}
		return 0, fmt.Errorf("store: write: %w", err)
	}
	s.mu.Lock()
	s.seq = seq
	s.mu.Unlock()
	return seq, nil
}

func setJSON(txn *badger.Txn, k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(k, b)
}

// Job is what the store knows of one job, from the observations that name it.
type Job struct {
	ID      [32]byte               `json:"-"`
	FirstMs uint64                 `json:"first_ms"`
	LastMs  uint64                 `json:"last_ms"`
	Counts  [score.NumKinds]uint64 `json:"counts"`
	Peers   []score.Address        `json:"peers"`
	Paid    *big.Int               `json:"paid,omitempty"`
	Slashed *big.Int               `json:"slashed,omitempty"`
}

// jobCache holds the jobs one transaction changes.
type jobCache map[[32]byte]*Job

func (c jobCache) get(txn *badger.Txn, id [32]byte) (*Job, error) {
	if j := c[id]; j != nil {
		return j, nil
	}
	j := &Job{FirstMs: math.MaxUint64}
	item, err := txn.Get(jobKey(id))
	switch {
	case err == nil:
		if err := item.Value(func(v []byte) error { return json.Unmarshal(v, j) }); err != nil {
			return nil, fmt.Errorf("%w: job %x: %v", ErrCorrupt, id, err)
		}
	case !errors.Is(err, badger.ErrKeyNotFound):
		return nil, err
	}
	c[id] = j
	return j, nil
}

func (j *Job) add(o *score.Observation) {
	j.FirstMs, j.LastMs = min(j.FirstMs, o.AtMs), max(j.LastMs, o.AtMs)
	j.Counts[o.Kind]++
	i := sort.Search(len(j.Peers), func(i int) bool { return bytes.Compare(j.Peers[i][:], o.Peer[:]) >= 0 })
	if (i == len(j.Peers) || j.Peers[i] != o.Peer) && len(j.Peers) < jobPeersMax {
		j.Peers = append(j.Peers, score.Address{})
		copy(j.Peers[i+1:], j.Peers[i:])
		j.Peers[i] = o.Peer
	}
	if o.Amount != nil {
		switch o.Kind {
		case score.KindSettlementPaid:
			j.Paid = new(big.Int).Add(bigOrZero(j.Paid), o.Amount)
		case score.KindSlashed:
			j.Slashed = new(big.Int).Add(bigOrZero(j.Slashed), o.Amount)
		}
	}
}

func bigOrZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// Score returns peer's score now, in [0, 1]; a peer never seen gets the
// newcomer prior. It reads memory only. This is the score view the auction
// consumes (auction.Reputation) and gossipsub's application score.
func (s *Store) Score(peer score.Address) float64 {
	now := s.nowMs()
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.book.Score(peer, now)
}

// Aggregate returns what the store has aggregated of peer (false: never
// seen). It reads memory only.
func (s *Store) Aggregate(peer score.Address) (score.Aggregate, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.book.Aggregate(peer)
}

// Detail returns peer's score now with what it is made of.
func (s *Store) Detail(peer score.Address) score.Detail {
	now := s.nowMs()
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.book.Detail(peer, now)
}

// PeerRow is one peer in the store's table.
type PeerRow struct {
	Peer   score.Address
	Detail score.Detail
	Agg    score.Aggregate
}

// Peers returns every known peer with its score at nowMs (0: now), best
// score first (ties in address order).
func (s *Store) Peers(nowMs uint64) []PeerRow {
	if nowMs == 0 {
		nowMs = s.nowMs()
	}
	s.mu.RLock()
	peers := s.book.Peers()
	rows := make([]PeerRow, len(peers))
	for i, p := range peers {
		a, _ := s.book.Aggregate(p)
		rows[i] = PeerRow{Peer: p, Detail: s.book.Detail(p, nowMs), Agg: a}
	}
	s.mu.RUnlock()
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Detail.Score > rows[j].Detail.Score })
	return rows
}

// Totals returns observation counts by kind over all peers.
func (s *Store) Totals() [score.NumKinds]uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.book.Totals()
}

// Now returns the store's clock reading, Unix ms.
func (s *Store) Now() uint64 { return s.nowMs() }

// Params returns the scoring rules.
func (s *Store) Params() score.Params { return s.opts.Score }
