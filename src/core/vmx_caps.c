/* SPDX-License-Identifier: MIT */
/* Reading the VMX and SVM capability model, and control adjustment. */
#include <msrkit/vmx.h>

static const struct {
	uint32_t legacy, true_msr; /* capability MSRs; true_msr 0 = none */
	unsigned width;
	const char *name;
} ctl_info[MSRKIT_VMX_NCTLS] = {
	[MSRKIT_VMX_PINBASED] = { MSRKIT_MSR_VMX_PINBASED_CTLS, MSRKIT_MSR_VMX_TRUE_PINBASED_CTLS, 32, "pin-based VM-execution" },
	[MSRKIT_VMX_PROCBASED] = { MSRKIT_MSR_VMX_PROCBASED_CTLS, MSRKIT_MSR_VMX_TRUE_PROCBASED_CTLS, 32, "primary processor-based VM-execution" },
	[MSRKIT_VMX_PROCBASED2] = { MSRKIT_MSR_VMX_PROCBASED_CTLS2, 0, 32, "secondary processor-based VM-execution" },
	[MSRKIT_VMX_PROCBASED3] = { MSRKIT_MSR_VMX_PROCBASED_CTLS3, 0, 64, "tertiary processor-based VM-execution" },
	[MSRKIT_VMX_EXIT] = { MSRKIT_MSR_VMX_EXIT_CTLS, MSRKIT_MSR_VMX_TRUE_EXIT_CTLS, 32, "primary VM-exit" },
	[MSRKIT_VMX_EXIT2] = { MSRKIT_MSR_VMX_EXIT_CTLS2, 0, 64, "secondary VM-exit" },
	[MSRKIT_VMX_ENTRY] = { MSRKIT_MSR_VMX_ENTRY_CTLS, MSRKIT_MSR_VMX_TRUE_ENTRY_CTLS, 32, "VM-entry" },
	[MSRKIT_VMX_VMFUNC] = { MSRKIT_MSR_VMX_VMFUNC, 0, 64, "VM-function" },
};

uint32_t msrkit_vmx_ctl_msr(enum msrkit_vmx_ctl ctl)
{
	return ctl < MSRKIT_VMX_NCTLS ? ctl_info[ctl].legacy : 0;
}

uint32_t msrkit_vmx_ctl_true_msr(enum msrkit_vmx_ctl ctl)
{
	return ctl < MSRKIT_VMX_NCTLS ? ctl_info[ctl].true_msr : 0;
}

const char *msrkit_vmx_ctl_name(enum msrkit_vmx_ctl ctl)
{
	return ctl < MSRKIT_VMX_NCTLS ? ctl_info[ctl].name : "unknown";
}

static struct msrkit_reg_value rd(const struct msrkit_cpu *cpu, uint32_t address)
{
	struct msrkit_reg_value r = { .status = MSRKIT_REG_UNKNOWN, .address = address, .value = 0 };
	int rc;

	if (!cpu || !cpu->rdmsr)
		return r;
	rc = cpu->rdmsr(cpu->ctx, address, &r.value);
	if (rc == 0)
		r.status = MSRKIT_REG_OK;
	else if (rc == -MSRKIT_EIO)
		r.status = MSRKIT_REG_FAULTS;
	if (rc)
		r.value = 0;
	return r;
}

static struct msrkit_reg_value absent(uint32_t address)
{
	struct msrkit_reg_value r = { .status = MSRKIT_REG_ABSENT, .address = address, .value = 0 };

	return r;
}

static enum msrkit_tristate cpuid_bit(const struct msrkit_cpu *cpu, uint32_t leaf, enum msrkit_cpuid_reg reg,
				      unsigned bit)
{
	struct msrkit_cond c = { .kind = MSRKIT_COND_CPUID, .leaf = leaf, .reg = reg, .lsb = (uint8_t)bit };

	return msrkit_cond_eval(&c, cpu);
}

/* Fills one control word from its MSR(s); enumerated says whether the word
 * exists on this CPU (MSRKIT_UNKNOWN: try to read it anyway). */
