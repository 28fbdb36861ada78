/* SPDX-License-Identifier: MIT */
/* Shared declarations of the msrkit command-line tool. */
#ifndef MSRKIT_CLI_H
#define MSRKIT_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <json-c/json.h>

#include <msrkit/msrkit.h>

#include "grow.h"

/* Exit codes (documented in the README and the man page; tests assert them). */
enum {
	EXIT_OK = 0,      /* done; for check: ready */
	EXIT_NEGATIVE = 1,/* the answer is "no": not ready, differences found */
	EXIT_USAGE = 2,   /* bad command line or input; for check: cannot tell */
	EXIT_ACCESS = 3,  /* no MSR access: driver, permission, lockdown */
	EXIT_MSR = 4,     /* a register read or write failed (#GP, verify, rollback) */
	EXIT_INTERNAL = 5,/* out of memory or another failure of the tool itself */
};

struct cli_cmd {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

int cmd_list(int argc, char **argv);
int cmd_describe(int argc, char **argv);
int cmd_decode(int argc, char **argv);
int cmd_read(int argc, char **argv);
int cmd_write(int argc, char **argv);
int cmd_vmx(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_dump(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_audit(int argc, char **argv);
int cmd_coverage(int argc, char **argv);

/* Prints "msrkit: " + message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Parses a value argument; on error prints why and returns false. */
bool cli_parse_value(const char *arg, uint64_t *out);
/* Parses a register argument (name or address); on error prints why, with
 * suggestions for unknown names, and returns false. */
bool cli_parse_reg(const char *arg, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out);
/* Parses --cpu VENDOR:FAMILY_MODEL (intel:06_55, amd:19_11) into a CPU with
 * only vendor, family and model known; prints the error and returns false
 * on bad input. */
bool cli_parse_cpu_spec(const char *arg, struct msrkit_cpu *out);
/* Whether ref's definition may apply to cpu (given as cpu_arg, the register
 * as reg_arg on the command line); prints why not and returns false when
 * it does not. */
bool cli_defined_for(const struct msrkit_reg_ref *ref, const struct msrkit_cpu *cpu, const char *cpu_arg,
		     const char *reg_arg);
/* Handles "--help"/"-h" for commands with no other options (getopt) and
 * rejects unknown options; returns -1 to continue, or an exit code. */

/* Text rendering of one decoded register value. */
void render_reg_text(FILE *f, const struct msrkit_reg_ref *ref, uint64_t value, const struct msrkit_cpu *cpu);
/* Options of render_reg_body: the register's description (desc), the field
 * table's header (unless no_header), and its rows; rows whose bits overlap
 * mark start with "* " (register bits; control bits for VMX control
 * layouts); only > 0 prints only those rows, only < 0 only the others. */
struct render_opts {
	bool desc;
	bool no_header;
	uint64_t mark;
	int only;
};
/* What render_reg_text prints below its header line; o NULL: everything. */
void render_reg_body(FILE *f, const struct msrkit_reg_ref *ref, uint64_t value, const struct msrkit_cpu *cpu,
		     const struct render_opts *o);
/* Names of the vendors in a MSRKIT_VENDOR_* set ("Intel, AMD"), or "any". */
void render_vendors(char *buf, size_t len, uint32_t vendors);
/* "06_55H" (display family and model, as the Intel SDM writes them), or
 * "0F_xxH" for every model of a family. */
void render_model(char *buf, size_t len, const struct msrkit_model *m);
/* The register's bit-range label "63:32" or "5". */
void render_bits(char *buf, size_t len, unsigned lsb, unsigned msb);

/* JSON object of one decoded register value: address, name, value,
 * value_hex, fields[] (name, lsb, msb, raw, meaning ...). */
json_object *render_reg_json(const struct msrkit_reg_ref *ref, uint64_t value, const struct msrkit_cpu *cpu);
/* JSON object describing a register definition (for list/describe). */
json_object *render_def_json(const struct msrkit_reg *reg, bool with_fields);
/* Prints a JSON value to stdout, pretty, with a newline. */
void render_json_print(json_object *o);

#endif
