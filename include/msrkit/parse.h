/* SPDX-License-Identifier: MIT */
/*
 * Parsers for what people type: 64-bit values and register designators.
 * Freestanding; every parser rejects anything it does not fully understand.
 */
#ifndef MSRKIT_PARSE_H
#define MSRKIT_PARSE_H

#include <stdint.h>

#include "cpu.h"
#include "lookup.h"

/* Parser errors (returned negated). */
enum msrkit_parse_error {
	MSRKIT_PARSE_OK = 0,
	MSRKIT_PARSE_EMPTY = 1,    /* nothing to parse */
	MSRKIT_PARSE_SYNTAX = 2,   /* a character that does not belong */
	MSRKIT_PARSE_RANGE = 3,    /* does not fit in 64 bits (or 32 for addresses) */
	MSRKIT_PARSE_UNKNOWN = 4,  /* a name the database does not know */
};

/* Short English text for a parse error, e.g. "not a number". */
const char *msrkit_parse_strerror(int err);

/*
 * Parses a 64-bit value: "0x" hex, "h"-suffixed hex as the SDM writes it
 * ("3Ah"), plain decimal, "_" between digits, and AIDA64's dash-grouped
 * 16-digit hex ("00DA-0400-0000-0011"). Leading/trailing blanks are not
 * accepted. Returns 0 or a negative msrkit_parse_error.
 */
int msrkit_parse_u64(const char *s, uint64_t *out);

/*
 * Parses a register designator: a name (see msrkit_db_find_name) or an
 * address in any msrkit_parse_u64 form that fits in 32 bits. An address with
 * no definition gives 0 with out->reg == NULL. A name the database does not
 * know gives -MSRKIT_PARSE_UNKNOWN.
 */
int msrkit_parse_reg(const char *s, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out);

#endif /* MSRKIT_PARSE_H */
