/* SPDX-License-Identifier: MIT */
/*
 * The VMX capability MSR table (src/core/db_vmx.c), checked by decoding values
 * read from real processors: every expected setting below is what the SDM's
 * rules give for that value, worked out by hand.
 *
 * Values (facts, transcribed from AIDA64 dumps of the InstLatx64 collection):
 *   Sapphire Rapids  (CPUID 000806F8)
 *   Conroe           (CPUID 000006F6, the first VMX generation: no TRUE MSRs)
 *   Gulftown         (CPUID 000206C2, EPT without accessed/dirty flags)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <msrkit/msrkit.h>

#include "decode_fixture.h"

/* Sapphire Rapids */
#define SPR_BASIC            UINT64_C(0x03DA050000000013)
#define SPR_PINBASED         UINT64_C(0x000000FF00000016)
#define SPR_PROCBASED        UINT64_C(0xFFFBFFFE0401E172)
#define SPR_EXIT             UINT64_C(0xFF7FFFFF00036DFF)
#define SPR_ENTRY            UINT64_C(0x007EFFFF000011FF)
#define SPR_MISC             UINT64_C(0x000000007004C1E7)
#define SPR_CR0_FIXED0       UINT64_C(0x0000000080000021)
#define SPR_CR0_FIXED1       UINT64_C(0x00000000FFFFFFFF)
#define SPR_CR4_FIXED0       UINT64_C(0x0000000000002000)
#define SPR_CR4_FIXED1       UINT64_C(0x0000000003F77FFF)
#define SPR_VMCS_ENUM        UINT64_C(0x000000000000002E)
#define SPR_PROCBASED2       UINT64_C(0xCFFF3FFF00000000)
#define SPR_EPT_VPID_CAP     UINT64_C(0x00010F0106F341C1)
#define SPR_TRUE_PINBASED    UINT64_C(0x000000FF00000016)
#define SPR_TRUE_PROCBASED   UINT64_C(0xFFFBFFFE04006172)
#define SPR_TRUE_EXIT        UINT64_C(0xFF7FFFFF00036DFB)
#define SPR_TRUE_ENTRY       UINT64_C(0x007EFFFF000011FB)

/* Conroe */
#define CONROE_BASIC         UINT64_C(0x001A040000000007)
#define CONROE_PINBASED      UINT64_C(0x0000001F00000016)
#define CONROE_PROCBASED     UINT64_C(0x77B9FFFE0401E172)
#define CONROE_EXIT          UINT64_C(0x0003EFFF00036DFF)
#define CONROE_ENTRY         UINT64_C(0x00001FFF000011FF)
#define CONROE_MISC          UINT64_C(0x00000000000403C0)
#define CONROE_CR4_FIXED1    UINT64_C(0x00000000000027FF)
#define CONROE_VMCS_ENUM     UINT64_C(0x000000000000002C)

/* Gulftown */
#define GULFTOWN_EPT_VPID_CAP UINT64_C(0x00000F0106134141)

#define EITHER MSRKIT_SETTING_EITHER
#define MUST0 MSRKIT_SETTING_MUST0
#define MUST1 MSRKIT_SETTING_MUST1

/* ---- helpers ---------------------------------------------------------- */

/* The VMX capability MSRs are single registers: each definition starts at
 * its address. */
static const struct msrkit_reg *reg_at(uint32_t address)
{
	const struct msrkit_reg *r = fixture_reg(address, NULL, NULL);

	assert_int_equal(r->address, address);
	return r;
}

static void expect_setting(const struct fixture_pieces *p, const char *name, enum msrkit_setting s)
{
	const struct msrkit_decoded *d = fixture_field(p, name);

	assert_true(d->is_control);
	if (d->setting != s)
		fail_msg("%s: setting %s, expected %s", name, msrkit_setting_name(d->setting),
			 msrkit_setting_name(s));
}

/* ---- IA32_VMX_BASIC ----------------------------------------------------- */

