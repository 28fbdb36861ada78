/* SPDX-License-Identifier: MIT */
/*
 * Memory types: the MTRRs (capabilities, default type, fixed and variable
 * ranges), the SMM range registers and the page attribute table. Intel SDM
 * Vol. 4 section 2.1 lists them; Vol. 3A "Memory Cache Control" describes them.
 * AMD, Hygon and Zhaoxin implement the same layout.
 */
#include "tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define SDM_ARCH { .doc = "Intel SDM Vol. 4", .section = "2.1", .title = "Architectural MSRs" }

#define MTRR_VENDORS (MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON | MSRKIT_VENDOR_CENTAUR)

/*
 * The memory types, shared by every field that holds one. The first
 * MTRR_TYPES entries are the encodings an MTRR accepts (others fault); the PAT
 * adds UC-, which only it can select.
 */
static const struct msrkit_value_name memory_types[] = {
	{ 0, "UC", "uncacheable" },
	{ 1, "WC", "write-combining" },
	{ 4, "WT", "write-through" },
	{ 5, "WP", "write-protected" },
	{ 6, "WB", "write-back" },
	{ 7, "UC-", "uncacheable, unless an MTRR makes the range WC" },
};
#define MTRR_TYPES 5
#define PAT_TYPES 6

static const struct msrkit_cond cond_mtrr[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x1, .reg = MSRKIT_EDX, .lsb = 12, .text = "CPUID.01H:EDX[12]" },
};
/* Fixed ranges need MTRRs and IA32_MTRRCAP.FIX. */
static const struct msrkit_cond cond_mtrr_fixed[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x1, .reg = MSRKIT_EDX, .lsb = 12, .text = "CPUID.01H:EDX[12]" },
	{ .kind = MSRKIT_COND_MSR, .leaf = 0xFE, .lsb = 8, .text = "IA32_MTRRCAP[8]" },
};
static const struct msrkit_cond cond_smrr[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0xFE, .lsb = 11, .text = "IA32_MTRRCAP[11]" },
};
static const struct msrkit_cond cond_pat[] = {
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x1, .reg = MSRKIT_EDX, .lsb = 16, .text = "CPUID.01H:EDX[16]" },
};

/* ---- 0xFE IA32_MTRRCAP ---------------------------------------------------- */

static const char *const mtrrcap_aliases[] = { "MSR_MTRRcap", "MTRRcap" };

static const struct msrkit_value_name mtrrcap_fix_values[] = {
	{ 0, "UNSUPPORTED", "no fixed-range MTRRs" },
	{ 1, "SUPPORTED", "the first MByte has fixed-range MTRRs" },
};
static const struct msrkit_value_name mtrrcap_wc_values[] = {
	{ 0, "UNSUPPORTED", "MTRRs cannot select write-combining (WC)" },
	{ 1, "SUPPORTED", "MTRRs can select write-combining (WC)" },
};
static const struct msrkit_value_name mtrrcap_smrr_values[] = {
	{ 0, "UNSUPPORTED", "no SMM range registers" },
	{ 1, "SUPPORTED", "IA32_SMRR_PHYSBASE/PHYSMASK exist: firmware can shield SMRAM from the OS" },
};
static const struct msrkit_value_name mtrrcap_prmrr_values[] = {
	{ 0, "UNSUPPORTED", "no processor reserved memory range registers" },
	{ 1, "SUPPORTED", "processor reserved memory range registers (PRMRR, for SGX) exist" },
};

