package demo

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/node"
)

// profile is a demo provider's simulated GPU and price. Until the gpu
// package reports real devices, VRAM is configured; throughput is measured
// on each job's GEMM challenge on this CPU.
type profile struct {
	vramGiB    uint64
	priceFloor int64
}

// profiles cycle over the providers: two that bid, one whose GPU is too
// small for the demo jobs (it declines, saying why), then more bidders and
// one whose price floor is above what the budget allows.
var profiles = []profile{
	{24, 300}, {16, 200}, {12, 100}, {48, 450}, {16, 5000}, {24, 250}, {80, 600},
}

// Demo jobs: 14 GiB puts them in the 12 GiB class, so the 12 GiB provider
// hears of them and declines; the budget caps the price at 1000 per step.
const (
	demoJobVRAM   = 14 << 30
	demoCapPrice  = 1000
	demoGraceMs   = 500
	demoWindowMin = 1000
)

func auctionConfig(i int, dom auction.Domain) node.AuctionConfig {
	c := node.DefaultAuctionConfig()
	c.Domain = dom
	c.Params.ClockGraceMs = demoGraceMs
	c.Params.CommitWindowMinMs = demoWindowMin
	c.Params.RevealWindowMinMs = demoWindowMin
	c.TickInterval = 50 * time.Millisecond
	if i > 0 {
		pr := profiles[(i-1)%len(profiles)]
		c.Provider = node.ProviderConfig{Enabled: true, VRAMBytes: pr.vramGiB << 30, PriceFloor: big.NewInt(pr.priceFloor), MaxOpenBids: 1}
	}
	return c
}

// jobsConfig: the demo's deadlines are short, its chain answers at once.
func jobsConfig() node.JobsConfig {
	c := node.DefaultJobsConfig()
	c.ChainPoll = 200 * time.Millisecond
	c.ReceiptResend = time.Second
	c.FinishGrace = 5 * time.Second
	// A receipt comes every 50 steps; on a loaded 2-core machine that
	// took over 30 s (the poster then gave up on a healthy group), and
	// the demo's own --timeout bounds the whole run anyway.
	c.StallTimeout = 2 * time.Minute
	c.ChunkTimeout = 5 * time.Second
	c.StartTimeout = 20 * time.Second
	c.CheckpointEvery = 100
	c.SettleWithin = 10 * time.Minute
	return c
}

// auctionWatch gathers the auction events of every demo node for the job
// being auctioned and narrates the poster's view.
type auctionWatch struct {
	out   io.Writer
	nodes int
	names map[auction.Address]string
	index map[auction.Address]int

	mu      sync.Mutex // mu guards the following
	job     auction.Hash
	awards  map[int]*auction.Event
	result  *auction.Result // the poster's clearing
	noAward map[int]string
}

func newAuctionWatch(out io.Writer, nodes int) *auctionWatch {
	return &auctionWatch{out: out, nodes: nodes, names: map[auction.Address]string{}, index: map[auction.Address]int{}}
}

func (w *auctionWatch) name(a auction.Address) string {
	if n, ok := w.names[a]; ok {
		return "node " + n
	}
	return a.Short()
}

