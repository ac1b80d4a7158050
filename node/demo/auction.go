package demo

import (
	"context"
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
// on the job's GEMM challenge on this CPU.
type profile struct {
	vramGiB    uint64
	priceFloor int64
}

// profiles cycle over the providers: two that bid, one whose GPU is too
// small for the demo job (it declines, saying why), then more bidders and
// one whose price floor is above the budget allows.
var profiles = []profile{
	{24, 300}, {16, 200}, {12, 100}, {48, 450}, {16, 5000}, {24, 250}, {80, 600},
}

// Demo job: 14 GiB puts it in the 12 GiB class, so the 12 GiB provider
// hears of it and declines; the budget caps the price at 1000 per step.
const (
	demoJobVRAM   = 14 << 30
	demoJobSteps  = 1000
	demoCapPrice  = 1000
	demoGraceMs   = 500
	demoWindowMin = 1000
)

func auctionConfig(i int) node.AuctionConfig {
	c := node.DefaultAuctionConfig()
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

// auctionWatch gathers the auction events of every demo node and narrates
// the poster's view.
type auctionWatch struct {
	window time.Duration // commit and reveal windows of the demo job
	out    io.Writer
	nodes  int
	names  map[auction.Address]string

	mu       sync.Mutex // mu guards the following
	awards   map[int]*auction.Event
	result   *auction.Result // the poster's clearing
	noAward  map[int]string
	finished chan struct{}
	closed   bool
}

func newAuctionWatch(out io.Writer, nodes int) *auctionWatch {
	return &auctionWatch{out: out, nodes: nodes, names: map[auction.Address]string{}, awards: map[int]*auction.Event{}, noAward: map[int]string{}, finished: make(chan struct{})}
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
		if ev.Event == nil {
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
		if !w.closed && len(w.awards)+len(w.noAward) == w.nodes {
			w.closed = true
			close(w.finished)
		}
	}
}

// runAuction has node 0 post the demo job and waits until every node has
// checked the award.
func (w *auctionWatch) run(ctx context.Context, poster *node.Node, providers int) error {
	k := uint32(max(1, providers/3))
	job, err := poster.PostJob(ctx, node.JobSpec{
		ModelHash: auction.Keccak256([]byte("demo model")), DatasetRoot: auction.Keccak256([]byte("demo dataset")),
		GroupSize: k, MinVRAMBytes: demoJobVRAM, Steps: demoJobSteps, Budget: big.NewInt(int64(k) * demoJobSteps * demoCapPrice),
		CommitWindow: w.window, RevealWindow: w.window,
	})
	if err != nil {
		return fmt.Errorf("demo: post job: %w", err)
	}
	fmt.Fprintf(w.out, "\nauction: node 0 posts job %s…\n  wants %d member(s) with >= %d GiB VRAM for %d steps, budget %v (at most %v per member per step)\n  sealed bids for %v, then reveals for %v\n\n",
		job.JobID.String()[:14], k, demoJobVRAM>>30, demoJobSteps, job.Budget, auction.PriceCap(job), w.window, w.window)
	select {
	case <-w.finished:
	case <-ctx.Done():
		return fmt.Errorf("demo: the auction did not finish: %w", ctx.Err())
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if why, ok := w.noAward[0]; ok {
		return fmt.Errorf("demo: the auction drew no award: %s", why)
	}
	a := w.awards[0].Award.Msg.(*auction.Award)
	agree := 0
	for _, e := range w.awards {
		if e.Matches {
			agree++
		}
	}
	fmt.Fprintf(w.out, "\n  award    signed by node 0: winners %s, standbys %s, %v per member per step (uniform price)\n", w.names2(a.Winners), w.names2(a.Standbys), a.PricePerStep)
	if k := len(a.Winners); len(w.result.Ranked) > k {
		next := w.result.Ranked[k]
		fmt.Fprintf(w.out, "  price    the first bid after the winners, adjusted for reputation and throughput: %s's %v / quality %.3f (capped at %v)\n",
			w.name(next.Reveal.Bidder), next.Reveal.PricePerStep, float64(next.QualityPPM)/1e6, demoCapPrice)
	} else {
		fmt.Fprintf(w.out, "  price    exactly %d bid(s) for %d seat(s): the budget cap\n", k, k)
	}
	fmt.Fprintf(w.out, "  check    %d of %d nodes computed the same award from the messages they saw\n", agree, w.nodes)
	if agree != w.nodes {
		return fmt.Errorf("demo: only %d of %d nodes agree with the poster's award", agree, w.nodes)
	}
	return nil
}
