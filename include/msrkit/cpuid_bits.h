/* SPDX-License-Identifier: MIT */
/*
 * Named CPUID feature bits and fields: the leaves people compare between
 * machines (01H, 06H, 07H, 0DH, 80000001H, 80000007H, 80000008H, 8000000AH,
 * C0000001H) and the fields that identify one logical processor (APIC IDs in
 * 01H, 0BH, 1FH, 8000001EH, 80000026H; the hardware feedback row in 06H).
 *
 * Data only, sorted by leaf, subleaf, register and bit. Names are the
 * manuals' (Intel SDM Vol. 2A CPUID, AMD APM Vol. 3 Appendix E); where a
 * manual describes a bit without a short name, the Linux kernel's name is
 * used and the entry's reference says so. Two entries cover the same
 * bits only for disjoint vendors.
 *
 * Freestanding: this header needs only <stdint.h>, <stddef.h>, <stdbool.h>.
 */
#ifndef MSRKIT_CPUID_BITS_H
#define MSRKIT_CPUID_BITS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db.h"

/* Entry flags. */
/* The field identifies the logical processor (APIC ID, node): it differs between CPUs by design. */
#define MSRKIT_CPUID_PER_CPU (1u << 0)

/* One named bit (width 1) or field of a CPUID output register. */
struct msrkit_cpuid_bit {
	uint32_t leaf;             /* EAX input */
	uint32_t subleaf;          /* ECX input; only when by_subleaf */
	bool by_subleaf;           /* the leaf has subleaves: the entry is for subleaf only;
	                            * otherwise it holds for every subleaf */
	enum msrkit_cpuid_reg reg; /* output register */
	uint8_t lsb;
	uint8_t width;             /* 0 means 1 */
	const char *name;          /* as the manual writes it */
	const char *alias;         /* the Linux /proc/cpuinfo name when it differs; NULL */
	const char *desc;          /* one line: what the bit says */
	uint32_t vendors;          /* MSRKIT_VENDOR_* bits; MSRKIT_VENDOR_ANY = all */
	uint32_t flags;            /* MSRKIT_CPUID_* */
	struct msrkit_ref ref;
};

/*
 * Every entry, sorted by leaf, subleaf (0 when not by_subleaf), register,
 * lsb, then vendors. *count gets their number. The array is static.
 */
const struct msrkit_cpuid_bit *msrkit_cpuid_bits(size_t *count);

/*
 * The entry that covers bit (0-31) of register reg of leaf/subleaf on a CPU
 * of vendor (one MSRKIT_VENDOR_* bit; 0 when unknown: the first entry that
 * covers the bit), or NULL when the bit has no name.
 */
const struct msrkit_cpuid_bit *msrkit_cpuid_bit_find(uint32_t leaf, uint32_t subleaf, enum msrkit_cpuid_reg reg,
						     unsigned bit, uint32_t vendor);

/* Does the table name any bit of register reg of leaf/subleaf? */
bool msrkit_cpuid_reg_known(uint32_t leaf, uint32_t subleaf, enum msrkit_cpuid_reg reg);

#endif /* MSRKIT_CPUID_BITS_H */
