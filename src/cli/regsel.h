/* SPDX-License-Identifier: MIT */
/*
 * Selecting a register, or one field of it, as people type it ("REG" or
 * "REG.FIELD"), and turning a field value they type into its raw bits.
 * Used by read and write.
 */
#ifndef MSRKIT_CLI_REGSEL_H
#define MSRKIT_CLI_REGSEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <msrkit/msrkit.h>

struct regsel {
	struct msrkit_reg_ref ref;
	const struct msrkit_field *field; /* NULL: the whole register */
};

/*
 * Parses "REG" or "REG.FIELD" (register as cli_parse_reg takes it, field
 * name in any case) for cpu (may be NULL). On error prints why (suggestions
 * for unknown registers, the list of valid fields for unknown fields) and
 * returns false.
 */
bool regsel_parse(const char *arg, const struct msrkit_cpu *cpu, struct regsel *out);

/* The field of reg named name[0..len) in any case, or NULL. */
const struct msrkit_field *regsel_find_field(const struct msrkit_reg *reg, const char *name, size_t len);

/* "LOCK, ENABLE_VMX_INSIDE_SMX, ...": every field name of reg. snprintf semantics. */
size_t regsel_field_list(const struct msrkit_reg *reg, char *buf, size_t len);

/* The bits of field f on cpu (MAXPHYADDR-wide fields shrink), as a register mask. */
uint64_t regsel_field_mask(const struct msrkit_field *f, const struct msrkit_cpu *cpu);

/* The field's access, or the register's when the field does not say. */
enum msrkit_access regsel_field_access(const struct msrkit_reg *reg, const struct msrkit_field *f);

/*
 * Parses a value for field f on cpu: a number (as msrkit_parse_u64 takes
 * it), one of the field's value names in any case ("WB", "ENABLED"), or for
 * two's-complement fields a negative decimal ("-1"). The result must fit the
 * field. Returns true with *raw set (the field's bits, shifted down), or false
 * with the reason in err (e.g. "8 does not fit ENABLE_VMX_OUTSIDE_SMX (bit 2):
 * the largest value is 1").
 */
bool regsel_field_value(const struct msrkit_field *f, const struct msrkit_cpu *cpu, const char *text, uint64_t *raw,
			char *err, size_t errlen);

/* "bit 2" or "bits 14:8" for field f on cpu. */
void regsel_field_bits(const struct msrkit_field *f, const struct msrkit_cpu *cpu, char *buf, size_t len);

#endif
