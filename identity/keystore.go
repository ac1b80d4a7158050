package identity

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/uuid"
)

// KeystoreDirName is the folder of a data dir that holds key files.
const KeystoreDirName = "keystore"

// KeystoreDir returns the keystore folder of a data dir.
func KeystoreDir(dataDir string) string { return filepath.Join(dataDir, KeystoreDirName) }

// KDF selects the cost of the scrypt key derivation that protects a key file.
type KDF int

const (
	// StandardKDF is geth's default cost (N=2^18): about a second and 256 MiB
	// to open the file. Use it for keys that hold funds.
	StandardKDF KDF = iota
	// LightKDF is geth's --lightkdf cost (N=2^12): fast, for throwaway keys in
	// tests, demos and local testnets.
	LightKDF
)

func (k KDF) params() (n, p int) {
	if k == LightKDF {
		return keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.StandardScryptN, keystore.StandardScryptP
}

// Save encrypts k with password and writes it into dir as a geth keystore
// file (named as geth names them, mode 0600, dir mode 0700). The write is
// atomic: a crash leaves either no file or the whole file. It returns the
// file's path.
func Save(dir string, k *Key, password string, kdf KDF) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("identity: create keystore dir: %w", err)
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return "", fmt.Errorf("identity: key file id: %w", err)
	}
	n, p := kdf.params()
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: k.Address(), PrivateKey: k.priv}, password, n, p)
	if err != nil {
		return "", fmt.Errorf("identity: encrypt key: %w", err)
	}
	path := filepath.Join(dir, keyFileName(time.Now().UTC(), k.Address()))
	if err := writeFileAtomic(path, blob, 0o600); err != nil {
		return "", err
	}
	return path, nil
}

// Load decrypts the keystore file at path.
func Load(path, password string) (*Key, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("identity: read key file: %w", err)
	}
	return Decrypt(blob, password)
}

// Decrypt opens keystore JSON with password.
func Decrypt(blob []byte, password string) (*Key, error) {
	var probe struct {
		Address string `json:"address"`
		Crypto  any    `json:"crypto"`
	}
	if err := json.Unmarshal(blob, &probe); err != nil || probe.Crypto == nil {
		return nil, fmt.Errorf("identity: not a keystore file (want geth keystore JSON)")
	}
	key, err := keystore.DecryptKey(blob, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, ErrWrongPassword
	}
	if err != nil {
		return nil, fmt.Errorf("identity: decrypt key file: %w", err)
	}
	return &Key{priv: key.PrivateKey}, nil
}

// Find returns the path of the key file in dir. With a zero want it expects
// exactly one key; otherwise it returns the file of that address.
func Find(dir string, want common.Address) (string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%w in %s", ErrNoKey, dir)
	}
	if err != nil {
		return "", fmt.Errorf("identity: read keystore dir: %w", err)
	}
	var found []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".tmp") {
			continue
		}
		if want != (common.Address{}) {
			addr, ok := addressFromFileName(name)
			if !ok || addr != want {
				continue
			}
		}
		found = append(found, filepath.Join(dir, name))
	}
	switch {
	case len(found) == 0 && want != (common.Address{}):
		return "", fmt.Errorf("%w for %s in %s", ErrNoKey, want, dir)
	case len(found) == 0:
		return "", fmt.Errorf("%w in %s", ErrNoKey, dir)
	case len(found) > 1:
		return "", fmt.Errorf("%w (%d files in %s)", ErrManyKeys, len(found), dir)
	}
	return found[0], nil
}

// LoadOrCreate opens the one key in dataDir's keystore, or creates it if the
// keystore holds none. created reports whether a new key was written.
func LoadOrCreate(dataDir, password string, kdf KDF) (k *Key, path string, created bool, err error) {
	dir := KeystoreDir(dataDir)
	path, err = Find(dir, common.Address{})
	if err == nil {
		k, err = Load(path, password)
		return k, path, false, err
	}
	if !errors.Is(err, ErrNoKey) {
		return nil, "", false, err
	}
	k, err = Generate()
	if err != nil {
		return nil, "", false, err
	}
	path, err = Save(dir, k, password, kdf)
	return k, path, err == nil, err
}

// keyFileName follows geth: UTC--<RFC3339 with dashes>--<address hex>.
func keyFileName(t time.Time, addr common.Address) string {
	ts := t.Format("2006-01-02T15-04-05.000000000Z")
	return fmt.Sprintf("UTC--%s--%x", ts, addr[:])
}

func addressFromFileName(name string) (common.Address, bool) {
	i := strings.LastIndex(name, "--")
	if i < 0 || !common.IsHexAddress(name[i+2:]) {
		return common.Address{}, false
	}
	return common.HexToAddress(name[i+2:]), true
}

// writeFileAtomic writes to a temporary file, syncs it and renames it over
// path, so readers never see a half-written key.
func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("identity: create temp file: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("identity: chmod key file: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("identity: write key file: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("identity: sync key file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("identity: close key file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("identity: install key file: %w", err)
	}
	return nil
}
