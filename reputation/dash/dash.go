// Package dash is trainmesh's reputation dashboard: a web page with per-peer
// tables, score history charts, jobs and payouts, the JSON API behind it,
// and a Prometheus collector. It reads stores and never writes them: a
// node's own live store, or read-only copies that a store.Follower keeps
// from snapshots and stopped stores.
//
// Everything the page needs is embedded in the binary: the page, its script
// and style, and the charting library (uPlot 1.6.32, MIT licence, vendored
// from npm in reputation/dash/uplot). No CDN, nothing fetched at run time.
package dash

import (
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/trainmesh/trainmesh/reputation/dash/uplot"
	"github.com/trainmesh/trainmesh/reputation/score"
	"github.com/trainmesh/trainmesh/reputation/store"
)

//go:embed assets
var assets embed.FS

// Source gives the dashboard a store to read.
type Source interface {
	// Name labels the store on the page (a data dir, a node name).
	Name() string
	// Acquire returns the store to read (nil when none is loaded yet) and
	// where it came from; release must be called when done.
	Acquire() (s *store.Store, l store.Loaded, release func())
}

// Live serves a store this process writes (a node's own dashboard).
func Live(name string, s *store.Store) Source { return liveSource{name, s} }

type liveSource struct {
	name string
	s    *store.Store
}

func (l liveSource) Name() string { return l.name }
func (l liveSource) Acquire() (*store.Store, store.Loaded, func()) {
	return l.s, store.Loaded{Source: store.SourceLive, Seq: l.s.Seq(), LoadedMs: l.s.Now()}, func() {}
}

// Followed serves the copies a follower keeps.
func Followed(name string, f *store.Follower) Source { return followed{name, f} }

type followed struct {
	name string
	f    *store.Follower
}

func (f followed) Name() string { return f.name }
func (f followed) Acquire() (*store.Store, store.Loaded, func()) {
	return f.f.Acquire()
}

// Errors of the package.
var (
	// ErrNotLoopback reports a listen address off this machine.
	ErrNotLoopback = errors.New("dash: the dashboard serves on loopback only (127.0.0.1 or ::1); reach it from elsewhere through an SSH tunnel")
)

// CheckAddr checks that addr (host:port) is a loopback address: the
// dashboard and /metrics show who a node trusts, which is nobody else's
// business.
func CheckAddr(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("dash: listen address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%w: got %q", ErrNotLoopback, addr)
	}
	return nil
}

// Server serves the page, the assets and the JSON API.
type Server struct {
	sources []Source
	log     *slog.Logger
	mux     *http.ServeMux
}

// listDefault is how many rows a listing returns unless asked otherwise.
const listDefault = 200

// New returns a dashboard over sources. metrics, when not nil, is served at
// /metrics.
func New(sources []Source, metrics http.Handler, log *slog.Logger) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{sources: sources, log: log, mux: http.NewServeMux()}
	static, _ := fs.Sub(assets, "assets")
	files := http.FileServerFS(static)
	s.mux.Handle("GET /assets/", http.StripPrefix("/assets/", files))
	for name, body := range map[string]struct{ typ, data string }{
		"/assets/uPlot.iife.min.js": {"text/javascript; charset=utf-8", uplot.JS},
		"/assets/uPlot.min.css":     {"text/css; charset=utf-8", uplot.CSS},
		"/assets/uPlot.LICENSE":     {"text/plain; charset=utf-8", uplot.License},
	} {
		s.mux.HandleFunc("GET "+name, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", body.typ)
			io.WriteString(w, body.data)
		})
	}
	index, err := fs.ReadFile(static, "index.html")
	if err != nil {
		panic("dash: index.html not embedded") // a build error, not a run-time one
	}
	s.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(index)
	})
	s.mux.HandleFunc("GET /api/stores", s.stores)
	s.mux.HandleFunc("GET /api/stores/{id}/peers", s.withStore(s.peers))
	s.mux.HandleFunc("GET /api/stores/{id}/peers/{addr}/history", s.withStore(s.history))
	s.mux.HandleFunc("GET /api/stores/{id}/observations", s.withStore(s.observations))
	s.mux.HandleFunc("GET /api/stores/{id}/jobs", s.withStore(s.jobs))
	if metrics != nil {
		s.mux.Handle("GET /metrics", metrics)
	}
	return s
}

