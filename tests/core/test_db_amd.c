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
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

/* ---- helpers ---------------------------------------------------------- */

struct piece {
	const char *name; /* NULL for reserved bits */
	unsigned lsb, msb;
	uint64_t raw;
	char meaning[160];
};

struct pieces {
	struct piece p[80];
	size_t n;
};

static int collect(void *arg, const struct msrkit_decoded *d)
{
	struct pieces *ps = arg;
	struct piece *p;

	assert_true(ps->n < sizeof(ps->p) / sizeof(ps->p[0]));
	p = &ps->p[ps->n++];
	p->name = d->field ? d->field->name : NULL;
	p->lsb = d->lsb;
	p->msb = d->msb;
	p->raw = d->raw;
	msrkit_decoded_meaning(d, p->meaning, sizeof(p->meaning));
	return 0;
}

/* A CPU of the given identity whose RDMSR answers from a small table. */
struct fake_msr {
	uint32_t address;
	uint64_t value;
};

struct fake_cpuid {
	uint32_t leaf;
	uint32_t r[4]; /* EAX, EBX, ECX, EDX */
};

struct fake_cpu {
	const struct fake_msr *msrs;
	size_t n;
	const struct fake_cpuid *leaves;
	size_t nleaves;
};

/* Extended CPUID leaves the applicability conditions read. */
static const struct fake_cpuid raphael_cpuid[] = {
	{ 0x80000000, { 0x80000028, 0x68747541, 0x444D4163, 0x69746E65 } },
	{ 0x80000001, { 0x00A60F12, 0x00000000, 0x75C237FF, 0x2FD3FBFF } },
	{ 0x80000007, { 0x00000000, 0x0000003B, 0x00000000, 0x00006799 } },
	{ 0x80000008, { 0x00003030, 0x191EF257, 0x0000400B, 0x00010000 } },
};
static const struct fake_cpuid genoa_cpuid[] = {
	{ 0x80000000, { 0x80000028, 0x68747541, 0x444D4163, 0x69746E65 } },
	{ 0x80000001, { 0x00A10F11, 0x40000000, 0x75C237FF, 0x2FD3FBFF } },
	{ 0x80000007, { 0x00000000, 0x0000003B, 0x00000000, 0x00006799 } },
	{ 0x80000008, { 0x00003934, 0x79BEF25F, 0x000080BF, 0x00010007 } },
};
static const struct fake_cpuid summit_cpuid[] = {
	{ 0x80000000, { 0x8000001F, 0x68747541, 0x444D4163, 0x69746E65 } },
	{ 0x80000001, { 0x00800F11, 0x20000000, 0x35C233FF, 0x2FD3FBFF } },
	{ 0x80000007, { 0x00000000, 0x0000001B, 0x00000000, 0x00006599 } },
	{ 0x80000008, { 0x00003030, 0x00000007, 0x0000400F, 0x00000000 } },
};

#define CPUID_OF(a) .leaves = (a), .nleaves = sizeof(a) / sizeof((a)[0])

static bool fake_cpuid_fn(const void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	const struct fake_cpu *f = ctx;
	size_t i, j;

	(void)subleaf;
	for (i = 0; f && i < f->nleaves; i++) {
		if (f->leaves[i].leaf == leaf) {
			for (j = 0; j < 4; j++)
				out[j] = f->leaves[i].r[j];
			return true;
		}
	}
	return false;
}

static int fake_rdmsr(const void *ctx, uint32_t address, uint64_t *val)
{
	const struct fake_cpu *f = ctx;
	size_t i;

	for (i = 0; f && i < f->n; i++) {
		if (f->msrs[i].address == address) {
			*val = f->msrs[i].value;
			return 0;
		}
	}
	return -MSRKIT_EIO;
}

static struct msrkit_cpu make_cpu(uint32_t vendor, uint32_t family, uint32_t model, const struct fake_cpu *f)
{
	struct msrkit_cpu cpu = { 0 };

	cpu.vendor = vendor;
	cpu.family = family;
	cpu.model = model;
	cpu.maxphyaddr = 48;
	if (f) {
		cpu.rdmsr = fake_rdmsr;
		cpu.cpuid = fake_cpuid_fn;
		cpu.ctx = f;
	}
	return cpu;
}

