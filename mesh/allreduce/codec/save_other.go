//go:build !amd64 || purego || race

package codec

const haveStreaming = false

func alignedHead(save []float32) int { return 0 }

func addSavingStreaming(dst, save, src []float32) { addSavingGeneric(dst, save, src) }

func saveStreaming(save, src []float32) { copy(save, src) }
