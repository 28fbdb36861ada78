/* SPDX-License-Identifier: MIT */
/*
 * The VMX/SVM capability models of the selected CPUs, as `vmx` and `check`
 * use them: read once per CPU, compared across CPUs so that identical CPUs
 * are reported once, and missing registers explained in words.
 */
#ifndef MSRKIT_CLI_CAPS_H
#define MSRKIT_CLI_CAPS_H

#include <stdbool.h>
#include <stddef.h>

#include "source.h"

struct cpu_caps {
	unsigned cpu;                /* logical CPU number */
	const struct msrkit_cpu *id; /* identity and callbacks (owned by the source) */
	bool live;                   /* values come from this machine, not a snapshot */
	struct msrkit_vmx_caps vmx;
	struct msrkit_svm_caps svm;
};

/* Reads the models of every CPU of s into a new array of s->ncpus entries
 * (free it with free()). NULL when out of memory. */
struct cpu_caps *caps_read_all(const struct source *s);

/* Same identity and the same value (or the same reason for missing) in
 * every register and CPUID bit of the models. */
bool caps_equal(const struct cpu_caps *a, const struct cpu_caps *b);

/* "0-3,8" for the CPUs cpu[0..n) (any order); snprintf semantics. */
size_t caps_cpu_list(const unsigned *cpu, size_t n, char *buf, size_t len);

/*
 * Why register r of the model is missing, in words: "not enumerated: ..."
 * (and which capability says so), "the read raised #GP ...", or why it
 * could not be read ("not captured in the snapshot", "permission denied",
 * ...; asked again through id->rdmsr to learn the error; live says whether
 * the values come from this machine). Writes into buf (NUL-terminated) and
 * returns buf.
 */
const char *caps_missing_reason(bool live, const struct msrkit_cpu *id, const struct msrkit_vmx_caps *vmx,
				const struct msrkit_reg_value *r, char *buf, size_t len);

/* Why a read on this machine (live) or in a snapshot failed with err. */
const char *caps_errname(bool live, int err);

/* The register of the models with this address (control words: the
 * capability MSR used, or the legacy twin), or NULL. */
const struct msrkit_reg_value *caps_lookup(const struct cpu_caps *c, uint32_t address);

/* "missing", "not enumerated", "faults", "unknown": the status as a JSON word. */
const char *caps_status_name(enum msrkit_reg_status st);

/* The database definition of address for cpu (never NULL: an undefined
 * address gets a reference without a definition). */
struct msrkit_reg_ref caps_reg_ref(uint32_t address, const struct msrkit_cpu *cpu);

/* "Intel family 6 model 143 (0x8f) stepping 8", or "unknown CPU". */
void caps_identity(const struct msrkit_cpu *id, char *buf, size_t len);

#endif
