// Package scenario is the file format of trainmesh's simulated testnets: the
// peers and their GPU profiles, the network (regions, latency, bandwidth,
// loss, partitions), churn, the jobs posted, and the adversaries, in one
// YAML file (simulation/scenarios/*.yaml are examples).
//
// Decoding is strict: an unknown key, a second document, a value of the
// wrong type or one out of its range is an error naming the line, so a typo
// never silently changes a run. Every count and duration is bounded
// (Validate), because a scenario file is input a user may have been sent:
// a file can ask for a large run, never an unbounded one.
//
// The package only reads and checks files; package simulation runs them.
// It imports nothing of trainmesh.
package scenario

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Errors of the package.
var (
	// ErrDecode reports a file that is not a valid scenario document.
	ErrDecode = errors.New("scenario: cannot decode")
	// ErrInvalid reports a scenario whose values break a rule or a bound.
	ErrInvalid = errors.New("scenario: invalid")
)

// Bounds on what one scenario may ask for. They keep every run finite and
// its memory predictable: the engine's state is linear in peers and jobs.
const (
	// FileBytesMax bounds a scenario file.
	FileBytesMax = 1 << 20
	// PeersMax bounds the peers of a scenario (all kinds together).
	PeersMax = 100_000
	// JobsMax bounds the jobs of a scenario (all streams together).
	JobsMax = 100_000
	// StepsMax bounds a job's training steps.
	StepsMax = 100_000
	// GroupSizeMax bounds a job's group (auction.DefaultParams' bound).
	GroupSizeMax = 64
	// DurationMax bounds the virtual time of a run.
	DurationMax = Duration(30 * 24 * time.Hour)
	// ListMax bounds every list in the file (profiles, streams, regions,
	// partitions, adversary groups).
	ListMax = 256
	// ModelParamsMax bounds a model's gradient length, in elements.
	ModelParamsMax = 1 << 40
	// SpamRateMax bounds a spammer's messages per second.
	SpamRateMax = 10_000
)

// Scenario is one simulated testnet.
type Scenario struct {
	// Name labels the run in reports.
	Name string `yaml:"name"`
	// Description says what the scenario shows.
	Description string `yaml:"description"`
	// Seed derives every random choice of the run (default 1).
	Seed uint64 `yaml:"seed"`
	// Duration is the virtual time simulated (1s to 30 days).
	Duration Duration `yaml:"duration"`

	Network      Network      `yaml:"network"`
	Profiles     []Profile    `yaml:"profiles"`
	Providers    []Group      `yaml:"providers"`
	Posters      Posters      `yaml:"posters"`
	Jobs         []Stream     `yaml:"jobs"`
	Churn        Churn        `yaml:"churn"`
	Adversaries  []Adversary  `yaml:"adversaries"`
	Auction      Auction      `yaml:"auction"`
	Training     Training     `yaml:"training"`
	Verification Verification `yaml:"verification"`
	Chain        Chain        `yaml:"chain"`
	Engine       Engine       `yaml:"engine"`
}

// Network is the simulated network.
type Network struct {
	// Regions place peers; each peer falls in one, drawn by Share (default:
	// one region named "local").
	Regions []Region `yaml:"regions"`
	// Latency is the one-way delay between two regions (symmetric); pairs
	// not listed get DefaultLatency.
	Latency []RegionLatency `yaml:"latency"`
	// DefaultLatency is the one-way delay between regions not in Latency
	// and within a region (default 20ms).
	DefaultLatency Duration `yaml:"default-latency"`
	// Loss is the probability that one copy of a message, or one chunk
	// transfer, is lost on a link, in [0, 0.5]. Gossip copies are sent again
	// (auction.resends); a lost chunk costs a retransmission timeout.
	Loss float64 `yaml:"loss"`
	// GossipHop is the extra delay of a gossip relay (validation and
	// queueing at the relaying peer), default 5ms.
	GossipHop Duration `yaml:"gossip-hop"`
	// GossipDegree is gossipsub's mesh degree D: how many peers a message
	// reaches directly. It bounds where spam goes, since a peer does not
	// relay what it rejects (default 8).
	GossipDegree int `yaml:"gossip-degree"`
	// Partitions cut groups of regions (or a share of peers) off the rest.
	Partitions []Partition `yaml:"partitions"`
}

// Region is a place peers live.
type Region struct {
	Name string `yaml:"name"`
	// Share of the peers placed here (shares are normalised).
	Share float64 `yaml:"share"`
}

// RegionLatency is the one-way delay between two regions.
type RegionLatency struct {
	A     string   `yaml:"a"`
	B     string   `yaml:"b"`
	Delay Duration `yaml:"delay"`
}

// Partition cuts Regions (or, if none are named, a Share of the peers
// drawn at random) off from everyone else from At for Duration.
type Partition struct {
	At       Duration `yaml:"at"`
	Duration Duration `yaml:"duration"`
	Regions  []string `yaml:"regions"`
	Share    float64  `yaml:"share"`
}

// Profile is a kind of machine: GPU, price and network access.
type Profile struct {
	Name string `yaml:"name"`
	// VRAM is the GPU memory offered.
	VRAM Bytes `yaml:"vram"`
	// Throughput is the fp32 GEMM rate, GFLOP/s (bid and used for compute
	// time).
	Throughput uint64 `yaml:"throughput"`
	// PriceFloor is the least the provider accepts per step, base units
	// (its bid: bidding one's cost is the best strategy).
	PriceFloor Amount `yaml:"price-floor"`
	// Uplink and Downlink are the access link's bandwidth (default 100Mbit
	// and 500Mbit).
	Uplink   Bitrate `yaml:"uplink"`
	Downlink Bitrate `yaml:"downlink"`
	// AccessLatency is the one-way delay of the access link, added at both
	// ends of every path (default 5ms).
	AccessLatency Duration `yaml:"access-latency"`
}

