/* SPDX-License-Identifier: MIT */
/*
 * The AMD/Hygon and Centaur/Zhaoxin tables (src/core/db_amd.c,
 * src/core/db_centaur.c), checked by decoding values read from real
 * processors; every expected field below was worked out by hand from the
 * manuals' layouts.
 *
 * Values (facts, transcribed from AIDA64 dumps of the InstLatx64 collection):
 *   K8 Windsor           CPUID 00040F33 (family 0Fh)
 *   K10 Deneb            CPUID 00100F42 (family 10h)
 *   Bulldozer Interlagos CPUID 00600F12 (family 15h)
 *   Jaguar Kabini        CPUID 00700F01 (family 16h)
 *   Zen Summit Ridge     CPUID 00800F11 (family 17h)
 *   Zen 2 Matisse        CPUID 00870F10 (family 17h)
 *   Zen 3 Milan          CPUID 00A00F11 (family 19h)
 *   Zen 4 Genoa          CPUID 00A10F11 (family 19h)
 *   Zen 4 Raphael        CPUID 00A60F12 (family 19h)
 *   Zen 5 Granite Ridge  CPUID 00B40F40 (family 1Ah)
 *   Zen 5c Turin Dense   CPUID 00B10F10 (family 1Ah, EPYC 9965)
 *   Zhaoxin KX-6000      CPUID 000107B2 (CentaurHauls, family 7)
 * SYSCFG of an EPYC 7453 (Milan, SEV-SNP enabled) as published in the public
 * AMDSEV issue tracker. VM_CR values are synthetic: the corpus has none, and
 * the three LOCK/SVMDIS combinations are exactly what a readiness check must
 * tell apart.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* ---- CPUs ------------------------------------------------------------- */

/* Extended CPUID leaves the applicability conditions read. */
static const struct fixture_leaf raphael_cpuid[] = {
	{ 0x80000000, 0, 0x80000028, 0x68747541, 0x444D4163, 0x69746E65 },
	{ 0x80000001, 0, 0x00A60F12, 0x00000000, 0x75C237FF, 0x2FD3FBFF },
	{ 0x80000007, 0, 0x00000000, 0x0000003B, 0x00000000, 0x00006799 },
	{ 0x80000008, 0, 0x00003030, 0x191EF257, 0x0000400B, 0x00010000 },
};
static const struct fixture_leaf genoa_cpuid[] = {
	{ 0x80000000, 0, 0x80000028, 0x68747541, 0x444D4163, 0x69746E65 },
	{ 0x80000001, 0, 0x00A10F11, 0x40000000, 0x75C237FF, 0x2FD3FBFF },
	{ 0x80000007, 0, 0x00000000, 0x0000003B, 0x00000000, 0x00006799 },
	{ 0x80000008, 0, 0x00003934, 0x79BEF25F, 0x000080BF, 0x00010007 },
};
static const struct fixture_leaf summit_cpuid[] = {
	{ 0x80000000, 0, 0x8000001F, 0x68747541, 0x444D4163, 0x69746E65 },
	{ 0x80000001, 0, 0x00800F11, 0x20000000, 0x35C233FF, 0x2FD3FBFF },
	{ 0x80000007, 0, 0x00000000, 0x0000001B, 0x00000000, 0x00006599 },
	{ 0x80000008, 0, 0x00003030, 0x00000007, 0x0000400F, 0x00000000 },
};

#define AMD MSRKIT_VENDOR_AMD
#define HYGON MSRKIT_VENDOR_HYGON
#define CENTAUR MSRKIT_VENDOR_CENTAUR

/* ---- HWCR ------------------------------------------------------------- */