static void read_ctl(struct msrkit_vmx_ctl_caps *c, enum msrkit_vmx_ctl ctl, enum msrkit_tristate enumerated,
		     bool use_true, const struct msrkit_cpu *cpu)
{
	uint32_t legacy = ctl_info[ctl].legacy, true_msr = ctl_info[ctl].true_msr;

	c->width = ctl_info[ctl].width;
	c->must1 = c->may1 = c->default1 = 0;
	if (enumerated == MSRKIT_NO) {
		c->legacy = absent(legacy);
		c->msr = true_msr && use_true ? absent(true_msr) : c->legacy;
		return;
	}
	c->legacy = rd(cpu, legacy);
	c->msr = (true_msr && use_true) ? rd(cpu, true_msr) : c->legacy;
	if (c->msr.status != MSRKIT_REG_OK)
		return;
	if (c->width == 32) {
		c->must1 = c->msr.value & 0xffffffffu;
		c->may1 = c->msr.value >> 32;
		if (c->legacy.status == MSRKIT_REG_OK)
			c->default1 = (c->legacy.value & 0xffffffffu) & ~c->must1;
	} else {
		c->may1 = c->msr.value;
	}
}

/* May control bit of word be 1? MSRKIT_UNKNOWN when the word is unknown. */
static enum msrkit_tristate may_be_1(const struct msrkit_vmx_ctl_caps *c, unsigned bit)
{
	if (c->msr.status == MSRKIT_REG_OK)
		return (c->may1 >> bit) & 1 ? MSRKIT_YES : MSRKIT_NO;
	if (c->msr.status == MSRKIT_REG_UNKNOWN)
		return MSRKIT_UNKNOWN;
	return MSRKIT_NO;
}

static enum msrkit_tristate either(enum msrkit_tristate a, enum msrkit_tristate b)
{
	if (a == MSRKIT_YES || b == MSRKIT_YES)
		return MSRKIT_YES;
	if (a == MSRKIT_UNKNOWN || b == MSRKIT_UNKNOWN)
		return MSRKIT_UNKNOWN;
	return MSRKIT_NO;
}

int msrkit_vmx_caps_read(struct msrkit_vmx_caps *caps, const struct msrkit_cpu *cpu)
{
	enum msrkit_tristate vmx;
	bool use_true = false;
	struct msrkit_vmx_ctl_caps *ctl = caps->ctl;

	caps->cpuid_vmx = vmx = cpuid_bit(cpu, 1, MSRKIT_ECX, 5);
	caps->cpuid_smx = cpuid_bit(cpu, 1, MSRKIT_ECX, 6);
	caps->hypervisor = cpuid_bit(cpu, 1, MSRKIT_ECX, 31);
	caps->long_mode = cpuid_bit(cpu, 0x80000001u, MSRKIT_EDX, 29);
	caps->feature_control = rd(cpu, MSRKIT_MSR_FEATURE_CONTROL);
	if (vmx == MSRKIT_NO) {
		/* Without VMX the capability MSRs are not enumerated. */
		caps->basic = absent(MSRKIT_MSR_VMX_BASIC);
	} else {
		caps->basic = rd(cpu, MSRKIT_MSR_VMX_BASIC);
		use_true = caps->basic.status == MSRKIT_REG_OK && MSRKIT_VMX_BASIC_TRUE_CTLS(caps->basic.value);
	}
	read_ctl(&ctl[MSRKIT_VMX_PINBASED], MSRKIT_VMX_PINBASED, vmx, use_true, cpu);
	read_ctl(&ctl[MSRKIT_VMX_PROCBASED], MSRKIT_VMX_PROCBASED, vmx, use_true, cpu);
	read_ctl(&ctl[MSRKIT_VMX_EXIT], MSRKIT_VMX_EXIT, vmx, use_true, cpu);
	read_ctl(&ctl[MSRKIT_VMX_ENTRY], MSRKIT_VMX_ENTRY, vmx, use_true, cpu);
	/* Primary bit 31 activates the secondary controls, bit 17 the tertiary;
	 * exit bit 31 the secondary exit controls; secondary bit 13 VM functions. */
	read_ctl(&ctl[MSRKIT_VMX_PROCBASED2], MSRKIT_VMX_PROCBASED2, may_be_1(&ctl[MSRKIT_VMX_PROCBASED], 31), false, cpu);
	read_ctl(&ctl[MSRKIT_VMX_PROCBASED3], MSRKIT_VMX_PROCBASED3, may_be_1(&ctl[MSRKIT_VMX_PROCBASED], 17), false, cpu);
	read_ctl(&ctl[MSRKIT_VMX_EXIT2], MSRKIT_VMX_EXIT2, may_be_1(&ctl[MSRKIT_VMX_EXIT], 31), false, cpu);
	read_ctl(&ctl[MSRKIT_VMX_VMFUNC], MSRKIT_VMX_VMFUNC, may_be_1(&ctl[MSRKIT_VMX_PROCBASED2], 13), false, cpu);
	if (vmx == MSRKIT_NO) {
		caps->misc = absent(MSRKIT_MSR_VMX_MISC);
		caps->cr0_fixed0 = absent(MSRKIT_MSR_VMX_CR0_FIXED0);
		caps->cr0_fixed1 = absent(MSRKIT_MSR_VMX_CR0_FIXED1);
		caps->cr4_fixed0 = absent(MSRKIT_MSR_VMX_CR4_FIXED0);
		caps->cr4_fixed1 = absent(MSRKIT_MSR_VMX_CR4_FIXED1);
		caps->vmcs_enum = absent(MSRKIT_MSR_VMX_VMCS_ENUM);
	} else {
		caps->misc = rd(cpu, MSRKIT_MSR_VMX_MISC);
		caps->cr0_fixed0 = rd(cpu, MSRKIT_MSR_VMX_CR0_FIXED0);
		caps->cr0_fixed1 = rd(cpu, MSRKIT_MSR_VMX_CR0_FIXED1);
		caps->cr4_fixed0 = rd(cpu, MSRKIT_MSR_VMX_CR4_FIXED0);
		caps->cr4_fixed1 = rd(cpu, MSRKIT_MSR_VMX_CR4_FIXED1);
		caps->vmcs_enum = rd(cpu, MSRKIT_MSR_VMX_VMCS_ENUM);
	}
	/* EPT_VPID_CAP exists when secondary "enable EPT" (1) or "enable VPID" (5) may be 1. */
	if (either(may_be_1(&ctl[MSRKIT_VMX_PROCBASED2], 1), may_be_1(&ctl[MSRKIT_VMX_PROCBASED2], 5)) == MSRKIT_NO)
		caps->ept_vpid_cap = absent(MSRKIT_MSR_VMX_EPT_VPID_CAP);
	else
		caps->ept_vpid_cap = rd(cpu, MSRKIT_MSR_VMX_EPT_VPID_CAP);
	return 0;
}

