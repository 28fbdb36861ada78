/* SPDX-License-Identifier: MIT */
/*
 * Finding registers in the database: by address, by name (case-insensitive,
 * manual name or alias, instances of indexed families such as IA32_MC3_STATUS),
 * and suggestions for misspelt names. Freestanding.
 */
#ifndef MSRKIT_LOOKUP_H
#define MSRKIT_LOOKUP_H

#include <stddef.h>
#include <stdint.h>

#include "cpu.h"
#include "db.h"

/* One concrete register: a definition plus, for families, which instance. */
struct msrkit_reg_ref {
	const struct msrkit_reg *reg; /* NULL: address with no definition */
	uint32_t address;
	unsigned index;               /* instance number ({n}); 0 for single registers */
};

/* All tables of the database; *count receives their number. */
const struct msrkit_reg_table *const *msrkit_db_tables(size_t *count);

/* Number of register definitions (families count once). */
size_t msrkit_db_count(void);

/* Walks every definition in address order (a merge of the sorted tables).
 * Definitions at the same address (vendor or model variants) keep table
 * order. The iterator is caller storage; nothing is allocated. */
#define MSRKIT_DB_MAX_TABLES 32
struct msrkit_db_iter {
	size_t pos[MSRKIT_DB_MAX_TABLES];
};
void msrkit_db_iter_init(struct msrkit_db_iter *it);
/* The next definition, or NULL at the end. */
const struct msrkit_reg *msrkit_db_iter_next(struct msrkit_db_iter *it);

/* The table a definition belongs to ("vmx", "arch", ...), or NULL. */
const char *msrkit_reg_family(const struct msrkit_reg *reg);

/* Families span at most this many addresses (checked by the table tests);
 * lookups rely on it. */
#define MSRKIT_MAX_FAMILY_SPAN 0x800u

/*
 * Finds the definition of address for cpu (NULL: the first definition whose
 * vendor is not excluded). Fills *out (out->reg NULL when none) and returns 0
 * when found, -1 when the address has no definition.
 */
int msrkit_db_find(uint32_t address, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out);

/*
 * Finds a register by name: the manual name or an alias, any case; family
 * instances by their expanded name ("IA32_MC3_STATUS"). Returns 0 or -1.
 */
int msrkit_db_find_name(const char *name, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out);

/*
 * Writes the instance name of ref into buf (like snprintf: always
 * NUL-terminated when len > 0) and returns the length it needs. Families get
 * {n} replaced by the instance number; unknown registers get "MSR_0x%x".
 */
size_t msrkit_reg_ref_name(const struct msrkit_reg_ref *ref, char *buf, size_t len);

/*
 * Up to max registers whose names (or aliases) are closest to name, best
 * first, by edit distance (only those within a useful distance). Returns how
 * many were stored in out.
 */
size_t msrkit_db_suggest(const char *name, const struct msrkit_reg **out, size_t max);

/* If address is r's address or that of an instance of its family, the
 * instance's index from 0 (index_base not added); else -1. */
long msrkit_reg_instance_of(const struct msrkit_reg *r, uint32_t address);

/* Number of instances of a definition (1 for single registers). */
static inline unsigned msrkit_reg_instances(const struct msrkit_reg *r)
{
	return r->count ? r->count : 1u;
}

#endif /* MSRKIT_LOOKUP_H */
