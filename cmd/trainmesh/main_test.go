package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trainmesh/trainmesh/identity"
	"github.com/trainmesh/trainmesh/mesh"
)

// envRunAsMain makes the test binary behave as the trainmesh binary, so the
// process tests run the real main without a separate go build.
const envRunAsMain = "TRAINMESH_TEST_RUN_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(envRunAsMain) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	// No test may inherit the developer's settings.
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "TRAINMESH_") {
			os.Unsetenv(strings.SplitN(kv, "=", 2)[0])
		}
	}
	code := m.Run()
	for _, f := range afterTests {
		f()
	}
	os.Exit(code)
}

// afterTests are run once every test has (stopping shared servers).
var afterTests []func()

// runCLI runs the command line in-process and returns exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, nil, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfg := writeFile(t, dir, "node.toml", `
data-dir = "/from/file"
[log]
level = "warn"
[mesh]
listen = ["/ip4/127.0.0.1/tcp/1"]
conns-high = 500
mdns = false
`)
	const (
		fileAddr = "/ip4/127.0.0.1/tcp/1"
		envAddr  = "/ip4/127.0.0.1/tcp/2"
		flagAddr = "/ip4/127.0.0.1/tcp/3"
	)
	tests := []struct {
		name string
		env  string
		args []string
		want []string
	}{
		{"default", "", []string{"node"}, mesh.DefaultParams().ListenAddrs},
		{"file over default", "", []string{"--config", cfg, "node"}, []string{fileAddr}},
		{"env over file", envAddr, []string{"--config", cfg, "node"}, []string{envAddr}},
		{"flag over env", envAddr, []string{"--config", cfg, "node", "--listen", flagAddr}, []string{flagAddr}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("TRAINMESH_LISTEN", tt.env)
			}
			c, _, err := parse(tt.args, io.Discard, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Node.Mesh.Listen; !slices.Equal(got, tt.want) {
				t.Errorf("listen = %v; want %v", got, tt.want)
			}
		})
	}
	c, _, err := parse([]string{"--config", cfg, "node"}, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if c.Node.DataDir != "/from/file" || c.LogLevel != "warn" || c.Node.Mesh.ConnsHigh != 500 || c.Node.Mesh.MDNS {
		t.Errorf("file settings not applied: data-dir %q, log level %q, conns-high %d, mdns %v",
			c.Node.DataDir, c.LogLevel, c.Node.Mesh.ConnsHigh, c.Node.Mesh.MDNS)
	}
	p := c.Node.Mesh.params()
	if err := p.Validate(); err != nil {
		t.Errorf("params from file do not validate: %v", err)
	}
}

func TestBadConfigIsOneClearLine(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content, want string
	}{
		{"syntax", "[mesh\nlisten = 1", "config"},
		{"unknown key", "[mesh]\nlisen = [\"/ip4/127.0.0.1/tcp/1\"]", "unknown setting mesh.lisen"},
		{"wrong type", "[mesh]\nconns-high = \"many\"", `key "conns-high" in section [mesh] wants a whole number, not the string "many"`},
		{"list of numbers", "[mesh]\nlisten = [5]", `key "listen" in section [mesh] wants a list of strings, such as ["a", "b"], not the list [5]`},
		{"string for a list", "[mesh]\nbootstrap = 7", `key "bootstrap" in section [mesh] wants a list of strings`},
		{"string for a bool", "[mesh]\nmdns = \"yes\"", `key "mdns" in section [mesh] wants true or false, not the string "yes"`},
		{"number for a duration", "[jobs]\nchain-poll = 5", `key "chain-poll" in section [jobs] wants a duration in quotes, such as "30s" or "2m", not the number 5`},
		{"bad duration", "[jobs]\nchain-poll = \"soon\"", `key "chain-poll" in section [jobs] wants a duration`},
		{"top-level key", "data-dir = true", `key "data-dir" in the top level wants a string in quotes, not the boolean true`}, // read by key show below
		{"not in the enum", "[mesh]\nsecurity = \"plain\"", `key "security" in section [mesh] wants one of "tls", "noise", not the string "plain"`},
		{"negative count", "[chain]\nconfirmations = -1", `key "confirmations" in section [chain] wants a whole number, 0 or more, not the number -1`},
		{"nested section", "[log]\nlevel = 3", `key "level" in section [log] wants one of "debug", "info", "warn", "error", not the number 3`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := writeFile(t, dir, tt.name+".toml", tt.content)
			args := []string{"--config", cfg, "node", "--data-dir", t.TempDir()}
			if strings.HasPrefix(tt.content, "data-dir") {
				args = []string{"--config", cfg, "key", "show"}
			}
			code, _, stderr := runCLI(t, args...)
			if code != 2 {
				t.Errorf("exit code %d; want 2", code)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "trainmesh: ") || !strings.Contains(lines[0], tt.want) {
				t.Errorf("stderr %q; want one line, a trainmesh error naming %q", stderr, tt.want)
			}
		})
	}
	// A whole number is taken where an amount is wanted as a string.
	cfg := writeFile(t, dir, "floor.toml", "[provider]\nprice-floor = 300\n[mesh]\nlisten = [\"/ip4/127.0.0.1/tcp/1\"]")
	if c, _, err := parse([]string{"--config", cfg, "node"}, io.Discard, io.Discard); err != nil || c.Node.Provider.PriceFloor != "300" {
		t.Errorf("price-floor = 300: %v", err)
	}
	code, _, stderr := runCLI(t, "node", "--security", "plaintext")
	if code != 2 || !strings.Contains(stderr, "--security") {
		t.Errorf("bad enum: exit %d, stderr %q", code, stderr)
	}
}

// TestREADMEConfig: the config file README shows is read without error
// (every key known, every value of its setting's type).
func TestREADMEConfig(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```toml\n")
	for ok && !strings.HasPrefix(block, "# trainmesh.toml") {
		_, block, ok = strings.Cut(block, "```toml\n")
	}
	if !ok {
		t.Fatal("README shows no trainmesh.toml")
	}
	block, _, _ = strings.Cut(block, "```")
	cfg := writeFile(t, t.TempDir(), "trainmesh.toml", block)
	c, _, err := parse([]string{"--config", cfg, "node"}, io.Discard, io.Discard)
	if err != nil {
		t.Fatalf("README's config: %v", err)
	}
	if c.Node.Mesh.ConnsHigh != 192 || c.Node.Jobs.CheckpointEvery != 100 || c.Node.Settle.RPC != "http://127.0.0.1:8545" {
		t.Errorf("README's config not applied: %+v", c.Node)
	}
	t.Setenv("TRAINMESH_CONNS_HIGH", "7") // README: --conns-high is $TRAINMESH_CONNS_HIGH
	if c, _, err := parse([]string{"--config", cfg, "node"}, io.Discard, io.Discard); err != nil || c.Node.Mesh.ConnsHigh != 7 {
		t.Errorf("$TRAINMESH_CONNS_HIGH not read: %v", err)
	}
}

