package node

import (
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/mesh"
)

func TestStatusRoundTrip(t *testing.T) {
	dir := t.TempDir()
	st := Status{PeerID: "16Uiu2HAmPLe7Mzm8TsYUubgCAW1aJoeFScxrLj8ppHFivPo97bUZ", PID: 7, Version: "v", UpdatedMs: 1000, IntervalMs: 5000,
		NATStatus: mesh.NATStatus{Reachability: "public", RelayService: true, Addrs: []string{"/ip4/1.2.3.4/tcp/4001"}, DirectPeers: 3}}
	if err := WriteStatus(dir, st); err != nil {
		t.Fatal(err)
	}
	got, err := ReadStatus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.PeerID != st.PeerID || got.Reachability != "public" || !got.RelayService || got.DirectPeers != 3 || len(got.Addrs) != 1 {
		t.Errorf("ReadStatus = %+v; want %+v", got, st)
	}
	if !got.Stale(time.UnixMilli(1000+16000)) || got.Stale(time.UnixMilli(1000+14000)) {
		t.Errorf("Stale: want true past three 5 s intervals, false before")
	}
	if _, err := ReadStatus(t.TempDir()); err == nil {
		t.Error("ReadStatus of a dir without a status file: want ErrNoStatus")
	}
}

// FuzzDecodeStatus: a status file is read back by another process; a
// damaged one is an error, never a panic.
func FuzzDecodeStatus(f *testing.F) {
	f.Add([]byte(`{"peer_id":"x","reachability":"private","peers":[{"id":"a","kind":"relayed"}],"hole_punch":{"succeeded":1}}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"peer_id":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := DecodeStatus(b)
		if err == nil && st.PeerID == "" {
			t.Errorf("DecodeStatus(%q) accepted a status without a peer ID", b)
		}
	})
}
