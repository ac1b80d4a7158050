package dash

import (
	"math/big"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/trainmesh/trainmesh/reputation/score"
)

func bigString(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

// Collector exports a store's state to Prometheus, computed at each scrape
// from the store's memory (no disk reads): observations by kind, peers
// known, the last sequence number and the distribution of scores.
type Collector struct {
	src Source

	observations, peers, seq, scores *prometheus.Desc
}

// NewCollector returns a collector over src.
func NewCollector(src Source) *Collector {
	return &Collector{
		src:          src,
		observations: prometheus.NewDesc("trainmesh_reputation_observations_total", "Observations recorded in the reputation store, by kind.", []string{"kind"}, nil),
		peers:        prometheus.NewDesc("trainmesh_reputation_peers", "Peers the reputation store knows.", nil, nil),
		seq:          prometheus.NewDesc("trainmesh_reputation_sequence", "Sequence number of the last observation recorded.", nil, nil),
		scores:       prometheus.NewDesc("trainmesh_reputation_score", "Current reputation scores of the known peers (0 to 1).", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.observations
	ch <- c.peers
	ch <- c.seq
	ch <- c.scores
}

// scoreBuckets are the score histogram's upper bounds: tenths, enough to
// see a mesh's trust at a glance.
var scoreBuckets = []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}

// Collect implements prometheus.Collector.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	st, _, release := c.src.Acquire()
	defer release()
	if st == nil {
		return
	}
	for k, n := range st.Totals() {
		if score.Kind(k).Valid() {
			ch <- prometheus.MustNewConstMetric(c.observations, prometheus.CounterValue, float64(n), score.Kind(k).String())
		}
	}
	rows := st.Peers(0)
	ch <- prometheus.MustNewConstMetric(c.peers, prometheus.GaugeValue, float64(len(rows)))
	ch <- prometheus.MustNewConstMetric(c.seq, prometheus.GaugeValue, float64(st.Seq()))
	buckets := make(map[float64]uint64, len(scoreBuckets))
	var sum float64
	for _, r := range rows {
		sum += r.Detail.Score
		for _, b := range scoreBuckets {
			if r.Detail.Score <= b {
				buckets[b]++
			}
		}
	}
	ch <- prometheus.MustNewConstHistogram(c.scores, uint64(len(rows)), sum, buckets)
}
