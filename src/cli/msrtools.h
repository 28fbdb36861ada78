/* SPDX-License-Identifier: MIT */
/*
 * Drop-in rdmsr and wrmsr: msrkit invoked under those names (install
 * symlinks) accepts msr-tools 1.3's options, output formats and exit codes,
 * so existing scripts keep working, with its bugs fixed: unparsable numbers
 * are errors instead of 0, -a goes in numeric CPU order, signed decimal of a
 * bit field is right, and register names work where numbers do.
 */
#ifndef MSRKIT_CLI_MSRTOOLS_H
#define MSRKIT_CLI_MSRTOOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* msr-tools' exit codes. */
enum {
	MT_EXIT_NO_CPU = 2,      /* ENXIO opening the CPU's node: "No CPU N" */
	MT_EXIT_NO_MSRS = 3,     /* EIO opening it: the CPU has no MSRs */
	MT_EXIT_MSR = 4,         /* EIO reading or writing: #GP */
	MT_EXIT_OTHER = 127,     /* usage errors and every other failure */
};

/* rdmsr output modes, as msr-tools encodes them (a base, plus flags). */
enum {
	MT_HEX = 0x01,
	MT_DEC = 0x02,  /* signed decimal */
	MT_OCT = 0x03,
	MT_RAW = 0x04,  /* 8 bytes, little-endian */
	MT_UNS = 0x05,
	MT_CHX = 0x06,  /* upper-case hex */
	MT_BASE = 0x0f,
	MT_FILL = 0x40, /* -0: leading zeroes to the field's width */
	MT_C = 0x80,    /* -c: as a C constant */
};

struct mt_opts {
	bool all;             /* -a */
	unsigned cpu;         /* -p */
	int mode;             /* MT_* */
	unsigned highbit, lowbit; /* -f h:l */
	uint32_t reg;
	uint64_t *values;     /* wrmsr: the values, in order (allocated) */
	size_t nvalues;
};

/*
 * Parses rdmsr (is_rdmsr) or wrmsr arguments into *o. Returns -1 to go on,
 * or an exit code after printing to err: 0 for -h (usage) and -V (version),
 * MT_EXIT_OTHER for bad options or arguments (with the reason, then usage).
 * prog is argv[0], as msr-tools prints it.
 */
int mt_parse(bool is_rdmsr, int argc, char **argv, struct mt_opts *o, FILE *err);

/* A register: C number syntax as strtoul base 0 reads it (0x hex, 0 octal,
 * decimal), whole string, 32 bits; or a register name (IA32_TSC). */
bool mt_parse_reg(const char *s, uint32_t *out);
/* A value: C number syntax, whole string, 64 bits. */
bool mt_parse_value(const char *s, uint64_t *out);

/*
 * Formats data as rdmsr prints it with mode and bit field h:l (newline
 * included; raw mode gives 8 binary bytes). Returns the length written to buf
 * (at most len-1 for text); buf needs 96 bytes for every mode.
 */
size_t mt_format(uint64_t data, unsigned highbit, unsigned lowbit, int mode, char *buf, size_t len);

/* Whether mode's output gets the "CPU N: " prefix under -a (raw modes do not). */
bool mt_mode_prefixed(int mode);

/* Entry point when argv[0]'s basename is "rdmsr" or "wrmsr". */
int msrtools_main(bool is_rdmsr, int argc, char **argv);

#endif
