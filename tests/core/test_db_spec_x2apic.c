/* SPDX-License-Identifier: MIT */
/*
 * The speculation-control, x2APIC and architectural-extension tables
 * (src/core/db_spec_ctrl.c, db_x2apic.c, db_arch_ext.c), checked by decoding
 * values read from real processors. Every expected bit below was worked out
 * by hand from the value and the SDM layout.
 *
 * Values (facts, transcribed from AIDA64 dumps of the InstLatx64 collection):
 *   Sapphire Rapids  (CPUID 000806F8)   Ice Lake-SP (CPUID 000606A6)
 *   Alder Lake       (CPUID 00090672)   Meteor Lake (CPUID 000A06A4)
 *   Arrow Lake-H     (CPUID 000C0652)   Genoa       (CPUID 00A10F11)
 *   Knights Landing  (CPUID 00050671)   Tiger Lake  (CPUID 000806C1)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* IA32_ARCH_CAPABILITIES (10AH) */
#define SPR_ARCH_CAP UINT64_C(0x000000000028FDEB)
#define ICX_ARCH_CAP UINT64_C(0x00000000000001EB)
#define ADL_ARCH_CAP UINT64_C(0x0000000000000D6B)
#define MTL_ARCH_CAP UINT64_C(0x000000000D89FD6B)
#define ARL_ARCH_CAP UINT64_C(0x000000000DE9FD6B)

/* IA32_SPEC_CTRL (48H) as Windows left it: IBRS set */
#define SPR_SPEC_CTRL UINT64_C(0x0000000000000001)

/* IA32_APIC_BASE (1BH): SPR in x2APIC mode, ADL in xAPIC mode */
#define SPR_APIC_BASE UINT64_C(0x00000000FEE00D00)
#define ADL_APIC_BASE UINT64_C(0x00000000FEE00900)

/* x2APIC timer registers */
#define SPR_LVT_TIMER   UINT64_C(0x00000000000300D1)
#define GENOA_LVT_TIMER UINT64_C(0x00000000000200D1)
#define SPR_DIV_CONF    UINT64_C(0x000000000000000A)
#define KNL_DIV_CONF    UINT64_C(0x0000000000000002)
#define TGL_INIT_COUNT  UINT64_C(0x000000000000124F)

/* Every named IA32_ARCH_CAPABILITIES bit, in bit order. */
static const char *const arch_cap_bits[] = {
	"RDCL_NO", "IBRS_ALL", "RSBA", "SKIP_L1DFL_VMENTRY", "SSB_NO", "MDS_NO", "IF_PSCHANGE_MC_NO",
	"TSX_CTRL", "TAA_NO", "MCU_CONTROL", "MISC_PACKAGE_CTLS", "ENERGY_FILTERING_CTL", "DOITM",
	"SBDR_SSDP_NO", "FBSDP_NO", "PSDP_NO", "MCU_ENUMERATION", "FB_CLEAR", "FB_CLEAR_CTRL", "RRSBA",
	"BHI_NO", "XAPIC_DISABLE_STATUS", "MCU_EXTENDED_SERVICE", "OVERCLOCKING_STATUS", "PBRSB_NO",
	"GDS_CTRL", "GDS_NO", "RFDS_NO", "RFDS_CLEAR", "IGN_UMONITOR_SUPPORT", "MON_UMON_MITG_SUPPORT",
	"PBOPT_SUPPORT", "ITS_NO", "MSR_VIRTUAL_ENUMERATION_SUPPORTED",
};
static const unsigned arch_cap_lsb[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
	25, 26, 27, 28, 29, 30, 32, 62, 63,
};

static bool listed(const char *const *names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return true;
	return false;
}

