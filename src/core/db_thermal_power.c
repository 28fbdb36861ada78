/* SPDX-License-Identifier: MIT */
/*
 * Architectural thermal and power management MSRs: APERF/MPERF, P-state
 * status and control, clock modulation, core and package thermal status and
 * interrupts, the energy/performance bias, HWP (hardware-controlled
 * P-states), HDC (hardware duty cycling), the hardware feedback interface
 * (Intel Thread Director) and HRESET. Intel SDM Vol. 4 section 2.1; the fields
 * follow Vol. 3B chapter "Power and Thermal Management". The Intel layouts of
 * IA32_PERF_STATUS beyond the architectural one (Core 2, Sandy Bridge
 * onwards) are model variants citing their SDM model tables.
 *
 * Temperatures are read out as degrees below the TCC activation temperature
 * (TjMax); those fields use MSRKIT_UNIT_TJMAX_DELTA so the decoder turns them
 * into degrees Celsius with the CPU's MSR_TEMPERATURE_TARGET.
 */
#include "intel_models.h"
#include "tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT(a)
#define FIELDS(a) .fields = (a), .nfields = COUNT(a)
#define CONDS(a) .cond = (a), .ncond = COUNT(a)
#define VALUES(a) .values = (a), .nvalues = COUNT(a)
#define MODELS(a) .models = (a), .nmodels = COUNT(a)

#define SDM_ARCH { .doc = "Intel SDM Vol. 4", .section = "2.1", .title = "Architectural MSRs" }

#define CPUID_BIT(l, s, r, b, t) \
	{ .kind = MSRKIT_COND_CPUID, .leaf = (l), .subleaf = (s), .reg = (r), .lsb = (b), .text = (t) }

/* One-bit flag and plain number shorthands keep the field lists readable. */
#define FLAG(n, b, a, d) { .name = (n), .lsb = (b), .width = 1, .access = (a), .kind = MSRKIT_KIND_FLAG, .desc = (d) }
#define NUM(n, b, w, a, d) { .name = (n), .lsb = (b), .width = (w), .access = (a), .kind = MSRKIT_KIND_NUMBER, .desc = (d) }

/* ---- Intel model lists of the model variants (generations: intel_models.h) */

static const struct msrkit_model core_microarch_models[] = { CORE_MICROARCH };
static const struct msrkit_model snb_line_models[] = { SNB_LINE };

/* ---- CPUID conditions ---------------------------------------------------- */

static const struct msrkit_cond cond_aperfmperf[] = {
	CPUID_BIT(0x6, 0, MSRKIT_ECX, 0, "CPUID.06H:ECX[0]"),
};
/* Thermal monitor and software clock modulation (ACPI flag). */
static const struct msrkit_cond cond_acpi[] = {
	CPUID_BIT(0x1, 0, MSRKIT_EDX, 22, "CPUID.01H:EDX[22]"),
};
static const struct msrkit_cond cond_epb[] = {
	CPUID_BIT(0x6, 0, MSRKIT_ECX, 3, "CPUID.06H:ECX[3]"),
};
static const struct msrkit_cond cond_ptm[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 6, "CPUID.06H:EAX[6]"),
};
static const struct msrkit_cond cond_hwp[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 7, "CPUID.06H:EAX[7]"),
};
static const struct msrkit_cond cond_hwp_notify[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 8, "CPUID.06H:EAX[8]"),
};
static const struct msrkit_cond cond_hwp_pkg[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 11, "CPUID.06H:EAX[11]"),
};
static const struct msrkit_cond cond_hdc[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 13, "CPUID.06H:EAX[13]"),
};
static const struct msrkit_cond cond_hfi[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 19, "CPUID.06H:EAX[19]"),
};
static const struct msrkit_cond cond_hwp_ctl[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 22, "CPUID.06H:EAX[22]"),
};
static const struct msrkit_cond cond_itd[] = {
	CPUID_BIT(0x6, 0, MSRKIT_EAX, 23, "CPUID.06H:EAX[23]"),
};
static const struct msrkit_cond cond_hreset[] = {
	CPUID_BIT(0x7, 1, MSRKIT_EAX, 22, "CPUID.(EAX=07H,ECX=1):EAX[22]"),
};

/* ---- 0xE7 IA32_MPERF, 0xE8 IA32_APERF ------------------------------------ */

static const char *const mperf_aliases[] = { "MSR_IA32_MPERF" };
static const char *const aperf_aliases[] = { "MSR_IA32_APERF" };

static const struct msrkit_field mperf_fields[] = {
	NUM("C0_MCNT", 0, 64, MSRKIT_RW,
	    "Counts at a fixed rate (the TSC frequency) while this logical processor is in C0"),
};
static const struct msrkit_field aperf_fields[] = {
	NUM("C0_ACNT", 0, 64, MSRKIT_RW,
	    "Counts actual core clocks while in C0; APERF/MPERF over an interval is the average frequency ratio"),
};

/* ---- 0x198 IA32_PERF_STATUS, 0x199 IA32_PERF_CTL ---------------------------- */