// Group is a number of honest providers of one profile.
type Group struct {
	Count   int    `yaml:"count"`
	Profile string `yaml:"profile"`
	// Region places the whole group; empty draws by the regions' shares.
	Region string `yaml:"region"`
}

// Posters are the peers that post jobs. They do not provide; they follow
// job classes like providers do (see Auction.Followers) to build the
// reputation views their awards rank bids with.
type Posters struct {
	Count int `yaml:"count"`
	// Profile sets their network access (the GPU fields are unused);
	// empty: the first profile.
	Profile string `yaml:"profile"`
	Region  string `yaml:"region"`
	// Vanish is the share of awarded jobs, [0, 1], whose poster vanishes
	// once training ends: it never settles, and the winners claim their
	// steps with their receipts after the settle deadline (default 0).
	Vanish float64 `yaml:"vanish"`
	// UnderCredit is the share of awarded jobs, [0, 1], whose poster
	// settles its first credited winner for half the steps it was owed:
	// that winner challenges with its receipts within the challenge window
	// (default 0). Vanish + UnderCredit is at most 1.
	UnderCredit float64 `yaml:"under-credit"`
}

// Stream is a stream of similar jobs.
type Stream struct {
	Name string `yaml:"name"`
	// Count jobs are posted, the first at Start, then one every Interval on
	// average (exponential gaps).
	Count    int      `yaml:"count"`
	Start    Duration `yaml:"start"`
	Interval Duration `yaml:"interval"`
	// GroupSize is K, the training group (1 to 64).
	GroupSize int `yaml:"group-size"`
	// Steps of training (1 to 100000).
	Steps uint64 `yaml:"steps"`
	// MinVRAM and MinThroughput (GFLOP/s) are the job's requirements.
	MinVRAM       Bytes  `yaml:"min-vram"`
	MinThroughput uint64 `yaml:"min-throughput"`
	// BudgetPerStep is the most paid per member per step; the budget is
	// GroupSize × Steps × BudgetPerStep.
	BudgetPerStep Amount `yaml:"budget-per-step"`
	// CommitWindow and RevealWindow are the auction's phases (default 10s
	// each).
	CommitWindow Duration `yaml:"commit-window"`
	RevealWindow Duration `yaml:"reveal-window"`
	// ModelParams is the gradient's length in fp32 elements, what the
	// all-reduce moves each step.
	ModelParams int64 `yaml:"model-params"`
	// StepGFLOP is one member's compute per step, GFLOP.
	StepGFLOP float64 `yaml:"step-gflop"`
}

// Churn takes honest providers offline and back.
type Churn struct {
	// Share of the honest providers that churn, [0, 1].
	Share float64 `yaml:"share"`
	// MeanOnline and MeanOffline are the mean session and absence lengths
	// (exponential).
	MeanOnline  Duration `yaml:"mean-online"`
	MeanOffline Duration `yaml:"mean-offline"`
}

// Adversary kinds.
const (
	// NonRevealer commits sealed bids and withholds the reveal (a share
	// Rate of the time, default always).
	NonRevealer = "non-revealer"
	// Equivocator signs two different commits (or reveals, Equivocate:
	// reveal) for one job and sends each to half of the peers.
	Equivocator = "equivocator"
	// FreeRider bids honestly, accepts the award and sends nothing.
	FreeRider = "free-rider"
	// PriceManipulator bids PriceFactor × its price floor.
	PriceManipulator = "price-manipulator"
	// Sybil is one of Count identities of one operator, which vouch for
	// each other every VouchInterval and free-ride when they win.
	Sybil = "sybil"
	// Spammer floods the job topics it follows with Rate junk or forged
	// messages per second.
	Spammer = "spammer"
	// Lazy contributes no real work when it trains: zeros (Mode zeros,
	// the default) or the gradient of an earlier step (Mode stale), on a
	// share CheatRate of its steps (default all).
	Lazy = "lazy"
	// Poisoner contributes a corrupted gradient: its own scaled (Mode
	// scaled, the default), sign-flipped (sign-flip) or random numbers
	// (random), on a share CheatRate of its steps.
	Poisoner = "poisoner"
	// Tamperer contributes honestly but alters the partial sums it
	// forwards in the all-reduce, on a share CheatRate of its steps.
	Tamperer = "tamperer"
	// FalseAccuser trains and contributes honestly, but when it audits a
	// member's step it publishes evidence that the step was wrong, on a
	// share CheatRate of its audits (default all).
	FalseAccuser = "false-accuser"
	// Overstater bids honestly but claims ClaimFactor × its throughput
	// (default 3), so it is eligible for jobs its GPU is too slow for; it
	// trains at its true throughput.
	Overstater = "overstater"
)

// AdversaryKinds lists the kinds, in the order reports show them.
var AdversaryKinds = []string{NonRevealer, Equivocator, FreeRider, PriceManipulator, Sybil, Spammer, Lazy, Poisoner, Tamperer, FalseAccuser, Overstater}

// Modes are the ways each cheating kind cheats (Adversary.Mode), the
// default first. The simulation does not compute gradients: a mode
// labels the report; every mode is a wrong contribution a recomputation
// catches.
var Modes = map[string][]string{
	Lazy:     {"zeros", "stale"},
	Poisoner: {"scaled", "sign-flip", "random"},
}

