/* SPDX-License-Identifier: MIT */
/*
 * The Transmeta LongRun registers (src/core/db_transmeta.c) and the ACPI
 * thermal registers an Efficeon implements, checked with the values of a real
 * processor and the CPUID leaves that condition them.
 *
 * Values (facts, transcribed from an AIDA64 dump of the InstLatx64
 * collection): Transmeta Efficeon, CPUID 00000F24, vendor "GenuineTMx86";
 * CPUID 8086_0007h reports 1000 MHz, core voltage 578h and LongRun value 100
 * (the fastest level).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

static const struct fixture_leaf efficeon_cpuid[] = {
	{ 0x00000000, 0, 0x00000003, 0x756E6547, 0x3638784D, 0x54656E69 },
	{ 0x00000001, 0, 0x00000F24, 0x00011000, 0x00000000, 0x2FCFF9FF },
	{ 0x80860000, 0, 0x80860007, 0x6E617254, 0x55504361, 0x74656D73 },
	{ 0x80860001, 0, 0x00000F24, 0x02000000, 0x000003E8, 0x0000142A },
};

/* The same processor with the LongRun flags cleared. */
static const struct fixture_leaf no_longrun_cpuid[] = {
	{ 0x00000000, 0, 0x00000003, 0x756E6547, 0x3638784D, 0x54656E69 },
	{ 0x00000001, 0, 0x00000F24, 0x00011000, 0x00000000, 0x2FCFF9FF },
	{ 0x80860000, 0, 0x80860007, 0x6E617254, 0x55504361, 0x74656D73 },
	{ 0x80860001, 0, 0x00000F24, 0x02000000, 0x000003E8, 0x00001420 },
};

static const struct fixture_cpu_data efficeon = { FIXTURE_LEAVES(efficeon_cpuid) };
static const struct fixture_cpu_data no_longrun = { FIXTURE_LEAVES(no_longrun_cpuid) };

static void test_identity(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&efficeon);

	(void)state;
	assert_int_equal(cpu.vendor, MSRKIT_VENDOR_OTHER);
	assert_int_equal(cpu.family, 0xF);
	assert_int_equal(cpu.model, 0x2);
}

static void test_longrun(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&efficeon);
	struct fixture_pieces ps;

	(void)state;
	/* Unbounded: LongRun may use 100 % of the range at both ends. */
	fixture_decode_applicable(&ps, 0x80868010u, "LONGRUN_CTRL", UINT64_C(0x0000006400000064), &cpu);
	fixture_assert_no_reserved(&ps);
	assert_int_equal(fixture_raw(&ps, "LOWER_BOUND"), 100);
	assert_int_equal(fixture_raw(&ps, "UPPER_BOUND"), 100);

	fixture_decode_applicable(&ps, 0x80868011u, "LONGRUN_FLAGS", 1, &cpu);
	fixture_assert_no_reserved(&ps);
	fixture_assert_meaning(&ps, "PERFORMANCE_MODE", "PERFORMANCE: performance mode");

	fixture_decode_applicable(&ps, 0x80868018u, "LRTI_READOUT", UINT64_C(0x0000000400000000), &cpu);
	fixture_assert_no_reserved(&ps);
	assert_int_equal(fixture_raw(&ps, "LEVEL"), 0);
	assert_int_equal(fixture_raw(&ps, "MAXIMUM_LEVEL"), 4);

	/* Level 0, the fastest: the 1000 MHz of CPUID 8086_0007h. */
	fixture_decode_applicable(&ps, 0x8086801Au, "LRTI_VOLT_MHZ", UINT64_C(0x00000578000003E8), &cpu);
	fixture_assert_no_reserved(&ps);
	fixture_assert_meaning(&ps, "MHZ", "1000 MHz");
	assert_int_equal(fixture_raw(&ps, "VOLT"), 0x578);
}

/* The table interface beyond Linux: the performance index of the selected
 * level, which the Windows DDK driver reads from the low dword only. */
