/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the register-table tests: decoding a value into an array
 * of pieces, asserting fields by name, looking registers up, and fake CPUs
 * whose CPUID and RDMSR answer from static tables. Every helper fails the
 * running cmocka test with a message naming what was looked for.
 */
#ifndef MSRKIT_TEST_CORE_DECODE_FIXTURE_H
#define MSRKIT_TEST_CORE_DECODE_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <msrkit/msrkit.h>

#define FIXTURE_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- decoding ---------------------------------------------------------- */

#define FIXTURE_MAX_PIECES 80
#define FIXTURE_MEANING_MAX 256

/* Everything msrkit_decode() reported for one value, in bit order, with the
 * meaning of each piece in words (taken while the CPU it names still exists). */
struct fixture_pieces {
	struct msrkit_decoded d[FIXTURE_MAX_PIECES];
	char meaning[FIXTURE_MAX_PIECES][FIXTURE_MEANING_MAX];
	size_t meaning_len[FIXTURE_MAX_PIECES]; /* the length the meaning needed */
	size_t n;
};

/* Decodes value as reg on cpu (may be NULL) into *out, replacing what it held. */
void fixture_decode(struct fixture_pieces *out, const struct msrkit_reg *reg, uint64_t value,
		    const struct msrkit_cpu *cpu);

/* Looks address up as fixture_reg() does (name checked unless NULL), decodes
 * value into *out and returns the definition. */
const struct msrkit_reg *fixture_decode_at(struct fixture_pieces *out, uint32_t address, const char *name,
					   uint64_t value, const struct msrkit_cpu *cpu);

/* As fixture_decode_at(), and the register must apply to cpu (MSRKIT_YES). */
const struct msrkit_reg *fixture_decode_applicable(struct fixture_pieces *out, uint32_t address,
						   const char *name, uint64_t value, const struct msrkit_cpu *cpu);

/* ---- fields of a decode ------------------------------------------------ */

/* The piece of the field called name; fails the test when none was decoded. */
const struct msrkit_decoded *fixture_field(const struct fixture_pieces *p, const char *name);

/* The raw value of the field called name. */
uint64_t fixture_raw(const struct fixture_pieces *p, const char *name);

/* The meaning of the field called name; fails the test when it did not fit. */
const char *fixture_meaning(const struct fixture_pieces *p, const char *name);

/* The field has raw value raw and, unless meaning is NULL, exactly that meaning. */
void fixture_assert_field(const struct fixture_pieces *p, const char *name, uint64_t raw, const char *meaning);

/* The field's meaning is exactly meaning. */
void fixture_assert_meaning(const struct fixture_pieces *p, const char *name, const char *meaning);

/* The field's meaning contains text. */
void fixture_assert_meaning_has(const struct fixture_pieces *p, const char *name, const char *text);

/* ---- reserved bits ----------------------------------------------------- */

/* How many reserved pieces (set bits no field names) the decode reported. */
size_t fixture_reserved_count(const struct fixture_pieces *p);

/* No reserved piece was reported. */
void fixture_assert_no_reserved(const struct fixture_pieces *p);

/* A reserved piece covers exactly bits lsb..msb and holds raw. */
void fixture_assert_reserved(const struct fixture_pieces *p, unsigned lsb, unsigned msb, uint64_t raw);

/* The reserved pieces, as "lsb-msb" joined by commas, are exactly runs
 * ("" when none is set). */
void fixture_assert_reserved_runs(const struct fixture_pieces *p, const char *runs);

/* ---- registers --------------------------------------------------------- */

/* The register at address as cpu (may be NULL) sees it; fails the test
 * unless one is defined there and, when name is not NULL, its instance name
 * (IA32_MC3_STATUS for a family member) is name. */
struct msrkit_reg_ref fixture_ref(uint32_t address, const struct msrkit_cpu *cpu, const char *name);

/* The definition of fixture_ref(address, cpu, name). */
const struct msrkit_reg *fixture_reg(uint32_t address, const struct msrkit_cpu *cpu, const char *name);

/* The definition found by name or alias (no CPU); fails the test when none. */
const struct msrkit_reg *fixture_reg_named(const char *name);

/* Whether the definition at address (looked up without a CPU: the question
 * is whether that definition exists on cpu, not which variant cpu would
 * pick) applies to cpu. */
enum msrkit_tristate fixture_applies(uint32_t address, const struct msrkit_cpu *cpu);

/* ---- fake CPUs --------------------------------------------------------- */

/* One CPUID leaf/subleaf and the registers it returns. */
struct fixture_leaf {
	uint32_t leaf, subleaf;
	uint32_t eax, ebx, ecx, edx;
};

/* One MSR: its value, or a fault (RDMSR returns -MSRKIT_EIO). */
struct fixture_msr {
	uint32_t address;
	uint64_t value;
	bool faults;
};

/* What a fake CPU knows. CPUID of a leaf not listed answers "unknown".
 * RDMSR of an address not listed faults when unlisted_fault is set (the
 * register is not implemented), else answers "unknown" (not captured). */
struct fixture_cpu_data {
	const struct fixture_leaf *leaves;
	size_t nleaves;
	const struct fixture_msr *msrs;
	size_t nmsrs;
	bool unlisted_fault;
};

#define FIXTURE_LEAVES(a) .leaves = (a), .nleaves = FIXTURE_LEN(a)
#define FIXTURE_MSRS(a) .msrs = (a), .nmsrs = FIXTURE_LEN(a)

/* A CPU of the given identity (stepping and MAXPHYADDR unknown) whose CPUID
 * and RDMSR answer from data; data NULL: no CPUID or MSR information. data
 * must outlive the CPU. */
struct msrkit_cpu fixture_cpu(uint32_t vendor, uint32_t family, uint32_t model,
			      const struct fixture_cpu_data *data);

/* A CPU answering from data whose identity msrkit_cpu_identify() takes from
 * its CPUID leaves; fails the test when it cannot. */
struct msrkit_cpu fixture_cpu_identified(const struct fixture_cpu_data *data);

#endif /* MSRKIT_TEST_CORE_DECODE_FIXTURE_H */
