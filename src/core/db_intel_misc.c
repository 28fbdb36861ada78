/* SPDX-License-Identifier: MIT */
/*
 * Model-specific Intel MSRs outside the power-management set of
 * db_intel_model.c: hard power-on configuration and bus frequency of the
 * front-side-bus processors (Pentium 4, Pentium M, Core, Atom), the Core 2
 * SpeedStep operating points firmware reads (0xCE, 0xEE), L2 control,
 * the hardware prefetcher disables of MSR_MISC_FEATURE_CONTROL, the
 * 32-entry last branch record stack of Skylake-derived cores, and the
 * Silvermont/Airmont P-state ratio registers.
 *
 * Sources: Intel SDM Vol. 4 chapter 2 (section numbers of the March 2023
 * edition, 335592-079, as db_intel_model.c cites them); the Linux kernel for
 * the Silvermont ratio registers and coreboot for the Core 2 SpeedStep
 * registers, which the SDM does not list.
 *
 * Applicability is a model list per layout. Where one address has different
 * layouts on different generations, each layout is its own definition with a
 * disjoint model list.
 */
#include "tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT(a)
#define FIELDS(a) .fields = (a), .nfields = COUNT(a)
#define MODELS(a) .models = (a), .nmodels = COUNT(a)
#define VALUES(a) .values = (a), .nvalues = COUNT(a)

#define FLAG(n, b, a, d) { .name = (n), .lsb = (b), .width = 1, .access = (a), .kind = MSRKIT_KIND_FLAG, .desc = (d) }
#define NUM(n, b, w, a, d) { .name = (n), .lsb = (b), .width = (w), .access = (a), .kind = MSRKIT_KIND_NUMBER, .desc = (d) }
#define HEX(n, b, w, a, d) { .name = (n), .lsb = (b), .width = (w), .access = (a), .kind = MSRKIT_KIND_HEX, .desc = (d) }
#define RATIO(n, b, w, a, d) \
	{ .name = (n), .lsb = (b), .width = (w), .access = (a), .kind = MSRKIT_KIND_NUMBER, \
	  .unit = MSRKIT_UNIT_RATIO, .desc = (d) }

/* ---- references --------------------------------------------------------------- */

#define SDM4(sec, ttl) { .doc = "Intel SDM Vol. 4", .section = (sec), .title = (ttl) }

#define REF_CORE2 SDM4("2.2", "MSRs in Processors Based on Intel Core Microarchitecture")
#define REF_ATOM SDM4("2.3", "MSRs in 45 nm and 32 nm Intel Atom Processor Family")
#define REF_SLM SDM4("2.4", "MSRs Common to the Silvermont Microarchitecture and Newer Microarchitectures for Intel Atom Processors")
#define REF_GLM SDM4("2.5", "MSRs in Intel Atom Processors Based on Goldmont Microarchitecture")
#define REF_NHM SDM4("2.8", "MSRs in Processors Based on Nehalem Microarchitecture")
#define REF_SNB SDM4("2.10", "MSRs Supported by Intel Processors Based on Sandy Bridge Microarchitecture")
#define REF_SKL SDM4("2.16", "Additional MSRs Supported by 6th Generation Intel Core Processors Based on Skylake Microarchitecture")
#define REF_KNL SDM4("2.17", "MSRs Supported by the Intel Xeon Phi Processor 3200, 5200, 7200 Series and Intel Xeon Phi Processor 7215, 7285, 7295 Series")
#define REF_P4 SDM4("2.18", "MSRs in the Pentium 4 and Intel Xeon Processors")
#define REF_CORE_SOLO SDM4("2.19", "MSRs in Intel Core Solo and Intel Core Duo Processors")
#define REF_PM SDM4("2.20", "MSRs in the Pentium M Processor")
/* coreboot reads these SpeedStep registers of Merom and Penryn (06_0FH,
 * 06_17H) to build the P-state table; the SDM does not list them. */
#define REF_COREBOOT_SPEEDSTEP { .doc = "coreboot src/cpu/intel/speedstep/speedstep.c, src/include/cpu/intel/speedstep.h", \
	.section = "speedstep_get_limits()", .title = "Merom and Penryn SpeedStep limits: Super LFM and turbo operating points" }
#define REF_LINUX_PSTATE { .doc = "Linux drivers/cpufreq/intel_pstate.c", \
	.section = "atom_get_min_pstate(), atom_get_vid()", .title = "Silvermont and Airmont P-state ratios and VIDs" }

/* ---- model lists ----------------------------------------------------------------- */

#define M6(mod) { .family = 0x6, .model = (mod) }

