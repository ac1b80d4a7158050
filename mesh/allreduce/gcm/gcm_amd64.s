//go:build !purego

#include "textflag.h"

// Byte reversal within each 128-bit lane.
DATA bswapMask<>+0x00(SB)/8, $0x08090a0b0c0d0e0f
DATA bswapMask<>+0x08(SB)/8, $0x0001020304050607
DATA bswapMask<>+0x10(SB)/8, $0x08090a0b0c0d0e0f
DATA bswapMask<>+0x18(SB)/8, $0x0001020304050607
DATA bswapMask<>+0x20(SB)/8, $0x08090a0b0c0d0e0f
DATA bswapMask<>+0x28(SB)/8, $0x0001020304050607
DATA bswapMask<>+0x30(SB)/8, $0x08090a0b0c0d0e0f
DATA bswapMask<>+0x38(SB)/8, $0x0001020304050607
GLOBL bswapMask<>(SB), RODATA|NOPTR, $64

// Counter offsets of the four lanes, and the step of four blocks.
DATA ctrOffsets<>+0x00(SB)/8, $0
DATA ctrOffsets<>+0x08(SB)/8, $0
DATA ctrOffsets<>+0x10(SB)/8, $1
DATA ctrOffsets<>+0x18(SB)/8, $0
DATA ctrOffsets<>+0x20(SB)/8, $2
DATA ctrOffsets<>+0x28(SB)/8, $0
DATA ctrOffsets<>+0x30(SB)/8, $3
DATA ctrOffsets<>+0x38(SB)/8, $0
GLOBL ctrOffsets<>(SB), RODATA|NOPTR, $64

DATA ctrStep<>+0x00(SB)/8, $4
DATA ctrStep<>+0x08(SB)/8, $0
DATA ctrStep<>+0x10(SB)/8, $4
DATA ctrStep<>+0x18(SB)/8, $0
DATA ctrStep<>+0x20(SB)/8, $4
DATA ctrStep<>+0x28(SB)/8, $0
DATA ctrStep<>+0x30(SB)/8, $4
DATA ctrStep<>+0x38(SB)/8, $0
GLOBL ctrStep<>(SB), RODATA|NOPTR, $64

DATA gcmPoly<>+0x00(SB)/8, $0x0000000000000001
DATA gcmPoly<>+0x08(SB)/8, $0xc200000000000000
GLOBL gcmPoly<>(SB), RODATA|NOPTR, $16

// REDUCE folds the 256-bit product HI:LO (X9:X8) into X14 (X11 scratch,
// X15 the polynomial).
#define REDUCE \
	VPCLMULQDQ $0x01, X8, X15, X11 \
	VPSHUFD    $0x4e, X8, X8       \
	VPXOR      X11, X8, X8         \
	VPCLMULQDQ $0x01, X8, X15, X11 \
	VPSHUFD    $0x4e, X8, X8       \
	VPXOR      X11, X8, X8         \
	VPXOR      X9, X8, X14

// LOADKEYS broadcasts the 11 round keys at (AX) into Z16-Z26.
#define LOADKEYS \
	VBROADCASTI32X4 0(AX), Z16   \
	VBROADCASTI32X4 16(AX), Z17  \
	VBROADCASTI32X4 32(AX), Z18  \
	VBROADCASTI32X4 48(AX), Z19  \
	VBROADCASTI32X4 64(AX), Z20  \
	VBROADCASTI32X4 80(AX), Z21  \
	VBROADCASTI32X4 96(AX), Z22  \
	VBROADCASTI32X4 112(AX), Z23 \
	VBROADCASTI32X4 128(AX), Z24 \
	VBROADCASTI32X4 144(AX), Z25 \
	VBROADCASTI32X4 160(AX), Z26

#define ROUND(k) \
	VAESENC k, Z0, Z0 \
	VAESENC k, Z1, Z1 \
	VAESENC k, Z2, Z2 \
	VAESENC k, Z3, Z3