static const char *const perf_status_aliases[] = { "MSR_IA32_PERF_STATUS" };
/* The Intel model tables call their layouts MSR_PERF_STATUS. */
static const char *const perf_status_model_aliases[] = { "IA32_PERF_STATUS", "MSR_IA32_PERF_STATUS" };
static const char *const perf_ctl_aliases[] = { "MSR_IA32_PERF_CTL" };

/* Each field is defined once; the architectural definition and the Intel
 * model variants (Core 2, Sandy Bridge onwards) pick theirs by bit order. */
#define PERF_STATUS_STATE { .name = "CURRENT_PERFORMANCE_STATE_VALUE", .lsb = 0, .width = 16, .access = MSRKIT_RO, \
	.kind = MSRKIT_KIND_HEX, \
	.desc = "Current P-state encoding (on Intel processors since Sandy Bridge bits 15:8 are the core ratio)" }
#define PERF_STATUS_XE FLAG("XE_OPERATION", 31, MSRKIT_RO, "XE operation is enabled (clear by default)")
#define PERF_STATUS_MAX_BUS_RATIO { .name = "MAXIMUM_BUS_RATIO", .lsb = 40, .width = 5, .access = MSRKIT_RO, \
	.kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_RATIO, \
	.desc = "The maximum bus ratio configured for the processor" }
#define PERF_STATUS_NON_INTEGER_RATIO FLAG("NON_INTEGER_BUS_RATIO", 46, MSRKIT_RO, \
	"A non-integer bus ratio is enabled (Enhanced Intel Core microarchitecture)")
#define PERF_STATUS_CORE_VOLTAGE { .name = "CORE_VOLTAGE", .lsb = 32, .width = 16, .access = MSRKIT_RO, \
	.kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_VOLTS_8192, \
	.desc = "Core voltage of the current P-state" }

static const struct msrkit_field perf_status_fields[] = { PERF_STATUS_STATE };
static const struct msrkit_field perf_status_core_fields[] = {
	PERF_STATUS_STATE, PERF_STATUS_XE, PERF_STATUS_MAX_BUS_RATIO, PERF_STATUS_NON_INTEGER_RATIO,
};
static const struct msrkit_field perf_status_snb_fields[] = { PERF_STATUS_STATE, PERF_STATUS_CORE_VOLTAGE };
static const struct msrkit_field perf_ctl_fields[] = {
	{ .name = "TARGET_PERFORMANCE_STATE_VALUE", .lsb = 0, .width = 16, .access = MSRKIT_RW,
	  .kind = MSRKIT_KIND_HEX,
	  .desc = "Requested P-state encoding (on Intel processors since Sandy Bridge bits 15:8 are the core ratio)" },
	FLAG("IDA_ENGAGE", 32, MSRKIT_RW,
	     "1 disengages Intel Dynamic Acceleration / turbo for this request (06_0FH mobile and later)"),
};

/* ---- 0x19A IA32_CLOCK_MODULATION ------------------------------------------- */

static const char *const clock_modulation_aliases[] = { "IA32_THERM_CONTROL", "MSR_IA32_THERM_CONTROL" };

static const struct msrkit_value_name duty_cycle_values[] = {
	{ .value = 0, .desc = "reserved (no modulation)" },
	{ .value = 1, .desc = "12.5% duty cycle" },
	{ .value = 2, .desc = "25% duty cycle" },
	{ .value = 3, .desc = "37.5% duty cycle" },
	{ .value = 4, .desc = "50% duty cycle" },
	{ .value = 5, .desc = "62.5% duty cycle" },
	{ .value = 6, .desc = "75% duty cycle" },
	{ .value = 7, .desc = "87.5% duty cycle" },
};

static const struct msrkit_field clock_modulation_fields[] = {
	FLAG("EXTENDED_ON_DEMAND_CLOCK_MODULATION_DUTY_CYCLE", 0, MSRKIT_RW,
	     "Low bit of a 4-bit duty cycle in 6.25% steps with bits 3:1 (if CPUID.06H:EAX[5] = 1)"),
	{ .name = "ON_DEMAND_CLOCK_MODULATION_DUTY_CYCLE", .lsb = 1, .width = 3, .access = MSRKIT_RW,
	  .kind = MSRKIT_KIND_ENUM, VALUES(duty_cycle_values),
	  .desc = "Fraction of time the clock runs while modulation is enabled, in 12.5% steps" },
	FLAG("ON_DEMAND_CLOCK_MODULATION_ENABLE", 4, MSRKIT_RW,
	     "Enables software-controlled clock modulation"),
};

/* ---- 0x19B IA32_THERM_INTERRUPT --------------------------------------------- */

static const char *const therm_interrupt_aliases[] = { "MSR_IA32_THERM_INTERRUPT" };