static const struct msrkit_model p4_all[] = { { .family = 0xF, .model = MSRKIT_MODEL_ANY } };
/* Pentium 4 models whose MSR_EBC_FREQUENCY_ID has the model-2-and-later layout. */
static const struct msrkit_model p4_model2_up[] = {
	{ 0xF, 0x2 }, { 0xF, 0x3 }, { 0xF, 0x4 }, { 0xF, 0x6 },
};
static const struct msrkit_model p4_model01[] = { { 0xF, 0x0 }, { 0xF, 0x1 } };
static const struct msrkit_model p4_brv[] = { { 0xF, 0x3 }, { 0xF, 0x4 }, { 0xF, 0x6 } };
static const struct msrkit_model pentium_m[] = { M6(0x09), M6(0x0D) };
static const struct msrkit_model core_solo[] = { M6(0x0E) };
static const struct msrkit_model core2[] = { M6(0x0F), M6(0x16), M6(0x17), M6(0x1D) };
/* Merom/Conroe and Penryn, the models coreboot's SpeedStep code names. */
static const struct msrkit_model merom_penryn[] = { M6(0x0F), M6(0x17) };
/* Bonnell and Saltwell Atom. */
static const struct msrkit_model atom[] = { M6(0x1C), M6(0x26), M6(0x27), M6(0x35), M6(0x36) };
/* The Atom microarchitectures the "Silvermont and newer" table covers:
 * Silvermont, Airmont, Goldmont, Goldmont Plus and Tremont. */
static const struct msrkit_model slm_and_newer[] = {
	M6(0x37), M6(0x4A), M6(0x4D), M6(0x5A), M6(0x5D), M6(0x4C),
	M6(0x5C), M6(0x5F), M6(0x7A), M6(0x86), M6(0x96), M6(0x9C),
};
static const struct msrkit_model silvermont[] = {
	M6(0x37), M6(0x4A), M6(0x4D), M6(0x5A), M6(0x5D), M6(0x4C),
};
/* The Silvermont and Airmont models whose P-states Linux drives through
 * MSR_ATOM_CORE_RATIOS. */
static const struct msrkit_model atom_pstate[] = { M6(0x37), M6(0x4C) };
static const struct msrkit_model goldmont[] = { M6(0x5C), M6(0x5F), M6(0x7A) };
/* Nehalem and Westmere. */
static const struct msrkit_model nehalem[] = {
	M6(0x1A), M6(0x1E), M6(0x1F), M6(0x2E), M6(0x25), M6(0x2C), M6(0x2F),
};
static const struct msrkit_model knights[] = { M6(0x57), M6(0x85) };
/* Processors that answer at 2AH (reading 0) although the SDM does not list
 * the register for them: Xeon Phi and the hybrid cores from Alder Lake on. */
static const struct msrkit_model ebl_cr_poweron_unlisted[] = {
	M6(0x57), M6(0x85), M6(0x97), M6(0x9A), M6(0xB7), M6(0xBA), M6(0xBF), M6(0xAA),
	M6(0xAC), M6(0xC5), M6(0xC6), M6(0xB5), M6(0xBD),
};
/* Sandy Bridge and every later Core and Xeon generation (they all include
 * the Sandy Bridge table). */
static const struct msrkit_model sandy_bridge_up[] = {
	M6(0x2A), M6(0x2D), M6(0x3A), M6(0x3E), M6(0x3C), M6(0x45), M6(0x46), M6(0x3D), M6(0x47),
	M6(0x3F), M6(0x4F), M6(0x56), M6(0x4E), M6(0x5E), M6(0x8E), M6(0x9E), M6(0xA5), M6(0xA6),
	M6(0x66), M6(0x7D), M6(0x7E), M6(0x8C), M6(0x8D), M6(0xA7), M6(0xA8), M6(0x55), M6(0x6A),
	M6(0x6C), M6(0x8F), M6(0xCF), M6(0xAD), M6(0xAE), M6(0x97), M6(0x9A), M6(0xB7), M6(0xBA),
	M6(0xBF), M6(0xAA), M6(0xAC), M6(0xC5), M6(0xC6), M6(0xB5), M6(0xBD),
};
/* Skylake-derived cores with the 32-entry model-specific LBR stack (before
 * architectural LBRs): Skylake to Rocket Lake clients, Skylake-SP to Ice
 * Lake-SP servers. */
static const struct msrkit_model lbr32[] = {
	M6(0x4E), M6(0x5E), M6(0x8E), M6(0x9E), M6(0xA5), M6(0xA6), M6(0x66), M6(0x7D),
	M6(0x7E), M6(0x8C), M6(0x8D), M6(0xA7), M6(0xA8), M6(0x55), M6(0x6A), M6(0x6C),
};

/* ---- 0x2A hard power-on configuration ------------------------------------------------- */

static const char *const ebc_hard_poweron_aliases[] = { "MSR_IA32_EBL_CR_POWERON" };
static const char *const ebl_cr_poweron_aliases[] = { "MSR_IA32_EBL_CR_POWERON" };