static void test_basic_sapphire_rapids(void **state)
{
	struct fixture_pieces p;
	size_t i;
	bool bit57 = false;

	(void)state;
	fixture_decode(&p, reg_at(0x480), SPR_BASIC, NULL);
	assert_int_equal(fixture_raw(&p, "VMCS_REVISION_ID"), 19);
	assert_int_equal(fixture_raw(&p, "VMCS_SIZE"), 1280);
	fixture_assert_meaning_has(&p, "VMCS_SIZE", "1280 bytes");
	assert_int_equal(fixture_raw(&p, "MEMORY_TYPE"), 6);
	fixture_assert_meaning_has(&p, "MEMORY_TYPE", "WB");
	assert_int_equal(fixture_raw(&p, "VMCS_PHYSICAL_ADDRESS_WIDTH"), 0);
	assert_int_equal(fixture_raw(&p, "DUAL_MONITOR_TREATMENT"), 1);
	assert_int_equal(fixture_raw(&p, "INS_OUTS_REPORTING"), 1);
	assert_int_equal(fixture_raw(&p, "TRUE_CONTROLS"), 1);
	assert_int_equal(fixture_raw(&p, "NO_ERROR_CODE_CONSISTENCY_CHECK"), 1);
	assert_int_equal(fixture_raw(&p, "NESTED_EXCEPTION"), 0);
	/* Bit 57 is set on this CPU but reserved in the SDM: flagged, alone. */
	for (i = 0; i < p.n; i++)
		if (p.d[i].reserved) {
			assert_null(p.d[i].field);
			assert_int_equal(p.d[i].lsb, 57);
			assert_int_equal(p.d[i].msb, 57);
			bit57 = true;
		}
	assert_true(bit57);
	assert_int_equal(fixture_reserved_count(&p), 1);
}

static void test_basic_conroe(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x480), CONROE_BASIC, NULL);
	assert_int_equal(fixture_raw(&p, "VMCS_REVISION_ID"), 7);
	assert_int_equal(fixture_raw(&p, "VMCS_SIZE"), 1024);
	assert_int_equal(fixture_raw(&p, "MEMORY_TYPE"), 6);
	assert_int_equal(fixture_raw(&p, "DUAL_MONITOR_TREATMENT"), 1);
	assert_int_equal(fixture_raw(&p, "INS_OUTS_REPORTING"), 0);
	assert_int_equal(fixture_raw(&p, "TRUE_CONTROLS"), 0);
	assert_int_equal(fixture_raw(&p, "NO_ERROR_CODE_CONSISTENCY_CHECK"), 0);
	assert_int_equal(fixture_reserved_count(&p), 0);
}

static void test_basic_uncacheable_and_undefined_type(void **state)
{
	struct fixture_pieces p;

	(void)state;
	/* Memory type 0 is UC; 3 is not defined and must not be named. */
	fixture_decode(&p, reg_at(0x480), CONROE_BASIC & ~(UINT64_C(0xF) << 50), NULL);
	assert_int_equal(fixture_raw(&p, "MEMORY_TYPE"), 0);
	fixture_assert_meaning_has(&p, "MEMORY_TYPE", "UC");
	fixture_decode(&p, reg_at(0x480), (CONROE_BASIC & ~(UINT64_C(0xF) << 50)) | (UINT64_C(3) << 50), NULL);
	assert_int_equal(fixture_raw(&p, "MEMORY_TYPE"), 3);
	assert_null(strstr(fixture_meaning(&p, "MEMORY_TYPE"), "WB"));
	assert_null(strstr(fixture_meaning(&p, "MEMORY_TYPE"), "UC"));
}

/* ---- pin-based and primary processor-based controls ---------------------- */

static void test_pinbased(void **state)
{
	static const char *const all[] = { "EXTERNAL_INTERRUPT_EXITING", "NMI_EXITING", "VIRTUAL_NMIS",
					   "ACTIVATE_VMX_PREEMPTION_TIMER",
					   "PROCESS_POSTED_INTERRUPTS" };
	struct fixture_pieces p;
	size_t i;

	(void)state;
	fixture_decode(&p, reg_at(0x481), SPR_PINBASED, NULL);
	for (i = 0; i < 5; i++)
		expect_setting(&p, all[i], EITHER);
	/* The default1 bits 1, 2 and 4 are forced, as for every VMX CPU: not news. */
	assert_int_equal(p.n, 5);
	fixture_decode(&p, reg_at(0x48D), SPR_TRUE_PINBASED, NULL);
	for (i = 0; i < 5; i++)
		expect_setting(&p, all[i], EITHER);

	fixture_decode(&p, reg_at(0x481), CONROE_PINBASED, NULL);
	expect_setting(&p, "EXTERNAL_INTERRUPT_EXITING", EITHER);
	expect_setting(&p, "NMI_EXITING", EITHER);
	expect_setting(&p, "VIRTUAL_NMIS", MUST0);
	expect_setting(&p, "ACTIVATE_VMX_PREEMPTION_TIMER", MUST0);
	expect_setting(&p, "PROCESS_POSTED_INTERRUPTS", MUST0);
}

