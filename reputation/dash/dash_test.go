package dash

import (
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

func addr(i int) score.Address {
	var a score.Address
	a[0] = 0xcc
	a[18], a[19] = byte(i>>8), byte(i)
	return a
}

// knownPeers is the number of peers in the known data set.
const knownPeers = 6

// writeKnownStore writes a node's store with known data into a data dir,
// closes it (a stopped node), and returns the data dir. Peer i (1-based)
// delivered i jobs, so scores rise with i; peer 2 also missed a reveal and
// peer 1 was slashed. A few hours of history give the charts lines.
func writeKnownStore(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	opts := store.DefaultOptions()
	opts.Self = addr(999)
	s, err := store.Open(filepath.Join(data, store.DirName), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := uint64(time.Now().UnixMilli())
	start := now - 6*3600*1000
	job := [32]byte{0xde, 0xad, 0xbe, 0xef}
	var obs []score.Observation
	for i := 1; i <= knownPeers; i++ {
		p := addr(i)
		obs = append(obs, score.Observation{Peer: p, Kind: score.KindPresence, AtMs: start, Note: "v1.0.0"})
		for j := range i {
			at := start + uint64(j+1)*3600*1000
			obs = append(obs,
				score.Observation{Peer: p, Kind: score.KindBidHonoured, AtMs: at, Job: job},
				score.Observation{Peer: p, Kind: score.KindStepLatency, AtMs: at + 1000, Job: job, Step: uint64(j), LatencyMs: uint32(200 + 100*i)},
				score.Observation{Peer: p, Kind: score.KindAwardDelivered, AtMs: at + 2000, Job: job},
				score.Observation{Peer: p, Kind: score.KindSettlementPaid, AtMs: at + 3000, Job: job, Amount: big.NewInt(1_000_000)},
			)
		}
	}
	obs = append(obs,
		score.Observation{Peer: addr(2), Kind: score.KindRevealMissing, AtMs: start + 90*60*1000, Job: job},
		score.Observation{Peer: addr(1), Kind: score.KindSlashed, AtMs: start + 150*60*1000, Amount: big.NewInt(5_000_000)},
		score.Observation{Peer: addr(3), By: addr(6), Kind: score.KindVouch, AtMs: start + 200*60*1000, Pos: 2},
	)
	if _, err := s.RecordBatch(obs); err != nil {
		t.Fatal(err)
	}
	return data
}

// followStore opens a data dir the way `trainmesh dash` does.
func followStore(t *testing.T, data string) *store.Follower {
	t.Helper()
	dir, err := store.ResolveStore(data)
	if err != nil {
		t.Fatal(err)
	}
	f, err := store.NewFollower(dir, store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Refresh(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if v != nil && resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s: %v\n%s", url, err, body)
		}
	}
	return resp.StatusCode
}

func TestAPI(t *testing.T) {
	data := writeKnownStore(t)
	f := followStore(t, data)
	srv := httptest.NewServer(New([]Source{Followed("node0", f)}, nil, nil))
	defer srv.Close()

	var stores []StoreInfo
	getJSON(t, srv.URL+"/api/stores", &stores)
	if len(stores) != 1 || stores[0].Peers != knownPeers || stores[0].Self != addr(999).String() || stores[0].Loaded.Source != store.SourceStore {
		t.Fatalf("stores = %+v", stores)
	}
	var peers []PeerJSON
	getJSON(t, srv.URL+"/api/stores/0/peers", &peers)
	if len(peers) != knownPeers {
		t.Fatalf("%d peers; want %d", len(peers), knownPeers)
	}
	if peers[0].Address != addr(6).String() || peers[len(peers)-1].Address != addr(1).String() {
		t.Errorf("peers ranked %s first and %s last; want peer 6 first and the slashed peer 1 last", peers[0].Address, peers[len(peers)-1].Address)
	}
	if peers[len(peers)-1].Slashed != "5000000" || peers[0].Paid != "6000000" {
		t.Errorf("slashed %s, paid %s; want 5000000 and 6000000", peers[len(peers)-1].Slashed, peers[0].Paid)
	}
	var hist []store.Point
	getJSON(t, srv.URL+"/api/stores/0/peers/"+addr(6).String()+"/history", &hist)
	if len(hist) < 6 {
		t.Errorf("peer 6 has %d history points; want at least 6", len(hist))
	}
	var obs []ObservationJSON
	getJSON(t, srv.URL+"/api/stores/0/observations?kind=settlement-paid&limit=3", &obs)
	if len(obs) != 3 || obs[0].Kind != "settlement-paid" || obs[0].Amount != "1000000" {
		t.Errorf("payouts = %+v", obs)
	}
	var jobs []JobJSON
	getJSON(t, srv.URL+"/api/stores/0/jobs", &jobs)
	if len(jobs) != 1 || jobs[0].Paid != "21000000" || len(jobs[0].Peers) != knownPeers {
		t.Errorf("jobs = %+v; want one job that paid 21000000 to %d peers", jobs, knownPeers)
	}
	for _, bad := range []string{"/api/stores/7/peers", "/api/stores/x/jobs", "/api/stores/0/peers/0x12/history", "/api/stores/0/observations?kind=nope", "/nope"} {
		if code := getJSON(t, srv.URL+bad, nil); code != http.StatusNotFound && code != http.StatusBadRequest {
			t.Errorf("GET %s = %d; want 404 or 400", bad, code)
		}
	}
	for _, page := range []string{"/", "/assets/app.js", "/assets/uPlot.iife.min.js", "/assets/uPlot.min.css", "/assets/uPlot.LICENSE"} {
		if code := getJSON(t, srv.URL+page, nil); code != http.StatusOK {
			t.Errorf("GET %s = %d", page, code)
		}
	}
}

func TestMetrics(t *testing.T) {
	data := writeKnownStore(t)
	f := followStore(t, data)
	reg := prometheus.NewRegistry()
	src := Followed("node0", f)
	reg.MustRegister(NewCollector(src))
	srv := httptest.NewServer(New([]Source{src}, promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`trainmesh_reputation_observations_total{kind="settlement-paid"} 21`,
		`trainmesh_reputation_peers 6`,
		`trainmesh_reputation_score_count 6`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q:\n%s", want, body)
		}
	}
}

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"127.0.0.1:0", true},
		{"[::1]:9", true},
		{"localhost:80", true},
		{"0.0.0.0:8080", false},
		{"192.0.2.1:80", false},
		{":8080", false},
		{"nope", false},
	}
	for _, tt := range tests {
		err := CheckAddr(tt.addr)
		if (err == nil) != tt.ok {
			t.Errorf("CheckAddr(%q) = %v; want ok=%v", tt.addr, err, tt.ok)
		}
		if err != nil && tt.ok == false && strings.Contains(tt.addr, ":") && tt.addr != "nope" && !errors.Is(err, ErrNotLoopback) {
			t.Errorf("CheckAddr(%q) = %v; want ErrNotLoopback", tt.addr, err)
		}
	}
}
