//go:build amd64 && !purego && !race

package codec

import "unsafe"

// The streaming loops are SSE2 (every amd64 processor has it). They are
// left out of race builds, so that the race detector sees these writes.
const haveStreaming = true

// alignedHead is the number of leading elements of save to copy before
// its first 16-byte boundary, where non-temporal stores may start.
func alignedHead(save []float32) int {
	if len(save) == 0 {
		return 0
	}
	off := uintptr(unsafe.Pointer(&save[0])) % 16
	if off%4 != 0 {
		return len(save) // never for a float32 slice; stay generic
	}
	return min(len(save), int((16-off)%16/4))
}

//go:noescape
func addSavingSSE2(dst, save, src *float32, n int)

//go:noescape
func saveSSE2(save, src *float32, n int)

// addSavingStreaming: len(dst) a multiple of blockElems, save 16-byte
// aligned.
func addSavingStreaming(dst, save, src []float32) {
	addSavingSSE2(&dst[0], &save[0], &src[0], len(dst))
}

func saveStreaming(save, src []float32) {
	saveSSE2(&save[0], &src[0], len(src))
}
