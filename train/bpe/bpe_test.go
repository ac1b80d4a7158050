package bpe

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
)

func opticks(t testing.TB) []byte {
	t.Helper()
	f, err := os.Open("../corpus/opticks.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSplitMatchesGPT2: the hand-written pre-tokenizer cuts as GPT-2's
// regular expression does. The expected words were produced by Python's
// regex module with the pattern in Split's comment (findall).
func TestSplitMatchesGPT2(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hello world", []string{"Hello", " world"}},
		{"don't  stop\n\nnow 42x", []string{"don", "'t", " ", " stop", "\n", "\n", "now", " 42", "x"}},
		{"  leading", []string{" ", " leading"}},
		{"trailing  ", []string{"trailing", "  "}},
		{"a\tb \t c", []string{"a", "\t", "b", " \t", " c"}},
		{"É l'été 2024!!", []string{"É", " l", "'", "été", " 2024", "!!"}},
		{"x  \ny", []string{"x", "  ", "\n", "y"}},
		{"'s 'S''t", []string{"'s", " '", "S", "''", "t"}},
		{"½ ⅓ 3.14", []string{"½", " ⅓", " 3", ".", "14"}},
		{"tab\t\tword", []string{"tab", "\t", "\t", "word"}},
		{" \n word", []string{" \n", " word"}},
		{"日本語 テキスト", []string{"日本語", " テキスト"}},
		{"a  b", []string{"a", " ", " b"}},
		{"!!! ??", []string{"!!!", " ??"}},
	} {
		var got []string
		for _, w := range Split([]byte(tc.in)) {
			got = append(got, string(w))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Split(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// The whole Opticks excerpt: word count and sha256 of the words joined
	// by NUL, from the same Python run.
	words := Split(opticks(t))
	h := sha256.Sum256(bytes.Join(words, []byte{0}))
	if len(words) != 27250 || hex.EncodeToString(h[:]) != "c1899ec20068b076198d95a0388fddada473157396eac899ecbb42347bbee101" {
		t.Errorf("Opticks: %d words, hash %x; GPT-2's pattern gives 27250, c1899ec2…", len(words), h[:4])
	}
}

// randomBytes mixes ASCII words, spaces, UTF-8 and invalid bytes.
func randomBytes(r *rand.Rand) []byte {
	parts := []string{"the", " ", "  ", "\n", "'s", "'ll", "é", "日本", "42", "!?", "\xff", "\xe2\x82", "Ġ", "\t"}
	var b []byte
	for n := r.IntN(40); n > 0; n-- {
		if r.IntN(4) == 0 {
			b = append(b, byte(r.IntN(256)))
		} else {
			b = append(b, parts[r.IntN(len(parts))]...)
		}
	}
	return b
}

// TestRoundTrip: for every byte string, the words concatenate to it and
// Decode(Encode(x)) == x, for a trained tokenizer and its reload from
// tokenizer.json.
func TestRoundTrip(t *testing.T) {
	tok, err := Train(opticks(t), 600)
	if err != nil {
		t.Fatal(err)
	}
	re, err := LoadHF(tok.MarshalHF())
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		x := randomBytes(r)
		if got := bytes.Join(Split(x), nil); !bytes.Equal(got, x) {
			t.Fatalf("Split(%q) joins to %q", x, got)
		}
		for _, tk := range []*Tokenizer{tok, re} {
			ids := tk.Encode(x)
			back, err := tk.Decode(ids)
			if err != nil || !bytes.Equal(back, x) {
				t.Fatalf("Decode(Encode(%q)) = %q, %v", x, back, err)
			}
		}
		if a, b := tok.Encode(x), re.Encode(x); !reflect.DeepEqual(a, b) {
			t.Fatalf("reloaded tokenizer encodes %q as %v, trained %v", x, b, a)
		}
	}
}

// TestTrain: deterministic, byte tokens first, compresses the text, and
// the reload names the same hash.
func TestTrain(t *testing.T) {
	text := opticks(t)
	a, err := Train(text, 512)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(text, 512)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() || a.Len() != 512 {
		t.Fatalf("two trainings differ (%x, %x) or vocabulary %d != 512", a.Hash(), b.Hash(), a.Len())
	}
	for i := 0; i < 256; i++ {
		if tok, _ := a.Token(int32(i)); len(tok) != 1 || tok[0] != byte(i) {
			t.Fatalf("token %d is %q", i, tok)
		}
	}
	ids := a.Encode(text)
	t.Logf("Opticks: %d bytes → %d tokens (%.2f bytes a token) with 512 tokens", len(text), len(ids), float64(len(text))/float64(len(ids)))
	if len(ids) > len(text)*2/3 {
		t.Errorf("%d tokens for %d bytes: no compression", len(ids), len(text))
	}
	re, err := LoadHF(a.MarshalHF())
	if err != nil {
		t.Fatal(err)
	}
	if re.Hash() != a.Hash() {
		t.Fatal("reload changes the hash")
	}
	if _, err := Train(text, 255); !errors.Is(err, ErrParams) {
		t.Fatalf("vocabulary 255: %v", err)
	}
}

// TestTrainTieBreak: equal counts merge the pair with the smaller left id,
// then the smaller right id.
func TestTrainTieBreak(t *testing.T) {
	// "ab" and "cd" occur twice each; 'a' < 'c', so "ab" is merged first.
	tok, err := Train([]byte("cd\nab\ncd\nab"), 257)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := tok.Token(256); string(got) != "ab" {
		t.Fatalf("first merge makes %q, want \"ab\"", got)
	}
	// Nothing occurs twice: training stops at the bytes.
	tok, err = Train([]byte("abc"), 300)
	if err != nil || tok.Len() != 256 {
		t.Fatalf("%v, %d tokens", err, tok.Len())
	}
}

// gpt2Like is a tokenizer.json in GPT-2's exact layout (keys, pre-
// tokenizer, decoder, post-processor, added <|endoftext|>) over a tiny
// vocabulary: the 256 bytes, "Ġt", "he", "Ġthe" and the special token.
func gpt2Like() []byte {
	var vocab bytes.Buffer
	vocab.WriteString("{")
	for b := 0; b < 256; b++ {
		s, _ := jsonString(toHF([]byte{byte(b)}))
		vocab.WriteString(s + ":" + itoa(b) + ",")
	}
	vocab.WriteString(`"Ġt":256,"he":257,"Ġthe":258,"<|endoftext|>":259}`)
	return []byte(`{"version":"1.0","truncation":null,"padding":null,
"added_tokens":[{"id":259,"content":"<|endoftext|>","single_word":false,"lstrip":false,"rstrip":false,"normalized":true,"special":true}],
"normalizer":null,
"pre_tokenizer":{"type":"ByteLevel","add_prefix_space":false,"trim_offsets":true,"use_regex":true},
"post_processor":{"type":"ByteLevel","add_prefix_space":true,"trim_offsets":false,"use_regex":true},
"decoder":{"type":"ByteLevel","add_prefix_space":true,"trim_offsets":true,"use_regex":true},
"model":{"type":"BPE","dropout":null,"unk_token":null,"continuing_subword_prefix":"","end_of_word_suffix":"","fuse_unk":false,"byte_fallback":false,"ignore_merges":false,
"vocab":` + vocab.String() + `,"merges":["Ġ t",["h","e"],"Ġt he","<|endoftext| >"]}}`)
}

func jsonString(s string) (string, error) {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String(), nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

func TestLoadHF(t *testing.T) {
	f := gpt2Like()
	// The last merge joins tokens that are not in the vocabulary.
	if _, err := LoadHF(f); !errors.Is(err, ErrFormat) {
		t.Fatalf("bad merge: %v", err)
	}
	f = bytes.Replace(f, []byte(`,"<|endoftext| >"]`), []byte(`]`), 1)
	tok, err := LoadHF(f)
	if err != nil {
		t.Fatal(err)
	}
	ids := tok.Encode([]byte("the the"))
	if want := []int32{'t', 257, 258}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("Encode(\"the the\") = %v, want %v", ids, want)
	}
	for _, bad := range []struct {
		name, old, new string
		want           error
	}{
		{"wordpiece", `"type":"BPE"`, `"type":"WordPiece"`, ErrUnsupported},
		{"prefix space", `"add_prefix_space":false`, `"add_prefix_space":true`, ErrUnsupported},
		{"no regex", `"use_regex":true},
"post`, `"use_regex":false},
"post`, ErrUnsupported},
		{"normalizer", `"normalizer":null`, `"normalizer":{"type":"NFC"}`, ErrUnsupported},
		{"dropout", `"dropout":null`, `"dropout":0.1`, ErrUnsupported},
		{"subword prefix", `"continuing_subword_prefix":""`, `"continuing_subword_prefix":"##"`, ErrUnsupported},
		{"gap in ids", `"Ġthe":258`, `"Ġthe":300`, ErrFormat},
		{"missing byte", `"A":65`, `"zz":65`, ErrFormat},
		{"added token elsewhere", `{"id":259,"content":"<|endoftext|>"`, `{"id":258,"content":"<|endoftext|>"`, ErrUnsupported},
		{"merge triple", `"Ġt he"`, `"Ġ t he"`, ErrFormat},
		{"not json", `{"version"`, `["version"`, ErrFormat},
	} {
		g := bytes.Replace(f, []byte(bad.old), []byte(bad.new), 1)
		if bytes.Equal(g, f) {
			t.Fatalf("%s: edit did not apply", bad.name)
		}
		if _, err := LoadHF(g); !errors.Is(err, bad.want) {
			t.Errorf("%s: %v, want %v", bad.name, err, bad.want)
		}
	}
}

// FuzzLoadHF: a tokenizer.json from anywhere never panics, and what loads
// round-trips text and re-marshals to a file that loads to the same hash.
func FuzzLoadHF(f *testing.F) {
	good := bytes.Replace(gpt2Like(), []byte(`,"<|endoftext| >"]`), []byte(`]`), 1)
	f.Add(good)
	small, _ := Train([]byte("the cat sat on the mat, the cat"), 264)
	f.Add(small.MarshalHF())
	f.Add([]byte(`{"model":{"vocab":{},"merges":[]}}`))
	f.Add([]byte(`{"model":{"type":"BPE","vocab":{"a":0},"merges":[["a","a"]]},"pre_tokenizer":{"type":"ByteLevel","use_regex":true}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tok, err := LoadHF(data)
		if err != nil {
			return
		}
		x := []byte("the cat's 42 \xff mat\n\n")
		if back, err := tok.Decode(tok.Encode(x)); err != nil || !bytes.Equal(back, x) {
			t.Fatalf("round trip: %q, %v", back, err)
		}
		re, err := LoadHF(tok.MarshalHF())
		if err != nil || re.Hash() != tok.Hash() {
			t.Fatalf("re-marshal: %v", err)
		}
	})
}