static const struct msrkit_field ebc_hard_poweron_fields[] = {
	FLAG("OUTPUT_TRI_STATE_ENABLED", 0, MSRKIT_RO, "Output tri-state enabled, as strapped on SMI# at reset"),
	FLAG("EXECUTE_BIST", 1, MSRKIT_RO, "Built-in self test executed at reset, as strapped on INIT#"),
	FLAG("IN_ORDER_QUEUE_DEPTH", 2, MSRKIT_RO,
	     "System bus in-order queue depth: 1 = one request, 0 = up to 12 (strapped on A7#)"),
	FLAG("MCERR_OBSERVATION_DISABLED", 3, MSRKIT_RO, "MCERR# observation disabled (strapped on A9#)"),
	FLAG("BINIT_OBSERVATION_ENABLED", 4, MSRKIT_RO, "BINIT# observation: 0 = enabled, 1 = disabled (strapped on A10#)"),
	NUM("APIC_CLUSTER_ID", 5, 2, MSRKIT_RO, "Logical APIC cluster ID strapped on A12#:A11#"),
	FLAG("BUS_PARK_DISABLE", 7, MSRKIT_RO, "Bus park disabled (strapped on A15#)"),
	NUM("AGENT_ID", 12, 2, MSRKIT_RO, "Logical system bus agent ID strapped on BR[3:0]#"),
};

static const struct msrkit_field ebl_cr_poweron_pm_fields[] = {
	FLAG("DATA_ERROR_CHECKING_ENABLE", 1, MSRKIT_RO, "Data error checking (always 0 on the Pentium M)"),
	FLAG("RESPONSE_ERROR_CHECKING_ENABLE", 2, MSRKIT_RO, "Response error checking (always 0 on the Pentium M)"),
	FLAG("MCERR_DRIVE_ENABLE", 3, MSRKIT_RO, "MCERR# drive (always 0 on the Pentium M)"),
	FLAG("ADDRESS_PARITY_ENABLE", 4, MSRKIT_RO, "Address parity checking (always 0 on the Pentium M)"),
	FLAG("BINIT_DRIVER_ENABLE", 7, MSRKIT_RO, "BINIT# driver (always 0 on the Pentium M)"),
	FLAG("OUTPUT_TRI_STATE_ENABLED", 8, MSRKIT_RO, "Output tri-state enabled"),
	FLAG("EXECUTE_BIST", 9, MSRKIT_RO, "Built-in self test executed at reset"),
	FLAG("MCERR_OBSERVATION_ENABLED", 10, MSRKIT_RO, "MCERR# observation (always 0 on the Pentium M)"),
	FLAG("BINIT_OBSERVATION_ENABLED", 12, MSRKIT_RO, "BINIT# observation (always 0 on the Pentium M)"),
	FLAG("RESET_VECTOR_1MB", 14, MSRKIT_RO, "Power-on reset vector: 1 = 1 MB, 0 = 4 GB (always 0 on the Pentium M)"),
	NUM("APIC_CLUSTER_ID", 16, 2, MSRKIT_RO, "APIC cluster ID (always 0 on the Pentium M)"),
	FLAG("SYSTEM_BUS_FREQUENCY", 18, MSRKIT_RO, "System bus frequency: 0 = 100 MHz (always 0 on the Pentium M)"),
	NUM("SYMMETRIC_ARBITRATION_ID", 20, 2, MSRKIT_RO, "Symmetric arbitration ID (always 0 on the Pentium M)"),
	RATIO("CLOCK_FREQUENCY_RATIO", 22, 5, MSRKIT_RO, "Core clock to bus clock ratio set at reset"),
};

static const struct msrkit_field ebl_cr_poweron_core_solo_fields[] = {
	FLAG("DATA_ERROR_CHECKING_ENABLE", 1, MSRKIT_RW, "Data error checking enabled (not writable on every processor)"),
	FLAG("RESPONSE_ERROR_CHECKING_ENABLE", 2, MSRKIT_RW,
	     "Response error checking enabled (not writable on every processor)"),
	FLAG("MCERR_DRIVE_ENABLE", 3, MSRKIT_RW, "MCERR# drive enabled (not writable on every processor)"),
	FLAG("ADDRESS_PARITY_ENABLE", 4, MSRKIT_RW, "Address parity checking enabled (not writable on every processor)"),
	FLAG("BINIT_DRIVER_ENABLE", 7, MSRKIT_RW, "BINIT# driver enabled (not writable on every processor)"),
	FLAG("OUTPUT_TRI_STATE_ENABLED", 8, MSRKIT_RO, "Output tri-state enabled"),
	FLAG("EXECUTE_BIST", 9, MSRKIT_RO, "Built-in self test executed at reset"),
	FLAG("MCERR_OBSERVATION_ENABLED", 10, MSRKIT_RO, "MCERR# observation enabled"),
	FLAG("BINIT_OBSERVATION_ENABLED", 12, MSRKIT_RO, "BINIT# observation enabled"),
	FLAG("RESET_VECTOR_1MB", 14, MSRKIT_RO, "Power-on reset vector: 1 = 1 MB, 0 = 4 GB"),
	NUM("APIC_CLUSTER_ID", 16, 2, MSRKIT_RO, "APIC cluster ID"),
	FLAG("SYSTEM_BUS_FREQUENCY", 18, MSRKIT_RO, "System bus frequency: 0 = 100 MHz"),
	NUM("SYMMETRIC_ARBITRATION_ID", 20, 2, MSRKIT_RO, "Symmetric arbitration ID"),
	RATIO("CLOCK_FREQUENCY_RATIO", 22, 5, MSRKIT_RO, "Core clock to bus clock ratio set at reset"),
};