/* Decodes value and checks every named bit: 1 exactly for the names in set. */
static void check_arch_cap(uint64_t value, const char *const *set, size_t nset)
{
	struct fixture_pieces p;
	size_t i;

	fixture_decode_at(&p, 0x10A, NULL, value, NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(p.n, sizeof(arch_cap_bits) / sizeof(arch_cap_bits[0]));
	for (i = 0; i < p.n; i++) {
		const struct msrkit_decoded *d = fixture_field(&p, arch_cap_bits[i]);
		uint64_t want = listed(set, nset, arch_cap_bits[i]) ? 1 : 0;

		assert_int_equal(d->lsb, arch_cap_lsb[i]);
		assert_int_equal(d->msb, arch_cap_lsb[i]);
		if (d->raw != want)
			fail_msg("%s: decoded %llu, expected %llu", arch_cap_bits[i],
				 (unsigned long long)d->raw, (unsigned long long)want);
	}
	for (i = 0; i < nset; i++)
		assert_true(listed(arch_cap_bits, p.n, set[i]));
}

/* ---- IA32_ARCH_CAPABILITIES -------------------------------------------- */

/* 28FDEB: bits 0 1 3 5 6 7 8 10 11 12 13 14 15 19 21 */
static void test_arch_cap_sapphire_rapids(void **state)
{
	static const char *const set[] = {
		"RDCL_NO", "IBRS_ALL", "SKIP_L1DFL_VMENTRY", "MDS_NO", "IF_PSCHANGE_MC_NO", "TSX_CTRL",
		"TAA_NO", "MISC_PACKAGE_CTLS", "ENERGY_FILTERING_CTL", "DOITM", "SBDR_SSDP_NO", "FBSDP_NO",
		"PSDP_NO", "RRSBA", "XAPIC_DISABLE_STATUS",
	};
	struct fixture_pieces p;

	(void)state;
	check_arch_cap(SPR_ARCH_CAP, set, sizeof(set) / sizeof(set[0]));

	/* The ones a reader of this CPU cares about, spelled out. */
	fixture_decode_at(&p, 0x10A, NULL, SPR_ARCH_CAP, NULL);
	assert_int_equal(fixture_raw(&p, "SSB_NO"), 0);
	assert_int_equal(fixture_raw(&p, "RSBA"), 0);
	assert_int_equal(fixture_raw(&p, "RRSBA"), 1);
	assert_int_equal(fixture_raw(&p, "BHI_NO"), 0);
	assert_int_equal(fixture_raw(&p, "GDS_NO"), 0);
	fixture_assert_meaning(&p, "IBRS_ALL", "yes");
	fixture_assert_meaning(&p, "PBRSB_NO", "no");
}

/* 1EB: bits 0 1 3 5 6 7 8 */
static void test_arch_cap_ice_lake_sp(void **state)
{
	static const char *const set[] = {
		"RDCL_NO", "IBRS_ALL", "SKIP_L1DFL_VMENTRY", "MDS_NO", "IF_PSCHANGE_MC_NO", "TSX_CTRL", "TAA_NO",
	};

	(void)state;
	check_arch_cap(ICX_ARCH_CAP, set, sizeof(set) / sizeof(set[0]));
}

/* D6B: bits 0 1 3 5 6 8 10 11 */
static void test_arch_cap_alder_lake(void **state)
{
	static const char *const set[] = {
		"RDCL_NO", "IBRS_ALL", "SKIP_L1DFL_VMENTRY", "MDS_NO", "IF_PSCHANGE_MC_NO", "TAA_NO",
		"MISC_PACKAGE_CTLS", "ENERGY_FILTERING_CTL",
	};

	(void)state;
	check_arch_cap(ADL_ARCH_CAP, set, sizeof(set) / sizeof(set[0]));
}

/* D89FD6B: bits 0 1 3 5 6 8 10-16 19 23 24 26 27 */
static void test_arch_cap_meteor_lake(void **state)
{
	static const char *const set[] = {
		"RDCL_NO", "IBRS_ALL", "SKIP_L1DFL_VMENTRY", "MDS_NO", "IF_PSCHANGE_MC_NO", "TAA_NO",
		"MISC_PACKAGE_CTLS", "ENERGY_FILTERING_CTL", "DOITM", "SBDR_SSDP_NO", "FBSDP_NO", "PSDP_NO",
		"MCU_ENUMERATION", "RRSBA", "OVERCLOCKING_STATUS", "PBRSB_NO", "GDS_NO", "RFDS_NO",
	};

	(void)state;
	check_arch_cap(MTL_ARCH_CAP, set, sizeof(set) / sizeof(set[0]));
}

/* DE9FD6B: as Meteor Lake plus bits 21 and 22 */
static void test_arch_cap_arrow_lake(void **state)
{
	static const char *const set[] = {
		"RDCL_NO", "IBRS_ALL", "SKIP_L1DFL_VMENTRY", "MDS_NO", "IF_PSCHANGE_MC_NO", "TAA_NO",
		"MISC_PACKAGE_CTLS", "ENERGY_FILTERING_CTL", "DOITM", "SBDR_SSDP_NO", "FBSDP_NO", "PSDP_NO",
		"MCU_ENUMERATION", "RRSBA", "XAPIC_DISABLE_STATUS", "MCU_EXTENDED_SERVICE",
		"OVERCLOCKING_STATUS", "PBRSB_NO", "GDS_NO", "RFDS_NO",
	};

	(void)state;
	check_arch_cap(ARL_ARCH_CAP, set, sizeof(set) / sizeof(set[0]));
}

/* Undefined bits stay visible: bit 31 and bits 61:33 are reserved. */
static void test_arch_cap_reserved_bits(void **state)
{
	struct fixture_pieces p;
	size_t i, nres = 0;

	(void)state;
	fixture_decode_at(&p, 0x10A, NULL, (UINT64_C(1) << 31) | (UINT64_C(1) << 40) | 1, NULL);
	for (i = 0; i < p.n; i++) {
		if (!p.d[i].reserved)
			continue;
		nres++;
		assert_int_equal(p.d[i].lsb, p.d[i].msb);
		assert_true(p.d[i].lsb == 31 || p.d[i].lsb == 40);
	}
	assert_int_equal(nres, 2);
	assert_int_equal(fixture_raw(&p, "RDCL_NO"), 1);
}

/* ---- IA32_SPEC_CTRL, IA32_PRED_CMD ------------------------------------ */

static void test_spec_ctrl(void **state)
{
	static const char *const off[] = {
		"STIBP", "SSBD", "IPRED_DIS_U", "IPRED_DIS_S", "RRSBA_DIS_U", "RRSBA_DIS_S", "PSFD",
		"DDPD_U", "BHI_DIS_S",
	};
	struct fixture_pieces p;
	size_t i;

	(void)state;
	fixture_decode_at(&p, 0x48, NULL, SPR_SPEC_CTRL, NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(p.n, 10);
	assert_int_equal(fixture_raw(&p, "IBRS"), 1);
	fixture_assert_meaning(&p, "IBRS", "yes");
	for (i = 0; i < sizeof(off) / sizeof(off[0]); i++)
		assert_int_equal(fixture_raw(&p, off[i]), 0);
	assert_int_equal(fixture_field(&p, "PSFD")->lsb, 7);
	assert_int_equal(fixture_field(&p, "BHI_DIS_S")->lsb, 10);

	/* Bit 9 is reserved. */
	fixture_decode_at(&p, 0x48, NULL, UINT64_C(0x204), NULL);
	assert_int_equal(fixture_raw(&p, "SSBD"), 1);
	for (i = 0; i < p.n && !p.d[i].reserved; i++)
		;
	assert_true(i < p.n);
	assert_int_equal(p.d[i].lsb, 9);
}

static void test_pred_cmd_write_only(void **state)
{
	const struct msrkit_reg *r = fixture_reg(0x49, NULL, NULL);
	struct fixture_pieces p;

	(void)state;
	assert_string_equal(r->name, "IA32_PRED_CMD");
	assert_int_equal(r->access, MSRKIT_WO);
	fixture_decode_at(&p, 0x49, NULL, UINT64_C(0x81), NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "IBPB"), 1);
	assert_int_equal(fixture_raw(&p, "SBPB"), 1);
}

/* ---- applicability on real CPU identities ------------------------------ */

static const struct fixture_leaf spr_leaves[] = {
	{ 0x0, 0, 0x00000020, 0x756E6547, 0x6C65746E, 0x49656E69 },
	{ 0x1, 0, 0x000806F8, 0x00800800, 0x7FFEFBFF, 0xBFEBFBFF },
	{ 0x7, 0, 0x00000002, 0xF3BFBFFB, 0xBB417FEE, 0xFFDD4430 },
};
static const struct fixture_msr spr_msrs[] = {
	{ 0x1B, SPR_APIC_BASE },
	{ 0x10A, SPR_ARCH_CAP },
};
static const struct fixture_cpu_data spr = { FIXTURE_LEAVES(spr_leaves), FIXTURE_MSRS(spr_msrs),
					     .unlisted_fault = true };

static const struct fixture_leaf adl_leaves[] = {
	{ 0x0, 0, 0x00000020, 0x756E6547, 0x6C65746E, 0x49656E69 },
	{ 0x1, 0, 0x00090672, 0x00200800, 0x7FFAFBBF, 0xBFEBFBFF },
	{ 0x7, 0, 0x00000001, 0xF3BFA7EB, 0x98C05FEE, 0xFC984510 },
};
static const struct fixture_msr adl_msrs[] = {
	{ 0x1B, ADL_APIC_BASE },
	{ 0x10A, ADL_ARCH_CAP },
};
static const struct fixture_cpu_data adl = { FIXTURE_LEAVES(adl_leaves), FIXTURE_MSRS(adl_msrs),
					     .unlisted_fault = true };

static void test_applicability(void **state)
{
	struct msrkit_cpu s = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0, &spr);
	struct msrkit_cpu a = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0, &adl);

	(void)state;
	/* CPUID.(EAX=07H,ECX=0):EDX[29] on both. */
	assert_int_equal(fixture_applies(0x10A, &s), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x10A, &a), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x48, &s), MSRKIT_YES);
	/* IA32_TSX_CTRL needs IA32_ARCH_CAPABILITIES[7]: SPR has it, ADL not. */
	assert_int_equal(fixture_applies(0x122, &s), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x122, &a), MSRKIT_NO);
	/* IA32_UARCH_MISC_CTL needs DOITM (bit 12): SPR only. */
	assert_int_equal(fixture_applies(0x1B01, &s), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x1B01, &a), MSRKIT_NO);
	/* IA32_XAPIC_DISABLE_STATUS needs bit 21: SPR only. */
	assert_int_equal(fixture_applies(0xBD, &s), MSRKIT_YES);
	assert_int_equal(fixture_applies(0xBD, &a), MSRKIT_NO);
	/* x2APIC registers: SPR runs in x2APIC mode (APIC_BASE[10]), ADL not. */
	assert_int_equal(fixture_applies(0x832, &s), MSRKIT_YES);
	assert_int_equal(fixture_applies(0x832, &a), MSRKIT_NO);
	/* Without a CPU nothing is known. */
	assert_int_equal(fixture_applies(0x832, NULL), MSRKIT_UNKNOWN);
}