func (w *auctionWatch) names2(as []auction.Address) string {
	var out []string
	for _, a := range as {
		out = append(out, w.name(a))
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// observer returns node i's observer.
func (w *auctionWatch) observer(i int) func(node.AuctionEvent) {
	return func(ev node.AuctionEvent) {
		w.mu.Lock()
		defer w.mu.Unlock()
		if i == 0 && ev.Announce != nil && w.names[ev.Announce.Poster] == "0" {
			// Node 0 announced a new job: watch it (the others hear of it
			// only after this).
			w.job, w.awards, w.result, w.noAward = ev.Job, map[int]*auction.Event{}, nil, map[int]string{}
		}
		if ev.Event == nil || ev.Job != w.job {
			return
		}
		e := ev.Event
		if i == 0 { // the poster narrates the auction
			switch e.Kind {
			case auction.EventCommit:
				fmt.Fprintf(w.out, "  commit   %s sealed a bid\n", w.name(e.Peer))
			case auction.EventDecline:
				fmt.Fprintf(w.out, "  decline  %s: %v\n", w.name(e.Peer), e.Reason)
			case auction.EventReveal:
				r := e.Reveal
				fmt.Fprintf(w.out, "  reveal   %s asks %v per step; %d GiB VRAM, %d GFLOP/s on the challenge, %d ms to the poster\n",
					w.name(e.Peer), r.PricePerStep, r.VRAMBytes>>30, r.Throughput, r.LatencyMs)
			case auction.EventDropped:
				if errors.Is(e.Err, auction.ErrDuplicate) {
					return // nodes send each message a few times on purpose
				}
				fmt.Fprintf(w.out, "  dropped  %s's %v: %v\n", w.name(e.Peer), e.Msg, e.Err)
			case auction.EventEquivocation:
				fmt.Fprintf(w.out, "  evidence %s signed two different %vs\n", w.name(e.Peer), e.Msg)
			case auction.EventCleared:
				w.result = e.Result
				if e.Result.Award == nil {
					fmt.Fprintf(w.out, "  cleared  no award: %s\n", e.Result.Why)
				}
			}
		}
		switch e.Kind {
		case auction.EventCleared:
			if e.Result.Award == nil {
				w.noAward[i] = e.Result.Why
			}
		case auction.EventAward:
			w.awards[i] = e
		}
	}
}

// report prints the award, each winner's ask, threshold and price, and how
// many nodes computed the same award; it returns that count, how many
// checked it, and the winners' asks and thresholds (ring order). Every
// node clears with the quality table the poster's announcement commits to,
// not its own store, so every node that saw the reveals computes the
// poster's award, after a job as on a fresh mesh.
func (w *auctionWatch) report(a *auction.Award) (agree, of int, asks, thresholds []*big.Int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	fmt.Fprintf(w.out, "\n  award    signed by node 0: winners %s, standbys %s; each winner is paid its threshold, capped at %v\n", w.names2(a.Winners), w.names2(a.Standbys), demoCapPrice)
	k := len(a.Winners)
	if w.result != nil && len(w.result.Ranked) > k {
		next := w.result.Ranked[k]
		fmt.Fprintf(w.out, "  price    the first bid after the winners: %s's %v at quality %.3f; a winner of quality q could have asked up to q × %v / %.3f and still won\n",
			w.name(next.Reveal.Bidder), next.Reveal.PricePerStep, float64(next.QualityPPM)/1e6, next.Reveal.PricePerStep, float64(next.QualityPPM)/1e6)
	} else {
		fmt.Fprintf(w.out, "  price    exactly %d bid(s) for %d seat(s): any ask up to the budget cap would have won\n", k, k)
	}
	for i, who := range a.Winners {
		var ask, th *big.Int
		if w.result != nil && i < len(w.result.Ranked) && w.result.Ranked[i].Reveal.Bidder == who {
			ask = w.result.Ranked[i].Reveal.PricePerStep
			th = auction.Threshold(w.result.Ranked, k, i, big.NewInt(demoCapPrice))
			fmt.Fprintf(w.out, "  winner   %s asked %v per step at quality %.3f; its threshold (the most it could have asked and still won) is %v; it is paid %v per step\n",
				w.name(who), ask, float64(w.result.Ranked[i].QualityPPM)/1e6, th, a.Prices[i])
		}
		asks, thresholds = append(asks, ask), append(thresholds, th)
	}
	for _, e := range w.awards {
		if e.Matches {
			agree++
		}
	}
	fmt.Fprintf(w.out, "  check    %d of %d nodes computed the same award from the messages they saw\n", agree, len(w.awards))
	if agree < len(w.awards) {
		fmt.Fprintf(w.out, "           (every node clears with the quality table the announcement commits to: a node that disagrees saw other reveals, or the poster deviated, and it keeps the evidence)\n")
	}
	return agree, len(w.awards), asks, thresholds
}
