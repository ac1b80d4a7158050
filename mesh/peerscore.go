package mesh

import (
	"math"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Gossipsub peer scoring from reputation. When Params.AppScore is set, the
// host enables gossipsub's peer scoring with only its application-specific
// part: each peer's score is AppScore(peer) × appScoreWeight, so the mesh
// treats peers by what this node's reputation store knows of them. Topic
// scores (deliveries, invalid messages) and IP colocation are left off for
// now: they need per-topic tuning, and on loopback testnets every peer
// shares one IP.
const (
	// appScoreWeight scales AppScore (expected in [-1, 1]) to gossipsub
	// score units.
	appScoreWeight = 10
	// Thresholds in gossipsub score units, i.e. appScoreWeight × AppScore:
	// below -4 (AppScore -0.4) no gossip is exchanged with the peer; below
	// -8 our own messages are not published to it; below -9.5 its RPCs are
	// ignored. Peers above 5 (0.5) may offer peer exchange; a mesh whose
	// median is below 2 (0.2) grafts better peers opportunistically.
	gossipThreshold             = -4
	publishThreshold            = -8
	graylistThreshold           = -9.5
	acceptPXThreshold           = 5
	opportunisticGraftThreshold = 2
)

// peerScoreOptions returns the pubsub options that apply p.AppScore, or
// none when it is nil.
func peerScoreOptions(p Params) []pubsub.Option {
	if p.AppScore == nil {
		return nil
	}
	app := p.AppScore
	params := &pubsub.PeerScoreParams{
		Topics: map[string]*pubsub.TopicScoreParams{},
		AppSpecificScore: func(id peer.ID) float64 {
			s := app(id)
			if math.IsNaN(s) {
				return 0
			}
			return math.Max(-1, math.Min(1, s))
		},
		AppSpecificWeight: appScoreWeight,
		DecayInterval:     time.Second,
		DecayToZero:       0.01,
		RetainScore:       10 * time.Minute,
	}
	thresholds := &pubsub.PeerScoreThresholds{
		GossipThreshold:             gossipThreshold,
		PublishThreshold:            publishThreshold,
		GraylistThreshold:           graylistThreshold,
		AcceptPXThreshold:           acceptPXThreshold,
		OpportunisticGraftThreshold: opportunisticGraftThreshold,
	}
	return []pubsub.Option{pubsub.WithPeerScore(params, thresholds)}
}
