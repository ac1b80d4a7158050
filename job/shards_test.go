package job

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/trainmesh/trainmesh/protocol"
)

// shardRing simulates a group's ring for the standby shard rules: k
// winners and some standbys, receipts at every period end from every
// member training then, members leaving at chosen steps and the next
// standby (award order) called in at once, taking CallInShard of the
// book as it stands then. took is the truth: the shard each member
// trains.
type shardRing struct {
	award  *protocol.Award
	book   *Book
	ring   []Address
	took   map[Address]int
	next   int // the next standby to call in
	period uint64
	// state: a standby called in signs its seat statement, and every
	// follower files it (Book.AddSeat) when deliver says so.
	state   bool
	deliver func() bool
	step    uint64 // the steps done when the next one leaves
}

func newShardRing(k, standbys int, period, steps uint64) *shardRing {
	a := &protocol.Award{JobID: Hash{7}, Poster: gPoster}
	r := &shardRing{award: a, took: map[Address]int{}, period: period}
	for i := 1; i <= k; i++ {
		a.Winners = append(a.Winners, member(i))
		a.Prices = append(a.Prices, big.NewInt(10))
		r.ring = append(r.ring, member(i))
		r.took[member(i)] = i - 1
	}
	for i := 1; i <= standbys; i++ {
		a.Standbys = append(a.Standbys, standby(i))
		a.Prices = append(a.Prices, big.NewInt(10))
	}
	r.book = NewBook(a, steps)
	return r
}

// receipts files every ring member's receipt for step.
func (r *shardRing) receipts(t *testing.T, step uint64) {
	for _, m := range r.ring {
		rc := Receipt{StepReceipt: protocol.StepReceipt{JobID: r.award.JobID, Member: m, Step: step, ParamsHash: Hash{1}}}
		rc.Sig[0], rc.Sig[1], rc.Sig[2] = m[0], m[1], byte(step)
		if _, _, err := r.book.Add(rc); err != nil {
			t.Fatal(err)
		}
	}
}

// leave drops m from the ring and calls the next standby in, if any.
func (r *shardRing) leave(t *testing.T, m Address) {
	r.ring = slices.DeleteFunc(r.ring, func(x Address) bool { return x == m })
	if r.next >= len(r.award.Standbys) {
		return
	}
	s := r.award.Standbys[r.next]
	r.next++
	r.ring = append(r.ring, s)
	sh := CallInShard(r.book, s, r.ring)
	if sh < 0 {
		t.Fatalf("%s called into %v: no shard", s.Short(), r.ring)
	}
	r.took[s] = sh
	if r.state && (r.deliver == nil || r.deliver()) {
		st := SignedSeat{SeatStatement: SeatStatement{JobID: r.award.JobID, Standby: s, Seat: uint32(sh), From: r.step}}
		if _, err := r.book.AddSeat(st); err != nil {
			t.Fatal(err)
		}
	}
}