static void test_procbased_legacy_and_true(void **state)
{
	struct fixture_pieces legacy, truec;

	(void)state;
	fixture_decode(&legacy, reg_at(0x482), SPR_PROCBASED, NULL);
	fixture_decode(&truec, reg_at(0x48E), SPR_TRUE_PROCBASED, NULL);
	/* Only the 22 named controls: reserved bits are default1 (forced in
	 * the legacy MSR) or may not be 1 (bits 0 and 18). */
	assert_int_equal(legacy.n, 22);
	assert_int_equal(truec.n, 22);
	assert_int_equal(fixture_reserved_count(&legacy), 0);

	expect_setting(&legacy, "HLT_EXITING", EITHER);
	expect_setting(&truec, "HLT_EXITING", EITHER);
	/* CR3-load/store exiting: forced in the legacy MSR, free in the TRUE one. */
	expect_setting(&legacy, "CR3_LOAD_EXITING", MUST1);
	expect_setting(&legacy, "CR3_STORE_EXITING", MUST1);
	expect_setting(&truec, "CR3_LOAD_EXITING", EITHER);
	expect_setting(&truec, "CR3_STORE_EXITING", EITHER);
	assert_int_equal(fixture_raw(&legacy, "CR3_LOAD_EXITING"), 3); /* allowed-1 | allowed-0 */
	assert_int_equal(fixture_raw(&truec, "CR3_LOAD_EXITING"), 2);
	expect_setting(&legacy, "ACTIVATE_TERTIARY_CONTROLS", EITHER);
	expect_setting(&legacy, "ACTIVATE_SECONDARY_CONTROLS", EITHER);
	expect_setting(&legacy, "USE_TSC_OFFSETTING", EITHER);
	expect_setting(&legacy, "MONITOR_TRAP_FLAG", EITHER);
	assert_int_equal(fixture_field(&legacy, "INTERRUPT_WINDOW_EXITING")->lsb, 2);
	assert_int_equal(fixture_field(&legacy, "ACTIVATE_SECONDARY_CONTROLS")->lsb, 31);
}

static void test_procbased_conroe(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x482), CONROE_PROCBASED, NULL);
	expect_setting(&p, "HLT_EXITING", EITHER);
	expect_setting(&p, "CR3_LOAD_EXITING", MUST1);
	expect_setting(&p, "CR3_STORE_EXITING", MUST1);
	expect_setting(&p, "USE_TPR_SHADOW", EITHER);
	expect_setting(&p, "NMI_WINDOW_EXITING", MUST0);
	expect_setting(&p, "MONITOR_TRAP_FLAG", MUST0);
	expect_setting(&p, "ACTIVATE_TERTIARY_CONTROLS", MUST0);
	expect_setting(&p, "ACTIVATE_SECONDARY_CONTROLS", MUST0);
	expect_setting(&p, "USE_MSR_BITMAPS", EITHER);
	expect_setting(&p, "PAUSE_EXITING", EITHER);
}

/* ---- secondary processor-based controls -------------------------------- */

static void test_procbased2_sapphire_rapids(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x48B), SPR_PROCBASED2, NULL);
	expect_setting(&p, "VIRTUALIZE_APIC_ACCESSES", EITHER);
	expect_setting(&p, "ENABLE_EPT", EITHER);
	expect_setting(&p, "ENABLE_VPID", EITHER);
	expect_setting(&p, "UNRESTRICTED_GUEST", EITHER);
	expect_setting(&p, "ENABLE_PML", EITHER);
	expect_setting(&p, "VMCS_SHADOWING", MUST0);
	expect_setting(&p, "ENABLE_ENCLS_EXITING", MUST0);
	expect_setting(&p, "USE_TSC_SCALING", EITHER);
	expect_setting(&p, "ENABLE_PCONFIG", EITHER);
	expect_setting(&p, "ENABLE_ENCLV_EXITING", MUST0);
	expect_setting(&p, "VMM_BUS_LOCK_DETECTION", EITHER);
	expect_setting(&p, "INSTRUCTION_TIMEOUT", EITHER);
	/* 31 named controls; reserved bit 29 may not be 1, so it is not shown. */
	assert_int_equal(p.n, 31);
	assert_int_equal(fixture_field(&p, "INSTRUCTION_TIMEOUT")->lsb, 31);
	assert_int_equal(fixture_field(&p, "PT_USES_GUEST_PHYSICAL_ADDRESSES")->lsb, 24);
}

/* ---- VM-exit and VM-entry controls ------------------------------------- */