static const struct msrkit_field therm_interrupt_fields[] = {
	FLAG("HIGH_TEMP_INTERRUPT_ENABLE", 0, MSRKIT_RW,
	     "Interrupt when the core reaches the thermal monitor trip temperature"),
	FLAG("LOW_TEMP_INTERRUPT_ENABLE", 1, MSRKIT_RW,
	     "Interrupt when the core cools back below the trip temperature"),
	FLAG("PROCHOT_INTERRUPT_ENABLE", 2, MSRKIT_RW, "Interrupt when PROCHOT# is asserted externally"),
	FLAG("FORCEPR_INTERRUPT_ENABLE", 3, MSRKIT_RW, "Interrupt when FORCEPR# is asserted externally"),
	FLAG("CRITICAL_TEMP_INTERRUPT_ENABLE", 4, MSRKIT_RW,
	     "Interrupt when the critical temperature (shutdown imminent) is reached"),
	{ .name = "THRESHOLD_1_VALUE", .lsb = 8, .width = 7, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_TJMAX_DELTA,
	  .desc = "Temperature threshold #1, in degrees below TjMax (if CPUID.01H:ECX[8] = 1)" },
	FLAG("THRESHOLD_1_INTERRUPT_ENABLE", 15, MSRKIT_RW, "Interrupt when threshold #1 is crossed"),
	{ .name = "THRESHOLD_2_VALUE", .lsb = 16, .width = 7, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_TJMAX_DELTA,
	  .desc = "Temperature threshold #2, in degrees below TjMax (if CPUID.01H:ECX[8] = 1)" },
	FLAG("THRESHOLD_2_INTERRUPT_ENABLE", 23, MSRKIT_RW, "Interrupt when threshold #2 is crossed"),
	FLAG("POWER_LIMIT_NOTIFICATION_ENABLE", 24, MSRKIT_RW,
	     "Interrupt when the core is throttled by a power limit (if CPUID.06H:EAX[4] = 1)"),
};

/* ---- 0x19C IA32_THERM_STATUS ------------------------------------------------- */

static const char *const therm_status_aliases[] = { "MSR_IA32_THERM_STATUS" };

static const struct msrkit_field therm_status_fields[] = {
	FLAG("THERMAL_STATUS", 0, MSRKIT_RO, "The core is at or above the thermal monitor trip temperature now"),
	FLAG("THERMAL_STATUS_LOG", 1, MSRKIT_RW0C,
	     "Thermal status has been set since last cleared (sticky; write 0 to clear)"),
	FLAG("PROCHOT_FORCEPR_EVENT", 2, MSRKIT_RO, "PROCHOT# or FORCEPR# is being asserted externally now"),
	FLAG("PROCHOT_FORCEPR_LOG", 3, MSRKIT_RW0C, "PROCHOT# or FORCEPR# was asserted since last cleared"),
	FLAG("CRITICAL_TEMPERATURE_STATUS", 4, MSRKIT_RO, "The critical temperature has been reached"),
	FLAG("CRITICAL_TEMPERATURE_STATUS_LOG", 5, MSRKIT_RW0C,
	     "Critical temperature status was set since last cleared"),
	FLAG("THERMAL_THRESHOLD_1_STATUS", 6, MSRKIT_RO,
	     "Temperature is at or above threshold #1 (if CPUID.01H:ECX[8] = 1)"),
	FLAG("THERMAL_THRESHOLD_1_LOG", 7, MSRKIT_RW0C, "Threshold #1 was crossed since last cleared"),
	FLAG("THERMAL_THRESHOLD_2_STATUS", 8, MSRKIT_RO,
	     "Temperature is at or above threshold #2 (if CPUID.01H:ECX[8] = 1)"),
	FLAG("THERMAL_THRESHOLD_2_LOG", 9, MSRKIT_RW0C, "Threshold #2 was crossed since last cleared"),
	FLAG("POWER_LIMITATION_STATUS", 10, MSRKIT_RO,
	     "The core runs below the OS-requested P-state because of a power limit (if CPUID.06H:EAX[4] = 1)"),
	FLAG("POWER_LIMITATION_LOG", 11, MSRKIT_RW0C, "Power limitation status was set since last cleared"),
	FLAG("CURRENT_LIMIT_STATUS", 12, MSRKIT_RO,
	     "Frequency is reduced by an electrical current limit (if CPUID.06H:EAX[7] = 1)"),
	FLAG("CURRENT_LIMIT_LOG", 13, MSRKIT_RW0C, "Current limit status was set since last cleared"),
	FLAG("CROSS_DOMAIN_LIMIT_STATUS", 14, MSRKIT_RO,
	     "Frequency is reduced by a limit in another domain, e.g. graphics (if CPUID.06H:EAX[7] = 1)"),
	FLAG("CROSS_DOMAIN_LIMIT_LOG", 15, MSRKIT_RW0C, "Cross-domain limit status was set since last cleared"),
	{ .name = "DIGITAL_READOUT", .lsb = 16, .width = 7, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_TJMAX_DELTA,
	  .desc = "Core temperature as degrees below TjMax (if CPUID.06H:EAX[0] = 1)" },
	{ .name = "RESOLUTION_IN_DEGREES_CELSIUS", .lsb = 27, .width = 4, .access = MSRKIT_RO,
	  .kind = MSRKIT_KIND_NUMBER, .unit = MSRKIT_UNIT_CELSIUS,
	  .desc = "Tolerance of the digital readout, in degrees Celsius" },
	FLAG("READING_VALID", 31, MSRKIT_RO, "The digital readout holds a valid temperature"),
};