// TestStandbyShards: named histories, the ring's call-in rule and the
// verifiers' replay from receipts. "second winner, then first" is the
// case the old rule (the k-th standby of the ring takes the k-th missing
// winner) got wrong: s2 took s1's shard.
func TestStandbyShards(t *testing.T) {
	type leave struct {
		at uint64 // after this step (receipts at multiples of 10)
		m  Address
	}
	tests := []struct {
		name   string
		leaves []leave
		want   map[Address][]int // StandbyShards
	}{
		{"nobody leaves", nil, map[Address][]int{}},
		{"one winner", []leave{{14, member(2)}}, map[Address][]int{standby(1): {1}}},
		{"second winner, then first", []leave{{14, member(2)}, {34, member(1)}},
			map[Address][]int{standby(1): {1}, standby(2): {0}}},
		{"a standby replaced", []leave{{14, member(3)}, {25, standby(1)}},
			map[Address][]int{standby(1): {2}, standby(2): {2}}},
		{"three in turn", []leave{{5, member(3)}, {15, member(1)}, {25, standby(1)}},
			map[Address][]int{standby(1): {2}, standby(2): {0}, standby(3): {2}}},
		// Two seats freed in one period: each standby is checked on both,
		// its likeliest first, and never on the live winner's.
		{"two in one period", []leave{{12, member(2)}, {17, member(1)}},
			map[Address][]int{standby(1): {0, 1}, standby(2): {1, 0}}},
		{"then one more", []leave{{12, member(2)}, {17, member(1)}, {35, member(3)}},
			map[Address][]int{standby(1): {0, 1}, standby(2): {1, 0}, standby(3): {2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newShardRing(3, 3, 10, 50)
			li := 0
			for s := uint64(1); s <= 50; s++ {
				for li < len(tt.leaves) && tt.leaves[li].at == s-1 {
					r.leave(t, tt.leaves[li].m)
					li++
				}
				if s%10 == 0 {
					r.receipts(t, s)
				}
			}
			got := StandbyShards(r.book)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("StandbyShards = %v; want %v", got, tt.want)
			}
			for s, sh := range r.took {
				if c, ok := got[s]; ok && !slices.Contains(c, sh) {
					t.Errorf("%s took shard %d; checked on %v", s.Short(), sh, c)
				}
			}
		})
	}
}

// TestStandbyShardsProperty: over random histories of up to one leaver
// a receipt period, the ring's members always train distinct shards
// (every seat taken once), and the verifiers' replay names exactly the
// shard each called-in standby took, never one whose member trained
// through the standby's first receipt. With several leavers a period, the
// replay's candidates always include the shard taken.
func TestStandbyShardsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 3))
	const period, steps = 10, 100
	for c := 0; c < 400; c++ {
		k, sb := 2+rng.IntN(4), 1+rng.IntN(4)
		several := c%2 == 1
		r := newShardRing(k, sb, period, steps)
		for s := uint64(1); s <= steps; s++ {
			r.step = s - 1
			if rng.IntN(8) == 0 && len(r.ring) > 1 {
				inPeriod := 0
				for _, m := range r.award.Standbys {
					if _, ok := r.took[m]; ok && r.book.First(m) == 0 {
						inPeriod++
					}
				}
				if several || inPeriod == 0 {
					r.leave(t, r.ring[rng.IntN(len(r.ring))])
				}
			}
			if s%period == 0 {
				r.receipts(t, s)
			}
			if !several {
				seen := map[int]Address{}
				for _, m := range r.ring {
					if o, dup := seen[r.took[m]]; dup {
						t.Fatalf("case %d step %d: %s and %s both train shard %d", c, s, o.Short(), m.Short(), r.took[m])
					}
					seen[r.took[m]] = m
				}
			}
		}
		got := StandbyShards(r.book)
		for s, sh := range r.took {
			cands, ok := got[s]
			if !ok {
				continue // left before its first receipt
			}
			if !slices.Contains(cands, sh) {
				t.Fatalf("case %d: %s took shard %d; checked on %v", c, s.Short(), sh, cands)
			}
			if !several && (len(cands) != 1) {
				t.Fatalf("case %d: %s took shard %d; checked on %v, want exactly it", c, s.Short(), sh, cands)
			}
			if several {
				continue
			}
			f := r.book.First(s)
			for _, x := range cands {
				for m, msh := range r.took {
					if msh == x && m != s && r.book.heldAt(m, f) && r.book.First(m) != f && (slices.Contains(r.award.Winners, m) || r.book.First(m) < f) {
						t.Fatalf("case %d: %s checked on shard %d, which %s trained through step %d", c, s.Short(), x, m.Short(), f)
					}
				}
			}
		}
	}
}

