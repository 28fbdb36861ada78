/* SPDX-License-Identifier: MIT */
/*
 * The Transmeta LongRun registers (src/core/db_transmeta.c) and the ACPI
 * thermal registers an Efficeon implements, checked with the values of a real
 * processor and the CPUID leaves that condition them.
 *
 * Values (facts, transcribed from an AIDA64 dump of the InstLatx64
 * collection): Transmeta Efficeon, CPUID 00000F24, vendor "GenuineTMx86";
 * CPUID 8086_0007h reports 1000 MHz at 100 % performance.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

struct leaf {
	uint32_t leaf;
	uint32_t r[4]; /* EAX, EBX, ECX, EDX */
};

struct leaves {
	const struct leaf *l;
	size_t n;
};

static const struct leaf efficeon_cpuid[] = {
	{ 0x00000000, { 0x00000003, 0x756E6547, 0x3638784D, 0x54656E69 } },
	{ 0x00000001, { 0x00000F24, 0x00011000, 0x00000000, 0x2FCFF9FF } },
	{ 0x80860000, { 0x80860007, 0x6E617254, 0x55504361, 0x74656D73 } },
	{ 0x80860001, { 0x00000F24, 0x02000000, 0x000003E8, 0x0000142A } },
};

/* The same processor with the LongRun flags cleared. */
static const struct leaf no_longrun_cpuid[] = {
	{ 0x00000000, { 0x00000003, 0x756E6547, 0x3638784D, 0x54656E69 } },
	{ 0x00000001, { 0x00000F24, 0x00011000, 0x00000000, 0x2FCFF9FF } },
	{ 0x80860000, { 0x80860007, 0x6E617254, 0x55504361, 0x74656D73 } },
	{ 0x80860001, { 0x00000F24, 0x02000000, 0x000003E8, 0x00001420 } },
};

static bool fake_cpuid(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	const struct leaves *ls = ctx;
	size_t i, j;

	(void)subleaf;
	for (i = 0; i < ls->n; i++) {
		if (ls->l[i].leaf == leaf) {
			for (j = 0; j < 4; j++)
				out[j] = ls->l[i].r[j];
			return true;
		}
	}
	return false;
}

static struct msrkit_cpu efficeon(const struct leaves *ls)
{
	struct msrkit_cpu cpu;

	memset(&cpu, 0, sizeof(cpu));
	cpu.cpuid = fake_cpuid;
	cpu.ctx = ls;
	assert_int_equal(msrkit_cpu_identify(&cpu), 0);
	return cpu;
}

struct piece {
	const char *name;
	uint64_t raw;
	char meaning[128];
};

struct pieces {
	struct piece p[64];
	size_t n;
	size_t reserved;
};

static int collect(void *arg, const struct msrkit_decoded *d)
{
	struct pieces *ps = arg;

	if (!d->field) {
		ps->reserved++;
		return 0;
	}
	assert_true(ps->n < sizeof(ps->p) / sizeof(ps->p[0]));
	ps->p[ps->n].name = d->field->name;
	ps->p[ps->n].raw = d->raw;
	msrkit_decoded_meaning(d, ps->p[ps->n].meaning, sizeof(ps->p[ps->n].meaning));
	ps->n++;
	return 0;
}

static void decode_at(uint32_t address, const struct msrkit_cpu *cpu, const char *name, uint64_t value,
		      struct pieces *ps)
{
	struct msrkit_reg_ref ref;

	assert_int_equal(msrkit_db_find(address, cpu, &ref), 0);
	assert_string_equal(ref.reg->name, name);
	assert_int_equal(msrkit_reg_applies(ref.reg, cpu), MSRKIT_YES);
	memset(ps, 0, sizeof(*ps));
	assert_int_equal(msrkit_decode(ref.reg, value, cpu, collect, ps), 0);
	assert_int_equal(ps->reserved, 0);
}

static const struct piece *field(const struct pieces *ps, const char *name)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (!strcmp(ps->p[i].name, name))
			return &ps->p[i];
	fail_msg("field %s not decoded", name);
	return NULL;
}

