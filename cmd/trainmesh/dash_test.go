package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func httpGet(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s\n%s", url, resp.Status, body)
	}
	return string(body)
}

func logSeq(l map[string]any) uint64 {
	f, _ := l["seq"].(float64)
	return uint64(f)
}

type dashStore struct {
	Seq    uint64 `json:"seq"`
	Loaded struct {
		Source  string `json:"source"`
		TakenMs uint64 `json:"taken_ms"`
	} `json:"loaded"`
}

type dashPeer struct {
	Address string            `json:"address"`
	Counts  map[string]uint64 `json:"counts"`
}

// TestDashFollowsRunningNode: a node records what it observes of another
// (presence announcements every second) and publishes snapshots every
// second; `trainmesh dash` in another process shows the node's observations
// through each new snapshot while the node keeps writing, never opening the
// live store, and reads the store itself once the node has stopped. The
// node serves its own dashboard and /metrics too.
func TestDashFollowsRunningNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dirA, dirB := t.TempDir(), t.TempDir()
	debug := []string{"--log-level", "debug", "--snapshot-interval", "1s"}

	a := startProc(t, "node A", append(append([]string{"node", "--data-dir", dirA, "--dash", "127.0.0.1:0"}, localNodeFlags...), debug...)...)
	started := a.waitLog(ctx, "node started", nil)
	boot := fmt.Sprint(started["listen"].([]any)[0])
	nodeDash := strings.TrimSuffix(fmt.Sprint(a.waitLog(ctx, "dashboard listening", nil)["url"]), "/")

	b := startProc(t, "node B", append([]string{"node", "--data-dir", dirB, "--bootstrap", boot}, localNodeFlags...)...)
	addrB := strings.ToLower(fmt.Sprint(b.waitLog(ctx, "node started", nil)["address"]))
	a.waitLog(ctx, "peer seen", nil)

	// The node's own dashboard and metrics show B from the live store.
	first := a.waitLog(ctx, "reputation snapshot published", func(l map[string]any) bool { return logSeq(l) >= 1 })
	if m := httpGet(t, nodeDash+"/metrics"); !strings.Contains(m, `trainmesh_reputation_observations_total{kind="presence"}`) || !strings.Contains(m, "trainmesh_mesh_connected_peers 1") {
		t.Errorf("node /metrics lacks the reputation and mesh metrics:\n%.2000s", m)
	}
	if body := httpGet(t, nodeDash+"/api/stores/0/peers"); !strings.Contains(body, addrB) {
		t.Errorf("node dashboard's peers lack B %s:\n%s", addrB, body)
	}

	d := startProc(t, "dash", "--log-format", "json", "dash", "--store", dirA, "--listen", "127.0.0.1:0", "--refresh", "200ms")
	url := strings.TrimSuffix(fmt.Sprint(d.waitLog(ctx, "dashboard listening", nil)["url"]), "/")
	d.waitLog(ctx, "store loaded", func(l map[string]any) bool { return l["source"] == "snapshot" && logSeq(l) >= logSeq(first) })

	// While A keeps writing, each snapshot it publishes reaches the dash.
	prev := logSeq(first)
	for round := range 3 {
		pub := a.waitLog(ctx, "reputation snapshot published", func(l map[string]any) bool { return logSeq(l) > prev })
		seq := logSeq(pub)
		d.waitLog(ctx, "store loaded", func(l map[string]any) bool { return l["source"] == "snapshot" && logSeq(l) >= seq })
		var stores []dashStore
		if err := json.Unmarshal([]byte(httpGet(t, url+"/api/stores")), &stores); err != nil {
			t.Fatal(err)
		}
		if len(stores) != 1 || stores[0].Seq < seq || stores[0].Loaded.Source != "snapshot" {
			t.Fatalf("round %d: dash shows %+v; want the snapshot with seq >= %d", round, stores, seq)
		}
		var peers []dashPeer
		if err := json.Unmarshal([]byte(httpGet(t, url+"/api/stores/0/peers")), &peers); err != nil {
			t.Fatal(err)
		}
		if len(peers) != 1 || peers[0].Address != addrB || peers[0].Counts["presence"] < uint64(round+1) {
			t.Fatalf("round %d: dash peers %+v; want B %s with presence observations", round, peers, addrB)
		}
		t.Logf("round %d: node published seq %d; dash shows seq %d, %d presence observations of B", round, seq, stores[0].Seq, peers[0].Counts["presence"])
		prev = seq
	}

	// Once A stops, the dash reads its store (read-only copy), all of it.
	b.stop(ctx)
	a.stop(ctx)
	d.waitLog(ctx, "store loaded", func(l map[string]any) bool { return l["source"] == "store" && logSeq(l) >= prev })
	d.stop(ctx)
}
