package store

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/trainmesh/trainmesh/reputation/score"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var epoch = time.UnixMilli(1_700_000_000_000)

func testOptions(clock *fakeClock) Options {
	o := DefaultOptions()
	o.Now = clock.Now
	o.Self = addr(999)
	return o
}

func addr(i int) score.Address {
	var a score.Address
	a[0] = 0xbb
	a[18], a[19] = byte(i>>8), byte(i)
	return a
}

func openStore(t testing.TB, dir string, clock *fakeClock) *Store {
	t.Helper()
	s, err := Open(dir, testOptions(clock))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// sampleObservations are a small history of every kind, at the clock's time.
func sampleObservations(clock *fakeClock, peers int) []score.Observation {
	var obs []score.Observation
	at := uint64(clock.Now().UnixMilli())
	job := [32]byte{1, 2, 3}
	for i := range peers {
		p := addr(i + 1)
		obs = append(obs,
			score.Observation{Peer: p, Kind: score.KindPresence, AtMs: at, Note: "dev"},
			score.Observation{Peer: p, Kind: score.KindBidHonoured, AtMs: at + 1, Job: job},
			score.Observation{Peer: p, Kind: score.KindStepLatency, AtMs: at + 2, Job: job, Step: 1, LatencyMs: uint32(100 * (i + 1))},
			score.Observation{Peer: p, Kind: score.KindSettlementPaid, AtMs: at + 3, Job: job, Amount: big.NewInt(int64(1000 * (i + 1)))},
		)
		if i%2 == 1 {
			obs = append(obs, score.Observation{Peer: p, Kind: score.KindRevealMissing, AtMs: at + 4, Job: job})
		}
		if i > 0 {
			obs = append(obs, score.Observation{Peer: p, By: addr(1), Kind: score.KindVouch, AtMs: at + 5, Pos: 2})
		}
	}
	return obs
}

func TestRecordReopen(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: epoch}
	s := openStore(t, dir, clock)
	obs := sampleObservations(clock, 5)
	last, err := s.RecordBatch(obs)
	if err != nil {
		t.Fatal(err)
	}
	if last != uint64(len(obs)) {
		t.Errorf("last seq %d; want %d", last, len(obs))
	}
	seq, err := s.Record(score.Observation{Peer: addr(1), Kind: score.KindAwardDelivered, AtMs: uint64(epoch.UnixMilli()) + 10})
	if err != nil || seq != last+1 {
		t.Fatalf("Record = %d, %v; want %d", seq, err, last+1)
	}
	before := s.Peers(0)
	if len(before) != 5 {
		t.Fatalf("%d peers; want 5", len(before))
	}
	s.Close()

	s2 := openStore(t, dir, clock)
	if s2.Seq() != seq {
		t.Errorf("reopened seq %d; want %d", s2.Seq(), seq)
	}
	if s2.Self() != addr(999) {
		t.Errorf("self %s; want %s", s2.Self(), addr(999))
	}
	after := s2.Peers(0)
	for i := range before {
		if before[i].Peer != after[i].Peer || math.Float64bits(before[i].Detail.Score) != math.Float64bits(after[i].Detail.Score) {
			t.Errorf("row %d: before %+v, after reopening %+v", i, before[i], after[i])
		}
	}
	entries, err := s2.Observations(Filter{})
	if err != nil || len(entries) != len(obs)+1 {
		t.Fatalf("Observations = %d entries, %v; want %d", len(entries), err, len(obs)+1)
	}
	if entries[0].Seq != seq || entries[0].Obs.Kind != score.KindAwardDelivered {
		t.Errorf("newest entry %+v; want seq %d award-delivered", entries[0], seq)
	}
	p3 := addr(3)
	mine, _ := s2.Observations(Filter{Peer: &p3})
	for _, e := range mine {
		if e.Obs.Peer != p3 {
			t.Errorf("peer filter returned %s", e.Obs.Peer)
		}
	}
	paid, _ := s2.Observations(Filter{Kind: score.KindSettlementPaid, Limit: 2})
	if len(paid) != 2 || paid[0].Obs.Kind != score.KindSettlementPaid || paid[0].Seq <= paid[1].Seq {
		t.Errorf("kind filter with limit 2 gave %+v", paid)
	}
	page, _ := s2.Observations(Filter{BeforeSeq: entries[2].Seq, Limit: 1})
	if len(page) != 1 || page[0].Seq != entries[3].Seq {
		t.Errorf("page before %d = %+v; want seq %d", entries[2].Seq, page, entries[3].Seq)
	}
	jobs, err := s2.Jobs(0)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("Jobs = %+v, %v", jobs, err)
	}
	if want := big.NewInt(15000); jobs[0].Paid.Cmp(want) != 0 || len(jobs[0].Peers) != 5 {
		t.Errorf("job paid %v to %d peers; want %v to 5", jobs[0].Paid, len(jobs[0].Peers), want)
	}
	hist, err := s2.History(addr(2), 0)
	if err != nil || len(hist) != 1 {
		t.Errorf("History = %+v, %v; want one point (one bucket)", hist, err)
	}
}

