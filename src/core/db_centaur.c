/* SPDX-License-Identifier: MIT */
/*
 * Centaur (VIA) and Zhaoxin registers. Neither vendor publishes an MSR
 * reference; what is here is what the Linux kernel's drivers define and use,
 * which is the only public source for these registers: the feature control
 * registers that enable the PadLock units, and the temperature sensors read
 * by the via-cputemp and zhaoxin-cputemp hwmon drivers.
 *
 * Zhaoxin parts report either "CentaurHauls" or "  Shanghai  "; both map to
 * MSRKIT_VENDOR_CENTAUR.
 */
#include "tables.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define ALIASES(a) .aliases = (a), .naliases = COUNT_OF(a)
#define MODELS(m) .models = (m), .nmodels = COUNT_OF(m)
#define FIELDS(f) .fields = (f), .nfields = COUNT_OF(f)

#define FLAG(nm, bit, acc, d) \
	{ .name = (nm), .lsb = (bit), .width = 1, .access = (acc), .kind = MSRKIT_KIND_FLAG, .desc = (d) }
#define CELSIUS(nm, w, d) \
	{ .name = (nm), .lsb = 0, .width = (w), .access = MSRKIT_RO, .kind = MSRKIT_KIND_NUMBER, \
	  .unit = MSRKIT_UNIT_CELSIUS, .desc = (d) }

#define REF(docname, sec, ttl) { .doc = (docname), .section = (sec), .title = (ttl) }
#define LINUX_CENTAUR(ttl) REF("Linux arch/x86/kernel/cpu/centaur.c", "init_c3", ttl)
#define LINUX_ZHAOXIN(ttl) REF("Linux arch/x86/kernel/cpu/zhaoxin.c", "init_zhaoxin_cap", ttl)
#define LINUX_VIA_TEMP(ttl) REF("Linux drivers/hwmon/via-cputemp.c", "via_cputemp_probe", ttl)
#define LINUX_ZX_TEMP(ttl) REF("Linux drivers/hwmon/zhaoxin-cputemp.c", "zhaoxin_cputemp_probe", ttl)

/* VIA C3 and later (family 6) and the Zhaoxin cores that keep the VIA
 * feature control register (family 7). */
static const struct msrkit_model fam_6_7[] = { { 6, MSRKIT_MODEL_ANY }, { 7, MSRKIT_MODEL_ANY } };
static const struct msrkit_model fam_6[] = { { 6, MSRKIT_MODEL_ANY } };
static const struct msrkit_model fam_7[] = { { 7, MSRKIT_MODEL_ANY } };
/* C7-A and C7-D. */
static const struct msrkit_model c7[] = { { 6, 0x0A }, { 6, 0x0D } };
/* Nano, CHA (family 6) and the Zhaoxin family 7 cores. */
static const struct msrkit_model temp_1423[] = { { 6, 0x0F }, { 6, 0x47 }, { 7, MSRKIT_MODEL_ANY } };
/* Zhaoxin cores with critical/maximum temperatures at 1415h/1416h. */
static const struct msrkit_model zx_temp_limits[] = { { 7, 0x3B }, { 7, 0x5B } };
/* Zhaoxin model 6Bh, whose limits moved to 175Ah/175Bh. */
static const struct msrkit_model zx_6b[] = { { 7, 0x6B } };

/* ---- FCR (1107h) ---- */

static const char *const fcr_aliases[] = { "MSR_VIA_FCR" };
static const struct msrkit_field fcr_fields[] = {
	FLAG("ECX8", 1, MSRKIT_RW, "CMPXCHG8B enabled (and reported by CPUID); Linux sets it on the Cyrix III family, models 6-13"),
	FLAG("PGE", 7, MSRKIT_RW, "Global pages (CR4.PGE) enabled; Linux sets it on the Cyrix III family, models 6-13"),
	FLAG("ACE_FCR", 28, MSRKIT_RW, "PadLock Advanced Cryptography Engine enabled (CPUID C000_0001h:EDX[7] then reads 1)"),
};

/* ---- RNG (110Bh) ---- */

static const char *const rng_aliases[] = { "MSR_VIA_RNG" };
static const struct msrkit_field rng_fields[] = {
	FLAG("RNG_ENABLE", 6, MSRKIT_RW, "PadLock random number generator enabled (CPUID C000_0001h:EDX[3] then reads 1)"),
};

/* ---- C7 temperature (1169h) ---- */

static const char *const c7_temp_aliases[] = { "MSR_VIA_C7_TEMPERATURE" };
static const struct msrkit_field temp_fields[] = {
	CELSIUS("Temperature", 24, "Core temperature in degrees Celsius"),
};

