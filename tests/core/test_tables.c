/* SPDX-License-Identifier: MIT */
/*
 * Table linter: every register table must be sorted, unique, inside 64 bits,
 * with identifier names, a reference and at least one field. Runs over every
 * table in the database, so a new data file is checked the moment it is listed.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

static char msg[512];

static void failf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void failf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fail_msg("%s", msg);
}

/* Identifier: [A-Za-z_][A-Za-z0-9_]*, where "{n}" may stand for digits. */
static bool is_identifier(const char *s, bool allow_index)
{
	size_t i = 0;

	if (!s || !*s || isdigit((unsigned char)*s))
		return false;
	while (s[i]) {
		if (allow_index && !strncmp(s + i, "{n}", 3)) {
			i += 3;
			continue;
		}
		if (!isalnum((unsigned char)s[i]) && s[i] != '_')
			return false;
		i++;
	}
	return true;
}

static unsigned instances(const struct msrkit_reg *r)
{
	return msrkit_reg_instances(r);
}

static uint32_t last_address(const struct msrkit_reg *r)
{
	return r->address + (instances(r) - 1) * (uint32_t)(r->stride ? r->stride : 1);
}

static void test_tables_sorted(void **state)
{
	size_t n, t, i;
	const struct msrkit_reg_table *const *tables = msrkit_db_tables(&n);

	(void)state;
	assert_true(n <= MSRKIT_DB_MAX_TABLES);
	for (t = 0; t < n; t++) {
		assert_non_null(tables[t]->family);
		for (i = 1; i < tables[t]->count; i++)
			if (tables[t]->regs[i].address < tables[t]->regs[i - 1].address)
				failf("table %s: %s (0x%x) comes after %s (0x%x): keep tables sorted by address",
				      tables[t]->family, tables[t]->regs[i].name, tables[t]->regs[i].address,
				      tables[t]->regs[i - 1].name, tables[t]->regs[i - 1].address);
	}
}

static bool models_disjoint(const struct msrkit_reg *a, const struct msrkit_reg *b)
{
	size_t i, j;

	if (!a->nmodels || !b->nmodels)
		return false;
	for (i = 0; i < a->nmodels; i++)
		for (j = 0; j < b->nmodels; j++)
			if (a->models[i].family == b->models[j].family &&
			    (a->models[i].model == b->models[j].model || a->models[i].model == MSRKIT_MODEL_ANY ||
			     b->models[j].model == MSRKIT_MODEL_ANY))
				return false;
	return true;
}

/* Two definitions may share addresses only as variants for different CPUs,
 * or as a model-specific layout over a general one (the lookup prefers the
 * model-specific definition on the models it lists). */
static bool variants(const struct msrkit_reg *a, const struct msrkit_reg *b)
{
	if (a->vendors && b->vendors && !(a->vendors & b->vendors))
		return true;
	if (!a->nmodels != !b->nmodels)
		return true;
	return models_disjoint(a, b);
}

static bool share_address(const struct msrkit_reg *a, const struct msrkit_reg *b)
{
	unsigned i;

	if (last_address(a) < b->address || last_address(b) < a->address)
		return false;
	for (i = 0; i < instances(a); i++) {
		uint32_t addr = a->address + i * (uint32_t)(a->stride ? a->stride : 1);
		struct msrkit_reg_ref ref;

		(void)ref;
		if (addr >= b->address && addr <= last_address(b) &&
		    (addr - b->address) % (b->stride ? b->stride : 1) == 0)
			return true;
	}
	return false;
}

static void test_addresses_unique(void **state)
{
	struct msrkit_db_iter it, jt;
	const struct msrkit_reg *a, *b;

	(void)state;
	msrkit_db_iter_init(&it);
	while ((a = msrkit_db_iter_next(&it))) {
		jt = it;
		while ((b = msrkit_db_iter_next(&jt))) {
			if (b->address > last_address(a))
				break;
			if (share_address(a, b) && !variants(a, b))
				failf("%s (0x%x) and %s (0x%x) share an address without disjoint vendors or models",
				      a->name, a->address, b->name, b->address);
		}
	}
}

static void test_families(void **state)
{
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;

	(void)state;
	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it))) {
		bool templ = strstr(r->name, "{n}") != NULL;

		if (instances(r) > 1 && !templ)
			failf("%s: a family of %u registers needs {n} in its name", r->name, instances(r));
		if (instances(r) == 1 && templ && r->count != 1)
			failf("%s: {n} in the name of a single register (set .count)", r->name);
		if (last_address(r) - r->address >= MSRKIT_MAX_FAMILY_SPAN)
			failf("%s: family spans 0x%x addresses, more than MSRKIT_MAX_FAMILY_SPAN", r->name,
			      last_address(r) - r->address);
		if (last_address(r) < r->address)
			failf("%s: family wraps around the address space", r->name);
	}
}

