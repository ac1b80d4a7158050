package allreduce

import (
	"bytes"
	"crypto/cipher"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/libp2p/go-libp2p/core/peer"
)

func testAEAD(t testing.TB, seed byte) cipher.AEAD {
	t.Helper()
	key, err := laneKey([32]byte{seed}, [32]byte{2}, GroupID{3}, 4, [32]byte{5}, peer.ID("a"), peer.ID("b"), 1, "data")
	if err != nil {
		t.Fatal(err)
	}
	a, err := newLaneAEAD(key)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sealed returns the records a writer sends for parts, then a close record
// if closed.
func sealed(t testing.TB, a cipher.AEAD, closed bool, parts ...[]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := newLaneWriter(&b, a)
	for _, p := range parts {
		if err := w.writeParts(p); err != nil {
			t.Fatal(err)
		}
	}
	if closed {
		if err := w.control(recClose); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// records splits a sealed stream into its records.
func records(b []byte) [][]byte {
	var out [][]byte
	for len(b) >= laneHeaderLen {
		n := laneHeaderLen + int(uint32(b[0])<<24|uint32(b[1])<<16|uint32(b[2])<<8|uint32(b[3]))
		out = append(out, b[:n])
		b = b[n:]
	}
	return out
}

// readAll reads r in pieces of step bytes until an error.
func readAll(r io.Reader, step int) ([]byte, error) {
	var out []byte
	p := make([]byte, step)
	for {
		n, err := r.Read(p)
		if n > len(p) {
			return out, fmt.Errorf("Read returned %d bytes into %d", n, len(p))
		}
		out = append(out, p[:n]...)
		if err != nil {
			return out, err
		}
	}
}

func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i>>8)
	}
	return b
}

func TestLaneRecordsRoundTrip(t *testing.T) {
	a := testAEAD(t, 1)
	for _, tc := range []struct {
		name  string
		parts []int
		step  int
	}{
		{"one small", []int{24}, 24},
		{"header and chunk", []int{24, 1 << 20}, 1 << 20},
		{"larger than a record", []int{3<<20 + 5}, 1 << 20},
		{"small reads", []int{100, 70000}, 333},
		{"big reads", []int{24, 4096, 24, 4096}, 1 << 21},
		{"empty write", []int{0, 10}, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var parts [][]byte
			var want []byte
			for i, n := range tc.parts {
				p := pattern(n + i)[i:]
				parts = append(parts, p)
				want = append(want, p...)
			}
			raw := sealed(t, a, true, parts...)
			// The reader reads a record's end and the next header's start
			// together, as the connection delivers them: whole, in halves,
			// a byte at a time, or with the end of the stream.
			for _, rd := range []struct {
				name string
				r    func(io.Reader) io.Reader
			}{
				{"whole", func(r io.Reader) io.Reader { return r }},
				{"halves", iotest.HalfReader},
				{"bytes", iotest.OneByteReader},
				{"eof with data", iotest.DataErrReader},
			} {
				if rd.name == "bytes" && len(raw) > 1<<18 {
					continue
				}
				got, err := readAll(newLaneReader(rd.r(bytes.NewReader(raw)), a), tc.step)
				if err != io.EOF {
					t.Fatalf("%s: read: %v; want io.EOF after the close record", rd.name, err)
				}
				if !bytes.Equal(got, want) {
					t.Fatalf("%s: read %d bytes, want %d (equal: %v)", rd.name, len(got), len(want), bytes.Equal(got[:min(len(got), len(want))], want[:min(len(got), len(want))]))
				}
			}
		})
	}
}

