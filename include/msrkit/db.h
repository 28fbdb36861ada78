/* SPDX-License-Identifier: MIT */
/*
 * msrkit register database: the data model.
 *
 * Tables are data only (designated initializers, {pointer, count} lists, no
 * sentinels), one file per family under src/core/db_*.c. Reserved bits are
 * never listed: whatever no field covers is reserved. Names are verbatim from
 * the Intel SDM / AMD APM; Linux msr-index.h names are aliases.
 *
 * Freestanding: this header needs only <stdint.h>, <stddef.h>, <stdbool.h>.
 */
#ifndef MSRKIT_DB_H
#define MSRKIT_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Vendors, as a bit set so a register can belong to several. */
enum msrkit_vendor {
	MSRKIT_VENDOR_INTEL = 1u << 0,   /* GenuineIntel */
	MSRKIT_VENDOR_AMD = 1u << 1,     /* AuthenticAMD */
	MSRKIT_VENDOR_HYGON = 1u << 2,   /* HygonGenuine */
	MSRKIT_VENDOR_CENTAUR = 1u << 3, /* CentaurHauls and "  Shanghai  " (Zhaoxin) */
	MSRKIT_VENDOR_OTHER = 1u << 4,   /* Transmeta, VIA before Centaur naming, ... */
};
#define MSRKIT_VENDOR_ANY 0u /* in a table: no vendor restriction */

/* How software may access a register or field, in the manuals' terms. */
enum msrkit_access {
	MSRKIT_ACCESS_UNSPECIFIED = 0,
	MSRKIT_RW,    /* read/write */
	MSRKIT_RO,    /* read-only */
	MSRKIT_WO,    /* write-only: reads fault or return 0 */
	MSRKIT_RWO,   /* write once: a lock bit; further writes fault */
	MSRKIT_RWL,   /* read/write until the register's lock bit is set */
	MSRKIT_RW1C,  /* write 1 to clear */
	MSRKIT_RW0C,  /* write 0 to clear */
	MSRKIT_RW1S,  /* write 1 to set */
};

/* Which logical processors share one instance of the register. */
enum msrkit_scope {
	MSRKIT_SCOPE_UNSPECIFIED = 0,
	MSRKIT_SCOPE_THREAD,
	MSRKIT_SCOPE_CORE,
	MSRKIT_SCOPE_MODULE,
	MSRKIT_SCOPE_DIE,
	MSRKIT_SCOPE_PACKAGE,
};

/* How the 64-bit value of a register is laid out. */
enum msrkit_layout {
	MSRKIT_LAYOUT_FIELDS = 0, /* ordinary bit fields */
	/* VMX control capability: bits 31:0 allowed-0 settings (1 = control
	 * must be 1), bits 63:32 allowed-1 settings (0 = control must be 0).
	 * Field lsb/width name the control bit (0-31) in the VMCS field. */
	MSRKIT_LAYOUT_CTLS_2X32,
	/* Allowed-1 settings only, 64 bits (IA32_VMX_VMFUNC,
	 * IA32_VMX_PROCBASED_CTLS3, IA32_VMX_EXIT_CTLS2): 1 = may be 1. */
	MSRKIT_LAYOUT_CTLS_ALLOWED1,
	/* CR0/CR4 FIXED0: a bit set here must be 1 in the control register. */
	MSRKIT_LAYOUT_FIXED0,
	/* CR0/CR4 FIXED1: a bit clear here must be 0 in the control register. */
	MSRKIT_LAYOUT_FIXED1,
};

/* How a field's raw value is shown to a person. */
enum msrkit_field_kind {
	MSRKIT_KIND_NUMBER = 0, /* unsigned decimal, with .unit/.scale if set */
	MSRKIT_KIND_FLAG,       /* one bit: meaning from .values or yes/no */
	MSRKIT_KIND_ENUM,       /* meaning from .values; others "undefined" */
	MSRKIT_KIND_HEX,        /* identifiers, masks: hexadecimal */
	MSRKIT_KIND_ADDRESS,    /* raw << lsb is an address (page-aligned bases) */
	MSRKIT_KIND_SIGNED,     /* two's complement of .width bits */
};