static const struct msrkit_field mtrrcap_fields[] = {
	{ .name = "VCNT", .lsb = 0, .width = 8, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT,
	  .desc = "Number of variable-range MTRR pairs (IA32_MTRR_PHYSBASEn/PHYSMASKn)" },
	{ .name = "FIX", .lsb = 8, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Fixed-range MTRRs IA32_MTRR_FIX64K_00000 to IA32_MTRR_FIX4K_F8000 supported",
	  .values = mtrrcap_fix_values, .nvalues = COUNT(mtrrcap_fix_values) },
	{ .name = "WC", .lsb = 10, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Write-combining memory type supported",
	  .values = mtrrcap_wc_values, .nvalues = COUNT(mtrrcap_wc_values) },
	{ .name = "SMRR", .lsb = 11, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "System-management range register interface supported (Intel)",
	  .values = mtrrcap_smrr_values, .nvalues = COUNT(mtrrcap_smrr_values) },
	{ .name = "PRMRR", .lsb = 12, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Processor reserved memory range registers supported (Intel SGX)",
	  .values = mtrrcap_prmrr_values, .nvalues = COUNT(mtrrcap_prmrr_values) },
};

/* ---- 0x1F2/0x1F3 IA32_SMRR_PHYSBASE/PHYSMASK --------------------------------- */

static const struct msrkit_value_name range_valid_values[] = {
	{ 0, "INVALID", "this range is off" },
	{ 1, "VALID", "this range is in effect" },
};