// Cheats reports whether kind does wrong work on some of its steps
// (lazy, poisoner, tamperer): the kinds verification is there to catch.
func Cheats(kind string) bool { return kind == Lazy || kind == Poisoner || kind == Tamperer }

// Adversary is a group of misbehaving providers.
type Adversary struct {
	Kind  string `yaml:"kind"`
	Count int    `yaml:"count"`
	// Profile is their machine (default: the first profile).
	Profile string `yaml:"profile"`
	Region  string `yaml:"region"`
	// Rate: non-revealers, the share of reveals withheld (0, 1], default
	// 1; spammers, messages per second (default 50).
	Rate float64 `yaml:"rate"`
	// PriceFactor multiplies a price manipulator's floor for its bids
	// (default 0.5: underbidding).
	PriceFactor float64 `yaml:"price-factor"`
	// Equivocate is what an equivocator signs twice: commit (default) or
	// reveal.
	Equivocate string `yaml:"equivocate"`
	// VouchInterval is how often a sybil vouches for its ring (default 1m).
	VouchInterval Duration `yaml:"vouch-interval"`
	// Mode is how a lazy member or a poisoner cheats (see Modes).
	Mode string `yaml:"mode"`
	// CheatRate is the share of its steps, (0, 1], a lazy member, a
	// poisoner or a tamperer cheats on, and the share of its audits a
	// false accuser lies about (default 1: every one).
	CheatRate float64 `yaml:"cheat-rate"`
	// ClaimFactor multiplies an overstater's throughput in its bids
	// (default 3).
	ClaimFactor float64 `yaml:"claim-factor"`
}

// Auction holds the auction settings every simulated peer runs with.
type Auction struct {
	// Followers is how many of the peers subscribed to a job's class
	// follow one job, on average: each takes a job up with probability
	// Followers / subscribers (0, the default: every subscriber follows,
	// as the real node does up to JobsMax). Large scenarios set it to keep
	// each auction to tens of bidders, as in a market of that size (see
	// the README).
	Followers int `yaml:"followers"`
	// ClockGrace is auction.Params.ClockGraceMs (default 1s).
	ClockGrace Duration `yaml:"clock-grace"`
	// ChallengeN is the GEMM challenge size (default 8, attest.NMin: the
	// challenge's answer, not its timing, is what the simulation needs).
	ChallengeN int `yaml:"challenge-n"`
	// StandbysMax is how many runners-up an award keeps (default 4).
	StandbysMax int `yaml:"standbys-max"`
	// MaxOpenBids is a provider's concurrent auctions (default 4).
	MaxOpenBids int `yaml:"max-open-bids"`
	// JobsMax is how many jobs a peer follows at once (default 64, the
	// node's bound).
	JobsMax int `yaml:"jobs-max"`
	// RateLimit and RateBurst bound the messages a peer accepts from one
	// author per second (default 20 and 40, the node's).
	RateLimit float64 `yaml:"rate-limit"`
	RateBurst int     `yaml:"rate-burst"`
	// GraylistRejects is how many rejected messages from one author make a
	// peer drop everything else from it unread (default 10).
	GraylistRejects int `yaml:"graylist-rejects"`
}

// Training holds the timing of training groups.
type Training struct {
	// ChunkElems is the all-reduce chunk, in elements (default 262144 = 1
	// MiB of fp32).
	ChunkElems int `yaml:"chunk-elems"`
	// Lanes is the streams per link (default 4).
	Lanes int `yaml:"lanes"`
	// ChunkTimeout is how long a member waits for a chunk before it
	// accuses its predecessor (default 10s).
	ChunkTimeout Duration `yaml:"chunk-timeout"`
	// ReformDelay is the time to re-form a ring after a fault, on top of a
	// probe round trip (default 500ms).
	ReformDelay Duration `yaml:"reform-delay"`
	// FormDelay is the time from the award to the first step (default 2s).
	FormDelay Duration `yaml:"form-delay"`
	// ComputeJitter is the relative spread of compute times, [0, 0.5]
	// (default 0.05).
	ComputeJitter float64 `yaml:"compute-jitter"`
}

// Verification holds the audit of members' work (PROTOCOL.md, "Verified
// work"): after each receipt period, a sample of the (member, step)
// pairs, drawn from the group's receipt signatures, is recomputed by a
// verifier and compared with the member's commitment.
type Verification struct {
	// RateBps is the share of (member, step) pairs audited, in basis
	// points (1 to 10000; default 500, the protocol's default).
	RateBps int `yaml:"rate-bps"`
	// Period is the steps between two receipts that carry a commitment
	// (the job's receipt-every; 1 to 100000, default 10): the sample of a
	// period is drawn from the receipts at its last step.
	Period uint64 `yaml:"period"`
}

// Chain holds the settlement layer's rules (the contract's defaults).
type Chain struct {
	ChainID uint64 `yaml:"chain-id"`
	// Settlement is the contract's address in the EIP-712 domain.
	Settlement string `yaml:"settlement"`
	// Stake is every provider's stake, base units.
	Stake Amount `yaml:"stake"`
	// BlockTime is the delay before a transaction takes effect (default 2s).
	BlockTime Duration `yaml:"block-time"`
	// SettleDelay is the time from a job's end to its settlement (default 10s).
	SettleDelay Duration `yaml:"settle-delay"`
	// SettleWindow is how long after the award the poster may settle (the
	// contract's settle deadline; default 24h).
	SettleWindow Duration `yaml:"settle-window"`
	// ChallengeWindow is how long after a settlement a winner may raise
	// its credit with receipts (default 1m).
	ChallengeWindow Duration `yaml:"challenge-window"`
	// ClaimWindow is how long after the settle deadline a winner of an
	// unsettled job may claim its steps (default 1h).
	ClaimWindow          Duration `yaml:"claim-window"`
	FeeBps               int      `yaml:"fee-bps"`
	EquivocationSlashBps int      `yaml:"equivocation-slash-bps"`
	FaultSlashBps        int      `yaml:"fault-slash-bps"`
	// BondBps is what a member forfeits for missed steps (fault 1),
	// as a share of its value in the job (its price x the job's steps),
	// from its stake: the contract's bondBps.
	BondBps           int `yaml:"bond-bps"`
	ReporterRewardBps int `yaml:"reporter-reward-bps"`
	QuorumBps         int `yaml:"quorum-bps"`
}