static const struct msrkit_field ebl_cr_poweron_core2_fields[] = {
	FLAG("DATA_ERROR_CHECKING_ENABLE", 1, MSRKIT_RW, "Data error checking enabled (not writable on every processor)"),
	FLAG("RESPONSE_ERROR_CHECKING_ENABLE", 2, MSRKIT_RW,
	     "Response error checking enabled (not writable on every processor)"),
	FLAG("MCERR_DRIVE_ENABLE", 3, MSRKIT_RW, "MCERR# drive enabled (not writable on every processor)"),
	FLAG("ADDRESS_PARITY_ENABLE", 4, MSRKIT_RW, "Address parity checking enabled (not writable on every processor)"),
	FLAG("BINIT_DRIVER_ENABLE", 7, MSRKIT_RW, "BINIT# driver enabled (not writable on every processor)"),
	FLAG("OUTPUT_TRI_STATE_ENABLED", 8, MSRKIT_RO, "Output tri-state enabled"),
	FLAG("EXECUTE_BIST", 9, MSRKIT_RO, "Built-in self test executed at reset"),
	FLAG("MCERR_OBSERVATION_ENABLED", 10, MSRKIT_RO, "MCERR# observation enabled"),
	FLAG("INTEL_TXT_CAPABLE_CHIPSET", 11, MSRKIT_RO, "The chipset supports Intel Trusted Execution Technology"),
	FLAG("BINIT_OBSERVATION_ENABLED", 12, MSRKIT_RO, "BINIT# observation enabled"),
	FLAG("RESET_VECTOR_1MB", 14, MSRKIT_RO, "Power-on reset vector: 1 = 1 MB, 0 = 4 GB"),
	NUM("APIC_CLUSTER_ID", 16, 2, MSRKIT_RO, "APIC cluster ID"),
	FLAG("N2_NON_INTEGER_BUS_RATIO", 18, MSRKIT_RO, "The bus ratio is N + 1/2 (0 = integer ratio)"),
	NUM("SYMMETRIC_ARBITRATION_ID", 20, 2, MSRKIT_RO, "Symmetric arbitration ID"),
	RATIO("INTEGER_BUS_FREQUENCY_RATIO", 22, 5, MSRKIT_RO, "Integer part of the core clock to bus clock ratio"),
};

static const struct msrkit_field ebl_cr_poweron_atom_fields[] = {
	FLAG("DATA_ERROR_CHECKING_ENABLE", 1, MSRKIT_RW, "Data error checking (always 0)"),
	FLAG("RESPONSE_ERROR_CHECKING_ENABLE", 2, MSRKIT_RW, "Response error checking (always 0)"),
	FLAG("AERR_DRIVE_ENABLE", 3, MSRKIT_RW, "AERR# drive (always 0)"),
	FLAG("BERR_ENABLE", 4, MSRKIT_RW, "BERR# for initiator bus requests (always 0)"),
	FLAG("BINIT_DRIVER_ENABLE", 7, MSRKIT_RW, "BINIT# driver (always 0)"),
	FLAG("EXECUTE_BIST", 9, MSRKIT_RO, "Built-in self test executed at reset"),
	FLAG("AERR_OBSERVATION_ENABLED", 10, MSRKIT_RO, "AERR# observation (always 0)"),
	FLAG("BINIT_OBSERVATION_ENABLED", 12, MSRKIT_RO, "BINIT# observation (always 0)"),
	FLAG("RESET_VECTOR_1MB", 14, MSRKIT_RO, "Power-on reset vector: 1 = 1 MB, 0 = 4 GB"),
	NUM("APIC_CLUSTER_ID", 16, 2, MSRKIT_RO, "APIC cluster ID (always 0)"),
	NUM("SYMMETRIC_ARBITRATION_ID", 20, 2, MSRKIT_RO, "Symmetric arbitration ID (always 0)"),
	RATIO("INTEGER_BUS_FREQUENCY_RATIO", 22, 5, MSRKIT_RO, "Core clock to bus clock ratio"),
};

/* ---- 0x2C MSR_EBC_FREQUENCY_ID ---------------------------------------------------------- */

static const char *const ebc_frequency_id_aliases[] = { "MSR_EBC_FREQUENCY_ID_1" };