/* ---- FCR57 (1257h) ---- */

static const char *const fcr57_aliases[] = { "MSR_ZHAOXIN_FCR57" };
static const struct msrkit_field fcr57_fields[] = {
	FLAG("ACE_FCR", 7, MSRKIT_RW, "PadLock Advanced Cryptography Engine enabled (CPUID C000_0001h:EDX[7] then reads 1)"),
	FLAG("RNG_ENABLE", 8, MSRKIT_RW, "PadLock random number generator enabled (CPUID C000_0001h:EDX[3] then reads 1)"),
};

/* ---- Zhaoxin temperature limits (1415h, 1416h, 175Ah, 175Bh) ---- */

static const struct msrkit_field temp_max_fields[] = {
	CELSIUS("TempMax", 8, "Maximum operating temperature in degrees Celsius"),
};
static const struct msrkit_field temp_crit_fields[] = {
	CELSIUS("TempCrit", 8, "Critical (shutdown) temperature in degrees Celsius"),
};

/* ---- Temperature (1423h) ---- */

static const char *const temp_aliases[] = { "MSR_VIA_TEMPERATURE" };

#define REG(addr, nm, d) .address = (addr), .name = (nm), .desc = (d), .vendors = MSRKIT_VENDOR_CENTAUR

static const struct msrkit_reg centaur_regs[] = {
	{ REG(0x1107, "FCR", "VIA feature control: enables CMPXCHG8B, PGE and the PadLock crypto engine"),
	  ALIASES(fcr_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_6_7),
	  .ref = LINUX_CENTAUR("MSR_VIA_FCR: ACE_FCR and the Cyrix III CX8/PGE enables"), FIELDS(fcr_fields) },
	{ REG(0x110B, "RNG", "VIA PadLock random number generator control"),
	  ALIASES(rng_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_6),
	  .ref = LINUX_CENTAUR("MSR_VIA_RNG: RNG_ENABLE"), FIELDS(rng_fields) },
	{ REG(0x1169, "C7_TEMPERATURE", "VIA C7 core temperature sensor"),
	  ALIASES(c7_temp_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(c7), .is_volatile = true,
	  .ref = LINUX_VIA_TEMP("C7 A/D: msr_temp = 0x1169"), FIELDS(temp_fields) },
	{ REG(0x1257, "FCR57", "Zhaoxin feature control: enables the PadLock crypto engine and random number generator"),
	  ALIASES(fcr57_aliases), .access = MSRKIT_RW, .scope = MSRKIT_SCOPE_CORE, MODELS(fam_7),
	  .ref = LINUX_ZHAOXIN("MSR_ZHAOXIN_FCR57: ACE_FCR and RNG_ENABLE"), FIELDS(fcr57_fields) },
	{ REG(0x1415, "TEMP_MAX", "Zhaoxin maximum operating temperature"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(zx_temp_limits),
	  .ref = LINUX_ZX_TEMP("msr_max = 0x1415"), FIELDS(temp_max_fields) },
	{ REG(0x1416, "TEMP_CRIT", "Zhaoxin critical temperature"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(zx_temp_limits),
	  .ref = LINUX_ZX_TEMP("msr_crit = 0x1416"), FIELDS(temp_crit_fields) },
	{ REG(0x1423, "TEMPERATURE", "Core temperature sensor (VIA Nano, CHA and Zhaoxin cores)"),
	  ALIASES(temp_aliases), .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(temp_1423), .is_volatile = true,
	  .ref = LINUX_VIA_TEMP("Nano, family 7 and (patch \"hwmon: (via-cputemp) Add Via CHA ID\", 2025) CHA: "
				"msr_temp = 0x1423"),
	  FIELDS(temp_fields) },
	{ REG(0x175A, "TEMP_MAX_6B", "Zhaoxin model 6Bh maximum operating temperature"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(zx_6b),
	  .ref = LINUX_ZX_TEMP("model 0x6b: msr_max = 0x175a"), FIELDS(temp_max_fields) },
	{ REG(0x175B, "TEMP_CRIT_6B", "Zhaoxin model 6Bh critical temperature"),
	  .access = MSRKIT_RO, .scope = MSRKIT_SCOPE_CORE, MODELS(zx_6b),
	  .ref = LINUX_ZX_TEMP("model 0x6b: msr_crit = 0x175b"), FIELDS(temp_crit_fields) },
};

const struct msrkit_reg_table msrkit_table_centaur = {
	.family = "centaur",
	.regs = centaur_regs,
	.count = COUNT_OF(centaur_regs),
};
