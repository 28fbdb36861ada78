/* SPDX-License-Identifier: MIT */
/*
 * Architectural MSRs of the newer extensions: SGX launch control, UMWAIT,
 * core capabilities, FRED, Intel PT (RTIT), CET, PKS, TME, user interrupts,
 * resource director technology (monitoring and allocation), MPX, PASID and
 * the supervisor XSAVE mask. Each is gated by the CPUID bit the SDM names.
 */
#include "tables.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT_OF(a)
#define CONDS(c) .cond = (c), .ncond = COUNT_OF(c)
#define FIELDS(f) .fields = (f), .nfields = COUNT_OF(f)
#define VALUES(v) .values = (v), .nvalues = COUNT_OF(v)

#define SDM_ARCH_MSRS { .doc = "Intel SDM Vol. 4", .section = "2.1", .title = "Architectural MSRs" }

#define BIT_FIELD(bit, nm, d) \
	{ .name = (nm), .lsb = (bit), .width = 1, .kind = MSRKIT_KIND_FLAG, .desc = (d) }

#define CPUID_BIT(lf, sub, r, bit, txt) \
	{ .kind = MSRKIT_COND_CPUID, .leaf = (lf), .subleaf = (sub), .reg = (r), .lsb = (bit), .text = (txt) }

/* ---- IA32_SGXLEPUBKEYHASH0-3 (0x8C-0x8F) ---- */

static const char *const sgxlepubkeyhash_aliases[] = { "MSR_IA32_SGXLEPUBKEYHASH{n}" };
static const struct msrkit_cond sgxlepubkeyhash_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 30, "CPUID.(EAX=07H,ECX=0):ECX[30]"),
	CPUID_BIT(0x12, 0, MSRKIT_EAX, 0, "CPUID.(EAX=12H,ECX=0):EAX[0]"),
};
static const struct msrkit_field sgxlepubkeyhash_fields[] = {
	{ .name = "LEPUBKEYHASH", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_HEX,
	  .desc = "Bits 64n+63:64n of the SHA-256 digest of the launch enclave signer's SIGSTRUCT.MODULUS" },
};

/* ---- IA32_MISC_PACKAGE_CTLS (0xBC) ---- */

static const char *const misc_package_ctls_aliases[] = { "MSR_MISC_PACKAGE_CTRL" };
static const struct msrkit_cond misc_package_ctls_cond[] = {
	{ .kind = MSRKIT_COND_MSR, .leaf = 0x10A, .lsb = 10, .text = "IA32_ARCH_CAPABILITIES[10]" },
};
static const struct msrkit_field misc_package_ctls_fields[] = {
	BIT_FIELD(0, "ENERGY_FILTERING_ENABLE", "Energy reporting (RAPL) is filtered against power side channels (IA32_ARCH_CAPABILITIES[11])"),
};

/* ---- IA32_CORE_CAPABILITIES (0xCF) ---- */

static const char *const core_capabilities_aliases[] = { "MSR_IA32_CORE_CAPS" };
static const struct msrkit_cond core_capabilities_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EDX, 30, "CPUID.(EAX=07H,ECX=0):EDX[30]"),
};
static const struct msrkit_field core_capabilities_fields[] = {
	BIT_FIELD(0, "STLB_QOS_SUPPORTED", "STLB QoS MSRs are supported"),
	BIT_FIELD(2, "FUSA_SUPPORTED", "Functional safety (integrity) features are supported (IA32_INTEGRITY_CAPABILITIES)"),
	BIT_FIELD(3, "RSM_IN_CPL0_ONLY", "RSM is allowed only at CPL 0 and faults otherwise"),
	BIT_FIELD(4, "UC_LOCK_DISABLE_SUPPORTED", "Locked accesses to UC memory can be made to fault (MSR_MEMORY_CTRL)"),
	BIT_FIELD(5, "SPLIT_LOCK_DISABLE_SUPPORTED", "Split-lock detection: MSR_MEMORY_CTRL (33H) bit 29 can raise #AC on split locks"),
	BIT_FIELD(6, "SNOOP_FILTER_QOS_MASK_SUPPORTED", "Snoop filter QoS mask MSRs are supported"),
	BIT_FIELD(7, "UC_STORE_THROTTLING_SUPPORTED", "UC store throttling control is supported (MSR_MEMORY_CTRL)"),
};

/* ---- IA32_UMWAIT_CONTROL (0xE1) ---- */

static const char *const umwait_control_aliases[] = { "MSR_IA32_UMWAIT_CONTROL" };
static const struct msrkit_cond umwait_control_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 5, "CPUID.(EAX=07H,ECX=0):ECX[5]"),
};
static const struct msrkit_field umwait_control_fields[] = {
	BIT_FIELD(0, "C0_2_DISABLE", "C0.2 is not allowed: UMWAIT/TPAUSE requests for C0.2 enter C0.1"),
	{ .name = "MAX_TIME", .lsb = 2, .width = 30, .kind = MSRKIT_KIND_NUMBER, .scale = 4,
	  .desc = "Longest UMWAIT/TPAUSE stay in C0.1 or C0.2, in TSC cycles (bits 1:0 of the time are 0); 0 = no limit" },
};

/* ---- FRED (0x1CC-0x1D4) ---- */

static const struct msrkit_cond fred_cond[] = {
	CPUID_BIT(7, 1, MSRKIT_EAX, 17, "CPUID.(EAX=07H,ECX=1):EAX[17]"),
};