static void test_lrti_performance_index(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&efficeon);
	struct msrkit_cpu no_lrti = fixture_cpu_identified(&no_longrun);
	struct fixture_pieces ps;

	(void)state;
	/* Level 0: LongRun value 100, as CPUID 8086_0007h reports for it. The
	 * high dword (Ch) is undocumented and reported as reserved. */
	fixture_decode_applicable(&ps, 0x80868019u, "LONGRUN_TI_PERFORMANCE_INDEX", UINT64_C(0x0000000C00000064),
				  &cpu);
	assert_int_equal(fixture_raw(&ps, "PERFORMANCE_INDEX"), 100);
	fixture_assert_reserved_runs(&ps, "34-35");
	assert_ptr_equal(fixture_reg_named("LONGRUN_TI_PERFORMANCE_INDEX_MSR"),
			 fixture_reg(0x80868019u, &cpu, "LONGRUN_TI_PERFORMANCE_INDEX"));
	assert_int_equal(fixture_applies(0x80868019u, &no_lrti), MSRKIT_NO);

	/* The DDK names of the registers Linux also defines. */
	assert_ptr_equal(fixture_reg_named("LONGRUN_CONTROL_STATUS_MSR"), fixture_reg(0x80868010u, &cpu, NULL));
	assert_ptr_equal(fixture_reg_named("LONGRUN_FLAGS_REGISTER_MSR"), fixture_reg(0x80868011u, &cpu, NULL));
	assert_ptr_equal(fixture_reg_named("LONGRUN_TI_READOUT_MSR"), fixture_reg(0x80868018u, &cpu, NULL));
	assert_ptr_equal(fixture_reg_named("LONGRUN_TI_VOLTAGE_FREQUENCY_MSR"), fixture_reg(0x8086801Au, &cpu, NULL));
}

/* 8086_801Bh-801Dh are named (memory and I/O divisors, gate delay) but laid
 * out nowhere public: known by name, without fields, so a dump's set bits
 * show as reserved rather than guessed; 8086_8030h-8037h are named nowhere. */
static void test_unlaid_registers(void **state)
{
	static const char *const names[] = { "LONGRUN_TI_MEMORY_DIVISORS", "LONGRUN_TI_IO_DIVISORS",
					     "LONGRUN_TI_GATE_DELAY" };
	struct msrkit_cpu cpu = fixture_cpu_identified(&efficeon);
	struct msrkit_reg_ref ref;
	struct fixture_pieces ps;
	uint32_t a;

	(void)state;
	for (a = 0x8086801Bu; a <= 0x8086801Du; a++) {
		const struct msrkit_reg *r = fixture_decode_applicable(&ps, a, names[a - 0x8086801Bu],
									UINT64_C(0x0000000700000007), &cpu);

		assert_int_equal(r->nfields, 0);
		fixture_assert_reserved_runs(&ps, "0-2,32-34");
	}
	for (a = 0x80868030u; a <= 0x80868037u; a++)
		assert_int_not_equal(msrkit_db_find(a, &cpu, &ref), 0);
}

static void test_longrun_needs_cpuid_flag(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&no_longrun);
	struct msrkit_cpu intel = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0x5E, NULL);
	struct msrkit_reg_ref ref;

	(void)state;
	assert_int_equal(msrkit_db_find(0x80868010u, &cpu, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &cpu), MSRKIT_NO);
	assert_int_equal(msrkit_db_find(0x8086801Au, &cpu, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &cpu), MSRKIT_NO);
	assert_int_equal(msrkit_reg_applies(ref.reg, &intel), MSRKIT_NO);
}

/* CPUID.01H:EDX[22] (ACPI) is set, and the Efficeon answers at 19AH-19CH. */
static void test_acpi_thermal_registers(void **state)
{
	struct msrkit_cpu cpu = fixture_cpu_identified(&efficeon);
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x19A, "IA32_CLOCK_MODULATION", 0x2, &cpu);
	fixture_assert_no_reserved(&ps);
	assert_int_equal(fixture_raw(&ps, "ON_DEMAND_CLOCK_MODULATION_ENABLE"), 0);
	fixture_decode_applicable(&ps, 0x19B, "IA32_THERM_INTERRUPT", 0, &cpu);
	fixture_assert_no_reserved(&ps);
	fixture_decode_applicable(&ps, 0x19C, "IA32_THERM_STATUS", 0, &cpu);
	fixture_assert_no_reserved(&ps);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identity),
		cmocka_unit_test(test_longrun),
		cmocka_unit_test(test_longrun_needs_cpuid_flag),
		cmocka_unit_test(test_lrti_performance_index),
		cmocka_unit_test(test_unlaid_registers),
		cmocka_unit_test(test_acpi_thermal_registers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