/* Looks up address for cpu, checks the register's name, decodes value. */
static const struct msrkit_reg *decode_at(uint32_t address, const struct msrkit_cpu *cpu, const char *name,
					  uint64_t value, struct pieces *ps)
{
	struct msrkit_reg_ref ref;
	char buf[64];

	assert_int_equal(msrkit_db_find(address, cpu, &ref), 0);
	assert_non_null(ref.reg);
	assert_int_equal(msrkit_reg_applies(ref.reg, cpu), MSRKIT_YES);
	msrkit_reg_ref_name(&ref, buf, sizeof(buf));
	assert_string_equal(buf, name);
	memset(ps, 0, sizeof(*ps));
	assert_int_equal(msrkit_decode(ref.reg, value, cpu, collect, ps), 0);
	return ref.reg;
}

static const struct piece *field(const struct pieces *ps, const char *name)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (ps->p[i].name && !strcmp(ps->p[i].name, name))
			return &ps->p[i];
	fail_msg("field %s not decoded", name);
	return NULL;
}

static void expect(const struct pieces *ps, const char *name, uint64_t raw)
{
	const struct piece *p = field(ps, name);

	if (p->raw != raw)
		fail_msg("%s: got %llu, expected %llu", name, (unsigned long long)p->raw, (unsigned long long)raw);
}

static void expect_meaning(const struct pieces *ps, const char *name, const char *meaning)
{
	assert_string_equal(field(ps, name)->meaning, meaning);
}

/* The reserved runs, as "lsb-msb" joined by commas ("" when none is set). */
static void expect_reserved(const struct pieces *ps, const char *runs)
{
	char buf[128] = "";
	size_t i, len = 0;

	for (i = 0; i < ps->n; i++) {
		if (ps->p[i].name)
			continue;
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%u-%u", len ? "," : "", ps->p[i].lsb,
					ps->p[i].msb);
	}
	assert_string_equal(buf, runs);
}

#define AMD MSRKIT_VENDOR_AMD
#define HYGON MSRKIT_VENDOR_HYGON
#define CENTAUR MSRKIT_VENDOR_CENTAUR

/* ---- HWCR ------------------------------------------------------------- */

static void test_hwcr_zen(void **state)
{
	struct msrkit_cpu raphael = make_cpu(AMD, 0x19, 0x61, NULL);
	struct msrkit_cpu matisse = make_cpu(AMD, 0x17, 0x71, NULL);
	struct pieces ps;

	(void)state;
	/* Raphael: SMM locked, SMI/RSM special cycles off, counters locked read-only. */
	decode_at(0xC0010015, &raphael, "HWCR", UINT64_C(0x0000000189006011), &ps);
	expect(&ps, "SmmLock", 1);
	expect(&ps, "TlbCacheDis", 0);
	expect(&ps, "INVDWBINVD", 1);
	expect(&ps, "SmiSpCycDis", 1);
	expect(&ps, "RsmSpCycDis", 1);
	expect(&ps, "McStatusWrEn", 0);
	expect(&ps, "TscFreqSel", 1);
	expect(&ps, "CpbDis", 0);
	expect(&ps, "EffFreqReadOnlyLock", 1);
	expect(&ps, "IRPerfEn", 0);
	expect_meaning(&ps, "SmmLock", "yes");
	/* Bits 31 and 32 are set on Zen 2 and later but not documented for Zen. */
	expect_reserved(&ps, "31-32");

	/* Matisse: boost disabled and the instructions-retired counter on. */
	decode_at(0xC0010015, &matisse, "HWCR", UINT64_C(0x00000001CB000011), &ps);
	expect(&ps, "CpbDis", 1);
	expect(&ps, "IRPerfEn", 1);
	expect(&ps, "SmiSpCycDis", 0);
	expect_reserved(&ps, "31-32");
}

static void test_hwcr_per_family(void **state)
{
	struct msrkit_cpu windsor = make_cpu(AMD, 0x0F, 0x43, NULL);
	struct msrkit_cpu interlagos = make_cpu(AMD, 0x15, 0x01, NULL);
	struct msrkit_cpu summit = make_cpu(AMD, 0x17, 0x01, NULL);
	const struct msrkit_reg *k8, *k15, *zen;
	struct pieces ps;

	(void)state;
	k8 = decode_at(0xC0010015, &windsor, "HWCR", UINT64_C(0x0000000002000040), &ps);
	expect(&ps, "FFDIS", 1);
	expect(&ps, "START_FID", 2);
	expect(&ps, "SMMLOCK", 0);
	expect_reserved(&ps, "");

	k15 = decode_at(0xC0010015, &interlagos, "HWCR", UINT64_C(0x0000000003001011), &ps);
	expect(&ps, "SmmLock", 1);
	expect(&ps, "INVDWBINVD", 1);
	expect(&ps, "HltXSpCycEn", 1);
	expect(&ps, "TscFreqSel", 1);
	expect(&ps, "CpbDis", 1);
	expect_reserved(&ps, "");

	zen = decode_at(0xC0010015, &summit, "HWCR", UINT64_C(0x0000000009000011), &ps);
	expect(&ps, "EffFreqReadOnlyLock", 1);
	expect_reserved(&ps, "");

	/* Three layouts at one address, chosen by family. */
	assert_ptr_not_equal(k8, k15);
	assert_ptr_not_equal(k15, zen);
}

