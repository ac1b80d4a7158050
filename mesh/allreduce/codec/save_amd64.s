//go:build amd64 && !purego && !race

#include "textflag.h"

// func addSavingSSE2(dst, save, src *float32, n int)
// save[i] = dst[i]; dst[i] += src[i] for i < n; n a multiple of 16, save
// 16-byte aligned. save is written with non-temporal stores.
TEXT ·addSavingSSE2(SB), NOSPLIT, $0-32
	MOVQ	dst+0(FP), DI
	MOVQ	save+8(FP), SI
	MOVQ	src+16(FP), DX
	MOVQ	n+24(FP), CX
	SHRQ	$4, CX
	JZ	done
loop:
	MOVUPS	0(DI), X0
	MOVUPS	16(DI), X1
	MOVUPS	32(DI), X2
	MOVUPS	48(DI), X3
	MOVNTPS	X0, 0(SI)
	MOVNTPS	X1, 16(SI)
	MOVNTPS	X2, 32(SI)
	MOVNTPS	X3, 48(SI)
	MOVUPS	0(DX), X4
	MOVUPS	16(DX), X5
	MOVUPS	32(DX), X6
	MOVUPS	48(DX), X7
	ADDPS	X4, X0
	ADDPS	X5, X1
	ADDPS	X6, X2
	ADDPS	X7, X3
	MOVUPS	X0, 0(DI)
	MOVUPS	X1, 16(DI)
	MOVUPS	X2, 32(DI)
	MOVUPS	X3, 48(DI)
	ADDQ	$64, DI
	ADDQ	$64, SI
	ADDQ	$64, DX
	DECQ	CX
	JNZ	loop
	SFENCE
done:
	RET

// func saveSSE2(save, src *float32, n int)
// save[i] = src[i] for i < n; n a multiple of 16, save 16-byte aligned.
TEXT ·saveSSE2(SB), NOSPLIT, $0-24
	MOVQ	save+0(FP), SI
	MOVQ	src+8(FP), DX
	MOVQ	n+16(FP), CX
	SHRQ	$4, CX
	JZ	sdone
sloop:
	MOVUPS	0(DX), X0
	MOVUPS	16(DX), X1
	MOVUPS	32(DX), X2
	MOVUPS	48(DX), X3
	MOVNTPS	X0, 0(SI)
	MOVNTPS	X1, 16(SI)
	MOVNTPS	X2, 32(SI)
	MOVNTPS	X3, 48(SI)
	ADDQ	$64, DX
	ADDQ	$64, SI
	DECQ	CX
	JNZ	sloop
	SFENCE
sdone:
	RET
