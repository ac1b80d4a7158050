package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/job"
)

// buildCheat builds the trainmesh binary with the test-only build tag
// `cheat` (train/cheat_on.go): a member that contributes what
// TRAINMESH_CHEAT says instead of its gradient. The life tests that need
// it share one build (it links the whole binary: tens of seconds on a
// loaded 2-core machine), made before the parallel tests start (so not
// while they compete for the CPU).
func buildCheat(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: not building the cheat binary")
	}
	cheatBin.once.Do(func() {
		dir, err := os.MkdirTemp("", "trainmesh-cheat-")
		if err != nil {
			cheatBin.err = err
			return
		}
		afterTests = append(afterTests, func() { os.RemoveAll(dir) })
		bin := filepath.Join(dir, "trainmesh-cheat")
		// Ten minutes: at a load average of 30 on 2 cores it took over five.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "build", "-tags", "cheat", "-o", bin, ".")
		if out, err := cmd.CombinedOutput(); err != nil {
			cheatBin.err = fmt.Errorf("go build -tags cheat: %v\n%s", err, out)
			return
		}
		cheatBin.path = bin
	})
	if cheatBin.err != nil {
		t.Fatal(cheatBin.err)
	}
	return cheatBin.path
}

var cheatBin struct {
	once sync.Once
	path string
	err  error
}

// cheatProvider starts a provider from the cheat binary, cheating as
// TRAINMESH_CHEAT=how, staked with stake tokens (the slash takes a share).
func (c *lifeChain) cheatProvider(t *testing.T, ctx context.Context, bin, how string, stake int64, boot []string) (*proc, *identity.Key, string) {
	t.Helper()
	dir, key := c.account(t, ctx, "cheater", stake)
	if _, err := c.client(t, ctx, key).Stake(ctx, big.NewInt(stake)); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"node", "--data-dir", dir, "--provide", "--vram", "24GiB", "--price-floor", "100", "--throughput", "50",
		"--receipt-resend", "1s", "--chunk-timeout", "3s", "--start-timeout", "20s", "--checkpoint-every", "0"}, localNodeFlags...)
	args = append(args, c.chainArgs()...)
	for _, b := range boot {
		args = append(args, "--bootstrap", b)
	}
	p := startBin(t, bin, []string{"TRAINMESH_CHEAT=" + how}, "cheater", args...)
	started := p.waitLog(ctx, "node started", nil)
	listen, _ := started["listen"].([]any)
	return p, key, fmt.Sprint(listen[0])
}

