/* SPDX-License-Identifier: MIT */
/* Capability models of the selected CPUs: reading, comparing, explaining gaps. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caps.h"

struct cpu_caps *caps_read_all(const struct source *s)
{
	struct cpu_caps *c = calloc(s->ncpus ? s->ncpus : 1, sizeof(*c));
	size_t i;

	if (!c)
		return NULL;
	for (i = 0; i < s->ncpus; i++) {
		c[i].cpu = s->cpu[i];
		c[i].id = &s->id[i];
		c[i].live = s->live;
		msrkit_vmx_caps_read(&c[i].vmx, &s->id[i]);
		msrkit_svm_caps_read(&c[i].svm, &s->id[i]);
	}
	return c;
}

static bool reg_equal(const struct msrkit_reg_value *a, const struct msrkit_reg_value *b)
{
	return a->status == b->status && a->address == b->address &&
	       (a->status != MSRKIT_REG_OK || a->value == b->value);
}

bool caps_equal(const struct cpu_caps *a, const struct cpu_caps *b)
{
	const struct msrkit_vmx_caps *x = &a->vmx, *y = &b->vmx;
	const struct msrkit_svm_caps *p = &a->svm, *q = &b->svm;
	size_t i;

	if (a->id->vendor != b->id->vendor || a->id->family != b->id->family || a->id->model != b->id->model ||
	    a->id->stepping != b->id->stepping)
		return false;
	if (x->cpuid_vmx != y->cpuid_vmx || x->cpuid_smx != y->cpuid_smx || x->hypervisor != y->hypervisor ||
	    x->long_mode != y->long_mode)
		return false;
	if (!reg_equal(&x->feature_control, &y->feature_control) || !reg_equal(&x->basic, &y->basic) ||
	    !reg_equal(&x->misc, &y->misc) || !reg_equal(&x->cr0_fixed0, &y->cr0_fixed0) ||
	    !reg_equal(&x->cr0_fixed1, &y->cr0_fixed1) || !reg_equal(&x->cr4_fixed0, &y->cr4_fixed0) ||
	    !reg_equal(&x->cr4_fixed1, &y->cr4_fixed1) || !reg_equal(&x->vmcs_enum, &y->vmcs_enum) ||
	    !reg_equal(&x->ept_vpid_cap, &y->ept_vpid_cap))
		return false;
	for (i = 0; i < MSRKIT_VMX_NCTLS; i++)
		if (!reg_equal(&x->ctl[i].msr, &y->ctl[i].msr) || !reg_equal(&x->ctl[i].legacy, &y->ctl[i].legacy))
			return false;
	return p->cpuid_svm == q->cpuid_svm && p->leaf_a == q->leaf_a && p->revision == q->revision &&
	       p->nasid == q->nasid && p->features == q->features && reg_equal(&p->vm_cr, &q->vm_cr) &&
	       reg_equal(&p->efer, &q->efer);
}

size_t caps_cpu_list(const unsigned *cpu, size_t n, char *buf, size_t len)
{
	struct msrkit_cpuset set;
	size_t i;

	msrkit_cpuset_clear(&set);
	for (i = 0; i < n; i++)
		msrkit_cpuset_add(&set, cpu[i]);
	return msrkit_cpuset_format(&set, buf, len);
}

const struct msrkit_reg_value *caps_lookup(const struct cpu_caps *c, uint32_t address)
{
	const struct msrkit_vmx_caps *v = &c->vmx;
	const struct msrkit_reg_value *regs[] = {
		&v->feature_control, &v->basic, &v->misc, &v->cr0_fixed0, &v->cr0_fixed1, &v->cr4_fixed0,
		&v->cr4_fixed1, &v->vmcs_enum, &v->ept_vpid_cap, &c->svm.vm_cr, &c->svm.efer,
	};
	size_t i;

	for (i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		if (regs[i]->address == address)
			return regs[i];
	for (i = 0; i < MSRKIT_VMX_NCTLS; i++) {
		if (v->ctl[i].msr.address == address)
			return &v->ctl[i].msr;
		if (v->ctl[i].legacy.address == address)
			return &v->ctl[i].legacy;
	}
	return NULL;
}

const char *caps_status_name(enum msrkit_reg_status st)
{
	switch (st) {
	case MSRKIT_REG_OK: return "ok";
	case MSRKIT_REG_ABSENT: return "not enumerated";
	case MSRKIT_REG_FAULTS: return "faults";
	default: return "unknown";
	}
}

/* Which capability says a register does not exist on this CPU. */
static const char *absent_because(const struct msrkit_vmx_caps *vmx, uint32_t address)
{
	if (address == MSRKIT_MSR_VM_CR)
		return "the CPU has no SVM (CPUID.80000001H:ECX[2] = 0)";
	if (vmx && vmx->cpuid_vmx == MSRKIT_NO)
		return "the CPU has no VMX (CPUID.01H:ECX[5] = 0)";
	switch (address) {
	case MSRKIT_MSR_VMX_PROCBASED_CTLS2:
		return "primary control ACTIVATE_SECONDARY_CONTROLS (bit 31) must be 0, so there are no secondary "
		       "processor-based controls";
	case MSRKIT_MSR_VMX_PROCBASED_CTLS3:
		return "primary control ACTIVATE_TERTIARY_CONTROLS (bit 17) must be 0, so there are no tertiary "
		       "processor-based controls";
	case MSRKIT_MSR_VMX_EXIT_CTLS2:
		return "VM-exit control ACTIVATE_SECONDARY_CONTROLS (bit 31) must be 0, so there are no secondary "
		       "VM-exit controls";
	case MSRKIT_MSR_VMX_VMFUNC:
		return "secondary control ENABLE_VM_FUNCTIONS (bit 13) must be 0 (or there are no secondary controls)";
	case MSRKIT_MSR_VMX_EPT_VPID_CAP:
		return "neither ENABLE_EPT (secondary bit 1) nor ENABLE_VPID (bit 5) may be 1";
	default:
		return "the CPU does not enumerate it";
	}
}

