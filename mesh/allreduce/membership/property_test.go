package membership

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestAgreementUnderRandomFailures runs many random groups: members die,
// accuse each other (truly or not), see their ring break at random times,
// and the network delivers messages in a random order. Whatever happens,
// every ring adopted keeps the quorum, no member adopts a view without
// itself, the messages settle, with a majority quorum no epoch has two
// different rings that could both run (each adopted by all its members),
// and standbys are planned in at join points only (Spec.JoinPoint, set in
// half the groups).
//
// One epoch can have two rings: a member that accuses the first in ring
// order skips it and coordinates the epoch itself, and if its probe reaches
// the first before that one adopted its own decision, it does not defer.
// Then at most one of the rings runs; the other's members never link it
// (the view digest in every lane's hello differs) and break it at link-up.
func TestAgreementUnderRandomFailures(t *testing.T) {
	for seed := range uint64(300) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 1))
			checkRandomGroup(t, rng)
		})
	}
}

func checkRandomGroup(t *testing.T, rng *rand.Rand) {
	n, ns := 2+rng.IntN(6), rng.IntN(3)
	var c cluster
	c.m = map[name]*Machine[name]{}
	c.dead = map[name]bool{}
	c.requests = map[uint64]envelope{}
	spec := Spec[name]{Quorum: 1 + rng.IntN(n)}
	for i := range n {
		spec.Members = append(spec.Members, name(fmt.Sprintf("m%d", i)))
	}
	for i := range ns {
		spec.Standbys = append(spec.Standbys, name(fmt.Sprintf("s%d", i)))
	}
	if rng.IntN(2) == 0 {
		// Compressed DiLoCo's schedule: odd operations are an outer
		// step's values, no join point.
		spec.JoinPoint = func(op uint64) bool { return op%2 == 0 }
	}
	c.names = append(slices.Clone(spec.Members), spec.Standbys...)
	for _, p := range c.names {
		c.m[p] = New(spec, p, Params{ViewTimeoutNs: 1_000})
	}
	// adopted[epoch][ring] are the members that adopted that ring.
	adopted := map[uint64]map[string]map[name]bool{}
	rings := map[string][]name{}
	check := func() {
		for _, p := range c.names {
			v := c.m[p].view
			if v.Epoch == 0 {
				continue
			}
			if !c.m[p].excluded && !c.m[p].standby && !slices.Contains(v.Members, p) {
				t.Fatalf("%s adopted epoch %d without itself: %v", p, v.Epoch, v.Members)
			}
			if len(v.Members) < spec.Quorum {
				t.Fatalf("%s adopted epoch %d: ring %v below the quorum %d", p, v.Epoch, v.Members, spec.Quorum)
			}
			if v.Next != nil && !spec.joinable(v.Next.Op) {
				t.Fatalf("%s adopted epoch %d, which plans standbys in at operation %d, no join point", p, v.Epoch, v.Next.Op)
			}
			key := fmt.Sprint(v.Members)
			rings[key] = v.Members
			if adopted[v.Epoch] == nil {
				adopted[v.Epoch] = map[string]map[name]bool{}
			}
			if adopted[v.Epoch][key] == nil {
				adopted[v.Epoch][key] = map[name]bool{}
			}
			adopted[v.Epoch][key][p] = true
		}
	}
	// No member of the award is told that the ring runs another
	// operation than its own: nobody runs operations here, so every
	// view's operation is each member's. (A called-in standby is planned
	// in from the operation after the view's, which no member runs here;
	// the ring, re-formed, runs the view's operation.)
	checkOut := func() {
		for _, l := range strings.Split(c.out.String(), "\n") {
			if strings.HasPrefix(l, "  m") && strings.Contains(l, "outcome diverged") {
				t.Fatalf("a member diverged:\n%s", c.out.String())
			}
		}
		c.out.Reset()
	}
	now := int64(0)
	for round := range 6 {
		// Faults: a member dies, or someone accuses someone.
		switch rng.IntN(4) {
		case 0:
			c.dead[c.names[rng.IntN(len(c.names))]] = true
		case 1:
			by, who := c.names[rng.IntN(len(c.names))], c.names[rng.IntN(len(c.names))]
			kind := FaultMissed
			if rng.IntN(4) == 0 {
				kind = FaultGarbage
			}
			c.m[by].Step(now, Message[name]{Type: MsgAccuse, Accuse: []Accusation[name]{{Peer: who, Kind: kind}}, Holding: rng.IntN(3) == 0})
			c.quiet(by)
		case 2:
			// A conviction (node's Group.Expel): one member proves that
			// another sent garbage, and the others learn it in turn, in
			// a random order, some between deliveries.
			who := c.names[rng.IntN(len(c.names))]
			for _, by := range c.names {
				if by != who && rng.IntN(2) == 0 {
					c.m[by].Step(now, Message[name]{Type: MsgAccuse, Accuse: []Accusation[name]{{Peer: who, Kind: FaultGarbage, Detail: "expelled", Proven: true}}})
					c.m[by].Step(now, Message[name]{Type: MsgBroken, Epoch: c.m[by].view.Epoch})
					c.quiet(by)
				}
			}
		}
		// Some live members see the ring break and need a view.
		for _, p := range c.names {
			if c.dead[p] || rng.IntN(2) == 0 {
				continue
			}
			m := c.m[p]
			m.Step(now, Message[name]{Type: MsgBroken, Epoch: m.view.Epoch})
			m.Step(now, Message[name]{Type: MsgNeedView, Op: m.nextOp})
			c.quiet(p)
		}
		// Deliver in a random order, bounded.
		for i := 0; len(c.queue) > 0; i++ {
			if i > 10_000 {
				t.Fatalf("round %d: messages do not settle", round)
			}
			k := rng.IntN(len(c.queue))
			e := c.queue[k]
			c.queue = slices.Delete(c.queue, k, k+1)
			c.deliver(now, e)
			checkOut()
			check()
		}
		now += 2_000 // past every deadline: pending joins end
		for _, p := range c.names {
			c.m[p].Tick(now)
			c.quiet(p)
		}
		for len(c.queue) > 0 {
			e := c.queue[0]
			c.queue = c.queue[1:]
			c.deliver(now, e)
			checkOut()
		}
		check()
	}
	if 2*spec.Quorum <= n {
		return // a minority quorum lets disjoint rings go on (PROTOCOL.md)
	}
	for e, byRing := range adopted {
		var runnable []string
		for key, by := range byRing {
			all := true
			for _, m := range rings[key] {
				all = all && by[m]
			}
			if all {
				runnable = append(runnable, key)
			}
		}
		if len(runnable) > 1 {
			t.Errorf("epoch %d: rings %v could each run", e, runnable)
		}
	}
}

