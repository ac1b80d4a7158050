package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/trainmesh/trainmesh/clock"
	"github.com/trainmesh/trainmesh/mesh"
)

// StatusFile is the file in the data dir where a running node writes how
// others reach it and how it is connected to them (reachability, advertised
// addresses, relays, hole punches, peers by connection type), every
// StatusInterval and whenever its reachability or addresses change. `trainmesh
// node status` reads it.
const StatusFile = "node-status.json"

// StatusInterval is how often a running node rewrites StatusFile: often
// enough that `trainmesh node status` is current, rarely enough to cost
// nothing.
const StatusInterval = 5 * time.Second

// statusBytesMax bounds a status file read back: a node lists at most a
// few hundred peers.
const statusBytesMax = 1 << 20

// ErrNoStatus reports a data dir without a status file: no node has run
// there since this version.
var ErrNoStatus = errors.New("node: no status file (is a node running with this data dir?)")

// Status is the content of StatusFile.
type Status struct {
	PeerID  string `json:"peer_id"`
	PID     int    `json:"pid"`
	Version string `json:"version"`
	// UpdatedMs is when the file was written (Unix milliseconds) and
	// IntervalMs how often it is, so that a reader can tell a stale file
	// (the node stopped) from a live one.
	UpdatedMs  int64 `json:"updated_ms"`
	IntervalMs int64 `json:"interval_ms"`
	mesh.NATStatus
}

// StatusOf takes the status of host h now, by the wall clock.
func StatusOf(h *mesh.Host, version string) Status { return StatusAt(h, version, clock.Real().Now()) }

// StatusAt takes the status of host h, stamped now.
func StatusAt(h *mesh.Host, version string, now time.Time) Status {
	return Status{
		PeerID:     h.ID().String(),
		PID:        os.Getpid(),
		Version:    version,
		UpdatedMs:  now.UnixMilli(),
		IntervalMs: StatusInterval.Milliseconds(),
		NATStatus:  h.NATStatus(),
	}
}

// WriteStatus writes st to dir's StatusFile atomically (a reader never sees
// half a file).
func WriteStatus(dir string, st Status) error {
	return writeJSON(filepath.Join(dir, StatusFile), st)
}

// ReadStatus reads dir's StatusFile.
func ReadStatus(dir string) (Status, error) {
	f, err := os.Open(filepath.Join(dir, StatusFile))
	if errors.Is(err, os.ErrNotExist) {
		return Status{}, fmt.Errorf("%w: %s", ErrNoStatus, dir)
	}
	if err != nil {
		return Status{}, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, statusBytesMax+1))
	if err != nil {
		return Status{}, err
	}
	return DecodeStatus(b)
}

// DecodeStatus parses a status file.
func DecodeStatus(b []byte) (Status, error) {
	if len(b) > statusBytesMax {
		return Status{}, fmt.Errorf("node: status file of %d bytes, limit %d", len(b), statusBytesMax)
	}
	var st Status
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&st); err != nil {
		return Status{}, fmt.Errorf("node: bad status file: %w", err)
	}
	if st.PeerID == "" {
		return Status{}, errors.New("node: bad status file: no peer ID")
	}
	return st, nil
}

// Stale reports whether st was written too long before now to describe a
// running node: three intervals without a rewrite.
func (st *Status) Stale(now time.Time) bool {
	interval := max(time.Duration(st.IntervalMs)*time.Millisecond, time.Second)
	return now.Sub(time.UnixMilli(st.UpdatedMs)) > 3*interval
}

// statusLoop keeps StatusFile current until ctx ends: every
// StatusInterval, and at once when the node's reachability or advertised
// addresses change (rare events; connection changes wait for the tick, so
// that a busy node does not rewrite the file per connection).
func (n *Node) statusLoop(ctx context.Context) {
	sub, err := n.host.EventBus().Subscribe([]any{
		new(event.EvtLocalReachabilityChanged),
		new(event.EvtLocalAddressesUpdated),
	})
	if err != nil {
		n.log.Warn("node status: subscribe to host events", "err", err)
		return
	}
	defer sub.Close()
	t := n.clk.Ticker(StatusInterval)
	defer t.Stop()
	for first := true; ; first = false {
		if err := WriteStatus(n.cfg.DataDir, StatusAt(n.host, n.cfg.Version, n.clk.Now())); err != nil {
			n.log.Warn("could not write node status file", "err", err)
		} else if first {
			n.log.Info("node status file written; show it with `trainmesh node status`", "path", filepath.Join(n.cfg.DataDir, StatusFile))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-sub.Out():
		}
	}
}

// natCollector exports the node's reachability and connections as
// Prometheus metrics on the dashboard's /metrics.
type natCollector struct {
	h                     *mesh.Host
	reach, peers, punches *prometheus.Desc
	relays                *prometheus.Desc
}

func newNATCollector(h *mesh.Host) *natCollector {
	return &natCollector{
		h:       h,
		reach:   prometheus.NewDesc("trainmesh_mesh_reachability", "1 for the node's reachability (public, private or unknown), 0 for the others.", []string{"reachability"}, nil),
		peers:   prometheus.NewDesc("trainmesh_mesh_peers", "Connected peers by their best connection: direct or relayed.", []string{"kind"}, nil),
		punches: prometheus.NewDesc("trainmesh_mesh_hole_punches_total", "Hole-punch attempts this node took part in, by result.", []string{"result"}, nil),
		relays:  prometheus.NewDesc("trainmesh_mesh_relay_reservations", "Relays this node holds a reservation on (while private).", nil, nil),
	}
}

func (c *natCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.reach
	ch <- c.peers
	ch <- c.punches
	ch <- c.relays
}

func (c *natCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.h.NATStatus()
	for _, r := range []string{"public", "private", "unknown"} {
		v := 0.0
		if st.Reachability == r {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(c.reach, prometheus.GaugeValue, v, r)
	}
	ch <- prometheus.MustNewConstMetric(c.peers, prometheus.GaugeValue, float64(st.DirectPeers), "direct")
	ch <- prometheus.MustNewConstMetric(c.peers, prometheus.GaugeValue, float64(st.RelayedPeers), "relayed")
	ch <- prometheus.MustNewConstMetric(c.punches, prometheus.CounterValue, float64(st.HolePunch.Succeeded), "succeeded")
	ch <- prometheus.MustNewConstMetric(c.punches, prometheus.CounterValue, float64(st.HolePunch.Failed), "failed")
	ch <- prometheus.MustNewConstMetric(c.relays, prometheus.GaugeValue, float64(len(st.Relays)))
}
