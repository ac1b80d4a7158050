#!/usr/bin/env bash
# Fetches Fashion-MNIST (Zalando Research, MIT licence; IDX format, 60,000
# training and 10,000 test images of 28×28) from Debian's
# dataset-fashion-mnist package into .cache/fashion-mnist/, without
# installing anything: apt-get download, then dpkg-deb -x. Idempotent.
# The Fashion-MNIST test in train/ (TestFashionMNIST) and the benchmark in
# BENCHMARKS.md read it from there, or from $TRAINMESH_FASHION_MNIST.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/fashion-mnist
if [ -f "$dest/t10k-labels-idx1-ubyte.gz" ]; then
	echo "fashion-mnist: already in $dest"
	exit 0
fi
work=$(mktemp -d)
chmod 755 "$work" # apt-get download runs as _apt and writes here
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download dataset-fashion-mnist >/dev/null) || {
	echo "fashion-mnist: apt-get download failed; run 'apt-get update' first (as root) and retry" >&2
	exit 1
}
dpkg-deb -x "$work"/dataset-fashion-mnist_*.deb "$work/x"
src=$(dirname "$(find "$work/x" -name 't10k-labels-idx1-ubyte*' | head -1)")
if [ -z "$src" ] || [ ! -d "$src" ]; then
	echo "fashion-mnist: the package holds no IDX files where expected" >&2
	exit 1
fi
mkdir -p "$dest"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
	if [ -f "$src/$f.gz" ]; then
		cp "$src/$f.gz" "$dest/"
	else
		gzip -c "$src/$f" >"$dest/$f.gz"
	fi
done
echo "fashion-mnist: $(ls "$dest" | wc -l) files in $dest"
