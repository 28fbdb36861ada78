/* SPDX-License-Identifier: MIT */
/* Readiness rules: capability model -> findings with reasons and remedies -> verdict. */
#include <msrkit/check.h>

#include "check_profiles.h"
#include "fmt.h"

int msrkit_profile_from_name(const char *name)
{
	int i;

	for (i = 0; i < MSRKIT_NPROFILES; i++)
		if (msrkit_str_ieq(name, msrkit_profiles[i].name))
			return i;
	return -1;
}

const char *msrkit_profile_name(enum msrkit_profile p)
{
	return p < MSRKIT_NPROFILES ? msrkit_profiles[p].name : "unknown";
}

const char *msrkit_profile_summary(enum msrkit_profile p)
{
	return p < MSRKIT_NPROFILES ? msrkit_profiles[p].summary : "";
}

const char *msrkit_verdict_name(enum msrkit_verdict v)
{
	switch (v) {
	case MSRKIT_READY: return "ready";
	case MSRKIT_NOT_READY: return "not ready";
	default: return "cannot tell";
	}
}

const char *msrkit_level_name(enum msrkit_level l)
{
	switch (l) {
	case MSRKIT_PASS: return "ok";
	case MSRKIT_FAIL: return "FAIL";
	case MSRKIT_UNKNOWN_REQ: return "unknown";
	case MSRKIT_WARN: return "warning";
	case MSRKIT_INFO: return "info";
	case MSRKIT_OPT_PRESENT: return "present";
	case MSRKIT_OPT_UNKNOWN: return "not known";
	default: return "absent";
	}
}

/* Collects the verdict while forwarding findings. */
struct ctx {
	msrkit_finding_fn fn;
	void *arg;
	bool failed, unknown;
};

static void emit(struct ctx *c, enum msrkit_level level, const char *id, const char *what, const char *reason,
		 const char *remedy, uint32_t msr, int bit, const struct msrkit_reg_value *v)
{
	struct msrkit_finding f = {
		.level = level, .id = id, .what = what, .reason = reason, .remedy = remedy,
		.msr = msr, .bit = bit, .has_value = v && v->status == MSRKIT_REG_OK,
		.value = v && v->status == MSRKIT_REG_OK ? v->value : 0, .cpu = -1,
	};

	if (level == MSRKIT_FAIL)
		c->failed = true;
	if (level == MSRKIT_UNKNOWN_REQ)
		c->unknown = true;
	if (c->fn)
		c->fn(c->arg, &f);
}

/* A register the rules need but could not read: "cannot tell", or, when the
 * read faulted, a failure of its own. */
static bool need_reg(struct ctx *c, const struct msrkit_reg_value *v, const char *id, const char *what)
{
	switch (v->status) {
	case MSRKIT_REG_OK:
		return true;
	case MSRKIT_REG_FAULTS:
		emit(c, MSRKIT_FAIL, id, what, "reading the register raised #GP although CPUID enumerates it",
		     "the CPU or the hypervisor below it does not implement the register: check for a firmware or "
		     "hypervisor update", v->address, -1, NULL);
		return false;
	case MSRKIT_REG_ABSENT:
		emit(c, MSRKIT_FAIL, id, what, "the register is not enumerated on this CPU", NULL, v->address, -1, NULL);
		return false;
	default:
		emit(c, MSRKIT_UNKNOWN_REQ, id, what, "the register could not be read (no access, or not in the snapshot)",
		     "run as root with the msr driver loaded (modprobe msr), or use a snapshot that has it",
		     v->address, -1, NULL);
		return false;
	}
}