const char *caps_errname(bool live, int err)
{
	if (!live)
		return source_errname(err);
	switch (err) {
	case -ENOENT:
	case -ENODEV: return "no MSR device (msr driver not loaded?)";
	case -ENXIO: return "CPU offline or absent";
	case -EPERM:
	case -EACCES: return "permission denied";
	case -EIO: return "not implemented: the read raised #GP";
	default: return strerror(-err);
	}
}

const char *caps_missing_reason(bool live, const struct msrkit_cpu *id, const struct msrkit_vmx_caps *vmx,
				const struct msrkit_reg_value *r, char *buf, size_t len)
{
	uint64_t v;
	int err;

	switch (r->status) {
	case MSRKIT_REG_OK:
		snprintf(buf, len, "present");
		break;
	case MSRKIT_REG_ABSENT:
		snprintf(buf, len, "not enumerated: %s", absent_because(vmx, r->address));
		break;
	case MSRKIT_REG_FAULTS:
		snprintf(buf, len, "reading it raised #GP although the CPU enumerates it");
		break;
	default:
		err = id && id->rdmsr ? id->rdmsr(id->ctx, r->address, &v) : -ENODATA;
		if (err == 0 || err == -EIO)
			err = -ENODATA; /* changed since the model was read: say only that it is unknown */
		snprintf(buf, len, "%s", err == -ENODATA ? "could not be read" : caps_errname(live, err));
		break;
	}
	return buf;
}

struct msrkit_reg_ref caps_reg_ref(uint32_t address, const struct msrkit_cpu *cpu)
{
	struct msrkit_reg_ref ref;

	if (msrkit_db_find(address, cpu, &ref) != 0 || !ref.reg) {
		ref.reg = NULL;
		ref.address = address;
		ref.index = 0;
	}
	return ref;
}

void caps_identity(const struct msrkit_cpu *id, char *buf, size_t len)
{
	if (!id->vendor && !id->family) {
		snprintf(buf, len, "unknown CPU (no CPUID leaf 0)");
		return;
	}
	snprintf(buf, len, "%s family %u model %u (0x%x) stepping %u", msrkit_vendor_name(id->vendor), id->family,
		 id->model, id->model, id->stepping);
}
