/* SPDX-License-Identifier: MIT */
/*
 * Common model-specific Intel MSRs: platform information, turbo ratio limits,
 * temperature target, C-state configuration and residency counters, RAPL
 * (running average power limit) units, limits, energy counters and
 * information, configurable TDP, perf-limit reasons and uncore ratio.
 * Intel SDM Vol. 4 chapter 2, sections numbered as in the March 2023 edition
 * (335592-079); each register cites the model table that defines it.
 *
 * Applicability is data: every register points at a model list built from
 * one initializer macro per processor generation, so each register is one
 * entry whatever generations it skips. Where one address means different
 * things on different generations, each meaning is its own entry with a
 * disjoint model list.
 *
 * Fields marked "Intel firmware headers" come from the register headers Intel
 * publishes with Slim Bootloader (Silicon/ArrowlakePkg/Include/CpuRegs.h,
 * Silicon/ElkhartlakePkg/Include/Register/Pcucommon.h,
 * Silicon/ApollolakePkg/Include/CpuRegs.h), which name bits the SDM leaves
 * reserved. Where those headers contradict the SDM (MSR_POWER_CTL bits 19
 * and 20) the SDM wins; bits they name without any meaning stay reserved.
 *
 * Units: ratios are shown with the 100 MHz bus clock where the SDM says so
 * (Sandy Bridge onwards); power, energy and time fields use the RAPL units of
 * MSR_RAPL_POWER_UNIT, which the decoder reads from the same CPU.
 */
#include "intel_models.h"
#include "tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT(a)
#define FIELDS(a) .fields = (a), .nfields = COUNT(a)
#define VALUES(a) .values = (a), .nvalues = COUNT(a)

/* ---- model lists (generations: intel_models.h) ---------------------------------- */

static const struct msrkit_model core_models[] = { CORE_2 };
static const struct msrkit_model bonnell_models[] = { BONNELL };
static const struct msrkit_model silvermont_models[] = { SILVERMONT };
static const struct msrkit_model nehalem_models[] = { NEHALEM, WESTMERE };
static const struct msrkit_model knights_models[] = { KNIGHTS };
static const struct msrkit_model ivb_ep_models[] = { IVB_EP };
static const struct msrkit_model hsw_ep_models[] = { HSW_EP };
static const struct msrkit_model bdw_server_models[] = { BDW_SERVER };
static const struct msrkit_model xeon_e5_v3_v4_models[] = { HSW_EP, BDW_SERVER };
static const struct msrkit_model hybrid_models[] = { HYBRID };
static const struct msrkit_model hybrid_goldmont_models[] = { HYBRID, GOLDMONT_SERVER, GOLDMONT_CLIENT };
/* Every front-side-bus generation up to Silvermont (Thermal Monitor 2). */
static const struct msrkit_model p4_to_silvermont_models[] = { P4, PENTIUM_M, CORE_2, BONNELL, SILVERMONT };
static const struct msrkit_model slm_nhm_up_models[] = { SILVERMONT, NEHALEM, WESTMERE, KNIGHTS, FROM_SNB };
/* As slm_nhm_up_models, without the Goldmont and later Atoms. */
static const struct msrkit_model flex_ratio_models[] = {
	SILVERMONT, NEHALEM, WESTMERE, KNIGHTS, SNB_TO_BDW, HSW_EP, BDW_SERVER, SKL_CLIENT, XEON_SCALABLE, HYBRID,
};
static const struct msrkit_model nhm_up_models[] = { NEHALEM, WESTMERE, KNIGHTS, FROM_SNB };
/* Without Xeon Phi, whose 3FCH and 3FDH are module residencies. */
static const struct msrkit_model nhm_snb_up_models[] = { NEHALEM, WESTMERE, FROM_SNB };
static const struct msrkit_model slm_nhm_snb_up_models[] = { SILVERMONT, NEHALEM, WESTMERE, FROM_SNB };
static const struct msrkit_model wsm_up_models[] = { WESTMERE, KNIGHTS, FROM_SNB };
static const struct msrkit_model knl_snb_up_models[] = { KNIGHTS, FROM_SNB };
static const struct msrkit_model snb_up_models[] = { FROM_SNB };
/* Sandy Bridge to Rocket Lake and Xeon E5/D: one turbo ratio per active-core count. */
static const struct msrkit_model snb_to_rkl_models[] = { SNB_TO_BDW, HSW_EP, BDW_SERVER, SKL_CLIENT };
static const struct msrkit_model ivb_client_up_models[] = { FROM_IVB_CLIENT };
static const struct msrkit_model hsw_up_models[] = { FROM_HSW };
static const struct msrkit_model hsw_bdw_models[] = { HSW_CLIENT, BDW_CLIENT, HSW_EP, BDW_SERVER };
static const struct msrkit_model skl_up_models[] = { FROM_SKL };
static const struct msrkit_model skl_to_hybrid_models[] = { SKL_CLIENT, XEON_SCALABLE, HYBRID };
static const struct msrkit_model skx_up_models[] = { XEON_SCALABLE, HYBRID, GOLDMONT_SERVER, GOLDMONT_CLIENT };
/* Client processors: the graphics (PP1) domain, package C8-C10. */
static const struct msrkit_model client_snb_models[] = { SNB_TO_BDW, SKL_CLIENT, HYBRID };
static const struct msrkit_model client_snb_goldmont_models[] = {
	SNB_TO_BDW, SKL_CLIENT, HYBRID, GOLDMONT_SERVER, GOLDMONT_CLIENT,
};
static const struct msrkit_model client_hsw_goldmont_models[] = {
	HSW_CLIENT, BDW_CLIENT, SKL_CLIENT, HYBRID, GOLDMONT_SERVER, GOLDMONT_CLIENT,
};
/* Servers that count DRAM energy in the fixed 15.3 microjoule unit. */
static const struct msrkit_model dram_fixed_unit_models[] = { KNIGHTS, HSW_EP, BDW_SERVER, XEON_SCALABLE };
/* Servers with a DRAM RAPL domain. */
static const struct msrkit_model dram_power_info_models[] = {
	KNIGHTS, SNB_EP, IVB_EP, HSW_EP, BDW_SERVER, XEON_SCALABLE, GOLDMONT_SERVER,
};
/* MSR_DRAM_POWER_LIMIT: the SDM's one-limit layout, and the two-limit layout
 * of Intel's client processors. */
static const struct msrkit_model dram_power_limit_models[] = {
	KNIGHTS, SNB_CLIENT, SNB_EP, IVB_EP, IVB_CLIENT, HSW_EP, BDW_SERVER, XEON_SCALABLE, GOLDMONT_SERVER,
};
static const struct msrkit_model dram_power_limit_client_models[] = {
	HSW_CLIENT, BDW_CLIENT, SKL_CLIENT, HYBRID, GOLDMONT_CLIENT,
};
static const struct msrkit_model pp0_perf_status_models[] = { SNB_EP, XEON_SCALABLE };
static const struct msrkit_model vr_current_config_models[] = { SILVERMONT, KNIGHTS, FROM_HSW };
static const struct msrkit_model vr_misc_config_models[] = { KNIGHTS, FROM_HSW };

#define MODELS(a) .models = (a), .nmodels = COUNT(a)

/* ---- references (SDM model tables: intel_models.h) ----------------------------- */

/* Registers the SDM does not document but firmware programs. */
#define REF_COREBOOT_SNB { .doc = "coreboot src/cpu/intel/model_206ax/model_206ax.h", \
	.section = "MSR definitions", .title = "Sandy Bridge and Ivy Bridge CPU MSRs" }
#define REF_COREBOOT_BDW { .doc = "coreboot src/soc/intel/broadwell/cpu.c", \
	.section = "initialize_vr_config()", .title = "Voltage regulator configuration" }
#define REF_SBL_DDR_RAPL { .doc = "Slim Bootloader Silicon/ElkhartlakePkg/Include/Register/Pcucommon.h", \
	.section = "MSR_DDR_RAPL_LIMIT", .title = "Intel client DDR RAPL limit (coreboot haswell_init.c loads it from MCHBAR)" }
#define REF_SBL_ATOM_TRL_CORES { .doc = "Slim Bootloader Silicon/AlderlakePkg/Include/CpuRegs.h", \
	.section = "ADL_MSR_ATOM_TURBO_RATIO_LIMIT_CORES", .title = "Intel hybrid processors: E-core turbo ratio groups" }
#define REF_LINUX_UNCORE { .doc = "Linux drivers/platform/x86/intel/uncore-frequency/uncore-frequency.c", \
	.section = "MSR_UNCORE_PERF_STATUS", .title = "Intel uncore frequency control" }

/* ---- field shorthands ----------------------------------------------------------- */

#define FLAG(n, b, a, d) { .name = (n), .lsb = (b), .width = 1, .access = (a), .kind = MSRKIT_KIND_FLAG, .desc = (d) }
#define NUM(n, b, w, a, d) { .name = (n), .lsb = (b), .width = (w), .access = (a), .kind = MSRKIT_KIND_NUMBER, .desc = (d) }
#define UNIT(n, b, w, a, u, d) \
	{ .name = (n), .lsb = (b), .width = (w), .access = (a), .kind = MSRKIT_KIND_NUMBER, .unit = (u), .desc = (d) }
#define RATIO100(n, b, a, d) UNIT(n, b, 8, a, MSRKIT_UNIT_MHZ_100, d)
#define RESIDENCY(n, d) UNIT(n, 0, 64, MSRKIT_RO, MSRKIT_UNIT_COUNT, d)

/* ---- 0x34 MSR_SMI_COUNT, 0x35 MSR_CORE_THREAD_COUNT ------------------------------ */

static const char *const smi_count_aliases[] = { "MSR_SMI_COUNT" };

static const struct msrkit_field smi_count_fields[] = {
	UNIT("SMI_COUNT", 0, 32, MSRKIT_RO, MSRKIT_UNIT_COUNT, "System management interrupts since the last reset"),
};

static const struct msrkit_field core_thread_count_fields[] = {
	UNIT("THREAD_COUNT", 0, 16, MSRKIT_RO, MSRKIT_UNIT_COUNT, "Logical processors enabled in the package"),
	UNIT("CORE_COUNT", 16, 16, MSRKIT_RO, MSRKIT_UNIT_COUNT, "Cores enabled in the package"),
};

/* ---- 0xCD MSR_FSB_FREQ ------------------------------------------------------------ */

static const struct msrkit_value_name fsb_core2_values[] = {
	{ .value = 0, .desc = "266.67 MHz (FSB 1067)" },
	{ .value = 1, .desc = "133.33 MHz (FSB 533)" },
	{ .value = 2, .desc = "200 MHz (FSB 800)" },
	{ .value = 3, .desc = "166.67 MHz (FSB 667)" },
	{ .value = 4, .desc = "333.33 MHz (FSB 1333)" },
	{ .value = 5, .desc = "100 MHz (FSB 400)" },
	{ .value = 6, .desc = "400 MHz (FSB 1600)" },
};
static const struct msrkit_value_name fsb_atom_values[] = {
	{ .value = 1, .desc = "133.33 MHz (FSB 533)" },
	{ .value = 3, .desc = "166.67 MHz (FSB 667)" },
	{ .value = 5, .desc = "100 MHz (FSB 400)" },
	{ .value = 7, .desc = "83.33 MHz (FSB 333)" },
};
static const struct msrkit_value_name fsb_silvermont_values[] = {
	{ .value = 0, .desc = "83.3 MHz" },
	{ .value = 1, .desc = "100.0 MHz" },
	{ .value = 2, .desc = "133.3 MHz" },
	{ .value = 3, .desc = "116.7 MHz" },
	{ .value = 4, .desc = "80.0 MHz" },
	{ .value = 5, .desc = "93.3 MHz (Airmont)" },
	{ .value = 6, .desc = "90.0 MHz (Airmont)" },
	{ .value = 7, .desc = "88.9 MHz (Airmont)" },
	{ .value = 8, .desc = "87.5 MHz (Airmont)" },
};

static const struct msrkit_field fsb_freq_core2_fields[] = {
	{ .name = "SCALABLE_BUS_SPEED", .lsb = 0, .width = 3, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ENUM,
	  VALUES(fsb_core2_values), .desc = "Bus clock the processor was built for (the FSB is four times it)" },
};
static const struct msrkit_field fsb_freq_atom_fields[] = {
	{ .name = "SCALABLE_BUS_SPEED", .lsb = 0, .width = 3, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ENUM,
	  VALUES(fsb_atom_values), .desc = "Bus clock the processor was built for (the FSB is four times it)" },
};
static const struct msrkit_field fsb_freq_silvermont_fields[] = {
	{ .name = "SCALABLE_BUS_SPEED", .lsb = 0, .width = 4, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ENUM,
	  VALUES(fsb_silvermont_values), .desc = "Reference clock that core ratios multiply" },
};

/* ---- 0xCE MSR_PLATFORM_INFO ---------------------------------------------------------- */

static const char *const platform_info_aliases[] = { "MSR_NHM_PLATFORM_INFO" };