static void test_names(void **state)
{
	struct msrkit_db_iter it, jt;
	const struct msrkit_reg *a, *b;
	size_t i, j;

	(void)state;
	msrkit_db_iter_init(&it);
	while ((a = msrkit_db_iter_next(&it))) {
		if (!is_identifier(a->name, true))
			failf("register name '%s' (0x%x) is not an identifier", a->name, a->address);
		for (i = 0; i < a->naliases; i++)
			if (!is_identifier(a->aliases[i], true))
				failf("%s: alias '%s' is not an identifier", a->name, a->aliases[i]);
		msrkit_db_iter_init(&jt);
		while ((b = msrkit_db_iter_next(&jt))) {
			if (a == b || variants(a, b))
				continue;
			if (!strcasecmp(a->name, b->name))
				failf("register name %s is used twice (0x%x, 0x%x)", a->name, a->address, b->address);
			for (j = 0; j < b->naliases; j++)
				if (!strcasecmp(a->name, b->aliases[j]))
					failf("alias %s of %s is the name of another register", b->aliases[j], b->name);
			for (i = 0; i < a->naliases; i++)
				for (j = 0; j < b->naliases; j++)
					if (!strcasecmp(a->aliases[i], b->aliases[j]))
						failf("alias %s names both %s and %s", a->aliases[i], a->name, b->name);
		}
	}
}

static void check_fields(const struct msrkit_reg *r)
{
	unsigned limit = r->layout == MSRKIT_LAYOUT_CTLS_2X32 ? 32 : 64;
	uint64_t covered = 0;
	size_t i, j;

	/* No fields: the register exists but the manual publishes no layout
	 * (or reserves every bit); the description must say so. */
	if (!r->nfields && !strstr(r->desc, "no fields published") && !strstr(r->desc, "every bit reserved"))
		failf("%s: no fields, and the description does not say why (a plain register gets one field covering "
		      "its bits)", r->name);
	for (i = 0; i < r->nfields; i++) {
		const struct msrkit_field *f = &r->fields[i];
		uint64_t m;

		if (!is_identifier(f->name, false))
			failf("%s: field name '%s' is not an identifier", r->name, f->name ? f->name : "(null)");
		if (!f->desc || !*f->desc)
			failf("%s.%s: no description", r->name, f->name);
		if (!f->width || f->lsb + f->width > limit)
			failf("%s.%s: bits %u..%u outside the register's %u bits", r->name, f->name, f->lsb,
			      f->lsb + f->width - 1, limit);
		if (r->layout != MSRKIT_LAYOUT_FIELDS && f->width != 1)
			failf("%s.%s: controls and fixed bits are one bit wide", r->name, f->name);
		if (i && f->lsb <= r->fields[i - 1].lsb)
			failf("%s.%s: fields must be sorted by lsb", r->name, f->name);
		m = (f->width >= 64 ? ~0ULL : ((1ULL << f->width) - 1)) << f->lsb;
		if (covered & m)
			failf("%s.%s overlaps another field", r->name, f->name);
		covered |= m;
		for (j = 0; j < r->nfields; j++)
			if (j != i && !strcmp(f->name, r->fields[j].name))
				failf("%s: field %s defined twice", r->name, f->name);
		for (j = 0; j < f->nvalues; j++) {
			size_t k;

			if (f->width < 64 && f->values[j].value >> f->width)
				failf("%s.%s: named value %llu does not fit %u bits", r->name, f->name,
				      (unsigned long long)f->values[j].value, f->width);
			if (!f->values[j].name && !f->values[j].desc)
				failf("%s.%s: named value %llu has neither name nor description", r->name, f->name,
				      (unsigned long long)f->values[j].value);
			for (k = 0; k < j; k++)
				if (f->values[k].value == f->values[j].value)
					failf("%s.%s: value %llu named twice", r->name, f->name,
					      (unsigned long long)f->values[j].value);
		}
		if (f->kind == MSRKIT_KIND_ENUM && !f->nvalues)
			failf("%s.%s: an enumeration without values", r->name, f->name);
		if (f->kind == MSRKIT_KIND_FLAG && f->width != 1)
			failf("%s.%s: a flag is one bit wide", r->name, f->name);
	}
}

static void test_definitions(void **state)
{
	struct msrkit_db_iter it;
	const struct msrkit_reg *r;
	size_t i;

	(void)state;
	msrkit_db_iter_init(&it);
	while ((r = msrkit_db_iter_next(&it))) {
		if (!r->desc || !*r->desc)
			failf("%s: no description", r->name);
		if (!r->ref.doc || !*r->ref.doc || !r->ref.section || !*r->ref.section || !r->ref.title ||
		    !*r->ref.title)
			failf("%s: reference needs document, section and title", r->name);
		if (r->access == MSRKIT_ACCESS_UNSPECIFIED)
			failf("%s: access not specified", r->name);
		if (r->scope == MSRKIT_SCOPE_UNSPECIFIED)
			failf("%s: scope not specified", r->name);
		for (i = 0; i < r->ncond; i++) {
			const struct msrkit_cond *c = &r->cond[i];

			if (!c->text || !*c->text)
				failf("%s: condition %zu has no text", r->name, i);
			if (c->lsb + (c->width ? c->width : 1) > (c->kind == MSRKIT_COND_CPUID ? 32 : 64))
				failf("%s: condition '%s' outside its register", r->name, c->text);
		}
		if (r->default1 && r->layout != MSRKIT_LAYOUT_CTLS_2X32)
			failf("%s: default1 is for VMX control capability MSRs only", r->name);
		check_fields(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tables_sorted),
		cmocka_unit_test(test_addresses_unique),
		cmocka_unit_test(test_families),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_definitions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