static const struct msrkit_value_name scalable_bus_speed_values[] = {
	{ .value = 0, .desc = "100 MHz (model 2) or 266.67 MHz (models 3 and 4)" },
	{ .value = 1, .desc = "133.33 MHz" },
	{ .value = 2, .desc = "200 MHz" },
	{ .value = 3, .desc = "166.67 MHz" },
	{ .value = 4, .desc = "333.33 MHz (model 6)" },
};
static const struct msrkit_value_name scalable_bus_speed_early_values[] = {
	{ .value = 0, .desc = "100 MHz" },
};

static const struct msrkit_field ebc_frequency_id_fields[] = {
	{ .name = "SCALABLE_BUS_SPEED", .lsb = 16, .width = 3, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  VALUES(scalable_bus_speed_values), .desc = "Intended system bus clock (the bus transfers four times per clock)" },
	RATIO("CORE_CLOCK_TO_BUS_RATIO", 24, 8, MSRKIT_RO,
	      "Core clock to system bus clock ratio observed when RESET# was deasserted"),
};
static const struct msrkit_field ebc_frequency_id_early_fields[] = {
	{ .name = "SCALABLE_BUS_SPEED", .lsb = 21, .width = 3, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  VALUES(scalable_bus_speed_early_values), .desc = "Intended system bus clock" },
};

/* ---- 0xCE MSR_FSB_CLOCK_VCC, 0xEE MSR_EXTENDED_CONFIG (Core 2) -------------------------- */

/* Both operating points use the IA32_PERF_CTL encoding: VID in bits 5:0,
 * bus ratio in bits 12:8, a half-ratio flag in bit 14 (Penryn only). */
static const struct msrkit_field fsb_clock_vcc_fields[] = {
	HEX("SLFM_VID", 0, 6, MSRKIT_RO, "Voltage ID of the Super Low Frequency Mode operating point"),
	RATIO("SLFM_RATIO", 8, 5, MSRKIT_RO,
	      "Bus ratio of the Super Low Frequency Mode operating point (the bus clock is halved in that mode)"),
	FLAG("SLFM_NONINT", 14, MSRKIT_RO, "Add one half to SLFM_RATIO (Penryn)"),
	HEX("TURBO_VID", 32, 6, MSRKIT_RO, "Voltage ID of the highest (turbo, or highest non-turbo) operating point"),
	RATIO("TURBO_RATIO", 40, 5, MSRKIT_RO, "Bus ratio of the highest (turbo, or highest non-turbo) operating point"),
	FLAG("TURBO_NONINT", 46, MSRKIT_RO, "Add one half to TURBO_RATIO (Penryn)"),
	FLAG("TURBO_SUPPORTED", 63, MSRKIT_RO,
	     "The processor has a turbo (Intel Dynamic Acceleration) operating point; 0 on desktop parts"),
};

static const struct msrkit_field extended_config_fields[] = {
	FLAG("SLFM_SUPPORTED", 27, MSRKIT_RO,
	     "Super Low Frequency Mode (half bus clock at the lowest P-state) is supported"),
	FLAG("SLFM_ENABLE", 28, MSRKIT_RW, "Super Low Frequency Mode is enabled (set by firmware when the chipset supports it)"),
};

/* ---- 0x11E MSR_BBL_CR_CTL3 ---------------------------------------------------------------- */

static const char *const bbl_cr_ctl3_aliases[] = { "MSR_IA32_BBL_CR_CTL3" };

static const struct msrkit_field bbl_cr_ctl3_fields[] = {
	FLAG("L2_HARDWARE_ENABLED", 0, MSRKIT_RO, "The L2 cache is enabled in hardware (0: hardware-disabled)"),
	FLAG("L2_ENABLED", 8, MSRKIT_RW,
	     "The L2 cache has been initialized; until then WBINVD and FLUSH# do not act on it"),
	FLAG("L2_NOT_PRESENT", 23, MSRKIT_RO, "There is no L2 cache"),
};
static const struct msrkit_field bbl_cr_ctl3_pm_fields[] = {
	FLAG("L2_HARDWARE_ENABLED", 0, MSRKIT_RO, "The L2 cache is enabled in hardware (0: hardware-disabled)"),
	FLAG("ECC_CHECK_ENABLE", 5, MSRKIT_RO, "ECC checking on the cache data bus (always enabled on the Pentium M)"),
	FLAG("L2_ENABLED", 8, MSRKIT_RW,
	     "The L2 cache has been initialized; until then WBINVD and FLUSH# do not act on it"),
	FLAG("L2_NOT_PRESENT", 23, MSRKIT_RO, "There is no L2 cache"),
};

/* ---- 0x1A1 MSR_PLATFORM_BRV ---------------------------------------------------------------- */

static const struct msrkit_field platform_brv_fields[] = {
	FLAG("PLATFORM_REQUIREMENTS", 18, MSRKIT_RO,
	     "The processor has platform requirements, listed in its datasheet"),
};

/* ---- 0x1A4 MSR_MISC_FEATURE_CONTROL ---------------------------------------------------------- */