static void test_exit_controls(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x483), SPR_EXIT, NULL);
	expect_setting(&p, "SAVE_DEBUG_CONTROLS", MUST1);
	expect_setting(&p, "HOST_ADDRESS_SPACE_SIZE", EITHER);
	expect_setting(&p, "ACKNOWLEDGE_INTERRUPT_ON_EXIT", EITHER);
	expect_setting(&p, "CLEAR_IA32_BNDCFGS", MUST0);
	expect_setting(&p, "LOAD_CET_STATE", EITHER);
	expect_setting(&p, "ACTIVATE_SECONDARY_CONTROLS", EITHER);
	assert_int_equal(fixture_reserved_count(&p), 0);
	fixture_decode(&p, reg_at(0x48F), SPR_TRUE_EXIT, NULL);
	expect_setting(&p, "SAVE_DEBUG_CONTROLS", EITHER);
	expect_setting(&p, "CLEAR_IA32_BNDCFGS", MUST0);

	fixture_decode(&p, reg_at(0x483), CONROE_EXIT, NULL);
	expect_setting(&p, "SAVE_DEBUG_CONTROLS", MUST1);
	expect_setting(&p, "HOST_ADDRESS_SPACE_SIZE", EITHER);
	expect_setting(&p, "LOAD_IA32_PERF_GLOBAL_CTRL", MUST0);
	expect_setting(&p, "ACKNOWLEDGE_INTERRUPT_ON_EXIT", EITHER);
	expect_setting(&p, "SAVE_IA32_PAT", MUST0);
	expect_setting(&p, "SAVE_VMX_PREEMPTION_TIMER_VALUE", MUST0);
	expect_setting(&p, "ACTIVATE_SECONDARY_CONTROLS", MUST0);
	assert_int_equal(fixture_reserved_count(&p), 0);
}

static void test_entry_controls(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x484), SPR_ENTRY, NULL);
	expect_setting(&p, "LOAD_DEBUG_CONTROLS", MUST1);
	expect_setting(&p, "IA32E_MODE_GUEST", EITHER);
	expect_setting(&p, "ENTRY_TO_SMM", EITHER);
	expect_setting(&p, "LOAD_IA32_EFER", EITHER);
	expect_setting(&p, "LOAD_IA32_BNDCFGS", MUST0);
	expect_setting(&p, "LOAD_CET_STATE", EITHER);
	expect_setting(&p, "LOAD_PKRS", EITHER);
	expect_setting(&p, "LOAD_FRED", MUST0);
	fixture_decode(&p, reg_at(0x490), SPR_TRUE_ENTRY, NULL);
	expect_setting(&p, "LOAD_DEBUG_CONTROLS", EITHER);

	fixture_decode(&p, reg_at(0x484), CONROE_ENTRY, NULL);
	expect_setting(&p, "LOAD_DEBUG_CONTROLS", MUST1);
	expect_setting(&p, "IA32E_MODE_GUEST", EITHER);
	expect_setting(&p, "LOAD_IA32_PERF_GLOBAL_CTRL", MUST0);
	expect_setting(&p, "LOAD_IA32_EFER", MUST0);
}

/* ---- allowed-1-only registers (layout semantics; no dump has them) ----- */

static void test_allowed1_layouts(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x491), UINT64_C(0x1), NULL);
	expect_setting(&p, "EPTP_SWITCHING", EITHER);
	fixture_decode(&p, reg_at(0x491), 0, NULL);
	expect_setting(&p, "EPTP_SWITCHING", MUST0);

	/* IPI virtualization and LOADIWKEY exiting, plus an undefined bit 63. */
	fixture_decode(&p, reg_at(0x492), UINT64_C(0x8000000000000011), NULL);
	expect_setting(&p, "LOADIWKEY_EXITING", EITHER);
	expect_setting(&p, "IPI_VIRTUALIZATION", EITHER);
	expect_setting(&p, "ENABLE_HLAT", MUST0);
	expect_setting(&p, "VIRTUALIZE_IA32_SPEC_CTRL", MUST0);
	assert_int_equal(fixture_reserved_count(&p), 1);
	assert_int_equal(p.d[p.n - 1].lsb, 63);

	fixture_decode(&p, reg_at(0x493), UINT64_C(0xB), NULL);
	expect_setting(&p, "SAVE_FRED", EITHER);
	expect_setting(&p, "LOAD_FRED", EITHER);
	expect_setting(&p, "LOAD_IA32_SPEC_CTRL", MUST0);
	expect_setting(&p, "PREMATURELY_BUSY_SHADOW_STACK", EITHER);
}