func TestRecordRejects(t *testing.T) {
	clock := &fakeClock{t: epoch}
	s := openStore(t, t.TempDir(), clock)
	good := score.Observation{Peer: addr(1), Kind: score.KindBidHonoured, AtMs: 1}
	if _, err := s.RecordBatch([]score.Observation{good, {Kind: score.KindBidHonoured}}); !errors.Is(err, score.ErrBadObservation) {
		t.Errorf("RecordBatch with a bad observation = %v; want ErrBadObservation", err)
	}
	if s.Seq() != 0 || len(s.Peers(0)) != 0 {
		t.Errorf("a rejected batch wrote something: seq %d", s.Seq())
	}
}

// TestBigBatchSplits: a batch larger than one transaction is written whole.
func TestBigBatchSplits(t *testing.T) {
	clock := &fakeClock{t: epoch}
	s := openStore(t, t.TempDir(), clock)
	obs := make([]score.Observation, BatchMax*2+7)
	for i := range obs {
		obs[i] = score.Observation{Peer: addr(i%50 + 1), Kind: score.KindStepLatency, AtMs: uint64(epoch.UnixMilli()) + uint64(i), LatencyMs: 10}
	}
	last, err := s.RecordBatch(obs)
	if err != nil || last != uint64(len(obs)) {
		t.Fatalf("RecordBatch = %d, %v", last, err)
	}
	if got := s.Totals()[score.KindStepLatency]; got != uint64(len(obs)) {
		t.Errorf("%d step observations counted; want %d", got, len(obs))
	}
}

func TestSnapshot(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: epoch}
	s := openStore(t, filepath.Join(dir, DirName), clock)
	if _, err := s.RecordBatch(sampleObservations(clock, 4)); err != nil {
		t.Fatal(err)
	}
	path := SnapshotPath(s.db.Opts().Dir)
	meta, wrote, err := s.PublishSnapshot(path, false)
	if err != nil || !wrote || meta.Seq != s.Seq() {
		t.Fatalf("PublishSnapshot = %+v, %v, %v", meta, wrote, err)
	}
	if _, wrote, _ := s.PublishSnapshot(path, false); wrote {
		t.Errorf("published again with nothing new")
	}
	c, m2, err := LoadSnapshot(path, testOptions(clock))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if m2.Seq != s.Seq() || m2.Self != addr(999) || c.Self() != addr(999) || c.Seq() != s.Seq() {
		t.Errorf("snapshot meta %+v, copy seq %d self %s; want seq %d self %s", m2, c.Seq(), c.Self(), s.Seq(), addr(999))
	}
	want, got := s.Peers(0), c.Peers(0)
	if fmt.Sprint(want) != fmt.Sprint(got) {
		t.Errorf("snapshot peers differ:\n%v\n%v", got, want)
	}
	if _, err := c.Record(score.Observation{Peer: addr(1), Kind: score.KindPresence}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Record on a snapshot = %v; want ErrReadOnly", err)
	}

	data, _ := os.ReadFile(path)
	for name, bad := range map[string][]byte{
		"flipped byte": func() []byte { b := append([]byte{}, data...); b[len(b)/2] ^= 1; return b }(),
		"truncated":    data[:len(data)-10],
		"empty":        nil,
		"not ours":     []byte("hello world, this is not a snapshot at all, nothing to see here"),
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "bad.snapshot")
			os.WriteFile(p, bad, 0o600)
			if _, _, err := LoadSnapshot(p, testOptions(clock)); !errors.Is(err, ErrCorrupt) {
				t.Errorf("LoadSnapshot = %v; want ErrCorrupt", err)
			}
		})
	}
}