func TestKeyCommands(t *testing.T) {
	data := t.TempDir()
	t.Setenv(EnvPassword, "correct horse")
	code, out, stderr := runCLI(t, "key", "new", "--data-dir", data, "--light-kdf")
	if code != 0 {
		t.Fatalf("key new: exit %d: %s", code, stderr)
	}
	path, err := identity.Find(identity.KeystoreDir(data), [20]byte{})
	if err != nil {
		t.Fatal(err)
	}
	key, err := identity.Load(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, key.Address().Hex()) || !strings.Contains(out, key.PeerID().String()) {
		t.Errorf("key new printed %q; want the address and peer ID", out)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v; want 0600", fi.Mode().Perm())
	}

	if code, out, _ := runCLI(t, "key", "show", "--data-dir", data); code != 0 || !strings.Contains(out, key.Address().Hex()) {
		t.Errorf("key show: exit %d, %q", code, out)
	}
	if code, _, stderr := runCLI(t, "key", "new", "--data-dir", data, "--light-kdf"); code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("second key new: exit %d, %q; want refusal", code, stderr)
	}

	t.Setenv(EnvPassword, "wrong")
	code, _, stderr = runCLI(t, "key", "show", "--data-dir", data)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "wrong keystore password") {
		t.Errorf("wrong password: exit %d, stderr %q; want one line and exit 1", code, stderr)
	}
	code, _, stderr = runCLI(t, "node", "--data-dir", data, "--listen", "/ip4/127.0.0.1/tcp/0", "--no-mdns", "--no-dht")
	if code != 1 || !strings.Contains(stderr, "wrong keystore password") {
		t.Errorf("node with wrong password: exit %d, stderr %q", code, stderr)
	}

	// Import the same key, once from its keystore file and once as hex.
	t.Setenv(EnvPassword, "new pw")
	t.Setenv("TRAINMESH_IMPORT_PASSWORD", "correct horse")
	data2 := t.TempDir()
	if code, out, stderr := runCLI(t, "key", "import", "--data-dir", data2, "--light-kdf", path); code != 0 || !strings.Contains(out, key.Address().Hex()) {
		t.Fatalf("import keystore: exit %d, %q %q", code, out, stderr)
	}
	hexFile := writeFile(t, t.TempDir(), "key.hex", "0x"+bytesHex(key.Bytes())+"\n")
	data3 := t.TempDir()
	if code, out, stderr := runCLI(t, "key", "import", "--data-dir", data3, "--light-kdf", hexFile); code != 0 || !strings.Contains(out, key.Address().Hex()) {
		t.Fatalf("import hex: exit %d, %q %q", code, out, stderr)
	}
	garbage := writeFile(t, t.TempDir(), "garbage", "not a key")
	if code, _, stderr := runCLI(t, "key", "import", "--data-dir", t.TempDir(), garbage); code != 1 || !strings.Contains(stderr, "neither a keystore file") {
		t.Errorf("import garbage: exit %d, %q", code, stderr)
	}
}