/* ---- IA32_VMX_MISC ----------------------------------------------------- */

static void test_misc(void **state)
{
	struct fixture_pieces p;
	size_t i;

	(void)state;
	fixture_decode(&p, reg_at(0x485), SPR_MISC, NULL);
	assert_int_equal(fixture_raw(&p, "PREEMPTION_TIMER_TSC_RATE"), 7);
	assert_int_equal(fixture_raw(&p, "STORE_EFER_LMA_ON_EXIT"), 1);
	assert_int_equal(fixture_raw(&p, "ACTIVITY_STATE_HLT"), 1);
	assert_int_equal(fixture_raw(&p, "ACTIVITY_STATE_SHUTDOWN"), 1);
	assert_int_equal(fixture_raw(&p, "ACTIVITY_STATE_WAIT_FOR_SIPI"), 1);
	assert_int_equal(fixture_raw(&p, "INTEL_PT_IN_VMX"), 1);
	assert_int_equal(fixture_raw(&p, "RDMSR_IA32_SMBASE_IN_SMM"), 1);
	assert_int_equal(fixture_raw(&p, "CR3_TARGET_COUNT"), 4);
	assert_int_equal(fixture_raw(&p, "MAX_MSR_LIST_COUNT"), 0);
	fixture_assert_meaning_has(&p, "MAX_MSR_LIST_COUNT", "512");
	assert_int_equal(fixture_raw(&p, "SMM_MONITOR_CTL_BIT2"), 1);
	assert_int_equal(fixture_raw(&p, "VMWRITE_ALL_FIELDS"), 1);
	assert_int_equal(fixture_raw(&p, "INJECT_ZERO_LENGTH_INSTRUCTION"), 1);
	assert_int_equal(fixture_raw(&p, "MSEG_REVISION_ID"), 0);
	assert_int_equal(fixture_reserved_count(&p), 0);

	/* N = 3 recommends 512 * (3 + 1) MSRs per list. */
	fixture_decode(&p, reg_at(0x485), SPR_MISC | (UINT64_C(3) << 25), NULL);
	assert_int_equal(fixture_raw(&p, "MAX_MSR_LIST_COUNT"), 3);
	fixture_assert_meaning_has(&p, "MAX_MSR_LIST_COUNT", "2048");

	/* Conroe: no preemption timer, and bit 9 set although reserved. */
	fixture_decode(&p, reg_at(0x485), CONROE_MISC, NULL);
	assert_int_equal(fixture_raw(&p, "PREEMPTION_TIMER_TSC_RATE"), 0);
	assert_int_equal(fixture_raw(&p, "STORE_EFER_LMA_ON_EXIT"), 0);
	assert_int_equal(fixture_raw(&p, "ACTIVITY_STATE_HLT"), 1);
	assert_int_equal(fixture_raw(&p, "ACTIVITY_STATE_SHUTDOWN"), 1);
	assert_int_equal(fixture_raw(&p, "ACTIVITY_STATE_WAIT_FOR_SIPI"), 1);
	assert_int_equal(fixture_raw(&p, "CR3_TARGET_COUNT"), 4);
	assert_int_equal(fixture_raw(&p, "VMWRITE_ALL_FIELDS"), 0);
	assert_int_equal(fixture_reserved_count(&p), 1);
	for (i = 0; i < p.n; i++)
		if (p.d[i].reserved)
			assert_int_equal(p.d[i].lsb, 9);
}

/* ---- CR0/CR4 fixed bits ------------------------------------------------- */

