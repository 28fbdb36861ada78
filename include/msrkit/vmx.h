/* SPDX-License-Identifier: MIT */
/*
 * The VMX and SVM capability model: everything a CPU offers a hypervisor,
 * read through the register-read and CPUID callbacks of struct msrkit_cpu,
 * and the control-adjustment computation every hypervisor needs.
 * Missing registers are reported as missing, never read as 0. Freestanding.
 */
#ifndef MSRKIT_VMX_H
#define MSRKIT_VMX_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

/* VMX capability MSRs. */
#define MSRKIT_MSR_FEATURE_CONTROL 0x3Au
#define MSRKIT_MSR_VMX_BASIC 0x480u
#define MSRKIT_MSR_VMX_PINBASED_CTLS 0x481u
#define MSRKIT_MSR_VMX_PROCBASED_CTLS 0x482u
#define MSRKIT_MSR_VMX_EXIT_CTLS 0x483u
#define MSRKIT_MSR_VMX_ENTRY_CTLS 0x484u
#define MSRKIT_MSR_VMX_MISC 0x485u
#define MSRKIT_MSR_VMX_CR0_FIXED0 0x486u
#define MSRKIT_MSR_VMX_CR0_FIXED1 0x487u
#define MSRKIT_MSR_VMX_CR4_FIXED0 0x488u
#define MSRKIT_MSR_VMX_CR4_FIXED1 0x489u
#define MSRKIT_MSR_VMX_VMCS_ENUM 0x48Au
#define MSRKIT_MSR_VMX_PROCBASED_CTLS2 0x48Bu
#define MSRKIT_MSR_VMX_EPT_VPID_CAP 0x48Cu
#define MSRKIT_MSR_VMX_TRUE_PINBASED_CTLS 0x48Du
#define MSRKIT_MSR_VMX_TRUE_PROCBASED_CTLS 0x48Eu
#define MSRKIT_MSR_VMX_TRUE_EXIT_CTLS 0x48Fu
#define MSRKIT_MSR_VMX_TRUE_ENTRY_CTLS 0x490u
#define MSRKIT_MSR_VMX_VMFUNC 0x491u
#define MSRKIT_MSR_VMX_PROCBASED_CTLS3 0x492u
#define MSRKIT_MSR_VMX_EXIT_CTLS2 0x493u
/* SVM. */
#define MSRKIT_MSR_EFER 0xC0000080u
#define MSRKIT_MSR_VM_CR 0xC0010114u

/* What we know about one register of the model. */
enum msrkit_reg_status {
	MSRKIT_REG_OK = 0,        /* read; value valid */
	MSRKIT_REG_ABSENT,        /* not enumerated for this CPU (e.g. no secondary controls) */
	MSRKIT_REG_FAULTS,        /* enumerated, but the read faulted (#GP / EIO) */
	MSRKIT_REG_UNKNOWN,       /* could not be read: no access, not captured */
};

struct msrkit_reg_value {
	enum msrkit_reg_status status;
	uint32_t address;
	uint64_t value; /* valid when status == MSRKIT_REG_OK */
};

/* The VM-execution, VM-exit and VM-entry control words. */
enum msrkit_vmx_ctl {
	MSRKIT_VMX_PINBASED = 0,
	MSRKIT_VMX_PROCBASED,
	MSRKIT_VMX_PROCBASED2,
	MSRKIT_VMX_PROCBASED3,
	MSRKIT_VMX_EXIT,
	MSRKIT_VMX_EXIT2,
	MSRKIT_VMX_ENTRY,
	MSRKIT_VMX_VMFUNC,
	MSRKIT_VMX_NCTLS,
};

/* The settings a CPU allows for one control word. */
struct msrkit_vmx_ctl_caps {
	struct msrkit_reg_value msr;    /* the capability MSR used: TRUE_* when IA32_VMX_BASIC[55] */
	struct msrkit_reg_value legacy; /* the legacy MSR (same as msr where no TRUE twin exists) */
	uint64_t must1;    /* controls that must be 1 */
	uint64_t may1;     /* controls that may be 1 */
	uint64_t default1; /* must be 1 per the legacy MSR but may be 0 per the TRUE MSR */
	unsigned width;    /* 32 or 64 bits */
};