// quiet drains p's Ready like drain, without printing.
func (c *cluster) quiet(p name) {
	c.drain(p)
	c.out.Reset()
}

// TestBlameNeedsProofOfGarbage: whatever the accusations, a member that
// answered the probe and is accused of nothing but unproven garbage is
// never dropped alone: one of its accusers goes with it (or, dropped as
// an accuser, the member it accused goes too); a member that shows false
// proof is dropped as such, and its word drops no one; a proven
// convict's accusations drop no one; a proven garbage accusation always
// drops its target.
func TestBlameNeedsProofOfGarbage(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 16))
	for range 2000 {
		n := 2 + rng.IntN(6)
		var ps []name
		for i := range n {
			ps = append(ps, name(fmt.Sprintf("m%d", i)))
		}
		answered := map[name]bool{}
		for _, p := range ps {
			answered[p] = rng.IntN(5) > 0
		}
		var claims []Claim[name]
		for range rng.IntN(2 * n) {
			c := Claim[name]{By: ps[rng.IntN(n)], Accusation: Accusation[name]{Peer: ps[rng.IntN(n)], Kind: FaultMissed}}
			if rng.IntN(2) == 0 {
				c.Kind, c.Proven = FaultGarbage, rng.IntN(3) == 0
				if c.Proven || rng.IntN(3) == 0 {
					c.Evidence = []byte{1} // shown, or a false proof
				}
			}
			claims = append(claims, c)
		}
		out := Blame(claims, func(p name) bool { return answered[p] })
		convict := map[name]bool{}
		for _, c := range claims {
			if c.Kind == FaultGarbage && c.Proven && c.By != c.Peer {
				convict[c.Peer] = true
				if a, ok := out[c.Peer]; !ok || a.Kind != FaultGarbage {
					t.Fatalf("claims %v: proven garbage of %s not dropped as garbage: %v", claims, c.Peer, out)
				}
			}
		}
		// Who showed false proof: dropped as such, its word worthless.
		liar := map[name]bool{}
		for _, c := range claims {
			if c.Kind == FaultGarbage && !c.Proven && len(c.Evidence) > 0 && c.By != c.Peer && !convict[c.By] {
				liar[c.By] = true
				if a := out[c.By]; a.Kind != FaultFalseProof {
					t.Fatalf("claims %v: %s showed false proof, dropped as %v", claims, c.By, a)
				}
			}
		}
		for p, a := range out {
			if convict[p] || liar[p] || !answered[p] {
				continue
			}
			missed, partner := false, false
			for _, c := range claims {
				if c.By == p && c.Peer != p && c.Kind == FaultGarbage && !c.Proven && len(c.Evidence) == 0 {
					// p's own accusation it cannot show: the other side
					// goes too (or is gone).
					_, dropped := out[c.Peer]
					partner = partner || dropped
				}
				if c.Peer != p || c.By == p || convict[c.By] || liar[c.By] {
					continue
				}
				switch {
				case c.Kind == FaultMissed:
					missed = true
				case c.Kind == FaultGarbage && !c.Proven && len(c.Evidence) == 0:
					_, dropped := out[c.By]
					partner = partner || dropped
				}
			}
			if !missed && !partner {
				t.Fatalf("claims %v, answered %v: %s dropped (%v) on unproven garbage, with no accuser dropped", claims, answered, p, a)
			}
		}
	}
}