// Verification modes (Engine.Verify).
const (
	// VerifyOnce decodes and verifies each distinct message once and hands
	// every receiver the outcome (the default; see the README).
	VerifyOnce = "once"
	// VerifyEach decodes and verifies every delivery, as each real node does.
	VerifyEach = "each"
)

// Engine holds the discrete-event engine's settings.
type Engine struct {
	// Verify is "once" (default) or "each".
	Verify string `yaml:"verify"`
	// EventsMax bounds the pending events and the distinct messages held
	// (default 20 million); a run that needs more fails rather than grow
	// without bound.
	EventsMax int `yaml:"events-max"`
	// WorkMax bounds the events one run handles (default 500 million, a
	// few hours of a 2-core machine); a run that needs more fails.
	WorkMax int64 `yaml:"work-max"`
	// SampleInterval is how often the report's time series are sampled
	// (default: Duration / 60).
	SampleInterval Duration `yaml:"sample-interval"`
}

// Decode reads one scenario document from r, strictly, applies the
// defaults and validates it.
func Decode(r io.Reader) (*Scenario, error) {
	data, err := io.ReadAll(io.LimitReader(r, FileBytesMax+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecode, err)
	}
	if len(data) > FileBytesMax {
		return nil, fmt.Errorf("%w: file larger than %d bytes", ErrDecode, FileBytesMax)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var s Scenario
	if err := dec.Decode(&s); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: empty file", ErrDecode)
		}
		return nil, fmt.Errorf("%w: %v", ErrDecode, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: more than one document (or trailing garbage)", ErrDecode)
	}
	s.applyDefaults()
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

// Parse is Decode of a byte slice.
func Parse(data []byte) (*Scenario, error) { return Decode(bytes.NewReader(data)) }

func (s *Scenario) applyDefaults() {
	if s.Seed == 0 {
		s.Seed = 1
	}
	if s.Name == "" {
		s.Name = "scenario"
	}
	n := &s.Network
	if len(n.Regions) == 0 {
		n.Regions = []Region{{Name: "local", Share: 1}}
	}
	if n.DefaultLatency == 0 {
		n.DefaultLatency = Duration(20 * time.Millisecond)
	}
	if n.GossipHop == 0 {
		n.GossipHop = Duration(5 * time.Millisecond)
	}
	if n.GossipDegree == 0 {
		n.GossipDegree = 8
	}
	for i := range s.Profiles {
		p := &s.Profiles[i]
		if p.Uplink == 0 {
			p.Uplink = 100e6 / 8
		}
		if p.Downlink == 0 {
			p.Downlink = 500e6 / 8
		}
		if p.AccessLatency == 0 {
			p.AccessLatency = Duration(5 * time.Millisecond)
		}
	}
	for i := range s.Jobs {
		j := &s.Jobs[i]
		if j.Name == "" {
			j.Name = fmt.Sprintf("stream%d", i)
		}
		if j.CommitWindow == 0 {
			j.CommitWindow = Duration(10 * time.Second)
		}
		if j.RevealWindow == 0 {
			j.RevealWindow = Duration(10 * time.Second)
		}
		if j.Interval == 0 {
			j.Interval = Duration(30 * time.Second)
		}
	}
	for i := range s.Adversaries {
		a := &s.Adversaries[i]
		switch a.Kind {
		case NonRevealer:
			if a.Rate == 0 {
				a.Rate = 1
			}
		case Spammer:
			if a.Rate == 0 {
				a.Rate = 50
			}
		case PriceManipulator:
			if a.PriceFactor == 0 {
				a.PriceFactor = 0.5
			}
		case Overstater:
			if a.ClaimFactor == 0 {
				a.ClaimFactor = 3
			}
		case Equivocator:
			if a.Equivocate == "" {
				a.Equivocate = "commit"
			}
		case Sybil:
			if a.VouchInterval == 0 {
				a.VouchInterval = Duration(time.Minute)
			}
		}
		if Cheats(a.Kind) || a.Kind == FalseAccuser {
			if a.CheatRate == 0 {
				a.CheatRate = 1
			}
			if m := Modes[a.Kind]; len(m) > 0 && a.Mode == "" {
				a.Mode = m[0]
			}
		}
	}
	a := &s.Auction
	if a.ClockGrace == 0 {
		a.ClockGrace = Duration(time.Second)
	}
	if a.ChallengeN == 0 {
		a.ChallengeN = 8
	}
	if a.StandbysMax == 0 {
		a.StandbysMax = 4
	}
	if a.MaxOpenBids == 0 {
		a.MaxOpenBids = 4
	}
	if a.JobsMax == 0 {
		a.JobsMax = 64
	}
	if a.RateLimit == 0 {
		a.RateLimit = 20
	}
	if a.RateBurst == 0 {
		a.RateBurst = 40
	}
	if a.GraylistRejects == 0 {
		a.GraylistRejects = 10
	}
	t := &s.Training
	if t.ChunkElems == 0 {
		t.ChunkElems = 1 << 18
	}
	if t.Lanes == 0 {
		t.Lanes = 4
	}
	if t.ChunkTimeout == 0 {
		t.ChunkTimeout = Duration(10 * time.Second)
	}
	if t.ReformDelay == 0 {
		t.ReformDelay = Duration(500 * time.Millisecond)
	}
	if t.FormDelay == 0 {
		t.FormDelay = Duration(2 * time.Second)
	}
	if t.ComputeJitter == 0 {
		t.ComputeJitter = 0.05
	}
	v := &s.Verification
	if v.RateBps == 0 {
		v.RateBps = 500
	}
	if v.Period == 0 {
		v.Period = 10
	}
	c := &s.Chain
	if c.ChainID == 0 {
		c.ChainID = 1337
	}
	if c.Settlement == "" {
		c.Settlement = "0x00000000000000000000000000000000005e771e"
	}
	if !c.Stake.IsSet() {
		c.Stake = NewAmount(1_000_000_000)
	}
	if c.BlockTime == 0 {
		c.BlockTime = Duration(2 * time.Second)
	}
	if c.SettleDelay == 0 {
		c.SettleDelay = Duration(10 * time.Second)
	}
	if c.SettleWindow == 0 {
		c.SettleWindow = Duration(24 * time.Hour)
	}
	if c.ChallengeWindow == 0 {
		c.ChallengeWindow = Duration(time.Minute)
	}
	if c.ClaimWindow == 0 {
		c.ClaimWindow = Duration(time.Hour)
	}
	if c.FeeBps == 0 {
		c.FeeBps = 100
	}
	if c.EquivocationSlashBps == 0 {
		c.EquivocationSlashBps = 5000
	}
	if c.FaultSlashBps == 0 {
		c.FaultSlashBps = 1000
	}
	if c.BondBps == 0 {
		c.BondBps = 1000
	}
	if c.ReporterRewardBps == 0 {
		c.ReporterRewardBps = 5000
	}
	if c.QuorumBps == 0 {
		c.QuorumBps = 6666
	}
	e := &s.Engine
	if e.Verify == "" {
		e.Verify = VerifyOnce
	}
	if e.EventsMax == 0 {
		e.EventsMax = 20_000_000
	}
	if e.WorkMax == 0 {
		e.WorkMax = 500_000_000
	}
	if e.SampleInterval == 0 && s.Duration > 0 {
		e.SampleInterval = max(s.Duration/60, Duration(time.Second))
	}
}

var addressRE = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// Validate reports the first problem with s (defaults applied).
func (s *Scenario) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	finite := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	if s.Duration < Duration(time.Second) || s.Duration > DurationMax {
		return bad("duration %v: want 1s to %v", s.Duration.Std(), DurationMax.Std())
	}
	lists := map[string]int{"regions": len(s.Network.Regions), "latency": len(s.Network.Latency), "partitions": len(s.Network.Partitions),
		"profiles": len(s.Profiles), "providers": len(s.Providers), "jobs": len(s.Jobs), "adversaries": len(s.Adversaries)}
	for _, name := range []string{"regions", "latency", "partitions", "profiles", "providers", "jobs", "adversaries"} {
		if lists[name] > ListMax {
			return bad("%d %s: at most %d", lists[name], name, ListMax)
		}
	}
	n := &s.Network
	regions := map[string]bool{}
	var shares float64
	for _, r := range n.Regions {
		if r.Name == "" || regions[r.Name] {
			return bad("region %q: names must be set and unique", r.Name)
		}
		if !finite(r.Share) || r.Share < 0 {
			return bad("region %s: share %v: want >= 0", r.Name, r.Share)
		}
		regions[r.Name] = true
		shares += r.Share
	}
	if !(shares > 0) {
		return bad("region shares sum to %v: want > 0", shares)
	}
	const delayMax = Duration(10 * time.Second)
	for _, l := range n.Latency {
		if !regions[l.A] || !regions[l.B] {
			return bad("latency %s-%s: unknown region", l.A, l.B)
		}
		if l.Delay < 0 || l.Delay > delayMax {
			return bad("latency %s-%s: %v: want 0 to %v", l.A, l.B, l.Delay.Std(), delayMax.Std())
		}
	}
	switch {
	case n.DefaultLatency < 0 || n.DefaultLatency > delayMax:
		return bad("default latency %v: want 0 to %v", n.DefaultLatency.Std(), delayMax.Std())
	case !finite(n.Loss) || n.Loss < 0 || n.Loss > 0.5:
		return bad("loss %v: want 0 to 0.5", n.Loss)
	case n.GossipHop < 0 || n.GossipHop > delayMax:
		return bad("gossip hop %v: want 0 to %v", n.GossipHop.Std(), delayMax.Std())
	case n.GossipDegree < 1 || n.GossipDegree > 64:
		return bad("gossip degree %d: want 1 to 64", n.GossipDegree)
	}
	for i, p := range n.Partitions {
		if p.At < 0 || p.Duration <= 0 || p.At > s.Duration {
			return bad("partition %d: at %v for %v: want a start within the run and a positive length", i, p.At.Std(), p.Duration.Std())
		}
		for _, r := range p.Regions {
			if !regions[r] {
				return bad("partition %d: unknown region %q", i, r)
			}
		}
		if len(p.Regions) == 0 && (!finite(p.Share) || p.Share <= 0 || p.Share >= 1) {
			return bad("partition %d: name regions or give a share in (0, 1)", i)
		}
		if len(p.Regions) > 0 && p.Share != 0 {
			return bad("partition %d: regions and share are exclusive", i)
		}
	}
	profiles := map[string]bool{}
	for _, p := range s.Profiles {
		switch {
		case p.Name == "" || profiles[p.Name]:
			return bad("profile %q: names must be set and unique", p.Name)
		case p.Throughput < 1 || p.Throughput > 1e9:
			return bad("profile %s: throughput %d GFLOP/s: want 1 to 1e9", p.Name, p.Throughput)
		case !p.PriceFloor.IsSet() || p.PriceFloor.Int().BitLen() > 128:
			return bad("profile %s: price-floor: want a whole number below 2^128", p.Name)
		case p.Uplink < 1000 || p.Downlink < 1000:
			return bad("profile %s: bandwidth below 8 kbit/s", p.Name)
		case p.AccessLatency < 0 || p.AccessLatency > delayMax:
			return bad("profile %s: access latency %v: want 0 to %v", p.Name, p.AccessLatency.Std(), delayMax.Std())
		}
		profiles[p.Name] = true
	}
	if len(s.Profiles) == 0 {
		return bad("no profiles: name at least one machine profile")
	}
	peers := 0
	count := func(what string, c int) error {
		if c < 0 || c > PeersMax {
			return bad("%s: count %d: want 0 to %d", what, c, PeersMax)
		}
		peers += c
		if peers > PeersMax {
			return bad("more than %d peers", PeersMax)
		}
		return nil
	}
	place := func(what, profile, region string) error {
		if profile != "" && !profiles[profile] {
			return bad("%s: unknown profile %q", what, profile)
		}
		if region != "" && !regions[region] {
			return bad("%s: unknown region %q", what, region)
		}
		return nil
	}
	honest := 0
	for i, g := range s.Providers {
		what := fmt.Sprintf("providers[%d]", i)
		if err := count(what, g.Count); err != nil {
			return err
		}
		if g.Profile == "" {
			return bad("%s: no profile", what)
		}
		if err := place(what, g.Profile, g.Region); err != nil {
			return err
		}
		honest += g.Count
	}
	if err := count("posters", s.Posters.Count); err != nil {
		return err
	}
	if err := place("posters", s.Posters.Profile, s.Posters.Region); err != nil {
		return err
	}
	if s.Posters.Count < 1 {
		return bad("posters: count %d: want at least one poster", s.Posters.Count)
	}
	if v, u := s.Posters.Vanish, s.Posters.UnderCredit; !finite(v) || !finite(u) || v < 0 || u < 0 || v+u > 1 {
		return bad("posters: vanish %v, under-credit %v: want shares in [0, 1] summing to at most 1", v, u)
	}
	for _, w := range []struct {
		name string
		d    Duration
	}{{"settle-window", s.Chain.SettleWindow}, {"challenge-window", s.Chain.ChallengeWindow}, {"claim-window", s.Chain.ClaimWindow}} {
		if w.d < Duration(time.Second) || w.d > Duration(30*24*time.Hour) {
			return bad("chain: %s %v: want 1s to 30 days", w.name, w.d.Std())
		}
	}
	kinds := map[string]bool{}
	for _, k := range AdversaryKinds {
		kinds[k] = true
	}
	for i, a := range s.Adversaries {
		what := fmt.Sprintf("adversaries[%d] (%s)", i, a.Kind)
		if !kinds[a.Kind] {
			return bad("adversaries[%d]: kind %q: want one of %s", i, a.Kind, strings.Join(AdversaryKinds, ", "))
		}
		if err := count(what, a.Count); err != nil {
			return err
		}
		if err := place(what, a.Profile, a.Region); err != nil {
			return err
		}
		switch {
		case !finite(a.Rate) || a.Rate < 0:
			return bad("%s: rate %v", what, a.Rate)
		case a.Kind == NonRevealer && a.Rate > 1:
			return bad("%s: rate %v: the share of reveals withheld, (0, 1]", what, a.Rate)
		case a.Kind == Spammer && a.Rate > SpamRateMax:
			return bad("%s: rate %v messages/s: at most %d", what, a.Rate, SpamRateMax)
		case a.Kind != NonRevealer && a.Kind != Spammer && a.Rate != 0:
			return bad("%s: rate applies to non-revealers and spammers only", what)
		case !finite(a.PriceFactor) || a.PriceFactor < 0 || a.PriceFactor > 1000:
			return bad("%s: price factor %v: want 0 to 1000", what, a.PriceFactor)
		case a.Kind != PriceManipulator && a.PriceFactor != 0:
			return bad("%s: price-factor applies to price manipulators only", what)
		case !finite(a.ClaimFactor) || a.ClaimFactor < 0 || a.ClaimFactor > 1000:
			return bad("%s: claim factor %v: want 0 to 1000", what, a.ClaimFactor)
		case a.Kind != Overstater && a.ClaimFactor != 0:
			return bad("%s: claim-factor applies to overstaters only", what)
		case a.Kind == Equivocator && a.Equivocate != "commit" && a.Equivocate != "reveal":
			return bad("%s: equivocate %q: want commit or reveal", what, a.Equivocate)
		case a.Kind != Equivocator && a.Equivocate != "":
			return bad("%s: equivocate applies to equivocators only", what)
		case a.Kind == Sybil && (a.VouchInterval < Duration(time.Second) || a.VouchInterval > s.Duration):
			return bad("%s: vouch interval %v: want 1s to the run's duration", what, a.VouchInterval.Std())
		case a.Kind != Sybil && a.VouchInterval != 0:
			return bad("%s: vouch-interval applies to sybils only", what)
		case len(Modes[a.Kind]) > 0 && !slices.Contains(Modes[a.Kind], a.Mode):
			return bad("%s: mode %q: want one of %s", what, a.Mode, strings.Join(Modes[a.Kind], ", "))
		case len(Modes[a.Kind]) == 0 && a.Mode != "":
			return bad("%s: mode applies to lazy members and poisoners only", what)
		case (Cheats(a.Kind) || a.Kind == FalseAccuser) && (!finite(a.CheatRate) || a.CheatRate <= 0 || a.CheatRate > 1):
			return bad("%s: cheat-rate %v: want a share in (0, 1]", what, a.CheatRate)
		case !Cheats(a.Kind) && a.Kind != FalseAccuser && a.CheatRate != 0:
			return bad("%s: cheat-rate applies to lazy members, poisoners, tamperers and false accusers only", what)
		}
	}
	if honest < 1 {
		return bad("no honest providers")
	}
	jobs := 0
	for i, j := range s.Jobs {
		what := fmt.Sprintf("jobs[%d] (%s)", i, j.Name)
		switch {
		case j.Count < 0 || j.Count > JobsMax:
			return bad("%s: count %d: want 0 to %d", what, j.Count, JobsMax)
		case j.Start < 0 || j.Start > s.Duration:
			return bad("%s: start %v: want within the run", what, j.Start.Std())
		case j.Interval < Duration(time.Millisecond) || j.Interval > s.Duration:
			return bad("%s: interval %v: want 1ms to the run's duration", what, j.Interval.Std())
		case j.GroupSize < 1 || j.GroupSize > GroupSizeMax:
			return bad("%s: group size %d: want 1 to %d", what, j.GroupSize, GroupSizeMax)
		case j.Steps < 1 || j.Steps > StepsMax:
			return bad("%s: steps %d: want 1 to %d", what, j.Steps, StepsMax)
		case !j.BudgetPerStep.IsSet() || j.BudgetPerStep.Int().Sign() <= 0 || j.BudgetPerStep.Int().BitLen() > 128:
			return bad("%s: budget-per-step: want a positive whole number below 2^128", what)
		case j.CommitWindow < Duration(2*time.Duration(s.Auction.ClockGrace)) || j.RevealWindow < Duration(2*time.Duration(s.Auction.ClockGrace)):
			return bad("%s: windows %v/%v: want at least twice the clock grace (%v)", what, j.CommitWindow.Std(), j.RevealWindow.Std(), s.Auction.ClockGrace.Std())
		case j.CommitWindow > Duration(24*time.Hour) || j.RevealWindow > Duration(24*time.Hour):
			return bad("%s: windows longer than a day", what)
		case j.ModelParams < 1 || j.ModelParams > ModelParamsMax:
			return bad("%s: model-params %d: want 1 to 2^40", what, j.ModelParams)
		case !finite(j.StepGFLOP) || j.StepGFLOP < 0 || j.StepGFLOP > 1e9:
			return bad("%s: step-gflop %v: want 0 to 1e9", what, j.StepGFLOP)
		}
		jobs += j.Count
		if jobs > JobsMax {
			return bad("more than %d jobs", JobsMax)
		}
	}
	c := &s.Churn
	switch {
	case !finite(c.Share) || c.Share < 0 || c.Share > 1:
		return bad("churn share %v: want 0 to 1", c.Share)
	case c.Share > 0 && (c.MeanOnline < Duration(time.Second) || c.MeanOffline < Duration(time.Second)):
		return bad("churn: mean-online and mean-offline must be at least 1s")
	}
	a := &s.Auction
	switch {
	case a.Followers < 0 || a.Followers > PeersMax:
		return bad("auction followers %d: want 0 (all) to %d", a.Followers, PeersMax)
	case a.ClockGrace < 0 || a.ClockGrace > Duration(time.Minute):
		return bad("auction clock grace %v: want 0 to 1m", a.ClockGrace.Std())
	case a.ChallengeN < 8 || a.ChallengeN > 1024:
		return bad("auction challenge-n %d: want 8 to 1024", a.ChallengeN)
	case a.StandbysMax < 0 || a.StandbysMax > GroupSizeMax:
		return bad("auction standbys-max %d: want 0 to %d", a.StandbysMax, GroupSizeMax)
	case a.MaxOpenBids < 1 || a.MaxOpenBids > 1024:
		return bad("auction max-open-bids %d: want 1 to 1024", a.MaxOpenBids)
	case a.JobsMax < 1 || a.JobsMax > 4096:
		return bad("auction jobs-max %d: want 1 to 4096", a.JobsMax)
	case !finite(a.RateLimit) || a.RateLimit <= 0 || a.RateLimit > 1e6 || a.RateBurst < 1 || a.RateBurst > 1e6:
		return bad("auction rate limit %v/s burst %d: want positive", a.RateLimit, a.RateBurst)
	case a.GraylistRejects < 1 || a.GraylistRejects > 1e6:
		return bad("auction graylist-rejects %d: want at least 1", a.GraylistRejects)
	}
	t := &s.Training
	switch {
	case t.ChunkElems < 1 || t.ChunkElems > 1<<30:
		return bad("training chunk-elems %d: want 1 to 2^30", t.ChunkElems)
	case t.Lanes < 1 || t.Lanes > 64:
		return bad("training lanes %d: want 1 to 64", t.Lanes)
	case t.ChunkTimeout < Duration(time.Millisecond) || t.ChunkTimeout > Duration(time.Hour):
		return bad("training chunk-timeout %v: want 1ms to 1h", t.ChunkTimeout.Std())
	case t.ReformDelay < 0 || t.ReformDelay > Duration(time.Hour) || t.FormDelay < 0 || t.FormDelay > Duration(time.Hour):
		return bad("training delays: want 0 to 1h")
	case !finite(t.ComputeJitter) || t.ComputeJitter < 0 || t.ComputeJitter > 0.5:
		return bad("training compute-jitter %v: want 0 to 0.5", t.ComputeJitter)
	}
	if v := &s.Verification; v.RateBps < 1 || v.RateBps > 10000 || v.Period < 1 || v.Period > StepsMax {
		return bad("verification rate-bps %d, period %d: want 1 to 10000 and 1 to %d", v.RateBps, v.Period, StepsMax)
	}
	ch := &s.Chain
	bps := func(name string, v, lo int) error {
		if v < lo || v > 10000 {
			return bad("chain %s %d: want %d to 10000", name, v, lo)
		}
		return nil
	}
	switch {
	case !addressRE.MatchString(ch.Settlement):
		return bad("chain settlement %q: want a 0x address", ch.Settlement)
	case ch.Stake.Int().BitLen() > 128:
		return bad("chain stake: want below 2^128")
	case ch.BlockTime < 0 || ch.BlockTime > Duration(time.Hour) || ch.SettleDelay < 0 || ch.SettleDelay > Duration(24*time.Hour):
		return bad("chain delays out of range")
	case ch.FeeBps > 1000:
		return bad("chain fee-bps %d: at most 1000", ch.FeeBps)
	}
	for _, b := range []struct {
		name string
		v    int
		lo   int
	}{{"fee-bps", ch.FeeBps, 0}, {"equivocation-slash-bps", ch.EquivocationSlashBps, 1}, {"fault-slash-bps", ch.FaultSlashBps, 1}, {"bond-bps", ch.BondBps, 0},
		{"reporter-reward-bps", ch.ReporterRewardBps, 0}, {"quorum-bps", ch.QuorumBps, 1}} {
		if err := bps(b.name, b.v, b.lo); err != nil {
			return err
		}
	}
	e := &s.Engine
	switch {
	case e.Verify != VerifyOnce && e.Verify != VerifyEach:
		return bad("engine verify %q: want once or each", e.Verify)
	case e.EventsMax < 1000 || e.EventsMax > 1<<30:
		return bad("engine events-max %d: want 1000 to 2^30", e.EventsMax)
	case e.WorkMax < 1000 || e.WorkMax > 1<<40:
		return bad("engine work-max %d: want 1000 to 2^40", e.WorkMax)
	case e.SampleInterval < Duration(time.Second) || e.SampleInterval > s.Duration:
		return bad("engine sample-interval %v: want 1s to the run's duration", e.SampleInterval.Std())
	}
	return nil
}

