/* SPDX-License-Identifier: MIT */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "decode_fixture.h"

/* ---- decoding ---------------------------------------------------------- */

static int collect(void *arg, const struct msrkit_decoded *d)
{
	struct fixture_pieces *p = arg;

	if (p->n >= FIXTURE_MAX_PIECES)
		fail_msg("more than %d decoded pieces: raise FIXTURE_MAX_PIECES", FIXTURE_MAX_PIECES);
	p->d[p->n] = *d;
	p->meaning_len[p->n] = msrkit_decoded_meaning(d, p->meaning[p->n], FIXTURE_MEANING_MAX);
	p->n++;
	return 0;
}

void fixture_decode(struct fixture_pieces *out, const struct msrkit_reg *reg, uint64_t value,
		    const struct msrkit_cpu *cpu)
{
	int rc;

	memset(out, 0, sizeof(*out));
	rc = msrkit_decode(reg, value, cpu, collect, out);
	if (rc)
		fail_msg("decoding 0x%llx as %s returned %d", (unsigned long long)value, reg->name, rc);
}

const struct msrkit_reg *fixture_decode_at(struct fixture_pieces *out, uint32_t address, const char *name,
					   uint64_t value, const struct msrkit_cpu *cpu)
{
	const struct msrkit_reg *reg = fixture_reg(address, cpu, name);

	fixture_decode(out, reg, value, cpu);
	return reg;
}

const struct msrkit_reg *fixture_decode_applicable(struct fixture_pieces *out, uint32_t address,
						   const char *name, uint64_t value, const struct msrkit_cpu *cpu)
{
	const struct msrkit_reg *reg = fixture_reg(address, cpu, name);
	enum msrkit_tristate applies = msrkit_reg_applies(reg, cpu);

	if (applies != MSRKIT_YES)
		fail_msg("%s (0x%x) does not apply to the CPU (%d, expected yes)", reg->name, address, applies);
	fixture_decode(out, reg, value, cpu);
	return reg;
}

/* ---- fields of a decode ------------------------------------------------ */

static size_t index_of(const struct fixture_pieces *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (p->d[i].field && !strcmp(p->d[i].field->name, name))
			return i;
	fail_msg("field %s not decoded (%zu pieces)", name, p->n);
	return 0;
}

const struct msrkit_decoded *fixture_field(const struct fixture_pieces *p, const char *name)
{
	return &p->d[index_of(p, name)];
}

uint64_t fixture_raw(const struct fixture_pieces *p, const char *name)
{
	return fixture_field(p, name)->raw;
}

const char *fixture_meaning(const struct fixture_pieces *p, const char *name)
{
	size_t i = index_of(p, name);

	if (p->meaning_len[i] >= FIXTURE_MEANING_MAX)
		fail_msg("%s: meaning of %zu characters does not fit FIXTURE_MEANING_MAX", name,
			 p->meaning_len[i]);
	return p->meaning[i];
}

void fixture_assert_field(const struct fixture_pieces *p, const char *name, uint64_t raw, const char *meaning)
{
	uint64_t got = fixture_raw(p, name);

	if (got != raw)
		fail_msg("%s: raw 0x%llx (%llu), expected 0x%llx (%llu)", name, (unsigned long long)got,
			 (unsigned long long)got, (unsigned long long)raw, (unsigned long long)raw);
	if (meaning)
		fixture_assert_meaning(p, name, meaning);
}

void fixture_assert_meaning(const struct fixture_pieces *p, const char *name, const char *meaning)
{
	const char *got = fixture_meaning(p, name);

	if (strcmp(got, meaning))
		fail_msg("%s: meaning \"%s\", expected \"%s\"", name, got, meaning);
}

void fixture_assert_meaning_has(const struct fixture_pieces *p, const char *name, const char *text)
{
	const char *got = fixture_meaning(p, name);

	if (!strstr(got, text))
		fail_msg("%s: meaning \"%s\" does not contain \"%s\"", name, got, text);
}

/* ---- reserved bits ----------------------------------------------------- */

size_t fixture_reserved_count(const struct fixture_pieces *p)
{
	size_t i, n = 0;

	for (i = 0; i < p->n; i++)
		n += p->d[i].reserved;
	return n;
}

void fixture_assert_no_reserved(const struct fixture_pieces *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (p->d[i].reserved)
			fail_msg("reserved bits %u..%u set", p->d[i].lsb, p->d[i].msb);
}