/* ---- x2APIC ------------------------------------------------------------ */

static void test_x2apic_families(void **state)
{
	struct msrkit_reg_ref ref;

	(void)state;
	assert_int_equal(fixture_ref(0x813, NULL, "IA32_X2APIC_ISR3").index, 3);
	assert_int_equal(fixture_ref(0x810, NULL, "IA32_X2APIC_ISR0").index, 0);
	assert_int_equal(fixture_ref(0x817, NULL, "IA32_X2APIC_ISR7").index, 7);
	assert_int_equal(fixture_ref(0x818, NULL, "IA32_X2APIC_TMR0").index, 0);
	assert_int_equal(fixture_ref(0x81F, NULL, "IA32_X2APIC_TMR7").index, 7);
	assert_int_equal(fixture_ref(0x820, NULL, "IA32_X2APIC_IRR0").index, 0);
	assert_int_equal(fixture_ref(0x827, NULL, "IA32_X2APIC_IRR7").index, 7);
	assert_int_equal(fixture_ref(0x830, NULL, "IA32_X2APIC_ICR").index, 0);

	assert_int_equal(msrkit_db_find_name("ia32_x2apic_isr3", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x813);
	assert_int_equal(ref.index, 3);
	/* Holes in the x2APIC range stay undefined. */
	assert_int_equal(msrkit_db_find(0x809, NULL, &ref), -1);
	assert_int_equal(msrkit_db_find(0x831, NULL, &ref), -1);
}

static void test_x2apic_lvt_timer(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x832, NULL, SPR_LVT_TIMER, NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "VECTOR"), 0xD1);
	assert_int_equal(fixture_raw(&p, "DELIVERY_STATUS"), 0);
	assert_int_equal(fixture_raw(&p, "MASK"), 1);
	assert_int_equal(fixture_raw(&p, "TIMER_MODE"), 1);
	fixture_assert_meaning(&p, "VECTOR", "0xd1");
	fixture_assert_meaning(&p, "MASK", "Masked: the interrupt is inhibited");
	fixture_assert_meaning(&p, "TIMER_MODE", "Periodic: reload the initial count after each interrupt");

	fixture_decode_at(&p, 0x832, NULL, GENOA_LVT_TIMER, NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "MASK"), 0);
	assert_int_equal(fixture_raw(&p, "TIMER_MODE"), 1);
}