/* ---- SYSCFG, VM_CR ---------------------------------------------------- */

static void test_syscfg_snp_host(void **state)
{
	struct msrkit_cpu milan = make_cpu(AMD, 0x19, 0x01, NULL);
	struct pieces ps;

	(void)state;
	decode_at(0xC0010010, &milan, "SYSCFG", UINT64_C(0x0000000003FC0000), &ps);
	expect(&ps, "MtrrFixDramEn", 1);
	expect(&ps, "MtrrFixDramModEn", 1);
	expect(&ps, "MtrrVarDramEn", 1);
	expect(&ps, "MtrrTom2En", 1);
	expect(&ps, "Tom2ForceMemTypeWB", 1);
	expect(&ps, "MemEncryptionModeEn", 1);
	expect(&ps, "SecureNestedPagingEn", 1);
	expect(&ps, "VMPLEn", 1);
	expect(&ps, "HostMultiKeyMemEncrModeEn", 0);
	expect_reserved(&ps, "");
}

static void test_vm_cr(void **state)
{
	static const struct fake_cpu f = { CPUID_OF(genoa_cpuid) };
	struct msrkit_cpu genoa = make_cpu(AMD, 0x19, 0x11, &f);
	struct pieces ps;

	(void)state;
	/* Disabled in firmware: SVMDIS and LOCK set. */
	decode_at(0xC0010114, &genoa, "VM_CR", 0x18, &ps);
	expect(&ps, "SVMDIS", 1);
	expect(&ps, "LOCK", 1);
	expect_meaning(&ps, "SVMDIS",
		       "SVM disabled: EFER.SVME is must-be-zero; with LOCK = 1 SVM is disabled in firmware, with LOCK = 0 software can clear SVMDIS");
	expect_meaning(&ps, "LOCK", "locked: writes to LOCK and SVMDIS are ignored until SVM_KEY unlocks them or reset");

	/* Disabled but unlocked: software can enable SVM. */
	decode_at(0xC0010114, &genoa, "VM_CR", 0x10, &ps);
	expect(&ps, "SVMDIS", 1);
	expect(&ps, "LOCK", 0);
	expect_meaning(&ps, "LOCK", "unlocked: LOCK and SVMDIS can be written");

	/* Enabled and locked: the usual state with SVM on in the firmware setup. */
	decode_at(0xC0010114, &genoa, "VM_CR", 0x08, &ps);
	expect(&ps, "SVMDIS", 0);
	expect(&ps, "LOCK", 1);
	expect(&ps, "DPD", 0);
	expect_meaning(&ps, "SVMDIS", "SVM allowed: EFER.SVME can be set");
	expect_reserved(&ps, "");
}

/* ---- P-states --------------------------------------------------------- */

static void test_pstate_def_zen(void **state)
{
	struct msrkit_cpu raphael = make_cpu(AMD, 0x19, 0x61, NULL);
	struct msrkit_cpu genoa = make_cpu(AMD, 0x19, 0x11, NULL);
	struct pieces ps;

	(void)state;
	/* Raphael P0: 47 x 100 MHz, 4.7 A. */
	decode_at(0xC0010064, &raphael, "PStateDef0", UINT64_C(0x800000004BF248BC), &ps);
	expect(&ps, "CpuFid", 0xBC);
	expect_meaning(&ps, "CpuFid", "4700 MHz");
	expect(&ps, "CpuDfsId", 8);
	expect(&ps, "CpuVid", 0xC9);
	expect(&ps, "IddValue", 47);
	expect(&ps, "IddDiv", 1);
	expect_meaning(&ps, "IddDiv", "10: current is IddValue / 10 amps");
	expect(&ps, "CpuVid_8", 0);
	expect(&ps, "PstateEn", 1);
	expect_reserved(&ps, "");

	/* Raphael P1 (the second instance): 30 x 100 MHz, 3.0 A. */
	decode_at(0xC0010065, &raphael, "PStateDef1", UINT64_C(0x80000000479E4878), &ps);
	expect_meaning(&ps, "CpuFid", "3000 MHz");
	expect(&ps, "CpuDfsId", 8);
	expect(&ps, "IddValue", 30);

	/* Genoa P0: 2.4 GHz. */
	decode_at(0xC0010064, &genoa, "PStateDef0", UINT64_C(0x800000004620C860), &ps);
	expect_meaning(&ps, "CpuFid", "2400 MHz");
	expect(&ps, "CpuDfsId", 8);
	expect(&ps, "CpuVid", 0x83);
	expect(&ps, "IddValue", 24);
}