/* ---- 0x1B0 IA32_ENERGY_PERF_BIAS --------------------------------------------- */

static const char *const energy_perf_bias_aliases[] = { "MSR_IA32_ENERGY_PERF_BIAS" };

static const struct msrkit_field energy_perf_bias_fields[] = {
	NUM("POWER_POLICY_PREFERENCE", 0, 4, MSRKIT_RW,
	    "Performance-energy hint: 0 prefers highest performance, 15 maximum energy saving"),
};

/* ---- 0x1B1 IA32_PACKAGE_THERM_STATUS ---------------------------------------- */

static const char *const package_therm_status_aliases[] = { "MSR_IA32_PACKAGE_THERM_STATUS" };

static const struct msrkit_field package_therm_status_fields[] = {
	FLAG("PKG_THERMAL_STATUS", 0, MSRKIT_RO, "The package is at or above the thermal monitor trip temperature now"),
	FLAG("PKG_THERMAL_STATUS_LOG", 1, MSRKIT_RW0C, "Package thermal status was set since last cleared"),
	FLAG("PKG_PROCHOT_EVENT", 2, MSRKIT_RO, "PROCHOT# is being asserted externally now"),
	FLAG("PKG_PROCHOT_LOG", 3, MSRKIT_RW0C, "PROCHOT# was asserted since last cleared"),
	FLAG("PKG_CRITICAL_TEMPERATURE_STATUS", 4, MSRKIT_RO, "The package reached the critical temperature"),
	FLAG("PKG_CRITICAL_TEMPERATURE_STATUS_LOG", 5, MSRKIT_RW0C,
	     "Package critical temperature status was set since last cleared"),
	FLAG("PKG_THERMAL_THRESHOLD_1_STATUS", 6, MSRKIT_RO, "Package temperature is at or above threshold #1"),
	FLAG("PKG_THERMAL_THRESHOLD_1_LOG", 7, MSRKIT_RW0C, "Package threshold #1 was crossed since last cleared"),
	FLAG("PKG_THERMAL_THRESHOLD_2_STATUS", 8, MSRKIT_RO, "Package temperature is at or above threshold #2"),
	FLAG("PKG_THERMAL_THRESHOLD_2_LOG", 9, MSRKIT_RW0C, "Package threshold #2 was crossed since last cleared"),
	FLAG("PKG_POWER_LIMITATION_STATUS", 10, MSRKIT_RO, "The package is throttled by a power limit now"),
	FLAG("PKG_POWER_LIMITATION_LOG", 11, MSRKIT_RW0C, "Package power limitation was set since last cleared"),
	{ .name = "PKG_DIGITAL_READOUT", .lsb = 16, .width = 7, .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_TJMAX_DELTA, .desc = "Package temperature as degrees below TjMax" },
	FLAG("HFI_STRUCTURE_CHANGE_STATUS", 26, MSRKIT_RW0C,
	     "The hardware feedback interface table was updated (if CPUID.06H:EAX[19] = 1)"),
	/* Not in the SDM's layout of this register; Linux reads the package
	 * temperature only when it is set, as for IA32_THERM_STATUS[31]. */
	FLAG("READING_VALID", 31, MSRKIT_RO,
	     "PKG_DIGITAL_READOUT holds a valid temperature (Linux drivers/thermal/intel/intel_tcc.c, "
	     "intel_tcc_get_temp())"),
};

/* ---- 0x1B2 IA32_PACKAGE_THERM_INTERRUPT ------------------------------------- */

static const char *const package_therm_interrupt_aliases[] = { "MSR_IA32_PACKAGE_THERM_INTERRUPT" };

static const struct msrkit_field package_therm_interrupt_fields[] = {
	FLAG("PKG_HIGH_TEMP_INTERRUPT_ENABLE", 0, MSRKIT_RW,
	     "Interrupt when the package reaches the thermal monitor trip temperature"),
	FLAG("PKG_LOW_TEMP_INTERRUPT_ENABLE", 1, MSRKIT_RW, "Interrupt when the package cools below the trip temperature"),
	FLAG("PKG_PROCHOT_INTERRUPT_ENABLE", 2, MSRKIT_RW, "Interrupt when PROCHOT# is asserted externally"),
	FLAG("PKG_OVERHEAT_INTERRUPT_ENABLE", 4, MSRKIT_RW, "Interrupt when the package reaches the critical temperature"),
	{ .name = "PKG_THRESHOLD_1_VALUE", .lsb = 8, .width = 7, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_TJMAX_DELTA, .desc = "Package temperature threshold #1, in degrees below TjMax" },
	FLAG("PKG_THRESHOLD_1_INTERRUPT_ENABLE", 15, MSRKIT_RW, "Interrupt when package threshold #1 is crossed"),
	{ .name = "PKG_THRESHOLD_2_VALUE", .lsb = 16, .width = 7, .access = MSRKIT_RW, .kind = MSRKIT_KIND_NUMBER,
	  .unit = MSRKIT_UNIT_TJMAX_DELTA, .desc = "Package temperature threshold #2, in degrees below TjMax" },
	FLAG("PKG_THRESHOLD_2_INTERRUPT_ENABLE", 23, MSRKIT_RW, "Interrupt when package threshold #2 is crossed"),
	FLAG("PKG_POWER_LIMIT_NOTIFICATION_ENABLE", 24, MSRKIT_RW,
	     "Interrupt when the package is throttled by a power limit"),
	FLAG("HFI_INTERRUPT_ENABLE", 25, MSRKIT_RW,
	     "Interrupt when the hardware feedback interface table changes (if CPUID.06H:EAX[19] = 1)"),
};

