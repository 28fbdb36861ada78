/* SPDX-License-Identifier: MIT */
/*
 * AIDA64 dump reader: golden values from real dumps (fixtures in data/),
 * every layout quirk, and the exact text of its errors.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/snapshot.h>

#include "fixture.h"

static uint64_t msr(const struct msrkit_snapshot *s, unsigned cpu, uint32_t address)
{
	uint64_t v = 0;
	int rc = msrkit_snapshot_read_msr(s, cpu, address, &v);

	if (rc)
		fail_msg("CPU %u MSR 0x%X: error %d", cpu, address, rc);
	return v;
}

static int msr_err(const struct msrkit_snapshot *s, unsigned cpu, uint32_t address)
{
	uint64_t v = 0;

	return msrkit_snapshot_read_msr(s, cpu, address, &v);
}

static void expect_cpuid(const struct msrkit_snapshot *s, unsigned cpu, uint32_t leaf, uint32_t sub, uint32_t eax,
                         uint32_t ebx, uint32_t ecx, uint32_t edx)
{
	uint32_t r[4];

	assert_int_equal(msrkit_snapshot_cpuid(s, cpu, leaf, sub, r), 0);
	assert_int_equal(r[0], eax);
	assert_int_equal(r[1], ebx);
	assert_int_equal(r[2], ecx);
	assert_int_equal(r[3], edx);
}

static struct msrkit_snapshot *parse(const char *text, struct msrkit_aida64_stats *st)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	char msg[512];

	if (msrkit_snapshot_parse_aida64(text, strlen(text), "inline.txt", &s, &err, st)) {
		msrkit_snapshot_error_format(&err, msg, sizeof(msg));
		fail_msg("%s", msg);
	}
	return s;
}

/* Sapphire Rapids (Xeon w7-2475X), CPUs 0 and 1: per-CPU sections. */
static void test_sapphire_rapids(void **state)
{
	struct msrkit_snapshot *s = fixture_load("sapphire_rapids.txt");
	struct msrkit_cpuset set;

	(void)state;
	assert_int_equal(msrkit_snapshot_origin(s), MSRKIT_ORIGIN_AIDA64);
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	msrkit_snapshot_cpus(s, &set);
	assert_int_equal(set.bits[0], 0x3);
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_BACKEND), "aida64");
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_SOURCE), "AIDA64 dump sapphire_rapids.txt");
	assert_null(msrkit_snapshot_get_meta(s, MSRKIT_META_TOOL));

	/* VMX capability MSRs 0x480-0x490. */
	assert_int_equal(msr(s, 0, 0x480), 0x03DA050000000013ull);
	assert_int_equal(msr(s, 0, 0x481), 0x000000FF00000016ull);
	assert_int_equal(msr(s, 0, 0x482), 0xFFFBFFFE0401E172ull);
	assert_int_equal(msr(s, 0, 0x485), 0x000000007004C1E7ull);
	assert_int_equal(msr(s, 0, 0x48B), 0xCFFF3FFF00000000ull);
	assert_int_equal(msr(s, 0, 0x48C), 0x00010F0106F341C1ull);
	assert_int_equal(msr(s, 0, 0x490), 0x007EFFFF000011FBull);
	assert_int_equal(msr_err(s, 0, 0x491), -ENOENT);
	assert_int_equal(msr(s, 1, 0x480), 0x03DA050000000013ull);
	assert_int_equal(msr(s, 1, 0x48C), 0x00010F0106F341C1ull);
	/* Not in the dump, < FAILED > reads, [S200] samples. */
	assert_int_equal(msr_err(s, 0, 0x3A), -ENOENT);
	assert_int_equal(msr_err(s, 0, 0x49), -EIO);
	assert_int_equal(msr_err(s, 1, 0x49), -EIO);
	assert_int_equal(msr_err(s, 0, 0x10B), -EIO);
	assert_int_equal(msr(s, 0, 0xE7), 0x00000016E85DD78Aull);
	assert_int_equal(msr(s, 0, 0xE8), 0x00000012D09A8AA9ull);
	assert_int_equal(msr(s, 1, 0xE7), 0x000000181D26DAF0ull);
	assert_int_equal(msr(s, 0, 0x1B), 0x00000000FEE00D00ull);
	assert_int_equal(msr(s, 0, 0x1AD), 0x222326292B2C2F30ull);

	expect_cpuid(s, 0, 0x0, 0, 0x00000020, 0x756E6547, 0x6C65746E, 0x49656E69);
	expect_cpuid(s, 0, 0x4, 3, 0xFC1FC163, 0x0380003F, 0x00009FFF, 0x00000004);
	expect_cpuid(s, 1, 0xB, 0, 0x00000001, 0x00000002, 0x00000100, 0x00000001);
	expect_cpuid(s, 0, 0xD, 1, 0x0000001F, 0x00002A80, 0x0000DD00, 0x00000000);
	expect_cpuid(s, 0, 0x80000008, 0, 0x00003934, 0x00000200, 0x00000000, 0x00000000);
	msrkit_snapshot_free(s);
}

