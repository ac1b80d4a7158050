package membership

import (
	"fmt"
	"strings"
)

// FaultKind numbers follow PROTOCOL.md's fault kinds.
type FaultKind uint8

// Fault kinds.
const (
	// FaultMissed: the member stopped answering (unreachable, dead, or past
	// its deadlines).
	FaultMissed FaultKind = 1
	// FaultGarbage: the member sent malformed data on the all-reduce.
	FaultGarbage FaultKind = 3
	// FaultDisputed: the member was one side of a garbage accusation
	// that nobody but the accuser could check (Blame drops both sides).
	// Not one of PROTOCOL.md's fault kinds: nothing is slashed for it.
	FaultDisputed FaultKind = 5
	// FaultFalseProof: the member accused another of garbage with
	// evidence that does not show it (Blame drops the accuser alone).
	// Not one of PROTOCOL.md's fault kinds either.
	FaultFalseProof FaultKind = 6
	// FaultSilence: the member lost a silence dispute (silence.go): it
	// was in disputes over missing chunks with two members that each
	// answered the coordinator, or it accused the same one again once
	// no ring order could keep them apart. Silence has honest causes
	// (a member whose links fail): nothing is slashed for it.
	FaultSilence FaultKind = 7
)

func (k FaultKind) String() string {
	switch k {
	case FaultMissed:
		return "stopped answering"
	case FaultGarbage:
		return "sent garbage"
	case FaultDisputed:
		return "in an unprovable dispute"
	case FaultFalseProof:
		return "showed false proof"
	case FaultSilence:
		return "lost a silence dispute"
	}
	return fmt.Sprintf("fault(%d)", uint8(k))
}

// Accusation is a member's report that a peer misbehaved on the ring. It is
// part of the control messages, hence the JSON tags.
type Accusation[P ID] struct {
	Peer   P         `json:"peer"`
	Kind   FaultKind `json:"kind"`
	Detail string    `json:"detail,omitempty"`
	// Evidence, for a garbage accusation, is what lets a third party
	// check it (the shell's format: mesh/allreduce's signed hop records,
	// a conviction); none for what cannot be shown (nothing arrived, an
	// unsigned malformed frame).
	Evidence []byte `json:"evidence,omitempty"`
	// Proven is set by the shell, never taken from the wire: Evidence
	// checked, or (for this member's own accusations) evidence this
	// member holds. A proven garbage accusation is permanent at its
	// accuser (it goes with every probe reply and join, and the accuser
	// runs in no ring with the accused), and it stands at any coordinator
	// (Blame). Evidence that the shell did not find proves it (not
	// Proven) is a false claim of proof, which drops the accuser.
	Proven bool `json:"-"`
}

// AccusationDetailMax bounds the text of an accusation.
const AccusationDetailMax = 300

// Claim is an accusation and the member that made it.
type Claim[P ID] struct {
	By P
	Accusation[P]
}

// Done records a completed operation.
type Done struct {
	Op       uint64 `json:"op"`
	Checksum uint64 `json:"checksum"`
	Members  int    `json:"members"`
}

// ProbeReply is a member's state as a coordinator needs it.
type ProbeReply[P ID] struct {
	Epoch uint64 `json:"epoch"`
	Op    uint64 `json:"op"`
	Done  *Done  `json:"done,omitempty"`
	// Ready, when set, is the operation this member is in, whose
	// all-gather it finished: it holds the complete result and was only
	// comparing checksums.
	Ready   *Done           `json:"ready,omitempty"`
	Accuse  []Accusation[P] `json:"accuse,omitempty"`
	Standby bool            `json:"standby,omitempty"`
	// Holding: one of this member's lanes held a chunk up (HoldsUp) in
	// the operation that broke. An accusation of missing chunks against
	// it then stands; against a member that answered without it, it is
	// a silence dispute (silence.go).
	Holding bool `json:"holding,omitempty"`
	// Rejoining: this member restarted while the group trained on and is
	// called back in as a standby is (MsgRestarted): while Standby, a
	// coordination with a seat free calls it in, before any standby.
	Rejoining bool `json:"rejoining,omitempty"`
}

// Decision is a coordinator's answer to a join: the view, or the member
// to ask instead, or why the group cannot go on.
type Decision[P ID] struct {
	View     *View[P] `json:"view,omitempty"`
	Redirect P        `json:"redirect,omitempty"`
	Err      string   `json:"err,omitempty"`
}

// View is one agreed membership of the group: a ring of Members (in award
// order) numbered Epoch, which runs operations from Op on.
type View[P ID] struct {
	Epoch   uint64 `json:"epoch"`
	Members []P    `json:"members"`
	// Op is the first operation the view runs: the one that failed (redo),
	// or the next one.
	Op uint64 `json:"op"`
	// Prev, when set, says that operation Op-1 completed at some member:
	// its checksum, so that members still inside it can finish it.
	Prev *Done `json:"prev,omitempty"`
	// Next, when set, is the view that takes over from operation Next.Op:
	// the same ring with standbys called in to restore the group's size.
	Next *View[P] `json:"next,omitempty"`
	// Dropped are the members of the previous view left out of this one,
	// and why.
	Dropped []Accusation[P] `json:"dropped,omitempty"`
	// Disputes are the pairs of members that accused one another (or
	// one the other) of missing chunks and were both kept (silence.go):
	// the ring keeps each pair apart where its size allows, and a member
	// in a second dispute is dropped.
	Disputes []Dispute[P] `json:"disputes,omitempty"`
}

// Clone returns a deep copy of v.
func (v View[P]) Clone() View[P] {
	c := v
	c.Members = append([]P(nil), v.Members...)
	c.Dropped = append([]Accusation[P](nil), v.Dropped...)
	c.Disputes = append([]Dispute[P](nil), v.Disputes...)
	if v.Prev != nil {
		p := *v.Prev
		c.Prev = &p
	}
	if v.Next != nil {
		n := v.Next.Clone()
		c.Next = &n
	}
	return c
}

// String describes a decision for logs and golden scripts.
func (d Decision[P]) String() string {
	switch {
	case d.Err != "":
		return "stop: " + d.Err
	case d.Redirect != "":
		return fmt.Sprintf("redirect to %v", d.Redirect)
	case d.View == nil:
		return "empty"
	}
	s := fmt.Sprintf("%d members from op %d", len(d.View.Members), d.View.Op)
	if len(d.View.Dropped) > 0 {
		s += ", dropped " + DescribeDropped(d.View.Dropped)
	}
	if d.View.Next != nil {
		s += fmt.Sprintf(", %d with standbys from op %d", len(d.View.Next.Members), d.View.Next.Op)
	}
	return s
}

// DescribeDropped lists dropped members and why, for logs.
func DescribeDropped[P ID](list []Accusation[P]) string {
	var b strings.Builder
	for i, a := range list {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v (%v)", a.Peer, a.Kind)
	}
	return b.String()
}

// Fault reports a member dropped from the ring, to the shell's OnFault.
type Fault[P ID] struct {
	Peer  P
	Kind  FaultKind
	Op    uint64 // the operation during which it was dropped
	Epoch uint64 // the view that dropped it
	// Detail is what the accuser saw.
	Detail string
}