/* ---- HWP: 0x770-0x777 --------------------------------------------------------- */

static const char *const pm_enable_aliases[] = { "MSR_PM_ENABLE" };
static const char *const hwp_capabilities_aliases[] = { "MSR_HWP_CAPABILITIES" };
static const char *const hwp_request_pkg_aliases[] = { "MSR_HWP_REQUEST_PKG" };
static const char *const hwp_interrupt_aliases[] = { "MSR_HWP_INTERRUPT" };
static const char *const hwp_request_aliases[] = { "MSR_HWP_REQUEST" };
static const char *const hwp_status_aliases[] = { "MSR_HWP_STATUS" };

static const struct msrkit_field pm_enable_fields[] = {
	FLAG("HWP_ENABLE", 0, MSRKIT_RWO,
	     "Hardware-controlled P-states are on; once set it stays set until reset"),
};

/* Performance levels are on the HWP scale reported by IA32_HWP_CAPABILITIES;
 * on non-hybrid Intel processors they equal core ratios. */
static const struct msrkit_field hwp_capabilities_fields[] = {
	NUM("HIGHEST_PERFORMANCE", 0, 8, MSRKIT_RO, "Highest performance level the core can reach (maximum turbo)"),
	NUM("GUARANTEED_PERFORMANCE", 8, 8, MSRKIT_RO,
	    "Performance level sustainable under current constraints (may change at run time)"),
	NUM("MOST_EFFICIENT_PERFORMANCE", 16, 8, MSRKIT_RO, "Performance level with the best energy efficiency"),
	NUM("LOWEST_PERFORMANCE", 24, 8, MSRKIT_RO, "Lowest performance level available"),
};

static const struct msrkit_field hwp_request_pkg_fields[] = {
	NUM("MINIMUM_PERFORMANCE", 0, 8, MSRKIT_RW, "Lowest performance level the package may run at"),
	NUM("MAXIMUM_PERFORMANCE", 8, 8, MSRKIT_RW, "Highest performance level the package may run at"),
	NUM("DESIRED_PERFORMANCE", 16, 8, MSRKIT_RW, "Explicit performance request; 0 lets hardware choose"),
	NUM("ENERGY_PERFORMANCE_PREFERENCE", 24, 8, MSRKIT_RW,
	    "0 favours performance, 255 energy saving (if CPUID.06H:EAX[10] = 1)"),
	{ .name = "ACTIVITY_WINDOW", .lsb = 32, .width = 10, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Observation window: bits 6:0 mantissa times 10^(bits 9:7) microseconds; 0 lets hardware choose "
		  "(if CPUID.06H:EAX[9] = 1)" },
};

static const struct msrkit_field hwp_interrupt_fields[] = {
	FLAG("EN_GUARANTEED_PERFORMANCE_CHANGE", 0, MSRKIT_RW, "Interrupt when guaranteed performance changes"),
	FLAG("EN_EXCURSION_MINIMUM", 1, MSRKIT_RW, "Interrupt when performance drops below the requested minimum"),
	FLAG("EN_HIGHEST_CHANGE", 2, MSRKIT_RW,
	     "Interrupt when highest performance changes (if CPUID.06H:EAX[15] = 1)"),
	FLAG("EN_PECI_OVERRIDE", 3, MSRKIT_RW,
	     "Interrupt when a PECI override of HWP starts or ends (if CPUID.06H:EAX[16] = 1)"),
};