// TestStandbyShardsStated: with seat statements (Book.AddSeat), over
// random histories of several leavers a receipt period (the case the
// receipts alone cannot order), the ring's members train distinct shards
// (a standby called in sees the statements of those called in before it)
// and every called-in standby is checked on exactly the shard it took.
// With statements lost at random, each standby is checked on exactly its
// shard when its own statement arrived and the shard taken is always
// among those checked.
func TestStandbyShardsStated(t *testing.T) {
	rng := rand.New(rand.NewPCG(29, 16))
	const period, steps = 10, 100
	exact, lossy := 0, 0
	for c := 0; c < 400; c++ {
		k, sb := 2+rng.IntN(4), 1+rng.IntN(4)
		lose := c%2 == 1
		r := newShardRing(k, sb, period, steps)
		r.state = true
		if lose {
			r.deliver = func() bool { return rng.IntN(2) == 0 }
		}
		for s := uint64(1); s <= steps; s++ {
			r.step = s - 1
			if rng.IntN(6) == 0 && len(r.ring) > 1 {
				r.leave(t, r.ring[rng.IntN(len(r.ring))])
			}
			if s%period == 0 {
				r.receipts(t, s)
			}
			if lose {
				continue
			}
			seen := map[int]Address{}
			for _, m := range r.ring {
				if o, dup := seen[r.took[m]]; dup {
					t.Fatalf("case %d step %d: %s and %s both train shard %d", c, s, o.Short(), m.Short(), r.took[m])
				}
				seen[r.took[m]] = m
			}
		}
		got := StandbyShards(r.book)
		for s, sh := range r.took {
			cands, ok := got[s]
			if !ok {
				continue // left before its first receipt
			}
			if err := CheckSeat(r.book, s); err != nil {
				t.Fatalf("case %d: an honest statement refuted: %v", c, err)
			}
			_, stated := r.book.SeatOf(s)
			switch {
			case !slices.Contains(cands, sh):
				t.Fatalf("case %d: %s took shard %d; checked on %v", c, s.Short(), sh, cands)
			case stated && len(cands) != 1:
				t.Fatalf("case %d: %s stated shard %d; checked on %v, want exactly it", c, s.Short(), sh, cands)
			case stated && !lose:
				exact++
			case stated:
				lossy++
			}
		}
	}
	if exact < 100 || lossy < 50 {
		t.Fatalf("only %d exact and %d lossy stated standbys checked: the histories call too few in", exact, lossy)
	}
	t.Logf("%d standbys checked on exactly their stated seat with every statement delivered, %d with statements lost at random", exact, lossy)
}