static const struct msrkit_field smrr_physbase_fields[] = {
	{ .name = "TYPE", .lsb = 0, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Memory type of SMRAM when accessed in SMM",
	  .values = memory_types, .nvalues = MTRR_TYPES },
	{ .name = "PHYSBASE", .lsb = 12, .width = 20, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Physical base address of SMRAM (4-KByte aligned, below 4 GBytes)" },
};
static const struct msrkit_field smrr_physmask_fields[] = {
	{ .name = "VALID", .lsb = 11, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "SMRR enabled: outside SMM, SMRAM is blocked (reads return a fixed value, writes are dropped)",
	  .values = range_valid_values, .nvalues = COUNT(range_valid_values) },
	{ .name = "PHYSMASK", .lsb = 12, .width = 20, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Address mask of SMRAM: an address is inside when (address AND mask) = (PHYSBASE AND mask)" },
};

/* ---- 0x200-0x213 IA32_MTRR_PHYSBASEn/PHYSMASKn ------------------------------ */

static const char *const mtrr_physbase_aliases[] = { "MTRRphysBase{n}" };
static const char *const mtrr_physmask_aliases[] = { "MTRRphysMask{n}" };

static const struct msrkit_field mtrr_physbase_fields[] = {
	{ .name = "TYPE", .lsb = 0, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Memory type of the range",
	  .values = memory_types, .nvalues = MTRR_TYPES },
	{ .name = "PHYSBASE", .lsb = 12, .width = 40, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Physical base address of the range (4-KByte aligned)" },
};
static const struct msrkit_field mtrr_physmask_fields[] = {
	{ .name = "VALID", .lsb = 11, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Enables this base/mask pair",
	  .values = range_valid_values, .nvalues = COUNT(range_valid_values) },
	{ .name = "PHYSMASK", .lsb = 12, .width = 40, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Address mask: an address is in the range when (address AND mask) = (PHYSBASE AND mask); "
		  "the value of its lowest set bit is the range size" },
};

/* ---- 0x250-0x26F fixed-range MTRRs ------------------------------------------ */

/* Byte n of a fixed-range MTRR holds the memory type of one sub-range of the
 * first MByte, named by its first and last physical address. */
#define RANGE(n, first, last) \
	{ .name = "RANGE_" first "_" last, .lsb = 8 * (n), .width = 8, .access = MSRKIT_RW, \
	  .kind = MSRKIT_KIND_ENUM, .desc = "Memory type of physical addresses " first "h-" last "h", \
	  .values = memory_types, .nvalues = MTRR_TYPES }

static const struct msrkit_field fix64k_00000_fields[] = {
	RANGE(0, "00000", "0FFFF"),
	RANGE(1, "10000", "1FFFF"),
	RANGE(2, "20000", "2FFFF"),
	RANGE(3, "30000", "3FFFF"),
	RANGE(4, "40000", "4FFFF"),
	RANGE(5, "50000", "5FFFF"),
	RANGE(6, "60000", "6FFFF"),
	RANGE(7, "70000", "7FFFF"),
};
static const struct msrkit_field fix16k_80000_fields[] = {
	RANGE(0, "80000", "83FFF"),
	RANGE(1, "84000", "87FFF"),
	RANGE(2, "88000", "8BFFF"),
	RANGE(3, "8C000", "8FFFF"),
	RANGE(4, "90000", "93FFF"),
	RANGE(5, "94000", "97FFF"),
	RANGE(6, "98000", "9BFFF"),
	RANGE(7, "9C000", "9FFFF"),
};
static const struct msrkit_field fix16k_a0000_fields[] = {
	RANGE(0, "A0000", "A3FFF"),
	RANGE(1, "A4000", "A7FFF"),
	RANGE(2, "A8000", "ABFFF"),
	RANGE(3, "AC000", "AFFFF"),
	RANGE(4, "B0000", "B3FFF"),
	RANGE(5, "B4000", "B7FFF"),
	RANGE(6, "B8000", "BBFFF"),
	RANGE(7, "BC000", "BFFFF"),
};
static const struct msrkit_field fix4k_c0000_fields[] = {
	RANGE(0, "C0000", "C0FFF"),
	RANGE(1, "C1000", "C1FFF"),
	RANGE(2, "C2000", "C2FFF"),
	RANGE(3, "C3000", "C3FFF"),
	RANGE(4, "C4000", "C4FFF"),
	RANGE(5, "C5000", "C5FFF"),
	RANGE(6, "C6000", "C6FFF"),
	RANGE(7, "C7000", "C7FFF"),
};
static const struct msrkit_field fix4k_c8000_fields[] = {
	RANGE(0, "C8000", "C8FFF"),
	RANGE(1, "C9000", "C9FFF"),
	RANGE(2, "CA000", "CAFFF"),
	RANGE(3, "CB000", "CBFFF"),
	RANGE(4, "CC000", "CCFFF"),
	RANGE(5, "CD000", "CDFFF"),
	RANGE(6, "CE000", "CEFFF"),
	RANGE(7, "CF000", "CFFFF"),
};
static const struct msrkit_field fix4k_d0000_fields[] = {
	RANGE(0, "D0000", "D0FFF"),
	RANGE(1, "D1000", "D1FFF"),
	RANGE(2, "D2000", "D2FFF"),
	RANGE(3, "D3000", "D3FFF"),
	RANGE(4, "D4000", "D4FFF"),
	RANGE(5, "D5000", "D5FFF"),
	RANGE(6, "D6000", "D6FFF"),
	RANGE(7, "D7000", "D7FFF"),
};
static const struct msrkit_field fix4k_d8000_fields[] = {
	RANGE(0, "D8000", "D8FFF"),
	RANGE(1, "D9000", "D9FFF"),
	RANGE(2, "DA000", "DAFFF"),
	RANGE(3, "DB000", "DBFFF"),
	RANGE(4, "DC000", "DCFFF"),
	RANGE(5, "DD000", "DDFFF"),
	RANGE(6, "DE000", "DEFFF"),
	RANGE(7, "DF000", "DFFFF"),
};
static const struct msrkit_field fix4k_e0000_fields[] = {
	RANGE(0, "E0000", "E0FFF"),
	RANGE(1, "E1000", "E1FFF"),
	RANGE(2, "E2000", "E2FFF"),
	RANGE(3, "E3000", "E3FFF"),
	RANGE(4, "E4000", "E4FFF"),
	RANGE(5, "E5000", "E5FFF"),
	RANGE(6, "E6000", "E6FFF"),
	RANGE(7, "E7000", "E7FFF"),
};
static const struct msrkit_field fix4k_e8000_fields[] = {
	RANGE(0, "E8000", "E8FFF"),
	RANGE(1, "E9000", "E9FFF"),
	RANGE(2, "EA000", "EAFFF"),
	RANGE(3, "EB000", "EBFFF"),
	RANGE(4, "EC000", "ECFFF"),
	RANGE(5, "ED000", "EDFFF"),
	RANGE(6, "EE000", "EEFFF"),
	RANGE(7, "EF000", "EFFFF"),
};
static const struct msrkit_field fix4k_f0000_fields[] = {
	RANGE(0, "F0000", "F0FFF"),
	RANGE(1, "F1000", "F1FFF"),
	RANGE(2, "F2000", "F2FFF"),
	RANGE(3, "F3000", "F3FFF"),
	RANGE(4, "F4000", "F4FFF"),
	RANGE(5, "F5000", "F5FFF"),
	RANGE(6, "F6000", "F6FFF"),
	RANGE(7, "F7000", "F7FFF"),
};
static const struct msrkit_field fix4k_f8000_fields[] = {
	RANGE(0, "F8000", "F8FFF"),
	RANGE(1, "F9000", "F9FFF"),
	RANGE(2, "FA000", "FAFFF"),
	RANGE(3, "FB000", "FBFFF"),
	RANGE(4, "FC000", "FCFFF"),
	RANGE(5, "FD000", "FDFFF"),
	RANGE(6, "FE000", "FEFFF"),
	RANGE(7, "FF000", "FFFFF"),
};

#undef RANGE

static const char *const fix64k_00000_aliases[] = { "MSR_MTRRfix64K_00000", "MTRRfix64K_00000" };
static const char *const fix16k_80000_aliases[] = { "MSR_MTRRfix16K_80000", "MTRRfix16K_80000" };
static const char *const fix16k_a0000_aliases[] = { "MSR_MTRRfix16K_A0000", "MTRRfix16K_A0000" };
static const char *const fix4k_c0000_aliases[] = { "MSR_MTRRfix4K_C0000", "MTRRfix4K_C0000" };
static const char *const fix4k_c8000_aliases[] = { "MSR_MTRRfix4K_C8000", "MTRRfix4K_C8000" };
static const char *const fix4k_d0000_aliases[] = { "MSR_MTRRfix4K_D0000", "MTRRfix4K_D0000" };
static const char *const fix4k_d8000_aliases[] = { "MSR_MTRRfix4K_D8000", "MTRRfix4K_D8000" };
static const char *const fix4k_e0000_aliases[] = { "MSR_MTRRfix4K_E0000", "MTRRfix4K_E0000" };
static const char *const fix4k_e8000_aliases[] = { "MSR_MTRRfix4K_E8000", "MTRRfix4K_E8000" };
static const char *const fix4k_f0000_aliases[] = { "MSR_MTRRfix4K_F0000", "MTRRfix4K_F0000" };
static const char *const fix4k_f8000_aliases[] = { "MSR_MTRRfix4K_F8000", "MTRRfix4K_F8000" };

/* ---- 0x277 IA32_PAT ----------------------------------------------------------- */

static const char *const pat_aliases[] = { "MSR_IA32_CR_PAT", "IA32_CR_PAT" };

/* Entry i is selected by page-table bits PAT:PCD:PWT = i. */
#define PAT_ENTRY(i, bits) \
	{ .name = "PA" #i, .lsb = 8 * (i), .width = 3, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "Memory type of pages whose PAT, PCD, PWT bits are " bits, \
	  .values = memory_types, .nvalues = PAT_TYPES }

static const struct msrkit_field pat_fields[] = {
	PAT_ENTRY(0, "0, 0, 0"),
	PAT_ENTRY(1, "0, 0, 1"),
	PAT_ENTRY(2, "0, 1, 0"),
	PAT_ENTRY(3, "0, 1, 1"),
	PAT_ENTRY(4, "1, 0, 0"),
	PAT_ENTRY(5, "1, 0, 1"),
	PAT_ENTRY(6, "1, 1, 0"),
	PAT_ENTRY(7, "1, 1, 1"),
};

#undef PAT_ENTRY

/* ---- 0x2FF IA32_MTRR_DEF_TYPE --------------------------------------------- */

static const char *const mtrr_def_type_aliases[] = { "MSR_MTRRdefType", "MTRRdefType" };

static const struct msrkit_value_name def_type_fe_values[] = {
	{ 0, "DISABLED", "the first MByte follows the variable ranges and the default type" },
	{ 1, "ENABLED", "the fixed ranges are in effect (while E is set)" },
};
static const struct msrkit_value_name def_type_e_values[] = {
	{ 0, "DISABLED", "MTRRs off: all physical memory is uncacheable (UC)" },
	{ 1, "ENABLED", "MTRRs in effect: memory no range covers gets TYPE" },
};

static const struct msrkit_field mtrr_def_type_fields[] = {
	{ .name = "TYPE", .lsb = 0, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Memory type of physical memory no MTRR covers (firmware usually picks UC or WB)",
	  .values = memory_types, .nvalues = MTRR_TYPES },
	{ .name = "FE", .lsb = 10, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Fixed-range MTRR enable",
	  .values = def_type_fe_values, .nvalues = COUNT(def_type_fe_values) },
	{ .name = "E", .lsb = 11, .width = 1, .access = MSRKIT_RW, .kind = MSRKIT_KIND_FLAG,
	  .desc = "MTRR enable",
	  .values = def_type_e_values, .nvalues = COUNT(def_type_e_values) },
};

/* ---- the table ------------------------------------------------------------------ */

#define FIXED_MTRR(addr, reg_name, id, text) \
	{ \
		.address = (addr), .name = reg_name, \
		.aliases = id##_aliases, .naliases = COUNT(id##_aliases), \
		.desc = text, \
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MTRR_VENDORS, \
		.cond = cond_mtrr_fixed, .ncond = COUNT(cond_mtrr_fixed), \
		.ref = SDM_ARCH, \
		.fields = id##_fields, .nfields = COUNT(id##_fields), \
	}

static const struct msrkit_reg mtrr_pat_regs[] = {
	{
		.address = 0xFE, .name = "IA32_MTRRCAP",
		.aliases = mtrrcap_aliases, .naliases = COUNT(mtrrcap_aliases),
		.desc = "MTRR capabilities: number of variable ranges, fixed ranges, WC and SMRR support",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MTRR_VENDORS,
		.cond = cond_mtrr, .ncond = COUNT(cond_mtrr),
		.ref = SDM_ARCH,
		.fields = mtrrcap_fields, .nfields = COUNT(mtrrcap_fields),
	},
	{
		.address = 0x1F2, .name = "IA32_SMRR_PHYSBASE",
		.desc = "SMM range register base: where SMRAM starts and its memory type (writable only in SMM)",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_smrr, .ncond = COUNT(cond_smrr),
		.ref = SDM_ARCH,
		.fields = smrr_physbase_fields, .nfields = COUNT(smrr_physbase_fields),
	},
	{
		.address = 0x1F3, .name = "IA32_SMRR_PHYSMASK",
		.desc = "SMM range register mask: SMRAM size and enable (writable only in SMM)",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		.cond = cond_smrr, .ncond = COUNT(cond_smrr),
		.ref = SDM_ARCH,
		.fields = smrr_physmask_fields, .nfields = COUNT(smrr_physmask_fields),
	},
	{
		.address = 0x200, .name = "IA32_MTRR_PHYSBASE{n}",
		.aliases = mtrr_physbase_aliases, .naliases = COUNT(mtrr_physbase_aliases),
		.desc = "Variable-range MTRR base and memory type (pairs 0 to IA32_MTRRCAP.VCNT - 1 exist)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MTRR_VENDORS,
		.cond = cond_mtrr, .ncond = COUNT(cond_mtrr),
		.count = 10, .stride = 2, .index_base = 0,
		.ref = SDM_ARCH,
		.fields = mtrr_physbase_fields, .nfields = COUNT(mtrr_physbase_fields),
	},
	{
		.address = 0x201, .name = "IA32_MTRR_PHYSMASK{n}",
		.aliases = mtrr_physmask_aliases, .naliases = COUNT(mtrr_physmask_aliases),
		.desc = "Variable-range MTRR mask and valid bit (pairs 0 to IA32_MTRRCAP.VCNT - 1 exist)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MTRR_VENDORS,
		.cond = cond_mtrr, .ncond = COUNT(cond_mtrr),
		.count = 10, .stride = 2, .index_base = 0,
		.ref = SDM_ARCH,
		.fields = mtrr_physmask_fields, .nfields = COUNT(mtrr_physmask_fields),
	},
	FIXED_MTRR(0x250, "IA32_MTRR_FIX64K_00000", fix64k_00000,
		   "Fixed-range MTRR: memory types of 00000h-7FFFFh in eight 64-KByte ranges"),
	FIXED_MTRR(0x258, "IA32_MTRR_FIX16K_80000", fix16k_80000,
		   "Fixed-range MTRR: memory types of 80000h-9FFFFh in eight 16-KByte ranges"),
	FIXED_MTRR(0x259, "IA32_MTRR_FIX16K_A0000", fix16k_a0000,
		   "Fixed-range MTRR: memory types of A0000h-BFFFFh in eight 16-KByte ranges"),
	FIXED_MTRR(0x268, "IA32_MTRR_FIX4K_C0000", fix4k_c0000,
		   "Fixed-range MTRR: memory types of C0000h-C7FFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x269, "IA32_MTRR_FIX4K_C8000", fix4k_c8000,
		   "Fixed-range MTRR: memory types of C8000h-CFFFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x26A, "IA32_MTRR_FIX4K_D0000", fix4k_d0000,
		   "Fixed-range MTRR: memory types of D0000h-D7FFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x26B, "IA32_MTRR_FIX4K_D8000", fix4k_d8000,
		   "Fixed-range MTRR: memory types of D8000h-DFFFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x26C, "IA32_MTRR_FIX4K_E0000", fix4k_e0000,
		   "Fixed-range MTRR: memory types of E0000h-E7FFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x26D, "IA32_MTRR_FIX4K_E8000", fix4k_e8000,
		   "Fixed-range MTRR: memory types of E8000h-EFFFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x26E, "IA32_MTRR_FIX4K_F0000", fix4k_f0000,
		   "Fixed-range MTRR: memory types of F0000h-F7FFFh in eight 4-KByte ranges"),
	FIXED_MTRR(0x26F, "IA32_MTRR_FIX4K_F8000", fix4k_f8000,
		   "Fixed-range MTRR: memory types of F8000h-FFFFFh in eight 4-KByte ranges"),
	{
		.address = 0x277, .name = "IA32_PAT",
		.aliases = pat_aliases, .naliases = COUNT(pat_aliases),
		.desc = "Page attribute table: the memory type each PAT/PCD/PWT combination of a page selects",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MTRR_VENDORS,
		.cond = cond_pat, .ncond = COUNT(cond_pat),
		.ref = SDM_ARCH,
		.fields = pat_fields, .nfields = COUNT(pat_fields),
	},
	{
		.address = 0x2FF, .name = "IA32_MTRR_DEF_TYPE",
		.aliases = mtrr_def_type_aliases, .naliases = COUNT(mtrr_def_type_aliases),
		.desc = "MTRR default memory type and the enables of all MTRRs",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MTRR_VENDORS,
		.cond = cond_mtrr, .ncond = COUNT(cond_mtrr),
		.ref = SDM_ARCH,
		.fields = mtrr_def_type_fields, .nfields = COUNT(mtrr_def_type_fields),
	},
};

#undef FIXED_MTRR

const struct msrkit_reg_table msrkit_table_mtrr_pat = {
	.family = "mtrr_pat",
	.regs = mtrr_pat_regs,
	.count = COUNT(mtrr_pat_regs),
};