static void test_x2apic_timer_counts(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode_at(&p, 0x83E, NULL, SPR_DIV_CONF, NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "DIVIDE_VALUE"), 0xA);
	fixture_assert_meaning(&p, "DIVIDE_VALUE", "Divide by 128");
	fixture_decode_at(&p, 0x83E, NULL, KNL_DIV_CONF, NULL);
	fixture_assert_meaning(&p, "DIVIDE_VALUE", "Divide by 8");
	/* Bit 2 is not part of any divisor. */
	fixture_decode_at(&p, 0x83E, NULL, UINT64_C(0x4), NULL);
	fixture_assert_meaning(&p, "DIVIDE_VALUE", "undefined value 4");

	fixture_decode_at(&p, 0x838, NULL, TGL_INIT_COUNT, NULL);
	fixture_assert_no_reserved(&p);
	fixture_assert_meaning(&p, "INITIAL_COUNT", "4687");
	assert_true(fixture_reg(0x839, NULL, NULL)->is_volatile);
	assert_false(fixture_reg(0x838, NULL, NULL)->is_volatile);
}

static void test_x2apic_icr(void **state)
{
	struct fixture_pieces p;
	size_t i;

	(void)state;
	/* A startup IPI to x2APIC ID 5, vector 9AH, physical, assert, edge. */
	fixture_decode_at(&p, 0x830, NULL, UINT64_C(0x000000050000469A), NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "VECTOR"), 0x9A);
	assert_int_equal(fixture_raw(&p, "DELIVERY_MODE"), 6);
	fixture_assert_meaning(&p, "DELIVERY_MODE", "Start Up: deliver a SIPI: the target starts at vector * 4 KiB");
	assert_int_equal(fixture_raw(&p, "DESTINATION_MODE"), 0);
	assert_int_equal(fixture_raw(&p, "LEVEL"), 1);
	assert_int_equal(fixture_raw(&p, "DESTINATION_SHORTHAND"), 0);
	assert_int_equal(fixture_raw(&p, "DESTINATION"), 5);
	/* x2APIC mode has no delivery status bit: bit 12 is reserved. */
	fixture_decode_at(&p, 0x830, NULL, UINT64_C(0x1000), NULL);
	for (i = 0; i < p.n && !p.d[i].reserved; i++)
		;
	assert_true(i < p.n);
	assert_int_equal(p.d[i].lsb, 12);
	assert_int_equal(p.d[i].msb, 12);
}