// TestSeatStatements: what the book takes, and what the receipts refute.
func TestSeatStatements(t *testing.T) {
	seat := func(s Address, sh uint32, from uint64) SignedSeat {
		return SignedSeat{SeatStatement: SeatStatement{JobID: Hash{7}, Standby: s, Seat: sh, From: from}}
	}
	// Winners m1..m3, m2 leaves after step 12 and m1 after step 17: two
	// seats (0 and 1) freed in the period 11..20; s1 and s2 are called in
	// and receipt step 20 first.
	build := func(t *testing.T, stmts ...SignedSeat) *Book {
		r := newShardRing(3, 3, 10, 50)
		for s := uint64(1); s <= 30; s++ {
			switch s - 1 {
			case 12:
				r.leave(t, member(2))
			case 17:
				r.leave(t, member(1))
			}
			if s%10 == 0 {
				r.receipts(t, s)
			}
		}
		for _, st := range stmts {
			if _, err := r.book.AddSeat(st); err != nil {
				t.Fatal(err)
			}
		}
		return r.book
	}
	for _, tt := range []struct {
		name  string
		stmts []SignedSeat
		want  map[Address][]int
		bad   Address // whose statement the receipts refute
	}{
		{"none: both seats each", nil, map[Address][]int{standby(1): {0, 1}, standby(2): {1, 0}}, Address{}},
		{"both stated", []SignedSeat{seat(standby(1), 1, 12), seat(standby(2), 0, 17)},
			map[Address][]int{standby(1): {1}, standby(2): {0}}, Address{}},
		{"one stated: the other is checked on the seat left first", []SignedSeat{seat(standby(2), 0, 17)},
			map[Address][]int{standby(1): {1, 0}, standby(2): {0}}, Address{}},
		{"a seat held by a winner training on", []SignedSeat{seat(standby(1), 2, 12)},
			map[Address][]int{standby(1): {0, 1}, standby(2): {1, 0}}, standby(1)},
		{"joined after its first receipt", []SignedSeat{seat(standby(1), 1, 20)},
			map[Address][]int{standby(1): {0, 1}, standby(2): {1, 0}}, standby(1)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := build(t, tt.stmts...)
			if got := StandbyShards(b); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("StandbyShards = %v; want %v", got, tt.want)
			}
			for _, s := range []Address{standby(1), standby(2)} {
				err := CheckSeat(b, s)
				if (s == tt.bad) != errors.Is(err, ErrSeat) {
					t.Errorf("CheckSeat(%s) = %v", s.Short(), err)
				}
			}
		})
	}
	// What AddSeat refuses.
	b := build(t)
	for _, tt := range []struct {
		name string
		st   SignedSeat
	}{
		{"another job", SignedSeat{SeatStatement: SeatStatement{JobID: Hash{8}, Standby: standby(1)}}},
		{"a winner naming another's seat", seat(member(1), 1, 12)},
		{"not of the award", seat(Address{0xee}, 0, 12)},
		{"a seat the award lacks", seat(standby(1), 3, 12)},
		{"past the job", seat(standby(1), 0, 50)},
	} {
		if _, err := b.AddSeat(tt.st); !errors.Is(err, ErrSeat) {
			t.Errorf("%s: AddSeat = %v; want ErrSeat", tt.name, err)
		}
	}
	if added, err := b.AddSeat(seat(standby(1), 1, 12)); !added || err != nil {
		t.Fatalf("AddSeat = %v, %v", added, err)
	}
	if added, err := b.AddSeat(seat(standby(1), 1, 12)); added || err != nil {
		t.Errorf("a copy: AddSeat = %v, %v; want false, nil", added, err)
	}
	// A standby takes one seat: a second statement naming another is refused.
	if _, err := b.AddSeat(seat(standby(1), 0, 12)); !errors.Is(err, ErrSeat) {
		t.Errorf("a second seat: AddSeat = %v; want ErrSeat", err)
	}
	if st, ok := b.SeatOf(standby(1)); !ok || st.Seat != 1 || len(b.Seats()) != 1 {
		t.Errorf("SeatOf = %+v, %v; Seats %v", st, ok, b.Seats())
	}
}

// TestSeatsAwaited: a standby waits for the statements of the ring's
// standbys before it in award order that have neither a receipt nor a
// statement; not for itself, those after it, winners, or standbys out of
// the ring.
func TestSeatsAwaited(t *testing.T) {
	r := newShardRing(3, 4, 10, 50)
	r.ring = []Address{member(3), standby(1), standby(2), standby(3), standby(4)}
	if got := SeatsAwaited(r.book, standby(3), r.ring); !slices.Equal(got, []Address{standby(1), standby(2)}) {
		t.Errorf("SeatsAwaited = %v; want s1, s2", got)
	}
	if _, err := r.book.AddSeat(SignedSeat{SeatStatement: SeatStatement{JobID: r.award.JobID, Standby: standby(2), Seat: 0, From: 3}}); err != nil {
		t.Fatal(err)
	}
	if got := SeatsAwaited(r.book, standby(3), r.ring); !slices.Equal(got, []Address{standby(1)}) {
		t.Errorf("after s2's statement: SeatsAwaited = %v; want s1", got)
	}
	r.ring = []Address{member(3), standby(1), standby(3)}
	r.receipts(t, 10) // s1 has a receipt now
	if got := SeatsAwaited(r.book, standby(3), r.ring); len(got) != 0 {
		t.Errorf("s1 receipted: SeatsAwaited = %v; want none", got)
	}
	if got := SeatsAwaited(r.book, standby(1), []Address{member(1), standby(1), standby(2)}); len(got) != 0 {
		t.Errorf("the first standby awaits %v; want none", got)
	}
}