// TestLaneRecordsRejected: every way a lane's bytes can be wrong breaks
// the lane with the error that says which.
func TestLaneRecordsRejected(t *testing.T) {
	a := testAEAD(t, 1)
	recs := records(sealed(t, a, true, pattern(100), pattern(200), pattern(300)))
	if len(recs) != 4 {
		t.Fatalf("%d records, want 4", len(recs))
	}
	join := func(rs ...[]byte) []byte { return bytes.Join(rs, nil) }
	flip := func(b []byte, i int) []byte { b = bytes.Clone(b); b[i] ^= 1; return b }
	big := bytes.Clone(recs[0])
	big[0], big[1], big[2], big[3] = 0, 0x20, 0, 0 // 2 MiB
	for _, tc := range []struct {
		name   string
		stream []byte
		aead   cipher.AEAD
		want   error
	}{
		{"replayed", join(recs[0], recs[0]), a, errRecordOrder},
		{"reordered", join(recs[1], recs[0]), a, errRecordOrder},
		{"dropped", join(recs[0], recs[2]), a, errRecordOrder},
		{"cut at a record", join(recs[0], recs[1]), a, errRecordCut},
		{"cut inside a record", join(recs[0], recs[1][:50]), a, errRecordCut},
		{"cut inside a header", join(recs[0], recs[1][:5]), a, errRecordCut},
		{"ciphertext altered", join(recs[0], flip(recs[1], 40)), a, errRecordAuth},
		{"tag altered", join(flip(recs[0], len(recs[0])-1)), a, errRecordAuth},
		{"type altered", join(flip(recs[0], 4)), a, errRecordType},
		{"type altered to close", join(recs[0], recs[1], recs[2], flip(recs[3], 4)), a, errRecordType},
		{"oversize", big, a, errRecordOversize},
		{"another key", join(recs[0]), testAEAD(t, 9), errRecordAuth},
		{"confirm inside", sealedControl(t, a, recConfirm), a, errRecordType},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(newLaneReader(bytes.NewReader(tc.stream), tc.aead), 64)
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrLaneRecord) {
				t.Fatalf("read: %v; want %v", err, tc.want)
			}
		})
	}
}