static const struct msrkit_field hwp_request_fields[] = {
	NUM("MINIMUM_PERFORMANCE", 0, 8, MSRKIT_RW, "Lowest performance level this logical processor may run at"),
	NUM("MAXIMUM_PERFORMANCE", 8, 8, MSRKIT_RW, "Highest performance level this logical processor may run at"),
	NUM("DESIRED_PERFORMANCE", 16, 8, MSRKIT_RW, "Explicit performance request; 0 lets hardware choose"),
	NUM("ENERGY_PERFORMANCE_PREFERENCE", 24, 8, MSRKIT_RW,
	    "0 favours performance, 255 energy saving (if CPUID.06H:EAX[10] = 1)"),
	{ .name = "ACTIVITY_WINDOW", .lsb = 32, .width = 10, .access = MSRKIT_RW, .kind = MSRKIT_KIND_HEX,
	  .desc = "Observation window: bits 6:0 mantissa times 10^(bits 9:7) microseconds; 0 lets hardware choose "
		  "(if CPUID.06H:EAX[9] = 1)" },
	FLAG("PACKAGE_CONTROL", 42, MSRKIT_RW,
	     "Use IA32_HWP_REQUEST_PKG instead of this register (if CPUID.06H:EAX[11] = 1)"),
	FLAG("ACTIVITY_WINDOW_VALID", 59, MSRKIT_RW,
	     "With package control, take ACTIVITY_WINDOW from this register anyway"),
	FLAG("EPP_VALID", 60, MSRKIT_RW,
	     "With package control, take ENERGY_PERFORMANCE_PREFERENCE from this register anyway"),
	FLAG("DESIRED_VALID", 61, MSRKIT_RW, "With package control, take DESIRED_PERFORMANCE from this register anyway"),
	FLAG("MAXIMUM_VALID", 62, MSRKIT_RW, "With package control, take MAXIMUM_PERFORMANCE from this register anyway"),
	FLAG("MINIMUM_VALID", 63, MSRKIT_RW, "With package control, take MINIMUM_PERFORMANCE from this register anyway"),
};

static const struct msrkit_field hwp_ctl_fields[] = {
	FLAG("PKG_CTL_POLARITY", 0, MSRKIT_RW,
	     "1: package-level requests take precedence over thread-level ones that do not set their valid bits"),
};

static const struct msrkit_field hwp_status_fields[] = {
	FLAG("GUARANTEED_PERFORMANCE_CHANGE", 0, MSRKIT_RW0C,
	     "Guaranteed performance changed since last cleared"),
	FLAG("EXCURSION_TO_MINIMUM", 2, MSRKIT_RW0C,
	     "Performance dropped below the requested minimum since last cleared"),
	FLAG("HIGHEST_CHANGE", 3, MSRKIT_RW0C,
	     "Highest performance changed since last cleared (if CPUID.06H:EAX[15] = 1)"),
	FLAG("PECI_OVERRIDE_ENTRY", 4, MSRKIT_RW0C,
	     "A PECI override of HWP began since last cleared (if CPUID.06H:EAX[16] = 1)"),
	FLAG("PECI_OVERRIDE_EXIT", 5, MSRKIT_RW0C,
	     "A PECI override of HWP ended since last cleared (if CPUID.06H:EAX[16] = 1)"),
};

/* ---- HDC: 0xDB0-0xDB2 ---------------------------------------------------------- */

static const struct msrkit_field pkg_hdc_ctl_fields[] = {
	FLAG("HDC_PKG_ENABLE", 0, MSRKIT_RW,
	     "Allows hardware duty cycling to force idle the logical processors of the package"),
};
static const struct msrkit_field pm_ctl1_fields[] = {
	FLAG("HDC_ALLOW_BLOCK", 0, MSRKIT_RW,
	     "1 lets package-level HDC idle this logical processor, 0 blocks it"),
};
static const struct msrkit_field thread_stall_fields[] = {
	NUM("STALL_CYCLE_CNT", 0, 64, MSRKIT_RO,
	    "Cycles this logical processor was forced idle by hardware duty cycling"),
};

/* ---- Hardware feedback interface and Thread Director: 0x17D0-0x17DA ----------- */

static const char *const hw_feedback_ptr_aliases[] = { "MSR_IA32_HW_FEEDBACK_PTR" };
static const char *const hw_feedback_config_aliases[] = { "MSR_IA32_HW_FEEDBACK_CONFIG" };
static const char *const thread_feedback_char_aliases[] = { "MSR_IA32_HW_FEEDBACK_CHAR" };
static const char *const hw_feedback_thread_config_aliases[] = { "MSR_IA32_HW_FEEDBACK_THREAD_CONFIG" };
static const char *const hreset_enable_aliases[] = { "MSR_IA32_HW_HRESET_ENABLE" };

static const struct msrkit_field hw_feedback_ptr_fields[] = {
	FLAG("VALID", 0, MSRKIT_RW, "The address below points to a valid hardware feedback table"),
	{ .name = "ADDR", .lsb = 12, .width = 40, .access = MSRKIT_RW, .kind = MSRKIT_KIND_ADDRESS,
	  .flags = MSRKIT_FIELD_MAXPHYADDR,
	  .desc = "Physical address of the 4-KByte aligned hardware feedback interface table" },
};
static const struct msrkit_field hw_feedback_config_fields[] = {
	FLAG("HFI_ENABLE", 0, MSRKIT_RW, "Enables the hardware feedback interface (the SDM calls this bit Enable)"),
	FLAG("ITD_ENABLE", 1, MSRKIT_RW,
	     "Enables Intel Thread Director classification (if CPUID.06H:EAX[23] = 1)"),
};
static const struct msrkit_field thread_feedback_char_fields[] = {
	NUM("APPLICATION_CLASS_ID", 0, 8, MSRKIT_RO,
	    "Intel Thread Director class of the software running on this logical processor"),
	FLAG("VALID", 63, MSRKIT_RO, "The class ID is valid"),
};
static const struct msrkit_field hw_feedback_thread_config_fields[] = {
	FLAG("ENABLE", 0, MSRKIT_RW, "Enables Intel Thread Director classification on this logical processor"),
};
static const struct msrkit_field hreset_enable_fields[] = {
	FLAG("ENABLE_ITD_HISTORY_RESET", 0, MSRKIT_RW,
	     "HRESET with EAX bit 0 set resets the Intel Thread Director history of this logical processor"),
};