struct msrkit_vmx_caps {
	enum msrkit_tristate cpuid_vmx;   /* CPUID.01H:ECX[5] */
	enum msrkit_tristate cpuid_smx;   /* CPUID.01H:ECX[6] */
	enum msrkit_tristate hypervisor;  /* CPUID.01H:ECX[31]: running as a guest */
	enum msrkit_tristate long_mode;   /* CPUID.80000001H:EDX[29]: a 64-bit CPU */
	struct msrkit_reg_value feature_control;
	struct msrkit_reg_value basic;
	struct msrkit_vmx_ctl_caps ctl[MSRKIT_VMX_NCTLS];
	struct msrkit_reg_value misc;
	struct msrkit_reg_value cr0_fixed0, cr0_fixed1, cr4_fixed0, cr4_fixed1;
	struct msrkit_reg_value vmcs_enum;
	struct msrkit_reg_value ept_vpid_cap;
};

struct msrkit_svm_caps {
	enum msrkit_tristate cpuid_svm;  /* CPUID.80000001H:ECX[2] */
	enum msrkit_tristate hypervisor; /* CPUID.01H:ECX[31] */
	bool leaf_a;                     /* CPUID 8000000AH captured */
	uint32_t revision;               /* CPUID.8000000AH:EAX[7:0] */
	uint32_t nasid;                  /* CPUID.8000000AH:EBX: number of ASIDs */
	uint32_t features;               /* CPUID.8000000AH:EDX: NP, LBRV, SVML, NRIPS, ... */
	struct msrkit_reg_value vm_cr;   /* SVMDIS bit 4, LOCK bit 3 */
	struct msrkit_reg_value efer;    /* SVME bit 12 */
};

/* Fields of IA32_VMX_BASIC and IA32_FEATURE_CONTROL the rules use. */
#define MSRKIT_VMX_BASIC_REVISION(v) ((uint32_t)((v) & 0x7fffffffu))
#define MSRKIT_VMX_BASIC_VMCS_SIZE(v) ((uint32_t)(((v) >> 32) & 0x1fffu))
#define MSRKIT_VMX_BASIC_ADDR32(v) ((bool)(((v) >> 48) & 1))
#define MSRKIT_VMX_BASIC_MEMTYPE(v) ((uint32_t)(((v) >> 50) & 0xfu))
#define MSRKIT_VMX_BASIC_TRUE_CTLS(v) ((bool)(((v) >> 55) & 1))
#define MSRKIT_FEATURE_CONTROL_LOCK (UINT64_C(1) << 0)
#define MSRKIT_FEATURE_CONTROL_VMX_IN_SMX (UINT64_C(1) << 1)
#define MSRKIT_FEATURE_CONTROL_VMX_OUTSIDE_SMX (UINT64_C(1) << 2)
#define MSRKIT_VM_CR_LOCK (UINT64_C(1) << 3)
#define MSRKIT_VM_CR_SVMDIS (UINT64_C(1) << 4)
#define MSRKIT_EFER_SVME (UINT64_C(1) << 12)

/*
 * Reads the VMX capability model of cpu through cpu->cpuid and cpu->rdmsr.
 * Control words are read from the TRUE MSRs exactly when IA32_VMX_BASIC[55]
 * is set; secondary/tertiary/VMFUNC/secondary-exit words only when the word
 * that enumerates them allows it. Always fills *caps; returns 0.
 */
int msrkit_vmx_caps_read(struct msrkit_vmx_caps *caps, const struct msrkit_cpu *cpu);

/* Reads the SVM capability model (CPUID 8000000AH, VM_CR, EFER). Returns 0. */
int msrkit_svm_caps_read(struct msrkit_svm_caps *caps, const struct msrkit_cpu *cpu);

/* Capability MSR addresses of a control word: the legacy one and its TRUE
 * twin (0 when it has none). */
uint32_t msrkit_vmx_ctl_msr(enum msrkit_vmx_ctl ctl);
uint32_t msrkit_vmx_ctl_true_msr(enum msrkit_vmx_ctl ctl);
/* "pin-based", "primary processor-based", ... */
const char *msrkit_vmx_ctl_name(enum msrkit_vmx_ctl ctl);

/*
 * Control adjustment: the value to write into the VMCS control field for the
 * desired controls: (desired AND may-be-1) OR must-be-1, from the right MSR.
 * *refused gets the desired bits the CPU does not allow; *forced (may be NULL)
 * the bits set although not desired. Returns 0, or -1 when the control word's
 * capability MSR is not available (the word cannot be used at all).
 */
int msrkit_vmx_adjust(const struct msrkit_vmx_caps *caps, enum msrkit_vmx_ctl ctl, uint64_t desired,
		      uint64_t *value, uint64_t *refused, uint64_t *forced);

#endif /* MSRKIT_VMX_H */