static void test_cr_fixed(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x486), SPR_CR0_FIXED0, NULL);
	expect_setting(&p, "PE", MUST1);
	expect_setting(&p, "NE", MUST1);
	expect_setting(&p, "PG", MUST1);
	expect_setting(&p, "MP", EITHER);
	expect_setting(&p, "CD", EITHER);
	fixture_decode(&p, reg_at(0x487), SPR_CR0_FIXED1, NULL);
	expect_setting(&p, "PE", EITHER);
	expect_setting(&p, "NW", EITHER);
	expect_setting(&p, "PG", EITHER);

	fixture_decode(&p, reg_at(0x488), SPR_CR4_FIXED0, NULL);
	expect_setting(&p, "VMXE", MUST1);
	expect_setting(&p, "PAE", EITHER);
	fixture_decode(&p, reg_at(0x489), SPR_CR4_FIXED1, NULL);
	expect_setting(&p, "VME", EITHER);
	expect_setting(&p, "LA57", EITHER);
	expect_setting(&p, "SMXE", EITHER);
	expect_setting(&p, "KL", MUST0);
	expect_setting(&p, "PKS", EITHER);
	expect_setting(&p, "UINTR", EITHER);
	expect_setting(&p, "LASS", MUST0);
	expect_setting(&p, "LAM_SUP", MUST0);
	expect_setting(&p, "FRED", MUST0);
	assert_int_equal(fixture_reserved_count(&p), 0);

	fixture_decode(&p, reg_at(0x489), CONROE_CR4_FIXED1, NULL);
	expect_setting(&p, "OSXMMEXCPT", EITHER);
	expect_setting(&p, "UMIP", MUST0);
	expect_setting(&p, "LA57", MUST0);
	expect_setting(&p, "VMXE", EITHER);
	expect_setting(&p, "SMXE", MUST0);
	expect_setting(&p, "OSXSAVE", MUST0);
}

/* ---- VMCS enumeration, EPT/VPID capabilities ---------------------------- */

static void test_vmcs_enum(void **state)
{
	struct fixture_pieces p;

	(void)state;
	fixture_decode(&p, reg_at(0x48A), SPR_VMCS_ENUM, NULL);
	assert_int_equal(fixture_raw(&p, "HIGHEST_INDEX"), 23);
	assert_int_equal(fixture_reserved_count(&p), 0);
	fixture_decode(&p, reg_at(0x48A), CONROE_VMCS_ENUM, NULL);
	assert_int_equal(fixture_raw(&p, "HIGHEST_INDEX"), 22);
}

static void test_ept_vpid_cap(void **state)
{
	static const char *const present[] = {
		"EXECUTE_ONLY_PAGES", "PAGE_WALK_LENGTH_4", "PAGE_WALK_LENGTH_5", "MEMORY_TYPE_UC",
		"MEMORY_TYPE_WB", "PDE_2MB_PAGES", "PDPTE_1GB_PAGES", "INVEPT",
		"ACCESSED_DIRTY_FLAGS", "ADVANCED_EPT_VIOLATION_INFO",
		"SUPERVISOR_SHADOW_STACK_CONTROL", "INVEPT_SINGLE_CONTEXT", "INVEPT_ALL_CONTEXT",
		"INVVPID", "INVVPID_INDIVIDUAL_ADDRESS", "INVVPID_SINGLE_CONTEXT",
		"INVVPID_ALL_CONTEXT", "INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS",
	};
	struct fixture_pieces p;
	size_t i;

	(void)state;
	fixture_decode(&p, reg_at(0x48C), SPR_EPT_VPID_CAP, NULL);
	for (i = 0; i < sizeof(present) / sizeof(present[0]); i++)
		if (fixture_raw(&p, present[i]) != 1)
			fail_msg("Sapphire Rapids: %s should be 1", present[i]);
	assert_int_equal(fixture_raw(&p, "MAX_HLAT_PREFIX_SIZE"), 1);
	assert_int_equal(p.n, sizeof(present) / sizeof(present[0]) + 1);
	assert_int_equal(fixture_reserved_count(&p), 0);

	fixture_decode(&p, reg_at(0x48C), GULFTOWN_EPT_VPID_CAP, NULL);
	assert_int_equal(fixture_raw(&p, "EXECUTE_ONLY_PAGES"), 1);
	assert_int_equal(fixture_raw(&p, "PAGE_WALK_LENGTH_4"), 1);
	assert_int_equal(fixture_raw(&p, "PAGE_WALK_LENGTH_5"), 0);
	assert_int_equal(fixture_raw(&p, "MEMORY_TYPE_WB"), 1);
	assert_int_equal(fixture_raw(&p, "PDPTE_1GB_PAGES"), 1);
	assert_int_equal(fixture_raw(&p, "INVEPT"), 1);
	assert_int_equal(fixture_raw(&p, "ACCESSED_DIRTY_FLAGS"), 0);
	assert_int_equal(fixture_raw(&p, "ADVANCED_EPT_VIOLATION_INFO"), 0);
	assert_int_equal(fixture_raw(&p, "SUPERVISOR_SHADOW_STACK_CONTROL"), 0);
	assert_int_equal(fixture_raw(&p, "INVEPT_SINGLE_CONTEXT"), 1);
	assert_int_equal(fixture_raw(&p, "INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS"), 1);
	assert_int_equal(fixture_raw(&p, "MAX_HLAT_PREFIX_SIZE"), 0);
}