// ServeHTTP serves the dashboard.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
	s.mux.ServeHTTP(w, r)
}

// HTTPServer returns an http.Server for the dashboard with timeouts set,
// so that a stuck client can not hold a connection open forever.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.Encode(v)
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// StoreInfo is one store in /api/stores.
type StoreInfo struct {
	ID     int               `json:"id"`
	Name   string            `json:"name"`
	Loaded *store.Loaded     `json:"loaded,omitempty"`
	Self   string            `json:"self,omitempty"`
	Seq    uint64            `json:"seq"`
	Peers  int               `json:"peers"`
	Totals map[string]uint64 `json:"totals"`
	NowMs  uint64            `json:"now_ms"`
	Error  string            `json:"error,omitempty"`
}

func (s *Server) stores(w http.ResponseWriter, _ *http.Request) {
	out := make([]StoreInfo, 0, len(s.sources))
	for i, src := range s.sources {
		st, l, release := src.Acquire()
		info := StoreInfo{ID: i, Name: src.Name(), Totals: map[string]uint64{}, NowMs: uint64(time.Now().UnixMilli())}
		if st == nil {
			info.Error = "not loaded yet"
		} else {
			info.Loaded = &l
			info.Self = st.Self().String()
			info.Seq = st.Seq()
			info.Peers = len(st.Peers(0))
			info.NowMs = st.Now()
			for k, n := range st.Totals() {
				if score.Kind(k).Valid() {
					info.Totals[score.Kind(k).String()] = n
				}
			}
		}
		release()
		out = append(out, info)
	}
	writeJSON(w, out)
}

func (s *Server) withStore(h func(http.ResponseWriter, *http.Request, *store.Store)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil || id < 0 || id >= len(s.sources) {
			httpError(w, http.StatusNotFound, "no such store")
			return
		}
		st, _, release := s.sources[id].Acquire()
		defer release()
		if st == nil {
			httpError(w, http.StatusServiceUnavailable, "store not loaded yet")
			return
		}
		h(w, r, st)
	}
}

// PeerJSON is one row of the peers table.
type PeerJSON struct {
	Address     string            `json:"address"`
	Score       float64           `json:"score"`
	DirectScore float64           `json:"direct_score"`
	Trust       float64           `json:"trust"`
	Pos         float64           `json:"pos"`
	Neg         float64           `json:"neg"`
	IndirectPos float64           `json:"indirect_pos"`
	IndirectNeg float64           `json:"indirect_neg"`
	Vouchers    int               `json:"vouchers"`
	Counts      map[string]uint64 `json:"counts"`
	Total       uint64            `json:"observations"`
	FirstMs     uint64            `json:"first_ms"`
	LastMs      uint64            `json:"last_ms"`
	LatencyMs   float64           `json:"latency_ms"`
	Paid        string            `json:"paid"`
	Slashed     string            `json:"slashed"`
}

func counts(c [score.NumKinds]uint64) map[string]uint64 {
	m := map[string]uint64{}
	for k, n := range c {
		if n > 0 && score.Kind(k).Valid() {
			m[score.Kind(k).String()] = n
		}
	}
	return m
}

func finite(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return x
}

func (s *Server) peers(w http.ResponseWriter, _ *http.Request, st *store.Store) {
	rows := st.Peers(0)
	out := make([]PeerJSON, 0, len(rows))
	for _, r := range rows {
		d, a := r.Detail, r.Agg
		out = append(out, PeerJSON{
			Address: r.Peer.String(), Score: finite(d.Score), DirectScore: finite(d.DirectScore), Trust: finite(d.Trust),
			Pos: d.Direct.Pos, Neg: d.Direct.Neg, IndirectPos: d.Indirect.Pos, IndirectNeg: d.Indirect.Neg, Vouchers: d.Vouchers,
			Counts: counts(a.Counts), Total: a.Observations(), FirstMs: a.FirstMs, LastMs: a.LastMs, LatencyMs: a.LatencyMs,
			Paid: bigString(a.PaidTotal), Slashed: bigString(a.SlashedTotal),
		})
	}
	writeJSON(w, out)
}