func bytesHex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, "--help")
	if code != 0 || !strings.Contains(out, "trainmesh demo") {
		t.Errorf("--help: exit %d, output lacks the newcomer's pointer to the demo", code)
	}
	for _, cmd := range []string{"node", "demo", "submit", "key new", "key show", "key import", "version"} {
		if !strings.Contains(out, cmd) {
			t.Errorf("--help does not list %q", cmd)
		}
	}
	code, out, _ = runCLI(t, "version")
	if code != 0 || !strings.HasPrefix(out, "trainmesh ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
	if code, _, _ := runCLI(t, "no-such-command"); code != 2 {
		t.Errorf("unknown command: exit %d; want 2", code)
	}
}

// TestDemoCommand runs the demo, then the commands it prints as printed: a
// demo that keeps its data dirs, and the dashboard over them, twice (the
// line the first demo prints, and the one the second prints).
func TestDemoCommand(t *testing.T) {
	// The shortest jobs the demo takes (a receipt period each, 50 steps):
	// this test checks the command and what it prints; node/demo's
	// TestDemo checks what the jobs learn.
	// No evaluator nodes: 50 steps do not reach the evaluation's
	// threshold, and TestDemo checks the evaluation.
	code, out, stderr := runCLI(t, "demo", "--nodes", "3", "--evaluators", "0", "--digits-steps", "50", "--lm-steps", "50")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, stderr)
	}
	if !strings.Contains(out, "mesh formed") || strings.Count(out, "heard node") != 6 {
		t.Errorf("demo output lacks the 6 announcements of a 3-node mesh:\n%s", out)
	}
	if !slices.ContainsFunc(strings.Split(out, "\n"), func(l string) bool { return strings.Contains(l, "/ip4/127.0.0.1/tcp/") }) {
		t.Error("demo nodes do not listen on 127.0.0.1")
	}
	// The whole life: node 0 escrows and announces, two providers commit
	// and reveal, node 0 signs the award and every node agrees with it, the
	// winners train, node 0 settles, the winners withdraw, and the balances
	// read back from the chain match.
	for _, want := range []string{"escrowed node 0", "announced job", "commit   node 1", "commit   node 2", "reveal   node 1", "reveal   node 2",
		"award    signed by node 0", "3 of 3 nodes computed the same award", "held-out accuracy", "loss curve",
		"node 0 settles 2 job(s) in one transaction", "withdrawn node 1", "withdrawn node 2", "every balance matches the payouts to the unit"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if testing.Short() {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cwd := t.TempDir()
	keep := printedAfter(t, out, "The demo's data dirs were temporary.")
	dash := strings.TrimSpace(strings.Split(out[strings.Index(out, keep):], "\n")[1])
	// As printed, with the same short jobs through the environment.
	cmd := printedCmd(ctx, t, cwd, keep, "TRAINMESH_DIGITS_STEPS=50", "TRAINMESH_LM_STEPS=50")
	keptOut, err := cmd.CombinedOutput()
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("%s: %v", keep, err)
	}
	code, kept := cmd.ProcessState.ExitCode(), string(keptOut)
	if code != 0 || !strings.Contains(kept, "every balance matches") {
		t.Fatalf("%s: exit %d\n%s", keep, code, kept)
	}
	for _, line := range []string{dash, printedAfter(t, kept, "Browse them on http://127.0.0.1:7475/ with:")} {
		serveDash(ctx, t, cwd, line)
	}
}

// serveDash runs a printed dash command (on a free port: the environment
// sets --listen, the line stays as printed) until it serves the
// dashboard, then stops it.
func serveDash(ctx context.Context, t *testing.T, dir, line string) {
	t.Helper()
	cmd := printedCmd(ctx, t, dir, line, "TRAINMESH_LISTEN=127.0.0.1:0")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// On ctx's end, the whole group (sh and the dashboard it started), so
	// that the pipe closes and the read below returns.
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		_ = cmd.Wait()
	}()
	sc := bufio.NewScanner(stdout)
	url := ""
	for url == "" && sc.Scan() {
		if u, ok := strings.CutPrefix(sc.Text(), "trainmesh dash: open "); ok {
			url = strings.Fields(u)[0]
		}
	}
	if url == "" {
		t.Fatalf("%s: no dashboard\n%s", line, stderr.String())
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("%s: %v", line, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("%s: GET %s: %s", line, url, resp.Status)
	}
}