static const struct msrkit_field platform_info_silvermont_fields[] = {
	UNIT("MAX_NON_TURBO_LIM_RATIO", 8, 8, MSRKIT_RO, MSRKIT_UNIT_RATIO,
	     "Highest ratio without turbo, times the MSR_FSB_FREQ bus clock"),
};

static const struct msrkit_field platform_info_nehalem_fields[] = {
	UNIT("MAX_NON_TURBO_LIM_RATIO", 8, 8, MSRKIT_RO, MSRKIT_UNIT_RATIO,
	     "Ratio the invariant TSC runs at, times the 133.33 MHz bus clock"),
	FLAG("PROGRAMMABLE_RATIO_LIMIT", 28, MSRKIT_RO, "MSR_TURBO_RATIO_LIMIT is writable"),
	FLAG("PROGRAMMABLE_TDC_TDP_LIMIT", 29, MSRKIT_RO,
	     "The TDC and TDP limits of MSR_TURBO_POWER_CURRENT_LIMIT are writable"),
	UNIT("MAX_EFFICIENCY_RATIO", 40, 8, MSRKIT_RO, MSRKIT_UNIT_RATIO,
	     "Lowest (most efficient) ratio, times the 133.33 MHz bus clock"),
};

static const struct msrkit_value_name config_tdp_levels_values[] = {
	{ .value = 0, .desc = "base TDP level only" },
	{ .value = 1, .desc = "one additional TDP level" },
	{ .value = 2, .desc = "two additional TDP levels" },
	{ .value = 3, .desc = "reserved" },
};

static const struct msrkit_field platform_info_fields[] = {
	RATIO100("MAX_NON_TURBO_LIM_RATIO", 8, MSRKIT_RO,
		 "Highest ratio without turbo; the invariant TSC runs at this ratio"),
	FLAG("SMM_SAVE_CAP", 16, MSRKIT_RO,
	     "SMM save state can be held in MSRs (Intel firmware reference code; not in the SDM)"),
	FLAG("PPIN_CAP", 23, MSRKIT_RO, "Protected processor inventory number (MSR_PPIN_CTL, MSR_PPIN) is available"),
	FLAG("OCVOLT_OVRD_AVAIL", 24, MSRKIT_RO,
	     "Voltage-override overclocking is supported (Intel firmware headers; not in the SDM)"),
	FLAG("FIVR_RFI_TUNING_AVAIL", 25, MSRKIT_RO,
	     "The integrated voltage regulator's switching frequency can be tuned against radio-frequency "
	     "interference (Intel firmware headers; not in the SDM)"),
	FLAG("DCU_16K_MODE_AVAIL", 26, MSRKIT_RO,
	     "The L1 data cache supports its 16 KB mode (Intel firmware headers; not in the SDM)"),
	FLAG("SAMPLE_PART", 27, MSRKIT_RO,
	     "1: a pre-production sample (property of Intel); 0: a production part (Intel firmware headers; not in the SDM)"),
	FLAG("PROGRAMMABLE_RATIO_LIMIT", 28, MSRKIT_RO, "MSR_TURBO_RATIO_LIMIT is writable"),
	FLAG("PROGRAMMABLE_TDP_LIMIT", 29, MSRKIT_RO, "The turbo power limits (MSR_PKG_POWER_LIMIT) are writable"),
	FLAG("PROGRAMMABLE_TJ_OFFSET", 30, MSRKIT_RO,
	     "MSR_TEMPERATURE_TARGET's TCC activation offset is writable"),
	FLAG("CPUID_FAULTING", 31, MSRKIT_RO, "CPUID faulting (MSR_MISC_FEATURES_ENABLES[0]) is supported"),
	FLAG("LPM_SUPPORT", 32, MSRKIT_RO, "Low power mode is supported (Ivy Bridge and later)"),
	{ .name = "CONFIG_TDP_LEVELS", .lsb = 33, .width = 2, .access = MSRKIT_RO, .kind = MSRKIT_KIND_ENUM,
	  VALUES(config_tdp_levels_values),
	  .desc = "Configurable TDP levels besides the base level (MSR_CONFIG_TDP_LEVEL1/2)" },
	FLAG("PFAT_ENABLE", 35, MSRKIT_RO,
	     "Intel BIOS Guard (PFAT, protected flash updates) is enabled (Intel firmware headers; not in the SDM)"),
	FLAG("TIMED_MWAIT_SUPPORTED", 37, MSRKIT_RO,
	     "Timed MWAIT is supported (coreboot Broadwell code; not in the SDM)"),
	RATIO100("MAX_EFFICIENCY_RATIO", 40, MSRKIT_RO, "Lowest ratio the processor runs at for best efficiency"),
	RATIO100("MIN_OPERATING_RATIO", 48, MSRKIT_RO,
		 "Lowest ratio the processor can run at (Haswell and later; 0 if not reported)"),
	FLAG("EDRAM_ENABLE", 57, MSRKIT_RO,
	     "Embedded DRAM is enabled: firmware may use the memory-side ACPI tables (Intel firmware headers; not in the SDM)"),
	FLAG("SXP_2LM_ENABLE", 58, MSRKIT_RO,
	     "Two-level memory is available: firmware may set up MSR FME_ACTIVATE (Intel firmware headers; not in the SDM)"),
	FLAG("SMM_SUPOVR_STATE_LOCK_ENABLE", 59, MSRKIT_RO,
	     "Firmware may set up the SMM_SUPOVR_STATE_LOCK MSR (Intel firmware headers; not in the SDM)"),
	FLAG("TIO_ENABLE", 60, MSRKIT_RO,
	     "Trusted I/O is available: its MSRs may be accessed (Intel firmware headers; not in the SDM)"),
};

/* ---- 0xE2 MSR_PKG_CST_CONFIG_CONTROL, 0xE4 MSR_PMG_IO_CAPTURE_BASE ------------------- */

static const char *const pkg_cst_config_control_aliases[] = { "MSR_NHM_SNB_PKG_CST_CFG_CTL" };

static const struct msrkit_field pkg_cst_config_control_fields[] = {
	NUM("PKG_C_STATE_LIMIT", 0, 4, MSRKIT_RWL,
	    "Deepest package C-state allowed; the encoding is model-specific (bits 2:0 before Haswell client)"),
	FLAG("IO_MWAIT_REDIRECTION_ENABLE", 10, MSRKIT_RWL,
	     "Reads of the MSR_PMG_IO_CAPTURE_BASE port range become MWAIT C-state requests"),
	FLAG("CFG_LOCK", 15, MSRKIT_RWO, "Locks bits 15:0 until reset"),
	FLAG("AUTOMATIC_C_STATE_CONVERSION_ENABLE", 16, MSRKIT_RW,
	     "HLT and MWAIT(C1) are converted to MWAIT(C6) (Xeon Scalable and Xeon D)"),
	FLAG("INTERRUPT_FILTERING_ENABLE", 24, MSRKIT_RW,
	     "Cores in deep C-states wake only for events aimed at them (Nehalem)"),
	FLAG("C3_STATE_AUTO_DEMOTION_ENABLE", 25, MSRKIT_RW,
	     "C6/C7 requests may be demoted to C3 on uncore hints"),
	FLAG("C1_STATE_AUTO_DEMOTION_ENABLE", 26, MSRKIT_RW,
	     "C3/C6/C7 requests may be demoted to C1 on uncore hints"),
	FLAG("ENABLE_C3_UNDEMOTION", 27, MSRKIT_RW, "Demoted C3 may be undemoted"),
	FLAG("ENABLE_C1_UNDEMOTION", 28, MSRKIT_RW, "Demoted C1 may be undemoted"),
	FLAG("PKG_C_STATE_AUTO_DEMOTION_ENABLE", 29, MSRKIT_RW, "Package C-state requests may be demoted"),
	FLAG("PKG_C_STATE_UNDEMOTION_ENABLE", 30, MSRKIT_RW, "Demoted package C-states may be undemoted"),
	FLAG("TIMED_MWAIT_ENABLE", 31, MSRKIT_RW,
	     "Timed MWAIT is enabled (coreboot Broadwell code; not in the SDM)"),
};

static const struct msrkit_field pmg_io_capture_base_fields[] = {
	{ .name = "LVL_2_BASE_ADDRESS", .lsb = 0, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "I/O port whose reads become MWAIT C-state requests when redirection is enabled" },
	NUM("C_STATE_RANGE", 16, 3, MSRKIT_RW,
	    "Deepest C-state reachable through I/O redirection; the encoding is model-specific"),
};

/* ---- 0x13C MSR_FEATURE_CONFIG ---------------------------------------------------------- */

static const struct msrkit_value_name aes_configuration_values[] = {
	{ .value = 0, .desc = "AES instructions available; configuration not locked" },
	{ .value = 1, .desc = "AES instructions available; configuration locked" },
	{ .value = 2, .desc = "AES instructions available; disable requested but not locked" },
	{ .value = 3, .desc = "AES instructions disabled until reset" },
};

static const struct msrkit_field feature_config_fields[] = {
	{ .name = "AES_CONFIGURATION", .lsb = 0, .width = 2, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_ENUM,
	  VALUES(aes_configuration_values), .desc = "AES-NI availability: bit 0 locks, bit 1 disables" },
};

/* ---- 0x194 MSR_FLEX_RATIO, 0x19D MSR_THERM2_CTL ---------------------------------------- */

static const struct msrkit_value_name oc_bins_values[] = {
	{ .value = 0, .desc = "no core overclocking" },
	{ .value = 1, .desc = "up to 1 bin" },
	{ .value = 2, .desc = "up to 2 bins" },
	{ .value = 3, .desc = "up to 3 bins" },
	{ .value = 4, .desc = "up to 4 bins" },
	{ .value = 5, .desc = "up to 5 bins" },
	{ .value = 6, .desc = "up to 6 bins" },
	{ .value = 7, .desc = "unlimited" },
};

static const struct msrkit_field flex_ratio_fields[] = {
	UNIT("FLEX_RATIO", 8, 8, MSRKIT_RWL, MSRKIT_UNIT_RATIO,
	     "Non-turbo ratio to use instead of the factory one when FLEX_RATIO_EN is set"),
	FLAG("FLEX_RATIO_EN", 16, MSRKIT_RWL, "Use FLEX_RATIO as the maximum non-turbo ratio after the next reset"),
	{ .name = "OC_BINS", .lsb = 17, .width = 3, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_ENUM,
	  VALUES(oc_bins_values),
	  .desc = "Core ratio steps the turbo ratio limits may be raised above their defaults when overclocking is "
		  "enabled (Intel firmware headers; not in the SDM)" },
	FLAG("FLEX_RATIO_LOCK", 20, MSRKIT_RWO, "Locks this register until reset"),
};