func (s *Server) history(w http.ResponseWriter, r *http.Request, st *store.Store) {
	peer, err := score.ParseAddress(r.PathValue("addr"))
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	pts, err := st.History(peer, limit)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	if pts == nil {
		pts = []store.Point{}
	}
	writeJSON(w, pts)
}

// ObservationJSON is one observation in the API.
type ObservationJSON struct {
	Seq       uint64  `json:"seq"`
	Peer      string  `json:"peer"`
	By        string  `json:"by,omitempty"`
	Kind      string  `json:"kind"`
	AtMs      uint64  `json:"at_ms"`
	Job       string  `json:"job,omitempty"`
	Step      uint64  `json:"step,omitempty"`
	LatencyMs uint32  `json:"latency_ms,omitempty"`
	Fault     uint8   `json:"fault,omitempty"`
	Amount    string  `json:"amount,omitempty"`
	Pos       float64 `json:"pos,omitempty"`
	Neg       float64 `json:"neg,omitempty"`
	Note      string  `json:"note,omitempty"`
	// ClaimedMFLOPs and DeliveredMFLOPs are a throughput observation's
	// MFLOP/s.
	ClaimedMFLOPs   uint64 `json:"claimed_mflops,omitempty"`
	DeliveredMFLOPs uint64 `json:"delivered_mflops,omitempty"`
}

func observationJSON(e store.Entry) ObservationJSON {
	o := e.Obs
	j := ObservationJSON{Seq: e.Seq, Peer: o.Peer.String(), Kind: o.Kind.String(), AtMs: o.AtMs, Step: o.Step,
		LatencyMs: o.LatencyMs, Fault: o.Fault, Pos: o.Pos, Neg: o.Neg, Note: o.Note, ClaimedMFLOPs: o.ClaimedMFLOPs, DeliveredMFLOPs: o.DeliveredMFLOPs}
	if !o.By.IsZero() {
		j.By = o.By.String()
	}
	if o.Job != ([32]byte{}) {
		j.Job = "0x" + hex.EncodeToString(o.Job[:])
	}
	if o.Amount != nil {
		j.Amount = o.Amount.String()
	}
	return j
}

func (s *Server) observations(w http.ResponseWriter, r *http.Request, st *store.Store) {
	q := r.URL.Query()
	f := store.Filter{Limit: listDefault}
	if v := q.Get("peer"); v != "" {
		p, err := score.ParseAddress(v)
		if err != nil {
			httpError(w, http.StatusBadRequest, err.Error())
			return
		}
		f.Peer = &p
	}
	if v := q.Get("kind"); v != "" {
		k, err := score.ParseKind(v)
		if err != nil {
			httpError(w, http.StatusBadRequest, err.Error())
			return
		}
		f.Kind = k
	}
	if v := q.Get("before"); v != "" {
		f.BeforeSeq, _ = strconv.ParseUint(v, 10, 64)
	}
	if v := q.Get("limit"); v != "" {
		f.Limit, _ = strconv.Atoi(v)
	}
	entries, err := st.Observations(f)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	out := make([]ObservationJSON, 0, len(entries))
	for _, e := range entries {
		out = append(out, observationJSON(e))
	}
	writeJSON(w, out)
}

// JobJSON is one job in the API.
type JobJSON struct {
	ID      string            `json:"id"`
	FirstMs uint64            `json:"first_ms"`
	LastMs  uint64            `json:"last_ms"`
	Peers   []string          `json:"peers"`
	Counts  map[string]uint64 `json:"counts"`
	Paid    string            `json:"paid"`
	Slashed string            `json:"slashed"`
}

func (s *Server) jobs(w http.ResponseWriter, r *http.Request, st *store.Store) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = listDefault
	}
	jobs, err := st.Jobs(limit)
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	out := make([]JobJSON, 0, len(jobs))
	for _, j := range jobs {
		peers := make([]string, len(j.Peers))
		for i, p := range j.Peers {
			peers[i] = p.String()
		}
		out = append(out, JobJSON{ID: "0x" + hex.EncodeToString(j.ID[:]), FirstMs: j.FirstMs, LastMs: j.LastMs, Peers: peers,
			Counts: counts(j.Counts), Paid: bigString(j.Paid), Slashed: bigString(j.Slashed)})
	}
	writeJSON(w, out)
}