static void test_pstate_def_zen5(void **state)
{
	struct msrkit_cpu granite = make_cpu(AMD, 0x1A, 0x44, NULL);
	struct pieces ps;

	(void)state;
	/* Family 1Ah: 12-bit FID in 5 MHz steps; 860 x 5 = 4300 MHz, 4.2 A. */
	decode_at(0xC0010064, &granite, "PStateDef0", UINT64_C(0x800000004AB2435C), &ps);
	expect(&ps, "CpuFid", 0x35C);
	expect_meaning(&ps, "CpuFid", "4300 MHz");
	expect(&ps, "CpuVid", 0xC9);
	expect(&ps, "IddValue", 42);
	expect(&ps, "IddDiv", 1);
	expect(&ps, "PstateEn", 1);
	expect_reserved(&ps, "");
}

static void test_pstate_def_bkdg(void **state)
{
	struct msrkit_cpu deneb = make_cpu(AMD, 0x10, 0x04, NULL);
	struct msrkit_cpu interlagos = make_cpu(AMD, 0x15, 0x01, NULL);
	struct msrkit_cpu kabini = make_cpu(AMD, 0x16, 0x00, NULL);
	struct pieces ps;

	(void)state;
	/* Deneb P0: 100 MHz x (0Eh + 10h) = 3.0 GHz. */
	decode_at(0xC0010064, &deneb, "PStateDef0", UINT64_C(0x8000001A3C00200E), &ps);
	expect(&ps, "CpuFid", 0x0E);
	expect(&ps, "CpuDid", 0);
	expect(&ps, "CpuVid", 0x10);
	expect(&ps, "NbDid", 0);
	expect(&ps, "NbVid", 0x1E);
	expect(&ps, "IddValue", 0x1A);
	expect(&ps, "IddDiv", 0);
	expect(&ps, "PstateEn", 1);
	expect_reserved(&ps, "");

	/* Interlagos P0: 3.2 GHz, VID 15h (1.2875 V on SVI1), 10.0 A. */
	decode_at(0xC0010064, &interlagos, "PStateDef0", UINT64_C(0x8000016400002A10), &ps);
	expect(&ps, "CpuFid", 0x10);
	expect(&ps, "CpuDid", 0);
	expect(&ps, "CpuVid", 0x15);
	expect(&ps, "NbPstate", 0);
	expect(&ps, "IddValue", 100);
	expect(&ps, "IddDiv", 1);
	expect_reserved(&ps, "");

	/* Kabini P0: 100 MHz x 1Eh / 2 = 1.5 GHz, VID 54h (1.025 V on SVI2), 2.08 A. */
	decode_at(0xC0010064, &kabini, "PStateDef0", UINT64_C(0x800002D00000A84E), &ps);
	expect(&ps, "CpuFid", 0x0E);
	expect(&ps, "CpuDid", 1);
	expect(&ps, "CpuVid", 0x54);
	expect(&ps, "IddValue", 208);
	expect(&ps, "IddDiv", 2);
	expect_reserved(&ps, "");
}

static void test_pstate_limits(void **state)
{
	struct msrkit_cpu genoa = make_cpu(AMD, 0x19, 0x11, NULL);
	struct msrkit_cpu milan = make_cpu(AMD, 0x19, 0x01, NULL);
	struct pieces ps;

	(void)state;
	decode_at(0xC0010061, &genoa, "PStateCurLim", 0x22, &ps);
	expect(&ps, "CurPstateLimit", 2);
	expect(&ps, "PstateMaxVal", 2);
	decode_at(0xC0010063, &milan, "PStateStat", 0x2, &ps);
	expect(&ps, "CurPstate", 2);
}