static void test_identity(void **state)
{
	struct leaves ls = { efficeon_cpuid, sizeof(efficeon_cpuid) / sizeof(efficeon_cpuid[0]) };
	struct msrkit_cpu cpu = efficeon(&ls);

	(void)state;
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_OTHER);
	assert_int_equal(cpu.family, 0xF);
	assert_int_equal(cpu.model, 0x2);
}

static void test_longrun(void **state)
{
	struct leaves ls = { efficeon_cpuid, sizeof(efficeon_cpuid) / sizeof(efficeon_cpuid[0]) };
	struct msrkit_cpu cpu = efficeon(&ls);
	struct pieces ps;

	(void)state;
	/* Unbounded: LongRun may use 100 % of the range at both ends. */
	decode_at(0x80868010u, &cpu, "LONGRUN_CTRL", UINT64_C(0x0000006400000064), &ps);
	assert_int_equal(field(&ps, "LOWER_BOUND")->raw, 100);
	assert_int_equal(field(&ps, "UPPER_BOUND")->raw, 100);

	decode_at(0x80868011u, &cpu, "LONGRUN_FLAGS", 1, &ps);
	assert_string_equal(field(&ps, "PERFORMANCE_MODE")->meaning, "PERFORMANCE: performance mode");

	decode_at(0x80868018u, &cpu, "LRTI_READOUT", UINT64_C(0x0000000400000000), &ps);
	assert_int_equal(field(&ps, "LEVEL")->raw, 0);
	assert_int_equal(field(&ps, "MAXIMUM_LEVEL")->raw, 4);

	/* Level 0, the fastest: the 1000 MHz of CPUID 8086_0007h. */
	decode_at(0x8086801Au, &cpu, "LRTI_VOLT_MHZ", UINT64_C(0x00000578000003E8), &ps);
	assert_string_equal(field(&ps, "MHZ")->meaning, "1000 MHz");
	assert_int_equal(field(&ps, "VOLT")->raw, 0x578);
}

static void test_longrun_needs_cpuid_flag(void **state)
{
	struct leaves ls = { no_longrun_cpuid, sizeof(no_longrun_cpuid) / sizeof(no_longrun_cpuid[0]) };
	struct msrkit_cpu cpu = efficeon(&ls);
	struct msrkit_cpu intel;
	struct msrkit_reg_ref ref;

	(void)state;
	assert_int_equal(msrkit_db_find(0x80868010u, &cpu, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &cpu), MSRKIT_NO);
	assert_int_equal(msrkit_db_find(0x8086801Au, &cpu, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &cpu), MSRKIT_NO);

	memset(&intel, 0, sizeof(intel));
	intel.vendor = MSRKIT_VENDOR_INTEL;
	intel.family = 6;
	intel.model = 0x5E;
	assert_int_equal(msrkit_reg_applies(ref.reg, &intel), MSRKIT_NO);
}

/* CPUID.01H:EDX[22] (ACPI) is set, and the Efficeon answers at 19AH-19CH. */
static void test_acpi_thermal_registers(void **state)
{
	struct leaves ls = { efficeon_cpuid, sizeof(efficeon_cpuid) / sizeof(efficeon_cpuid[0]) };
	struct msrkit_cpu cpu = efficeon(&ls);
	struct pieces ps;

	(void)state;
	decode_at(0x19A, &cpu, "IA32_CLOCK_MODULATION", 0x2, &ps);
	assert_int_equal(field(&ps, "ON_DEMAND_CLOCK_MODULATION_ENABLE")->raw, 0);
	decode_at(0x19B, &cpu, "IA32_THERM_INTERRUPT", 0, &ps);
	decode_at(0x19C, &cpu, "IA32_THERM_STATUS", 0, &ps);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identity),
		cmocka_unit_test(test_longrun),
		cmocka_unit_test(test_longrun_needs_cpuid_flag),
		cmocka_unit_test(test_acpi_thermal_registers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