/* AIDA64 -> msrkit text keeps every value: the committed conversion. */
static void test_sapphire_rapids_golden_text(void **state)
{
	struct msrkit_snapshot *s = fixture_load("sapphire_rapids.txt");
	size_t glen, len;
	char *golden = fixture_read("sapphire_rapids.snap", &glen);
	char *text = fixture_write(s, 0, &len);

	(void)state;
	assert_int_equal(len, glen);
	assert_memory_equal(text, golden, len);
	free(text);
	free(golden);
	msrkit_snapshot_free(s);
}

static void test_stats(void **state)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_aida64_stats st;
	struct msrkit_snapshot *s = NULL;
	size_t len;
	char *buf = fixture_read("sapphire_rapids.txt", &len);

	(void)state;
	assert_int_equal(msrkit_snapshot_parse_aida64(buf, len, "sapphire_rapids.txt", &s, &err, &st), 0);
	assert_int_equal(st.cpuid_lines, 40);
	assert_int_equal(st.msr_lines, 135);
	assert_int_equal(st.msr_failed, 16);
	assert_int_equal(st.superseded, 18);
	assert_int_equal(st.info_lines, 10);
	assert_int_equal(st.stray_lines, 0);
	free(buf);
	msrkit_snapshot_free(s);
}

/* Core 2 Conroe: "Logical CPU #N" CPUID sections, one "MSR Registers"
 * section (CPU 0), a Versions section. */
static void test_conroe_old_layout(void **state)
{
	struct msrkit_snapshot *s = fixture_load("conroe.txt");
	size_t n;

	(void)state;
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_TOOL), "AIDA64 Engineer v5.99.4905 Beta");
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_KERNEL),
	                    "Microsoft Windows XP Professional x64 Edition 5.2.3790 Service Pack 2 (64-bit)");
	assert_int_equal(msr(s, 0, 0x480), 0x001A040000000007ull);
	assert_int_equal(msr(s, 0, 0x48A), 0x000000000000002Cull);
	assert_int_equal(msr(s, 0, 0x17), 0x0000000088040B28ull);
	assert_int_equal(msr(s, 0, 0xE7), 0x000001936E832D16ull);
	assert_int_equal(msr(s, 0, 0x198), 0x0B280B2886000B28ull);
	assert_int_equal(msr_err(s, 0, 0x48B), -ENOENT);
	/* The single MSR section belongs to CPU 0 alone. */
	assert_null(msrkit_snapshot_msrs(s, 1, &n));
	assert_int_equal(msr_err(s, 1, 0x480), -ENOENT);
	expect_cpuid(s, 1, 0x1, 0, 0x000006F6, 0x01020800, 0x0000E3BD, 0xBFEBFBFF);
	/* Leaf 1 ignores ECX: any subleaf answers. */
	expect_cpuid(s, 1, 0x1, 7, 0x000006F6, 0x01020800, 0x0000E3BD, 0xBFEBFBFF);
	expect_cpuid(s, 0, 0x4, 2, 0x04004143, 0x03C0003F, 0x00000FFF, 0x00000001);
	msrkit_snapshot_free(s);
}