static void test_x2apic_version(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* Version 15H, 7 LVT entries (encoded 6), EOI-broadcast suppression. */
	fixture_decode_at(&p, 0x803, NULL, UINT64_C(0x01060015), NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "VERSION"), 0x15);
	assert_int_equal(fixture_raw(&p, "MAX_LVT_ENTRY"), 6);
	fixture_assert_meaning(&p, "MAX_LVT_ENTRY", "7");
	assert_int_equal(fixture_raw(&p, "EOI_BROADCAST_SUPPRESSION"), 1);
}

/* ---- architectural extensions ----------------------------------------- */

static void test_arch_ext_lookup(void **state)
{
	struct msrkit_reg_ref ref;

	(void)state;
	assert_int_equal(fixture_ref(0x8E, NULL, "IA32_SGXLEPUBKEYHASH2").index, 2);
	assert_int_equal(fixture_ref(0x584, NULL, "IA32_RTIT_ADDR2_A").index, 2);
	assert_int_equal(fixture_ref(0x587, NULL, "IA32_RTIT_ADDR3_B").index, 3);
	assert_int_equal(fixture_ref(0x1D2, NULL, "IA32_FRED_SSP2").index, 2);
	assert_int_equal(fixture_ref(0xC93, NULL, "IA32_L3_QOS_MASK_3").index, 3);
	assert_int_equal(fixture_ref(0xD10, NULL, "IA32_L2_QOS_MASK_0").index, 0);
	assert_int_equal(msrkit_db_find_name("MSR_IA32_INT_SSP_TAB", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x6A8);
	assert_int_equal(msrkit_db_find_name("IA32_FRED_SSP0", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x6A4);
	assert_int_equal(msrkit_db_find_name("MSR_IA32_CORE_CAPS", NULL, &ref), 0);
	assert_int_equal(ref.address, 0xCF);
}

static void test_rtit_ctl(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* TraceEn, OS, User, ToPA, TSCEn, BranchEn, MTCFreq 8, ADDR0 as a filter range. */
	fixture_decode_at(&p, 0x570, NULL, UINT64_C(0x000000010002250D), NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "TRACE_EN"), 1);
	assert_int_equal(fixture_raw(&p, "OS"), 1);
	assert_int_equal(fixture_raw(&p, "USER"), 1);
	assert_int_equal(fixture_raw(&p, "TOPA"), 1);
	assert_int_equal(fixture_raw(&p, "TSC_EN"), 1);
	assert_int_equal(fixture_raw(&p, "BRANCH_EN"), 1);
	assert_int_equal(fixture_raw(&p, "CYC_EN"), 0);
	assert_int_equal(fixture_raw(&p, "PSB_FREQ"), 0);
	assert_int_equal(fixture_raw(&p, "MTC_FREQ"), 8);
	fixture_assert_meaning(&p, "PSB_FREQ", "2K bytes");
	assert_int_equal(fixture_raw(&p, "ADDR0_CFG"), 1);
	fixture_assert_meaning(&p, "ADDR0_CFG", "FilterEn: tracing is allowed while the IP is in the range");
}

static void test_xss_and_cet(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* A Linux host with CET user shadow stacks, PT and arch LBR in XSAVES. */
	fixture_decode_at(&p, 0xDA0, NULL, UINT64_C(0x8900), NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "PT"), 1);
	assert_int_equal(fixture_raw(&p, "CET_U"), 1);
	assert_int_equal(fixture_raw(&p, "CET_S"), 0);
	assert_int_equal(fixture_raw(&p, "LBR"), 1);

	fixture_decode_at(&p, 0x6A0, NULL, UINT64_C(0x00007F0000001001), NULL);
	fixture_assert_no_reserved(&p);
	assert_int_equal(fixture_raw(&p, "SH_STK_EN"), 1);
	assert_int_equal(fixture_raw(&p, "ENDBR_EN"), 0);
	fixture_assert_meaning(&p, "EB_LEG_BITMAP_BASE", "0x7f0000001000");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_cap_sapphire_rapids),
		cmocka_unit_test(test_arch_cap_ice_lake_sp),
		cmocka_unit_test(test_arch_cap_alder_lake),
		cmocka_unit_test(test_arch_cap_meteor_lake),
		cmocka_unit_test(test_arch_cap_arrow_lake),
		cmocka_unit_test(test_arch_cap_reserved_bits),
		cmocka_unit_test(test_spec_ctrl),
		cmocka_unit_test(test_pred_cmd_write_only),
		cmocka_unit_test(test_applicability),
		cmocka_unit_test(test_x2apic_families),
		cmocka_unit_test(test_x2apic_lvt_timer),
		cmocka_unit_test(test_x2apic_timer_counts),
		cmocka_unit_test(test_x2apic_icr),
		cmocka_unit_test(test_x2apic_version),
		cmocka_unit_test(test_arch_ext_lookup),
		cmocka_unit_test(test_rtit_ctl),
		cmocka_unit_test(test_xss_and_cet),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
