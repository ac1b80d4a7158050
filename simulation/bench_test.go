package simulation_test

import (
	"context"
	"fmt"
	"runtime/debug"
	"testing"

	"github.com/trainmesh/trainmesh/simulation"
)

// BenchmarkScale runs the 10,000-peer scenario scaled to 100, 1,000 and
// 10,000 peers (same load per peer: jobs and job rate grow with the
// peers, each auction draws about 40 followers) and reports simulated
// peer-events per wall-clock second; the ns/op column is how wall time
// grows with the peers. Run it with:
//
//	go test -run '^$' -bench Scale -benchtime 1x ./simulation/
func BenchmarkScale(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400)) // as trainmesh sim runs
	base := load(b, "scale-10k")
	for _, peers := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprintf("peers=%d", peers), func(b *testing.B) {
			sc, err := base.Scaled(peers)
			if err != nil {
				b.Fatal(err)
			}
			var events uint64
			for b.Loop() {
				res, err := simulation.Run(context.Background(), sc, simulation.Options{})
				if err != nil {
					b.Fatal(err)
				}
				events += res.Report.PeerEvents
			}
			b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "peer-events/s")
			b.ReportMetric(float64(events)/float64(b.N), "peer-events/op")
		})
	}
}