static const struct msrkit_field misc_feature_control_fields[] = {
	FLAG("L2_HARDWARE_PREFETCHER_DISABLE", 0, MSRKIT_RW,
	     "Disables the L2 hardware prefetcher, which fetches further lines of code or data into the L2"),
	FLAG("L2_ADJACENT_CACHE_LINE_PREFETCHER_DISABLE", 1, MSRKIT_RW,
	     "Disables the prefetcher that completes 128-byte cache line pairs"),
	FLAG("DCU_HARDWARE_PREFETCHER_DISABLE", 2, MSRKIT_RW,
	     "Disables the L1 data cache prefetcher, which fetches the next line into the L1"),
	FLAG("DCU_IP_PREFETCHER_DISABLE", 3, MSRKIT_RW,
	     "Disables the L1 data cache IP prefetcher, which follows the load history of each instruction"),
};
static const struct msrkit_field misc_feature_control_atom_fields[] = {
	FLAG("L2_HARDWARE_PREFETCHER_DISABLE", 0, MSRKIT_RW,
	     "Disables the L2 hardware prefetcher, which fetches further lines of code or data into the L2"),
	FLAG("DCU_HARDWARE_PREFETCHER_DISABLE", 2, MSRKIT_RW,
	     "Disables the L1 data cache prefetcher, which fetches the next line into the L1"),
};
static const struct msrkit_field misc_feature_control_knl_fields[] = {
	FLAG("DCU_HARDWARE_PREFETCHER_DISABLE", 0, MSRKIT_RW, "Disables the L1 data cache prefetcher"),
	FLAG("L2_HARDWARE_PREFETCHER_DISABLE", 1, MSRKIT_RW, "Disables the L2 hardware prefetcher"),
};

/* ---- 0x66A..0x66D Silvermont/Airmont ratios and VIDs ------------------------------------------ */

static const struct msrkit_field atom_core_ratios_fields[] = {
	RATIO("MIN_RATIO", 8, 7, MSRKIT_RO, "Lowest core ratio (times the MSR_FSB_FREQ bus clock)"),
	RATIO("MAX_RATIO", 16, 7, MSRKIT_RO, "Highest non-turbo core ratio (times the MSR_FSB_FREQ bus clock)"),
};
static const struct msrkit_field atom_core_vids_fields[] = {
	HEX("MIN_VID", 8, 7, MSRKIT_RO, "Voltage ID for the lowest ratio"),
	HEX("MAX_VID", 16, 7, MSRKIT_RO, "Voltage ID for the highest non-turbo ratio"),
};
static const struct msrkit_field atom_core_turbo_ratios_fields[] = {
	RATIO("TURBO_RATIO", 0, 7, MSRKIT_RO, "Highest turbo core ratio (times the MSR_FSB_FREQ bus clock)"),
};
static const struct msrkit_field atom_core_turbo_vids_fields[] = {
	HEX("TURBO_VID", 0, 7, MSRKIT_RO, "Voltage ID for the highest turbo ratio"),
};

/* ---- 0x690, 0x6D0, 0xDC0 last branch records 16-31 and LBR information ------------------------- */

static const struct msrkit_field lastbranch_from_ip_fields[] = {
	HEX("FROM_IP", 0, 64, MSRKIT_RW,
	    "Linear address of the branch source; flags are in MSR_LBR_INFO_{n} (LBR format per IA32_PERF_CAPABILITIES)"),
};
static const struct msrkit_field lastbranch_to_ip_fields[] = {
	HEX("TO_IP", 0, 64, MSRKIT_RW, "Linear address of the branch target"),
};
static const struct msrkit_field lbr_info_fields[] = {
	{ .name = "CYCLE_COUNT", .lsb = 0, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_COUNT, .desc = "Core cycles since the previous LBR update (saturating)" },
	FLAG("TSX_ABORT", 61, MSRKIT_RW, "The branch was a transactional abort"),
	FLAG("IN_TSX", 62, MSRKIT_RW, "The branch was inside a transaction"),
	FLAG("MISPRED", 63, MSRKIT_RW, "The branch was mispredicted"),
};

/* ---- the table ---------------------------------------------------------------------------- */

#define INTEL .vendors = MSRKIT_VENDOR_INTEL
#define THREAD .scope = MSRKIT_SCOPE_THREAD
#define CORE .scope = MSRKIT_SCOPE_CORE
#define MODULE .scope = MSRKIT_SCOPE_MODULE
#define PKG .scope = MSRKIT_SCOPE_PACKAGE

