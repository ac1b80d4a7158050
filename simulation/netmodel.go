package simulation

import (
	"math"

	"github.com/trainmesh/trainmesh/simulation/scenario"
)

// never is a time that does not come.
const never = math.MaxInt64

// netModel is the simulated network: the one-way delay of a path is both
// ends' access latency plus the delay between their regions; its
// bandwidth is the sender's uplink or the receiver's downlink, whichever
// is smaller; every copy of a message and every chunk is lost with
// probability loss; partitions cut sides of the network apart for a while.
// Paths have no queueing: gossip messages are small, and the training
// model serialises each link's chunks itself (see training.go).
type netModel struct {
	regionLat [][]int64 // one-way µs between regions
	loss      float64
	hopUs     int64
	parts     []partition
}

// partition is a cut: peers with side[i] true are apart from the others
// during [from, to).
type partition struct {
	from, to int64
	side     []bool
}

func newNetModel(sc *scenario.Scenario) *netModel {
	n := &netModel{loss: sc.Network.Loss, hopUs: sc.Network.GossipHop.Micros()}
	idx := map[string]int{}
	for i, r := range sc.Network.Regions {
		idx[r.Name] = i
	}
	k := len(sc.Network.Regions)
	n.regionLat = make([][]int64, k)
	for i := range n.regionLat {
		n.regionLat[i] = make([]int64, k)
		for j := range n.regionLat[i] {
			n.regionLat[i][j] = sc.Network.DefaultLatency.Micros()
		}
	}
	for _, l := range sc.Network.Latency {
		a, b := idx[l.A], idx[l.B]
		n.regionLat[a][b] = l.Delay.Micros()
		n.regionLat[b][a] = l.Delay.Micros()
	}
	return n
}

// latency is the one-way delay from a to b, µs.
func (n *netModel) latency(a, b *peer) int64 {
	return a.accessUs + b.accessUs + n.regionLat[a.region][b.region]
}

// bandwidth is the rate of a transfer from a to b, bytes per µs.
func (n *netModel) bandwidth(a, b *peer) float64 { return math.Min(a.upBpus, b.downBpus) }

// reachable reports whether a and b can talk at t.
func (n *netModel) reachable(a, b int32, t int64) bool {
	for i := range n.parts {
		p := &n.parts[i]
		if t >= p.from && t < p.to && p.side[a] != p.side[b] {
			return false
		}
	}
	return true
}

// cutAt returns the first time at or after t when a and b are apart
// (t itself if they are apart now), or never.
func (n *netModel) cutAt(a, b int32, t int64) int64 {
	first := int64(never)
	for i := range n.parts {
		p := &n.parts[i]
		if p.side[a] == p.side[b] || t >= p.to {
			continue
		}
		first = min(first, max(t, p.from))
	}
	return first
}
