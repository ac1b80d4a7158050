package allreduce

import (
	"bytes"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/trainmesh/trainmesh/mesh/allreduce/transcript"
)

// FuzzDecodeEvidence: an accusation's evidence comes from peers; any bytes
// either fail to decode or decode to evidence that encodes back to them.
func FuzzDecodeEvidence(f *testing.F) {
	a, _ := peer.Decode("12D3KooWLr1gYejUTeriAsSu6roR2aQ423G3Q4fFTqzqSwTsMz9n")
	b, _ := peer.Decode("12D3KooWSJq8uHJ7Hc3aPGuAfPGNfXMJfsKXJTwc2GEjGkeSbmKf")
	tr := transcript.Transcript{Ranks: 2, Rank: 0, Len: 3, Hops: make([]transcript.Hop, 2)}
	m := transcript.Mismatch{Pred: transcript.Statement{Transcript: tr, Sig: []byte{1}}, Succ: transcript.Statement{Transcript: tr, Input: []byte{2}}}
	f.Add(mismatchEvidence(7, a, b, m))
	f.Add(append([]byte{evidenceConviction}, "convicted"...))
	f.Add([]byte{evidenceMismatch, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0})
	f.Add([]byte{9})
	f.Fuzz(func(t *testing.T, in []byte) {
		e, err := decodeEvidence(in)
		if err != nil {
			return
		}
		var out []byte
		switch e.kind {
		case evidenceConviction:
			out = append([]byte{evidenceConviction}, e.conviction...)
		case evidenceMismatch:
			out = mismatchEvidence(e.op, e.pred, e.succ, e.mismatch)
		default:
			t.Fatalf("decoded evidence of kind %d", e.kind)
		}
		again, err := decodeEvidence(out)
		if err != nil || again.kind != e.kind || again.op != e.op || again.pred != e.pred || again.succ != e.succ ||
			!bytes.Equal(again.mismatch.Encode(), e.mismatch.Encode()) || !bytes.Equal(again.conviction, e.conviction) {
			t.Fatalf("evidence does not round-trip: %v", err)
		}
	})
}