static void check_vmx_cpuid(struct ctx *c, const struct msrkit_vmx_caps *v)
{
	if (v->hypervisor == MSRKIT_YES)
		emit(c, MSRKIT_INFO, "hypervisor", "running under a hypervisor (CPUID.01H:ECX[31])",
		     "this is a virtual machine: the host decides which VMX features the guest sees (nested virtualization)",
		     NULL, 0, 31, NULL);
	switch (v->cpuid_vmx) {
	case MSRKIT_YES:
		emit(c, MSRKIT_PASS, "vmx.cpuid", "CPUID reports VMX (CPUID.01H:ECX[5])", "VMX is supported", NULL, 0, 5, NULL);
		break;
	case MSRKIT_NO:
		emit(c, MSRKIT_FAIL, "vmx.cpuid", "CPUID reports VMX (CPUID.01H:ECX[5])", "CPUID.01H:ECX.VMX is 0",
		     v->hypervisor == MSRKIT_YES
			     ? "enable nested virtualization on the host (e.g. kvm_intel nested=1, and -cpu host or +vmx "
			       "for this guest)"
			     : "this processor (or its current firmware setting) has no Intel VT-x; some firmware hides "
			       "VMX from CPUID when VT-x is disabled in the setup",
		     0, 5, NULL);
		break;
	default:
		emit(c, MSRKIT_UNKNOWN_REQ, "vmx.cpuid", "CPUID reports VMX (CPUID.01H:ECX[5])",
		     "CPUID leaf 1 is not available", "use a snapshot that includes CPUID", 0, 5, NULL);
		break;
	}
}

static void check_feature_control(struct ctx *c, const struct msrkit_vmx_caps *v)
{
	const struct msrkit_reg_value *fc = &v->feature_control;
	static const char what[] = "IA32_FEATURE_CONTROL allows VMXON outside SMX";

	if (!need_reg(c, fc, "feature_control", what))
		return;
	if (!(fc->value & MSRKIT_FEATURE_CONTROL_LOCK)) {
		emit(c, MSRKIT_WARN, "feature_control", what,
		     "unlocked (bit 0 clear): VMXON faults until something sets the lock with VMX enabled; Linux does this "
		     "at boot when its kernel supports VMX, so a loaded kvm_intel works",
		     "nothing, if the OS locks it; a hypervisor of its own must write IA32_FEATURE_CONTROL = 5 before VMXON",
		     fc->address, 0, fc);
	} else if (!(fc->value & MSRKIT_FEATURE_CONTROL_VMX_OUTSIDE_SMX)) {
		emit(c, MSRKIT_FAIL, "feature_control", what,
		     "disabled in firmware: locked (bit 0) with VMXON outside SMX (bit 2) clear, so VMXON raises #GP "
		     "until the next reset",
		     "enable Intel VT-x (Virtualization Technology) in the BIOS/UEFI setup, then power-cycle",
		     fc->address, 2, fc);
	} else {
		emit(c, MSRKIT_PASS, "feature_control", what, "locked with VMXON outside SMX enabled", NULL,
		     fc->address, 2, fc);
	}
}

static void check_basic(struct ctx *c, const struct msrkit_vmx_caps *v)
{
	const struct msrkit_reg_value *b = &v->basic;

	if (!need_reg(c, b, "vmx_basic", "IA32_VMX_BASIC readable"))
		return;
	if (MSRKIT_VMX_BASIC_MEMTYPE(b->value) == 6)
		emit(c, MSRKIT_PASS, "vmx_basic.memory_type", "VMCS memory type is write-back (IA32_VMX_BASIC[53:50] = 6)",
		     "write-back", NULL, b->address, 50, b);
	else
		emit(c, MSRKIT_FAIL, "vmx_basic.memory_type", "VMCS memory type is write-back (IA32_VMX_BASIC[53:50] = 6)",
		     "the CPU reports another memory type for the VMCS and VMX structures; hypervisors (KVM among them) "
		     "require write-back",
		     "this CPU or the hypervisor below it reports an unsupported VMX memory type: update the host hypervisor",
		     b->address, 50, b);
	if (MSRKIT_VMX_BASIC_VMCS_SIZE(b->value) <= 4096 && MSRKIT_VMX_BASIC_VMCS_SIZE(b->value) > 0)
		emit(c, MSRKIT_PASS, "vmx_basic.vmcs_size", "VMCS region fits in a 4-KByte page",
		     "size from IA32_VMX_BASIC[44:32]", NULL, b->address, 32, b);
	else
		emit(c, MSRKIT_FAIL, "vmx_basic.vmcs_size", "VMCS region fits in a 4-KByte page",
		     "IA32_VMX_BASIC[44:32] reports a VMCS size of 0 or more than 4096 bytes",
		     "hypervisors that give each VMCS one page (KVM among them) cannot use this CPU; under a hypervisor, "
		     "the host reports a wrong value: update the host hypervisor",
		     b->address, 32, b);
	if (MSRKIT_VMX_BASIC_ADDR32(b->value) && v->long_mode != MSRKIT_NO)
		emit(c, MSRKIT_FAIL, "vmx_basic.addr32", "VMX structures may live above 4 GByte",
		     "IA32_VMX_BASIC[48] limits VMXON, VMCS and bitmap addresses to 32 bits on a 64-bit CPU",
		     "no 64-bit hypervisor can use this CPU's VMX", b->address, 48, b);
	else
		emit(c, MSRKIT_PASS, "vmx_basic.addr32", "VMX structures may live above 4 GByte",
		     "IA32_VMX_BASIC[48] is clear", NULL, b->address, 48, b);
}