static const struct msrkit_field therm2_ctl_fields[] = {
	{ .name = "TM2_TRANSITION_TARGET", .lsb = 0, .width = 16, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Ratio and voltage (P-state encoding) Thermal Monitor 2 switches to when hot" },
	FLAG("TM_SELECT", 16, MSRKIT_RW,
	     "1: Thermal Monitor 2 (frequency/voltage transitions), 0: Thermal Monitor 1 (clock modulation)"),
};

/* ---- 0x1A2 MSR_TEMPERATURE_TARGET ------------------------------------------------------- */

static const char *const temperature_target_aliases[] = { "MSR_IA32_TEMPERATURE_TARGET" };

static const struct msrkit_field temperature_target_fields[] = {
	NUM("TCC_OFFSET_TIME_WINDOW", 0, 7, MSRKIT_RW,
	    "Averaging window of the running-average thermal limit (Intel firmware reference code)"),
	FLAG("TCC_OFFSET_CLAMPING_BIT", 7, MSRKIT_RW,
	     "The running-average thermal limit may throttle below P1 (Intel firmware reference code)"),
	UNIT("FAN_TEMP_TARGET_OFST", 8, 8, MSRKIT_RO, MSRKIT_UNIT_CELSIUS,
	     "Degrees below TjMax at which fans should run at full speed (Intel firmware reference code)"),
	UNIT("TEMPERATURE_TARGET", 16, 8, MSRKIT_RO, MSRKIT_UNIT_CELSIUS,
	     "TjMax: the temperature at which PROCHOT# asserts; thermal readouts count down from it"),
	UNIT("TCC_ACTIVATION_OFFSET", 24, 6, MSRKIT_RWL, MSRKIT_UNIT_CELSIUS,
	     "Throttling starts this many degrees below TjMax (bits 27:24 up to Broadwell; writable if "
	     "MSR_PLATFORM_INFO[30])"),
	FLAG("LOCKED", 31, MSRKIT_RWO, "Locks this register until reset (Intel firmware reference code)"),
};

/* ---- 0x1AA MSR_MISC_PWR_MGMT ------------------------------------------------------------ */

static const struct msrkit_field misc_pwr_mgmt_fields[] = {
	FLAG("EIST_HARDWARE_COORDINATION_DISABLE", 0, MSRKIT_RWL,
	     "1 disables hardware coordination of SpeedStep requests between cores"),
	FLAG("ENERGY_PERF_BIAS_ENABLE", 1, MSRKIT_RWL,
	     "Makes IA32_ENERGY_PERF_BIAS visible to software (reflected in CPUID.06H:ECX[3])"),
	FLAG("ENABLE_HWP", 6, MSRKIT_RWL,
	     "Firmware allows the OS to use HWP (Intel firmware reference code; not in the SDM)"),
	FLAG("ENABLE_HWP_NOTIFICATIONS", 7, MSRKIT_RWL,
	     "Firmware allows HWP interrupts (Intel firmware reference code; not in the SDM)"),
	FLAG("ENABLE_HWP_AUTONOMOUS", 8, MSRKIT_RWL,
	     "HWP is run out of band by the platform (Intel firmware reference code; not in the SDM)"),
	FLAG("ENABLE_SDC_OOB", 9, MSRKIT_RWL,
	     "Hardware duty cycling (HDC) is controlled out of band by the platform (Intel firmware headers; "
	     "not in the SDM)"),
	FLAG("ENABLE_SDC", 10, MSRKIT_RWL,
	     "Hardware duty cycling (HDC) is available to the OS; firmware clears it to turn HDC off "
	     "(Intel firmware headers; not in the SDM)"),
	FLAG("SDC_OOB_CAPABLE", 11, MSRKIT_RO,
	     "The platform can control hardware duty cycling out of band (Intel firmware headers; not in the SDM)"),
	FLAG("ENABLE_HWP_EPP", 12, MSRKIT_RWL,
	     "Firmware allows the HWP energy/performance preference (Intel firmware reference code; not in the SDM)"),
	FLAG("LOCK", 13, MSRKIT_RWO,
	     "Locks this register until reset (Intel firmware reference code; not in the SDM)"),
	FLAG("THERMAL_INTERRUPT_COORDINATION_ENABLE", 22, MSRKIT_RWL,
	     "A thermal interrupt of one core is routed to all cores"),
};

/* ---- 0x1AC: MSR_TURBO_POWER_CURRENT_LIMIT (Nehalem), MSR_TURBO_RATIO_LIMIT3 ---------------- */

static const struct msrkit_field turbo_power_current_limit_fields[] = {
	UNIT("TDP_LIMIT", 0, 15, MSRKIT_RW, MSRKIT_UNIT_WATTS_EIGHTH, "Package power the turbo logic keeps under"),
	FLAG("TDP_LIMIT_OVERRIDE_ENABLE", 15, MSRKIT_RW, "TDP_LIMIT overrides the factory value"),
	UNIT("TDC_LIMIT", 16, 15, MSRKIT_RW, MSRKIT_UNIT_AMPS_EIGHTH, "Current the turbo logic keeps under"),
	FLAG("TDC_LIMIT_OVERRIDE_ENABLE", 31, MSRKIT_RW, "TDC_LIMIT overrides the factory value"),
};

static const struct msrkit_field turbo_ratio_limit3_fields[] = {
	FLAG("TURBO_RATIO_LIMIT_CONFIG_SEMAPHORE", 63, MSRKIT_RW,
	     "1: the processor uses the turbo ratio limits written to MSR_TURBO_RATIO_LIMIT/LIMIT1"),
};

/* ---- 0x1AD MSR_TURBO_RATIO_LIMIT and its companions ------------------------------------------ */

static const char *const turbo_ratio_limit_aliases[] = { "MSR_PRIMARY_TURBO_RATIO_LIMIT" };

/* Nehalem and Westmere: ratios of the 133.33 MHz bus clock. */
static const struct msrkit_field turbo_ratio_limit_nehalem_fields[] = {
	UNIT("MAX_RATIO_LIMIT_1C", 0, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 1 core active (× 133.33 MHz)"),
	UNIT("MAX_RATIO_LIMIT_2C", 8, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 2 cores active (× 133.33 MHz)"),
	UNIT("MAX_RATIO_LIMIT_3C", 16, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 3 cores active (× 133.33 MHz)"),
	UNIT("MAX_RATIO_LIMIT_4C", 24, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 4 cores active (× 133.33 MHz)"),
	UNIT("MAX_RATIO_LIMIT_5C", 32, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO,
	     "Turbo ratio with 5 cores active (× 133.33 MHz; Westmere 6-core)"),
	UNIT("MAX_RATIO_LIMIT_6C", 40, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO,
	     "Turbo ratio with 6 cores active (× 133.33 MHz; Westmere 6-core)"),
};

/* Silvermont and Airmont: ratios of the MSR_FSB_FREQ bus clock. */
static const struct msrkit_field turbo_ratio_limit_silvermont_fields[] = {
	UNIT("MAX_RATIO_LIMIT_1C", 0, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 1 core active"),
	UNIT("MAX_RATIO_LIMIT_2C", 8, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 2 cores active"),
	UNIT("MAX_RATIO_LIMIT_3C", 16, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 3 cores active"),
	UNIT("MAX_RATIO_LIMIT_4C", 24, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 4 cores active"),
	UNIT("MAX_RATIO_LIMIT_5C", 32, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 5 cores active"),
	UNIT("MAX_RATIO_LIMIT_6C", 40, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 6 cores active"),
	UNIT("MAX_RATIO_LIMIT_7C", 48, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 7 cores active"),
	UNIT("MAX_RATIO_LIMIT_8C", 56, 8, MSRKIT_RW, MSRKIT_UNIT_RATIO, "Turbo ratio with 8 cores active"),
};

/* Sandy Bridge to Rocket Lake client, Xeon E5 v1-v4: one byte per active-core count. */
static const struct msrkit_field turbo_ratio_limit_fields[] = {
	RATIO100("MAX_RATIO_LIMIT_1C", 0, MSRKIT_RW, "Turbo ratio with 1 core active"),
	RATIO100("MAX_RATIO_LIMIT_2C", 8, MSRKIT_RW, "Turbo ratio with 2 cores active"),
	RATIO100("MAX_RATIO_LIMIT_3C", 16, MSRKIT_RW, "Turbo ratio with 3 cores active"),
	RATIO100("MAX_RATIO_LIMIT_4C", 24, MSRKIT_RW, "Turbo ratio with 4 cores active"),
	RATIO100("MAX_RATIO_LIMIT_5C", 32, MSRKIT_RW, "Turbo ratio with 5 cores active"),
	RATIO100("MAX_RATIO_LIMIT_6C", 40, MSRKIT_RW, "Turbo ratio with 6 cores active"),
	RATIO100("MAX_RATIO_LIMIT_7C", 48, MSRKIT_RW, "Turbo ratio with 7 cores active"),
	RATIO100("MAX_RATIO_LIMIT_8C", 56, MSRKIT_RW, "Turbo ratio with 8 cores active"),
};

/* Goldmont, Xeon Scalable and hybrid cores: one byte per core group; the
 * group sizes are in MSR_TURBO_RATIO_LIMIT_CORES (0x1AE). */
static const struct msrkit_field turbo_ratio_limit_groups_fields[] = {
	RATIO100("MAX_RATIO_LIMIT_GROUP_0", 0, MSRKIT_RW, "Turbo ratio with up to NUMCORE_0 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_1", 8, MSRKIT_RW, "Turbo ratio with up to NUMCORE_1 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_2", 16, MSRKIT_RW, "Turbo ratio with up to NUMCORE_2 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_3", 24, MSRKIT_RW, "Turbo ratio with up to NUMCORE_3 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_4", 32, MSRKIT_RW, "Turbo ratio with up to NUMCORE_4 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_5", 40, MSRKIT_RW, "Turbo ratio with up to NUMCORE_5 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_6", 48, MSRKIT_RW, "Turbo ratio with up to NUMCORE_6 cores active"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_7", 56, MSRKIT_RW, "Turbo ratio with up to NUMCORE_7 cores active"),
};

/* Xeon Phi: group sizes as increments and ratios as decrements. */
static const struct msrkit_field turbo_ratio_limit_knl_fields[] = {
	UNIT("MAX_CORES_GROUP_0", 1, 7, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Active cores that still get the group 0 ratio"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_0", 8, MSRKIT_RW, "Turbo ratio for group 0"),
	UNIT("INCREMENTAL_CORES_GROUP_1", 16, 5, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Cores group 1 adds to group 0"),
	NUM("RATIO_DELTA_GROUP_1", 21, 3, MSRKIT_RW, "Ratio decrement of group 1 relative to group 0"),
	UNIT("INCREMENTAL_CORES_GROUP_2", 24, 5, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Cores group 2 adds to group 1"),
	NUM("RATIO_DELTA_GROUP_2", 29, 3, MSRKIT_RW, "Ratio decrement of group 2 relative to group 1"),
	UNIT("INCREMENTAL_CORES_GROUP_3", 32, 5, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Cores group 3 adds to group 2"),
	NUM("RATIO_DELTA_GROUP_3", 37, 3, MSRKIT_RW, "Ratio decrement of group 3 relative to group 2"),
	UNIT("INCREMENTAL_CORES_GROUP_4", 40, 5, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Cores group 4 adds to group 3"),
	NUM("RATIO_DELTA_GROUP_4", 45, 3, MSRKIT_RW, "Ratio decrement of group 4 relative to group 3"),
	UNIT("INCREMENTAL_CORES_GROUP_5", 48, 5, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Cores group 5 adds to group 4"),
	NUM("RATIO_DELTA_GROUP_5", 53, 3, MSRKIT_RW, "Ratio decrement of group 5 relative to group 4"),
	UNIT("INCREMENTAL_CORES_GROUP_6", 56, 5, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Cores group 6 adds to group 5"),
	NUM("RATIO_DELTA_GROUP_6", 61, 3, MSRKIT_RW, "Ratio decrement of group 6 relative to group 5"),
};

static const struct msrkit_field turbo_ratio_limit1_ivb_fields[] = {
	RATIO100("MAX_RATIO_LIMIT_9C", 0, MSRKIT_RW, "Turbo ratio with 9 cores active"),
	RATIO100("MAX_RATIO_LIMIT_10C", 8, MSRKIT_RW, "Turbo ratio with 10 cores active"),
	RATIO100("MAX_RATIO_LIMIT_11C", 16, MSRKIT_RW, "Turbo ratio with 11 cores active"),
	RATIO100("MAX_RATIO_LIMIT_12C", 24, MSRKIT_RW, "Turbo ratio with 12 cores active"),
	RATIO100("MAX_RATIO_LIMIT_13C", 32, MSRKIT_RW, "Turbo ratio with 13 cores active"),
	RATIO100("MAX_RATIO_LIMIT_14C", 40, MSRKIT_RW, "Turbo ratio with 14 cores active"),
	RATIO100("MAX_RATIO_LIMIT_15C", 48, MSRKIT_RW, "Turbo ratio with 15 cores active"),
	FLAG("TURBO_RATIO_LIMIT_CONFIG_SEMAPHORE", 63, MSRKIT_RW,
	     "1: the processor uses the limits written to MSR_TURBO_RATIO_LIMIT and MSR_TURBO_RATIO_LIMIT1"),
};

static const struct msrkit_field turbo_ratio_limit1_fields[] = {
	RATIO100("MAX_RATIO_LIMIT_9C", 0, MSRKIT_RW, "Turbo ratio with 9 cores active"),
	RATIO100("MAX_RATIO_LIMIT_10C", 8, MSRKIT_RW, "Turbo ratio with 10 cores active"),
	RATIO100("MAX_RATIO_LIMIT_11C", 16, MSRKIT_RW, "Turbo ratio with 11 cores active"),
	RATIO100("MAX_RATIO_LIMIT_12C", 24, MSRKIT_RW, "Turbo ratio with 12 cores active"),
	RATIO100("MAX_RATIO_LIMIT_13C", 32, MSRKIT_RW, "Turbo ratio with 13 cores active"),
	RATIO100("MAX_RATIO_LIMIT_14C", 40, MSRKIT_RW, "Turbo ratio with 14 cores active"),
	RATIO100("MAX_RATIO_LIMIT_15C", 48, MSRKIT_RW, "Turbo ratio with 15 cores active"),
	RATIO100("MAX_RATIO_LIMIT_16C", 56, MSRKIT_RW, "Turbo ratio with 16 cores active"),
};

static const char *const turbo_ratio_limit_cores_aliases[] = { "MSR_TURBO_GROUP_CORECNT" };

static const struct msrkit_field turbo_ratio_limit_cores_fields[] = {
	UNIT("NUMCORE_0", 0, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 0 ratio"),
	UNIT("NUMCORE_1", 8, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 1 ratio"),
	UNIT("NUMCORE_2", 16, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 2 ratio"),
	UNIT("NUMCORE_3", 24, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 3 ratio"),
	UNIT("NUMCORE_4", 32, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 4 ratio"),
	UNIT("NUMCORE_5", 40, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 5 ratio"),
	UNIT("NUMCORE_6", 48, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 6 ratio"),
	UNIT("NUMCORE_7", 56, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active cores that get the group 7 ratio"),
};

static const struct msrkit_field turbo_ratio_limit2_fields[] = {
	RATIO100("MAX_RATIO_LIMIT_17C", 0, MSRKIT_RW, "Turbo ratio with 17 cores active"),
	RATIO100("MAX_RATIO_LIMIT_18C", 8, MSRKIT_RW, "Turbo ratio with 18 cores active"),
	FLAG("TURBO_RATIO_LIMIT_CONFIG_SEMAPHORE", 63, MSRKIT_RW,
	     "1: the processor uses the limits written to MSR_TURBO_RATIO_LIMIT, LIMIT1 and LIMIT2"),
};

/* ---- 0x1FC MSR_POWER_CTL ------------------------------------------------------------------ */

static const char *const power_ctl_aliases[] = { "MSR_IA32_POWER_CTL" };

static const struct msrkit_field power_ctl_fields[] = {
	FLAG("BI_DIRECTIONAL_PROCHOT", 0, MSRKIT_RW,
	     "PROCHOT# is also an input: external assertion throttles the processor (coreboot; not in the SDM)"),
	FLAG("C1E_ENABLE", 1, MSRKIT_RW,
	     "All cores in C1 take the package to the lowest SpeedStep operating point (C1E)"),
	FLAG("PWR_PERF_PLTFRM_OVR", 18, MSRKIT_RW,
	     "Energy-efficient P-state selection is enabled (Intel firmware headers, which also call it "
	     "ENERGY_EFFICIENT_P_STATE_FEATURE_ENABLE; coreboot PWR_PERF_PLATFORM_OVR)"),
	FLAG("DISABLE_RACE_TO_HALT_OPTIMIZATION", 19, MSRKIT_RW,
	     "Disables running below the most efficient ratio to race to halt (Skylake and later)"),
	FLAG("DISABLE_ENERGY_EFFICIENCY_OPTIMIZATION", 20, MSRKIT_RW,
	     "Disables the P-state energy-efficiency optimization (Skylake and later)"),
	FLAG("DISABLE_PROCHOT_OUT", 21, MSRKIT_RW,
	     "The processor does not drive PROCHOT# out to the platform (Intel firmware headers; not in the SDM)"),
	FLAG("PROCHOT_RESPONSE", 22, MSRKIT_RW,
	     "The processor's PROCHOT# response is enabled (Intel firmware headers; not in the SDM)"),
	FLAG("PROCHOT_LOCK", 23, MSRKIT_RWO,
	     "Locks the PROCHOT# configuration until reset (Intel firmware headers; coreboot calls this bit "
	     "VR_THERM_ALERT_DISABLE_LOCK)"),
	FLAG("DISABLE_VR_THERMAL_ALERT", 24, MSRKIT_RW,
	     "The processor ignores the voltage regulator's thermal alert (Intel firmware headers; not in the SDM)"),
	FLAG("DISABLE_RING_EE", 25, MSRKIT_RW,
	     "Disables the energy-efficiency optimization of the ring interconnect (Intel firmware headers; not in the SDM)"),
	FLAG("CSTATE_PRE_WAKE_DISABLE", 30, MSRKIT_RW,
	     "Disables C-state pre-wake (Intel firmware headers and setup option \"CState-Pre wake\"; not in the SDM)"),
};

/* ---- C-state residency counters ------------------------------------------------------------- */

static const struct msrkit_field pkg_c2_residency_fields[] = {
	RESIDENCY("PKG_C2_RESIDENCY", "TSC-rate ticks the package spent in its C2 state since reset"),
};
static const struct msrkit_field pkg_c3_residency_fields[] = {
	RESIDENCY("PKG_C3_RESIDENCY", "TSC-rate ticks the package spent in its C3 state since reset"),
};
static const struct msrkit_field pkg_c6_residency_fields[] = {
	RESIDENCY("PKG_C6_RESIDENCY", "TSC-rate ticks the package spent in its C6 state since reset"),
};
static const struct msrkit_field pkg_c7_residency_fields[] = {
	RESIDENCY("PKG_C7_RESIDENCY", "TSC-rate ticks the package spent in its C7 state since reset"),
};
static const struct msrkit_field core_c1_residency_fields[] = {
	RESIDENCY("CORE_C1_RESIDENCY", "Ticks the core spent in C1 since reset"),
};
static const struct msrkit_field core_c3_residency_fields[] = {
	RESIDENCY("CORE_C3_RESIDENCY", "TSC-rate ticks the core spent in C3 since reset"),
};
static const struct msrkit_field core_c6_residency_fields[] = {
	RESIDENCY("CORE_C6_RESIDENCY", "TSC-rate ticks the core spent in C6 since reset"),
};
static const struct msrkit_field core_c7_residency_fields[] = {
	RESIDENCY("CORE_C7_RESIDENCY", "TSC-rate ticks the core spent in C7 since reset"),
};
static const struct msrkit_field mc0_residency_fields[] = {
	RESIDENCY("MC0_RESIDENCY", "TSC-rate ticks the module spent in C0 since reset"),
};
static const struct msrkit_field mc6_residency_fields[] = {
	RESIDENCY("MC6_RESIDENCY", "TSC-rate ticks the module spent in C6 since reset"),
};
/* Package C8-C10 counters are 60 bits wide. */
static const struct msrkit_field pkg_c8_residency_fields[] = {
	UNIT("PKG_C8_RESIDENCY", 0, 60, MSRKIT_RO, MSRKIT_UNIT_COUNT, "TSC-rate ticks the package spent in C8 since reset"),
};
static const struct msrkit_field pkg_c9_residency_fields[] = {
	UNIT("PKG_C9_RESIDENCY", 0, 60, MSRKIT_RO, MSRKIT_UNIT_COUNT, "TSC-rate ticks the package spent in C9 since reset"),
};
static const struct msrkit_field pkg_c10_residency_fields[] = {
	UNIT("PKG_C10_RESIDENCY", 0, 60, MSRKIT_RO, MSRKIT_UNIT_COUNT, "TSC-rate ticks the package spent in C10 since reset"),
};

static const char *const knl_core_c6_residency_aliases[] = { "MSR_KNL_CORE_C6_RESIDENCY" };
static const char *const silvermont_pkg_c6_residency_aliases[] = { "MSR_ATOM_PKG_C6_RESIDENCY" };
static const char *const core_c1_residency_aliases[] = { "MSR_CORE_C1_RES" };
static const char *const mc6_residency_counter_aliases[] = { "MSR_MODULE_C6_RES_MS" };

/* ---- 0x601 MSR_VR_CURRENT_CONFIG, 0x603 MSR_VR_MISC_CONFIG --------------------------------- */

static const struct msrkit_field vr_current_config_fields[] = {
	UNIT("CURRENT_LIMIT", 0, 13, MSRKIT_RWL, MSRKIT_UNIT_AMPS_EIGHTH,
	     "Maximum instantaneous current of the core voltage regulator"),
	FLAG("LOCK", 31, MSRKIT_RWO, "Locks CURRENT_LIMIT until reset"),
	UNIT("PSI1_THRESHOLD", 32, 10, MSRKIT_RW, MSRKIT_UNIT_NONE,
	     "Current in amperes below which the regulator enters power state 1 (Haswell/Broadwell, coreboot)"),
	UNIT("PSI2_THRESHOLD", 42, 10, MSRKIT_RW, MSRKIT_UNIT_NONE,
	     "Current in amperes below which the regulator enters power state 2 (Haswell/Broadwell, coreboot)"),
	UNIT("PSI3_THRESHOLD", 52, 10, MSRKIT_RW, MSRKIT_UNIT_NONE,
	     "Current in amperes below which the regulator enters power state 3 (Haswell/Broadwell, coreboot)"),
	FLAG("PSI4_ENABLE", 62, MSRKIT_RW, "Allows regulator power state 4 (Haswell/Broadwell ULT, coreboot)"),
};

static const struct msrkit_field vr_misc_config_fields[] = {
	{ .name = "MIN_VID", .lsb = 24, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Lowest voltage ID the processor may request" },
	{ .name = "IOUT_OFFSET", .lsb = 32, .width = 8, .access = MSRKIT_RW, .kind = MSRKIT_KIND_SIGNED,
	  .desc = "Signed offset firmware applies to the regulator's current report (0 = none)" },
	{ .name = "IOUT_SLOPE", .lsb = 40, .width = 10, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Scale applied to the regulator's current report, U1.9 fixed point (0x200 = 1.0)" },
	FLAG("EXIT_RAMP_RATE_FAST", 50, MSRKIT_RW, "C-state exit uses the fast voltage ramp"),
	FLAG("ENTRY_RAMP_RATE_FAST", 51, MSRKIT_RW, "C-state entry uses the fast voltage ramp"),
	FLAG("IDLE_ENTRY_DECAY_ENABLE", 52, MSRKIT_RW, "Regulator decay mode on C-state entry"),
	NUM("SLOW_RAMP_RATE", 53, 2, MSRKIT_RW, "Slow voltage ramp as a fraction of the fast one (0: 1/2 ... 3: 1/16)"),
};

/* ---- RAPL -------------------------------------------------------------------------------------- */

static const struct msrkit_field rapl_power_unit_fields[] = {
	UNIT("POWER_UNITS", 0, 4, MSRKIT_RO, MSRKIT_UNIT_INV_POW2_W, "Step of the power fields: 1/2^n W"),
	UNIT("ENERGY_STATUS_UNITS", 8, 5, MSRKIT_RO, MSRKIT_UNIT_INV_POW2_J, "Step of the energy counters: 1/2^n J"),
	UNIT("TIME_UNITS", 16, 4, MSRKIT_RO, MSRKIT_UNIT_INV_POW2_S, "Step of the time fields: 1/2^n s"),
};

/* Silvermont and Airmont count in powers of two of milliwatts and microjoules. */
static const struct msrkit_field rapl_power_unit_silvermont_fields[] = {
	UNIT("POWER_UNITS", 0, 4, MSRKIT_RO, MSRKIT_UNIT_POW2_MW, "Step of the power fields: 2^n mW"),
	UNIT("ENERGY_STATUS_UNITS", 8, 5, MSRKIT_RO, MSRKIT_UNIT_POW2_UJ, "Step of the energy counters: 2^n microjoules"),
	NUM("TIME_UNITS", 16, 4, MSRKIT_RO, "Time unit; 0 means 1 second"),
};

static const struct msrkit_field pkg_power_limit_fields[] = {
	UNIT("PKG_POWER_LIMIT_1", 0, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER,
	     "Long-term (PL1) average package power limit"),
	FLAG("ENABLE_LIMIT_1", 15, MSRKIT_RWL, "PL1 is enforced"),
	FLAG("PKG_CLAMPING_LIMIT_1", 16, MSRKIT_RWL, "PL1 may take the package below the OS-requested P-state"),
	UNIT("TIME_WINDOW_POWER_LIMIT_1", 17, 7, MSRKIT_RWL, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Averaging window of PL1 (tau)"),
	UNIT("PKG_POWER_LIMIT_2", 32, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER,
	     "Short-term (PL2) average package power limit"),
	FLAG("ENABLE_LIMIT_2", 47, MSRKIT_RWL, "PL2 is enforced"),
	FLAG("PKG_CLAMPING_LIMIT_2", 48, MSRKIT_RWL, "PL2 may take the package below the OS-requested P-state"),
	UNIT("TIME_WINDOW_POWER_LIMIT_2", 49, 7, MSRKIT_RWL, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Averaging window of PL2"),
	FLAG("LOCK", 63, MSRKIT_RWO, "Locks this register until reset"),
};

static const struct msrkit_field pkg_power_limit_silvermont_fields[] = {
	UNIT("PKG_POWER_LIMIT_1", 0, 15, MSRKIT_RW, MSRKIT_UNIT_RAPL_POWER_MW,
	     "Average package power limit (counted in 2^POWER_UNITS mW)"),
	FLAG("ENABLE_LIMIT_1", 15, MSRKIT_RW, "The limit is enforced"),
	FLAG("PKG_CLAMPING_LIMIT_1", 16, MSRKIT_RW, "The limit may take the package below the OS-requested P-state"),
	UNIT("TIME_WINDOW_POWER_LIMIT_1", 17, 7, MSRKIT_RW, MSRKIT_UNIT_SECONDS,
	     "Averaging window; 0 means 1 second"),
};

static const struct msrkit_field energy_status_fields[] = {
	UNIT("TOTAL_ENERGY_CONSUMED", 0, 32, MSRKIT_RO, MSRKIT_UNIT_RAPL_ENERGY,
	     "Energy consumed since reset; wraps around"),
};

static const struct msrkit_field energy_status_silvermont_fields[] = {
	UNIT("TOTAL_ENERGY_CONSUMED", 0, 32, MSRKIT_RO, MSRKIT_UNIT_RAPL_ENERGY_UJ,
	     "Energy consumed since reset (counted in 2^ENERGY_STATUS_UNITS microjoules); wraps around"),
};

/* Xeon since Haswell-E and Xeon Phi count DRAM energy in a fixed unit. */
static const struct msrkit_field dram_energy_status_fixed_fields[] = {
	UNIT("TOTAL_ENERGY_CONSUMED", 0, 32, MSRKIT_RO, MSRKIT_UNIT_JOULES_2_16,
	     "DRAM energy since reset, counted in 15.3 microjoules (2^-16 J); wraps around"),
};

static const struct msrkit_field perf_status_fields[] = {
	UNIT("ACCUMULATED_THROTTLED_TIME", 0, 32, MSRKIT_RO, MSRKIT_UNIT_RAPL_TIME,
	     "Time the domain spent throttled below the requested P-state by its power limits"),
};

static const struct msrkit_field pkg_power_info_fields[] = {
	UNIT("THERMAL_SPEC_POWER", 0, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Thermal design power (TDP) of the package"),
	UNIT("MINIMUM_POWER", 16, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Lowest power limit that can be set"),
	UNIT("MAXIMUM_POWER", 32, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Highest power limit that can be set"),
	UNIT("MAXIMUM_TIME_WINDOW", 48, 7, MSRKIT_RO, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Longest averaging window that can be set"),
};

static const struct msrkit_field dram_power_info_fields[] = {
	UNIT("THERMAL_SPEC_POWER", 0, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Thermal design power of the DRAM domain"),
	UNIT("MINIMUM_POWER", 16, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Lowest DRAM power limit that can be set"),
	UNIT("MAXIMUM_POWER", 32, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Highest DRAM power limit that can be set"),
	UNIT("MAXIMUM_TIME_WINDOW", 48, 7, MSRKIT_RO, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Longest averaging window that can be set"),
	FLAG("LOCK", 63, MSRKIT_RWO, "Locks this register until reset"),
};

/* DRAM, PP0 and PP1 limits share one layout: a single limit with a lock bit. */
static const struct msrkit_field domain_power_limit_fields[] = {
	UNIT("POWER_LIMIT", 0, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER, "Average power limit of the domain"),
	FLAG("ENABLE_LIMIT", 15, MSRKIT_RWL, "The limit is enforced"),
	FLAG("CLAMPING_LIMIT", 16, MSRKIT_RWL,
	     "The limit may go below the OS-requested P-state (PP0/PP1; reserved for DRAM)"),
	UNIT("TIME_WINDOW", 17, 7, MSRKIT_RWL, MSRKIT_UNIT_RAPL_TIME_WINDOW, "Averaging window of the limit"),
	FLAG("LOCK", 31, MSRKIT_RWO, "Locks this register until reset"),
};

/* Client processors: two DRAM limits like the package's, lock in bit 63.
 * The headers split each time window into TIME_WINDOW_Y (5 bits) and
 * TIME_WINDOW_X (2 bits); together they are the usual RAPL window. */
static const char *const ddr_rapl_limit_aliases[] = { "MSR_DDR_RAPL_LIMIT" };

static const struct msrkit_field dram_power_limit_client_fields[] = {
	UNIT("LIMIT1_POWER", 0, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER, "Long-term average DRAM power limit"),
	FLAG("LIMIT1_ENABLE", 15, MSRKIT_RWL, "The long-term DRAM limit is enforced"),
	UNIT("LIMIT1_TIME_WINDOW", 17, 7, MSRKIT_RWL, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Averaging window of the long-term limit (TIME_WINDOW_Y bits 21:17, TIME_WINDOW_X bits 23:22)"),
	UNIT("LIMIT2_POWER", 32, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER, "Short-term average DRAM power limit"),
	FLAG("LIMIT2_ENABLE", 47, MSRKIT_RWL, "The short-term DRAM limit is enforced"),
	UNIT("LIMIT2_TIME_WINDOW", 49, 7, MSRKIT_RWL, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Averaging window of the short-term limit (TIME_WINDOW_Y bits 53:49, TIME_WINDOW_X bits 55:54)"),
	FLAG("LOCKED", 63, MSRKIT_RWO, "Locks this register until reset"),
};

static const struct msrkit_field pp0_power_limit_silvermont_fields[] = {
	UNIT("POWER_LIMIT", 0, 15, MSRKIT_RW, MSRKIT_UNIT_RAPL_POWER_MW,
	     "Average core power limit (counted in 2^POWER_UNITS mW)"),
	FLAG("ENABLE_LIMIT", 15, MSRKIT_RW, "The limit is enforced"),
	UNIT("TIME_WINDOW", 17, 7, MSRKIT_RW, MSRKIT_UNIT_SECONDS, "Averaging window; 0 means 1 second"),
};

static const struct msrkit_field policy_fields[] = {
	NUM("PRIORITY_LEVEL", 0, 5, MSRKIT_RW,
	    "Share of the package power budget for this domain relative to the other (higher gets more)"),
};

static const struct msrkit_field platform_power_limit_fields[] = {
	UNIT("PLATFORM_POWER_LIMIT_1", 0, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER,
	     "Long-term average platform (PSys) power limit"),
	FLAG("ENABLE_PLATFORM_POWER_LIMIT_1", 15, MSRKIT_RWL, "The long-term platform limit is enforced"),
	FLAG("PLATFORM_CLAMPING_LIMITATION_1", 16, MSRKIT_RWL,
	     "The long-term limit may go below the OS-requested P-state"),
	UNIT("TIME_WINDOW_PLATFORM_POWER_LIMIT_1", 17, 7, MSRKIT_RWL, MSRKIT_UNIT_RAPL_TIME_WINDOW,
	     "Averaging window of the long-term platform limit"),
	UNIT("PLATFORM_POWER_LIMIT_2", 32, 15, MSRKIT_RWL, MSRKIT_UNIT_RAPL_POWER,
	     "Short-term average platform power limit"),
	FLAG("ENABLE_PLATFORM_POWER_LIMIT_2", 47, MSRKIT_RWL, "The short-term platform limit is enforced"),
	FLAG("PLATFORM_CLAMPING_LIMITATION_2", 48, MSRKIT_RWL,
	     "The short-term limit may go below the OS-requested P-state"),
	FLAG("LOCK", 63, MSRKIT_RWO, "Locks this register until reset"),
};

/* ---- interrupt response time limits (0x60A-0x60C) ----------------------------------------------- */

static const struct msrkit_value_name irtl_unit_values[] = {
	{ .value = 0, .desc = "1 ns" },
	{ .value = 1, .desc = "32 ns" },
	{ .value = 2, .desc = "1024 ns" },
	{ .value = 3, .desc = "32768 ns" },
	{ .value = 4, .desc = "1048576 ns" },
	{ .value = 5, .desc = "33554432 ns" },
};

static const struct msrkit_field irtl_fields[] = {
	NUM("INTERRUPT_RESPONSE_TIME_LIMIT", 0, 10, MSRKIT_RW,
	    "Exit latency budget for the package C-state, in TIME_UNIT steps"),
	{ .name = "TIME_UNIT", .lsb = 10, .width = 3, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ENUM,
	  VALUES(irtl_unit_values), .desc = "Unit of the response time limit" },
	FLAG("VALID", 15, MSRKIT_RW, "Bits 12:0 are valid for package C-state decisions"),
};

static const char *const pkgc_irtl1_aliases[] = { "MSR_PKGC6_IRTL" };
static const char *const pkgc_irtl2_aliases[] = { "MSR_PKGC7_IRTL" };

/* ---- 0x620 MSR_UNCORE_RATIO_LIMIT, 0x621 MSR_UNCORE_PERF_STATUS ------------------------------ */

static const char *const uncore_ratio_limit_aliases[] = { "MSR_RING_RATIO_LIMIT" };

static const struct msrkit_field uncore_ratio_limit_fields[] = {
	UNIT("MAX_RATIO", 0, 7, MSRKIT_RW, MSRKIT_UNIT_MHZ_100, "Highest ratio of the uncore (LLC/ring/mesh)"),
	UNIT("MIN_RATIO", 8, 7, MSRKIT_RW, MSRKIT_UNIT_MHZ_100, "Lowest ratio of the uncore (LLC/ring/mesh)"),
};

static const struct msrkit_field uncore_perf_status_fields[] = {
	UNIT("CURRENT_RATIO", 0, 7, MSRKIT_RO, MSRKIT_UNIT_MHZ_100, "Ratio the uncore (LLC/ring/mesh) runs at now"),
};

/* ---- configurable TDP (0x648-0x64C) ----------------------------------------------------------- */

static const char *const config_tdp_level1_aliases[] = { "MSR_CONFIG_TDP_LEVEL_1" };
static const char *const config_tdp_level2_aliases[] = { "MSR_CONFIG_TDP_LEVEL_2" };

static const struct msrkit_field config_tdp_nominal_fields[] = {
	RATIO100("CONFIG_TDP_BASE", 0, MSRKIT_RO, "Base (nominal) TDP level ratio"),
};
static const struct msrkit_field config_tdp_level1_fields[] = {
	UNIT("PKG_TDP_LVL1", 0, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Package TDP at configurable TDP level 1"),
	RATIO100("CONFIG_TDP_LVL1_RATIO", 16, MSRKIT_RO, "Non-turbo ratio at level 1"),
	UNIT("PKG_MAX_PWR_LVL1", 32, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Highest power limit allowed at level 1"),
	UNIT("PKG_MIN_PWR_LVL1", 47, 16, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER,
	     "Lowest power limit allowed at level 1 (bits 62:48 on Ivy Bridge)"),
};
static const struct msrkit_field config_tdp_level2_fields[] = {
	UNIT("PKG_TDP_LVL2", 0, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Package TDP at configurable TDP level 2"),
	RATIO100("CONFIG_TDP_LVL2_RATIO", 16, MSRKIT_RO, "Non-turbo ratio at level 2"),
	UNIT("PKG_MAX_PWR_LVL2", 32, 15, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER, "Highest power limit allowed at level 2"),
	UNIT("PKG_MIN_PWR_LVL2", 47, 16, MSRKIT_RO, MSRKIT_UNIT_RAPL_POWER,
	     "Lowest power limit allowed at level 2 (bits 62:48 on Ivy Bridge)"),
};

static const struct msrkit_value_name tdp_level_values[] = {
	{ .value = 0, .desc = "nominal TDP level" },
	{ .value = 1, .desc = "configurable TDP level 1" },
	{ .value = 2, .desc = "configurable TDP level 2" },
	{ .value = 3, .desc = "reserved" },
};

static const struct msrkit_field config_tdp_control_fields[] = {
	{ .name = "TDP_LEVEL", .lsb = 0, .width = 2, .access = MSRKIT_RWL, .kind = MSRKIT_KIND_ENUM,
	  VALUES(tdp_level_values), .desc = "Configurable TDP level in use" },
	FLAG("CONFIG_TDP_LOCK", 31, MSRKIT_RWO, "Locks this register until reset"),
};

static const struct msrkit_field turbo_activation_ratio_fields[] = {
	RATIO100("MAX_NON_TURBO_RATIO", 0, MSRKIT_RWL, "Requests above this ratio are treated as turbo requests"),
	FLAG("TURBO_ACTIVATION_RATIO_LOCK", 31, MSRKIT_RWO, "Locks this register until reset"),
};

static const struct msrkit_field pperf_fields[] = {
	UNIT("PRODUCTIVE_PERFORMANCE_COUNT", 0, 64, MSRKIT_RO, MSRKIT_UNIT_COUNT,
	     "Like IA32_APERF, but counts only cycles that scale with frequency (hardware's view of scalability)"),
};

/* ---- perf-limit reasons ------------------------------------------------------------------------ */

/* Skylake and later, in the core (0x64F). */
static const struct msrkit_field core_perf_limit_reasons_fields[] = {
	FLAG("PROCHOT_STATUS", 0, MSRKIT_RO, "Frequency is reduced because PROCHOT# is asserted"),
	FLAG("THERMAL_STATUS", 1, MSRKIT_RO, "Frequency is reduced by a thermal event"),
	FLAG("RESIDENCY_STATE_REGULATION_STATUS", 4, MSRKIT_RO, "Frequency is reduced by residency state regulation"),
	FLAG("RUNNING_AVERAGE_THERMAL_LIMIT_STATUS", 5, MSRKIT_RO,
	     "Frequency is reduced by the running average thermal limit"),
	FLAG("VR_THERM_ALERT_STATUS", 6, MSRKIT_RO, "Frequency is reduced by a voltage regulator thermal alert"),
	FLAG("VR_THERM_DESIGN_CURRENT_STATUS", 7, MSRKIT_RO,
	     "Frequency is reduced by the voltage regulator thermal design current limit"),
	FLAG("OTHER_STATUS", 8, MSRKIT_RO, "Frequency is reduced by electrical or other constraints"),
	FLAG("PKG_PL1_STATUS", 10, MSRKIT_RO, "Frequency is reduced by the package/platform PL1 limit"),
	FLAG("PKG_PL2_STATUS", 11, MSRKIT_RO, "Frequency is reduced by the package/platform PL2/PL3 limit"),
	FLAG("MAX_TURBO_LIMIT_STATUS", 12, MSRKIT_RO, "Frequency is reduced by the multi-core turbo limits"),
	FLAG("TURBO_TRANSITION_ATTENUATION_STATUS", 13, MSRKIT_RO,
	     "Frequency is reduced by turbo transition attenuation"),
	FLAG("PROCHOT_LOG", 16, MSRKIT_RW0C, "PROCHOT status was set since last cleared (write 0 to clear)"),
	FLAG("THERMAL_LOG", 17, MSRKIT_RW0C, "Thermal status was set since last cleared"),
	FLAG("RESIDENCY_STATE_REGULATION_LOG", 20, MSRKIT_RW0C, "Residency state regulation status was set since last cleared"),
	FLAG("RUNNING_AVERAGE_THERMAL_LIMIT_LOG", 21, MSRKIT_RW0C,
	     "Running average thermal limit status was set since last cleared"),
	FLAG("VR_THERM_ALERT_LOG", 22, MSRKIT_RW0C, "VR thermal alert status was set since last cleared"),
	FLAG("VR_THERM_DESIGN_CURRENT_LOG", 23, MSRKIT_RW0C, "VR thermal design current status was set since last cleared"),
	FLAG("OTHER_LOG", 24, MSRKIT_RW0C, "Other status was set since last cleared"),
	FLAG("PKG_PL1_LOG", 26, MSRKIT_RW0C, "PL1 status was set since last cleared"),
	FLAG("PKG_PL2_LOG", 27, MSRKIT_RW0C, "PL2 status was set since last cleared"),
	FLAG("MAX_TURBO_LIMIT_LOG", 28, MSRKIT_RW0C, "Max turbo limit status was set since last cleared"),
	FLAG("TURBO_TRANSITION_ATTENUATION_LOG", 29, MSRKIT_RW0C,
	     "Turbo transition attenuation status was set since last cleared"),
};

/* Haswell, Broadwell and Xeon Phi, in the core (0x690). */
static const struct msrkit_field core_perf_limit_reasons_hsw_fields[] = {
	FLAG("PROCHOT_STATUS", 0, MSRKIT_RO, "Frequency is reduced because PROCHOT# is asserted"),
	FLAG("THERMAL_STATUS", 1, MSRKIT_RO, "Frequency is reduced by a thermal event"),
	FLAG("POWER_BUDGET_MANAGEMENT_STATUS", 2, MSRKIT_RO, "Frequency is reduced by power budget management (Xeon)"),
	FLAG("PLATFORM_CONFIGURATION_SERVICES_STATUS", 3, MSRKIT_RO,
	     "Frequency is reduced by platform configuration services (Xeon)"),
	FLAG("GRAPHICS_DRIVER_STATUS", 4, MSRKIT_RO, "Frequency is reduced by a graphics driver override"),
	FLAG("AUTONOMOUS_UTILIZATION_BASED_FREQUENCY_CONTROL_STATUS", 5, MSRKIT_RO,
	     "Frequency is reduced because utilization is low"),
	FLAG("VR_THERM_ALERT_STATUS", 6, MSRKIT_RO, "Frequency is reduced by a voltage regulator thermal alert"),
	FLAG("ELECTRICAL_DESIGN_POINT_STATUS", 8, MSRKIT_RO, "Frequency is reduced by electrical design point limits"),
	FLAG("CORE_POWER_LIMITING_STATUS", 9, MSRKIT_RO, "Frequency is reduced by the core (PP0) power limit"),
	FLAG("PKG_PL1_STATUS", 10, MSRKIT_RO, "Frequency is reduced by the package PL1 limit (multi-core turbo on Xeon)"),
	FLAG("PKG_PL2_STATUS", 11, MSRKIT_RO, "Frequency is reduced by the package PL2 limit"),
	FLAG("MAX_TURBO_LIMIT_STATUS", 12, MSRKIT_RO, "Frequency is reduced by the multi-core turbo limits"),
	FLAG("TURBO_TRANSITION_ATTENUATION_STATUS", 13, MSRKIT_RO,
	     "Frequency is reduced by turbo transition attenuation (below P1 on Xeon)"),
	FLAG("MAX_N_CORE_TURBO_LIMITING_STATUS", 14, MSRKIT_RO, "Frequency is below the n-core turbo frequency (Xeon)"),
	FLAG("CORE_FREQUENCY_LIMITING_STATUS", 15, MSRKIT_RO, "Frequency is below the OS request (Xeon)"),
	FLAG("PROCHOT_LOG", 16, MSRKIT_RW0C, "PROCHOT status was set since last cleared (write 0 to clear)"),
	FLAG("THERMAL_LOG", 17, MSRKIT_RW0C, "Thermal status was set since last cleared"),
	FLAG("POWER_BUDGET_MANAGEMENT_LOG", 18, MSRKIT_RW0C, "Power budget management status was set since last cleared"),
	FLAG("PLATFORM_CONFIGURATION_SERVICES_LOG", 19, MSRKIT_RW0C,
	     "Platform configuration services status was set since last cleared"),
	FLAG("GRAPHICS_DRIVER_LOG", 20, MSRKIT_RW0C, "Graphics driver status was set since last cleared"),
	FLAG("AUTONOMOUS_UTILIZATION_BASED_FREQUENCY_CONTROL_LOG", 21, MSRKIT_RW0C,
	     "Utilization-based frequency control status was set since last cleared"),
	FLAG("VR_THERM_ALERT_LOG", 22, MSRKIT_RW0C, "VR thermal alert status was set since last cleared"),
	FLAG("ELECTRICAL_DESIGN_POINT_LOG", 24, MSRKIT_RW0C, "Electrical design point status was set since last cleared"),
	FLAG("CORE_POWER_LIMITING_LOG", 25, MSRKIT_RW0C, "Core power limiting status was set since last cleared"),
	FLAG("PKG_PL1_LOG", 26, MSRKIT_RW0C, "PL1 status was set since last cleared"),
	FLAG("PKG_PL2_LOG", 27, MSRKIT_RW0C, "PL2 status was set since last cleared"),
	FLAG("MAX_TURBO_LIMIT_LOG", 28, MSRKIT_RW0C, "Max turbo limit status was set since last cleared"),
	FLAG("TURBO_TRANSITION_ATTENUATION_LOG", 29, MSRKIT_RW0C,
	     "Turbo transition attenuation status was set since last cleared"),
	FLAG("MAX_N_CORE_TURBO_LIMITING_LOG", 30, MSRKIT_RW0C, "n-core turbo limiting status was set since last cleared"),
	FLAG("CORE_FREQUENCY_LIMITING_LOG", 31, MSRKIT_RW0C, "Core frequency limiting status was set since last cleared"),
};

/* Graphics (0x6B0) and ring (0x6B1) domains, Haswell and later. */
static const struct msrkit_field uncore_perf_limit_reasons_fields[] = {
	FLAG("PROCHOT_STATUS", 0, MSRKIT_RO, "Frequency is reduced because PROCHOT# is asserted"),
	FLAG("THERMAL_STATUS", 1, MSRKIT_RO, "Frequency is reduced by a thermal event"),
	FLAG("RUNNING_AVERAGE_THERMAL_LIMIT_STATUS", 5, MSRKIT_RO,
	     "Frequency is reduced by the running average thermal limit"),
	FLAG("VR_THERM_ALERT_STATUS", 6, MSRKIT_RO, "Frequency is reduced by a voltage regulator thermal alert"),
	FLAG("VR_THERM_DESIGN_CURRENT_STATUS", 7, MSRKIT_RO,
	     "Frequency is reduced by the voltage regulator thermal design current limit"),
	FLAG("OTHER_STATUS", 8, MSRKIT_RO, "Frequency is reduced by electrical or other constraints"),
	FLAG("DOMAIN_POWER_LIMITING_STATUS", 9, MSRKIT_RO, "Frequency is reduced by the domain (PP1) power limit"),
	FLAG("PKG_PL1_STATUS", 10, MSRKIT_RO, "Frequency is reduced by the package/platform PL1 limit"),
	FLAG("PKG_PL2_STATUS", 11, MSRKIT_RO, "Frequency is reduced by the package/platform PL2/PL3 limit"),
	FLAG("INEFFICIENT_OPERATION_STATUS", 12, MSRKIT_RO, "The domain runs below its target frequency"),
	FLAG("PROCHOT_LOG", 16, MSRKIT_RW0C, "PROCHOT status was set since last cleared (write 0 to clear)"),
	FLAG("THERMAL_LOG", 17, MSRKIT_RW0C, "Thermal status was set since last cleared"),
	FLAG("RUNNING_AVERAGE_THERMAL_LIMIT_LOG", 21, MSRKIT_RW0C,
	     "Running average thermal limit status was set since last cleared"),
	FLAG("VR_THERM_ALERT_LOG", 22, MSRKIT_RW0C, "VR thermal alert status was set since last cleared"),
	FLAG("VR_THERM_DESIGN_CURRENT_LOG", 23, MSRKIT_RW0C, "VR thermal design current status was set since last cleared"),
	FLAG("OTHER_LOG", 24, MSRKIT_RW0C, "Other status was set since last cleared"),
	FLAG("DOMAIN_POWER_LIMITING_LOG", 25, MSRKIT_RW0C, "Domain power limiting status was set since last cleared"),
	FLAG("PKG_PL1_LOG", 26, MSRKIT_RW0C, "PL1 status was set since last cleared"),
	FLAG("PKG_PL2_LOG", 27, MSRKIT_RW0C, "PL2 status was set since last cleared"),
	FLAG("INEFFICIENT_OPERATION_LOG", 28, MSRKIT_RW0C, "Inefficient operation status was set since last cleared"),
};

static const char *const core_perf_limit_reasons_aliases[] = { "MSR_PERF_LIMIT_REASONS" };
static const char *const graphics_perf_limit_reasons_aliases[] = { "MSR_GFX_PERF_LIMIT_REASONS" };
static const char *const platform_energy_counter_aliases[] = { "MSR_PLATFORM_ENERGY_STATUS" };

/* ---- 0x650 MSR_SECONDARY_TURBO_RATIO_LIMIT ------------------------------------------------------ */

static const struct msrkit_field secondary_turbo_ratio_limit_fields[] = {
	RATIO100("MAX_RATIO_LIMIT_GROUP_0", 0, MSRKIT_RW, "E-core turbo ratio for core group 0"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_1", 8, MSRKIT_RW, "E-core turbo ratio for core group 1"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_2", 16, MSRKIT_RW, "E-core turbo ratio for core group 2"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_3", 24, MSRKIT_RW, "E-core turbo ratio for core group 3"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_4", 32, MSRKIT_RW, "E-core turbo ratio for core group 4"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_5", 40, MSRKIT_RW, "E-core turbo ratio for core group 5"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_6", 48, MSRKIT_RW, "E-core turbo ratio for core group 6"),
	RATIO100("MAX_RATIO_LIMIT_GROUP_7", 56, MSRKIT_RW, "E-core turbo ratio for core group 7"),
};

/* ---- 0x651 MSR_ATOM_TURBO_RATIO_LIMIT_CORES ---------------------------------------------------- */

static const char *const atom_turbo_ratio_limit_cores_aliases[] = { "ADL_MSR_ATOM_TURBO_RATIO_LIMIT_CORES" };

/* Group sizes for MSR_SECONDARY_TURBO_RATIO_LIMIT, in ascending order; a
 * group of 0 is ignored and the last valid group covers every E-core. */
static const struct msrkit_field atom_turbo_ratio_limit_cores_fields[] = {
	UNIT("NUMCORE_0", 0, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 0 turbo ratio"),
	UNIT("NUMCORE_1", 8, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 1 turbo ratio"),
	UNIT("NUMCORE_2", 16, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 2 turbo ratio"),
	UNIT("NUMCORE_3", 24, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 3 turbo ratio"),
	UNIT("NUMCORE_4", 32, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 4 turbo ratio"),
	UNIT("NUMCORE_5", 40, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 5 turbo ratio"),
	UNIT("NUMCORE_6", 48, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 6 turbo ratio"),
	UNIT("NUMCORE_7", 56, 8, MSRKIT_RW, MSRKIT_UNIT_COUNT, "Most active E-cores that get the group 7 turbo ratio"),
};

/* ---- the table ------------------------------------------------------------------------------------ */

#define INTEL .vendors = MSRKIT_VENDOR_INTEL
#define PKG .scope = MSRKIT_SCOPE_PACKAGE
#define CORE .scope = MSRKIT_SCOPE_CORE
#define THREAD .scope = MSRKIT_SCOPE_THREAD

/* One register at 0x{addr} for the models [from, to); the same text for
 * every slice of a register whose models are not contiguous. */
#define RESIDENCY_REG(addr, nm, sc, models, ref_, f, d) \
	{ .address = (addr), .name = (nm), .desc = (d), .access = MSRKIT_RO, sc, INTEL, \
	  MODELS(models), .is_volatile = true, .ref = ref_, FIELDS(f) }

#define CLIENT_RAPL(addr, nm, acc, vol, models, f, d) \
	{ .address = (addr), .name = (nm), .desc = (d), .access = (acc), PKG, INTEL, MODELS(models), \
	  .is_volatile = (vol), .ref = REF_SNB_CLIENT, FIELDS(f) }

static const struct msrkit_reg intel_model_regs[] = {
	{
		.address = 0x34, .name = "MSR_SMI_COUNT", ALIASES(smi_count_aliases),
		.desc = "Count of system management interrupts since reset",
		.access = MSRKIT_RO, THREAD, INTEL, MODELS(slm_nhm_up_models),
		.is_volatile = true, .ref = REF_NHM, FIELDS(smi_count_fields),
	},
	{
		.address = 0x35, .name = "MSR_CORE_THREAD_COUNT",
		.desc = "Number of enabled cores and logical processors in the package",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(nhm_up_models),
		.ref = REF_HSW_EP, FIELDS(core_thread_count_fields),
	},
	{
		.address = 0xCD, .name = "MSR_FSB_FREQ", .desc = "Scalable bus speed of the processor",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(core_models),
		.ref = REF_CORE2, FIELDS(fsb_freq_core2_fields),
	},
	{
		.address = 0xCD, .name = "MSR_FSB_FREQ", .desc = "Scalable bus speed of the processor",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(bonnell_models),
		.ref = REF_ATOM, FIELDS(fsb_freq_atom_fields),
	},
	{
		.address = 0xCD, .name = "MSR_FSB_FREQ", .desc = "Scalable bus speed (reference clock) of the processor",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM, FIELDS(fsb_freq_silvermont_fields),
	},
	{
		.address = 0xCE, .name = "MSR_PLATFORM_INFO", ALIASES(platform_info_aliases),
		.desc = "Platform information: non-turbo, efficiency and minimum ratios, programmable limits",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_HSW, FIELDS(platform_info_fields),
	},
	{
		.address = 0xCE, .name = "MSR_PLATFORM_INFO", ALIASES(platform_info_aliases),
		.desc = "Platform information: non-turbo ratio of the bus clock",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM, FIELDS(platform_info_silvermont_fields),
	},
	{
		.address = 0xCE, .name = "MSR_PLATFORM_INFO", ALIASES(platform_info_aliases),
		.desc = "Platform information: non-turbo and efficiency ratios, programmable turbo limits",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(nehalem_models),
		.ref = REF_NHM, FIELDS(platform_info_nehalem_fields),
	},
	{
		.address = 0xE2, .name = "MSR_PKG_CST_CONFIG_CONTROL", ALIASES(pkg_cst_config_control_aliases),
		.desc = "C-state configuration: package C-state limit, auto-demotion, I/O MWAIT redirection, lock",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(slm_nhm_up_models),
		.ref = REF_NHM, FIELDS(pkg_cst_config_control_fields),
	},
	{
		.address = 0xE4, .name = "MSR_PMG_IO_CAPTURE_BASE",
		.desc = "I/O port range whose reads the processor turns into MWAIT C-state requests",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(slm_nhm_up_models),
		.ref = REF_NHM, FIELDS(pmg_io_capture_base_fields),
	},
	{
		.address = 0x13C, .name = "MSR_FEATURE_CONFIG", .desc = "AES instruction configuration and lock",
		.access = MSRKIT_RWL, CORE, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM, FIELDS(feature_config_fields),
	},
	{
		/* Westmere onwards: the last three Nehalem-group models are Westmere. */
		.address = 0x13C, .name = "MSR_FEATURE_CONFIG", .desc = "AES instruction configuration and lock",
		.access = MSRKIT_RWL, CORE, INTEL, MODELS(wsm_up_models),
		.ref = REF_WSM, FIELDS(feature_config_fields),
	},
	{
		.address = 0x194, .name = "MSR_FLEX_RATIO",
		.desc = "Flexible (overridden) maximum non-turbo ratio, set by firmware before reset",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(flex_ratio_models),
		.ref = REF_COREBOOT_SNB, FIELDS(flex_ratio_fields),
	},
	{
		/* Silvermont is not in the SDM's TM2 tables, but it reads its
		 * lowest P-state here (ratio 4, VID 25h of MSR_ATOM_CORE_RATIOS/
		 * VIDS on the E3800): the TM2 target layout of the earlier cores. */
		.address = 0x19D, .name = "MSR_THERM2_CTL", .desc = "Thermal Monitor 2 control: TM1/TM2 selection and target",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(p4_to_silvermont_models),
		.ref = REF_P4, FIELDS(therm2_ctl_fields),
	},
	{
		.address = 0x19D, .name = "MSR_THERM2_CTL",
		/* Nehalem and later cores still answer at 19DH (every generation
		 * reads 0), but the SDM lists the register only up to Core 2 and Atom. */
		.desc = "Thermal Monitor 2 control (still implemented; no fields published for this processor)",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(nhm_up_models),
		.ref = REF_CORE2,
	},
	{
		.address = 0x1A2, .name = "MSR_TEMPERATURE_TARGET", ALIASES(temperature_target_aliases),
		.desc = "TjMax (TCC activation temperature) and the throttling offset below it",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(slm_nhm_up_models),
		.ref = REF_IVB, FIELDS(temperature_target_fields),
	},
	{
		.address = 0x1AA, .name = "MSR_MISC_PWR_MGMT",
		.desc = "Miscellaneous power management: SpeedStep coordination, EPB visibility, HWP enables",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(nhm_up_models),
		.ref = REF_NHM, FIELDS(misc_pwr_mgmt_fields),
	},
	{
		.address = 0x1AC, .name = "MSR_TURBO_POWER_CURRENT_LIMIT",
		.desc = "Turbo mode power (TDP) and current (TDC) limits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(nehalem_models),
		.ref = REF_NHM, FIELDS(turbo_power_current_limit_fields),
	},
	{
		.address = 0x1AC, .name = "MSR_TURBO_RATIO_LIMIT3",
		.desc = "Semaphore that makes written turbo ratio limits take effect",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(bdw_server_models),
		.ref = REF_BDW_D, FIELDS(turbo_ratio_limit3_fields),
	},
	{
		.address = 0x1AD, .name = "MSR_TURBO_RATIO_LIMIT", .desc = "Maximum turbo ratio for 1 to 8 active cores",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(snb_to_rkl_models),
		.ref = REF_SNB_CLIENT, FIELDS(turbo_ratio_limit_fields),
	},
	{
		.address = 0x1AD, .name = "MSR_TURBO_RATIO_LIMIT", ALIASES(turbo_ratio_limit_aliases),
		.desc = "Maximum turbo ratio for up to 8 core groups sized by MSR_TURBO_RATIO_LIMIT_CORES",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(skx_up_models),
		.ref = REF_SKX, FIELDS(turbo_ratio_limit_groups_fields),
	},
	{
		.address = 0x1AD, .name = "MSR_TURBO_RATIO_LIMIT", .desc = "Maximum turbo ratio for 1 to 8 active cores",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM, FIELDS(turbo_ratio_limit_silvermont_fields),
	},
	{
		.address = 0x1AD, .name = "MSR_TURBO_RATIO_LIMIT", .desc = "Maximum turbo ratio for 1 to 6 active cores",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(nehalem_models),
		.ref = REF_NHM, FIELDS(turbo_ratio_limit_nehalem_fields),
	},
	{
		.address = 0x1AD, .name = "MSR_TURBO_RATIO_LIMIT",
		.desc = "Maximum turbo ratio for groups of active cores (Xeon Phi encoding)",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knights_models),
		.ref = REF_KNL, FIELDS(turbo_ratio_limit_knl_fields),
	},
	{
		.address = 0x1AE, .name = "MSR_TURBO_RATIO_LIMIT_CORES", ALIASES(turbo_ratio_limit_cores_aliases),
		.desc = "Active-core count of each MSR_TURBO_RATIO_LIMIT group",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(skx_up_models),
		.ref = REF_SKX, FIELDS(turbo_ratio_limit_cores_fields),
	},
	{
		.address = 0x1AE, .name = "MSR_TURBO_RATIO_LIMIT1", .desc = "Maximum turbo ratio for 9 to 15 active cores",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(ivb_ep_models),
		.ref = REF_IVB_EP, FIELDS(turbo_ratio_limit1_ivb_fields),
	},
	{
		.address = 0x1AE, .name = "MSR_TURBO_RATIO_LIMIT1", .desc = "Maximum turbo ratio for 9 to 16 active cores",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(xeon_e5_v3_v4_models),
		.ref = REF_HSW_EP, FIELDS(turbo_ratio_limit1_fields),
	},
	{
		.address = 0x1AF, .name = "MSR_TURBO_RATIO_LIMIT2", .desc = "Maximum turbo ratio for 17 and 18 active cores",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(hsw_ep_models),
		.ref = REF_HSW_EP, FIELDS(turbo_ratio_limit2_fields),
	},
	{
		.address = 0x1FC, .name = "MSR_POWER_CTL", ALIASES(power_ctl_aliases),
		.desc = "Power control: C1E, bi-directional PROCHOT#, energy-efficiency optimizations",
		.access = MSRKIT_RW, CORE, INTEL, MODELS(slm_nhm_up_models),
		.ref = REF_NHM, FIELDS(power_ctl_fields),
	},
	RESIDENCY_REG(0x3F8, "MSR_PKG_C3_RESIDENCY", PKG, nhm_up_models, REF_NHM, pkg_c3_residency_fields,
		      "Time the package spent in its C3 state"),
	RESIDENCY_REG(0x3F9, "MSR_PKG_C6_RESIDENCY", PKG, nhm_up_models, REF_NHM, pkg_c6_residency_fields,
		      "Time the package spent in its C6 state"),
	RESIDENCY_REG(0x3FA, "MSR_PKG_C7_RESIDENCY", PKG, nhm_up_models, REF_NHM, pkg_c7_residency_fields,
		      "Time the package spent in its C7 state"),
	{
		.address = 0x3FA, .name = "MSR_PKG_C6_RESIDENCY", ALIASES(silvermont_pkg_c6_residency_aliases),
		.desc = "Time the package spent in its C6 state",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(silvermont_models),
		.is_volatile = true, .ref = REF_SLM, FIELDS(pkg_c6_residency_fields),
	},
	RESIDENCY_REG(0x3FC, "MSR_CORE_C3_RESIDENCY", CORE, nhm_snb_up_models, REF_NHM, core_c3_residency_fields,
		      "Time the core spent in C3"),
	RESIDENCY_REG(0x3FC, "MSR_MC0_RESIDENCY", MSRKIT_SCOPE_MODULE, knights_models, REF_KNL, mc0_residency_fields,
		      "Time the module spent in C0"),
	RESIDENCY_REG(0x3FD, "MSR_CORE_C6_RESIDENCY", CORE, slm_nhm_snb_up_models, REF_NHM, core_c6_residency_fields,
		      "Time the core spent in C6"),
	RESIDENCY_REG(0x3FD, "MSR_MC6_RESIDENCY", MSRKIT_SCOPE_MODULE, knights_models, REF_KNL, mc6_residency_fields,
		      "Time the module spent in C6"),
	RESIDENCY_REG(0x3FE, "MSR_CORE_C7_RESIDENCY", CORE, snb_up_models, REF_SNB, core_c7_residency_fields,
		      "Time the core spent in C7"),
	{
		.address = 0x3FF, .name = "MSR_CORE_C6_RESIDENCY", ALIASES(knl_core_c6_residency_aliases),
		.desc = "Time the core spent in C6", .access = MSRKIT_RO, CORE, INTEL, MODELS(knights_models),
		.is_volatile = true, .ref = REF_KNL, FIELDS(core_c6_residency_fields),
	},
	{
		.address = 0x601, .name = "MSR_VR_CURRENT_CONFIG",
		.desc = "Core voltage regulator current limit and power-state thresholds",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(vr_current_config_models),
		.ref = REF_TGL, FIELDS(vr_current_config_fields),
	},
	{
		.address = 0x603, .name = "MSR_VR_MISC_CONFIG",
		.desc = "Core voltage regulator settings: minimum VID, current report calibration, ramp rates",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(vr_misc_config_models),
		.ref = REF_COREBOOT_BDW, FIELDS(vr_misc_config_fields),
	},
	{
		.address = 0x606, .name = "MSR_RAPL_POWER_UNIT",
		.desc = "Units of the RAPL power, energy and time fields",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_SNB, FIELDS(rapl_power_unit_fields),
	},
	{
		.address = 0x606, .name = "MSR_RAPL_POWER_UNIT",
		.desc = "Units of the RAPL power, energy and time fields (milliwatt/microjoule based)",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM_RAPL, FIELDS(rapl_power_unit_silvermont_fields),
	},
	{
		.address = 0x60A, .name = "MSR_PKGC3_IRTL",
		.desc = "Package C3 interrupt response time limit",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_SNB, FIELDS(irtl_fields),
	},
	{
		.address = 0x60B, .name = "MSR_PKGC_IRTL1", ALIASES(pkgc_irtl1_aliases),
		.desc = "Package C6 (C6/C7 from Haswell) interrupt response time limit",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_HSW, FIELDS(irtl_fields),
	},
	{
		.address = 0x60C, .name = "MSR_PKGC_IRTL2", ALIASES(pkgc_irtl2_aliases),
		.desc = "Package C7 (short C6/C7 from Haswell) interrupt response time limit",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_HSW, FIELDS(irtl_fields),
	},
	RESIDENCY_REG(0x60D, "MSR_PKG_C2_RESIDENCY", PKG, knl_snb_up_models, REF_SNB, pkg_c2_residency_fields,
		      "Time the package spent in its C2 state"),
	{
		.address = 0x610, .name = "MSR_PKG_POWER_LIMIT",
		.desc = "Package RAPL power limits PL1 and PL2 with their time windows",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_SNB, FIELDS(pkg_power_limit_fields),
	},
	{
		.address = 0x610, .name = "MSR_PKG_POWER_LIMIT",
		.desc = "Package RAPL power limit (milliwatt based)",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM_RAPL, FIELDS(pkg_power_limit_silvermont_fields),
	},
	{
		.address = 0x611, .name = "MSR_PKG_ENERGY_STATUS", .desc = "Energy consumed by the package",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.is_volatile = true, .ref = REF_SNB, FIELDS(energy_status_fields),
	},
	{
		.address = 0x611, .name = "MSR_PKG_ENERGY_STATUS", .desc = "Energy consumed by the package",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(silvermont_models),
		.is_volatile = true, .ref = REF_SLM_RAPL, FIELDS(energy_status_silvermont_fields),
	},
	{
		.address = 0x613, .name = "MSR_PKG_PERF_STATUS", .desc = "Time the package was throttled by RAPL",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.is_volatile = true, .ref = REF_SNB_EP, FIELDS(perf_status_fields),
	},
	{
		.address = 0x614, .name = "MSR_PKG_POWER_INFO", .desc = "Package power range and thermal design power",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_SNB, FIELDS(pkg_power_info_fields),
	},
	{
		.address = 0x618, .name = "MSR_DRAM_POWER_LIMIT", .desc = "DRAM RAPL power limit",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(dram_power_limit_models),
		.ref = REF_SNB_EP, FIELDS(domain_power_limit_fields),
	},
	{
		.address = 0x618, .name = "MSR_DRAM_POWER_LIMIT", ALIASES(ddr_rapl_limit_aliases),
		.desc = "DRAM RAPL power limits: long-term and short-term limit with their time windows",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(dram_power_limit_client_models),
		.ref = REF_SBL_DDR_RAPL, FIELDS(dram_power_limit_client_fields),
	},
	{
		.address = 0x619, .name = "MSR_DRAM_ENERGY_STATUS", .desc = "Energy consumed by the DRAM domain",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(client_snb_goldmont_models),
		.is_volatile = true, .ref = REF_SNB_EP, FIELDS(energy_status_fields),
	},
	{
		.address = 0x619, .name = "MSR_DRAM_ENERGY_STATUS", .desc = "Energy consumed by the DRAM domain",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(dram_fixed_unit_models),
		.is_volatile = true, .ref = REF_SNB_EP, FIELDS(dram_energy_status_fixed_fields),
	},
	{
		.address = 0x61B, .name = "MSR_DRAM_PERF_STATUS", .desc = "Time the DRAM domain was throttled by RAPL",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.is_volatile = true, .ref = REF_SNB_EP, FIELDS(perf_status_fields),
	},
	{
		/* Servers only: Xeon Phi, Xeon E5 v1/v2, E5 v3/v4, Xeon Scalable, Atom servers. */
		.address = 0x61C, .name = "MSR_DRAM_POWER_INFO", .desc = "DRAM domain power range and TDP",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(dram_power_info_models),
		.ref = REF_SNB_EP, FIELDS(dram_power_info_fields),
	},
	{
		.address = 0x620, .name = "MSR_UNCORE_RATIO_LIMIT", ALIASES(uncore_ratio_limit_aliases),
		.desc = "Minimum and maximum uncore (LLC/ring/mesh) ratio",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(hsw_up_models),
		.ref = REF_HSW_EP, FIELDS(uncore_ratio_limit_fields),
	},
	{
		.address = 0x621, .name = "MSR_UNCORE_PERF_STATUS", .desc = "Current uncore (LLC/ring/mesh) ratio",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(hsw_up_models),
		.is_volatile = true, .ref = REF_LINUX_UNCORE, FIELDS(uncore_perf_status_fields),
	},
	RESIDENCY_REG(0x630, "MSR_PKG_C8_RESIDENCY", PKG, client_hsw_goldmont_models, REF_HSW_RES, pkg_c8_residency_fields,
		      "Time the package spent in C8"),
	RESIDENCY_REG(0x631, "MSR_PKG_C9_RESIDENCY", PKG, client_hsw_goldmont_models, REF_HSW_RES, pkg_c9_residency_fields,
		      "Time the package spent in C9"),
	RESIDENCY_REG(0x632, "MSR_PKG_C10_RESIDENCY", PKG, client_hsw_goldmont_models, REF_HSW_RES, pkg_c10_residency_fields,
		      "Time the package spent in C10"),
	{
		.address = 0x638, .name = "MSR_PP0_POWER_LIMIT", .desc = "Core (PP0) RAPL power limit",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knl_snb_up_models),
		.ref = REF_SNB, FIELDS(domain_power_limit_fields),
	},
	{
		.address = 0x638, .name = "MSR_PP0_POWER_LIMIT", .desc = "Core (PP0) RAPL power limit (milliwatt based)",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(silvermont_models),
		.ref = REF_SLM_RAPL, FIELDS(pp0_power_limit_silvermont_fields),
	},
	{
		.address = 0x639, .name = "MSR_PP0_ENERGY_STATUS",
		.desc = "Energy consumed by the cores (PP0); reads 0 on Xeon Scalable",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(knl_snb_up_models),
		.is_volatile = true, .ref = REF_SNB, FIELDS(energy_status_fields),
	},
	{
		.address = 0x639, .name = "MSR_PP0_ENERGY_STATUS", .desc = "Energy consumed by the cores (PP0)",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(silvermont_models),
		.is_volatile = true, .ref = REF_SLM_RAPL, FIELDS(energy_status_silvermont_fields),
	},
	/* PP0 policy and the PP1 (graphics) domain exist on client processors. */
	CLIENT_RAPL(0x63A, "MSR_PP0_POLICY", MSRKIT_RW, false, client_snb_models, policy_fields,
		    "Priority of the cores (PP0) versus graphics (PP1) in sharing package power"),
	{
		.address = 0x63B, .name = "MSR_PP0_PERF_STATUS", .desc = "Time the cores (PP0) were throttled by RAPL",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(pp0_perf_status_models),
		.is_volatile = true, .ref = REF_SNB_EP, FIELDS(perf_status_fields),
	},
	CLIENT_RAPL(0x640, "MSR_PP1_POWER_LIMIT", MSRKIT_RW, false, client_snb_models, domain_power_limit_fields,
		    "Graphics (PP1) RAPL power limit"),
	CLIENT_RAPL(0x641, "MSR_PP1_ENERGY_STATUS", MSRKIT_RO, true, client_snb_goldmont_models, energy_status_fields,
		    "Energy consumed by the graphics (PP1) domain"),
	CLIENT_RAPL(0x642, "MSR_PP1_POLICY", MSRKIT_RW, false, client_snb_models, policy_fields,
		    "Priority of graphics (PP1) versus the cores (PP0) in sharing package power"),
	{
		.address = 0x648, .name = "MSR_CONFIG_TDP_NOMINAL", .desc = "Base (nominal) configurable TDP ratio",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(ivb_client_up_models),
		.ref = REF_IVB, FIELDS(config_tdp_nominal_fields),
	},
	{
		.address = 0x649, .name = "MSR_CONFIG_TDP_LEVEL1", ALIASES(config_tdp_level1_aliases),
		.desc = "Configurable TDP level 1: ratio and power range",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(ivb_client_up_models),
		.ref = REF_HSW, FIELDS(config_tdp_level1_fields),
	},
	{
		.address = 0x64A, .name = "MSR_CONFIG_TDP_LEVEL2", ALIASES(config_tdp_level2_aliases),
		.desc = "Configurable TDP level 2: ratio and power range",
		.access = MSRKIT_RO, PKG, INTEL, MODELS(ivb_client_up_models),
		.ref = REF_HSW, FIELDS(config_tdp_level2_fields),
	},
	{
		.address = 0x64B, .name = "MSR_CONFIG_TDP_CONTROL", .desc = "Selects the configurable TDP level",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(ivb_client_up_models),
		.ref = REF_HSW, FIELDS(config_tdp_control_fields),
	},
	{
		.address = 0x64C, .name = "MSR_TURBO_ACTIVATION_RATIO",
		.desc = "Ratio above which P-state requests count as turbo requests",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(ivb_client_up_models),
		.ref = REF_HSW, FIELDS(turbo_activation_ratio_fields),
	},
	{
		.address = 0x64D, .name = "MSR_PLATFORM_ENERGY_COUNTER", ALIASES(platform_energy_counter_aliases),
		.desc = "Energy consumed by the platform (PSys) domain",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, INTEL, MODELS(skl_up_models),
		.is_volatile = true, .ref = REF_SKL, FIELDS(energy_status_fields),
	},
	{
		.address = 0x64E, .name = "MSR_PPERF", .desc = "Productive performance count (hardware's view of scalability)",
		.access = MSRKIT_RO, THREAD, INTEL, MODELS(skl_up_models),
		.is_volatile = true, .ref = REF_SKL, FIELDS(pperf_fields),
	},
	{
		.address = 0x64F, .name = "MSR_CORE_PERF_LIMIT_REASONS", ALIASES(core_perf_limit_reasons_aliases),
		.desc = "Why the cores run below the requested frequency: status and sticky log bits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(skl_to_hybrid_models),
		.is_volatile = true, .ref = REF_SKL, FIELDS(core_perf_limit_reasons_fields),
	},
	{
		.address = 0x650, .name = "MSR_SECONDARY_TURBO_RATIO_LIMIT",
		.desc = "Maximum turbo ratio of the efficient (E) cores per core group",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(hybrid_models),
		.ref = REF_ADL, FIELDS(secondary_turbo_ratio_limit_fields),
	},
	{
		.address = 0x651, .name = "MSR_ATOM_TURBO_RATIO_LIMIT_CORES", ALIASES(atom_turbo_ratio_limit_cores_aliases),
		.desc = "Active E-core count of each MSR_SECONDARY_TURBO_RATIO_LIMIT group",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(hybrid_models),
		.ref = REF_SBL_ATOM_TRL_CORES, FIELDS(atom_turbo_ratio_limit_cores_fields),
	},
	{
		.address = 0x65C, .name = "MSR_PLATFORM_POWER_LIMIT",
		.desc = "Platform (PSys) RAPL power limits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(skl_up_models),
		.ref = REF_SKL, FIELDS(platform_power_limit_fields),
	},
	{
		.address = 0x660, .name = "MSR_CORE_C1_RESIDENCY", ALIASES(core_c1_residency_aliases),
		.desc = "Time the core spent in C1", .access = MSRKIT_RO, CORE, INTEL, MODELS(hybrid_goldmont_models),
		.is_volatile = true, .ref = REF_GLM, FIELDS(core_c1_residency_fields),
	},
	{
		.address = 0x660, .name = "MSR_CORE_C1_RESIDENCY", ALIASES(core_c1_residency_aliases),
		.desc = "Time the core spent in C1", .access = MSRKIT_RO, CORE, INTEL, MODELS(silvermont_models),
		.is_volatile = true, .ref = REF_SLM, FIELDS(core_c1_residency_fields),
	},
	{
		.address = 0x664, .name = "MSR_MC6_RESIDENCY_COUNTER", ALIASES(mc6_residency_counter_aliases),
		.desc = "Time the E-core module spent in C6", .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_MODULE, INTEL,
		MODELS(hybrid_models), .is_volatile = true, .ref = REF_ADL, FIELDS(mc6_residency_fields),
	},
	{
		.address = 0x664, .name = "MSR_MC6_RESIDENCY_COUNTER", ALIASES(mc6_residency_counter_aliases),
		.desc = "Time the module spent in C6", .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_MODULE, INTEL,
		MODELS(silvermont_models), .is_volatile = true, .ref = REF_SLM, FIELDS(mc6_residency_fields),
	},
	{
		.address = 0x690, .name = "MSR_CORE_PERF_LIMIT_REASONS",
		.desc = "Why the cores run below the requested frequency: status and sticky log bits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(hsw_bdw_models),
		.is_volatile = true, .ref = REF_HSW_CLIENT, FIELDS(core_perf_limit_reasons_hsw_fields),
	},
	{
		.address = 0x690, .name = "MSR_CORE_PERF_LIMIT_REASONS",
		.desc = "Why the cores run below the requested frequency: status and sticky log bits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(knights_models),
		.is_volatile = true, .ref = REF_KNL, FIELDS(core_perf_limit_reasons_hsw_fields),
	},
	{
		.address = 0x6B0, .name = "MSR_GRAPHICS_PERF_LIMIT_REASONS", ALIASES(graphics_perf_limit_reasons_aliases),
		.desc = "Why graphics runs below the requested frequency: status and log bits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(client_hsw_goldmont_models),
		.is_volatile = true, .ref = REF_HSW_CLIENT, FIELDS(uncore_perf_limit_reasons_fields),
	},
	{
		.address = 0x6B1, .name = "MSR_RING_PERF_LIMIT_REASONS",
		.desc = "Why the ring interconnect runs below the requested frequency: status and log bits",
		.access = MSRKIT_RW, PKG, INTEL, MODELS(hsw_up_models),
		.is_volatile = true, .ref = REF_HSW_CLIENT, FIELDS(uncore_perf_limit_reasons_fields),
	},
};

const struct msrkit_reg_table msrkit_table_intel_model = {
	.family = "intel_model",
	.regs = intel_model_regs,
	.count = COUNT(intel_model_regs),
};