/* The same dump with CRLF line endings and Latin-1 bytes gives the same
 * snapshot. */
static void test_conroe_crlf_latin1(void **state)
{
	struct msrkit_snapshot *a = fixture_load("conroe.txt");
	struct msrkit_snapshot *b = fixture_load("conroe_crlf.txt");
	size_t la, lb;
	char *ta, *tb;

	(void)state;
	assert_string_equal(msrkit_snapshot_get_meta(b, MSRKIT_META_SOURCE), "AIDA64 dump conroe_crlf.txt");
	assert_int_equal(msrkit_snapshot_set_meta(b, MSRKIT_META_SOURCE, "AIDA64 dump conroe.txt"), 0);
	ta = fixture_write(a, 0, &la);
	tb = fixture_write(b, 0, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(ta, tb, la);
	free(ta);
	free(tb);
	msrkit_snapshot_free(a);
	msrkit_snapshot_free(b);
}

/* Pentium 4 Prescott (EVEREST): leaf 4's subleaves as repeated lines
 * without [SL nn]. */
static void test_prescott_unnumbered_subleaves(void **state)
{
	struct msrkit_snapshot *s = fixture_load("prescott.txt");
	uint32_t r[4];

	(void)state;
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_TOOL), "EVEREST v4.60.1628 Beta");
	expect_cpuid(s, 0, 0x4, 0, 0x00000121, 0x01C0003F, 0x0000001F, 0x00000000);
	expect_cpuid(s, 0, 0x4, 1, 0x00000143, 0x00C0103F, 0x000001FF, 0x00000000);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 0x4, 2, r), -ENODATA);
	expect_cpuid(s, 0, 0x5, 9, 0x00000040, 0x00000040, 0x00000000, 0x00000000);
	msrkit_snapshot_free(s);
}

/* Older dumps list leaf 0xD as subleaf 0 then one line per state component
 * present: the second line of Kabini's is component 2 (AVX, 256 bytes at
 * offset 576). */
static void test_leaf_0d_components(void **state)
{
	static const char text[] = "------[ Logical CPU #0 ]------\n"
	                           "\n"
	                           "CPUID 0000000D: 00000007-00000340-00000340-00000000\n"
	                           "CPUID 0000000D: 00000100-00000240-00000000-00000000\n"
	                           "CPUID 80000000: 8000001E-68747541-444D4163-69746E65\n";
	struct msrkit_snapshot *s = parse(text, NULL);
	uint32_t r[4];

	(void)state;
	expect_cpuid(s, 0, 0xD, 0, 0x00000007, 0x00000340, 0x00000340, 0x00000000);
	expect_cpuid(s, 0, 0xD, 2, 0x00000100, 0x00000240, 0x00000000, 0x00000000);
	assert_int_equal(msrkit_snapshot_cpuid(s, 0, 0xD, 1, r), -ENODATA);
	msrkit_snapshot_free(s);
}

/* Ryzen 7 1800X: remarks at the top of the MSR block ("CPU Clock (TSC):
 * 3600 MHz"), P-state samples repeated without [S200], then sampled again
 * later in the block. */
static void test_zen_extra_headers(void **state)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_aida64_stats st;
	struct msrkit_snapshot *s = NULL;
	size_t len;
	char *buf = fixture_read("zen.txt", &len);

	(void)state;
	assert_int_equal(msrkit_snapshot_parse_aida64(buf, len, "zen.txt", &s, &err, &st), 0);
	assert_int_equal(msr(s, 0, 0xC0010293), 0x00000000000D0894ull);
	assert_int_equal(msr(s, 0, 0xC0010064), 0x8000000049080890ull);
	assert_int_equal(msr(s, 0, 0xE7), 0x000000000000FD20ull);
	assert_int_equal(msr(s, 0, 0xC001029B), 0x00000000A43A8305ull);
	assert_int_equal(msr_err(s, 0, 0xC0010070), -EIO);
	assert_int_equal(st.superseded, 13);
	assert_int_equal(st.info_lines, 27);
	/* Leaf 7 takes a subleaf even when the dump gives none. */
	expect_cpuid(s, 0, 0x7, 0, 0x00000000, 0x209C01A9, 0x00000000, 0x00000000);
	free(buf);
	msrkit_snapshot_free(s);
}

