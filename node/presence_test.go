package node

import (
	"errors"
	"strings"
	"testing"
)

func TestPresenceRoundTrip(t *testing.T) {
	m := MsgPresence{Version: "v1.0.0", Addrs: []string{"/ip4/127.0.0.1/tcp/4001"}, Seq: 7}
	data, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodePresence(data)
	if err != nil || got.Version != m.Version || got.Seq != 7 || len(got.Addrs) != 1 {
		t.Fatalf("DecodePresence(Encode(m)) = %+v, %v", got, err)
	}
}

func TestPresenceRejects(t *testing.T) {
	tests := map[string]string{
		"not json":      "hello",
		"no version":    `{"addrs":[]}`,
		"bad addr":      `{"version":"v","addrs":["tcp:80"]}`,
		"long version":  `{"version":"` + strings.Repeat("v", 65) + `"}`,
		"many addrs":    `{"version":"v","addrs":[` + strings.Repeat(`"/ip4/1.2.3.4/tcp/1",`, 16) + `"/ip4/1.2.3.4/tcp/1"]}`,
		"oversized":     `{"version":"v","pad":"` + strings.Repeat("x", 5000) + `"}`,
		"negative seq":  `{"version":"v","seq":-1}`,
		"wrong type":    `{"version":1}`,
		"trailing data": `{"version":"v"} {}`,
	}
	for name, input := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := DecodePresence([]byte(input)); !errors.Is(err, ErrBadPresence) {
				t.Errorf("DecodePresence(%.40q) err = %v; want ErrBadPresence", input, err)
			}
		})
	}
}

func FuzzDecodePresence(f *testing.F) {
	f.Add([]byte(`{"version":"v1","addrs":["/ip4/127.0.0.1/tcp/1"],"seq":1}`))
	f.Add([]byte(`{"version":""}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodePresence(data)
		if err != nil {
			return
		}
		again, err := m.Encode()
		if err != nil {
			t.Fatalf("accepted message does not re-encode: %v", err)
		}
		if _, err := DecodePresence(again); err != nil {
			t.Fatalf("re-encoded message rejected: %v", err)
		}
	})
}
