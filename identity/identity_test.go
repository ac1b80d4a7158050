package identity

import (
	"bytes"
	"crypto/sha256"
	"encoding/asn1"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// TestLibP2PSignatureRecoversToAddress proves the one-key claim: a message
// signed through the libp2p key (DER ECDSA over sha256, as libp2p signs
// gossip) recovers with go-ethereum's crypto to the node's Ethereum address.
func TestLibP2PSignatureRecoversToAddress(t *testing.T) {
	k := FromSeed([]byte("recover"))
	msg := []byte("trainmesh: the same key on the mesh and on the chain")
	der, err := k.LibP2P().Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	var rs struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &rs); err != nil {
		t.Fatalf("libp2p signature is not DER: %v", err)
	}
	digest := sha256.Sum256(msg)
	sig := make([]byte, 65)
	rs.R.FillBytes(sig[:32])
	rs.S.FillBytes(sig[32:64])
	var recovered []common.Address
	for v := byte(0); v < 2; v++ {
		sig[64] = v
		pub, err := ethcrypto.SigToPub(digest[:], sig)
		if err != nil {
			continue
		}
		recovered = append(recovered, ethcrypto.PubkeyToAddress(*pub))
	}
	found := false
	for _, a := range recovered {
		found = found || a == k.Address()
	}
	if !found {
		t.Fatalf("libp2p signature recovered to %v; want %s among them", recovered, k.Address())
	}

	// And the signature verifies against the public key inside the peer ID.
	pub, err := k.PeerID().ExtractPublicKey()
	if err != nil {
		t.Fatal(err)
	}
	ok, err := pub.Verify(msg, der)
	if err != nil || !ok {
		t.Fatalf("peer ID's key does not verify the signature: ok=%v err=%v", ok, err)
	}
}

func TestPeerIDMapsToAddress(t *testing.T) {
	for _, seed := range []string{"a", "b", "c"} {
		k := FromSeed([]byte(seed))
		got, err := AddressOf(k.PeerID())
		if err != nil {
			t.Fatal(err)
		}
		if got != k.Address() {
			t.Errorf("AddressOf(PeerID(%q)) = %s; want %s", seed, got, k.Address())
		}
	}
}

func TestSignHashRecover(t *testing.T) {
	k := FromSeed([]byte("sign"))
	digest := ethcrypto.Keccak256Hash([]byte("typed data"))
	sig, err := k.SignHash(digest)
	if err != nil {
		t.Fatal(err)
	}
	if v := sig[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d; want 27 or 28", v)
	}
	got, err := Recover(digest, sig)
	if err != nil || got != k.Address() {
		t.Fatalf("Recover = %s, %v; want %s", got, err, k.Address())
	}
	other := ethcrypto.Keccak256Hash([]byte("other data"))
	if got, _ := Recover(other, sig); got == k.Address() {
		t.Fatal("signature over one digest recovered to the signer for another digest")
	}

	// High-s twin of a valid signature: same signer in raw ECDSA, but rejected
	// so that every signature has exactly one encoding (no malleability).
	n := ethcrypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	twin := bytes.Clone(sig)
	new(big.Int).Sub(n, s).FillBytes(twin[32:64])
	twin[64] ^= 1
	if _, err := Recover(digest, twin); !errors.Is(err, ErrBadSignature) {
		t.Errorf("high-s signature: err = %v; want ErrBadSignature", err)
	}
	for _, bad := range [][]byte{nil, sig[:64], append(bytes.Clone(sig), 0)} {
		if _, err := Recover(digest, bad); !errors.Is(err, ErrBadSignature) {
			t.Errorf("Recover(len %d) err = %v; want ErrBadSignature", len(bad), err)
		}
	}
	badV := bytes.Clone(sig)
	badV[64] = 29
	if _, err := Recover(digest, badV); !errors.Is(err, ErrBadSignature) {
		t.Errorf("v=29: err = %v; want ErrBadSignature", err)
	}
}

func TestFromSeedDeterministic(t *testing.T) {
	a, b := FromSeed([]byte("x")), FromSeed([]byte("x"))
	if a.Address() != b.Address() || a.PeerID() != b.PeerID() {
		t.Fatal("same seed gave different keys")
	}
	if FromSeed([]byte("y")).Address() == a.Address() {
		t.Fatal("different seeds gave the same key")
	}
	if _, err := FromBytes(make([]byte, 32)); !errors.Is(err, ErrBadKey) {
		t.Fatalf("zero scalar: err = %v; want ErrBadKey", err)
	}
}

func TestKeystoreRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keystore")
	k := FromSeed([]byte("store"))
	path, err := Save(dir, k, "hunter2", LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("keystore dir mode = %v, %v; want 0700", fi.Mode().Perm(), err)
	}
	got, err := Load(path, "hunter2")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), k.Bytes()) {
		t.Fatal("loaded key differs from saved key")
	}
	if _, err := Load(path, "wrong"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("wrong password: err = %v; want ErrWrongPassword", err)
	}
	// geth itself opens the file: the format is geth's, not a look-alike.
	blob, _ := os.ReadFile(path)
	gk, err := keystore.DecryptKey(blob, "hunter2")
	if err != nil || gk.Address != k.Address() {
		t.Fatalf("geth DecryptKey = %v, %v; want %s", gk, err, k.Address())
	}
	if found, err := Find(dir, common.Address{}); err != nil || found != path {
		t.Fatalf("Find = %q, %v; want %q", found, err, path)
	}
	if found, err := Find(dir, k.Address()); err != nil || found != path {
		t.Fatalf("Find(addr) = %q, %v; want %q", found, err, path)
	}
}

func TestKeystoreReadsGethFiles(t *testing.T) {
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	k := FromSeed([]byte("geth"))
	acct, err := ks.ImportECDSA(k.ECDSA(), "pw")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(acct.URL.Path, "pw")
	if err != nil || got.Address() != k.Address() {
		t.Fatalf("Load(geth file) = %v, %v", got, err)
	}
}

func TestFindErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Find(filepath.Join(dir, "missing"), common.Address{}); !errors.Is(err, ErrNoKey) {
		t.Errorf("missing dir: err = %v; want ErrNoKey", err)
	}
	for _, s := range []string{"one", "two"} {
		if _, err := Save(dir, FromSeed([]byte(s)), "", LightKDF); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Find(dir, common.Address{}); !errors.Is(err, ErrManyKeys) {
		t.Errorf("two keys: err = %v; want ErrManyKeys", err)
	}
	if _, err := Find(dir, FromSeed([]byte("two")).Address()); err != nil {
		t.Errorf("two keys, address given: err = %v", err)
	}
	if _, err := Find(dir, FromSeed([]byte("three")).Address()); !errors.Is(err, ErrNoKey) {
		t.Errorf("unknown address: err = %v; want ErrNoKey", err)
	}
}

func TestLoadOrCreate(t *testing.T) {
	data := t.TempDir()
	k1, path1, created, err := LoadOrCreate(data, "pw", LightKDF)
	if err != nil || !created {
		t.Fatalf("first LoadOrCreate: created=%v err=%v", created, err)
	}
	k2, path2, created, err := LoadOrCreate(data, "pw", LightKDF)
	if err != nil || created || path1 != path2 || k1.Address() != k2.Address() {
		t.Fatalf("second LoadOrCreate: created=%v path %q vs %q err=%v", created, path1, path2, err)
	}
	if _, _, _, err := LoadOrCreate(data, "nope", LightKDF); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("wrong password: err = %v", err)
	}
	if _, err := Decrypt([]byte("not json"), "pw"); err == nil {
		t.Fatal("Decrypt accepted garbage")
	}
}
