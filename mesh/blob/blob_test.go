package blob_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
	"github.com/trainmesh/trainmesh/mesh/blob"
	"github.com/trainmesh/trainmesh/train/corpus"
	"github.com/trainmesh/trainmesh/train/dataset"
)

func newHost(t *testing.T, seed string, bootstrap []string) *mesh.Host {
	t.Helper()
	p := mesh.LocalParams()
	p.Bootstrap = bootstrap
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	h, err := mesh.New(ctx, identity.FromSeed([]byte(seed)).LibP2P(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	for _, a := range h.Addrs() {
		if !strings.HasPrefix(a.String(), "/ip4/127.0.0.1/") {
			t.Fatalf("host listens on %s; tests stay on 127.0.0.1", a)
		}
	}
	return h
}

// flipper is a bad holder: it serves every blob with one byte flipped.
type flipper struct{ blob.Store }

func (f flipper) Get(key [32]byte) ([]byte, bool) {
	b, ok := f.Store.Get(key)
	if !ok {
		return nil, false
	}
	b = append([]byte(nil), b...)
	b[0] ^= 1
	return b, true
}

// TestFetchShardFromHolders runs real libp2p hosts on 127.0.0.1: a poster
// holding the whole digits dataset, a bad holder that serves every chunk
// with a flipped byte, and a member that fetches its shard asking the bad
// holder first. Every chunk from the bad holder is refused (wrong hash)
// and fetched from the poster; the shard decodes to the poster's records.
func TestFetchShardFromHolders(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ds, err := corpus.DigitsDataset(0)
	if err != nil {
		t.Fatal(err)
	}
	store := dataset.NewMemStore()
	if err := store.AddDataset(ds, nil); err != nil {
		t.Fatal(err)
	}
	poster := newHost(t, "blob-poster", nil)
	bad := newHost(t, "blob-bad", poster.FullAddrs())
	member := newHost(t, "blob-member", poster.FullAddrs())
	if err := member.Connect(ctx, bad.FullAddrs()); err != nil {
		t.Fatal(err)
	}
	p := blob.DefaultParams()
	if err := blob.Serve(poster, store, p); err != nil {
		t.Fatal(err)
	}
	if err := blob.Serve(bad, flipper{store}, p); err != nil {
		t.Fatal(err)
	}
	client, err := blob.NewClient(member, p)
	if err != nil {
		t.Fatal(err)
	}
	var f dataset.Fetcher = client
	holders := []string{bad.ID().String(), poster.ID().String()}

	man, rep, err := dataset.FetchManifest(ctx, f, holders, ds.Root())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Refused) != 1 || rep.Refused[0].Holder != bad.ID().String() {
		t.Fatalf("manifest refusals %+v; want the bad holder's", rep.Refused)
	}
	idx := man.Indices(dataset.SplitTrain, 1, 4)
	chunks, rep, err := dataset.FetchChunks(ctx, f, holders, man, idx, 0)
	if err != nil {
		t.Fatal(err)
	}
	refusedBad := 0
	for _, r := range rep.Refused {
		if r.Holder != bad.ID().String() || !errors.Is(r.Err, dataset.ErrWrongHash) {
			t.Fatalf("refusal %+v; want only the bad holder's wrong hashes", r)
		}
		refusedBad++
	}
	// Holders are tried from a rotating start, so the bad one is asked
	// first for every other chunk.
	if refusedBad != (len(idx)+1)/2 {
		t.Fatalf("bad holder refused %d times for %d chunks", refusedBad, len(idx))
	}
	for k, i := range idx {
		if !bytes.Equal(chunks[k], ds.Chunks[i]) || rep.From[k] != poster.ID().String() {
			t.Fatalf("chunk %d from %s differs from the poster's", i, rep.From[k])
		}
	}
	want := 0
	for _, i := range idx {
		want += int(man.Chunks[i].Records)
	}
	shard, err := dataset.DecodeTabular(man, chunks)
	if err != nil || shard.Len() != want {
		t.Fatalf("shard: %v, want %d examples", err, want)
	}
	t.Logf("member fetched %d chunks (%d bytes) of a %d-chunk dataset; refused %d from the bad holder", len(idx), rep.Bytes, len(man.Chunks), refusedBad)

	// A key nobody holds, and a limit below the blob's size.
	var mesherr *mesh.RemoteError
	if _, err := client.Fetch(ctx, poster.ID().String(), [32]byte{1}, 1<<20); !errors.As(err, &mesherr) || !strings.Contains(mesherr.Text, "not held") {
		t.Fatalf("unknown key: %v", err)
	}
	if _, err := client.Fetch(ctx, poster.ID().String(), man.Chunks[0].Hash, 10); err == nil {
		t.Fatal("a blob over the client's limit was accepted")
	}
	if _, err := client.Fetch(ctx, "not-a-peer", man.Chunks[0].Hash, 10); err == nil {
		t.Fatal("a bad holder name was accepted")
	}
}

func TestRequestCodec(t *testing.T) {
	key := [32]byte{1, 2, 3}
	got, err := blob.DecodeRequest(blob.EncodeRequest(key))
	if err != nil || got != key {
		t.Fatalf("round trip: %x, %v", got, err)
	}
	for _, bad := range [][]byte{nil, {1, 1}, append([]byte{2, 1}, key[:]...), append([]byte{1, 2}, key[:]...), append(blob.EncodeRequest(key), 0)} {
		if _, err := blob.DecodeRequest(bad); !errors.Is(err, blob.ErrBadRequest) {
			t.Errorf("DecodeRequest(%x) = %v, want ErrBadRequest", bad, err)
		}
	}
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add(blob.EncodeRequest([32]byte{9}))
	f.Add([]byte{1, 1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		key, err := blob.DecodeRequest(data)
		if err != nil {
			return
		}
		if !bytes.Equal(blob.EncodeRequest(key), data) {
			t.Fatal("decoding is not canonical")
		}
	})
}
