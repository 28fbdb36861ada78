/* SPDX-License-Identifier: MIT */
/*
 * The decode engine: register + value (+ optional CPU) -> every field with its
 * raw value and meaning; reserved bits that are set are flagged. Output goes
 * through a per-field callback; formatting writes into caller buffers and
 * returns the length needed, like snprintf. Freestanding.
 */
#ifndef MSRKIT_DECODE_H
#define MSRKIT_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu.h"
#include "db.h"

/* The setting a VMX capability MSR allows for one control. */
enum msrkit_setting {
	MSRKIT_SETTING_EITHER = 0, /* may be 0 or 1 */
	MSRKIT_SETTING_MUST0,      /* must be 0 (not supported) */
	MSRKIT_SETTING_MUST1,      /* must be 1 (forced) */
	MSRKIT_SETTING_INVALID,    /* allowed-0 is 1 but allowed-1 is 0: no valid setting */
};

/* One decoded piece of a value. */
struct msrkit_decoded {
	/* The field definition; NULL for reserved bits, or for a control bit
	 * no definition names. */
	const struct msrkit_field *field;
	uint8_t lsb, msb;  /* bit range in the register (controls: in the control word) */
	uint64_t raw;      /* the bits, shifted down */
	uint64_t value;    /* the whole register value the piece was taken from */
	bool reserved;     /* field == NULL: bits the manual reserves, flagged because they are set */
	/* Capability layouts (CTLS_*, FIXED*): */
	bool is_control;
	enum msrkit_layout layout;
	bool may_be_0;     /* allowed-0 setting is 0 (FIXED0 bit clear) */
	bool may_be_1;     /* allowed-1 setting is 1 (FIXED1 bit set) */
	enum msrkit_setting setting;
	/* The CPU the value came from (may be NULL): units such as RAPL
	 * energy or TjMax-relative temperatures read other registers of it. */
	const struct msrkit_cpu *cpu;
};

/* Called once per decoded piece, in bit order. Nonzero stops the walk. */
typedef int (*msrkit_decode_fn)(void *arg, const struct msrkit_decoded *d);

/*
 * Decodes value as register reg. cpu (may be NULL) supplies MAXPHYADDR for
 * variable-width fields. Every field is reported; reserved bits are reported
 * only when set (one piece per contiguous run). For control layouts every
 * named control is reported, and unnamed control bits only when they may be
 * 1. Returns 0, or the first nonzero value fn returned.
 */
int msrkit_decode(const struct msrkit_reg *reg, uint64_t value, const struct msrkit_cpu *cpu,
		  msrkit_decode_fn fn, void *arg);

/*
 * Decodes only the given field of reg at value into *out (its bits, raw value
 * and, through msrkit_decoded_meaning, its meaning). Returns true, or false
 * when field is not one of reg's fields.
 */
bool msrkit_decode_field(const struct msrkit_reg *reg, const struct msrkit_field *field, uint64_t value,
			 const struct msrkit_cpu *cpu, struct msrkit_decoded *out);

/*
 * The meaning of d in words ("WB: write-back", "1280 bytes", "must be 1").
 * Writes into buf like snprintf and returns the length it needs.
 */
size_t msrkit_decoded_meaning(const struct msrkit_decoded *d, char *buf, size_t len);

/* Mask of the bits no field covers (reserved), for FIELDS layouts; cpu as above. */
uint64_t msrkit_reg_reserved_mask(const struct msrkit_reg *reg, const struct msrkit_cpu *cpu);

/* The msb a field has on cpu (MAXPHYADDR-wide fields shrink), cpu may be NULL. */
uint8_t msrkit_field_msb(const struct msrkit_field *f, const struct msrkit_cpu *cpu);

/* Words for enumerations, for front ends. */
const char *msrkit_access_name(enum msrkit_access a);   /* "RW", "RO", "RWO", ... */
const char *msrkit_scope_name(enum msrkit_scope s);     /* "thread", "core", "package", ... */
const char *msrkit_setting_name(enum msrkit_setting s); /* "either", "must-be-0", ... */

#endif /* MSRKIT_DECODE_H */
