/* SPDX-License-Identifier: MIT */
/*
 * Readiness rules: can a hypervisor run on this CPU, and if not, exactly why?
 * The rules turn a VMX/SVM capability model into findings (each with the
 * evidence, the reason and the remedy) and a verdict. Freestanding.
 */
#ifndef MSRKIT_CHECK_H
#define MSRKIT_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vmx.h"

enum msrkit_profile {
	MSRKIT_PROFILE_MINIMAL = 0, /* VMXON / VMRUN possible */
	MSRKIT_PROFILE_EPT,         /* HyperPlatform-style: EPT + INVEPT + VPID + INVVPID */
	MSRKIT_PROFILE_KVM,         /* Linux KVM (kvm_intel) required controls */
	MSRKIT_PROFILE_KVM_AMD,     /* Linux KVM on AMD (kvm_amd) */
	MSRKIT_PROFILE_NESTED,      /* a hypervisor that runs nested guests well */
	MSRKIT_NPROFILES,
};

/* Profile by name ("minimal", "ept", "kvm", "kvm-amd", "nested"); -1 if unknown. */
int msrkit_profile_from_name(const char *name);
const char *msrkit_profile_name(enum msrkit_profile p);
const char *msrkit_profile_summary(enum msrkit_profile p);

enum msrkit_verdict {
	MSRKIT_READY = 0,
	MSRKIT_NOT_READY = 1,
	MSRKIT_CANNOT_TELL = 2,
};
const char *msrkit_verdict_name(enum msrkit_verdict v); /* "ready", "not ready", "cannot tell" */

enum msrkit_level {
	MSRKIT_PASS = 0,     /* requirement met */
	MSRKIT_FAIL,         /* requirement not met: not ready */
	MSRKIT_UNKNOWN_REQ,  /* requirement could not be evaluated: cannot tell */
	MSRKIT_WARN,         /* works, but worth knowing (e.g. FEATURE_CONTROL unlocked) */
	MSRKIT_INFO,         /* context (running under a hypervisor, SVM enabled now) */
	MSRKIT_OPT_PRESENT,  /* an optional feature the profile would use: present */
	MSRKIT_OPT_ABSENT,   /* ... absent */
	MSRKIT_OPT_UNKNOWN,  /* ... not known: its capability register could not be read */
};
const char *msrkit_level_name(enum msrkit_level l); /* "ok", "FAIL", "unknown", "warning", ... */

struct msrkit_finding {
	enum msrkit_level level;
	const char *id;      /* stable key: "vmx.cpuid", "feature_control", "ctl.procbased.HLT_EXITING" */
	const char *what;    /* the requirement in words */
	const char *reason;  /* why it holds or fails, in words */
	const char *remedy;  /* what to do (NULL when nothing to do) */
	uint32_t msr;        /* evidence register (0: CPUID or none) */
	int bit;             /* evidence bit, or -1 */
	bool has_value;
	uint64_t value;      /* evidence value when has_value */
	int cpu;             /* consistency findings: the CPU index that differs; else -1 */
};

typedef int (*msrkit_finding_fn)(void *arg, const struct msrkit_finding *f);

/*
 * Evaluates profile p on one CPU. vmx and svm are the capability models of
 * that CPU (svm may be NULL on Intel, vmx may be NULL on AMD); vendor is the
 * CPU's MSRKIT_VENDOR_* bit (0 = unknown: decided from CPUID bits). Calls fn
 * for every finding, in order: the requirement checks, then optional
 * features. Returns the verdict.
 */
enum msrkit_verdict msrkit_check(enum msrkit_profile p, uint32_t vendor, const struct msrkit_vmx_caps *vmx,
				 const struct msrkit_svm_caps *svm, msrkit_finding_fn fn, void *arg);

/*
 * Cross-CPU consistency: IA32_FEATURE_CONTROL (and VM_CR) must be the same on
 * every CPU; differing values are a firmware bug. caps[i] are the models of n
 * CPUs (entries may be NULL). Reports one FAIL finding per differing CPU
 * against CPU 0's value, or one PASS. Returns MSRKIT_NOT_READY on a
 * difference, else MSRKIT_READY.
 */
enum msrkit_verdict msrkit_check_consistency(const struct msrkit_vmx_caps *const *vmx,
					     const struct msrkit_svm_caps *const *svm, size_t n,
					     msrkit_finding_fn fn, void *arg);

#endif /* MSRKIT_CHECK_H */