// TestSnapshotAllocates: a snapshot of a small store allocates about what
// it holds, not Badger's stream buffers (db.Backup allocated 322 MiB for
// this store: see backup). Counted in bytes, not timed.
func TestSnapshotAllocates(t *testing.T) {
	clock := &fakeClock{t: epoch}
	s := openStore(t, filepath.Join(t.TempDir(), DirName), clock)
	if _, err := s.RecordBatch(sampleObservations(clock, 20)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "snap")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := s.WriteSnapshot(path); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	const most = 8 << 20
	got := after.TotalAlloc - before.TotalAlloc
	t.Logf("a snapshot allocated %d KiB", got>>10)
	if got > most {
		t.Errorf("a snapshot of %d observations allocated %d KiB; want at most %d", len(sampleObservations(clock, 20)), got>>10, most>>10)
	}
}

// TestSnapshotKeepsDeletes: a snapshot taken after keys were written over
// and deleted loads back to exactly the store's live keys and values, the
// snapshot's own writer against Badger's backup (db.Backup) of the same
// store.
func TestSnapshotKeepsDeletes(t *testing.T) {
	clock := &fakeClock{t: epoch}
	s := openStore(t, filepath.Join(t.TempDir(), DirName), clock)
	if _, err := s.RecordBatch(sampleObservations(clock, 10)); err != nil {
		t.Fatal(err)
	}
	err := s.db.Update(func(txn *badger.Txn) error {
		for i := range 50 {
			k := []byte(fmt.Sprintf("test/%03d", i))
			if err := txn.Set(k, []byte(fmt.Sprint("old ", i))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		for i := range 50 {
			k := []byte(fmt.Sprintf("test/%03d", i))
			switch i % 3 {
			case 0:
				if err := txn.Delete(k); err != nil {
					return err
				}
			case 1:
				if err := txn.Set(k, []byte(fmt.Sprint("new ", i))); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	live := func(db *badger.DB) map[string]string {
		out := map[string]string{}
		if err := db.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.DefaultIteratorOptions)
			defer it.Close()
			for it.Rewind(); it.Valid(); it.Next() {
				v, err := it.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				out[string(it.Item().Key())] = string(v)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := live(s.db)
	if want["test/000"] != "" || want["test/001"] != "new 1" || want["test/002"] != "old 2" {
		t.Fatalf("the store itself: %q %q %q", want["test/000"], want["test/001"], want["test/002"])
	}
	path := filepath.Join(t.TempDir(), "snap")
	if _, err := s.WriteSnapshot(path); err != nil {
		t.Fatal(err)
	}
	c, _, err := LoadSnapshot(path, testOptions(clock))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// Badger's own backup of the same store, loaded the same way.
	var buf bytes.Buffer
	if _, err := s.db.Backup(&buf, 0); err != nil {
		t.Fatal(err)
	}
	ref, err := badger.Open(memOptions(testOptions(clock)))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	if err := ref.Load(&buf, 16); err != nil {
		t.Fatal(err)
	}
	got, fromBackup := live(c.db), live(ref)
	if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(fromBackup) != fmt.Sprint(want) {
		t.Errorf("live keys: snapshot %d, Badger's backup %d, store %d; they differ", len(got), len(fromBackup), len(want))
	}
}

// TestFollower: while a store's writer is open, a follower reads only its
// snapshots, picking up each new one; once the writer closes, it copies
// the store itself.
func TestFollower(t *testing.T) {
	data := t.TempDir()
	clock := &fakeClock{t: epoch}
	storeDir := filepath.Join(data, DirName)
	s, err := Open(storeDir, testOptions(clock))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := ResolveStore(data)
	if err != nil || got != storeDir {
		t.Fatalf("ResolveStore(%s) = %s, %v; want %s", data, got, err, storeDir)
	}
	if _, err := OpenCopy(storeDir, testOptions(clock)); !errors.Is(err, ErrLocked) {
		t.Errorf("OpenCopy of a live store = %v; want ErrLocked", err)
	}
	f, err := NewFollower(storeDir, testOptions(clock))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Refresh(); err == nil {
		t.Errorf("Refresh with no snapshot yet succeeded")
	}
	for round := 1; round <= 3; round++ {
		if _, err := s.Record(score.Observation{Peer: addr(round), Kind: score.KindBidHonoured, AtMs: uint64(epoch.UnixMilli())}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.PublishSnapshot(SnapshotPath(storeDir), false); err != nil {
			t.Fatal(err)
		}
		changed, err := f.Refresh()
		if err != nil || !changed {
			t.Fatalf("round %d: Refresh = %v, %v", round, changed, err)
		}
		c, l, release := f.Acquire()
		if l.Source != SourceSnapshot || l.Seq != uint64(round) || len(c.Peers(0)) != round {
			t.Errorf("round %d: loaded %+v with %d peers", round, l, len(c.Peers(0)))
		}
		release()
	}
	if changed, _ := f.Refresh(); changed {
		t.Errorf("Refresh with nothing new reloaded")
	}
	s.Close()
	changed, err := f.Refresh()
	if err != nil || !changed {
		t.Fatalf("Refresh after the writer closed = %v, %v", changed, err)
	}
	_, l, release := f.Acquire()
	release()
	if l.Source != SourceStore || l.Seq != 3 {
		t.Errorf("after the writer closed: %+v; want the store at seq 3", l)
	}
	// The follower holds no lock: the node can open its store again.
	s3, err := Open(storeDir, testOptions(clock))
	if err != nil {
		t.Fatalf("reopen by the writer while followed: %v", err)
	}
	s3.Close()
}

func TestPrune(t *testing.T) {
	clock := &fakeClock{t: epoch}
	opts := testOptions(clock)
	opts.Retention = 24 * time.Hour
	opts.HistoryRetention = 48 * time.Hour
	opts.PeerRetention = 24 * time.Hour
	s, err := Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := func() uint64 { return uint64(clock.Now().UnixMilli()) }
	old, quiet, busy := addr(1), addr(2), addr(3)
	s.Record(score.Observation{Peer: old, Kind: score.KindAwardDelivered, AtMs: now()})
	s.Record(score.Observation{Peer: quiet, Kind: score.KindPresence, AtMs: now()})
	clock.Advance(36 * time.Hour)
	s.Record(score.Observation{Peer: busy, Kind: score.KindBidHonoured, AtMs: now()})
	scoreBefore := s.Score(old)

	res, err := s.Prune(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if res.Observations != 2 || res.History != 0 || res.Peers != 1 || res.More {
		t.Errorf("Prune = %+v; want 2 observations, no history, 1 peer (the quiet one)", res)
	}
	if got := s.Score(old); got != scoreBefore {
		t.Errorf("pruning changed a score: %v -> %v", scoreBefore, got)
	}
	entries, _ := s.Observations(Filter{})
	if len(entries) != 1 || entries[0].Obs.Peer != busy {
		t.Errorf("after pruning: %+v; want only the recent observation", entries)
	}
	if _, ok := s.book.Aggregate(quiet); ok {
		t.Errorf("the quiet peer with no evidence was not forgotten")
	}
	clock.Advance(24 * time.Hour)
	res, _ = s.Prune(context.Background())
	if res.History != 2 {
		t.Errorf("second Prune removed %d history points; want 2 (old and the forgotten peer's)", res.History)
	}
}

// Crash safety: a child process records observations and prints each
// acknowledged sequence number; the test kills it with SIGKILL mid-stream
// and checks that every acknowledged observation is in the reopened store.

const envCrashChild = "TRAINMESH_STORE_CRASH_CHILD"

func TestMain(m *testing.M) {
	if dir := os.Getenv(envCrashChild); dir != "" {
		os.Exit(crashChild(dir))
	}
	os.Exit(m.Run())
}

// crashChild writes until killed: single records and small batches, with
// observations spread over many peers (so aggregates change too).
func crashChild(dir string) int {
	s, err := Open(dir, DefaultOptions())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	at := uint64(time.Now().UnixMilli())
	for i := 0; ; i++ {
		o := score.Observation{Peer: addr(i%97 + 1), Kind: score.KindStepLatency, AtMs: at + uint64(i), Step: uint64(i), LatencyMs: uint32(i % 3000)}
		var seq uint64
		if i%5 == 0 {
			batch := []score.Observation{o, o, o}
			seq, err = s.RecordBatch(batch)
		} else {
			seq, err = s.Record(o)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "ack %d\n", seq)
		out.Flush()
	}
}

func TestKilledWriterKeepsAcknowledged(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process")
	}
	dir := t.TempDir()
	for round := range 3 { // kill it several times over the same store
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envCrashChild+"="+dir)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		var acked uint64
		for n := 0; sc.Scan(); n++ {
			f := strings.Fields(sc.Text())
			if len(f) == 2 && f[0] == "ack" {
				acked, _ = strconv.ParseUint(f[1], 10, 64)
			}
			if n == 150+100*round {
				cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		cmd.Wait()
		if acked == 0 {
			t.Fatalf("round %d: child acknowledged nothing; stderr:\n%s", round, stderr.String())
		}

		// A dashboard can copy the crashed store before any node reopens it.
		c, err := OpenCopy(dir, DefaultOptions())
		if err != nil {
			t.Fatalf("round %d: OpenCopy after a crash: %v", round, err)
		}
		if c.Seq() < acked {
			t.Errorf("round %d: the read-only copy has seq %d; acknowledged %d", round, c.Seq(), acked)
		}
		c.Close()

		s, err := Open(dir, DefaultOptions())
		if err != nil {
			t.Fatalf("round %d: reopen after SIGKILL: %v", round, err)
		}
		if s.Seq() < acked {
			t.Errorf("round %d: reopened at seq %d; %d were acknowledged", round, s.Seq(), acked)
		}
		entries, err := s.Observations(Filter{Limit: ListMax})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[uint64]bool{}
		for _, e := range entries {
			seen[e.Seq] = true
		}
		for seq := uint64(1); seq <= acked; seq++ {
			if !seen[seq] {
				t.Errorf("round %d: acknowledged observation %d is missing", round, seq)
			}
		}
		var total uint64
		for _, r := range s.Peers(0) {
			total += r.Agg.Observations()
		}
		if total != s.Seq() {
			t.Errorf("round %d: aggregates count %d observations; the log has %d", round, total, s.Seq())
		}
		t.Logf("round %d: killed after %d acknowledged, store at %d", round, acked, s.Seq())
		s.Close()
	}
}

// TestThroughputObservationRoundTrip: a Throughput observation is stored
// as version 3 (MFLOP/s) and reads back whole; others stay version 1; a
// version 2 record (whole GFLOP/s, written before) reads back as 1000
// times as many MFLOP/s.
func TestThroughputObservationRoundTrip(t *testing.T) {
	o := score.Observation{Peer: score.Address{1}, Kind: score.KindThroughput, AtMs: 5, ClaimedMFLOPs: 2_000, DeliveredMFLOPs: 1_612, Note: "x"}
	b := EncodeObservation(&o)
	got, err := DecodeObservation(b)
	if err != nil || b[0] != obsVersion3 || fmt.Sprint(got) != fmt.Sprint(o) {
		t.Fatalf("round trip %+v, %v (version %d); want %+v as version 3", got, err, b[0], o)
	}
	plain := score.Observation{Peer: score.Address{1}, Kind: score.KindBidHonoured, AtMs: 5}
	if v := EncodeObservation(&plain)[0]; v != obsVersion {
		t.Errorf("an observation without throughput stored as version %d; want 1", v)
	}
	if _, err := DecodeObservation(b[:len(b)-1]); !errors.Is(err, ErrCorrupt) {
		t.Errorf("truncated version 3: %v; want ErrCorrupt", err)
	}
	old := legacyThroughput(b, 2, 1)
	got, err = DecodeObservation(old)
	if err != nil || got.ClaimedMFLOPs != 2_000 || got.DeliveredMFLOPs != 1_000 {
		t.Errorf("version 2 (claimed 2, delivered 1 GFLOP/s) read as %+v, %v; want 2000 and 1000 MFLOP/s", got, err)
	}
}

// legacyThroughput is a version 3 throughput record b rewritten as the
// version 2 record of claimed and delivered whole GFLOP/s (what builds
// before MFLOP/s wrote).
func legacyThroughput(b []byte, claimed, delivered uint64) []byte {
	old := bytes.Clone(b)
	old[0] = obsVersion2
	tail := old[len(old)-obsV2Tail:]
	binary.BigEndian.PutUint64(tail, claimed)
	binary.BigEndian.PutUint64(tail[8:], delivered)
	return old
}

// TestThroughputInOldStore: a store written before throughput was kept in
// MFLOP/s (version 2 observations and an aggregate with delivered_gflops
// and claimed_gflops, whole GFLOP/s) opens, reads the peer's evidence as
// MFLOP/s, keeps the old best against a lower new measurement, and writes
// the new form at the next update.
func TestThroughputInOldStore(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: epoch}
	s := openStore(t, dir, clock)
	peer := addr(5)
	at := uint64(epoch.UnixMilli())
	if _, err := s.Record(score.Observation{Peer: peer, Kind: score.KindThroughput, AtMs: at, ClaimedMFLOPs: 3_000, DeliveredMFLOPs: 2_000}); err != nil {
		t.Fatal(err)
	}
	// Rewrite the observation and the aggregate as the GFLOP/s build
	// wrote them: claimed 3, delivered 2.
	err := s.db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: key(prefixObs, peer[:])})
		defer it.Close()
		var k, v []byte
		for it.Rewind(); it.Valid(); it.Next() {
			k = it.Item().KeyCopy(nil)
			var err error
			if v, err = it.Item().ValueCopy(nil); err != nil {
				return err
			}
		}
		if k == nil {
			return errors.New("no observation stored")
		}
		if err := txn.Set(k, legacyThroughput(v, 3, 2)); err != nil {
			return err
		}
		item, err := txn.Get(aggKey(peer))
		if err != nil {
			return err
		}
		agg, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		old := strings.Replace(string(agg), `"delivered_mflops":2000,"claimed_mflops":3000`, `"delivered_gflops":2,"claimed_gflops":3`, 1)
		if old == string(agg) {
			return fmt.Errorf("aggregate %s: no MFLOP/s fields to rewrite", agg)
		}
		return txn.Set(aggKey(peer), []byte(old))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openStore(t, dir, clock)
	if agg, ok := s.Aggregate(peer); !ok || agg.DeliveredMFLOPs != 2_000 || agg.ClaimedMFLOPs != 3_000 {
		t.Fatalf("old aggregate read as %+v, %v; want 2000 delivered, 3000 claimed MFLOP/s", agg, ok)
	}
	obs, err := s.Observations(Filter{Kind: score.KindThroughput})
	if err != nil || len(obs) != 1 || obs[0].Obs.DeliveredMFLOPs != 2_000 || obs[0].Obs.ClaimedMFLOPs != 3_000 {
		t.Fatalf("old observation read as %+v, %v", obs, err)
	}
	// A lower measurement keeps the best; the claim is the latest.
	if _, err := s.Record(score.Observation{Peer: peer, Kind: score.KindThroughput, AtMs: at + 1, ClaimedMFLOPs: 2_000, DeliveredMFLOPs: 1_612}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openStore(t, dir, clock)
	defer s.Close()
	if agg, ok := s.Aggregate(peer); !ok || agg.DeliveredMFLOPs != 2_000 || agg.ClaimedMFLOPs != 2_000 || agg.Counts[score.KindThroughput] != 2 {
		t.Fatalf("aggregate after a new measurement %+v, %v; want best 2000, latest claim 2000, 2 observations", agg, ok)
	}
	err = s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(aggKey(peer))
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			if !strings.Contains(string(v), `"delivered_mflops":2000`) || strings.Contains(string(v), "gflops") {
				return fmt.Errorf("aggregate rewritten as %s; want MFLOP/s fields only", v)
			}
			return nil
		})
	})
	if err != nil {
		t.Error(err)
	}
}

// TestOmittedBidKindInOldStore: kind 12 (omitted-bid) needs no migration.
// Observations store their kind as a byte and aggregates their counts as a
// JSON array, so a store written by a build with 12 kinds (an 12-element
// counts array) opens, keeps its counts, and takes kind 12 beside them.
func TestOmittedBidKindInOldStore(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{t: epoch}
	s := openStore(t, dir, clock)
	poster := addr(7)
	at := uint64(epoch.UnixMilli())
	if _, err := s.Record(score.Observation{Peer: poster, Kind: score.KindSettlementPaid, AtMs: at, Amount: big.NewInt(5)}); err != nil {
		t.Fatal(err)
	}
	// Rewrite the aggregate as the 12-kind build wrote it.
	err := s.db.Update(func(txn *badger.Txn) error {
		item, err := txn.Get(aggKey(poster))
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		old := strings.Replace(string(v), `"counts":[0,0,0,0,0,0,0,1,0,0,0,0,0]`, `"counts":[0,0,0,0,0,0,0,1,0,0,0,0]`, 1)
		if old == string(v) {
			return fmt.Errorf("aggregate %s: no 13-element counts array to shorten", v)
		}
		return txn.Set(aggKey(poster), []byte(old))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openStore(t, dir, clock)
	if _, err := s.Record(score.Observation{Peer: poster, Kind: score.KindOmittedBid, AtMs: at + 1, Job: [32]byte{9}, Note: "omitted the bid of 0x01"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openStore(t, dir, clock)
	agg, ok := s.Aggregate(poster)
	if !ok || agg.Counts[score.KindSettlementPaid] != 1 || agg.Counts[score.KindOmittedBid] != 1 {
		t.Fatalf("aggregate %+v, %v; want one settlement-paid and one omitted-bid", agg, ok)
	}
	got, err := s.Observations(Filter{Kind: score.KindOmittedBid})
	if err != nil || len(got) != 1 || got[0].Obs.Note != "omitted the bid of 0x01" {
		t.Fatalf("omitted-bid observations %+v, %v", got, err)
	}
	if sc := s.Score(poster); sc >= 2.0/3 {
		t.Errorf("score %.4f after one payment and one omission; want below %.4f (the payment alone)", sc, 2.0/3)
	}
}

func FuzzDecodeObservation(f *testing.F) {
	for _, o := range sampleObservations(&fakeClock{t: epoch}, 3) {
		f.Add(EncodeObservation(&o))
	}
	f.Add([]byte{})
	f.Add(make([]byte, obsFixedLen+2))
	f.Add(EncodeObservation(&score.Observation{Peer: score.Address{1}, Kind: score.KindThroughput, AtMs: 5, ClaimedMFLOPs: 300_000, DeliveredMFLOPs: 120_500}))
	f.Add(legacyThroughput(EncodeObservation(&score.Observation{Peer: score.Address{1}, Kind: score.KindThroughput, AtMs: 5, ClaimedMFLOPs: 1, DeliveredMFLOPs: 1}), 300, 120))
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := DecodeObservation(b)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		again, err := DecodeObservation(EncodeObservation(&o))
		if err != nil || fmt.Sprint(again) != fmt.Sprint(o) {
			t.Fatalf("round trip: %+v, %v; want %+v", again, err, o)
		}
	})
}

func FuzzLoadSnapshot(f *testing.F) {
	clock := &fakeClock{t: epoch}
	dir := f.TempDir()
	s, err := Open(filepath.Join(dir, "s"), testOptions(clock))
	if err != nil {
		f.Fatal(err)
	}
	s.RecordBatch(sampleObservations(clock, 2))
	path := filepath.Join(dir, "seed.snapshot")
	if _, err := s.WriteSnapshot(path); err != nil {
		f.Fatal(err)
	}
	s.Close()
	seed, _ := os.ReadFile(path)
	f.Add(seed)
	f.Add([]byte(snapshotMagic + "{}\n" + strings.Repeat("x", 48)))
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "f.snapshot")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		c, _, err := LoadSnapshot(p, testOptions(clock))
		if err == nil {
			c.Close()
		}
	})
}

func BenchmarkRecord(b *testing.B) {
	clock := &fakeClock{t: epoch}
	s := openStore(b, b.TempDir(), clock)
	at := uint64(epoch.UnixMilli())
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Record(score.Observation{Peer: addr(i%1000 + 1), Kind: score.KindStepLatency, AtMs: at + uint64(i), LatencyMs: 50}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "obs/s")
}

func BenchmarkRecordBatch(b *testing.B) {
	clock := &fakeClock{t: epoch}
	s := openStore(b, b.TempDir(), clock)
	at := uint64(epoch.UnixMilli())
	batch := make([]score.Observation, 0, BatchMax)
	b.ResetTimer()
	for i := range b.N {
		batch = append(batch, score.Observation{Peer: addr(i%1000 + 1), Kind: score.KindStepLatency, AtMs: at + uint64(i), LatencyMs: 50})
		if len(batch) == cap(batch) || i == b.N-1 {
			if _, err := s.RecordBatch(batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "obs/s")
}

func benchStore(b *testing.B) *Store {
	clock := &fakeClock{t: epoch}
	s := openStore(b, b.TempDir(), clock)
	if _, err := s.RecordBatch(sampleObservations(clock, 1000)); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkScore(b *testing.B) {
	s := benchStore(b)
	b.ResetTimer()
	for i := range b.N {
		s.Score(addr(i%1000 + 1))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}

// BenchmarkScoreParallel: score queries from every core at once (readers
// share the store's lock).
func BenchmarkScoreParallel(b *testing.B) {
	s := benchStore(b)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			s.Score(addr(i%1000 + 1))
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}

// Baselines for the benchmarks above, measured in the same run: the raw
// Badger writes (same options, same value sizes) that Record and
// RecordBatch cannot beat, and the pure in-memory score.Book that Score
// wraps with a lock and a clock.

func BenchmarkBaselineBadgerSyncedSet(b *testing.B) {
	db, err := badger.Open(badgerOptions(b.TempDir(), nil))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	o := score.Observation{Peer: addr(1), Kind: score.KindStepLatency, LatencyMs: 50}
	v := EncodeObservation(&o)
	b.ResetTimer()
	for i := range b.N {
		if err := db.Update(func(txn *badger.Txn) error { return txn.Set(obsKey(o.Peer, uint64(i)), v) }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sets/s")
}

func BenchmarkBaselineBadgerBatchSet(b *testing.B) {
	db, err := badger.Open(badgerOptions(b.TempDir(), nil))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	o := score.Observation{Peer: addr(1), Kind: score.KindStepLatency, LatencyMs: 50}
	v := EncodeObservation(&o)
	b.ResetTimer()
	for i := 0; i < b.N; i += BatchMax {
		err := db.Update(func(txn *badger.Txn) error {
			for j := i; j < min(i+BatchMax, b.N); j++ {
				if err := txn.Set(obsKey(o.Peer, uint64(j)), v); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sets/s")
}

func BenchmarkBaselineBookScore(b *testing.B) {
	clock := &fakeClock{t: epoch}
	book, _ := score.NewBook(score.DefaultParams())
	for _, o := range sampleObservations(clock, 1000) {
		book.Apply(o)
	}
	now := uint64(epoch.UnixMilli())
	b.ResetTimer()
	for i := range b.N {
		book.Score(addr(i%1000+1), now)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}

// BenchmarkSnapshot: a snapshot of a store of 1,000 peers' observations,
// as a node publishes one every SnapshotInterval.
func BenchmarkSnapshot(b *testing.B) {
	s := benchStore(b)
	path := filepath.Join(b.TempDir(), "snap")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.WriteSnapshot(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaselineBadgerBackup: db.Backup of the same store, which
// snapshots were written with before (its stream readers' buffers).
func BenchmarkBaselineBadgerBackup(b *testing.B) {
	s := benchStore(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.db.Backup(io.Discard, 0); err != nil {
			b.Fatal(err)
		}
	}
}
