/* SPDX-License-Identifier: MIT */
/*
 * Field-level comparison of register values, for diff and audit: which
 * fields (VMX controls, reserved bits) of two values differ, each side's
 * raw value and meaning.
 */
#ifndef MSRKIT_CLI_FIELDDIFF_H
#define MSRKIT_CLI_FIELDDIFF_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <msrkit/msrkit.h>

/* One piece of a register that differs between values. */
struct fdiff_item {
	const char *name;   /* field name; NULL: reserved bits (or an unnamed control) */
	unsigned lsb, msb;  /* bits in the register (controls: the control's bit number) */
	bool control;       /* a capability layout (VMX controls, CR0/CR4 fixed bits) */
};

/* At most this many differing pieces are reported per register. */
#define FDIFF_MAX 80

/*
 * Compares values a and b of reg (cpu_a, cpu_b may be NULL; cpu_a decides
 * MAXPHYADDR-wide fields), ignoring the bits in ignore. Fills out with the
 * differing pieces in bit order (at most FDIFF_MAX) and returns their number.
 */
size_t fdiff_compare(const struct msrkit_reg *reg, uint64_t a, uint64_t b, const struct msrkit_cpu *cpu_a,
		     uint64_t ignore, struct fdiff_item *out);

/* Merges the pieces of src into dst (kept in bit order, no duplicates);
 * returns dst's new count. */
size_t fdiff_merge(struct fdiff_item *dst, size_t n, const struct fdiff_item *src, size_t m);

/*
 * What piece it shows in value v: the raw bits ("1", "0x7f"; empty for
 * controls) and their meaning ("ENABLED: ...", "must be 0: not supported";
 * empty when the raw value says everything). snprintf semantics for both.
 */
void fdiff_show(const struct msrkit_reg *reg, const struct fdiff_item *it, uint64_t v, const struct msrkit_cpu *cpu,
		char *raw, size_t rawlen, char *meaning, size_t mlen);

/* "LOCK (bit 0)", "(reserved) (bits 63:21)", "control ENABLE_EPT (bit 1)". snprintf semantics. */
void fdiff_label(const struct fdiff_item *it, char *buf, size_t len);

/* A value as short hex ("0x5"). */
void fdiff_hex(char *buf, size_t len, uint64_t v);

#endif
