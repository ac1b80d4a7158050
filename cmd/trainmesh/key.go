package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/term"

	"github.com/trainmesh/trainmesh/identity"
)

// EnvPassword holds the keystore password for unattended nodes. It is read
// from the environment only: a password on the command line would show in
// the process list.
const EnvPassword = "TRAINMESH_PASSWORD"

// passwordFlags say where the keystore password comes from.
type passwordFlags struct {
	PasswordFile string `help:"File whose first line is the keystore password (else $TRAINMESH_PASSWORD, else a prompt on a terminal, else empty)." type:"path" placeholder:"FILE" toml:"key.password-file"`
}

// password returns the keystore password: $TRAINMESH_PASSWORD, the first
// line of --password-file, a prompt when stdin is a terminal (asked twice
// when confirm is set), or the empty string (with a warning) otherwise.
func (f *passwordFlags) password(env *runEnv, confirm bool) (string, error) {
	if pw, ok := os.LookupEnv(EnvPassword); ok {
		return pw, nil
	}
	if f.PasswordFile != "" {
		return readPasswordFile(f.PasswordFile)
	}
	if env.stdin != nil && term.IsTerminal(int(env.stdin.Fd())) {
		pw, err := prompt(env, "Keystore password: ")
		if err != nil || !confirm {
			return pw, err
		}
		again, err := prompt(env, "Repeat password: ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", errors.New("passwords do not match")
		}
		return pw, nil
	}
	env.log.Warn("no keystore password given ($TRAINMESH_PASSWORD, --password-file): using an empty one")
	return "", nil
}

func prompt(env *runEnv, label string) (string, error) {
	fmt.Fprint(env.stderr, label)
	pw, err := term.ReadPassword(int(env.stdin.Fd()))
	fmt.Fprintln(env.stderr)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	return string(pw), nil
}

func readPasswordFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil && line == "" {
		return "", fmt.Errorf("password file %s is empty", path)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

type keyCmd struct {
	New    keyNewCmd    `cmd:"" help:"Create the node's key in its data dir."`
	Show   keyShowCmd   `cmd:"" help:"Print the node's address and peer ID."`
	Import keyImportCmd `cmd:"" help:"Import a key: a geth keystore file or a file holding a hex private key."`
}

type keyNewCmd struct {
	dataDirFlag
	passwordFlags
	LightKDF bool `help:"Use a fast, weaker key derivation (test and demo keys only)." name:"light-kdf" toml:"key.light-kdf"`
}

func (c *keyNewCmd) Run(env *runEnv) error {
	dir := identity.KeystoreDir(c.DataDir)
	if existing, err := identity.Find(dir, common.Address{}); err == nil {
		return fmt.Errorf("a key already exists at %s; a node has one key (use another --data-dir for a new one)", existing)
	}
	key, err := identity.Generate()
	if err != nil {
		return err
	}
	return saveKey(env, &c.passwordFlags, dir, key, c.LightKDF)
}

func saveKey(env *runEnv, pf *passwordFlags, dir string, key *identity.Key, light bool) error {
	pw, err := pf.password(env, true)
	if err != nil {
		return err
	}
	kdf := identity.StandardKDF
	if light {
		kdf = identity.LightKDF
	}
	path, err := identity.Save(dir, key, pw, kdf)
	if err != nil {
		return err
	}
	printKey(env, key, path)
	return nil
}

func printKey(env *runEnv, key *identity.Key, path string) {
	fmt.Fprintf(env.stdout, "address  %s\npeer ID  %s\nkey file %s\n", key.Address(), key.PeerID(), path)
}

type keyShowCmd struct {
	dataDirFlag
	passwordFlags
}

func (c *keyShowCmd) Run(env *runEnv) error {
	path, err := identity.Find(identity.KeystoreDir(c.DataDir), common.Address{})
	if err != nil {
		return err
	}
	pw, err := c.password(env, false)
	if err != nil {
		return err
	}
	key, err := identity.Load(path, pw)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	printKey(env, key, path)
	return nil
}

type keyImportCmd struct {
	dataDirFlag
	passwordFlags
	File               string `arg:"" help:"Key to import: a geth keystore JSON file, or a file holding a 64-digit hex private key." type:"existingfile"`
	SourcePasswordFile string `help:"File whose first line is the password of the imported keystore file (else $TRAINMESH_IMPORT_PASSWORD, else a prompt)." type:"path" placeholder:"FILE"`
	LightKDF           bool   `help:"Use a fast, weaker key derivation (test and demo keys only)." name:"light-kdf" toml:"key.light-kdf"`
}

func (c *keyImportCmd) Run(env *runEnv) error {
	dir := identity.KeystoreDir(c.DataDir)
	if existing, err := identity.Find(dir, common.Address{}); err == nil {
		return fmt.Errorf("a key already exists at %s; a node has one key (use another --data-dir)", existing)
	}
	blob, err := os.ReadFile(c.File)
	if err != nil {
		return err
	}
	var key *identity.Key
	if text := strings.TrimSpace(string(blob)); strings.HasPrefix(text, "{") {
		srcPW, err := c.sourcePassword(env)
		if err != nil {
			return err
		}
		if key, err = identity.Decrypt(blob, srcPW); err != nil {
			return fmt.Errorf("%s: %w", c.File, err)
		}
	} else {
		raw, err := hex.DecodeString(strings.TrimPrefix(text, "0x"))
		if err != nil || len(raw) != 32 {
			return fmt.Errorf("%s: neither a keystore file nor a 32-byte hex private key", c.File)
		}
		if key, err = identity.FromBytes(raw); err != nil {
			return err
		}
	}
	return saveKey(env, &c.passwordFlags, dir, key, c.LightKDF)
}

func (c *keyImportCmd) sourcePassword(env *runEnv) (string, error) {
	if pw, ok := os.LookupEnv("TRAINMESH_IMPORT_PASSWORD"); ok {
		return pw, nil
	}
	if c.SourcePasswordFile != "" {
		return readPasswordFile(c.SourcePasswordFile)
	}
	if env.stdin != nil && term.IsTerminal(int(env.stdin.Fd())) {
		return prompt(env, "Password of the imported key file: ")
	}
	return "", nil
}
