package contracts

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/trainmesh/trainmesh/chain/bindings"
)

// The pinned compiler, as the sources' pragma names it.
var pragma = regexp.MustCompile(`pragma solidity (\d+\.\d+\.\d+);`)

// TestArtifactsMatchSources recompiles the contracts with the pinned solc
// (installed into .cache/solc by scripts/build-contracts.sh --install, which
// scripts/test.sh runs) and fails if the committed ABI and bytecode, or the
// bindings generated from them, differ from what the sources compile to.
func TestArtifactsMatchSources(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	modules := filepath.Join(root, ".cache", "solc", "node_modules")
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: cannot run the pinned solc (scripts/test.sh installs it)")
	}
	src, err := os.ReadFile("Settlement.sol")
	if err != nil {
		t.Fatal(err)
	}
	want := pragma.FindSubmatch(src)
	if want == nil {
		t.Fatal("Settlement.sol pins no exact solc version")
	}
	var pkg struct{ Version string }
	blob, err := os.ReadFile(filepath.Join(modules, "solc", "package.json"))
	if err != nil {
		t.Skipf("the pinned solc is not installed in %s: run scripts/build-contracts.sh --install (scripts/test.sh does)", modules)
	}
	if err := json.Unmarshal(blob, &pkg); err != nil || pkg.Version != string(want[1]) {
		t.Fatalf("installed solc is %q, the sources pin %s: run scripts/build-contracts.sh --install", pkg.Version, want[1])
	}

	out := t.TempDir()
	cmd := exec.Command(node, filepath.Join(root, "scripts", "solc-compile.cjs"), ".", out)
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile: %v\n%s", err, msg)
	}
	metas := map[string]*struct{ ABI, Bin string }{
		"Settlement":     {bindings.SettlementMetaData.ABI, bindings.SettlementMetaData.Bin},
		"Evaluations":    {bindings.EvaluationsMetaData.ABI, bindings.EvaluationsMetaData.Bin},
		"Tallies":        {bindings.TalliesMetaData.ABI, bindings.TalliesMetaData.Bin},
		"TestToken":      {bindings.TestTokenMetaData.ABI, bindings.TestTokenMetaData.Bin},
		"ReentrantToken": {bindings.ReentrantTokenMetaData.ABI, bindings.ReentrantTokenMetaData.Bin},
		// Governance.sol
		"GovernanceToken":    {bindings.GovernanceTokenMetaData.ABI, bindings.GovernanceTokenMetaData.Bin},
		"TrainmeshGovernor":  {bindings.TrainmeshGovernorMetaData.ABI, bindings.TrainmeshGovernorMetaData.Bin},
		"GovernanceTimelock": {bindings.GovernanceTimelockMetaData.ABI, bindings.GovernanceTimelockMetaData.Bin},
	}
	fresh, _ := filepath.Glob(filepath.Join(out, "*.abi"))
	if len(fresh) != len(metas) {
		t.Fatalf("the sources compile to %d contracts, bindings exist for %d: run scripts/build-contracts.sh", len(fresh), len(metas))
	}
	const fix = "run scripts/build-contracts.sh and commit chain/contracts/build and chain/bindings"
	for name, meta := range metas {
		for _, ext := range []string{".abi", ".bin"} {
			got, err := os.ReadFile(filepath.Join(out, name+ext))
			if err != nil {
				t.Fatalf("%s%s: %v", name, ext, err)
			}
			committed, err := os.ReadFile(filepath.Join("build", name+ext))
			if err != nil {
				t.Fatalf("committed %s%s: %v (%s)", name, ext, err, fix)
			}
			if string(got) != string(committed) {
				t.Errorf("build/%s%s no longer matches the sources: %s", name, ext, fix)
			}
		}
		abi, _ := os.ReadFile(filepath.Join("build", name+".abi"))
		bin, _ := os.ReadFile(filepath.Join("build", name+".bin"))
		if !sameJSON(t, meta.ABI, string(abi)) {
			t.Errorf("bindings of %s carry another ABI than build/%s.abi: %s", name, name, fix)
		}
		if meta.Bin != "0x"+strings.TrimSpace(string(bin)) {
			t.Errorf("bindings of %s carry other bytecode than build/%s.bin: %s", name, name, fix)
		}
	}
}

// sameJSON compares two ABIs as abigen sees them: it strips all whitespace,
// even inside strings ("struct Settlement.Params" becomes
// "structSettlement.Params").
func sameJSON(t *testing.T, a, b string) bool {
	t.Helper()
	squeeze := func(s string) any {
		var v any
		if err := json.Unmarshal([]byte(strings.Join(strings.Fields(s), "")), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	return reflect.DeepEqual(squeeze(a), squeeze(b))
}