func sealedControl(t *testing.T, a cipher.AEAD, typ byte) []byte {
	var b bytes.Buffer
	if err := newLaneWriter(&b, a).control(typ); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestLaneKeysBound: a lane's key differs if any of what names the lane
// differs.
func TestLaneKeysBound(t *testing.T) {
	base := func() ([32]byte, [32]byte, GroupID, uint64, [32]byte, peer.ID, peer.ID, uint16, string) {
		return [32]byte{1}, [32]byte{2}, GroupID{3}, 4, [32]byte{5}, "a", "b", 1, "data"
	}
	k0, _ := laneKey(base())
	edits := map[string]func(*[32]byte, *[32]byte, *GroupID, *uint64, *[32]byte, *peer.ID, *peer.ID, *uint16, *string){
		"opener random": func(r, _ *[32]byte, _ *GroupID, _ *uint64, _ *[32]byte, _, _ *peer.ID, _ *uint16, _ *string) {
			r[0] = 9
		},
		"receiver random": func(_, r *[32]byte, _ *GroupID, _ *uint64, _ *[32]byte, _, _ *peer.ID, _ *uint16, _ *string) {
			r[0] = 9
		},
		"group": func(_, _ *[32]byte, g *GroupID, _ *uint64, _ *[32]byte, _, _ *peer.ID, _ *uint16, _ *string) {
			g[0] = 9
		},
		"epoch": func(_, _ *[32]byte, _ *GroupID, e *uint64, _ *[32]byte, _, _ *peer.ID, _ *uint16, _ *string) { *e = 5 },
		"view": func(_, _ *[32]byte, _ *GroupID, _ *uint64, d *[32]byte, _, _ *peer.ID, _ *uint16, _ *string) {
			d[0] = 9
		},
		"swapped peers": func(_, _ *[32]byte, _ *GroupID, _ *uint64, _ *[32]byte, s, r *peer.ID, _ *uint16, _ *string) {
			*s, *r = *r, *s
		},
		"lane": func(_, _ *[32]byte, _ *GroupID, _ *uint64, _ *[32]byte, _, _ *peer.ID, l *uint16, _ *string) { *l = 2 },
		"direction": func(_, _ *[32]byte, _ *GroupID, _ *uint64, _ *[32]byte, _, _ *peer.ID, _ *uint16, d *string) {
			*d = "back"
		},
	}
	for name, edit := range edits {
		ro, rr, g, e, d, s, r, l, dir := base()
		edit(&ro, &rr, &g, &e, &d, &s, &r, &l, &dir)
		k, err := laneKey(ro, rr, g, e, d, s, r, l, dir)
		if err != nil || bytes.Equal(k, k0) {
			t.Errorf("%s: key %x, %v; want one other than %x", name, k, err, k0)
		}
	}
}

func TestDecodeOffer(t *testing.T) {
	for _, o := range []offer{
		{Direct: true, Rand: [32]byte{1}, Ticket: [16]byte{2}, Addr: "127.0.0.1:4001"},
		{Direct: true, Addr: "[::1]:9"},
		{},
	} {
		got, err := decodeOffer(o.encode())
		if err != nil || got != o {
			t.Errorf("decodeOffer(encode(%+v)) = %+v, %v", o, got, err)
		}
	}
	bad := (&offer{Direct: true, Addr: "127.0.0.1:1"}).encode()
	for name, b := range map[string][]byte{
		"short":         bad[:20],
		"magic":         append([]byte("XXXX"), bad[4:]...),
		"flag":          append(append([]byte(offerMagic), 2), bad[5:]...),
		"no port":       (&offer{Direct: true, Addr: "127.0.0.1"}).encode(),
		"addr, no lane": append((&offer{}).encode(), "1.2.3.4:5"...),
		"long":          (&offer{Direct: true, Addr: "h:" + string(make([]byte, offerAddrMax))}).encode(),
	} {
		if _, err := decodeOffer(b); !errors.Is(err, ErrProtocol) {
			t.Errorf("%s: decodeOffer: %v; want ErrProtocol", name, err)
		}
	}
}

// FuzzLaneRecords: a lane's bytes come from the network. Any bytes are
// read without a panic, a Read never claims more than the buffer it got,
// and whatever the reader accepts before an error is a prefix of what the
// writer sealed; a stream the writer sealed reads back exactly.
func FuzzLaneRecords(f *testing.F) {
	a := testAEAD(f, 1)
	valid := sealed(f, a, true, pattern(24), pattern(5000))
	validPlain := append(pattern(24), pattern(5000)...)
	f.Add(valid, pattern(24), uint16(7))
	f.Add(valid[:len(valid)/2], []byte{}, uint16(1))
	f.Add(records(valid)[1], pattern(3), uint16(100))
	f.Add([]byte{0, 0, 0, 16, 2, 0, 0, 0, 0, 0, 0, 0, 0}, pattern(1), uint16(0))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0, 0, 0, 0, 0, 0}, pattern(40000), uint16(4096))
	f.Fuzz(func(t *testing.T, raw, plain []byte, step uint16) {
		st := int(step)%5000 + 1
		var rd io.Reader = bytes.NewReader(raw)
		if step&1 == 1 {
			rd = iotest.HalfReader(rd) // records split across reads
		}
		got, err := readAll(newLaneReader(rd, a), st)
		if err != io.EOF && !errors.Is(err, ErrLaneRecord) {
			t.Fatalf("reading %d raw bytes: %v; want io.EOF or ErrLaneRecord", len(raw), err)
		}
		// Only the seeds' records carry tags made with the key: what is
		// accepted is the valid seed's plaintext or a prefix of it.
		if !bytes.HasPrefix(validPlain, got) || (err == io.EOF && !bytes.Equal(got, validPlain)) {
			t.Fatalf("accepted %d bytes the writer did not seal (then %v)", len(got), err)
		}
		back, err := readAll(newLaneReader(bytes.NewReader(sealed(t, a, true, plain)), a), st)
		if err != io.EOF || !bytes.Equal(back, plain) {
			t.Fatalf("round trip of %d bytes in reads of %d: %d bytes, %v", len(plain), st, len(back), err)
		}
	})
}

// BenchmarkLaneRecords: what sealing and opening cost per byte, for
// BENCHMARKS.md.
func BenchmarkLaneRecords(b *testing.B) {
	a := testAEAD(b, 1)
	chunk := pattern(1 << 20)
	hdr := pattern(frameHeaderLen)
	var buf bytes.Buffer
	w := newLaneWriter(&buf, a)
	var src bytes.Reader
	r := newLaneReader(&src, a)
	dst := make([]byte, 1<<20)
	b.SetBytes(int64(len(chunk)))
	for b.Loop() {
		buf.Reset()
		if err := w.writeParts(hdr, chunk); err != nil {
			b.Fatal(err)
		}
		src.Reset(buf.Bytes())
		if _, err := io.ReadFull(r, dst[:frameHeaderLen]); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(r, dst); err != nil {
			b.Fatal(err)
		}
	}
}

// linkLanes records the direct lanes OnLink reports.
type linkLanes struct {
	mu    sync.Mutex
	links []Link
}

func (l *linkLanes) add(k Link) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.links = append(l.links, k)
}