static const char *const fred_rsp_aliases[] = { "MSR_IA32_FRED_RSP{n}" };
static const struct msrkit_field fred_rsp_fields[] = {
	{ .name = "RSP", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Stack pointer loaded when an event is delivered on stack level n (64-byte aligned)" },
};

/* Two bits per vector: the stack level used when an event with that vector
 * is delivered while in ring 0. */
#define STKLVL(v) \
	{ .name = "STKLVL" #v, .lsb = 2 * (v), .width = 2, .kind = MSRKIT_KIND_NUMBER, \
	  .desc = "Stack level for events with vector " #v " delivered in ring 0" }

static const char *const fred_stklvls_aliases[] = { "MSR_IA32_FRED_STKLVLS" };
static const struct msrkit_field fred_stklvls_fields[] = {
	STKLVL(0), STKLVL(1), STKLVL(2), STKLVL(3), STKLVL(4), STKLVL(5), STKLVL(6), STKLVL(7),
	STKLVL(8), STKLVL(9), STKLVL(10), STKLVL(11), STKLVL(12), STKLVL(13), STKLVL(14), STKLVL(15),
	STKLVL(16), STKLVL(17), STKLVL(18), STKLVL(19), STKLVL(20), STKLVL(21), STKLVL(22), STKLVL(23),
	STKLVL(24), STKLVL(25), STKLVL(26), STKLVL(27), STKLVL(28), STKLVL(29), STKLVL(30), STKLVL(31),
};

static const char *const fred_ssp_aliases[] = { "MSR_IA32_FRED_SSP{n}" };
static const struct msrkit_field fred_ssp_fields[] = {
	{ .name = "SSP", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Shadow stack pointer loaded when an event is delivered on stack level n" },
};

static const char *const fred_config_aliases[] = { "MSR_IA32_FRED_CONFIG" };
static const struct msrkit_field fred_config_fields[] = {
	{ .name = "REDZONE", .lsb = 6, .width = 3, .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_BYTES, .scale = 64,
	  .desc = "Bytes skipped below RSP before a same-level stack frame is pushed" },
	{ .name = "INT_STKLVL", .lsb = 9, .width = 2, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Stack level for maskable interrupts delivered in ring 0" },
	{ .name = "ENTRYPOINT", .lsb = 12, .width = 52, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Page of the event entry points (ring 3 entry; ring 0 entry is 256 bytes above)" },
};

/* ---- IA32_SGX_SVN_STATUS (0x500) ---- */

static const struct msrkit_cond sgx_svn_status_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EBX, 2, "CPUID.(EAX=07H,ECX=0):EBX[2]"),
};
static const struct msrkit_field sgx_svn_status_fields[] = {
	BIT_FIELD(0, "LOCK", "A non-faulting SGX instruction ran: ACMs with an SGX SVN below the threshold will not launch"),
	{ .name = "SGX_SVN_SINIT", .lsb = 16, .width = 8, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Expected SGX SVN threshold for the SINIT ACM (when CPUID.01H:ECX.SMX = 1)" },
};

/* ---- Intel PT (0x560-0x587) ---- */

static const struct msrkit_cond rtit_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EBX, 25, "CPUID.(EAX=07H,ECX=0):EBX[25]"),
};

static const char *const rtit_output_base_aliases[] = { "MSR_IA32_RTIT_OUTPUT_BASE" };
static const struct msrkit_field rtit_output_base_fields[] = {
	{ .name = "BASE_PHYSICAL_ADDRESS", .lsb = 7, .width = 45, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Physical base of the single output region, or of the current ToPA table (RTIT_CTL.ToPA)" },
};

static const char *const rtit_output_mask_aliases[] = { "MSR_IA32_RTIT_OUTPUT_MASK" };
static const struct msrkit_field rtit_output_mask_fields[] = {
	{ .name = "LOWER_MASK", .lsb = 0, .width = 7, .access = MSRKIT_RO, .kind = MSRKIT_KIND_HEX,
	  .desc = "Forced to 1s; writes are ignored" },
	{ .name = "MASK_OR_TABLE_OFFSET", .lsb = 7, .width = 25, .kind = MSRKIT_KIND_HEX,
	  .desc = "Single range: mask bits 31:7 of the region size; ToPA: bits 27:3 of the offset of the current ToPA entry" },
	{ .name = "OUTPUT_OFFSET", .lsb = 32, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "Offset of the next byte to write in the current output region" },
};

static const struct msrkit_value_name rtit_cyc_thresh_values[] = {
	{ 0, "0 cycles", NULL }, { 1, "1 cycle", NULL }, { 2, "2 cycles", NULL }, { 3, "4 cycles", NULL },
	{ 4, "8 cycles", NULL }, { 5, "16 cycles", NULL }, { 6, "32 cycles", NULL }, { 7, "64 cycles", NULL },
	{ 8, "128 cycles", NULL }, { 9, "256 cycles", NULL }, { 10, "512 cycles", NULL },
	{ 11, "1024 cycles", NULL }, { 12, "2048 cycles", NULL }, { 13, "4096 cycles", NULL },
	{ 14, "8192 cycles", NULL }, { 15, "16384 cycles", NULL },
};

static const struct msrkit_value_name rtit_psb_freq_values[] = {
	{ 0, "2K bytes", NULL }, { 1, "4K bytes", NULL }, { 2, "8K bytes", NULL }, { 3, "16K bytes", NULL },
	{ 4, "32K bytes", NULL }, { 5, "64K bytes", NULL }, { 6, "128K bytes", NULL }, { 7, "256K bytes", NULL },
	{ 8, "512K bytes", NULL }, { 9, "1M bytes", NULL }, { 10, "2M bytes", NULL }, { 11, "4M bytes", NULL },
	{ 12, "8M bytes", NULL }, { 13, "16M bytes", NULL }, { 14, "32M bytes", NULL }, { 15, "64M bytes", NULL },
};

static const struct msrkit_value_name rtit_addr_cfg_values[] = {
	{ 0, "Unused", "the address range is not used" },
	{ 1, "FilterEn", "tracing is allowed while the IP is in the range" },
	{ 2, "TraceStop", "tracing stops when a branch enters the range" },
};

#define ADDR_CFG(n, lo) \
	{ .name = "ADDR" #n "_CFG", .lsb = (lo), .width = 4, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "Use of IA32_RTIT_ADDR" #n "_A/B (needs CPUID.(EAX=14H,ECX=1):EAX[2:0] > " #n ")", \
	  VALUES(rtit_addr_cfg_values) }

static const char *const rtit_ctl_aliases[] = { "MSR_IA32_RTIT_CTL" };
static const struct msrkit_field rtit_ctl_fields[] = {
	BIT_FIELD(0, "TRACE_EN", "Tracing enabled"),
	BIT_FIELD(1, "CYC_EN", "CYC (cycle count) packets enabled"),
	BIT_FIELD(2, "OS", "Packets may be generated at CPL 0"),
	BIT_FIELD(3, "USER", "Packets may be generated at CPL > 0"),
	BIT_FIELD(4, "PWR_EVT_EN", "Power event trace packets enabled"),
	BIT_FIELD(5, "FUP_ON_PTW", "PTW packets are followed by FUPs"),
	BIT_FIELD(6, "FABRIC_EN", "Output goes to the trace transport subsystem instead of memory"),
	BIT_FIELD(7, "CR3_FILTER", "Tracing only while CR3 matches IA32_RTIT_CR3_MATCH"),
	BIT_FIELD(8, "TOPA", "ToPA output scheme (else single range)"),
	BIT_FIELD(9, "MTC_EN", "MTC (mini time counter) packets enabled"),
	BIT_FIELD(10, "TSC_EN", "TSC packets enabled"),
	BIT_FIELD(11, "DIS_RETC", "RET compression disabled"),
	BIT_FIELD(12, "PTW_EN", "PTWRITE packets enabled"),
	BIT_FIELD(13, "BRANCH_EN", "COFI packets enabled (FUP, TIP, TIP.PGE, TIP.PGD, TNT, MODE.Exec, MODE.TSX)"),
	{ .name = "MTC_FREQ", .lsb = 14, .width = 4, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "An MTC packet is sent each time ART bit n toggles (n = this value)" },
	{ .name = "CYC_THRESH", .lsb = 19, .width = 4, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Minimum cycles between CYC packets", VALUES(rtit_cyc_thresh_values) },
	{ .name = "PSB_FREQ", .lsb = 24, .width = 4, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Packet bytes between PSB packets (approximate)", VALUES(rtit_psb_freq_values) },
	BIT_FIELD(31, "EVENT_EN", "Event trace packets enabled"),
	ADDR_CFG(0, 32), ADDR_CFG(1, 36), ADDR_CFG(2, 40), ADDR_CFG(3, 44),
	BIT_FIELD(55, "DIS_TNT", "TNT packets disabled"),
	BIT_FIELD(56, "INJECT_PSB_PMI_ON_ENABLE", "IA32_RTIT_STATUS.PEND_PSB and PEND_TOPA_PMI take effect when tracing is enabled"),
};

static const char *const rtit_status_aliases[] = { "MSR_IA32_RTIT_STATUS" };
static const struct msrkit_field rtit_status_fields[] = {
	{ .name = "FILTER_EN", .lsb = 0, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Tracing is allowed at the current IP (writes ignored)" },
	{ .name = "CONTEX_EN", .lsb = 1, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Tracing is allowed in the current context (writes ignored)" },
	{ .name = "TRIGGER_EN", .lsb = 2, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Tracing is triggered (writes ignored)" },
	BIT_FIELD(4, "ERROR", "An operational error stopped packet generation"),
	BIT_FIELD(5, "STOPPED", "A ToPA STOP entry stopped packet generation"),
	BIT_FIELD(6, "PEND_PSB", "A PSB+ is pending insertion"),
	BIT_FIELD(7, "PEND_TOPA_PMI", "A ToPA PMI is pending"),
	{ .name = "PACKET_BYTE_CNT", .lsb = 32, .width = 17, .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_BYTES,
	  .desc = "Packet bytes sent since the last PSB (stable only while tracing is off)" },
};

static const char *const rtit_cr3_match_aliases[] = { "MSR_IA32_RTIT_CR3_MATCH" };
static const struct msrkit_field rtit_cr3_match_fields[] = {
	{ .name = "CR3", .lsb = 5, .width = 59, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "CR3[63:5] value tracing is filtered on" },
};

static const struct msrkit_cond rtit_addr_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EBX, 25, "CPUID.(EAX=07H,ECX=0):EBX[25]"),
	{ .kind = MSRKIT_COND_CPUID, .leaf = 0x14, .subleaf = 1, .reg = MSRKIT_EAX, .lsb = 0, .width = 3,
	  .min = 1, .text = "CPUID.(EAX=14H,ECX=1):EAX[2:0] > n" },
};

static const char *const rtit_addr_a_aliases[] = { "MSR_IA32_RTIT_ADDR{n}_A" };
static const char *const rtit_addr_b_aliases[] = { "MSR_IA32_RTIT_ADDR{n}_B" };
static const struct msrkit_field rtit_addr_fields[] = {
	{ .name = "VIRTUAL_ADDRESS", .lsb = 0, .width = 48, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address bounding the range" },
	{ .name = "SIGN_EXT_VA", .lsb = 48, .width = 16, .kind = MSRKIT_KIND_HEX,
	  .desc = "Sign extension of bit 47" },
};

/* ---- CET (0x6A0-0x6A8) ---- */

static const struct msrkit_cond cet_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 7, "CPUID.(EAX=07H,ECX=0):ECX[7]"),
	CPUID_BIT(7, 0, MSRKIT_EDX, 20, "CPUID.(EAX=07H,ECX=0):EDX[20]"),
};
static const struct msrkit_cond cet_ss_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 7, "CPUID.(EAX=07H,ECX=0):ECX[7]"),
};

static const struct msrkit_value_name cet_tracker_values[] = {
	{ 0, "IDLE", "no indirect branch awaits its ENDBRANCH" },
	{ 1, "WAIT_FOR_ENDBRANCH", "the next instruction must be ENDBRANCH" },
};

#define CET_FIELDS(lvl) \
	BIT_FIELD(0, "SH_STK_EN", "Shadow stacks enabled at " lvl " (CPUID.(EAX=07H,ECX=0):ECX[7])"), \
	BIT_FIELD(1, "WR_SHSTK_EN", "WRSSD/WRSSQ enabled at " lvl), \
	BIT_FIELD(2, "ENDBR_EN", "Indirect branch tracking enabled at " lvl " (CPUID.(EAX=07H,ECX=0):EDX[20])"), \
	BIT_FIELD(3, "LEG_IW_EN", "Legacy compatibility treatment for indirect branch tracking"), \
	BIT_FIELD(4, "NO_TRACK_EN", "The no-track prefix is honoured by indirect branch tracking"), \
	BIT_FIELD(5, "SUPPRESS_DIS", "Suppression of tracking on legacy compatibility is disabled"), \
	BIT_FIELD(10, "SUPPRESS", "Indirect branch tracking is suppressed"), \
	{ .name = "TRACKER", .lsb = 11, .width = 1, .kind = MSRKIT_KIND_ENUM, \
	  .desc = "State of the indirect branch tracker", VALUES(cet_tracker_values) }, \
	{ .name = "EB_LEG_BITMAP_BASE", .lsb = 12, .width = 52, .kind = MSRKIT_KIND_ADDRESS, \
	  .desc = "Linear address of the legacy code page bitmap" }

static const char *const u_cet_aliases[] = { "MSR_IA32_U_CET" };
static const struct msrkit_field u_cet_fields[] = { CET_FIELDS("CPL 3") };

static const char *const s_cet_aliases[] = { "MSR_IA32_S_CET" };
static const struct msrkit_field s_cet_fields[] = { CET_FIELDS("CPL 0-2") };

static const char *const pl0_ssp_aliases[] = { "MSR_IA32_PL0_SSP", "IA32_FRED_SSP0" };
static const char *const pl1_ssp_aliases[] = { "MSR_IA32_PL1_SSP" };
static const char *const pl2_ssp_aliases[] = { "MSR_IA32_PL2_SSP" };
static const char *const pl3_ssp_aliases[] = { "MSR_IA32_PL3_SSP" };
static const struct msrkit_field pl_ssp_fields[] = {
	{ .name = "SSP", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the shadow stack of this privilege level (8-byte aligned)" },
};

static const char *const int_ssp_tab_aliases[] = { "MSR_IA32_INT_SSP_TAB" };
static const struct msrkit_field int_ssp_tab_fields[] = {
	{ .name = "INTERRUPT_SSP_TABLE_ADDR", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the table of seven shadow stack pointers selected by the IST index" },
};

/* ---- IA32_PKRS (0x6E1) ---- */

#define PKRS_KEY(k) \
	{ .name = "AD" #k, .lsb = 2 * (k), .width = 1, .kind = MSRKIT_KIND_FLAG, \
	  .desc = "Access disable for supervisor pages with protection key " #k }, \
	{ .name = "WD" #k, .lsb = 2 * (k) + 1, .width = 1, .kind = MSRKIT_KIND_FLAG, \
	  .desc = "Write disable for supervisor pages with protection key " #k }

static const char *const pkrs_aliases[] = { "MSR_IA32_PKRS" };
static const struct msrkit_cond pkrs_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 31, "CPUID.(EAX=07H,ECX=0):ECX[31]"),
};
static const struct msrkit_field pkrs_fields[] = {
	PKRS_KEY(0), PKRS_KEY(1), PKRS_KEY(2), PKRS_KEY(3), PKRS_KEY(4), PKRS_KEY(5), PKRS_KEY(6), PKRS_KEY(7),
	PKRS_KEY(8), PKRS_KEY(9), PKRS_KEY(10), PKRS_KEY(11), PKRS_KEY(12), PKRS_KEY(13), PKRS_KEY(14), PKRS_KEY(15),
};

/* ---- TME (0x981-0x984) ---- */

static const struct msrkit_cond tme_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 13, "CPUID.(EAX=07H,ECX=0):ECX[13]"),
};

static const char *const tme_capability_aliases[] = { "MSR_IA32_TME_CAPABILITY" };
static const struct msrkit_field tme_capability_fields[] = {
	BIT_FIELD(0, "AES_XTS_128", "AES-XTS 128-bit encryption is supported"),
	BIT_FIELD(1, "AES_XTS_128_WITH_INTEGRITY", "AES-XTS 128-bit encryption with integrity is supported"),
	BIT_FIELD(2, "AES_XTS_256", "AES-XTS 256-bit encryption is supported"),
	BIT_FIELD(31, "TME_ENCRYPTION_BYPASS_SUPPORTED", "TME encryption bypass is supported"),
	{ .name = "MK_TME_MAX_KEYID_BITS", .lsb = 32, .width = 4, .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_BITS,
	  .desc = "Physical address bits that can be allocated to multi-key KeyIDs" },
	{ .name = "MK_TME_MAX_KEYS", .lsb = 36, .width = 15, .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_COUNT,
	  .desc = "Maximum number of keys available to multi-key TME" },
};

static const struct msrkit_value_name tme_policy_values[] = {
	{ 0, "AES-XTS-128", NULL },
	{ 1, "AES-XTS-128 with integrity", NULL },
	{ 2, "AES-XTS-256", NULL },
};

static const struct msrkit_value_name tme_key_select_values[] = {
	{ 0, "New key", "create a new TME key (cold or warm boot)" },
	{ 1, "Restore key", "restore the TME key from storage (resume from standby)" },
};

static const char *const tme_activate_aliases[] = { "MSR_IA32_TME_ACTIVATE" };
static const struct msrkit_field tme_activate_fields[] = {
	{ .name = "LOCK", .lsb = 0, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Set by a successful WRMSR (or the first SMI); the register is locked" },
	BIT_FIELD(1, "HARDWARE_ENCRYPTION_ENABLE", "Memory encryption hardware (TME and MKTME) is enabled"),
	{ .name = "KEY_SELECT", .lsb = 2, .width = 1, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Source of the TME key", VALUES(tme_key_select_values) },
	BIT_FIELD(3, "SAVE_TME_KEY_FOR_STANDBY", "The TME key is saved for resume from standby"),
	{ .name = "TME_POLICY", .lsb = 4, .width = 4, .kind = MSRKIT_KIND_ENUM,
	  .desc = "TME encryption algorithm (one enumerated in IA32_TME_CAPABILITY)", VALUES(tme_policy_values) },
	BIT_FIELD(31, "TME_ENCRYPTION_BYPASS_ENABLE", "KeyID 0 memory is not encrypted"),
	{ .name = "MK_TME_KEYID_BITS", .lsb = 32, .width = 4, .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_BITS,
	  .desc = "Physical address bits allocated to multi-key KeyIDs" },
	{ .name = "MK_TME_CRYPTO_ALGS", .lsb = 48, .width = 16, .kind = MSRKIT_KIND_HEX,
	  .desc = "Algorithms allowed for MKTME keys: bit 48 AES-XTS-128, 49 with integrity, 50 AES-XTS-256" },
};

static const char *const tme_exclude_mask_aliases[] = { "MSR_IA32_TME_EXCLUDE_MASK" };
static const struct msrkit_field tme_exclude_mask_fields[] = {
	BIT_FIELD(11, "ENABLE", "The exclusion range is in use"),
	{ .name = "TME_EXCLUDE_MASK", .lsb = 12, .width = 40, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Mask of the physical range TME does not encrypt" },
};

static const char *const tme_exclude_base_aliases[] = { "MSR_IA32_TME_EXCLUDE_BASE" };
static const struct msrkit_field tme_exclude_base_fields[] = {
	{ .name = "TME_EXCLUDE_BASE", .lsb = 12, .width = 40, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Base of the physical range TME does not encrypt" },
};

/* ---- User interrupts (0x985-0x98A) ---- */

static const struct msrkit_cond uintr_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EDX, 5, "CPUID.(EAX=07H,ECX=0):EDX[5]"),
};

static const struct msrkit_field uintr_rr_fields[] = {
	{ .name = "UIRR", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_HEX,
	  .desc = "Requested user-interrupt vectors (bit i = vector i)" },
};
static const struct msrkit_field uintr_handler_fields[] = {
	{ .name = "UIHANDLER", .lsb = 0, .width = 64, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the user-interrupt handler" },
};
static const struct msrkit_field uintr_stackadjust_fields[] = {
	BIT_FIELD(0, "LOAD_RSP", "Delivery loads RSP with UISTACKADJUST instead of subtracting it"),
	{ .name = "UISTACKADJUST", .lsb = 1, .width = 63, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Stack adjustment (or new RSP) applied on user-interrupt delivery" },
};
static const struct msrkit_field uintr_misc_fields[] = {
	{ .name = "UITTSZ", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Highest valid index of the user-interrupt target table" },
	{ .name = "UINV", .lsb = 32, .width = 8, .kind = MSRKIT_KIND_HEX,
	  .desc = "User-interrupt notification vector" },
};
static const struct msrkit_field uintr_pd_fields[] = {
	{ .name = "UPIDADDR", .lsb = 6, .width = 58, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the user posted-interrupt descriptor (64-byte aligned)" },
};
static const struct msrkit_field uintr_tt_fields[] = {
	BIT_FIELD(0, "SENDUIPI_ENABLE", "SENDUIPI is enabled: the target table is valid"),
	{ .name = "UITTADDR", .lsb = 4, .width = 60, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the user-interrupt target table (16-byte aligned)" },
};

/* ---- IA32_DEBUG_INTERFACE (0xC80) ---- */

static const struct msrkit_cond debug_interface_cond[] = {
	CPUID_BIT(1, 0, MSRKIT_ECX, 11, "CPUID.01H:ECX[11]"),
};
static const struct msrkit_field debug_interface_fields[] = {
	{ .name = "ENABLE", .lsb = 0, .width = 1, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Silicon debug features enabled (set by BIOS)" },
	{ .name = "LOCK", .lsb = 30, .width = 1, .access = MSRKIT_RWO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "The register is locked; set automatically on the first SMI" },
	{ .name = "DEBUG_OCCURRED", .lsb = 31, .width = 1, .access = MSRKIT_RO, .kind = MSRKIT_KIND_FLAG,
	  .desc = "Sticky: silicon debug has been enabled since reset" },
};

/* ---- Resource Director Technology (0xC81-0xD4F) ---- */

static const char *const l3_qos_cfg_aliases[] = { "MSR_IA32_L3_QOS_CFG" };
static const struct msrkit_cond l3_qos_cfg_cond[] = {
	CPUID_BIT(0x10, 1, MSRKIT_ECX, 2, "CPUID.(EAX=10H,ECX=1):ECX[2]"),
};
static const struct msrkit_field l3_qos_cfg_fields[] = {
	BIT_FIELD(0, "ENABLE", "L3 CAT masks and COS operate in Code and Data Prioritization (CDP) mode"),
};

static const char *const l2_qos_cfg_aliases[] = { "MSR_IA32_L2_QOS_CFG" };
static const struct msrkit_cond l2_qos_cfg_cond[] = {
	CPUID_BIT(0x10, 2, MSRKIT_ECX, 2, "CPUID.(EAX=10H,ECX=2):ECX[2]"),
};
static const struct msrkit_field l2_qos_cfg_fields[] = {
	BIT_FIELD(0, "ENABLE", "L2 CAT masks and COS operate in Code and Data Prioritization (CDP) mode"),
};

static const struct msrkit_cond qm_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EBX, 12, "CPUID.(EAX=07H,ECX=0):EBX[12]"),
};

static const struct msrkit_value_name qm_event_values[] = {
	{ 1, "L3 occupancy", "bytes of L3 occupied by the RMID" },
	{ 2, "L3 total external bandwidth", "total memory bandwidth of the RMID" },
	{ 3, "L3 local external bandwidth", "local memory bandwidth of the RMID" },
};

static const char *const qm_evtsel_aliases[] = { "MSR_IA32_QM_EVTSEL" };
static const struct msrkit_field qm_evtsel_fields[] = {
	{ .name = "EVENT_ID", .lsb = 0, .width = 8, .kind = MSRKIT_KIND_ENUM,
	  .desc = "Monitoring event reported through IA32_QM_CTR", VALUES(qm_event_values) },
	{ .name = "RESOURCE_MONITORING_ID", .lsb = 32, .width = 32, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "RMID whose data IA32_QM_CTR reports" },
};

static const char *const qm_ctr_aliases[] = { "MSR_IA32_QM_CTR" };
static const struct msrkit_field qm_ctr_fields[] = {
	{ .name = "RESOURCE_MONITORED_DATA", .lsb = 0, .width = 62, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Monitored data, in units of CPUID.(EAX=0FH,ECX=1):EBX bytes" },
	BIT_FIELD(62, "UNAVAILABLE", "No data for this RMID and event"),
	BIT_FIELD(63, "ERROR", "Unsupported RMID or event written to IA32_QM_EVTSEL"),
};

static const char *const pqr_assoc_aliases[] = { "MSR_IA32_PQR_ASSOC" };
static const struct msrkit_cond pqr_assoc_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EBX, 12, "CPUID.(EAX=07H,ECX=0):EBX[12]"),
	CPUID_BIT(7, 0, MSRKIT_EBX, 15, "CPUID.(EAX=07H,ECX=0):EBX[15]"),
};
static const struct msrkit_field pqr_assoc_fields[] = {
	{ .name = "RESOURCE_MONITORING_ID", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "RMID the logical processor's activity is counted under" },
	{ .name = "COS", .lsb = 32, .width = 32, .kind = MSRKIT_KIND_NUMBER,
	  .desc = "Class of service enforced for the logical processor (CPUID.(EAX=07H,ECX=0):EBX[15])" },
};

static const struct msrkit_cond l3_mask_cond[] = {
	CPUID_BIT(0x10, 0, MSRKIT_EBX, 1, "CPUID.(EAX=10H,ECX=0):EBX[1]"),
};
static const struct msrkit_field l3_mask_fields[] = {
	{ .name = "CAPACITY_BIT_MASK", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "L3 ways COS n may fill (CPUID.(EAX=10H,ECX=1):EAX[4:0] + 1 bits)" },
};

static const struct msrkit_cond l2_mask_cond[] = {
	CPUID_BIT(0x10, 0, MSRKIT_EBX, 2, "CPUID.(EAX=10H,ECX=0):EBX[2]"),
};
static const struct msrkit_field l2_mask_fields[] = {
	{ .name = "CAPACITY_BIT_MASK", .lsb = 0, .width = 32, .kind = MSRKIT_KIND_HEX,
	  .desc = "L2 ways COS n may fill (CPUID.(EAX=10H,ECX=2):EAX[4:0] + 1 bits)" },
};

/* ---- IA32_BNDCFGS, IA32_PASID, IA32_XSS ---- */

static const char *const bndcfgs_aliases[] = { "MSR_IA32_BNDCFGS" };
static const struct msrkit_cond bndcfgs_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_EBX, 14, "CPUID.(EAX=07H,ECX=0):EBX[14]"),
};
static const struct msrkit_field bndcfgs_fields[] = {
	BIT_FIELD(0, "EN", "Intel MPX enabled in supervisor mode"),
	BIT_FIELD(1, "BNDPRESERVE", "Bounds registers are kept on near branches without the BND prefix"),
	{ .name = "BND_BASE_ADDR", .lsb = 12, .width = 52, .kind = MSRKIT_KIND_ADDRESS,
	  .desc = "Linear address of the bound directory" },
};

static const char *const pasid_aliases[] = { "MSR_IA32_PASID" };
static const struct msrkit_cond pasid_cond[] = {
	CPUID_BIT(7, 0, MSRKIT_ECX, 29, "CPUID.(EAX=07H,ECX=0):ECX[29]"),
};
static const struct msrkit_field pasid_fields[] = {
	{ .name = "PASID", .lsb = 0, .width = 20, .kind = MSRKIT_KIND_HEX,
	  .desc = "Process address space ID ENQCMD sends" },
	BIT_FIELD(31, "VALID", "PASID holds a valid value; ENQCMD faults otherwise"),
};

static const char *const xss_aliases[] = { "MSR_IA32_XSS" };
static const struct msrkit_cond xss_cond[] = {
	CPUID_BIT(0xD, 1, MSRKIT_EAX, 3, "CPUID.(EAX=0DH,ECX=1):EAX[3]"),
};
static const struct msrkit_field xss_fields[] = {
	BIT_FIELD(8, "PT", "XSAVES manages Intel PT state"),
	BIT_FIELD(10, "PASID", "XSAVES manages PASID state (IA32_PASID)"),
	BIT_FIELD(11, "CET_U", "XSAVES manages user-mode CET state"),
	BIT_FIELD(12, "CET_S", "XSAVES manages supervisor-mode CET state (PL0-PL2 SSPs)"),
	BIT_FIELD(13, "HDC", "XSAVES manages HDC state"),
	BIT_FIELD(14, "UINTR", "XSAVES manages user-interrupt state"),
	BIT_FIELD(15, "LBR", "XSAVES manages architectural LBR state"),
	BIT_FIELD(16, "HWP", "XSAVES manages HWP state (IA32_HWP_REQUEST)"),
};

static const struct msrkit_reg arch_ext_regs[] = {
	{
		.address = 0x8C, .name = "IA32_SGXLEPUBKEYHASH{n}", ALIASES(sgxlepubkeyhash_aliases),
		.desc = "SGX launch enclave public key hash, 64 bits of the SHA-256 digest each",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL, CONDS(sgxlepubkeyhash_cond),
		.count = 4, .stride = 1, .ref = SDM_ARCH_MSRS, FIELDS(sgxlepubkeyhash_fields),
	},
	{
		.address = 0xBC, .name = "IA32_MISC_PACKAGE_CTLS", ALIASES(misc_package_ctls_aliases),
		.desc = "Package-level controls: energy reporting filtering",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(misc_package_ctls_cond), .ref = SDM_ARCH_MSRS, FIELDS(misc_package_ctls_fields),
	},
	{
		.address = 0xCF, .name = "IA32_CORE_CAPABILITIES", ALIASES(core_capabilities_aliases),
		.desc = "Enumerates model-specific features of the core (split-lock detection, ...)",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(core_capabilities_cond), .ref = SDM_ARCH_MSRS, FIELDS(core_capabilities_fields),
	},
	{
		.address = 0xE1, .name = "IA32_UMWAIT_CONTROL", ALIASES(umwait_control_aliases),
		.desc = "UMWAIT/TPAUSE control: C0.2 permission and maximum wait time",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(umwait_control_cond), .ref = SDM_ARCH_MSRS, FIELDS(umwait_control_fields),
	},
	{
		.address = 0x1CC, .name = "IA32_FRED_RSP{n}", ALIASES(fred_rsp_aliases),
		.desc = "FRED stack pointer for stack level n",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(fred_cond), .count = 4, .stride = 1, .ref = SDM_ARCH_MSRS, FIELDS(fred_rsp_fields),
	},
	{
		.address = 0x1D0, .name = "IA32_FRED_STKLVLS", ALIASES(fred_stklvls_aliases),
		.desc = "FRED stack levels of exceptions and NMI delivered in ring 0, two bits per vector",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(fred_cond), .ref = SDM_ARCH_MSRS, FIELDS(fred_stklvls_fields),
	},
	{
		.address = 0x1D1, .name = "IA32_FRED_SSP{n}", ALIASES(fred_ssp_aliases),
		.desc = "FRED shadow stack pointer for stack level n (level 0 is IA32_PL0_SSP)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(fred_cond), .count = 3, .stride = 1, .index_base = 1,
		.ref = SDM_ARCH_MSRS, FIELDS(fred_ssp_fields),
	},
	{
		.address = 0x1D4, .name = "IA32_FRED_CONFIG", ALIASES(fred_config_aliases),
		.desc = "FRED configuration: entry point page, red zone and interrupt stack level",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(fred_cond), .ref = SDM_ARCH_MSRS, FIELDS(fred_config_fields),
	},
	{
		.address = 0x500, .name = "IA32_SGX_SVN_STATUS",
		.desc = "SGX SVN threshold for authenticated code modules and whether it is locked",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(sgx_svn_status_cond), .ref = SDM_ARCH_MSRS, FIELDS(sgx_svn_status_fields),
	},
	{
		.address = 0x560, .name = "IA32_RTIT_OUTPUT_BASE", ALIASES(rtit_output_base_aliases),
		.desc = "Intel PT output base: single range base or current ToPA table",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_cond), .ref = SDM_ARCH_MSRS, FIELDS(rtit_output_base_fields),
	},
	{
		.address = 0x561, .name = "IA32_RTIT_OUTPUT_MASK_PTRS", ALIASES(rtit_output_mask_aliases),
		.desc = "Intel PT output mask and pointers into the output region",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_cond), .is_volatile = true, .ref = SDM_ARCH_MSRS, FIELDS(rtit_output_mask_fields),
	},
	{
		.address = 0x570, .name = "IA32_RTIT_CTL", ALIASES(rtit_ctl_aliases),
		.desc = "Intel PT trace control: enable, packet types, filtering and output scheme",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_cond), .ref = SDM_ARCH_MSRS, FIELDS(rtit_ctl_fields),
	},
	{
		.address = 0x571, .name = "IA32_RTIT_STATUS", ALIASES(rtit_status_aliases),
		.desc = "Intel PT trace status: filter state, errors and packet byte count",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_cond), .is_volatile = true, .ref = SDM_ARCH_MSRS, FIELDS(rtit_status_fields),
	},
	{
		.address = 0x572, .name = "IA32_RTIT_CR3_MATCH", ALIASES(rtit_cr3_match_aliases),
		.desc = "Intel PT CR3 filter value",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_cond), .ref = SDM_ARCH_MSRS, FIELDS(rtit_cr3_match_fields),
	},
	{
		.address = 0x580, .name = "IA32_RTIT_ADDR{n}_A", ALIASES(rtit_addr_a_aliases),
		.desc = "Intel PT address range n start (use set by RTIT_CTL.ADDRn_CFG)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_addr_cond), .count = 4, .stride = 2, .ref = SDM_ARCH_MSRS, FIELDS(rtit_addr_fields),
	},
	{
		.address = 0x581, .name = "IA32_RTIT_ADDR{n}_B", ALIASES(rtit_addr_b_aliases),
		.desc = "Intel PT address range n end (use set by RTIT_CTL.ADDRn_CFG)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(rtit_addr_cond), .count = 4, .stride = 2, .ref = SDM_ARCH_MSRS, FIELDS(rtit_addr_fields),
	},
	{
		.address = 0x6A0, .name = "IA32_U_CET", ALIASES(u_cet_aliases),
		.desc = "User-mode CET configuration: shadow stacks and indirect branch tracking at CPL 3",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_cond), .cond_any = true, .ref = SDM_ARCH_MSRS, FIELDS(u_cet_fields),
	},
	{
		.address = 0x6A2, .name = "IA32_S_CET", ALIASES(s_cet_aliases),
		.desc = "Supervisor-mode CET configuration: shadow stacks and indirect branch tracking at CPL 0-2",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_cond), .cond_any = true, .ref = SDM_ARCH_MSRS, FIELDS(s_cet_fields),
	},
	{
		.address = 0x6A4, .name = "IA32_PL0_SSP", ALIASES(pl0_ssp_aliases),
		.desc = "Shadow stack pointer loaded on a transition to privilege level 0",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_ss_cond), .ref = SDM_ARCH_MSRS, FIELDS(pl_ssp_fields),
	},
	{
		.address = 0x6A5, .name = "IA32_PL1_SSP", ALIASES(pl1_ssp_aliases),
		.desc = "Shadow stack pointer loaded on a transition to privilege level 1",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_ss_cond), .ref = SDM_ARCH_MSRS, FIELDS(pl_ssp_fields),
	},
	{
		.address = 0x6A6, .name = "IA32_PL2_SSP", ALIASES(pl2_ssp_aliases),
		.desc = "Shadow stack pointer loaded on a transition to privilege level 2",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_ss_cond), .ref = SDM_ARCH_MSRS, FIELDS(pl_ssp_fields),
	},
	{
		.address = 0x6A7, .name = "IA32_PL3_SSP", ALIASES(pl3_ssp_aliases),
		.desc = "Shadow stack pointer of privilege level 3 (user mode)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_ss_cond), .ref = SDM_ARCH_MSRS, FIELDS(pl_ssp_fields),
	},
	{
		.address = 0x6A8, .name = "IA32_INTERRUPT_SSP_TABLE_ADDR", ALIASES(int_ssp_tab_aliases),
		.desc = "Linear address of the interrupt shadow stack table (IST shadow stacks)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD,
		CONDS(cet_ss_cond), .ref = SDM_ARCH_MSRS, FIELDS(int_ssp_tab_fields),
	},
	{
		.address = 0x6E1, .name = "IA32_PKRS", ALIASES(pkrs_aliases),
		.desc = "Protection key rights for supervisor pages: access and write disable per key",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(pkrs_cond), .ref = SDM_ARCH_MSRS, FIELDS(pkrs_fields),
	},
	{
		.address = 0x981, .name = "IA32_TME_CAPABILITY", ALIASES(tme_capability_aliases),
		.desc = "Total memory encryption capabilities: algorithms and multi-key limits",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(tme_cond), .ref = SDM_ARCH_MSRS, FIELDS(tme_capability_fields),
	},
	{
		.address = 0x982, .name = "IA32_TME_ACTIVATE", ALIASES(tme_activate_aliases),
		.desc = "Total memory encryption activation: enable, algorithm and KeyID bits",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(tme_cond), .ref = SDM_ARCH_MSRS, FIELDS(tme_activate_fields),
	},
	{
		.address = 0x983, .name = "IA32_TME_EXCLUDE_MASK", ALIASES(tme_exclude_mask_aliases),
		.desc = "Mask of the physical range excluded from total memory encryption",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(tme_cond), .ref = SDM_ARCH_MSRS, FIELDS(tme_exclude_mask_fields),
	},
	{
		.address = 0x984, .name = "IA32_TME_EXCLUDE_BASE", ALIASES(tme_exclude_base_aliases),
		.desc = "Base of the physical range excluded from total memory encryption",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(tme_cond), .ref = SDM_ARCH_MSRS, FIELDS(tme_exclude_base_fields),
	},
	{
		.address = 0x985, .name = "IA32_UINTR_RR",
		.desc = "User-interrupt request register (UIRR)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uintr_cond), .is_volatile = true, .ref = SDM_ARCH_MSRS, FIELDS(uintr_rr_fields),
	},
	{
		.address = 0x986, .name = "IA32_UINTR_HANDLER",
		.desc = "User-interrupt handler address",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uintr_cond), .ref = SDM_ARCH_MSRS, FIELDS(uintr_handler_fields),
	},
	{
		.address = 0x987, .name = "IA32_UINTR_STACKADJUST",
		.desc = "User-interrupt stack adjustment",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uintr_cond), .ref = SDM_ARCH_MSRS, FIELDS(uintr_stackadjust_fields),
	},
	{
		.address = 0x988, .name = "IA32_UINTR_MISC",
		.desc = "User-interrupt target table size and notification vector",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uintr_cond), .ref = SDM_ARCH_MSRS, FIELDS(uintr_misc_fields),
	},
	{
		.address = 0x989, .name = "IA32_UINTR_PD",
		.desc = "User posted-interrupt descriptor address",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uintr_cond), .ref = SDM_ARCH_MSRS, FIELDS(uintr_pd_fields),
	},
	{
		.address = 0x98A, .name = "IA32_UINTR_TT",
		.desc = "User-interrupt target table address and SENDUIPI enable",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(uintr_cond), .ref = SDM_ARCH_MSRS, FIELDS(uintr_tt_fields),
	},
	{
		.address = 0xC80, .name = "IA32_DEBUG_INTERFACE",
		.desc = "Silicon debug feature control",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(debug_interface_cond), .ref = SDM_ARCH_MSRS, FIELDS(debug_interface_fields),
	},
	{
		.address = 0xC81, .name = "IA32_L3_QOS_CFG", ALIASES(l3_qos_cfg_aliases),
		.desc = "L3 cache allocation configuration: code and data prioritization",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(l3_qos_cfg_cond), .ref = SDM_ARCH_MSRS, FIELDS(l3_qos_cfg_fields),
	},
	{
		.address = 0xC82, .name = "IA32_L2_QOS_CFG", ALIASES(l2_qos_cfg_aliases),
		.desc = "L2 cache allocation configuration: code and data prioritization",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(l2_qos_cfg_cond), .ref = SDM_ARCH_MSRS, FIELDS(l2_qos_cfg_fields),
	},
	{
		.address = 0xC8D, .name = "IA32_QM_EVTSEL", ALIASES(qm_evtsel_aliases),
		.desc = "Resource monitoring event select: which event of which RMID IA32_QM_CTR reports",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(qm_cond), .ref = SDM_ARCH_MSRS, FIELDS(qm_evtsel_fields),
	},
	{
		.address = 0xC8E, .name = "IA32_QM_CTR", ALIASES(qm_ctr_aliases),
		.desc = "Resource monitoring counter for the event and RMID selected in IA32_QM_EVTSEL",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(qm_cond), .is_volatile = true, .ref = SDM_ARCH_MSRS, FIELDS(qm_ctr_fields),
	},
	{
		.address = 0xC8F, .name = "IA32_PQR_ASSOC", ALIASES(pqr_assoc_aliases),
		.desc = "Resource association: the RMID and class of service of this logical processor",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(pqr_assoc_cond), .cond_any = true, .ref = SDM_ARCH_MSRS, FIELDS(pqr_assoc_fields),
	},
	{
		.address = 0xC90, .name = "IA32_L3_QOS_MASK_{n}",
		.desc = "L3 cache allocation capacity bit mask of class of service n",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(l3_mask_cond), .count = 128, .stride = 1, .ref = SDM_ARCH_MSRS, FIELDS(l3_mask_fields),
	},
	{
		.address = 0xD10, .name = "IA32_L2_QOS_MASK_{n}",
		.desc = "L2 cache allocation capacity bit mask of class of service n",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(l2_mask_cond), .count = 64, .stride = 1, .ref = SDM_ARCH_MSRS, FIELDS(l2_mask_fields),
	},
	{
		.address = 0xD90, .name = "IA32_BNDCFGS", ALIASES(bndcfgs_aliases),
		.desc = "Supervisor-mode Intel MPX configuration",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(bndcfgs_cond), .ref = SDM_ARCH_MSRS, FIELDS(bndcfgs_fields),
	},
	{
		.address = 0xD93, .name = "IA32_PASID", ALIASES(pasid_aliases),
		.desc = "Process address space ID used by ENQCMD",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(pasid_cond), .ref = SDM_ARCH_MSRS, FIELDS(pasid_fields),
	},
	{
		.address = 0xDA0, .name = "IA32_XSS", ALIASES(xss_aliases),
		.desc = "Supervisor state components XSAVES/XRSTORS manage",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_ANY,
		CONDS(xss_cond), .ref = SDM_ARCH_MSRS, FIELDS(xss_fields),
	},
};

const struct msrkit_reg_table msrkit_table_arch_ext = {
	.family = "arch_ext",
	.regs = arch_ext_regs,
	.count = COUNT_OF(arch_ext_regs),
};