/* Units for MSRKIT_KIND_NUMBER fields; the shown value is raw * scale. */
enum msrkit_unit {
	MSRKIT_UNIT_NONE = 0,
	MSRKIT_UNIT_BYTES,
	MSRKIT_UNIT_BITS,
	MSRKIT_UNIT_CELSIUS,   /* absolute temperature */
	MSRKIT_UNIT_RATIO,     /* multiplier of the bus/reference clock */
	MSRKIT_UNIT_MHZ,
	MSRKIT_UNIT_TSC_SHIFT, /* "TSC frequency / 2^raw" style exponents */
	MSRKIT_UNIT_COUNT,     /* a count of things (entries, banks, ...) */
	/* Units that need another register of the same CPU (read through
	 * msrkit_cpu.rdmsr); without it the raw value is shown. */
	MSRKIT_UNIT_TJMAX_DELTA,  /* degrees below TjMax: shown as TjMax - raw degC (TjMax from MSR 0x1A2[23:16]) */
	MSRKIT_UNIT_RAPL_POWER,   /* raw * 1/2^POWER_UNITS W (Intel 0x606[3:0], AMD 0xC0010299[3:0]) */
	MSRKIT_UNIT_RAPL_ENERGY,  /* raw * 1/2^ENERGY_STATUS_UNITS J (Intel 0x606[12:8], AMD 0xC0010299[12:8]) */
	MSRKIT_UNIT_RAPL_TIME,    /* raw * 1/2^TIME_UNITS s (Intel 0x606[19:16], AMD 0xC0010299[19:16]) */
	MSRKIT_UNIT_RAPL_TIME_WINDOW, /* Intel time window: 2^Y * (1 + Z/4) * time unit, Y = bits 4:0, Z = bits 6:5 of the field */
	MSRKIT_UNIT_WATTS_EIGHTH, /* raw / 8 W (e.g. PLATFORM_INFO-style 1/8 W fields) */
	MSRKIT_UNIT_MHZ_100,      /* ratio * 100 MHz (Intel bus clock since Sandy Bridge), shown as "ratio N (N00 MHz)" */
	MSRKIT_UNIT_RAPL_POWER_MW,  /* Silvermont/Airmont RAPL: raw * 2^POWER_UNITS mW (0x606[3:0]), shown in W */
	MSRKIT_UNIT_RAPL_ENERGY_UJ, /* Silvermont/Airmont RAPL: raw * 2^ENERGY_STATUS_UNITS uJ (0x606[12:8]), shown in J */
	MSRKIT_UNIT_SECONDS,
	MSRKIT_UNIT_AMPS_EIGHTH,    /* raw / 8 A */
	MSRKIT_UNIT_VOLTS_8192,     /* raw / 8192 V (2^-13 V, Intel core voltage fields) */
	MSRKIT_UNIT_JOULES_2_16,    /* raw / 65536 J (15.3 uJ: the fixed DRAM energy unit of Intel servers) */
	MSRKIT_UNIT_SHARE_255,      /* raw / 255 of a whole, shown as a percentage */
	/* AMD core frequency IDs, turned into the frequency with the divisor
	 * field of the same register: */
	MSRKIT_UNIT_AMD_COF_DFS,    /* families 17h/19h: raw (CpuFid) x 200 MHz / CpuDfsId, CpuDfsId = bits 13:8 */
	MSRKIT_UNIT_AMD_COF_DID,    /* families 10h/15h/16h: 100 MHz x (raw (CpuFid) + 10h) / 2^CpuDid, CpuDid = bits 8:6 */
	/* The unit fields of the RAPL unit registers themselves: */
	MSRKIT_UNIT_INV_POW2_W,     /* 1/2^raw W */
	MSRKIT_UNIT_INV_POW2_J,     /* 1/2^raw J */
	MSRKIT_UNIT_INV_POW2_S,     /* 1/2^raw s */
	MSRKIT_UNIT_POW2_MW,        /* 2^raw mW (Silvermont/Airmont) */
	MSRKIT_UNIT_POW2_UJ,        /* 2^raw uJ (Silvermont/Airmont) */
};

/* Field flags. */
#define MSRKIT_FIELD_MAXPHYADDR (1u << 0) /* msb is MAXPHYADDR-1 on the CPU; width is the architectural maximum */
#define MSRKIT_FIELD_PLUS_ONE   (1u << 1) /* the encoded value is (count - 1): shown as raw + 1 */