/* ---- the table itself --------------------------------------------------- */

static void test_every_vmx_msr_defined(void **state)
{
	uint32_t a;

	(void)state;
	for (a = 0x480; a <= 0x493; a++) {
		const struct msrkit_reg *r = reg_at(a);
		size_t i;

		/* Centaur/Zhaoxin implement VMX with the same MSRs (KX-6000, CNS dumps). */
		assert_int_equal(r->vendors, MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR);
		assert_int_equal(r->access, MSRKIT_RO);
		assert_int_equal(r->scope, MSRKIT_SCOPE_THREAD);
		assert_false(r->is_volatile);
		assert_true(r->ncond > 0);
		assert_non_null(strstr(r->name, "IA32_VMX_"));
		assert_int_equal(r->naliases, 1);
		assert_string_equal(r->aliases[0] + strlen("MSR_"), r->name);
		assert_string_equal(r->ref.doc, "Intel SDM Vol. 3D");
		assert_true(r->ref.section[0] == 'A' && r->ref.section[1] == '.');
		for (i = 0; i < r->nfields; i++) {
			const struct msrkit_field *f = &r->fields[i];

			switch (r->layout) {
			case MSRKIT_LAYOUT_CTLS_2X32:
				if (f->lsb >= 32)
					fail_msg("%s.%s: control bit %u outside the 32-bit control field",
						 r->name, f->name, f->lsb);
				break;
			case MSRKIT_LAYOUT_CTLS_ALLOWED1:
			case MSRKIT_LAYOUT_FIXED0:
			case MSRKIT_LAYOUT_FIXED1:
				if (f->lsb >= 64)
					fail_msg("%s.%s: bit %u outside 64 bits", r->name, f->name, f->lsb);
				break;
			default:
				break;
			}
			if (r->layout != MSRKIT_LAYOUT_FIELDS)
				assert_int_equal(f->width, 1);
		}
	}
	/* Layouts as the SDM defines them. */
	assert_int_equal(reg_at(0x480)->layout, MSRKIT_LAYOUT_FIELDS);
	assert_int_equal(reg_at(0x48B)->layout, MSRKIT_LAYOUT_CTLS_2X32);
	assert_int_equal(reg_at(0x491)->layout, MSRKIT_LAYOUT_CTLS_ALLOWED1);
	assert_int_equal(reg_at(0x492)->layout, MSRKIT_LAYOUT_CTLS_ALLOWED1);
	assert_int_equal(reg_at(0x493)->layout, MSRKIT_LAYOUT_CTLS_ALLOWED1);
	assert_int_equal(reg_at(0x486)->layout, MSRKIT_LAYOUT_FIXED0);
	assert_int_equal(reg_at(0x489)->layout, MSRKIT_LAYOUT_FIXED1);
}

static void test_true_twins_share_definitions(void **state)
{
	static const uint32_t pairs[][2] = {
		{ 0x481, 0x48D }, { 0x482, 0x48E }, { 0x483, 0x48F }, { 0x484, 0x490 },
	};
	static const uint32_t default1[] = { 0x00000016, 0x0401E172, 0x00036DFF, 0x000011FF };
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		const struct msrkit_reg *legacy = reg_at(pairs[i][0]), *truec = reg_at(pairs[i][1]);

		assert_ptr_equal(legacy->fields, truec->fields);
		assert_int_equal(legacy->nfields, truec->nfields);
		assert_int_equal(legacy->layout, MSRKIT_LAYOUT_CTLS_2X32);
		assert_int_equal(truec->layout, MSRKIT_LAYOUT_CTLS_2X32);
		assert_int_equal(legacy->default1, default1[i]);
		assert_int_equal(truec->default1, default1[i]);
	}
	assert_ptr_equal(reg_at(0x486)->fields, reg_at(0x487)->fields);
	assert_ptr_equal(reg_at(0x488)->fields, reg_at(0x489)->fields);
	assert_int_equal(reg_at(0x48B)->default1, 0);
}