/* May the requirement's bit be set? Sets *reg to the evidence register. */
static enum msrkit_tristate req_holds(const struct requirement *r, const struct msrkit_vmx_caps *v,
				      const struct msrkit_svm_caps *s, const struct msrkit_reg_value **reg)
{
	const struct msrkit_reg_value *rv;
	uint64_t bits;

	*reg = NULL;
	switch (r->kind) {
	case REQ_CTL:
		rv = &v->ctl[r->ctl].msr;
		bits = v->ctl[r->ctl].may1;
		break;
	case REQ_EPT_VPID:
		rv = &v->ept_vpid_cap;
		bits = rv->value;
		break;
	default:
		if (!s || !s->leaf_a)
			return s && s->cpuid_svm == MSRKIT_NO ? MSRKIT_NO : MSRKIT_UNKNOWN;
		return (s->features >> r->bit) & 1 ? MSRKIT_YES : MSRKIT_NO;
	}
	*reg = rv;
	switch (rv->status) {
	case MSRKIT_REG_OK:
		return (bits >> r->bit) & 1 ? MSRKIT_YES : MSRKIT_NO;
	case MSRKIT_REG_UNKNOWN:
		return MSRKIT_UNKNOWN;
	default:
		return MSRKIT_NO; /* not enumerated or faults: the feature is absent */
	}
}

static void check_requirements(struct ctx *c, const struct requirement *reqs, size_t n, bool required,
			       const struct msrkit_vmx_caps *v, const struct msrkit_svm_caps *s)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const struct msrkit_reg_value *rv;
		enum msrkit_tristate t = req_holds(&reqs[i], v, s, &rv);
		uint32_t msr = rv ? rv->address : 0;
		enum msrkit_level level;
		const char *reason, *remedy;

		if (t == MSRKIT_YES) {
			level = required ? MSRKIT_PASS : MSRKIT_OPT_PRESENT;
			reason = "supported";
		} else if (t == MSRKIT_NO) {
			level = required ? MSRKIT_FAIL : MSRKIT_OPT_ABSENT;
			reason = rv && rv->status != MSRKIT_REG_OK ? "not supported: its capability register is not enumerated"
								  : "not supported by this CPU";
		} else {
			level = required ? MSRKIT_UNKNOWN_REQ : MSRKIT_OPT_UNKNOWN;
			reason = "unknown: the capability register could not be read";
		}
		if (level == MSRKIT_FAIL)
			remedy = v && v->hypervisor == MSRKIT_YES
					 ? "the host hypervisor does not expose it: enable it for this guest "
					   "(e.g. a newer host kernel/QEMU, -cpu host)"
					 : "this CPU lacks the feature: use a newer processor";
		else if (level == MSRKIT_UNKNOWN_REQ)
			remedy = "run as root with the msr driver loaded (modprobe msr), or use a snapshot that has it";
		else
			remedy = NULL;
		emit(c, level, reqs[i].id, reqs[i].what, reason, remedy, msr, reqs[i].bit, rv);
	}
}