/* Extra headers naming no CPU inside CPU #0's block continue that block. */
static void test_extra_header_inside_block(void **state)
{
	static const char text[] = "------[ MSR Registers / Logical CPU #0 ]------\n"
	                           "\n"
	                           "MSR 0000001B: 0000-0000-FEE0-0D00\n"
	                           "------[ MSR Registers / Logical CPU # Clock (TSC), 2250 MHz ]------\n"
	                           "MSR Registers / Logical CPU # Clock (TSC), 2250 MHz\n"
	                           "MSR 0000008B: 0000-0000-0830-101C\n"
	                           "\n"
	                           "------[ MSR Registers / Logical CPU #1 ]------\n"
	                           "\n"
	                           "MSR 0000001B: 0000-0000-FEE0-0C00\n";
	struct msrkit_snapshot *s = parse(text, NULL);

	(void)state;
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	assert_int_equal(msr(s, 0, 0x1B), 0xFEE00D00);
	assert_int_equal(msr(s, 0, 0x8B), 0x000000000830101Cull);
	assert_int_equal(msr(s, 1, 0x1B), 0xFEE00C00);
	assert_int_equal(msr_err(s, 1, 0x8B), -ENOENT);
	msrkit_snapshot_free(s);
}

/* AIDA64 report layout: indented blocks, no colon, CRLF, Latin-1 text. */
static void test_report_layout(void **state)
{
	struct msrkit_snapshot *s = fixture_load("report_haswell.txt");

	(void)state;
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	assert_int_equal(msr(s, 0, 0x17), 0x0010000000000000ull);
	assert_int_equal(msr(s, 0, 0x1B), 0xFEE00D00);
	assert_int_equal(msr_err(s, 0, 0x49), -EIO);
	assert_int_equal(msr(s, 0, 0xE7), 0x000001FA8108B3EBull);
	assert_int_equal(msr(s, 0, 0x610), 0x804281D600DC8178ull);
	assert_int_equal(msr(s, 1, 0x1B), 0xFEE00C00);
	assert_int_equal(msr(s, 1, 0xE8), 0x00000165B3891101ull);
	/* "CPUID Registers (CPU #1 Virtual):" */
	expect_cpuid(s, 1, 0xB, 1, 0x00000004, 0x00000008, 0x00000201, 0x00000001);
	msrkit_snapshot_free(s);
}

/* "MSR Registers:" without a CPU number: CPU 0. */
static void test_report_single_block(void **state)
{
	struct msrkit_snapshot *s = fixture_load("report_single.txt");
	size_t n;

	(void)state;
	assert_int_equal(msr(s, 0, 0xE7), 0x000001FA8108B3EBull);
	assert_int_equal(msr_err(s, 0, 0x10B), -EIO);
	assert_null(msrkit_snapshot_msrs(s, 1, &n));
	msrkit_snapshot_free(s);
}

/* Register lines before any header: CPU 0, then CPU 1 at the next leaf 0. */
static void test_headerless(void **state)
{
	static const char text[] = "CPUID 00000000: 0000000B-756E6547-6C65746E-49656E69 [GenuineIntel]\n"
	                           "CPUID 00000001: 000106A4-00100800-0098E3BD-BFEBFBFF\n"
	                           "CPUID 00000000: 0000000B-756E6547-6C65746E-49656E69 [GenuineIntel]\n"
	                           "CPUID 00000001: 000106A4-01100800-0098E3BD-BFEBFBFF\n";
	struct msrkit_snapshot *s = parse(text, NULL);

	(void)state;
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	expect_cpuid(s, 0, 0x1, 0, 0x000106A4, 0x00100800, 0x0098E3BD, 0xBFEBFBFF);
	expect_cpuid(s, 1, 0x1, 0, 0x000106A4, 0x01100800, 0x0098E3BD, 0xBFEBFBFF);
	msrkit_snapshot_free(s);
}