static void test_names_and_aliases(void **state)
{
	struct msrkit_reg_ref ref;

	(void)state;
	assert_int_equal(msrkit_db_find_name("MSR_IA32_VMX_PROCBASED_CTLS3", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x492);
	assert_int_equal(msrkit_db_find_name("ia32_vmx_exit_ctls2", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x493);
	assert_int_equal(msrkit_db_find_name("IA32_VMX_TRUE_ENTRY_CTLS", NULL, &ref), 0);
	assert_int_equal(ref.address, 0x490);
}

/* ---- applicability conditions, evaluated against a fake CPU -------------- */

/* CPUID leaf 0 (maximum basic leaf 0DH) and leaf 1, with and without VMX. */
static const struct fixture_leaf vmx_leaves[] = {
	{ .leaf = 0x0, .eax = 0xD },
	{ .leaf = 0x1, .ecx = 1u << 5 },
};
static const struct fixture_leaf novmx_leaves[] = {
	{ .leaf = 0x0, .eax = 0xD },
	{ .leaf = 0x1, .ecx = 0 },
};

static const struct fixture_msr spr_msrs[] = {
	{ 0x480, SPR_BASIC },
	{ 0x482, SPR_PROCBASED },
	{ 0x483, SPR_EXIT },
	{ 0x48B, SPR_PROCBASED2 },
};
static const struct fixture_msr conroe_msrs[] = {
	{ 0x480, CONROE_BASIC },
	{ 0x482, CONROE_PROCBASED },
	{ 0x483, CONROE_EXIT },
	{ 0x48B, .faults = true }, /* no secondary controls */
};

static void test_conditions(void **state)
{
	static const struct fixture_cpu_data spr_data = { FIXTURE_LEAVES(vmx_leaves), FIXTURE_MSRS(spr_msrs),
							  .unlisted_fault = true };
	static const struct fixture_cpu_data conroe_data = { FIXTURE_LEAVES(vmx_leaves), FIXTURE_MSRS(conroe_msrs),
							     .unlisted_fault = true };
	static const struct fixture_cpu_data novmx_data = { FIXTURE_LEAVES(novmx_leaves), FIXTURE_MSRS(spr_msrs),
							    .unlisted_fault = true };
	const struct msrkit_cpu s = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0, &spr_data);
	const struct msrkit_cpu c = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0, &conroe_data);
	const struct msrkit_cpu novmx = fixture_cpu(MSRKIT_VENDOR_INTEL, 6, 0, &novmx_data);

	(void)state;
	assert_int_equal(msrkit_reg_applies(reg_at(0x480), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x480), &novmx), MSRKIT_NO);
	/* TRUE MSRs need IA32_VMX_BASIC[55]. */
	assert_int_equal(msrkit_reg_applies(reg_at(0x48E), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x48E), &c), MSRKIT_NO);
	/* Secondary controls need IA32_VMX_PROCBASED_CTLS[63]; Conroe has none. */
	assert_int_equal(msrkit_reg_applies(reg_at(0x48B), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x48B), &c), MSRKIT_NO);
	/* EPT/VPID capabilities need "enable EPT" or "enable VPID" (0x48B bit 33 or 37). */
	assert_int_equal(msrkit_reg_applies(reg_at(0x48C), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x48C), &c), MSRKIT_NO);
	/* Tertiary controls need IA32_VMX_PROCBASED_CTLS[49]: allowed on SPR. */
	assert_int_equal(msrkit_reg_applies(reg_at(0x492), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x492), &c), MSRKIT_NO);
	/* Secondary exit controls need IA32_VMX_EXIT_CTLS[63]. */
	assert_int_equal(msrkit_reg_applies(reg_at(0x493), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x493), &c), MSRKIT_NO);
	/* VM functions need IA32_VMX_PROCBASED_CTLS2[45] ("enable VM functions"). */
	assert_int_equal(msrkit_reg_applies(reg_at(0x491), &s), MSRKIT_YES);
	assert_int_equal(msrkit_reg_applies(reg_at(0x491), &c), MSRKIT_NO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_sapphire_rapids),
		cmocka_unit_test(test_basic_conroe),
		cmocka_unit_test(test_basic_uncacheable_and_undefined_type),
		cmocka_unit_test(test_pinbased),
		cmocka_unit_test(test_procbased_legacy_and_true),
		cmocka_unit_test(test_procbased_conroe),
		cmocka_unit_test(test_procbased2_sapphire_rapids),
		cmocka_unit_test(test_exit_controls),
		cmocka_unit_test(test_entry_controls),
		cmocka_unit_test(test_allowed1_layouts),
		cmocka_unit_test(test_misc),
		cmocka_unit_test(test_cr_fixed),
		cmocka_unit_test(test_vmcs_enum),
		cmocka_unit_test(test_ept_vpid_cap),
		cmocka_unit_test(test_every_vmx_msr_defined),
		cmocka_unit_test(test_true_twins_share_definitions),
		cmocka_unit_test(test_names_and_aliases),
		cmocka_unit_test(test_conditions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
