package simulation

import (
	"fmt"

	"github.com/trainmesh/trainmesh/auction"
	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
	"github.com/trainmesh/trainmesh/reputation/score"
)

// What adversaries do beyond bending their own messages in send: sign two
// versions of one message, flood job topics, vouch for their own ring.

// equivocate signs first and second and sends each to half of the job's
// followers; each half then gets the other version through a relay, one
// hop later, as gossip would bring it. The equivocator's own machine
// records first.
func (e *Engine) equivocate(p *peer, fol *follow, first, second auction.Message) {
	j := fol.job
	s1, d1, err := e.codec.Sign(p.key, first)
	if err != nil {
		panic(err)
	}
	_, d2, err := e.codec.Sign(p.key, second)
	if err != nil {
		panic(err)
	}
	e.st.signatures += 2
	e.st.equivocations++
	m1, m2 := e.register(d1, p.idx, j.idx), e.register(d2, p.idx, j.idx)
	j.published = append(j.published, published{msg: m1, from: p.idx, at: e.now}, published{msg: m2, from: p.idx, at: e.now})
	for i, f := range j.followers {
		if f == p.idx {
			continue
		}
		mine, other := m1, m2
		if i%2 == 1 {
			mine, other = m2, m1
		}
		q := e.peers[f]
		e.gossip(p, q, mine, e.now)
		// The other version arrives relayed by a neighbour that got it
		// directly: one more hop and about one more path delay.
		e.gossip(p, q, other, e.now+e.net.latency(p, q)+e.net.hopUs)
	}
	_ = fol.m.Step(e.nowMs(), s1)
}

// spamSig is the signature a spammer's forgeries carry: a real one, by a
// key of its own, over a message other than the forgery.
var spamSig = func() (sig [protocol.SignatureLen]byte) {
	key := identity.FromSeed([]byte("trainmesh/simulation/spam"))
	s, err := key.SignHash(protocol.Keccak256([]byte("trainmesh/simulation/spam")))
	if err != nil {
		panic(err)
	}
	copy(sig[:], s)
	return sig
}()

// spam sends one junk message on a job the spammer follows whose
// auction is open, to the gossip degree's worth of its followers, and
// schedules the next (a spammer sends Rate messages a second in all).
// Receivers reject it (undecodable or forged), do not relay it, and
// graylist the spammer after enough rejects; a receiver that has
// graylisted it is not sent more (gossipsub ignores a graylisted peer's
// RPCs, and the spammer's mesh links to it are pruned).
func (e *Engine) spam(ev *event) {
	p := e.peers[ev.peer]
	next := e.now + max(1, e.expUs(int64(1e6/p.advSpec.Rate)))
	if next <= e.end {
		defer e.schedule(next, evSpam, p.idx, 0, ev.b+1)
	}
	// Drop the jobs whose auctions are over.
	open := p.openJobs[:0]
	for _, ji := range p.openJobs {
		if j := e.jobs[ji]; e.nowMs() < j.ann.RevealDeadlineMs+e.params.ClockGraceMs {
			open = append(open, ji)
		}
	}
	p.openJobs = open
	if len(open) == 0 || !p.online {
		return
	}
	j := e.jobs[open[e.rng.IntN(len(open))]]
	e.st.peerEvents++
	var data []byte
	if ev.b%2 == 0 {
		// Junk: a commit's kind byte and random bytes; the signature's v
		// byte is rarely 27 or 28, and the ABI decoding fails otherwise.
		data = make([]byte, 1+protocol.CommitABILen+protocol.SignatureLen)
		data[0] = byte(auction.KindCommit)
		for i := 1; i < len(data); i++ {
			data[i] = byte(e.rng.Uint32())
		}
	} else {
		// A forgery: a well-formed commit naming the spammer, carrying a
		// signature over another message (one the spam key signed once),
		// so a receiver pays for a recovery before it rejects it.
		c := &auction.BidCommit{JobID: j.ann.JobID, Bidder: p.addr, Commitment: protocol.Keccak256(fmt.Appendf(nil, "spam/%d/%d", p.idx, ev.b))}
		s := auction.Signed{Msg: c, Sig: spamSig}
		data = e.codec.Encode(s)
	}
	mi := e.register(data, p.idx, j.idx)
	e.st.spamSent++
	b := e.line(ev)
	b = logInt(b, "p", int64(p.idx))
	b = logInt(b, "job", int64(j.idx))
	b = logHex(b, "msg", e.msgs[mi].digest[:])
	e.log.end(b)
	if n := len(j.followers); n > 1 {
		for range min(e.sc.Network.GossipDegree, n-1) {
			f := j.followers[e.rng.IntN(n)]
			q := e.peers[f]
			switch {
			case f == p.idx:
			case q.rejects[p.idx] >= e.sc.Auction.GraylistRejects:
				e.st.graylisted++
			default:
				e.gossip(p, q, mi, e.now)
			}
		}
	}
}

// vouchPos is the evidence a sybil claims for each member of its ring.
const vouchPos = 10

// vouch has a sybil vouch for every other member of its ring, to every
// honest peer online (trainmesh has no vouch wire message yet: the
// simulation hands the observation over as a node would record it).
func (e *Engine) vouch(ev *event) {
	p := e.peers[ev.peer]
	if p.online {
		for _, qi := range e.rings[p.ring] {
			q := e.peers[qi]
			if q.idx == p.idx {
				continue
			}
			for _, h := range e.peers {
				if h.honest() && h.online {
					e.observe(h, score.Observation{Peer: score.Address(q.addr), By: score.Address(p.addr), Kind: score.KindVouch, Pos: vouchPos})
				}
			}
			e.st.vouches++
		}
	}
	b := e.line(ev)
	e.log.end(logInt(b, "p", int64(p.idx)))
	if next := e.now + p.advSpec.VouchInterval.Micros(); next <= e.end {
		e.schedule(next, evVouch, p.idx, 0, 0)
	}
}