void fixture_assert_reserved(const struct fixture_pieces *p, unsigned lsb, unsigned msb, uint64_t raw)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (p->d[i].reserved && p->d[i].lsb == lsb && p->d[i].msb == msb && p->d[i].raw == raw)
			return;
	fail_msg("no reserved piece %u:%u = 0x%llx", msb, lsb, (unsigned long long)raw);
}

void fixture_assert_reserved_runs(const struct fixture_pieces *p, const char *runs)
{
	char buf[256] = "";
	size_t i, len = 0;

	for (i = 0; i < p->n; i++) {
		if (!p->d[i].reserved)
			continue;
		len += (size_t)snprintf(buf + len, len < sizeof(buf) ? sizeof(buf) - len : 0, "%s%u-%u",
					len ? "," : "", p->d[i].lsb, p->d[i].msb);
	}
	if (len >= sizeof(buf))
		fail_msg("%zu characters of reserved runs do not fit", len);
	if (strcmp(buf, runs))
		fail_msg("reserved runs \"%s\", expected \"%s\"", buf, runs);
}

/* ---- registers --------------------------------------------------------- */

struct msrkit_reg_ref fixture_ref(uint32_t address, const struct msrkit_cpu *cpu, const char *name)
{
	struct msrkit_reg_ref ref;
	char buf[64];

	if (msrkit_db_find(address, cpu, &ref) || !ref.reg)
		fail_msg("no register defined at 0x%x%s", address, cpu ? " for this CPU" : "");
	if (name) {
		if (msrkit_reg_ref_name(&ref, buf, sizeof(buf)) >= sizeof(buf))
			fail_msg("0x%x: instance name longer than %zu characters", address, sizeof(buf) - 1);
		if (strcmp(buf, name))
			fail_msg("0x%x is %s, expected %s", address, buf, name);
	}
	return ref;
}

const struct msrkit_reg *fixture_reg(uint32_t address, const struct msrkit_cpu *cpu, const char *name)
{
	return fixture_ref(address, cpu, name).reg;
}

const struct msrkit_reg *fixture_reg_named(const char *name)
{
	struct msrkit_reg_ref ref;

	if (msrkit_db_find_name(name, NULL, &ref) || !ref.reg)
		fail_msg("%s not found by name", name);
	return ref.reg;
}

enum msrkit_tristate fixture_applies(uint32_t address, const struct msrkit_cpu *cpu)
{
	return msrkit_reg_applies(fixture_reg(address, NULL, NULL), cpu);
}

/* ---- fake CPUs --------------------------------------------------------- */

static bool table_cpuid(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	const struct fixture_cpu_data *data = ctx;
	size_t i;

	for (i = 0; i < data->nleaves; i++) {
		const struct fixture_leaf *l = &data->leaves[i];

		if (l->leaf == leaf && l->subleaf == subleaf) {
			out[0] = l->eax;
			out[1] = l->ebx;
			out[2] = l->ecx;
			out[3] = l->edx;
			return true;
		}
	}
	return false;
}

/* Any error but EIO means "value unknown" to the core. */
#define NOT_CAPTURED (-1)

static int table_rdmsr(const void *ctx, uint32_t address, uint64_t *val)
{
	const struct fixture_cpu_data *data = ctx;
	size_t i;

	for (i = 0; i < data->nmsrs; i++) {
		const struct fixture_msr *m = &data->msrs[i];

		if (m->address == address) {
			if (m->faults)
				return -MSRKIT_EIO;
			*val = m->value;
			return 0;
		}
	}
	return data->unlisted_fault ? -MSRKIT_EIO : NOT_CAPTURED;
}

struct msrkit_cpu fixture_cpu(uint32_t vendor, uint32_t family, uint32_t model,
			      const struct fixture_cpu_data *data)
{
	struct msrkit_cpu cpu;

	memset(&cpu, 0, sizeof(cpu));
	cpu.vendor = vendor;
	cpu.family = family;
	cpu.model = model;
	if (data) {
		cpu.cpuid = table_cpuid;
		cpu.rdmsr = table_rdmsr;
		cpu.ctx = data;
	}
	return cpu;
}

struct msrkit_cpu fixture_cpu_identified(const struct fixture_cpu_data *data)
{
	struct msrkit_cpu cpu = fixture_cpu(0, 0, 0, data);

	if (msrkit_cpu_identify(&cpu))
		fail_msg("msrkit_cpu_identify failed: the fake CPU has no CPUID leaf 0");
	return cpu;
}