// TestDirectLanes: rings whose members agree on direct lanes run every
// lane on them, a member that offers an address nobody reaches has its
// lanes fall back to the streams, as does a member with direct lanes off;
// the sums are the same bits in every case, and the same as with streams
// only.
func TestDirectLanes(t *testing.T) {
	const n, length = 3, 200_003
	nodes := startNodes(t, n)
	inputs := randomInputs(11, n, length)
	ctx := testCtx(t)
	var ref [][]float32
	for i, tc := range []struct {
		name string
		// off: members with DirectLanes off; unreachable: members
		// offering an address nobody listens on.
		off, unreachable []int
	}{
		{"streams only", []int{0, 1, 2}, nil},
		{"all direct", nil, nil},
		{"one unreachable", nil, []int{1}},
		{"one off", []int{2}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := DefaultSpec(GroupID{'l', byte(i)}, ids(nodes), nil, length)
			spec.ChunkBytes = 64 << 10
			groups := make([]*Group, n)
			logs := make([]*linkLanes, n)
			for m, nd := range nodes {
				p := testParams()
				p.Log = testLogger(t, fmt.Sprint(m))
				logs[m] = &linkLanes{}
				p.OnLink = logs[m].add
				p.DirectLanes = !slices.Contains(tc.off, m)
				g, err := nd.svc.NewGroup(spec, p)
				if err != nil {
					t.Fatal(err)
				}
				if slices.Contains(tc.unreachable, m) {
					g.hooks.offerAddr = func(string) string { return "127.0.0.1:1" }
				}
				groups[m] = g
			}
			for range 2 {
				bufs, res := runAll(ctx, groups, inputs)
				for m, r := range res {
					if r.err != nil || r.members != n {
						t.Fatalf("member %d: %d, %v", m, r.members, r.err)
					}
				}
				checkSum(t, spec, inputs, bufs, []int{0, 1, 2})
				if ref == nil {
					ref = bufs
				}
				for e := range ref[0] {
					if math.Float32bits(bufs[0][e]) != math.Float32bits(ref[0][e]) {
						t.Fatalf("element %d = %v, %v over streams only", e, bufs[0][e], ref[0][e])
					}
				}
			}
			// A link from s to s+1 is direct if both want direct lanes
			// and s+1 offers an address s reaches.
			direct := func(s int) bool {
				r := (s + 1) % n
				return !slices.Contains(tc.off, s) && !slices.Contains(tc.off, r) && !slices.Contains(tc.unreachable, r)
			}
			for m, l := range logs {
				l.mu.Lock()
				for _, k := range l.links {
					want := 0
					from := (m - 1 + n) % n
					if k.Outbound {
						from = m
					}
					if direct(from) {
						want = spec.Lanes
					}
					if k.DirectLanes != want {
						t.Errorf("member %d, link (outbound %v): %d direct lanes, want %d", m, k.Outbound, k.DirectLanes, want)
					}
				}
				if len(l.links) != 2 {
					t.Errorf("member %d: %d links reported, want 2", m, len(l.links))
				}
				l.mu.Unlock()
			}
		})
	}
}

// TestLaneProtocolVectors pins lane protocol 2 (DataProtocol 1.2.0): the
// key derivation (label "trainmesh/allreduce/lane/2", a 16-byte AES-128
// key) and a sealed record's bytes. Both ends of a lane must compute these
// alike; a change here is a protocol change (bump DataProtocol and the
// hello's version, and PROTOCOL.md's "Direct lanes"). The values were
// checked against an independent implementation (Python: RFC 5869 HKDF
// from hmac, pyca/cryptography's AESGCM).
func TestLaneProtocolVectors(t *testing.T) {
	key, err := laneKey([32]byte{1}, [32]byte{2}, GroupID{3}, 4, [32]byte{5}, "a", "b", 1, "data")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%x", key); got != wantLaneKey {
		t.Errorf("lane key %s, want %s", got, wantLaneKey)
	}
	a, err := newLaneAEAD(key)
	if err != nil {
		t.Fatal(err)
	}
	rec := sealed(t, a, false, []byte("trainmesh"))
	if got := fmt.Sprintf("%x", rec); got != wantLaneRecord {
		t.Errorf("sealed record %s, want %s", got, wantLaneRecord)
	}
}

const (
	wantLaneKey    = "8d20fbca96d9a8d9e1f1eaf1b1ef17c9"
	wantLaneRecord = "00000019010000000000000000bb2c4ed7515fd4ac48b16379d19ba3c2d502f3c94c855e34ce"
)