/* Empty sections, tabs, a BOM, separator variants, Latin-1 annotations. */
static void test_small_quirks(void **state)
{
	static const char text[] = "\xef\xbb\xbf------[ Versions ]------\n"
	                           "\n"
	                           "Program Version : AIDA64 Extreme v7.00 \xa9 FinalWire\n"
	                           "\n"
	                           "------[ CPUID Registers / Logical CPU #2 ]------\n"
	                           "\n"
	                           "------[ MSR Registers / Logical CPU #2 ]------\n"
	                           "\n"
	                           "------[ CPUID Registers / Logical CPU #3 ]------\n"
	                           "\tCPUID 00000000 :0000000B 756E6547 6C65746E 49656E69\t[Genuine\xaeIntel]\n"
	                           "CPUID 00000004: 1C004121-01C0003F-0000003F-00000000 [SL 0A]\n"
	                           "L1 Cache: 32 KB \xb5Op\n"
	                           "------[ MSR Registers / Logical CPU #3 ]------\n"
	                           "MSR 0000001b: 0000-0000-fee0-0900 [\xe9t\xe9]\n"
	                           "Tjmax Temperature = 100 \xb0" "C\n"
	                           "---------------\n"
	                           "MSR 00000049:\t< FAILED >\n";
	struct msrkit_snapshot *s = parse(text, NULL);
	size_t n;

	(void)state;
	assert_string_equal(msrkit_snapshot_get_meta(s, MSRKIT_META_TOOL), "AIDA64 Extreme v7.00 \xc2\xa9 FinalWire");
	assert_int_equal(msrkit_snapshot_cpu_count(s), 2);
	assert_null(msrkit_snapshot_msrs(s, 2, &n));
	assert_null(msrkit_snapshot_cpuids(s, 2, &n));
	expect_cpuid(s, 3, 0x0, 0, 0x0000000B, 0x756E6547, 0x6C65746E, 0x49656E69);
	expect_cpuid(s, 3, 0x4, 0xA, 0x1C004121, 0x01C0003F, 0x0000003F, 0x00000000);
	assert_int_equal(msr(s, 3, 0x1B), 0xFEE00900);
	assert_int_equal(msr_err(s, 3, 0x49), -EIO);
	msrkit_snapshot_free(s);
}

static void test_truncated_fixture(void **state)
{
	struct msrkit_snapshot_error err = { 0 };
	struct msrkit_snapshot *s = NULL;
	char msg[512], want[512];

	(void)state;
	assert_int_equal(msrkit_snapshot_load(fixture_path("sapphire_rapids_truncated.txt"), &s, &err), -EINVAL);
	assert_null(s);
	msrkit_snapshot_error_format(&err, msg, sizeof(msg));
	snprintf(want, sizeof(want),
	         "%s:113: bad MSR value \"03DA-05\": expected 16 hex digits as VVVV-VVVV-VVVV-VVVV, or < FAILED >",
	         fixture_path("sapphire_rapids_truncated.txt"));
	assert_string_equal(msg, want);
}

#define MSRHDR "------[ MSR Registers / Logical CPU #0 ]------\n\n"
#define CPUIDHDR "------[ CPUID Registers / Logical CPU #0 ]------\n\n"

static void expect_error(const char *text, const char *want)
{
	int rc;
	const char *msg = fixture_error_aida64(text, &rc);

	assert_int_equal(rc, -EINVAL);
	assert_string_equal(msg, want);
}