static void check_svm(struct ctx *c, const struct msrkit_svm_caps *s)
{
	if (s->hypervisor == MSRKIT_YES)
		emit(c, MSRKIT_INFO, "hypervisor", "running under a hypervisor (CPUID.01H:ECX[31])",
		     "this is a virtual machine: the host decides whether the guest sees SVM (nested virtualization)",
		     NULL, 0, 31, NULL);
	switch (s->cpuid_svm) {
	case MSRKIT_YES:
		emit(c, MSRKIT_PASS, "svm.cpuid", "CPUID reports SVM (CPUID.80000001H:ECX[2])", "SVM is supported", NULL,
		     0, 2, NULL);
		break;
	case MSRKIT_NO:
		emit(c, MSRKIT_FAIL, "svm.cpuid", "CPUID reports SVM (CPUID.80000001H:ECX[2])", "CPUID.80000001H:ECX.SVM is 0",
		     s->hypervisor == MSRKIT_YES ? "enable nested virtualization on the host (e.g. kvm_amd nested=1, "
						   "-cpu host or +svm for this guest)"
						 : "this processor has no AMD-V (SVM)",
		     0, 2, NULL);
		return;
	default:
		emit(c, MSRKIT_UNKNOWN_REQ, "svm.cpuid", "CPUID reports SVM (CPUID.80000001H:ECX[2])",
		     "CPUID leaf 80000001H is not available", "use a snapshot that includes CPUID", 0, 2, NULL);
		break;
	}
	if (!need_reg(c, &s->vm_cr, "vm_cr", "VM_CR allows SVM (SVMDIS clear)"))
		return;
	if (!(s->vm_cr.value & MSRKIT_VM_CR_SVMDIS))
		emit(c, MSRKIT_PASS, "vm_cr", "VM_CR allows SVM (SVMDIS clear)", "VM_CR.SVMDIS is 0: EFER.SVME can be set",
		     NULL, s->vm_cr.address, 4, &s->vm_cr);
	else if (s->vm_cr.value & MSRKIT_VM_CR_LOCK)
		emit(c, MSRKIT_FAIL, "vm_cr", "VM_CR allows SVM (SVMDIS clear)",
		     "disabled in firmware: VM_CR.SVMDIS is 1 and VM_CR.LOCK is 1, so setting EFER.SVME faults",
		     "enable SVM (AMD-V, \"SVM Mode\") in the BIOS/UEFI setup, then power-cycle", s->vm_cr.address, 4,
		     &s->vm_cr);
	else
		emit(c, MSRKIT_WARN, "vm_cr", "VM_CR allows SVM (SVMDIS clear)",
		     "VM_CR.SVMDIS is 1 but not locked: software can clear it before setting EFER.SVME",
		     "a hypervisor must clear VM_CR.SVMDIS first; enabling SVM in the firmware setup avoids this",
		     s->vm_cr.address, 4, &s->vm_cr);
	if (s->efer.status == MSRKIT_REG_OK && (s->efer.value & MSRKIT_EFER_SVME))
		emit(c, MSRKIT_INFO, "efer.svme", "EFER.SVME is set",
		     "SVM is enabled right now: a hypervisor (e.g. kvm_amd) is active on this CPU", NULL, s->efer.address, 12,
		     &s->efer);
}

/* Which architecture to check: from the vendor, else from CPUID. */
static enum profile_arch pick_arch(uint32_t vendor, const struct msrkit_vmx_caps *v, const struct msrkit_svm_caps *s)
{
	if (vendor & (MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON))
		return ARCH_SVM;
	if (vendor & (MSRKIT_VENDOR_INTEL | MSRKIT_VENDOR_CENTAUR))
		return ARCH_VMX;
	if (s && s->cpuid_svm == MSRKIT_YES && !(v && v->cpuid_vmx == MSRKIT_YES))
		return ARCH_SVM;
	return ARCH_VMX;
}