// TestLifeLazyMember: verified work across real processes on geth --dev.
// A provider built with `-tags cheat` contributes zeros from step 3 of
// 400 (receipts every 10 steps, every pair audited) in a group of three:
// enough steps that the conviction comes while they train (at 150, a
// quiet machine trained them all in 1.2 s, before it, and the convict
// was never expelled).
// Its ring neighbour recomputes its steps from what the members serve by
// hash and publishes evidence; the honest winners and the poster re-check
// and attest; the poster submits the quorum: the contract slashes the
// cheater (fault 2), which is credited nothing and cannot raise that with
// its receipts. The honest winners drop the convict from their ring while
// they train (job.TrainDrop, allreduce.Group.Expel); its training ends
// there, and the two survivors finish the job with one parameter hash and
// are paid in full.
func TestLifeLazyMember(t *testing.T) {
	bin := buildCheat(t)
	c, ctx := lifeTest(t)
	const stake, lazyFrom, steps = 1_000_000, 3, 400
	cheat, cheatKey, addr0 := c.cheatProvider(t, ctx, bin, fmt.Sprintf("lazy@%d", lazyFrom), stake, nil)
	p1, k1, addr1 := c.provider(t, ctx, "provider1", 200, []string{addr0})
	p2, k2, _ := c.provider(t, ctx, "provider2", 300, []string{addr0, addr1})
	procs, keys := []*proc{cheat, p1, p2}, []*identity.Key{cheatKey, k1, k2}
	for i, p := range procs {
		for j := range procs {
			if i != j {
				peer := mustPeerOf(t, keys[j])
				p.waitLog(ctx, "peer seen", func(l map[string]any) bool { return l["peer"] == peer })
			}
		}
	}
	before := map[int]*big.Int{}
	for i, k := range keys {
		before[i] = c.tokens(t, ctx, k.Address())
	}
	posterDir, _ := c.account(t, ctx, "poster", 10_000_000)
	jobFile := lifeJob(t, 3, steps, 10, "1h")
	f, err := os.OpenFile(jobFile, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "audit-bps = 10000")
	f.Close()
	sub := c.submit(t, posterDir, jobFile, []string{addr0, addr1})
	slashed := sub.waitLog(ctx, "job: slashed", nil)
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	t.Logf("slash: %v", slashed["text"])
	for _, l := range sub.logs.All(func(l map[string]any) bool {
		m := fmt.Sprint(l["msg"])
		return strings.HasPrefix(m, "job: settle") || strings.HasPrefix(m, "job: convict") || strings.Contains(fmt.Sprint(l["text"]), "credit")
	}) {
		t.Logf("poster: %v %v", l["msg"], l["text"])
	}
	rec, award := c.posterRecord(t, posterDir)
	for _, k := range keys {
		if indexOf(award.Winners, k.Address()) < 0 {
			t.Fatalf("award: winners %v; want all three providers", award.Winners)
		}
	}
	st, err := c.deployer.StakeOf(ctx, cheatKey.Address())
	if err != nil {
		t.Fatal(err)
	}
	cut := new(big.Int).Div(new(big.Int).Mul(big.NewInt(stake), big.NewInt(int64(c.cp.FaultSlashBps))), big.NewInt(10_000))
	wantBalance(t, "the cheater's stake", st.Active, new(big.Int).Sub(big.NewInt(stake), cut))
	// The convict was dropped from the ring while the group trained: the
	// honest members report it gone for its conviction, its own training
	// ended there, and the survivors trained to the end with one hash.
	end := cheat.waitLog(ctx, "job: trained", nil)
	if e := fmt.Sprint(end["err"]); !strings.Contains(e, "dropped from the group") || !strings.Contains(e, "expelled") {
		t.Errorf("the convict's training ended with %q; want it dropped from the group, expelled", e)
	}
	var models []string
	for _, p := range []*proc{p1, p2} {
		left := p.waitLog(ctx, "job: a member left the ring", nil)
		if f := fmt.Sprint(left["fault"]); !strings.Contains(f, "expelled: convicted of faulty work") {
			t.Errorf("%s: a member left the ring: %s; want the convict expelled", p.name, f)
		}
		done := p.waitLog(ctx, "job: trained", func(l map[string]any) bool {
			return strings.HasPrefix(fmt.Sprint(l["text"]), fmt.Sprintf("trained %d steps; serving the model", steps))
		})
		models = append(models, fmt.Sprint(done["text"]))
	}
	if models[0] != models[1] {
		t.Errorf("the survivors ended apart: %q, %q", models[0], models[1])
	}
	t.Logf("survivors: %s; convict: %v", models[0], end["err"])
	// The honest winners are paid every step and, having verified each
	// other (no standby; every pair audited here), each audit it made
	// from the verification budget; the cheater nothing (a convict of a
	// wrong result is credited 0; its own challenge with its receipts is
	// refused).
	for i := range keys {
		idx := indexOf(award.Winners, keys[i].Address())
		wd := procs[i].waitLog(ctx, "job: withdrawn", nil)
		t.Logf("provider %d: %v", i, wd["text"])
		want := rec.Credits[idx]
		if i == 0 && want != 0 {
			t.Errorf("the convict is credited %d; want 0", want)
		}
		if bound := uint64(job.AuditBound(3, steps, 10_000)); i > 0 && (want < steps || want > steps+bound) {
			t.Errorf("honest provider %d credited %d; want its %d steps and at most %d audits", i, want, steps, bound)
		}
		_, net := pay(award.PriceOf(idx), want, c.cp.FeeBps)
		if got := new(big.Int).Sub(c.tokens(t, ctx, keys[i].Address()), before[i]); got.Cmp(net) != 0 {
			t.Errorf("provider %d was paid %v; want %v", i, got, net)
		}
	}
	for _, l := range sub.logs.All(logMatch("job: audit", nil)) {
		text := strings.ToLower(fmt.Sprint(l["text"]))
		for _, k := range keys[1:] {
			if strings.Contains(text, "verified "+strings.ToLower(k.Address().Hex()[:10])) && !strings.HasSuffix(text, "ok") {
				t.Errorf("an audit of an honest winner: %s", text)
			}
		}
	}
}