static void test_errors(void **state)
{
	(void)state;
	expect_error(MSRHDR "MSR 0000001: 0000-0000-FEE0-0900\n",
	             "t.txt:3: bad MSR line: the address must be 8 hex digits, as in "
	             "\"MSR 0000001B: 0000-0000-FEE0-0900\"");
	expect_error(MSRHDR "MSR 0000001B: 0000-0000-FEE0-0900x\n",
	             "t.txt:3: bad MSR value \"0000-0000-FEE0-0900x\": expected 16 hex digits as "
	             "VVVV-VVVV-VVVV-VVVV, or < FAILED >");
	expect_error(MSRHDR "MSR 0000001B: 0000-0000-FEG0-0900\n",
	             "t.txt:3: bad MSR value \"0000-0000-FEG0-0900\": expected 16 hex digits as "
	             "VVVV-VVVV-VVVV-VVVV, or < FAILED >");
	expect_error(MSRHDR "MSR 00000049: < FAILED\n",
	             "t.txt:3: bad MSR value \"< FAILED\": expected 16 hex digits as VVVV-VVVV-VVVV-VVVV, "
	             "or < FAILED >");
	expect_error(MSRHDR "MSR 0000001B\n",
	             "t.txt:3: bad MSR line: the address must be 8 hex digits, as in "
	             "\"MSR 0000001B: 0000-0000-FEE0-0900\"");
	expect_error(CPUIDHDR "CPUID 00000001: 000806F8-00800800-7FFEFBFF\n",
	             "t.txt:3: bad CPUID value \"000806F8-00800800-7FFEFBFF\": expected EAX-EBX-ECX-EDX, "
	             "8 hex digits each");
	expect_error(CPUIDHDR "CPUID 00000004: FC004121-02C0003F-0000003F-00000000 [SL zz]\n",
	             "t.txt:3: bad subleaf \"[SL zz]\": expected [SL nn] with 1 to 8 hex digits");
	expect_error(CPUIDHDR "CPUID 0001: 00000000-00000000-00000000-00000000\n",
	             "t.txt:3: bad CPUID line: the leaf must be 8 hex digits, as in "
	             "\"CPUID 00000001: EAX-EBX-ECX-EDX\"");
	expect_error(MSRHDR "MSR 0000001B: 0000-0000-FEE0-0900\nsome words\n",
	             "t.txt:4: unrecognised line in an MSR section: \"some words\"");
	expect_error(MSRHDR "MSR 0000001B: 0000-0000-FEE0-0900\nMS\n",
	             "t.txt:4: unrecognised line in an MSR section: \"MS\"");
	expect_error(CPUIDHDR "CPUID 00000000: 00000020-756E6547-6C65746E-49656E69\nabc\x01: x\n",
	             "t.txt:4: binary data (byte 0x01) in a CPUID section: the file is corrupt");
	expect_error(CPUIDHDR "MSR 0000001B: 0000-0000-FEE0-0900\n", "t.txt:3: MSR line in a CPUID section");
	expect_error(MSRHDR "CPUID 00000000: 00000020-756E6547-6C65746E-49656E69\n",
	             "t.txt:3: CPUID line in an MSR section");
	expect_error(MSRHDR "------[ MSR Regis",
	             "t.txt:3: unterminated section header \"------[ MSR Regis\": expected ------[ NAME ]------");
	expect_error("------[ MSR Registers / Logical CPU #8192 ]------\n",
	             "t.txt:1: CPU number in section header is not below 8192");
	expect_error("------[ CPU Info ]------\n\nCPU Type : Intel\n",
	             "t.txt: no CPUID or MSR registers found: neither an AIDA64 CPUID dump nor an msrkit snapshot");
	expect_error("", "t.txt: no CPUID or MSR registers found: neither an AIDA64 CPUID dump nor an msrkit snapshot");
	expect_error("\xff\xfe-\0-\0", "t.txt: UTF-16 text: convert the dump to UTF-8 first (iconv -f UTF-16 -t UTF-8)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sapphire_rapids),
		cmocka_unit_test(test_sapphire_rapids_golden_text),
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_conroe_old_layout),
		cmocka_unit_test(test_conroe_crlf_latin1),
		cmocka_unit_test(test_prescott_unnumbered_subleaves),
		cmocka_unit_test(test_leaf_0d_components),
		cmocka_unit_test(test_zen_extra_headers),
		cmocka_unit_test(test_extra_header_inside_block),
		cmocka_unit_test(test_report_layout),
		cmocka_unit_test(test_report_single_block),
		cmocka_unit_test(test_headerless),
		cmocka_unit_test(test_small_quirks),
		cmocka_unit_test(test_truncated_fixture),
		cmocka_unit_test(test_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