/* ---- the table ------------------------------------------------------------------- */

#define INTEL_CENTAUR (MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR)
/* The ACPI thermal registers exist wherever CPUID.01H:EDX[22] says so;
 * Transmeta Efficeon sets that flag and implements them. */
#define ACPI_VENDORS (MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR | MSRKIT_VENDOR_OTHER)

static const struct msrkit_reg thermal_power_regs[] = {
	{
		.address = 0xE7, .name = "IA32_MPERF", ALIASES(mperf_aliases),
		.desc = "Maximum-performance (TSC-rate) clock count in C0",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(cond_aperfmperf), .is_volatile = true, .ref = SDM_ARCH, FIELDS(mperf_fields),
	},
	{
		.address = 0xE8, .name = "IA32_APERF", ALIASES(aperf_aliases),
		.desc = "Actual-performance clock count in C0",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD,
		.vendors = MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON,
		CONDS(cond_aperfmperf), .is_volatile = true, .ref = SDM_ARCH, FIELDS(aperf_fields),
	},
	{
		.address = 0x198, .name = "IA32_PERF_STATUS", ALIASES(perf_status_aliases),
		.desc = "Current performance state (P-state)",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = INTEL_CENTAUR,
		.is_volatile = true, .ref = SDM_ARCH, FIELDS(perf_status_fields),
	},
	{
		.address = 0x198, .name = "MSR_PERF_STATUS", ALIASES(perf_status_model_aliases),
		.desc = "Current performance state (P-state), XE operation and maximum bus ratio",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(core_microarch_models), .is_volatile = true, .ref = REF_CORE2, FIELDS(perf_status_core_fields),
	},
	{
		.address = 0x198, .name = "MSR_PERF_STATUS", ALIASES(perf_status_model_aliases),
		.desc = "Current performance state (P-state) and core voltage",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		MODELS(snb_line_models), .is_volatile = true, .ref = REF_SNB, FIELDS(perf_status_snb_fields),
	},
	{
		.address = 0x199, .name = "IA32_PERF_CTL", ALIASES(perf_ctl_aliases),
		.desc = "Performance state (P-state) request",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = INTEL_CENTAUR,
		.ref = SDM_ARCH, FIELDS(perf_ctl_fields),
	},
	{
		.address = 0x19A, .name = "IA32_CLOCK_MODULATION", ALIASES(clock_modulation_aliases),
		.desc = "Software-controlled clock modulation (duty cycle throttling)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = ACPI_VENDORS,
		CONDS(cond_acpi), .ref = SDM_ARCH, FIELDS(clock_modulation_fields),
	},
	{
		.address = 0x19B, .name = "IA32_THERM_INTERRUPT", ALIASES(therm_interrupt_aliases),
		.desc = "Core thermal interrupt enables and temperature thresholds",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, .vendors = ACPI_VENDORS,
		CONDS(cond_acpi), .ref = SDM_ARCH, FIELDS(therm_interrupt_fields),
	},
	{
		.address = 0x19C, .name = "IA32_THERM_STATUS", ALIASES(therm_status_aliases),
		.desc = "Core thermal status: temperature readout, throttling and log bits",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, .vendors = ACPI_VENDORS,
		CONDS(cond_acpi), .is_volatile = true, .ref = SDM_ARCH, FIELDS(therm_status_fields),
	},
	{
		.address = 0x1B0, .name = "IA32_ENERGY_PERF_BIAS", ALIASES(energy_perf_bias_aliases),
		.desc = "Energy/performance bias hint for the processor's power management",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_epb), .ref = SDM_ARCH, FIELDS(energy_perf_bias_fields),
	},
	{
		.address = 0x1B1, .name = "IA32_PACKAGE_THERM_STATUS", ALIASES(package_therm_status_aliases),
		.desc = "Package thermal status: temperature readout, throttling and log bits",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_ptm), .is_volatile = true, .ref = SDM_ARCH, FIELDS(package_therm_status_fields),
	},
	{
		.address = 0x1B2, .name = "IA32_PACKAGE_THERM_INTERRUPT", ALIASES(package_therm_interrupt_aliases),
		.desc = "Package thermal interrupt enables and temperature thresholds",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_ptm), .ref = SDM_ARCH, FIELDS(package_therm_interrupt_fields),
	},
	{
		.address = 0x770, .name = "IA32_PM_ENABLE", ALIASES(pm_enable_aliases),
		.desc = "Turns hardware-controlled P-states (HWP) on",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = INTEL_CENTAUR,
		CONDS(cond_hwp), .ref = SDM_ARCH, FIELDS(pm_enable_fields),
	},
	{
		.address = 0x771, .name = "IA32_HWP_CAPABILITIES", ALIASES(hwp_capabilities_aliases),
		.desc = "HWP performance range: highest, guaranteed, most efficient and lowest levels",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = INTEL_CENTAUR,
		/* Guaranteed performance moves with power and thermal limits. */
		CONDS(cond_hwp), .is_volatile = true, .ref = SDM_ARCH, FIELDS(hwp_capabilities_fields),
	},
	{
		.address = 0x772, .name = "IA32_HWP_REQUEST_PKG", ALIASES(hwp_request_pkg_aliases),
		.desc = "HWP performance request for every logical processor of the package",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = INTEL_CENTAUR,
		CONDS(cond_hwp_pkg), .ref = SDM_ARCH, FIELDS(hwp_request_pkg_fields),
	},
	{
		.address = 0x773, .name = "IA32_HWP_INTERRUPT", ALIASES(hwp_interrupt_aliases),
		.desc = "HWP notification interrupt enables",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = INTEL_CENTAUR,
		CONDS(cond_hwp_notify), .ref = SDM_ARCH, FIELDS(hwp_interrupt_fields),
	},
	{
		.address = 0x774, .name = "IA32_HWP_REQUEST", ALIASES(hwp_request_aliases),
		.desc = "HWP performance request of this logical processor",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = INTEL_CENTAUR,
		CONDS(cond_hwp), .ref = SDM_ARCH, FIELDS(hwp_request_fields),
	},
	{
		.address = 0x776, .name = "IA32_HWP_CTL",
		.desc = "HWP control: precedence of package-level over thread-level requests",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hwp_ctl), .ref = SDM_ARCH, FIELDS(hwp_ctl_fields),
	},
	{
		.address = 0x777, .name = "IA32_HWP_STATUS", ALIASES(hwp_status_aliases),
		.desc = "HWP event log: guaranteed/highest performance changes and excursions",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = INTEL_CENTAUR,
		CONDS(cond_hwp), .is_volatile = true, .ref = SDM_ARCH, FIELDS(hwp_status_fields),
	},
	{
		.address = 0xDB0, .name = "IA32_PKG_HDC_CTL",
		.desc = "Package-level enable of hardware duty cycling (HDC)",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hdc), .ref = SDM_ARCH, FIELDS(pkg_hdc_ctl_fields),
	},
	{
		.address = 0xDB1, .name = "IA32_PM_CTL1",
		.desc = "Per-logical-processor participation in hardware duty cycling",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hdc), .ref = SDM_ARCH, FIELDS(pm_ctl1_fields),
	},
	{
		.address = 0xDB2, .name = "IA32_THREAD_STALL",
		.desc = "Cycles this logical processor spent forced idle by hardware duty cycling",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hdc), .is_volatile = true, .ref = SDM_ARCH, FIELDS(thread_stall_fields),
	},
	{
		.address = 0x17D0, .name = "IA32_HW_FEEDBACK_PTR", ALIASES(hw_feedback_ptr_aliases),
		.desc = "Location of the hardware feedback interface (HFI) table",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hfi), .ref = SDM_ARCH, FIELDS(hw_feedback_ptr_fields),
	},
	{
		.address = 0x17D1, .name = "IA32_HW_FEEDBACK_CONFIG", ALIASES(hw_feedback_config_aliases),
		.desc = "Enables the hardware feedback interface and Intel Thread Director",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_PACKAGE, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hfi), .ref = SDM_ARCH, FIELDS(hw_feedback_config_fields),
	},
	{
		.address = 0x17D2, .name = "IA32_THREAD_FEEDBACK_CHAR", ALIASES(thread_feedback_char_aliases),
		.desc = "Intel Thread Director class of the running software",
		.access = MSRKIT_RO, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_itd), .is_volatile = true, .ref = SDM_ARCH, FIELDS(thread_feedback_char_fields),
	},
	{
		.address = 0x17D4, .name = "IA32_HW_FEEDBACK_THREAD_CONFIG", ALIASES(hw_feedback_thread_config_aliases),
		.desc = "Per-logical-processor enable of Intel Thread Director",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_itd), .ref = SDM_ARCH, FIELDS(hw_feedback_thread_config_fields),
	},
	{
		.address = 0x17DA, .name = "IA32_HRESET_ENABLE", ALIASES(hreset_enable_aliases),
		.desc = "Which histories the HRESET instruction may reset",
		.access = MSRKIT_RW, .scope = MSRKIT_SCOPE_THREAD, .vendors = MSRKIT_VENDOR_INTEL,
		CONDS(cond_hreset), .ref = SDM_ARCH, FIELDS(hreset_enable_fields),
	},
};

const struct msrkit_reg_table msrkit_table_thermal_power = {
	.family = "thermal_power",
	.regs = thermal_power_regs,
	.count = COUNT(thermal_power_regs),
};