// KEYSTREAM encrypts the next 16 counter blocks into Z0-Z3 and advances
// the counter (Z12, byte-reversed; Z13 the step).
#define KEYSTREAM \
	VMOVDQU64   Z12, Z0             \
	VPADDD      Z13, Z0, Z1         \
	VPADDD      Z13, Z1, Z2         \
	VPADDD      Z13, Z2, Z3         \
	VPADDD      Z13, Z3, Z12        \
	VPSHUFB     Z31, Z0, Z0         \
	VPSHUFB     Z31, Z1, Z1         \
	VPSHUFB     Z31, Z2, Z2         \
	VPSHUFB     Z31, Z3, Z3         \
	VPXORQ      Z16, Z0, Z0         \
	VPXORQ      Z16, Z1, Z1         \
	VPXORQ      Z16, Z2, Z2         \
	VPXORQ      Z16, Z3, Z3         \
	ROUND(Z17)                      \
	ROUND(Z18)                      \
	ROUND(Z19)                      \
	ROUND(Z20)                      \
	ROUND(Z21)                      \
	ROUND(Z22)                      \
	ROUND(Z23)                      \
	ROUND(Z24)                      \
	ROUND(Z25)                      \
	VAESENCLAST Z26, Z0, Z0         \
	VAESENCLAST Z26, Z1, Z1         \
	VAESENCLAST Z26, Z2, Z2         \
	VAESENCLAST Z26, Z3, Z3

// GHASH16 hashes the 16 ciphertext blocks in Z4-Z7 (wire order; they are
// byte-reversed in place) into X14, with H^16..H^1 in Z27-Z30.
#define GHASH16 \
	VPSHUFB     Z31, Z4, Z4              \
	VPSHUFB     Z31, Z5, Z5              \
	VPSHUFB     Z31, Z6, Z6              \
	VPSHUFB     Z31, Z7, Z7              \
	VPXORQ      Z14, Z4, Z4              \
	VPCLMULQDQ  $0x00, Z27, Z4, Z8       \
	VPCLMULQDQ  $0x11, Z27, Z4, Z9       \
	VPCLMULQDQ  $0x01, Z27, Z4, Z10      \
	VPCLMULQDQ  $0x10, Z27, Z4, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPCLMULQDQ  $0x00, Z28, Z5, Z11      \
	VPXORQ      Z11, Z8, Z8              \
	VPCLMULQDQ  $0x11, Z28, Z5, Z11      \
	VPXORQ      Z11, Z9, Z9              \
	VPCLMULQDQ  $0x01, Z28, Z5, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPCLMULQDQ  $0x10, Z28, Z5, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPCLMULQDQ  $0x00, Z29, Z6, Z11      \
	VPXORQ      Z11, Z8, Z8              \
	VPCLMULQDQ  $0x11, Z29, Z6, Z11      \
	VPXORQ      Z11, Z9, Z9              \
	VPCLMULQDQ  $0x01, Z29, Z6, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPCLMULQDQ  $0x10, Z29, Z6, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPCLMULQDQ  $0x00, Z30, Z7, Z11      \
	VPXORQ      Z11, Z8, Z8              \
	VPCLMULQDQ  $0x11, Z30, Z7, Z11      \
	VPXORQ      Z11, Z9, Z9              \
	VPCLMULQDQ  $0x01, Z30, Z7, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPCLMULQDQ  $0x10, Z30, Z7, Z11      \
	VPXORQ      Z11, Z10, Z10            \
	VPSLLDQ     $8, Z10, Z11             \
	VPSRLDQ     $8, Z10, Z10             \
	VPXORQ      Z11, Z8, Z8              \
	VPXORQ      Z10, Z9, Z9              \
	VEXTRACTI64X4 $1, Z8, Y11            \
	VPXORQ      Y11, Y8, Y8              \
	VEXTRACTI32X4 $1, Y8, X11            \
	VPXORQ      X11, X8, X8              \
	VEXTRACTI64X4 $1, Z9, Y11            \
	VPXORQ      Y11, Y9, Y9              \
	VEXTRACTI32X4 $1, Y9, X11            \
	VPXORQ      X11, X9, X9              \
	REDUCE