/* One named value of a field. */
struct msrkit_value_name {
	uint64_t value;
	const char *name; /* short identifier, e.g. "WB" */
	const char *desc; /* what it means, e.g. "write-back" */
};

struct msrkit_field {
	const char *name;  /* verbatim from the manual */
	uint8_t lsb;
	uint8_t width;
	enum msrkit_access access;
	enum msrkit_field_kind kind;
	enum msrkit_unit unit;
	uint32_t scale;    /* multiplier for .unit; 0 means 1 */
	uint32_t flags;    /* MSRKIT_FIELD_* */
	const char *desc;  /* one line: what the field controls or reports */
	const struct msrkit_value_name *values;
	size_t nvalues;
};

/* A condition on CPUID: (leaf[subleaf].reg >> lsb) & mask(width) >= min. */
enum msrkit_cpuid_reg { MSRKIT_EAX, MSRKIT_EBX, MSRKIT_ECX, MSRKIT_EDX };

enum msrkit_cond_kind {
	MSRKIT_COND_CPUID = 0, /* CPUID leaf/subleaf register field >= min */
	MSRKIT_COND_MSR,       /* another MSR's field >= min (e.g. IA32_VMX_PROCBASED_CTLS[63]) */
};

struct msrkit_cond {
	enum msrkit_cond_kind kind;
	uint32_t leaf;     /* CPUID leaf, or the MSR address */
	uint32_t subleaf;  /* CPUID only */
	enum msrkit_cpuid_reg reg; /* CPUID only */
	uint8_t lsb;
	uint8_t width;     /* 0 means 1 */
	uint32_t min;      /* 0 means 1 */
	const char *text;  /* as the manual writes it: "CPUID.01H:ECX[5]" */
};

/* A display family and model (after extended-family/model arithmetic);
 * model MSRKIT_MODEL_ANY stands for every model of the family. */
#define MSRKIT_MODEL_ANY 0xFFFFu
struct msrkit_model {
	uint16_t family;
	uint16_t model;
};

/* Where the manual defines the register. */
struct msrkit_ref {
	const char *doc;     /* "Intel SDM Vol. 4", "AMD APM Vol. 2", "AMD PPR 19h" */
	const char *section; /* "2.1" */
	const char *title;   /* "Architectural MSRs" (table numbers move; titles do not) */
};

struct msrkit_reg {
	uint32_t address;      /* first (or only) address */
	const char *name;      /* manual name; for indexed families it contains "{n}" */
	const char *const *aliases; /* Linux and other names; may contain "{n}" */
	size_t naliases;
	const char *desc;      /* one line */
	enum msrkit_access access;
	enum msrkit_scope scope;
	uint32_t vendors;      /* MSRKIT_VENDOR_* bits; MSRKIT_VENDOR_ANY = all */
	/* Applicability: the register exists if cond is empty, or if all (any,
	 * when cond_any) of cond hold; and models is empty or lists the CPU. */
	const struct msrkit_cond *cond;
	size_t ncond;
	bool cond_any;
	const struct msrkit_model *models;
	size_t nmodels;
	bool is_volatile;      /* changes on its own (counters, temperatures, status) */
	enum msrkit_layout layout;
	/* Indexed families (MC banks, MTRR pairs, x2APIC ISR0-7): count > 1
	 * instances at address + i * stride, named with {n} = index_base + i. */
	uint16_t count;        /* 0 means 1 */
	uint16_t stride;       /* 0 means 1 */
	uint16_t index_base;
	/* CTLS_2X32 only: the reserved controls of the "default1" class (SDM
	 * Vol. 3 Appendix A.2), which the legacy MSR reports as must-be-1 and
	 * the TRUE MSR may allow to be 0. */
	uint32_t default1;
	struct msrkit_ref ref;
	const struct msrkit_field *fields;
	size_t nfields;
};

/* One data file's registers, sorted by address. */
struct msrkit_reg_table {
	const char *family; /* "vmx", "arch", "mtrr_pat", ... */
	const struct msrkit_reg *regs;
	size_t count;
};

#endif /* MSRKIT_DB_H */