static void test_cofvid_status_kabini(void **state)
{
	struct msrkit_cpu kabini = make_cpu(AMD, 0x16, 0x00, NULL);
	struct pieces ps;

	(void)state;
	decode_at(0xC0010071, &kabini, "COFVID_STS", UINT64_C(0x409E00036E40A84E), &ps);
	expect(&ps, "CurCpuFid", 0x0E);
	expect(&ps, "CurCpuDid", 1);
	expect(&ps, "CurCpuVid_6_0", 0x54);
	expect(&ps, "CurPstate", 0);
	expect(&ps, "CurCpuVid_7", 0);
	expect(&ps, "CurNbVid", 0x6E);
	expect(&ps, "StartupPstate", 3);
	expect_meaning(&ps, "MaxCpuCof", "1500 MHz");
	expect(&ps, "CurPstateLimit", 0);
	expect(&ps, "MaxNbCof", 8);
}

static void test_hw_pstate_status(void **state)
{
	struct msrkit_cpu summit = make_cpu(AMD, 0x17, 0x01, NULL);
	struct pieces ps;

	(void)state;
	/* Summit Ridge boosting: 94h x 25 MHz = 3.7 GHz. */
	decode_at(0xC0010293, &summit, "HW_PSTATE_STATUS", UINT64_C(0x00000000000D0894), &ps);
	expect_meaning(&ps, "CurCpuFid", "3700 MHz");
	expect(&ps, "CurCpuDfsId", 8);
	expect(&ps, "CurCpuVid", 0x34);
	expect(&ps, "CurHwPstate", 0);
	expect_reserved(&ps, "");
}

/* ---- RAPL ------------------------------------------------------------- */

static void test_rapl_raphael(void **state)
{
	static const struct fake_msr msrs[] = { { 0xC0010299, UINT64_C(0x00000000000A1000) } };
	static const struct fake_cpu f = { msrs, 1, CPUID_OF(raphael_cpuid) };
	struct msrkit_cpu raphael = make_cpu(AMD, 0x19, 0x61, &f);
	struct pieces ps;

	(void)state;
	decode_at(0xC0010299, &raphael, "RAPL_PWR_UNIT", msrs[0].value, &ps);
	expect(&ps, "PU", 0);
	expect(&ps, "ESU", 16);
	expect(&ps, "TU", 10);
	expect_reserved(&ps, "");

	/* 3BECC35Ah / 2^16 J. */
	decode_at(0xC001029B, &raphael, "PKG_ENERGY_STAT", UINT64_C(0x000000003BECC35A), &ps);
	expect(&ps, "TotalEnergyConsumed", 0x3BECC35A);
	expect_meaning(&ps, "TotalEnergyConsumed", "15340.763092 J");
	decode_at(0xC001029A, &raphael, "CORE_ENERGY_STAT", UINT64_C(0x000000000244AB9D), &ps);
	expect_meaning(&ps, "TotalEnergyConsumed", "580.670364 J");
}

static void test_rapl_zen(void **state)
{
	static const struct fake_msr msrs[] = { { 0xC0010299, UINT64_C(0x00000000000A1003) } };
	static const struct fake_cpu f = { msrs, 1, CPUID_OF(summit_cpuid) };
	static const struct fake_cpu cpuid_only = { CPUID_OF(summit_cpuid) };
	struct msrkit_cpu summit = make_cpu(AMD, 0x17, 0x01, &f);
	struct msrkit_cpu unknown_units = make_cpu(AMD, 0x17, 0x01, &cpuid_only);
	struct pieces ps;

	(void)state;
	decode_at(0xC0010299, &summit, "RAPL_PWR_UNIT", msrs[0].value, &ps);
	expect(&ps, "PU", 3);
	expect(&ps, "ESU", 16);
	expect(&ps, "TU", 10);
	decode_at(0xC001029B, &summit, "PKG_ENERGY_STAT", UINT64_C(0x00000000A43A8305), &ps);
	expect_meaning(&ps, "TotalEnergyConsumed", "42042.511795 J");
	/* Without RAPL_PWR_UNIT the raw count is shown, saying why. */
	decode_at(0xC001029B, &unknown_units, "PKG_ENERGY_STAT", UINT64_C(0x00000000A43A8305), &ps);
	expect_meaning(&ps, "TotalEnergyConsumed", "2755298053 (raw; RAPL energy unit unknown)");
}