// TestLifeTamperer: as TestLifeLazyMember, but the cheater (a real
// process of the cheat-tagged binary, TRAINMESH_CHEAT=tamper@5) computes
// its honest gradient and, from ring operation 5, adds 1 to one element of
// the partial sum it forwards, signing the hop as it sent it: the ring
// completes and every checksum agrees. An audit checks its hops against
// its recomputed contribution and its predecessor's signed segments and
// names it; the others re-check the fault-4 evidence and attest; the
// contract slashes it, it is credited nothing, and the honest winners
// finish the job with one parameter hash.
func TestLifeTamperer(t *testing.T) {
	bin := buildCheat(t)
	c, ctx := lifeTest(t)
	const stake, steps = 1_000_000, 60
	cheat, cheatKey, addr0 := c.cheatProvider(t, ctx, bin, "tamper@5", stake, nil)
	p1, k1, addr1 := c.provider(t, ctx, "provider1", 200, []string{addr0})
	p2, k2, _ := c.provider(t, ctx, "provider2", 300, []string{addr0, addr1})
	procs, keys := []*proc{cheat, p1, p2}, []*identity.Key{cheatKey, k1, k2}
	for i, p := range procs {
		for j := range procs {
			if i != j {
				peer := mustPeerOf(t, keys[j])
				p.waitLog(ctx, "peer seen", func(l map[string]any) bool { return l["peer"] == peer })
			}
		}
	}
	posterDir, _ := c.account(t, ctx, "poster", 10_000_000)
	jobFile := lifeJob(t, 3, steps, 10, "1h")
	f, err := os.OpenFile(jobFile, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "audit-bps = 10000")
	f.Close()
	sub := c.submit(t, posterDir, jobFile, []string{addr0, addr1})
	slashed := sub.waitLog(ctx, "job: slashed", nil)
	if err := sub.waitExit(ctx); err != nil {
		t.Fatalf("submit: %v\n%s", err, sub.dump())
	}
	t.Logf("slash: %v", slashed["text"])
	convicted := sub.logs.All(func(l map[string]any) bool { return strings.Contains(fmt.Sprint(l["text"]), "convicted of") })
	if len(convicted) == 0 {
		t.Fatalf("the poster logged no conviction")
	}
	short := strings.ToLower(cheatKey.Address().Hex()[:10])
	for _, l := range convicted {
		text := strings.ToLower(fmt.Sprint(l["text"]))
		if !strings.Contains(text, "tampered all-reduce") || !strings.Contains(text, short) {
			t.Errorf("conviction %q; want the tamperer %s convicted of a tampered all-reduce", text, short)
		}
	}
	rec, award := c.posterRecord(t, posterDir)
	if idx := indexOf(award.Winners, cheatKey.Address()); idx < 0 || rec.Credits[idx] != 0 {
		t.Errorf("the tamperer (winner %d) credited %v; want 0", idx, rec.Credits)
	}
	st, err := c.deployer.StakeOf(ctx, cheatKey.Address())
	if err != nil {
		t.Fatal(err)
	}
	cut := new(big.Int).Div(new(big.Int).Mul(big.NewInt(stake), big.NewInt(int64(c.cp.FaultSlashBps))), big.NewInt(10_000))
	wantBalance(t, "the tamperer's stake", st.Active, new(big.Int).Sub(big.NewInt(stake), cut))
	for _, k := range keys[1:] {
		if idx := indexOf(award.Winners, k.Address()); idx < 0 || rec.Credits[idx] < steps {
			t.Errorf("honest winner %s credited %v; want its %d steps", k.Address().Hex()[:10], rec.Credits, steps)
		}
	}
}
