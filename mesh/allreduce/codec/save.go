package codec

// The redo backup's copies (the ring keeps each chunk's input until the
// operation commits, so that a redo starts from it).
//
// A chunk's input is read once, where it is first overwritten: in the
// reduce-scatter, by the addition of what the predecessor sent (AddSaving
// saves and adds in one pass), in the all-gather by the received final
// chunk (Save). The saved copy is read again only if the operation fails,
// so on amd64 it is written with non-temporal stores, which skip the
// caches (and the read of each destination line a cached store needs),
// while the chunk itself stays in the cache for the addition, the send
// and the checksum that follow. runtime.memmove takes the non-temporal
// path only from 1 MiB, and then prefetches its source past the caches,
// so the addition after it read the chunk from memory a second time.
//
// Both compute exactly what copy and Add do: the same IEEE 754 additions
// in the same order, element by element.

// AddSaving sets save[i] = dst[i], then dst[i] += src[i], for every i <
// len(dst) (len(save), len(src) ≥ len(dst); save must not overlap dst or
// src).
func AddSaving(dst, save, src []float32) {
	save = save[:len(dst)]
	src = src[:len(dst)]
	i := alignedHead(save)
	if n := (len(dst) - i) &^ (blockElems - 1); n > 0 && haveStreaming {
		addSavingGeneric(dst[:i], save[:i], src[:i])
		addSavingStreaming(dst[i:i+n], save[i:i+n], src[i:i+n])
		i += n
	} else {
		i = 0
	}
	addSavingGeneric(dst[i:], save[i:], src[i:])
}

// Save copies src into save (len(save) ≥ len(src); no overlap), as copy
// does, with the stores of AddSaving.
func Save(save, src []float32) {
	save = save[:len(src)]
	i := alignedHead(save)
	if n := (len(src) - i) &^ (blockElems - 1); n > 0 && haveStreaming {
		copy(save[:i], src[:i])
		saveStreaming(save[i:i+n], src[i:i+n])
		i += n
	} else {
		i = 0
	}
	copy(save[i:], src[i:])
}

// DecodeAddSaving is DecodeAdd, saving dst's values into save first
// (len(save) ≥ len(dst)): whatever it returns, save holds dst as it was.
// FP32 payloads on little-endian machines take AddSaving's single pass.
func DecodeAddSaving(dst, save []float32, k Kind, payload []byte) error {
	if k == FP32 && nativeLittleEndian && len(payload) == 4*len(dst) {
		AddSaving(dst, save, asFloats(payload))
		return nil
	}
	Save(save, dst)
	return DecodeAdd(dst, k, payload)
}

// blockElems is the streaming loops' step: 64 bytes, a cache line.
const blockElems = 16

// addSavingGeneric is copy and Add: a loop of its own would compile to
// additions whose operands the compiler may order otherwise, and where
// both are NaNs, x86 keeps the first one's payload.
func addSavingGeneric(dst, save, src []float32) {
	copy(save, dst)
	Add(dst, src)
}
