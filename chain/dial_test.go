package chain

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/protocol"
)

// TestDial covers backend selection: the embedded chain by default, a
// JSON-RPC endpoint otherwise, and the errors a misconfiguration gets.
func TestDial(t *testing.T) {
	ctx := t.Context()
	key := identity.FromSeed([]byte("dial"))
	c, err := Dial(ctx, DefaultParams(), key)
	if err != nil {
		t.Fatal(err)
	}
	if c.Embedded() == nil {
		t.Fatal("an empty RPC URL did not select the embedded chain")
	}
	if bal, err := c.TokenBalance(ctx, key.Address()); err != nil || bal.Sign() == 0 {
		t.Fatalf("the embedded chain did not fund the key: %v, %v", bal, err)
	}
	c.Close()

	emb, err := StartEmbedded(ctx, EmbeddedParams{RPCAddr: "127.0.0.1:0", Fund: []common.Address{key.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	p := DefaultParams()
	p.RPCURL = emb.RPCURL()
	p.Settlement = emb.Addresses().Settlement
	p.Confirmations = 1
	p.PollInterval = 5 * time.Millisecond
	c, err = Dial(ctx, p, key)
	if err != nil {
		t.Fatal(err)
	}
	if c.Embedded() != nil {
		t.Fatal("an RPC URL selected the embedded chain")
	}
	if _, _, err := c.Deposit(ctx, JobSpec{Nonce: 1, GroupSize: 1, Steps: 1, Budget: tokens(1), SettleDeadline: time.Now().Add(time.Hour)}); err != nil {
		t.Fatalf("deposit over HTTP JSON-RPC: %v", err)
	}
	c.Close()

	bad := func(mutate func(*Params)) Params { q := p; mutate(&q); return q }
	for _, c := range []struct {
		name string
		p    Params
		want error
	}{
		{"another chain", bad(func(q *Params) { q.ChainID = 10 }), ErrWrongChain},
		{"no contract there", bad(func(q *Params) { q.Settlement = common.HexToAddress("0x1234") }), ErrNoContract},
		{"no contract address", bad(func(q *Params) { q.Settlement = common.Address{} }), ErrBadParams},
		{"not a URL scheme we speak", bad(func(q *Params) { q.RPCURL = "ftp://127.0.0.1" }), ErrBadParams},
		{"zero confirmations", bad(func(q *Params) { q.Confirmations = 0 }), ErrBadParams},
		{"no receipt timeout", bad(func(q *Params) { q.ReceiptTimeout = 0 }), ErrBadParams},
		{"a gas cap below a transfer", bad(func(q *Params) { q.GasLimitMax = 20_000 }), ErrBadParams},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Dial(ctx, c.p, key); !errors.Is(err, c.want) {
				t.Fatalf("Dial = %v; want %v", err, c.want)
			}
		})
	}
	if _, err := StartEmbedded(ctx, EmbeddedParams{RPCAddr: "0.0.0.0:0"}); !errors.Is(err, ErrBadParams) {
		t.Fatalf("an embedded chain serving all interfaces: %v", err)
	}
}

// TestSlashFaultClosedJob: a job closed without ever binding an award can
// still be slashed for with the poster-signed award.
func TestSlashFaultClosedJob(t *testing.T) {
	e := newEnv(t, simNet(t))
	w := e.workers
	e.tx(w[2].Stake(e.ctx, tokens(100)))
	id := e.deposit(1, 3, 10, tokens(30), 10*time.Second)
	e.advance(10*time.Second + e.cp.ClaimWindow)
	e.tx(e.poster.Refund(e.ctx, id))
	a := e.award(id, tokens(1), w[:3])
	f := protocol.FaultAttestation{JobID: protocol.Hash(id), Accused: protocol.Address(w[2].Address()), Fault: protocol.FaultGarbageData, Step: 2}
	q := e.faultQuorum(a, f, w[0], w[1])
	_, err := e.reporter.SlashFault(e.ctx, a, e.sign(e.outsider, a), f, q)
	wantRevert(t, err, "WrongSigner")
	e.tx(e.reporter.SlashFault(e.ctx, a, e.sign(e.poster, a), f, q))
	if j := e.job(id); j.Status != JobClosed || j.AwardHash != (common.Hash{}) {
		t.Fatalf("job after the slash: %+v", j)
	}
}

// TestBadInput: inputs that cannot be encoded are refused before anything
// is sent.
func TestBadInput(t *testing.T) {
	e := newEnv(t, simNet(t))
	c := e.poster
	for name, err := range map[string]error{
		"negative withdrawal": func() error { _, err := c.Withdraw(e.ctx, big.NewInt(-1)); return err }(),
		"nil unbond":          func() error { _, err := c.Unbond(e.ctx, nil); return err }(),
		"negative unbond":     func() error { _, err := c.Unbond(e.ctx, big.NewInt(-1)); return err }(),
		"zero budget":         func() error { _, _, err := c.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: 1, Steps: 1}); return err }(),
		"no deadline": func() error {
			_, _, err := c.Deposit(e.ctx, JobSpec{Nonce: 1, GroupSize: 1, Steps: 1, Budget: big.NewInt(1)})
			return err
		}(),
		"negative price": func() error {
			_, err := c.Settle(e.ctx, []Payout{{Award: protocol.Award{Winners: []protocol.Address{{1}}, Prices: []*big.Int{big.NewInt(-1)}}, Steps: []uint64{1}}})
			return err
		}(),
	} {
		if !errors.Is(err, ErrBadParams) {
			t.Errorf("%s: %v; want ErrBadParams", name, err)
		}
	}
}