// Peers returns the number of peers of every kind.
func (s *Scenario) Peers() int {
	n := s.Posters.Count
	for _, g := range s.Providers {
		n += g.Count
	}
	for _, a := range s.Adversaries {
		n += a.Count
	}
	return n
}

// JobCount returns the number of jobs over every stream.
func (s *Scenario) JobCount() int {
	n := 0
	for _, j := range s.Jobs {
		n += j.Count
	}
	return n
}

// Profile returns the named profile, or the first one for "".
func (s *Scenario) Profile(name string) *Profile {
	if name == "" {
		return &s.Profiles[0]
	}
	for i := range s.Profiles {
		if s.Profiles[i].Name == name {
			return &s.Profiles[i]
		}
	}
	return nil
}

// Scaled returns a copy of s resized to about peers peers, with the same
// load per peer: every peer count and job count is multiplied by
// peers/s.Peers() (at least one of each group that had any) and job
// intervals divided by it. Auction.Followers stays: each auction draws as
// many bidders at any size. It is how the scaling benchmark grows one
// scenario from 100 to 10,000 peers.
func (s *Scenario) Scaled(peers int) (*Scenario, error) {
	if peers < 1 || peers > PeersMax {
		return nil, fmt.Errorf("%w: scale to %d peers: want 1 to %d", ErrInvalid, peers, PeersMax)
	}
	f := float64(peers) / float64(s.Peers())
	c := *s
	scale := func(n int) int {
		if n == 0 {
			return 0
		}
		return max(1, int(math.Round(float64(n)*f)))
	}
	c.Providers = append([]Group(nil), s.Providers...)
	for i := range c.Providers {
		c.Providers[i].Count = scale(c.Providers[i].Count)
	}
	c.Adversaries = append([]Adversary(nil), s.Adversaries...)
	for i := range c.Adversaries {
		c.Adversaries[i].Count = scale(c.Adversaries[i].Count)
	}
	c.Posters.Count = scale(s.Posters.Count)
	c.Jobs = append([]Stream(nil), s.Jobs...)
	for i := range c.Jobs {
		c.Jobs[i].Count = scale(c.Jobs[i].Count)
		c.Jobs[i].Interval = max(Duration(time.Millisecond), Duration(float64(c.Jobs[i].Interval)/f))
	}
	c.Name = fmt.Sprintf("%s@%d", s.Name, peers)
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// BudgetOf returns a stream's job budget: GroupSize × Steps × BudgetPerStep.
func (j *Stream) BudgetOf() *big.Int {
	b := j.BudgetPerStep.Int()
	b.Mul(b, big.NewInt(int64(j.GroupSize)))
	return b.Mul(b, new(big.Int).SetUint64(j.Steps))
}
