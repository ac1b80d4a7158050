package bpe

import "fmt"

// Train learns a tokenizer of vocab tokens from text: the 256 bytes (ids
// 0–255, in byte order), then one token per merge. Each merge joins the
// adjacent pair of tokens that occurs most often in the text's words
// (counted with multiplicity), ties broken by the smaller left token id,
// then the smaller right one; training stops early when no pair occurs
// twice. Only the text and vocab decide the result: the same text gives
// the same tokenizer, bit for bit, on every machine.
//
// Its cost is O(merges · distinct words' bytes): a few seconds for a
// megabyte of text and a few thousand merges.
func Train(text []byte, vocab int) (*Tokenizer, error) {
	if vocab < 256 || vocab > VocabMax {
		return nil, fmt.Errorf("%w: vocabulary %d, want 256 to %d", ErrParams, vocab, VocabMax)
	}
	tokens := make([][]byte, 256, vocab)
	ids := map[string]int32{}
	for b := range tokens {
		tokens[b] = []byte{byte(b)}
		ids[string(tokens[b])] = int32(b)
	}
	// Distinct words, in order of first appearance, with their counts.
	index := map[string]int{}
	var words [][]int32
	var counts []int
	for _, w := range Split(text) {
		i, ok := index[string(w)]
		if !ok {
			i = len(words)
			index[string(w)] = i
			ids := make([]int32, len(w))
			for j, b := range w {
				ids[j] = int32(b)
			}
			words = append(words, ids)
			counts = append(counts, 0)
		}
		counts[i]++
	}
	var merges [][2][]byte
	pairs := map[[2]int32]int{}
	for len(tokens) < vocab && len(merges) < mergesMax {
		clear(pairs)
		for wi, w := range words {
			for i := 0; i+1 < len(w); i++ {
				pairs[[2]int32{w[i], w[i+1]}] += counts[wi]
			}
		}
		best, bestN := [2]int32{}, 1
		for p, n := range pairs {
			if n > bestN || (n == bestN && bestN > 1 && less(p, best)) {
				best, bestN = p, n
			}
		}
		if bestN < 2 {
			break
		}
		a, b := tokens[best[0]], tokens[best[1]]
		tok := append(append(make([]byte, 0, len(a)+len(b)), a...), b...)
		if len(tok) > TokenBytesMax {
			break
		}
		// Two pairs may spell the same bytes ("a"+"bc", "ab"+"c"): the
		// second merge then makes the existing token, as Hugging Face's
		// trainer does.
		c, ok := ids[string(tok)]
		if !ok {
			c = int32(len(tokens))
			ids[string(tok)] = c
			tokens = append(tokens, tok)
		}
		merges = append(merges, [2][]byte{a, b})
		for wi, w := range words {
			j := 0
			for i := 0; i < len(w); i++ {
				if i+1 < len(w) && w[i] == best[0] && w[i+1] == best[1] {
					w[j] = c
					i++
				} else {
					w[j] = w[i]
				}
				j++
			}
			words[wi] = w[:j]
		}
	}
	return build(tokens, merges)
}

func less(p, q [2]int32) bool { return p[0] < q[0] || (p[0] == q[0] && p[1] < q[1]) }