// SETUP loads the keys, powers, masks, counter and hash state.
#define SETUP \
	MOVQ rk+0(FP), AX                  \
	MOVQ hp+8(FP), BX                  \
	MOVQ ctr+16(FP), CX                \
	MOVQ y+24(FP), DX                  \
	MOVQ dst+32(FP), DI                \
	MOVQ src+40(FP), SI                \
	MOVQ n+48(FP), R8                  \
	LOADKEYS                           \
	VMOVDQU64 0(BX), Z27               \
	VMOVDQU64 64(BX), Z28              \
	VMOVDQU64 128(BX), Z29             \
	VMOVDQU64 192(BX), Z30             \
	VMOVDQU64 bswapMask<>(SB), Z31     \
	VMOVDQU64 ctrStep<>(SB), Z13       \
	VBROADCASTI32X4 (CX), Z12          \
	VPSHUFB   Z31, Z12, Z12            \
	VPADDD    ctrOffsets<>(SB), Z12, Z12 \
	VMOVDQU   gcmPoly<>(SB), X15       \
	VMOVDQU   (DX), X14

// FINISH stores the counter and hash state.
#define FINISH \
	VPSHUFB   Z31, Z12, Z12 \
	VMOVDQU   X12, (CX)     \
	VMOVDQU   X14, (DX)     \
	VZEROUPPER

// func gfmul(y *el, h2 *el)
TEXT ·gfmul(SB), NOSPLIT, $0-16
	MOVQ y+0(FP), AX
	MOVQ h2+8(FP), BX
	VMOVDQU (AX), X0
	VMOVDQU (BX), X1
	VMOVDQU gcmPoly<>(SB), X15
	VPCLMULQDQ $0x00, X1, X0, X8
	VPCLMULQDQ $0x11, X1, X0, X9
	VPCLMULQDQ $0x01, X1, X0, X10
	VPCLMULQDQ $0x10, X1, X0, X11
	VPXOR      X11, X10, X10
	VPSLLDQ    $8, X10, X11
	VPSRLDQ    $8, X10, X10
	VPXOR      X11, X8, X8
	VPXOR      X10, X9, X9
	REDUCE
	VMOVDQU X14, (AX)
	VZEROUPPER
	RET

// func sealBlocks(rk *[11][16]byte, hp *[16]el, ctr *[16]byte, y *el, dst, src *byte, n int)
// encrypts n groups of 16 blocks from src to dst and hashes the result.
TEXT ·sealBlocks(SB), NOSPLIT, $0-56
	SETUP
	TESTQ R8, R8
	JZ    sealDone

sealLoop:
	KEYSTREAM
	VPXORQ    0(SI), Z0, Z4
	VPXORQ    64(SI), Z1, Z5
	VPXORQ    128(SI), Z2, Z6
	VPXORQ    192(SI), Z3, Z7
	VMOVDQU64 Z4, 0(DI)
	VMOVDQU64 Z5, 64(DI)
	VMOVDQU64 Z6, 128(DI)
	VMOVDQU64 Z7, 192(DI)
	GHASH16
	ADDQ $256, SI
	ADDQ $256, DI
	DECQ R8
	JNZ  sealLoop

sealDone:
	FINISH
	RET

// func openBlocks(rk *[11][16]byte, hp *[16]el, ctr *[16]byte, y *el, dst, src *byte, n int)
// hashes n groups of 16 blocks of src and decrypts them to dst (dst may
// be src).
TEXT ·openBlocks(SB), NOSPLIT, $0-56
	SETUP
	TESTQ R8, R8
	JZ    openDone

openLoop:
	KEYSTREAM
	VMOVDQU64 0(SI), Z4
	VMOVDQU64 64(SI), Z5
	VMOVDQU64 128(SI), Z6
	VMOVDQU64 192(SI), Z7
	VPXORQ    Z4, Z0, Z0
	VPXORQ    Z5, Z1, Z1
	VPXORQ    Z6, Z2, Z2
	VPXORQ    Z7, Z3, Z3
	VMOVDQU64 Z0, 0(DI)
	VMOVDQU64 Z1, 64(DI)
	VMOVDQU64 Z2, 128(DI)
	VMOVDQU64 Z3, 192(DI)
	GHASH16
	ADDQ $256, SI
	ADDQ $256, DI
	DECQ R8
	JNZ  openLoop

openDone:
	FINISH
	RET