enum msrkit_verdict msrkit_check(enum msrkit_profile p, uint32_t vendor, const struct msrkit_vmx_caps *vmx,
				 const struct msrkit_svm_caps *svm, msrkit_finding_fn fn, void *arg)
{
	struct ctx c = { .fn = fn, .arg = arg };
	const struct profile *prof;
	enum profile_arch arch = pick_arch(vendor, vmx, svm);

	if (p >= MSRKIT_NPROFILES)
		return MSRKIT_CANNOT_TELL;
	prof = &msrkit_profiles[p];
	if (prof->arch != ARCH_ANY && prof->arch != arch) {
		emit(&c, MSRKIT_FAIL, "profile.arch", prof->arch == ARCH_SVM ? "an AMD CPU with SVM" : "an Intel CPU with VMX",
		     prof->arch == ARCH_SVM ? "this profile checks AMD SVM, but this CPU uses Intel VMX"
					    : "this profile checks Intel VMX, but this CPU uses AMD SVM",
		     prof->arch == ARCH_SVM ? "use --profile kvm or minimal on this CPU"
					    : "use --profile kvm-amd or minimal on this CPU",
		     0, -1, NULL);
		return MSRKIT_NOT_READY;
	}
	if (arch == ARCH_SVM ? !svm : !vmx)
		return MSRKIT_CANNOT_TELL;
	if (arch == ARCH_SVM) {
		check_svm(&c, svm);
	} else {
		check_vmx_cpuid(&c, vmx);
		if (vmx->cpuid_vmx != MSRKIT_NO) {
			check_feature_control(&c, vmx);
			check_basic(&c, vmx);
		}
	}
	/* Without VMX/SVM at all every control would fail the same way: the
	 * CPUID finding says it once. */
	if (arch == ARCH_SVM ? svm->cpuid_svm != MSRKIT_NO : vmx->cpuid_vmx != MSRKIT_NO) {
		check_requirements(&c, prof->required, prof->nrequired, true, vmx, svm);
		check_requirements(&c, prof->optional, prof->noptional, false, vmx, svm);
	}
	if (c.failed)
		return MSRKIT_NOT_READY;
	return c.unknown ? MSRKIT_CANNOT_TELL : MSRKIT_READY;
}

enum msrkit_verdict msrkit_check_consistency(const struct msrkit_vmx_caps *const *vmx,
					     const struct msrkit_svm_caps *const *svm, size_t n,
					     msrkit_finding_fn fn, void *arg)
{
	const struct msrkit_reg_value *ref_fc = NULL, *ref_vmcr = NULL;
	bool differ = false;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct msrkit_reg_value *fc = vmx && vmx[i] ? &vmx[i]->feature_control : NULL;
		const struct msrkit_reg_value *vc = svm && svm[i] ? &svm[i]->vm_cr : NULL;
		struct msrkit_finding f = { .level = MSRKIT_FAIL, .bit = -1, .cpu = (int)i, .has_value = true };

		if (fc && fc->status == MSRKIT_REG_OK) {
			if (!ref_fc) {
				ref_fc = fc;
			} else if (fc->value != ref_fc->value) {
				differ = true;
				f.id = "feature_control.consistency";
				f.what = "IA32_FEATURE_CONTROL is the same on every CPU";
				f.reason = "this CPU's IA32_FEATURE_CONTROL differs from the first CPU's: a firmware bug "
					   "(firmware must program every logical processor alike); VMXON works on some CPUs only";
				f.remedy = "update the BIOS/UEFI firmware; report the bug to the vendor with this output";
				f.msr = fc->address;
				f.value = fc->value;
				if (fn)
					fn(arg, &f);
			}
		}
		if (vc && vc->status == MSRKIT_REG_OK) {
			if (!ref_vmcr) {
				ref_vmcr = vc;
			} else if ((vc->value ^ ref_vmcr->value) & (MSRKIT_VM_CR_LOCK | MSRKIT_VM_CR_SVMDIS)) {
				differ = true;
				f.id = "vm_cr.consistency";
				f.what = "VM_CR.SVMDIS and VM_CR.LOCK are the same on every CPU";
				f.reason = "this CPU's VM_CR differs from the first CPU's: a firmware bug";
				f.remedy = "update the BIOS/UEFI firmware; report the bug to the vendor with this output";
				f.msr = vc->address;
				f.value = vc->value;
				if (fn)
					fn(arg, &f);
			}
		}
	}
	if (!differ && fn && (ref_fc || ref_vmcr)) {
		struct msrkit_finding f = {
			.level = MSRKIT_PASS, .id = "consistency", .bit = -1, .cpu = -1,
			.what = ref_fc ? "IA32_FEATURE_CONTROL is the same on every CPU" : "VM_CR is the same on every CPU",
			.reason = "identical on every CPU checked", .msr = ref_fc ? ref_fc->address : ref_vmcr->address,
			.has_value = true, .value = ref_fc ? ref_fc->value : ref_vmcr->value,
		};

		fn(arg, &f);
	}
	return differ ? MSRKIT_NOT_READY : MSRKIT_READY;
}