static void test_hwcr_zen(void **state)
{
	struct msrkit_cpu raphael = { .vendor = AMD, .family = 0x19, .model = 0x61, .maxphyaddr = 48 };
	struct msrkit_cpu matisse = { .vendor = AMD, .family = 0x17, .model = 0x71, .maxphyaddr = 48 };
	struct msrkit_cpu milan = { .vendor = AMD, .family = 0x19, .model = 0x01, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Raphael: SMM locked, SMI/RSM special cycles off, counters locked read-only. */
	fixture_decode_applicable(&ps, 0xC0010015, "HWCR", UINT64_C(0x0000000189006011), &raphael);
	fixture_assert_field(&ps, "SmmLock", 1, NULL);
	fixture_assert_field(&ps, "TlbCacheDis", 0, NULL);
	fixture_assert_field(&ps, "INVDWBINVD", 1, NULL);
	fixture_assert_field(&ps, "SmiSpCycDis", 1, NULL);
	fixture_assert_field(&ps, "RsmSpCycDis", 1, NULL);
	fixture_assert_field(&ps, "McStatusWrEn", 0, NULL);
	fixture_assert_field(&ps, "TscFreqSel", 1, NULL);
	fixture_assert_field(&ps, "CpbDis", 0, NULL);
	fixture_assert_field(&ps, "EffFreqReadOnlyLock", 1, NULL);
	fixture_assert_field(&ps, "IRPerfEn", 0, NULL);
	fixture_assert_meaning(&ps, "SmmLock", "yes");
	/* SMM_BASE locked too, and fast TPR lowering off (client parts). */
	fixture_assert_field(&ps, "SmmBaseLock", 1, NULL);
	fixture_assert_field(&ps, "TprLoweringDis", 1, NULL);
	fixture_assert_field(&ps, "SmmPgCfgLock", 0, NULL);
	fixture_assert_field(&ps, "CpuidUserDis", 0, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Matisse: boost disabled and the instructions-retired counter on. */
	fixture_decode_applicable(&ps, 0xC0010015, "HWCR", UINT64_C(0x00000001CB000011), &matisse);
	fixture_assert_field(&ps, "CpbDis", 1, NULL);
	fixture_assert_field(&ps, "IRPerfEn", 1, NULL);
	fixture_assert_field(&ps, "SmiSpCycDis", 0, NULL);
	fixture_assert_field(&ps, "SmmBaseLock", 1, NULL);
	fixture_assert_field(&ps, "TprLoweringDis", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Milan (server): SMM_BASE locked, fast TPR lowering left on. */
	fixture_decode_applicable(&ps, 0xC0010015, "HWCR", UINT64_C(0x0000000089006011), &milan);
	fixture_assert_field(&ps, "SmmBaseLock", 1, NULL);
	fixture_assert_field(&ps, "TprLoweringDis", 0, NULL);
	fixture_assert_field(&ps, "SmmLock", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");
}

static void test_hwcr_per_family(void **state)
{
	struct msrkit_cpu windsor = { .vendor = AMD, .family = 0x0F, .model = 0x43, .maxphyaddr = 48 };
	struct msrkit_cpu interlagos = { .vendor = AMD, .family = 0x15, .model = 0x01, .maxphyaddr = 48 };
	struct msrkit_cpu summit = { .vendor = AMD, .family = 0x17, .model = 0x01, .maxphyaddr = 48 };
	const struct msrkit_reg *k8, *k15, *zen;
	struct fixture_pieces ps;

	(void)state;
	k8 = fixture_decode_applicable(&ps, 0xC0010015, "HWCR", UINT64_C(0x0000000002000040), &windsor);
	fixture_assert_field(&ps, "FFDIS", 1, NULL);
	fixture_assert_field(&ps, "START_FID", 2, NULL);
	fixture_assert_field(&ps, "SMMLOCK", 0, NULL);
	fixture_assert_reserved_runs(&ps, "");

	k15 = fixture_decode_applicable(&ps, 0xC0010015, "HWCR", UINT64_C(0x0000000003001011), &interlagos);
	fixture_assert_field(&ps, "SmmLock", 1, NULL);
	fixture_assert_field(&ps, "INVDWBINVD", 1, NULL);
	fixture_assert_field(&ps, "HltXSpCycEn", 1, NULL);
	fixture_assert_field(&ps, "TscFreqSel", 1, NULL);
	fixture_assert_field(&ps, "CpbDis", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	zen = fixture_decode_applicable(&ps, 0xC0010015, "HWCR", UINT64_C(0x0000000009000011), &summit);
	fixture_assert_field(&ps, "EffFreqReadOnlyLock", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Three layouts at one address, chosen by family. */
	assert_ptr_not_equal(k8, k15);
	assert_ptr_not_equal(k15, zen);
}

/* ---- SYSCFG, VM_CR ---------------------------------------------------- */

static void test_syscfg_snp_host(void **state)
{
	struct msrkit_cpu milan = { .vendor = AMD, .family = 0x19, .model = 0x01, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0xC0010010, "SYSCFG", UINT64_C(0x0000000003FC0000), &milan);
	fixture_assert_field(&ps, "MtrrFixDramEn", 1, NULL);
	fixture_assert_field(&ps, "MtrrFixDramModEn", 1, NULL);
	fixture_assert_field(&ps, "MtrrVarDramEn", 1, NULL);
	fixture_assert_field(&ps, "MtrrTom2En", 1, NULL);
	fixture_assert_field(&ps, "Tom2ForceMemTypeWB", 1, NULL);
	fixture_assert_field(&ps, "MemEncryptionModeEn", 1, NULL);
	fixture_assert_field(&ps, "SecureNestedPagingEn", 1, NULL);
	fixture_assert_field(&ps, "VMPLEn", 1, NULL);
	fixture_assert_field(&ps, "HostMultiKeyMemEncrModeEn", 0, NULL);
	fixture_assert_reserved_runs(&ps, "");
}

static void test_vm_cr(void **state)
{
	static const struct fixture_cpu_data f = { FIXTURE_LEAVES(genoa_cpuid), .unlisted_fault = true };
	struct msrkit_cpu genoa = fixture_cpu(AMD, 0x19, 0x11, &f);
	struct fixture_pieces ps;

	(void)state;
	genoa.maxphyaddr = 48;
	/* Disabled in firmware: SVMDIS and LOCK set. */
	fixture_decode_applicable(&ps, 0xC0010114, "VM_CR", 0x18, &genoa);
	fixture_assert_field(&ps, "SVMDIS", 1, NULL);
	fixture_assert_field(&ps, "LOCK", 1, NULL);
	fixture_assert_meaning(&ps, "SVMDIS",
			       "SVM disabled: EFER.SVME is must-be-zero; with LOCK = 1 SVM is disabled in firmware, with LOCK = 0 software can clear SVMDIS");
	fixture_assert_meaning(&ps, "LOCK", "locked: writes to LOCK and SVMDIS are ignored until SVM_KEY unlocks them or reset");

	/* Disabled but unlocked: software can enable SVM. */
	fixture_decode_applicable(&ps, 0xC0010114, "VM_CR", 0x10, &genoa);
	fixture_assert_field(&ps, "SVMDIS", 1, NULL);
	fixture_assert_field(&ps, "LOCK", 0, NULL);
	fixture_assert_meaning(&ps, "LOCK", "unlocked: LOCK and SVMDIS can be written");

	/* Enabled and locked: the usual state with SVM on in the firmware setup. */
	fixture_decode_applicable(&ps, 0xC0010114, "VM_CR", 0x08, &genoa);
	fixture_assert_field(&ps, "SVMDIS", 0, NULL);
	fixture_assert_field(&ps, "LOCK", 1, NULL);
	fixture_assert_field(&ps, "DPD", 0, NULL);
	fixture_assert_meaning(&ps, "SVMDIS", "SVM allowed: EFER.SVME can be set");
	fixture_assert_reserved_runs(&ps, "");
}

/* ---- P-states --------------------------------------------------------- */

static void test_pstate_def_zen(void **state)
{
	struct msrkit_cpu raphael = { .vendor = AMD, .family = 0x19, .model = 0x61, .maxphyaddr = 48 };
	struct msrkit_cpu genoa = { .vendor = AMD, .family = 0x19, .model = 0x11, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Raphael P0: 47 x 100 MHz, 4.7 A. */
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x800000004BF248BC), &raphael);
	fixture_assert_field(&ps, "CpuFid", 0xBC, NULL);
	fixture_assert_meaning(&ps, "CpuFid", "4700 MHz (188 x 200 MHz / divisor 8)");
	fixture_assert_field(&ps, "CpuDfsId", 8, NULL);
	fixture_assert_field(&ps, "CpuVid", 0xC9, NULL);
	fixture_assert_field(&ps, "IddValue", 47, NULL);
	fixture_assert_field(&ps, "IddDiv", 1, NULL);
	fixture_assert_meaning(&ps, "IddDiv", "10: current is IddValue / 10 amps");
	fixture_assert_field(&ps, "CpuVid_8", 0, NULL);
	fixture_assert_field(&ps, "PstateEn", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Raphael P1 (the second instance): 30 x 100 MHz, 3.0 A. */
	fixture_decode_applicable(&ps, 0xC0010065, "PStateDef1", UINT64_C(0x80000000479E4878), &raphael);
	fixture_assert_meaning(&ps, "CpuFid", "3000 MHz (120 x 200 MHz / divisor 8)");
	fixture_assert_field(&ps, "CpuDfsId", 8, NULL);
	fixture_assert_field(&ps, "IddValue", 30, NULL);

	/* Genoa P0: 2.4 GHz. */
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x800000004620C860), &genoa);
	fixture_assert_meaning(&ps, "CpuFid", "2400 MHz (96 x 200 MHz / divisor 8)");
	fixture_assert_field(&ps, "CpuDfsId", 8, NULL);
	fixture_assert_field(&ps, "CpuVid", 0x83, NULL);
	fixture_assert_field(&ps, "IddValue", 24, NULL);

	/* Genoa P1 divides by 10/8: 95 x 200 MHz / 10 = 1.9 GHz (not 95 x 25 MHz). */
	fixture_decode_applicable(&ps, 0xC0010065, "PStateDef1", UINT64_C(0x8000000044DE4A5F), &genoa);
	fixture_assert_field(&ps, "CpuFid", 0x5F, "1900 MHz (95 x 200 MHz / divisor 10)");
	fixture_assert_field(&ps, "CpuDfsId", 10, NULL);
	/* Genoa P2: 90 x 200 MHz / 12 = 1.5 GHz. */
	fixture_decode_applicable(&ps, 0xC0010066, "PStateDef2", UINT64_C(0x8000000043DBCC5A), &genoa);
	fixture_assert_field(&ps, "CpuFid", 0x5A, "1500 MHz (90 x 200 MHz / divisor 12)");
	/* An unused P-state: divisor 0 means the clock is off. */
	fixture_decode_applicable(&ps, 0xC0010067, "PStateDef3", 0, &genoa);
	fixture_assert_field(&ps, "CpuFid", 0, "0 (divisor 0: clock off)");
}

static void test_pstate_def_zen5(void **state)
{
	struct msrkit_cpu granite = { .vendor = AMD, .family = 0x1A, .model = 0x44, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Family 1Ah: 12-bit FID in 5 MHz steps; 860 x 5 = 4300 MHz, 4.2 A. */
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x800000004AB2435C), &granite);
	fixture_assert_field(&ps, "CpuFid", 0x35C, NULL);
	fixture_assert_meaning(&ps, "CpuFid", "4300 MHz");
	fixture_assert_field(&ps, "CpuVid", 0xC9, NULL);
	fixture_assert_field(&ps, "IddValue", 42, NULL);
	fixture_assert_field(&ps, "IddDiv", 1, NULL);
	fixture_assert_field(&ps, "PstateEn", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");
}

static void test_pstate_def_bkdg(void **state)
{
	struct msrkit_cpu deneb = { .vendor = AMD, .family = 0x10, .model = 0x04, .maxphyaddr = 48 };
	struct msrkit_cpu interlagos = { .vendor = AMD, .family = 0x15, .model = 0x01, .maxphyaddr = 48 };
	struct msrkit_cpu kabini = { .vendor = AMD, .family = 0x16, .model = 0x00, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Deneb P0: 100 MHz x (0Eh + 10h) = 3.0 GHz. */
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x8000001A3C00200E), &deneb);
	fixture_assert_field(&ps, "CpuFid", 0x0E, "3000 MHz (100 MHz x (14 + 16) / 2^0)");
	fixture_assert_field(&ps, "CpuDid", 0, NULL);
	fixture_assert_field(&ps, "CpuVid", 0x10, NULL);
	fixture_assert_field(&ps, "NbDid", 0, NULL);
	fixture_assert_field(&ps, "NbVid", 0x1E, NULL);
	fixture_assert_field(&ps, "IddValue", 0x1A, NULL);
	fixture_assert_field(&ps, "IddDiv", 0, NULL);
	fixture_assert_field(&ps, "PstateEn", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Interlagos P0: 3.2 GHz, VID 15h (1.2875 V on SVI1), 10.0 A. */
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x8000016400002A10), &interlagos);
	fixture_assert_field(&ps, "CpuFid", 0x10, "3200 MHz (100 MHz x (16 + 16) / 2^0)");
	fixture_assert_field(&ps, "CpuDid", 0, NULL);
	fixture_assert_field(&ps, "CpuVid", 0x15, NULL);
	fixture_assert_field(&ps, "NbPstate", 0, NULL);
	fixture_assert_field(&ps, "IddValue", 100, NULL);
	fixture_assert_field(&ps, "IddDiv", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Kabini P0: 100 MHz x 1Eh / 2 = 1.5 GHz, VID 54h (1.025 V on SVI2), 2.08 A. */
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x800002D00000A84E), &kabini);
	fixture_assert_field(&ps, "CpuFid", 0x0E, "1500 MHz (100 MHz x (14 + 16) / 2^1)");
	fixture_assert_field(&ps, "CpuDid", 1, NULL);
	fixture_assert_field(&ps, "CpuVid", 0x54, NULL);
	fixture_assert_field(&ps, "IddValue", 208, NULL);
	fixture_assert_field(&ps, "IddDiv", 2, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Interlagos idling in its lowest P-state: 100 MHz x (4 + 16) / 2^2. */
	fixture_decode_applicable(&ps, 0xC0010071, "COFVID_STS", UINT64_C(0x524000AE40075284), &interlagos);
	fixture_assert_field(&ps, "CurCpuFid", 4, "500 MHz (100 MHz x (4 + 16) / 2^2)");
	fixture_assert_field(&ps, "CurCpuDid", 2, NULL);
}

static void test_pstate_limits(void **state)
{
	struct msrkit_cpu genoa = { .vendor = AMD, .family = 0x19, .model = 0x11, .maxphyaddr = 48 };
	struct msrkit_cpu milan = { .vendor = AMD, .family = 0x19, .model = 0x01, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0xC0010061, "PStateCurLim", 0x22, &genoa);
	fixture_assert_field(&ps, "CurPstateLimit", 2, NULL);
	fixture_assert_field(&ps, "PstateMaxVal", 2, NULL);
	fixture_decode_applicable(&ps, 0xC0010063, "PStateStat", 0x2, &milan);
	fixture_assert_field(&ps, "CurPstate", 2, NULL);
}

static void test_cofvid_status_kabini(void **state)
{
	struct msrkit_cpu kabini = { .vendor = AMD, .family = 0x16, .model = 0x00, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0xC0010071, "COFVID_STS", UINT64_C(0x409E00036E40A84E), &kabini);
	fixture_assert_field(&ps, "CurCpuFid", 0x0E, "1500 MHz (100 MHz x (14 + 16) / 2^1)");
	fixture_assert_field(&ps, "CurCpuDid", 1, NULL);
	fixture_assert_field(&ps, "CurCpuVid_6_0", 0x54, NULL);
	fixture_assert_field(&ps, "CurPstate", 0, NULL);
	fixture_assert_field(&ps, "CurCpuVid_7", 0, NULL);
	fixture_assert_field(&ps, "CurNbVid", 0x6E, NULL);
	fixture_assert_field(&ps, "StartupPstate", 3, NULL);
	fixture_assert_meaning(&ps, "MaxCpuCof", "1500 MHz");
	fixture_assert_field(&ps, "CurPstateLimit", 0, NULL);
	fixture_assert_field(&ps, "MaxNbCof", 8, NULL);
}

static void test_hw_pstate_status(void **state)
{
	struct msrkit_cpu summit = { .vendor = AMD, .family = 0x17, .model = 0x01, .maxphyaddr = 48 };
	struct msrkit_cpu genoa = { .vendor = AMD, .family = 0x19, .model = 0x11, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Summit Ridge boosting: 94h x 25 MHz = 3.7 GHz. */
	fixture_decode_applicable(&ps, 0xC0010293, "HW_PSTATE_STATUS", UINT64_C(0x00000000000D0894), &summit);
	fixture_assert_meaning(&ps, "CurCpuFid", "3700 MHz (148 x 200 MHz / divisor 8)");
	fixture_assert_field(&ps, "CurCpuDfsId", 8, NULL);
	fixture_assert_field(&ps, "CurCpuVid", 0x34, NULL);
	fixture_assert_field(&ps, "CurHwPstate", 0, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* Genoa in P1: 95 x 200 MHz / 10. */
	fixture_decode_applicable(&ps, 0xC0010293, "HW_PSTATE_STATUS", UINT64_C(0x00000000005DCA5F), &genoa);
	fixture_assert_field(&ps, "CurCpuFid", 0x5F, "1900 MHz (95 x 200 MHz / divisor 10)");
	fixture_assert_field(&ps, "CurHwPstate", 1, NULL);
}

/* Family 1Ah power management: the Zen layouts with 5 MHz frequency IDs, a
 * fourth C-state request and the Zen 3+ C-state policy. */
static void test_zen5_power_management(void **state)
{
	struct msrkit_cpu granite = { .vendor = AMD, .family = 0x1A, .model = 0x44, .maxphyaddr = 48 };
	struct msrkit_cpu turin = { .vendor = AMD, .family = 0x1A, .model = 0x11, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Ryzen 9 9950X at 4.3 GHz: 35Ch x 5 MHz. Bit 38 is not published. */
	fixture_decode_applicable(&ps, 0xC0010293, "HW_PSTATE_STATUS", UINT64_C(0x00000040002A835C), &granite);
	fixture_assert_field(&ps, "CurCpuFid", 0x35C, "4300 MHz");
	fixture_assert_field(&ps, "CurCpuVid", 0xAA, NULL);
	fixture_assert_field(&ps, "CurHwPstate", 0, NULL);
	fixture_assert_reserved_runs(&ps, "38-38");
	/* EPYC 9965 boosting to 3.68 GHz. */
	fixture_decode_applicable(&ps, 0xC0010293, "HW_PSTATE_STATUS", UINT64_C(0x00000040002B82E0), &turin);
	fixture_assert_meaning(&ps, "CurCpuFid", "3680 MHz");
	fixture_assert_field(&ps, "CurCpuVid", 0xAE, NULL);

	/* EPYC 9965: MaxCpuCof 22 x 100 MHz plus bit 30 (50 MHz): its 2.25 GHz base. */
	fixture_decode_applicable(&ps, 0xC0010292, "PWR_MGMT_MISC", UINT64_C(0x00000000440B4192), &turin);
	fixture_assert_field(&ps, "CurHwPstateLimit", 2, NULL);
	fixture_assert_field(&ps, "StartupPstate", 2, NULL);
	fixture_assert_field(&ps, "CurDFVid", 0x83, NULL);
	fixture_assert_field(&ps, "MaxCpuCof", 22, "2200 MHz");
	fixture_assert_field(&ps, "CpbCap", 1, NULL);
	fixture_assert_field(&ps, "PC6En", 0, NULL);
	fixture_assert_reserved_runs(&ps, "30-30");
	/* Ryzen 9 9950X: no frequency limit given, package C6 on. */
	fixture_decode_applicable(&ps, 0xC0010292, "PWR_MGMT_MISC", UINT64_C(0x0000000100004189), &granite);
	fixture_assert_field(&ps, "CurHwPstateLimit", 1, NULL);
	fixture_assert_field(&ps, "MaxCpuCof", 0, NULL);
	fixture_assert_field(&ps, "PC6En", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* C-state requests 0-3: CC1 at divisor 8, CC6 allowed; Granite Ridge keeps CC6 off for request 3. */
	fixture_decode_applicable(&ps, 0xC0010296, "CSTATE_CFG", UINT64_C(0x0000000048484848), &turin);
	fixture_assert_field(&ps, "CCR3_CC1DFSID", 8, NULL);
	fixture_assert_field(&ps, "CCR3_CC6EN", 1, NULL);
	fixture_assert_field(&ps, "CCR0_CC6EN", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");
	fixture_decode_applicable(&ps, 0xC0010296, "CSTATE_CFG", UINT64_C(0x0000000008484848), &granite);
	fixture_assert_field(&ps, "CCR3_CC1DFSID", 8, NULL);
	fixture_assert_field(&ps, "CCR3_CC6EN", 0, NULL);
	fixture_assert_field(&ps, "CCR2_CC6EN", 1, NULL);

	fixture_decode_applicable(&ps, 0xC0010294, "CSTATE_POLICY", UINT64_C(0x4F45047F00212192), &granite);
	fixture_assert_field(&ps, "CC1_TMRSEL", 2, NULL);
	fixture_assert_field(&ps, "CC1_TMRLEN", 4, NULL);
	fixture_assert_field(&ps, "CFOH_TMRLEN", 4, NULL);
	fixture_assert_field(&ps, "CFOH_TMRSEL", 1, NULL);
	fixture_assert_field(&ps, "C1E_EN", 0, NULL);
	fixture_assert_field(&ps, "CLT_EN", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");
}

static void test_cstate_policy_per_family(void **state)
{
	struct msrkit_cpu milan = { .vendor = AMD, .family = 0x19, .model = 0x01, .maxphyaddr = 48 };
	struct msrkit_cpu summit = { .vendor = AMD, .family = 0x17, .model = 0x01, .maxphyaddr = 48 };
	const struct msrkit_reg *zen3, *zen1;
	struct fixture_pieces ps;

	(void)state;
	/* Milan sets CFOH_TMRSEL and CLT_EN, fields Zen 3 added. */
	zen3 = fixture_decode_applicable(&ps, 0xC0010294, "CSTATE_POLICY", UINT64_C(0x4F83F47F0020A192), &milan);
	fixture_assert_field(&ps, "HYST_TMRSEL", 3, NULL);
	fixture_assert_field(&ps, "HYST_TMRLEN", 16, NULL);
	fixture_assert_field(&ps, "CFOH_TMRSEL", 1, NULL);
	fixture_assert_field(&ps, "CFSM_DURATION", 0x7F, NULL);
	fixture_assert_field(&ps, "CFSM_MISPREDACT", 1, NULL);
	fixture_assert_field(&ps, "IRM_DECRRATE", 31, NULL);
	fixture_assert_field(&ps, "IRM_MAXDEPTH", 15, NULL);
	fixture_assert_field(&ps, "CLT_EN", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");
	/* Summit Ridge keeps the Zen 1 layout. */
	zen1 = fixture_decode_applicable(&ps, 0xC0010294, "CSTATE_POLICY", UINT64_C(0x1001F47F000F0912), &summit);
	fixture_assert_field(&ps, "CIT_EN", 1, NULL);
	fixture_assert_reserved_runs(&ps, "");
	assert_ptr_not_equal(zen3, zen1);
}

/* ---- RAPL ------------------------------------------------------------- */

static void test_rapl_raphael(void **state)
{
	static const struct fixture_msr msrs[] = { { 0xC0010299, UINT64_C(0x00000000000A1000) } };
	static const struct fixture_cpu_data f = { FIXTURE_LEAVES(raphael_cpuid), FIXTURE_MSRS(msrs),
						   .unlisted_fault = true };
	struct msrkit_cpu raphael = fixture_cpu(AMD, 0x19, 0x61, &f);
	struct fixture_pieces ps;

	(void)state;
	raphael.maxphyaddr = 48;
	fixture_decode_applicable(&ps, 0xC0010299, "RAPL_PWR_UNIT", msrs[0].value, &raphael);
	fixture_assert_field(&ps, "PU", 0, "1/2^0 W (1 W)");
	fixture_assert_field(&ps, "ESU", 16, "1/2^16 J (15.259 µJ)");
	fixture_assert_field(&ps, "TU", 10, NULL);
	fixture_assert_reserved_runs(&ps, "");

	/* 3BECC35Ah / 2^16 J. */
	fixture_decode_applicable(&ps, 0xC001029B, "PKG_ENERGY_STAT", UINT64_C(0x000000003BECC35A), &raphael);
	fixture_assert_field(&ps, "TotalEnergyConsumed", 0x3BECC35A, NULL);
	fixture_assert_meaning(&ps, "TotalEnergyConsumed", "15340.763092 J");
	fixture_decode_applicable(&ps, 0xC001029A, "CORE_ENERGY_STAT", UINT64_C(0x000000000244AB9D), &raphael);
	fixture_assert_meaning(&ps, "TotalEnergyConsumed", "580.670364 J");
}

static void test_rapl_zen(void **state)
{
	static const struct fixture_msr msrs[] = { { 0xC0010299, UINT64_C(0x00000000000A1003) } };
	static const struct fixture_cpu_data f = { FIXTURE_LEAVES(summit_cpuid), FIXTURE_MSRS(msrs),
						   .unlisted_fault = true };
	static const struct fixture_cpu_data cpuid_only = { FIXTURE_LEAVES(summit_cpuid), .unlisted_fault = true };
	struct msrkit_cpu summit = fixture_cpu(AMD, 0x17, 0x01, &f);
	struct msrkit_cpu unknown_units = fixture_cpu(AMD, 0x17, 0x01, &cpuid_only);
	struct fixture_pieces ps;

	(void)state;
	summit.maxphyaddr = 48;
	unknown_units.maxphyaddr = 48;
	fixture_decode_applicable(&ps, 0xC0010299, "RAPL_PWR_UNIT", msrs[0].value, &summit);
	fixture_assert_field(&ps, "PU", 3, NULL);
	fixture_assert_field(&ps, "ESU", 16, NULL);
	fixture_assert_field(&ps, "TU", 10, NULL);
	fixture_decode_applicable(&ps, 0xC001029B, "PKG_ENERGY_STAT", UINT64_C(0x00000000A43A8305), &summit);
	fixture_assert_meaning(&ps, "TotalEnergyConsumed", "42042.511795 J");
	/* Without RAPL_PWR_UNIT the raw count is shown, saying why. */
	fixture_decode_applicable(&ps, 0xC001029B, "PKG_ENERGY_STAT", UINT64_C(0x00000000A43A8305), &unknown_units);
	fixture_assert_meaning(&ps, "TotalEnergyConsumed", "2755298053 (raw; RAPL energy unit unknown)");
}

/* ---- applicability, names, families ----------------------------------- */

static void test_hygon_uses_zen_rules(void **state)
{
	struct msrkit_cpu dhyana = { .vendor = HYGON, .family = 0x18, .model = 0x01, .maxphyaddr = 48 };
	struct msrkit_cpu intel = { .vendor = MSRKIT_VENDOR_INTEL, .family = 6, .model = 0x55, .maxphyaddr = 48 };
	struct msrkit_reg_ref ref;
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0xC0010064, "PStateDef0", UINT64_C(0x8000000049080890), &dhyana);
	fixture_assert_meaning(&ps, "CpuFid", "3600 MHz (144 x 200 MHz / divisor 8)");
	assert_int_equal(msrkit_db_find(0xC0010015, &dhyana, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &dhyana), MSRKIT_YES);
	/* AMD registers do not apply to an Intel CPU. */
	assert_int_equal(msrkit_db_find(0xC0010015, &intel, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &intel), MSRKIT_NO);
}

static void test_names_and_families(void **state)
{
	struct msrkit_cpu genoa = { .vendor = AMD, .family = 0x19, .model = 0x11, .maxphyaddr = 48 };
	struct msrkit_reg_ref ref;
	char buf[64];

	(void)state;
	assert_int_equal(msrkit_db_find_name("MSR_K7_HWCR", &genoa, &ref), 0);
	assert_int_equal(ref.address, 0xC0010015);
	assert_int_equal(msrkit_db_find_name("msr_vm_cr", &genoa, &ref), 0);
	assert_int_equal(ref.address, 0xC0010114);
	assert_int_equal(msrkit_db_find_name("PStateDef3", &genoa, &ref), 0);
	assert_int_equal(ref.address, 0xC0010067);
	assert_int_equal(msrkit_db_find_name("MCA_STATUS_5", &genoa, &ref), 0);
	assert_int_equal(ref.address, 0xC0002051);
	assert_int_equal(ref.index, 5);
	assert_int_equal(msrkit_db_find_name("PERF_CTR3", &genoa, &ref), 0);
	assert_int_equal(ref.address, 0xC0010207);

	/* MCAX bank 10, MISC0; bank 63, IPID. */
	assert_int_equal(msrkit_db_find(0xC00020A3, &genoa, &ref), 0);
	msrkit_reg_ref_name(&ref, buf, sizeof(buf));
	assert_string_equal(buf, "MCA_MISC0_10");
	assert_int_equal(msrkit_db_find(0xC00023F5, &genoa, &ref), 0);
	msrkit_reg_ref_name(&ref, buf, sizeof(buf));
	assert_string_equal(buf, "MCA_IPID_63");
	/* Offset 7 of a bank is not defined. */
	assert_int_equal(msrkit_db_find(0xC0002007, &genoa, &ref), -1);
}

static void test_k8_fidvid_status(void **state)
{
	struct msrkit_cpu windsor = { .vendor = AMD, .family = 0x0F, .model = 0x43, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0xC0010042, "FIDVID_STATUS", UINT64_C(0x3104120604180218), &windsor);
	fixture_assert_field(&ps, "CurrFID", 0x18, NULL);
	fixture_assert_field(&ps, "StartFID", 0x02, NULL);
	fixture_assert_field(&ps, "MaxFID", 0x18, NULL);
	fixture_assert_field(&ps, "MaxRampVID", 0x04, NULL);
	fixture_assert_field(&ps, "FidVidPending", 0, NULL);
	fixture_assert_field(&ps, "CurrVID", 0x06, NULL);
	fixture_assert_field(&ps, "StartVID", 0x12, NULL);
	fixture_assert_field(&ps, "MaxVID", 0x04, NULL);
	fixture_assert_field(&ps, "PstateStep", 1, NULL);
	fixture_assert_field(&ps, "IntPstateSup", 1, NULL);
	fixture_assert_reserved_runs(&ps, "60-60");
}

/* Registers Zen keeps without published fields, and TW_CFG on Zen 5. */
static void test_zen_kept_registers(void **state)
{
	struct msrkit_cpu genoa = { .vendor = AMD, .family = 0x19, .model = 0x11, .maxphyaddr = 48 };
	struct msrkit_cpu granite_ridge = { .vendor = AMD, .family = 0x1A, .model = 0x44, .maxphyaddr = 48 };
	struct msrkit_cpu deneb = { .vendor = AMD, .family = 0x10, .model = 0x04, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	/* Known to exist, no field published: nothing to show for Genoa's 0,
	 * and any set bit would be shown as reserved. */
	fixture_decode_applicable(&ps, 0xC001001F, "NB_CFG", 0, &genoa);
	assert_int_equal(ps.n, 0);
	fixture_decode_applicable(&ps, 0xC001001F, "NB_CFG", UINT64_C(0x0000000000400000), &genoa);
	assert_int_equal(ps.n, 1);
	fixture_assert_reserved_runs(&ps, "22-22");
	fixture_decode_applicable(&ps, 0xC0010055, "IntPend", 0, &granite_ridge);
	assert_int_equal(ps.n, 0);
	/* The BKDG families keep their own layouts. */
	fixture_decode_applicable(&ps, 0xC001001F, "NB_CFG", UINT64_C(0x0040400000000008), &deneb);
	fixture_assert_field(&ps, "EnableCf8ExtCfg", 1, NULL);
	fixture_assert_field(&ps, "InitApicIdCpuIdLo", 1, NULL);
	fixture_assert_field(&ps, "DisDatMsk", 0, NULL);
	fixture_assert_field(&ps, "GfxNbPstateDis", 0, NULL);
	/* Bit 3 is set by firmware on all three BKDG parts; no source names it. */
	fixture_assert_reserved_runs(&ps, "3-3");

	fixture_decode_applicable(&ps, 0xC0011023, "TW_CFG", UINT64_C(0x010202C000000000), &granite_ridge);
	fixture_assert_field(&ps, "TwCfgCombineCr0Cd", 1, NULL);
}

/* C001_1023 before Zen: bus unit (10h) and combined unit (15h)
 * configuration; NB_CFG fields of families 10h and 15h. */
static void test_bkdg_unit_config(void **state)
{
	struct msrkit_cpu deneb = { .vendor = AMD, .family = 0x10, .model = 0x04, .maxphyaddr = 48 };
	struct msrkit_cpu interlagos = { .vendor = AMD, .family = 0x15, .model = 0x01, .maxphyaddr = 48 };
	struct msrkit_cpu kabini = { .vendor = AMD, .family = 0x16, .model = 0x00, .maxphyaddr = 48 };
	struct msrkit_reg_ref ref;
	struct fixture_pieces ps;

	(void)state;
	/* Deneb: neither erratum work-around is set; bits 5, 21 and 28 have no published name. */
	fixture_decode_applicable(&ps, 0xC0011023, "BU_CFG", UINT64_C(0x0000000010200020), &deneb);
	fixture_assert_field(&ps, "TlbForceMemTypeUc", 0, NULL);
	fixture_assert_field(&ps, "WbEnhWsbDis", 0, NULL);
	fixture_assert_reserved_runs(&ps, "5-5,21-21,28-28");

	fixture_decode_applicable(&ps, 0xC0011023, "CU_CFG", UINT64_C(0x8000400000000220), &interlagos);
	fixture_assert_field(&ps, "PbForceRespInOrder", 0, NULL);
	fixture_assert_reserved_runs(&ps, "5-5,9-9,46-46,63-63");

	/* Interlagos (G34): DRAM data masking disabled by firmware. */
	fixture_decode_applicable(&ps, 0xC001001F, "NB_CFG", UINT64_C(0x0040401000810008), &interlagos);
	fixture_assert_field(&ps, "DisDatMsk", 1, NULL);
	fixture_assert_field(&ps, "EnableCf8ExtCfg", 1, NULL);
	fixture_assert_field(&ps, "InitApicIdCpuIdLo", 1, NULL);
	fixture_assert_reserved_runs(&ps, "3-3,16-16,23-23");

	/* No public source gives family 16h fields at C001_1023. */
	assert_int_equal(msrkit_db_find(0xC0011023, &kabini, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &kabini), MSRKIT_NO);
}

/* ---- Centaur / Zhaoxin ------------------------------------------------ */

static void test_zhaoxin_kx6000(void **state)
{
	struct msrkit_cpu kx6000 = { .vendor = CENTAUR, .family = 7, .model = 0x3B, .maxphyaddr = 48 };
	struct fixture_pieces ps;

	(void)state;
	fixture_decode_applicable(&ps, 0x1423, "TEMPERATURE", 0x2A, &kx6000);
	fixture_assert_meaning(&ps, "Temperature", "42 °C");
	fixture_decode_applicable(&ps, 0x1107, "FCR", UINT64_C(0x0FC6037D3C34030E), &kx6000);
	fixture_assert_field(&ps, "ECX8", 1, NULL);
	fixture_assert_field(&ps, "PGE", 0, NULL);
	fixture_assert_field(&ps, "ACE_FCR", 1, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hwcr_zen),
		cmocka_unit_test(test_hwcr_per_family),
		cmocka_unit_test(test_syscfg_snp_host),
		cmocka_unit_test(test_vm_cr),
		cmocka_unit_test(test_pstate_def_zen),
		cmocka_unit_test(test_pstate_def_zen5),
		cmocka_unit_test(test_pstate_def_bkdg),
		cmocka_unit_test(test_pstate_limits),
		cmocka_unit_test(test_cofvid_status_kabini),
		cmocka_unit_test(test_hw_pstate_status),
		cmocka_unit_test(test_zen5_power_management),
		cmocka_unit_test(test_cstate_policy_per_family),
		cmocka_unit_test(test_rapl_raphael),
		cmocka_unit_test(test_rapl_zen),
		cmocka_unit_test(test_hygon_uses_zen_rules),
		cmocka_unit_test(test_names_and_families),
		cmocka_unit_test(test_k8_fidvid_status),
		cmocka_unit_test(test_zen_kept_registers),
		cmocka_unit_test(test_bkdg_unit_config),
		cmocka_unit_test(test_zhaoxin_kx6000),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