int msrkit_svm_caps_read(struct msrkit_svm_caps *caps, const struct msrkit_cpu *cpu)
{
	uint32_t r[4];

	caps->cpuid_svm = cpuid_bit(cpu, 0x80000001u, MSRKIT_ECX, 2);
	caps->hypervisor = cpuid_bit(cpu, 1, MSRKIT_ECX, 31);
	caps->leaf_a = false;
	caps->revision = caps->nasid = caps->features = 0;
	if (caps->cpuid_svm != MSRKIT_NO && cpu && cpu->cpuid && cpu->cpuid(cpu->ctx, 0x80000000u, 0, r) &&
	    r[0] >= 0x8000000Au && r[0] < 0x8000ffffu && cpu->cpuid(cpu->ctx, 0x8000000Au, 0, r)) {
		caps->leaf_a = true;
		caps->revision = r[0] & 0xff;
		caps->nasid = r[1];
		caps->features = r[3];
	}
	caps->vm_cr = caps->cpuid_svm == MSRKIT_NO ? absent(MSRKIT_MSR_VM_CR) : rd(cpu, MSRKIT_MSR_VM_CR);
	caps->efer = rd(cpu, MSRKIT_MSR_EFER);
	return 0;
}

int msrkit_vmx_adjust(const struct msrkit_vmx_caps *caps, enum msrkit_vmx_ctl ctl, uint64_t desired,
		      uint64_t *value, uint64_t *refused, uint64_t *forced)
{
	const struct msrkit_vmx_ctl_caps *c;
	uint64_t v;

	if (ctl >= MSRKIT_VMX_NCTLS || caps->ctl[ctl].msr.status != MSRKIT_REG_OK)
		return -1;
	c = &caps->ctl[ctl];
	if (c->width == 32)
		desired &= 0xffffffffu;
	v = (desired & c->may1) | c->must1;
	*value = v;
	*refused = desired & ~c->may1;
	if (forced)
		*forced = v & ~desired;
	return 0;
}
