/* SPDX-License-Identifier: MIT */
/* Readiness profiles as data (check_profiles.c), read by check.c. */
#ifndef MSRKIT_CORE_CHECK_PROFILES_H
#define MSRKIT_CORE_CHECK_PROFILES_H

#include <msrkit/check.h>

enum req_kind {
	REQ_CTL,         /* a VMX control that must be allowed to be 1 */
	REQ_EPT_VPID,    /* a bit of IA32_VMX_EPT_VPID_CAP */
	REQ_SVM_FEATURE, /* a bit of CPUID 8000000AH:EDX */
};

struct requirement {
	enum req_kind kind;
	enum msrkit_vmx_ctl ctl; /* REQ_CTL */
	uint8_t bit;
	const char *id;
	const char *what;
};

enum profile_arch { ARCH_ANY, ARCH_VMX, ARCH_SVM };

struct profile {
	const char *name;
	const char *summary;
	enum profile_arch arch;
	const struct requirement *required;
	size_t nrequired;
	const struct requirement *optional;
	size_t noptional;
};

extern const struct profile msrkit_profiles[MSRKIT_NPROFILES];

#endif