static const struct msrkit_reg intel_misc_regs[] = {
	{
		.address = 0x2A, .name = "MSR_EBC_HARD_POWERON", ALIASES(ebc_hard_poweron_aliases),
		.desc = "System bus configuration the processor sampled at power-on (pin straps)",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(p4_all),
		.ref = REF_P4, FIELDS(ebc_hard_poweron_fields),
	},
	{
		.address = 0x2A, .name = "MSR_EBL_CR_POWERON", ALIASES(ebl_cr_poweron_aliases),
		.desc = "Hard power-on configuration: bus features and the core-to-bus clock ratio",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(pentium_m),
		.ref = REF_PM, FIELDS(ebl_cr_poweron_pm_fields),
	},
	{
		.address = 0x2A, .name = "MSR_EBL_CR_POWERON", ALIASES(ebl_cr_poweron_aliases),
		.desc = "Hard power-on configuration: bus features and the core-to-bus clock ratio",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(core_solo),
		.ref = REF_CORE_SOLO, FIELDS(ebl_cr_poweron_core_solo_fields),
	},
	{
		.address = 0x2A, .name = "MSR_EBL_CR_POWERON", ALIASES(ebl_cr_poweron_aliases),
		.desc = "Hard power-on configuration: bus features and the core-to-bus clock ratio",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(core2),
		.ref = REF_CORE2, FIELDS(ebl_cr_poweron_core2_fields),
	},
	{
		.address = 0x2A, .name = "MSR_EBL_CR_POWERON", ALIASES(ebl_cr_poweron_aliases),
		.desc = "Hard power-on configuration: bus features and the core-to-bus clock ratio",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(atom),
		.ref = REF_ATOM, FIELDS(ebl_cr_poweron_atom_fields),
	},
	{
		.address = 0x2A, .name = "MSR_EBL_CR_POWERON", ALIASES(ebl_cr_poweron_aliases),
		/* The Silvermont table keeps the register but reserves every bit. */
		.desc = "Hard power-on configuration (kept on Silvermont and newer Atom cores, every bit reserved)",
		.access = MSRKIT_RW, MODULE, INTEL, MODELS(slm_and_newer),
		.ref = REF_SLM,
	},
	{
		.address = 0x2A, .name = "MSR_EBL_CR_POWERON", ALIASES(ebl_cr_poweron_aliases),
		/* Answers on these, but the SDM's last definition (Silvermont and
		 * newer Atom cores) reserves every bit. */
		.desc = "Hard power-on configuration (still implemented; no fields published for this processor)",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(ebl_cr_poweron_unlisted),
		.ref = REF_SLM,
	},
	{
		.address = 0x2C, .name = "MSR_EBC_FREQUENCY_ID",
		.desc = "Processor frequency configuration: scalable bus speed and core-to-bus clock ratio",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(p4_model2_up),
		.ref = REF_P4, FIELDS(ebc_frequency_id_fields),
	},
	{
		/* Models 0 and 1 lay the register out differently; the SDM
		 * calls that layout MSR_EBC_FREQUENCY_ID_1. */
		.address = 0x2C, .name = "MSR_EBC_FREQUENCY_ID", ALIASES(ebc_frequency_id_aliases),
		.desc = "Processor frequency configuration: scalable bus speed (Pentium 4 models 0 and 1)",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(p4_model01),
		.ref = REF_P4, FIELDS(ebc_frequency_id_early_fields),
	},
	{
		.address = 0xCE, .name = "MSR_FSB_CLOCK_VCC",
		.desc = "SpeedStep operating points beyond IA32_PLATFORM_ID: Super LFM and turbo ratio and voltage ID",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(merom_penryn),
		.ref = REF_COREBOOT_SPEEDSTEP, FIELDS(fsb_clock_vcc_fields),
	},
	{
		.address = 0xEE, .name = "MSR_EXTENDED_CONFIG",
		.desc = "Extended SpeedStep configuration: Super Low Frequency Mode support and enable",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(merom_penryn),
		.ref = REF_COREBOOT_SPEEDSTEP, FIELDS(extended_config_fields),
	},
	{
		.address = 0x11E, .name = "MSR_BBL_CR_CTL3", ALIASES(bbl_cr_ctl3_aliases),
		.desc = "L2 cache control: hardware-enabled, ECC checking, initialized and present",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(pentium_m),
		.ref = REF_PM, FIELDS(bbl_cr_ctl3_pm_fields),
	},
	{
		.address = 0x11E, .name = "MSR_BBL_CR_CTL3", ALIASES(bbl_cr_ctl3_aliases),
		.desc = "L2 cache control: hardware-enabled, initialized and present",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(core_solo),
		.ref = REF_CORE_SOLO, FIELDS(bbl_cr_ctl3_fields),
	},
	{
		.address = 0x11E, .name = "MSR_BBL_CR_CTL3", ALIASES(bbl_cr_ctl3_aliases),
		.desc = "L2 cache control: hardware-enabled, initialized and present",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(core2),
		.ref = REF_CORE2, FIELDS(bbl_cr_ctl3_fields),
	},
	{
		.address = 0x11E, .name = "MSR_BBL_CR_CTL3", ALIASES(bbl_cr_ctl3_aliases),
		.desc = "L2 cache control: hardware-enabled, initialized and present",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(atom),
		.ref = REF_ATOM, FIELDS(bbl_cr_ctl3_fields),
	},
	{
		.address = 0x11E, .name = "MSR_BBL_CR_CTL3", ALIASES(bbl_cr_ctl3_aliases),
		.desc = "L2 cache control: hardware-enabled, initialized and present",
		.access = MSRKIT_RW, MODULE, INTEL, MODELS(slm_and_newer),
		.ref = REF_SLM, FIELDS(bbl_cr_ctl3_fields),
	},
	{
		.address = 0x1A1, .name = "MSR_PLATFORM_BRV", .desc = "Platform feature requirements of the processor",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(p4_brv),
		.ref = REF_P4, FIELDS(platform_brv_fields),
	},
	{
		.address = 0x1A4, .name = "MSR_MISC_FEATURE_CONTROL",
		.desc = "Hardware prefetcher disables (L2 streamer and adjacent line, L1 data cache and IP prefetchers)",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(nehalem),
		.ref = REF_NHM, FIELDS(misc_feature_control_fields),
	},
	{
		.address = 0x1A4, .name = "MSR_MISC_FEATURE_CONTROL",
		.desc = "Hardware prefetcher disables (L2 streamer and adjacent line, L1 data cache and IP prefetchers)",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(sandy_bridge_up),
		.ref = REF_SNB, FIELDS(misc_feature_control_fields),
	},
	{
		.address = 0x1A4, .name = "MSR_MISC_FEATURE_CONTROL",
		.desc = "Hardware prefetcher disables (L2 and L1 data cache prefetchers)",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(silvermont),
		.ref = REF_SLM, FIELDS(misc_feature_control_atom_fields),
	},
	{
		.address = 0x1A4, .name = "MSR_MISC_FEATURE_CONTROL",
		.desc = "Hardware prefetcher disables (L2 and L1 data cache prefetchers)",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(goldmont),
		.ref = REF_GLM, FIELDS(misc_feature_control_atom_fields),
	},
	{
		.address = 0x1A4, .name = "MSR_MISC_FEATURE_CONTROL",
		.desc = "Hardware prefetcher disables (L1 data cache and L2 prefetchers)",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(knights),
		.ref = REF_KNL, FIELDS(misc_feature_control_knl_fields),
	},
	{
		.address = 0x66A, .name = "MSR_ATOM_CORE_RATIOS",
		.desc = "Lowest and highest non-turbo core ratios of a Silvermont/Airmont core",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(atom_pstate),
		.ref = REF_LINUX_PSTATE, FIELDS(atom_core_ratios_fields),
	},
	{
		.address = 0x66B, .name = "MSR_ATOM_CORE_VIDS",
		.desc = "Voltage IDs for the lowest and highest non-turbo ratios of a Silvermont/Airmont core",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(atom_pstate),
		.ref = REF_LINUX_PSTATE, FIELDS(atom_core_vids_fields),
	},
	{
		.address = 0x66C, .name = "MSR_ATOM_CORE_TURBO_RATIOS",
		.desc = "Highest turbo ratio of a Silvermont/Airmont core",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(atom_pstate),
		.ref = REF_LINUX_PSTATE, FIELDS(atom_core_turbo_ratios_fields),
	},
	{
		.address = 0x66D, .name = "MSR_ATOM_CORE_TURBO_VIDS",
		.desc = "Voltage ID for the highest turbo ratio of a Silvermont/Airmont core",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(atom_pstate),
		.ref = REF_LINUX_PSTATE, FIELDS(atom_core_turbo_vids_fields),
	},
	{
		/* Entries 0-15 (680H-68FH) are the Sandy Bridge table's; the
		 * Skylake table adds 16-31. */
		.address = 0x690, .name = "MSR_LASTBRANCH_{n}_FROM_IP",
		.desc = "Last branch record {n}: source address (entries 16-31 of the 32-entry LBR stack)",
		.access = MSRKIT_RW, THREAD, INTEL, MODELS(lbr32), .is_volatile = true,
		.count = 16, .index_base = 16,
		.ref = REF_SKL, FIELDS(lastbranch_from_ip_fields),
	},
	{
		.address = 0x6D0, .name = "MSR_LASTBRANCH_{n}_TO_IP",
		.desc = "Last branch record {n}: target address (entries 16-31 of the 32-entry LBR stack)",
		.access = MSRKIT_RW, THREAD, INTEL, MODELS(lbr32), .is_volatile = true,
		.count = 16, .index_base = 16,
		.ref = REF_SKL, FIELDS(lastbranch_to_ip_fields),
	},
	{
		.address = 0xDC0, .name = "MSR_LBR_INFO_{n}",
		.desc = "Last branch record {n}: misprediction, TSX and elapsed-cycle information",
		.access = MSRKIT_RW, THREAD, INTEL, MODELS(lbr32), .is_volatile = true,
		.count = 32,
		.ref = REF_SKL, FIELDS(lbr_info_fields),
	},
};

const struct msrkit_reg_table msrkit_table_intel_misc = {
	.family = "intel_misc",
	.regs = intel_misc_regs,
	.count = COUNT(intel_misc_regs),
};