/* ---- applicability, names, families ----------------------------------- */

static void test_hygon_uses_zen_rules(void **state)
{
	struct msrkit_cpu dhyana = make_cpu(HYGON, 0x18, 0x01, NULL);
	struct msrkit_cpu intel = make_cpu(MSRKIT_VENDOR_INTEL, 6, 0x55, NULL);
	struct msrkit_reg_ref ref;
	struct pieces ps;

	(void)state;
	decode_at(0xC0010064, &dhyana, "PStateDef0", UINT64_C(0x8000000049080890), &ps);
	expect_meaning(&ps, "CpuFid", "3600 MHz");
	assert_int_equal(msrkit_db_find(0xC0010015, &dhyana, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &dhyana), MSRKIT_YES);
	/* AMD registers do not apply to an Intel CPU. */
	assert_int_equal(msrkit_db_find(0xC0010015, &intel, &ref), 0);
	assert_int_equal(msrkit_reg_applies(ref.reg, &intel), MSRKIT_NO);
}

static void test_names_and_families(void **state)
{
	struct msrkit_cpu genoa = make_cpu(AMD, 0x19, 0x11, NULL);
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
	struct msrkit_cpu windsor = make_cpu(AMD, 0x0F, 0x43, NULL);
	struct pieces ps;

	(void)state;
	decode_at(0xC0010042, &windsor, "FIDVID_STATUS", UINT64_C(0x3104120604180218), &ps);
	expect(&ps, "CurrFID", 0x18);
	expect(&ps, "StartFID", 0x02);
	expect(&ps, "MaxFID", 0x18);
	expect(&ps, "MaxRampVID", 0x04);
	expect(&ps, "FidVidPending", 0);
	expect(&ps, "CurrVID", 0x06);
	expect(&ps, "StartVID", 0x12);
	expect(&ps, "MaxVID", 0x04);
	expect(&ps, "PstateStep", 1);
	expect(&ps, "IntPstateSup", 1);
	expect_reserved(&ps, "60-60");
}

/* Registers Zen keeps without published fields, and TW_CFG on Zen 5. */
static void test_zen_kept_registers(void **state)
{
	struct msrkit_cpu genoa = make_cpu(AMD, 0x19, 0x11, NULL);
	struct msrkit_cpu granite_ridge = make_cpu(AMD, 0x1A, 0x44, NULL);
	struct msrkit_cpu deneb = make_cpu(AMD, 0x10, 0x04, NULL);
	struct pieces ps;

	(void)state;
	decode_at(0xC001001F, &genoa, "NB_CFG", 0, &ps);
	expect(&ps, "NB_CFG", 0);
	expect_reserved(&ps, "");
	decode_at(0xC0010055, &granite_ridge, "IntPend", 0, &ps);
	expect(&ps, "IntPend", 0);
	/* The BKDG families keep their own layouts. */
	decode_at(0xC001001F, &deneb, "NB_CFG", UINT64_C(0x0040400000000008), &ps);
	expect(&ps, "EnableCf8ExtCfg", 1);
	expect(&ps, "InitApicIdCpuIdLo", 1);

	decode_at(0xC0011023, &granite_ridge, "TW_CFG", UINT64_C(0x010202C000000000), &ps);
	expect(&ps, "TwCfgCombineCr0Cd", 1);
}

/* ---- Centaur / Zhaoxin ------------------------------------------------ */

static void test_zhaoxin_kx6000(void **state)
{
	struct msrkit_cpu kx6000 = make_cpu(CENTAUR, 7, 0x3B, NULL);
	struct pieces ps;

	(void)state;
	decode_at(0x1423, &kx6000, "TEMPERATURE", 0x2A, &ps);
	expect_meaning(&ps, "Temperature", "42 °C");
	decode_at(0x1107, &kx6000, "FCR", UINT64_C(0x0FC6037D3C34030E), &ps);
	expect(&ps, "ECX8", 1);
	expect(&ps, "PGE", 0);
	expect(&ps, "ACE_FCR", 1);
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
		cmocka_unit_test(test_rapl_raphael),
		cmocka_unit_test(test_rapl_zen),
		cmocka_unit_test(test_hygon_uses_zen_rules),
		cmocka_unit_test(test_names_and_families),
		cmocka_unit_test(test_k8_fidvid_status),
		cmocka_unit_test(test_zen_kept_registers),
		cmocka_unit_test(test_zhaoxin_kx6000),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
