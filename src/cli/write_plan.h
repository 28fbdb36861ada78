/* SPDX-License-Identifier: MIT */
/*
 * What a write would do, CPU by CPU, and whether msrkit lets it happen: the
 * new value (read-modify-write for a field), the decoded changes, and the
 * reasons to refuse it (read-only, reserved bits, locks, write-once bits,
 * unknown or inapplicable register, volatile value). Then running it through
 * the write transaction and saying what happened on each CPU.
 *
 * The rules are data-driven: a field's access (RO, RWO, RWL, RW1C, ...) and
 * the register's fields come from the database; a register is locked when
 * one of its write-once (RWO) fields is set, and then its RWL fields cannot
 * change (IA32_FEATURE_CONTROL.LOCK, VM_CR.LOCK, MSR_FLEX_RATIO's lock, ...).
 */
#ifndef MSRKIT_CLI_WRITE_PLAN_H
#define MSRKIT_CLI_WRITE_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <msrkit/access.h>
#include <msrkit/msrkit.h>

#include "regsel.h"

/* What the user asked to write. */
struct wp_target {
	struct regsel sel; /* register (ref.reg NULL: no definition) and field (NULL: whole register) */
	uint64_t value;    /* the field's raw value, or the whole register's */
};

/* Reasons to refuse a write unless --force. */
enum {
	WP_UNKNOWN_REG = 1u << 0,    /* no definition: nothing can be checked */
	WP_NOT_APPLICABLE = 1u << 1, /* the definition excludes this CPU */
	WP_READ_ONLY = 1u << 2,      /* a read-only register or field would change */
	WP_RESERVED = 1u << 3,       /* reserved bits would change */
	WP_LOCKED = 1u << 4,         /* RWL fields would change while a write-once lock bit is set */
	WP_WRITE_ONCE = 1u << 5,     /* a write-once field that is already set would change */
	WP_VOLATILE = 1u << 6,       /* whole value of a register that changes on its own */
	WP_NO_EFFECT = 1u << 7,      /* the field's access makes this value do nothing or unverifiable (RW1C, RW0C, RW1S) */
	WP_CHANGED_SINCE = 1u << 8,  /* undo: the register no longer holds what the journal wrote */
};

/* One CPU of a write: inputs, the plan, then what happened. */
struct wp_cpu {
	/* in */
	unsigned cpu;
	const struct msrkit_cpu *id;  /* identity (MAXPHYADDR, applicability); may be NULL */
	const struct wp_target *t;
	int read_err;                 /* 0, or why the current value could not be read */
	uint64_t old_value;
	bool write_only;              /* WO register: not read, new value built from 0, not verified */
	bool has_expected;            /* undo: the journal's new value, which should still be there */
	uint64_t expected;
	/* plan (wp_compute) */
	uint64_t new_value;
	uint64_t mask;                /* bits the write replaces */
	uint64_t verify_mask;         /* bits compared when reading back */
	unsigned reasons;             /* WP_* */
	uint64_t ro_bits, reserved_bits, locked_bits, once_bits, no_effect_bits;
	uint64_t lock_bits;           /* set write-once bits that lock the register */
	uint64_t sets_lock;           /* write-once bits this write sets: final until reset */
	/* outcome (wp_run) */
	long item;                    /* index in the transaction's items, or -1 (not written: same value, error) */
	bool wo_written;              /* write-only path: the write succeeded */
	int wo_err;                   /* write-only path: the write's error */
};

/* Computes c's plan from its inputs (c->t, c->id, c->old_value, ...). */
void wp_compute(struct wp_cpu *c);

/* True when c would write something (readable, new value differs, or write-only). */
bool wp_changes(const struct wp_cpu *c);

/* One "refused: ..." line per reason of c, each ending in a newline. snprintf semantics. */
size_t wp_reasons_text(const struct wp_cpu *c, char *buf, size_t len);

/*
 * Prints the plan: CPUs with the same plan once ("CPUs 0-3: 0x0 -> 0x4"), the
 * decoded field changes, warnings and refusals. force: refusals are shown as
 * overridden. A register header line precedes each register when the CPUs
 * write several (undo).
 */
void wp_print_plan(FILE *f, const struct wp_cpu *c, size_t n, bool force);

/*
 * Runs the write: write-only registers are written CPU by CPU (stopping at
 * the first failure); others through msrkit_txn_run (verify, restore on
 * failure), skipping CPUs whose value would not change. items has room for n.
 * Fills c[i].item / wo_*; *nitems gets the transaction's size. Returns 0, or
 * the transaction's error (-ECANCELED: every CPU holds its old value;
 * -ENOTRECOVERABLE: a restore failed), or the write-only path's -errno.
 */
int wp_run(struct msrkit_backend *b, struct wp_cpu *c, size_t n, struct msrkit_txn_item *items, size_t *nitems,
	   struct msrkit_txn_summary *sum);

/* Prints what happened on each CPU (grouped), after wp_run. */
void wp_print_report(FILE *f, const struct wp_cpu *c, size_t n, const struct msrkit_txn_item *items);

/* Short words for an errno in a read or write ("EIO: the CPU raised #GP and refused the value"). */
const char *wp_errtext(enum msrkit_io io, int err);

/* The name of c's register ("IA32_FEATURE_CONTROL", "MSR 0x1234"); snprintf semantics. */
size_t wp_reg_name(const struct wp_target *t, char *buf, size_t len);

#endif
