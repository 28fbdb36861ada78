/* SPDX-License-Identifier: MIT */
/*
 * msrkit vmx: everything the CPU offers a hypervisor. Every control of every
 * control word with its setting in the words of QEMU's vmxcap (yes, no,
 * forced, default), plus CPUID, IA32_FEATURE_CONTROL, the CR0/CR4 fixed bits,
 * VMCS enumeration, EPT/VPID, VM functions and, on AMD, SVM. CPUs with
 * identical capabilities are reported once.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caps.h"
#include "wrap.h"

static const char usage_text[] =
	"usage: msrkit vmx [--json] [-c CPUS | -a] [--from FILE] [--backend NAME]\n"
	"\n"
	"Report the VMX capabilities of the CPUs: CPUID, IA32_FEATURE_CONTROL,\n"
	"IA32_VMX_BASIC, every VM-execution, VM-exit and VM-entry control (pin-based,\n"
	"primary, secondary and tertiary processor-based, primary and secondary exit,\n"
	"entry) and VM function, IA32_VMX_MISC, the CR0/CR4 bits fixed in VMX\n"
	"operation, IA32_VMX_VMCS_ENUM and the EPT/VPID capabilities; on AMD, SVM.\n"
	"Every CPU is read (default) and CPUs with identical capabilities are\n"
	"reported once.\n"
	"\n"
	"A control's setting, as QEMU's vmxcap words it:\n"
	"  yes      may be 0 or 1\n"
	"  no       must be 0: not supported\n"
	"  forced   must be 1\n"
	"  default  a default1 control: must be 1 per the legacy capability MSR, may\n"
	"           be 0 per its TRUE twin (IA32_VMX_BASIC[55] = 1)\n"
	"Registers that could not be read are shown as missing, with the reason\n"
	"(not enumerated by the CPU, the read faulted, not captured, no access).\n"
	"\n"
	"  --json            machine-readable: per control msr, bit, name, allowed0\n"
	"                    (may be 0), allowed1 (may be 1), default1, setting;\n"
	"                    other registers as 'msrkit decode --json' shows them\n"
	SOURCE_HELP
	"  --help            this text\n"
	"\n"
	"exit codes: 0 report written, 2 bad usage or unreadable snapshot,\n"
	"3 no MSR access on this machine, 5 internal error\n";

/* Report order of the control words and their JSON keys. */
static const enum msrkit_vmx_ctl word_order[] = {
	MSRKIT_VMX_PINBASED, MSRKIT_VMX_PROCBASED, MSRKIT_VMX_PROCBASED2, MSRKIT_VMX_PROCBASED3,
	MSRKIT_VMX_EXIT, MSRKIT_VMX_EXIT2, MSRKIT_VMX_ENTRY, MSRKIT_VMX_VMFUNC,
};

static const char *const word_key[MSRKIT_VMX_NCTLS] = {
	[MSRKIT_VMX_PINBASED] = "pinbased", [MSRKIT_VMX_PROCBASED] = "procbased",
	[MSRKIT_VMX_PROCBASED2] = "procbased2", [MSRKIT_VMX_PROCBASED3] = "procbased3",
	[MSRKIT_VMX_EXIT] = "exit", [MSRKIT_VMX_EXIT2] = "exit2",
	[MSRKIT_VMX_ENTRY] = "entry", [MSRKIT_VMX_VMFUNC] = "vmfunc",
};

/* CPUID Fn8000_000A_EDX, AMD APM Vol. 3 Appendix E "Obtaining Processor
 * Information Via the CPUID Instruction". */
static const char *const svm_feature_names[32] = {
	[0] = "NP", [1] = "LbrVirt", [2] = "SVML", [3] = "NRIPS", [4] = "TscRateMsr", [5] = "VmcbClean",
	[6] = "FlushByAsid", [7] = "DecodeAssists", [8] = "PmcVirt", [10] = "PauseFilter",
	[12] = "PauseFilterThreshold", [13] = "AVIC", [15] = "VMSAVEvirt", [16] = "VGIF", [17] = "GMET",
	[18] = "x2AVIC", [19] = "SSSCheck", [20] = "SpecCtrl", [21] = "ROGPT", [23] = "HOST_MCE_OVERRIDE",
	[24] = "TlbiCtl", [25] = "VNMI", [26] = "IbsVirt", [27] = "ExtLvtAvicAccessChg",
	[28] = "NestedVirtVmcbAddrChk", [29] = "BusLockThreshold",
};

/* ---- one control: its setting, from the decode engine and the model ---- */

struct ctl_piece {
	const struct msrkit_field *field; /* NULL: a reserved control bit */
	unsigned bit;
	bool allowed0, allowed1, default1;
};

/* vmxcap's word for a setting; "invalid" where vmxcap prints "?". */
static const char *setting_word(const struct ctl_piece *p)
{
	if (p->default1)
		return "default";
	if (p->allowed0 && p->allowed1)
		return "yes";
	if (p->allowed1)
		return "forced";
	if (p->allowed0)
		return "no";
	return "invalid";
}

#define MAX_CTL_PIECES 64

struct ctl_walk {
	const struct msrkit_vmx_ctl_caps *c;
	uint64_t named;      /* bits the table names */
	struct ctl_piece p[MAX_CTL_PIECES];
	size_t n;
};

static int collect_ctl(void *arg, const struct msrkit_decoded *d)
{
	struct ctl_walk *w = arg;
	struct ctl_piece *p;

	if (!d->is_control || w->n >= MAX_CTL_PIECES)
		return 0;
	/* Reserved controls forced to 1 are listed on a line of their own. */
	if (!d->field && !d->may_be_0)
		return 0;
	p = &w->p[w->n++];
	p->field = d->field;
	p->bit = d->lsb;
	p->allowed0 = d->may_be_0;
	p->allowed1 = d->may_be_1;
	p->default1 = (w->c->default1 >> d->lsb) & 1;
	if (d->field)
		w->named |= UINT64_C(1) << d->lsb;
	return 0;
}

/* Decodes the control word's capability MSR through its table definition. */
static void walk_ctl(struct ctl_walk *w, const struct msrkit_vmx_ctl_caps *c, const struct msrkit_cpu *id,
		     struct msrkit_reg_ref *ref)
{
	size_t i;

	memset(w, 0, sizeof(*w));
	w->c = c;
	*ref = caps_reg_ref(c->msr.address, id);
	if (!ref->reg)
		return;
	for (i = 0; i < ref->reg->nfields; i++)
		w->named |= UINT64_C(1) << ref->reg->fields[i].lsb;
	msrkit_decode(ref->reg, c->msr.value, id, collect_ctl, w);
}

/* Reserved (unnamed) controls that must be 1. */
static uint64_t reserved_forced(const struct ctl_walk *w)
{
	return w->c->must1 & ~w->named;
}

static void bit_list(char *buf, size_t len, uint64_t mask)
{
	size_t used = 0;
	unsigned b;

	buf[0] = '\0';
	for (b = 0; b < 64; b++)
		if ((mask >> b) & 1)
			used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%u", used ? ", " : "", b);
}

/* ---- grouping CPUs with identical capabilities ---- */

struct group {
	size_t first;    /* index into the caps array */
	unsigned *cpu;   /* CPU numbers */
	size_t n;
};

/* Groups identical CPUs; each group's CPU numbers are a slice of cpubuf
 * (room for ncpus). Returns the number of groups, in order of first CPU. */
static size_t make_groups(const struct cpu_caps *caps, size_t ncpus, struct group *g, unsigned *cpubuf)
{
	size_t ng = 0, off = 0, i, j;

	for (i = 0; i < ncpus; i++) {
		for (j = 0; j < ng; j++)
			if (caps_equal(&caps[g[j].first], &caps[i]))
				break;
		if (j == ng)
			g[ng++].first = i;
	}
	for (j = 0; j < ng; j++) {
		g[j].cpu = cpubuf + off;
		g[j].n = 0;
		for (i = 0; i < ncpus; i++)
			if (caps_equal(&caps[g[j].first], &caps[i]))
				g[j].cpu[g[j].n++] = caps[i].cpu;
		off += g[j].n;
	}
	return ng;
}

/* ---- text ---- */

static const char *tri_word(enum msrkit_tristate t)
{
	return t == MSRKIT_YES ? "yes" : t == MSRKIT_NO ? "no" : "unknown (CPUID leaf not available)";
}

static void reg_name(const struct msrkit_reg_ref *ref, char *buf, size_t len)
{
	msrkit_reg_ref_name(ref, buf, len);
}

/* An informational register: decoded, or why it is missing. */
static void text_reg(const struct cpu_caps *c, const struct msrkit_reg_value *r)
{
	struct msrkit_reg_ref ref = caps_reg_ref(r->address, c->id);
	char name[96], why[256];

	if (r->status == MSRKIT_REG_OK) {
		render_reg_text(stdout, &ref, r->value, c->id);
		return;
	}
	reg_name(&ref, name, sizeof(name));
	printf("%s (0x%x): missing: %s\n", name, r->address,
	       caps_missing_reason(c->live, c->id, &c->vmx, r, why, sizeof(why)));
}

static void text_cpuid(const struct cpu_caps *c)
{
	puts("CPUID");
	printf("  %-46s %s\n", "VMX (CPUID.01H:ECX[5])", tri_word(c->vmx.cpuid_vmx));
	printf("  %-46s %s\n", "SMX (CPUID.01H:ECX[6])", tri_word(c->vmx.cpuid_smx));
	printf("  %-46s %s\n", "SVM (CPUID.80000001H:ECX[2])", tri_word(c->svm.cpuid_svm));
	printf("  %-46s %s\n", "running under a hypervisor (CPUID.01H:ECX[31])", tri_word(c->vmx.hypervisor));
	printf("  %-46s %s\n", "64-bit mode (CPUID.80000001H:EDX[29])", tri_word(c->vmx.long_mode));
}

static void text_ctl(const struct cpu_caps *c, enum msrkit_vmx_ctl k)
{
	const struct msrkit_vmx_ctl_caps *cc = &c->vmx.ctl[k];
	struct msrkit_reg_ref ref = caps_reg_ref(cc->msr.address, c->id);
	struct ctl_walk w;
	char name[96], why[256], bits[256];
	size_t i;

	reg_name(&ref, name, sizeof(name));
	printf("%s controls: %s (0x%x)", msrkit_vmx_ctl_name(k), name, cc->msr.address);
	if (cc->msr.status != MSRKIT_REG_OK) {
		printf(": missing: %s\n", caps_missing_reason(c->live, c->id, &c->vmx, &cc->msr, why, sizeof(why)));
		return;
	}
	printf(" = 0x%016llx\n", (unsigned long long)cc->msr.value);
	walk_ctl(&w, cc, c->id, &ref);
	for (i = 0; i < w.n; i++) {
		char label[64];

		if (w.p[i].field)
			snprintf(label, sizeof(label), "%s", w.p[i].field->name);
		else
			snprintf(label, sizeof(label), "(reserved control %u)", w.p[i].bit);
		printf("  %2u  %-40s %s\n", w.p[i].bit, label, setting_word(&w.p[i]));
	}
	if (reserved_forced(&w)) {
		bit_list(bits, sizeof(bits), reserved_forced(&w));
		printf("  reserved controls that must be 1: bits %s\n", bits);
	}
}

/* CR0 or CR4 in VMX operation: which defined bits are fixed. */
static void text_cr(const struct cpu_caps *c, const char *cr, const struct msrkit_reg_value *f0,
		    const struct msrkit_reg_value *f1)
{
	static const char *const label[3] = { "  must be 1:      ", "  must be 0:      ", "  may be 0 or 1:  " };
	struct msrkit_reg_ref ref = caps_reg_ref(f1->address, c->id);
	struct wrap w;
	size_t i, k;

	if (f0->status != MSRKIT_REG_OK || f1->status != MSRKIT_REG_OK || !ref.reg) {
		text_reg(c, f0);
		text_reg(c, f1);
		return;
	}
	printf("%s in VMX operation: IA32_VMX_%s_FIXED0 (0x%x) = 0x%016llx,\n  IA32_VMX_%s_FIXED1 (0x%x) = 0x%016llx\n",
	       cr, cr, f0->address, (unsigned long long)f0->value, cr, f1->address, (unsigned long long)f1->value);
	for (k = 0; k < 3; k++) {
		wrap_start(&w, stdout, label[k], 18, ", ");
		for (i = 0; i < ref.reg->nfields; i++) {
			const struct msrkit_field *f = &ref.reg->fields[i];
			bool must1 = (f0->value >> f->lsb) & 1, may1 = (f1->value >> f->lsb) & 1;
			char item[48];

			if (k != (must1 ? 0u : !may1 ? 1u : 2u))
				continue;
			snprintf(item, sizeof(item), "%s (%u)", f->name, f->lsb);
			wrap_item(&w, item);
		}
		wrap_end(&w);
	}
}

static void text_svm(const struct cpu_caps *c)
{
	const struct msrkit_svm_caps *s = &c->svm;
	struct wrap w;
	char label[64];
	unsigned b;

	puts("AMD SVM");
	if (!s->leaf_a) {
		printf("  CPUID leaf 8000000AH: not available\n");
	} else {
		printf("  %-46s %u\n", "SVM revision (CPUID.8000000AH:EAX[7:0])", s->revision);
		printf("  %-46s %u\n", "number of ASIDs (CPUID.8000000AH:EBX)", s->nasid);
		snprintf(label, sizeof(label), "  features (CPUID.8000000AH:EDX = 0x%08x):\n    ", s->features);
		wrap_start(&w, stdout, label, 4, " ");
		w.col = 4;
		for (b = 0; b < 32; b++) {
			char unnamed[16];

			if (!((s->features >> b) & 1))
				continue;
			snprintf(unnamed, sizeof(unnamed), "bit%u", b);
			wrap_item(&w, svm_feature_names[b] ? svm_feature_names[b] : unnamed);
		}
		wrap_end(&w);
	}
	putchar('\n');
	text_reg(c, &s->vm_cr);
	putchar('\n');
	text_reg(c, &s->efer);
}

static void text_group(const struct cpu_caps *c)
{
	const struct msrkit_vmx_caps *v = &c->vmx;
	char id[160];

	caps_identity(c->id, id, sizeof(id));
	printf("CPU: %s\n\n", id);
	text_cpuid(c);
	putchar('\n');
	if (v->cpuid_vmx == MSRKIT_NO) {
		puts("VMX: not supported (CPUID.01H:ECX[5] = 0): the CPU has no VMX capability registers");
		if (v->hypervisor == MSRKIT_YES && c->svm.cpuid_svm != MSRKIT_YES)
			puts("  this is a virtual machine: the host hypervisor does not offer nested virtualization to it");
		if (v->feature_control.status == MSRKIT_REG_OK) {
			putchar('\n');
			text_reg(c, &v->feature_control);
		}
		if (c->svm.cpuid_svm == MSRKIT_YES) {
			putchar('\n');
			text_svm(c);
		}
		return;
	}
	text_reg(c, &v->feature_control);
	putchar('\n');
	text_reg(c, &v->basic);
	if (v->basic.status == MSRKIT_REG_OK)
		printf(MSRKIT_VMX_BASIC_TRUE_CTLS(v->basic.value)
			       ? "  controls below come from the TRUE capability MSRs (IA32_VMX_BASIC[55] = 1)\n"
			       : "  no TRUE capability MSRs (IA32_VMX_BASIC[55] = 0): the legacy MSRs are authoritative and "
				 "no default1 control may be 0\n");
	puts("\nsettings: yes = may be 0 or 1, no = must be 0, forced = must be 1,\n"
	     "          default = must be 1 per the legacy MSR, may be 0 per the TRUE MSR");
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_PINBASED);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_PROCBASED);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_PROCBASED2);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_PROCBASED3);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_EXIT);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_EXIT2);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_ENTRY);
	putchar('\n');
	text_reg(c, &v->misc);
	putchar('\n');
	text_cr(c, "CR0", &v->cr0_fixed0, &v->cr0_fixed1);
	if (v->ctl[MSRKIT_VMX_PROCBASED2].msr.status == MSRKIT_REG_OK && ((v->ctl[MSRKIT_VMX_PROCBASED2].may1 >> 7) & 1))
		puts("  (a guest with UNRESTRICTED_GUEST, secondary control 7, may also run with PE and PG 0)");
	putchar('\n');
	text_cr(c, "CR4", &v->cr4_fixed0, &v->cr4_fixed1);
	putchar('\n');
	text_reg(c, &v->vmcs_enum);
	putchar('\n');
	text_reg(c, &v->ept_vpid_cap);
	putchar('\n');
	text_ctl(c, MSRKIT_VMX_VMFUNC);
}

/* Names what differs between the models a and b: registers (by name),
 * CPUID bits, identity. */
static void differences(const struct cpu_caps *a, const struct cpu_caps *b, char *buf, size_t len)
{
	const struct msrkit_reg_value *ra[MSRKIT_VMX_NCTLS * 2 + 11], *rb[MSRKIT_VMX_NCTLS * 2 + 11];
	size_t n = 0, used = 0, i;

#define PAIR(field) (ra[n] = &a->field, rb[n] = &b->field, n++)
	PAIR(vmx.feature_control);
	PAIR(vmx.basic);
	for (i = 0; i < MSRKIT_VMX_NCTLS; i++) {
		PAIR(vmx.ctl[i].msr);
		if (a->vmx.ctl[i].legacy.address != a->vmx.ctl[i].msr.address)
			PAIR(vmx.ctl[i].legacy);
	}
	PAIR(vmx.misc);
	PAIR(vmx.cr0_fixed0);
	PAIR(vmx.cr0_fixed1);
	PAIR(vmx.cr4_fixed0);
	PAIR(vmx.cr4_fixed1);
	PAIR(vmx.vmcs_enum);
	PAIR(vmx.ept_vpid_cap);
	PAIR(svm.vm_cr);
	PAIR(svm.efer);
#undef PAIR
	buf[0] = '\0';
	if (a->id->vendor != b->id->vendor || a->id->family != b->id->family || a->id->model != b->id->model ||
	    a->id->stepping != b->id->stepping)
		used += (size_t)snprintf(buf, len, "CPU model");
	if (a->vmx.cpuid_vmx != b->vmx.cpuid_vmx || a->vmx.cpuid_smx != b->vmx.cpuid_smx ||
	    a->vmx.hypervisor != b->vmx.hypervisor || a->vmx.long_mode != b->vmx.long_mode ||
	    a->svm.cpuid_svm != b->svm.cpuid_svm || a->svm.features != b->svm.features || a->svm.nasid != b->svm.nasid)
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%sCPUID", used ? ", " : "");
	for (i = 0; i < n; i++) {
		struct msrkit_reg_ref ref;
		char name[96];

		if (ra[i]->status == rb[i]->status && ra[i]->address == rb[i]->address &&
		    (ra[i]->status != MSRKIT_REG_OK || ra[i]->value == rb[i]->value))
			continue;
		ref = caps_reg_ref(ra[i]->address, a->id);
		reg_name(&ref, name, sizeof(name));
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%s", used ? ", " : "", name);
	}
}

static void print_text(const struct source *s, const struct cpu_caps *caps, const struct group *g, size_t ng)
{
	char list[512], diff[1024];
	size_t i;

	caps_cpu_list(s->cpu, s->ncpus, list, sizeof(list));
	if (ng == 1) {
		printf("VMX report: %s %s of %s%s\n", s->ncpus == 1 ? "CPU" : "CPUs", list, s->label,
		       s->ncpus > 1 ? " (identical capabilities on every CPU)" : "");
		text_group(&caps[g[0].first]);
		return;
	}
	printf("VMX report: CPUs %s of %s: the CPUs differ, %zu groups of identical CPUs follow\n", list, s->label, ng);
	for (i = 1; i < ng; i++) {
		char other[512];

		caps_cpu_list(g[0].cpu, g[0].n, list, sizeof(list));
		caps_cpu_list(g[i].cpu, g[i].n, other, sizeof(other));
		differences(&caps[g[0].first], &caps[g[i].first], diff, sizeof(diff));
		printf("  %s %s %s from %s %s in: %s\n", g[i].n == 1 ? "CPU" : "CPUs", other,
		       g[i].n == 1 ? "differs" : "differ", g[0].n == 1 ? "CPU" : "CPUs", list, diff);
	}
	for (i = 0; i < ng; i++) {
		caps_cpu_list(g[i].cpu, g[i].n, list, sizeof(list));
		printf("\n==== %s %s ====\n", g[i].n == 1 ? "CPU" : "CPUs", list);
		text_group(&caps[g[i].first]);
	}
}

/* ---- JSON ---- */

static json_object *json_tri(enum msrkit_tristate t)
{
	return t == MSRKIT_UNKNOWN ? json_object_new_null() : json_object_new_boolean(t == MSRKIT_YES);
}

static json_object *json_hex(uint64_t v, int digits)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "0x%0*llx", digits, (unsigned long long)v);
	return json_object_new_string(buf);
}

/* An informational register: the object of `decode --json` plus "status";
 * a missing one: address, name, status and reason. */
static json_object *json_reg(const struct cpu_caps *c, const struct msrkit_reg_value *r)
{
	struct msrkit_reg_ref ref = caps_reg_ref(r->address, c->id);
	json_object *o;
	char name[96], why[256];

	if (r->status == MSRKIT_REG_OK) {
		o = render_reg_json(&ref, r->value, c->id);
		json_object_object_add(o, "status", json_object_new_string("ok"));
		return o;
	}
	o = json_object_new_object();
	reg_name(&ref, name, sizeof(name));
	json_object_object_add(o, "address", json_object_new_uint64(r->address));
	json_object_object_add(o, "address_hex", json_hex(r->address, 1));
	json_object_object_add(o, "name", ref.reg ? json_object_new_string(name) : json_object_new_null());
	json_object_object_add(o, "status", json_object_new_string(caps_status_name(r->status)));
	json_object_object_add(o, "reason",
			       json_object_new_string(caps_missing_reason(c->live, c->id, &c->vmx, r, why, sizeof(why))));
	return o;
}

static json_object *json_ctl(const struct cpu_caps *c, enum msrkit_vmx_ctl k)
{
	const struct msrkit_vmx_ctl_caps *cc = &c->vmx.ctl[k];
	struct msrkit_reg_ref ref = caps_reg_ref(cc->msr.address, c->id);
	json_object *o = json_object_new_object(), *arr;
	struct ctl_walk w;
	char name[96], why[256];
	size_t i;

	reg_name(&ref, name, sizeof(name));
	json_object_object_add(o, "word", json_object_new_string(word_key[k]));
	json_object_object_add(o, "title", json_object_new_string(msrkit_vmx_ctl_name(k)));
	json_object_object_add(o, "msr", json_object_new_uint64(cc->msr.address));
	json_object_object_add(o, "msr_name", json_object_new_string(name));
	json_object_object_add(o, "status", json_object_new_string(caps_status_name(cc->msr.status)));
	if (cc->msr.status != MSRKIT_REG_OK) {
		json_object_object_add(o, "reason",
				       json_object_new_string(caps_missing_reason(c->live, c->id, &c->vmx, &cc->msr, why, sizeof(why))));
		return o;
	}
	json_object_object_add(o, "value", json_object_new_uint64(cc->msr.value));
	json_object_object_add(o, "value_hex", json_hex(cc->msr.value, 16));
	if (cc->legacy.address != cc->msr.address) {
		json_object_object_add(o, "legacy_msr", json_object_new_uint64(cc->legacy.address));
		json_object_object_add(o, "legacy_value", cc->legacy.status == MSRKIT_REG_OK
								  ? json_hex(cc->legacy.value, 16)
								  : json_object_new_null());
	}
	walk_ctl(&w, cc, c->id, &ref);
	json_object_object_add(o, "reserved_must1", json_hex(reserved_forced(&w), 1));
	arr = json_object_new_array();
	for (i = 0; i < w.n; i++) {
		json_object *e = json_object_new_object();

		json_object_object_add(e, "msr", json_object_new_uint64(cc->msr.address));
		json_object_object_add(e, "bit", json_object_new_int((int)w.p[i].bit));
		json_object_object_add(e, "name", w.p[i].field ? json_object_new_string(w.p[i].field->name)
							       : json_object_new_null());
		json_object_object_add(e, "allowed0", json_object_new_boolean(w.p[i].allowed0));
		json_object_object_add(e, "allowed1", json_object_new_boolean(w.p[i].allowed1));
		json_object_object_add(e, "default1", json_object_new_boolean(w.p[i].default1));
		json_object_object_add(e, "setting", json_object_new_string(setting_word(&w.p[i])));
		if (!w.p[i].field)
			json_object_object_add(e, "reserved", json_object_new_boolean(1));
		json_object_array_add(arr, e);
	}
	json_object_object_add(o, "controls", arr);
	return o;
}

/* The defined bits of CR0 or CR4 with what VMX operation allows (null when
 * a FIXED register is missing). */
static json_object *json_cr(const struct cpu_caps *c, const struct msrkit_reg_value *f0,
			    const struct msrkit_reg_value *f1)
{
	struct msrkit_reg_ref ref = caps_reg_ref(f1->address, c->id);
	json_object *arr;
	size_t i;

	if (f0->status != MSRKIT_REG_OK || f1->status != MSRKIT_REG_OK || !ref.reg)
		return json_object_new_null();
	arr = json_object_new_array();
	for (i = 0; i < ref.reg->nfields; i++) {
		const struct msrkit_field *f = &ref.reg->fields[i];
		json_object *e = json_object_new_object();

		json_object_object_add(e, "bit", json_object_new_int(f->lsb));
		json_object_object_add(e, "name", json_object_new_string(f->name));
		json_object_object_add(e, "allowed0", json_object_new_boolean(!((f0->value >> f->lsb) & 1)));
		json_object_object_add(e, "allowed1", json_object_new_boolean((f1->value >> f->lsb) & 1));
		json_object_array_add(arr, e);
	}
	return arr;
}

static json_object *json_svm(const struct cpu_caps *c)
{
	const struct msrkit_svm_caps *s = &c->svm;
	json_object *o = json_object_new_object(), *arr;
	unsigned b;

	json_object_object_add(o, "cpuid_svm", json_tri(s->cpuid_svm));
	if (s->leaf_a) {
		json_object_object_add(o, "revision", json_object_new_int((int)s->revision));
		json_object_object_add(o, "asids", json_object_new_uint64(s->nasid));
		json_object_object_add(o, "features_hex", json_hex(s->features, 8));
		arr = json_object_new_array();
		for (b = 0; b < 32; b++) {
			char unnamed[16];

			if (!((s->features >> b) & 1))
				continue;
			snprintf(unnamed, sizeof(unnamed), "bit%u", b);
			json_object_array_add(arr, json_object_new_string(svm_feature_names[b] ? svm_feature_names[b]
											: unnamed));
		}
		json_object_object_add(o, "features", arr);
	} else {
		json_object_object_add(o, "revision", json_object_new_null());
	}
	json_object_object_add(o, "vm_cr", json_reg(c, &s->vm_cr));
	json_object_object_add(o, "efer", json_reg(c, &s->efer));
	return o;
}

static json_object *json_group(const struct cpu_caps *c, const struct group *g)
{
	const struct msrkit_vmx_caps *v = &c->vmx;
	json_object *o = json_object_new_object(), *arr, *idn, *cpuid;
	char list[512];
	size_t i;

	arr = json_object_new_array();
	for (i = 0; i < g->n; i++)
		json_object_array_add(arr, json_object_new_int((int)g->cpu[i]));
	json_object_object_add(o, "cpus", arr);
	caps_cpu_list(g->cpu, g->n, list, sizeof(list));
	json_object_object_add(o, "cpu_list", json_object_new_string(list));
	idn = json_object_new_object();
	json_object_object_add(idn, "vendor", json_object_new_string(msrkit_vendor_name(c->id->vendor)));
	json_object_object_add(idn, "family", json_object_new_int((int)c->id->family));
	json_object_object_add(idn, "model", json_object_new_int((int)c->id->model));
	json_object_object_add(idn, "stepping", json_object_new_int((int)c->id->stepping));
	json_object_object_add(o, "identity", idn);
	cpuid = json_object_new_object();
	json_object_object_add(cpuid, "vmx", json_tri(v->cpuid_vmx));
	json_object_object_add(cpuid, "smx", json_tri(v->cpuid_smx));
	json_object_object_add(cpuid, "svm", json_tri(c->svm.cpuid_svm));
	json_object_object_add(cpuid, "hypervisor", json_tri(v->hypervisor));
	json_object_object_add(cpuid, "long_mode", json_tri(v->long_mode));
	json_object_object_add(o, "cpuid", cpuid);
	json_object_object_add(o, "feature_control", json_reg(c, &v->feature_control));
	json_object_object_add(o, "basic", json_reg(c, &v->basic));
	json_object_object_add(o, "true_controls",
			       v->basic.status == MSRKIT_REG_OK
				       ? json_object_new_boolean(MSRKIT_VMX_BASIC_TRUE_CTLS(v->basic.value))
				       : json_object_new_null());
	arr = json_object_new_array();
	for (i = 0; i < sizeof(word_order) / sizeof(word_order[0]); i++)
		json_object_array_add(arr, json_ctl(c, word_order[i]));
	json_object_object_add(o, "control_words", arr);
	json_object_object_add(o, "misc", json_reg(c, &v->misc));
	json_object_object_add(o, "cr0_fixed0", json_reg(c, &v->cr0_fixed0));
	json_object_object_add(o, "cr0_fixed1", json_reg(c, &v->cr0_fixed1));
	json_object_object_add(o, "cr4_fixed0", json_reg(c, &v->cr4_fixed0));
	json_object_object_add(o, "cr4_fixed1", json_reg(c, &v->cr4_fixed1));
	json_object_object_add(o, "cr0", json_cr(c, &v->cr0_fixed0, &v->cr0_fixed1));
	json_object_object_add(o, "cr4", json_cr(c, &v->cr4_fixed0, &v->cr4_fixed1));
	json_object_object_add(o, "vmcs_enum", json_reg(c, &v->vmcs_enum));
	json_object_object_add(o, "ept_vpid_cap", json_reg(c, &v->ept_vpid_cap));
	if (c->svm.cpuid_svm != MSRKIT_NO)
		json_object_object_add(o, "svm", json_svm(c));
	return o;
}

static void print_json(const struct source *s, const struct cpu_caps *caps, const struct group *g, size_t ng)
{
	json_object *o = json_object_new_object(), *arr;
	char list[512];
	size_t i;

	json_object_object_add(o, "source", json_object_new_string(s->label));
	json_object_object_add(o, "source_kind", json_object_new_string(s->live ? "live" : "snapshot"));
	caps_cpu_list(s->cpu, s->ncpus, list, sizeof(list));
	json_object_object_add(o, "cpu_list", json_object_new_string(list));
	json_object_object_add(o, "identical", json_object_new_boolean(ng == 1));
	arr = json_object_new_array();
	for (i = 0; i < ng; i++) {
		json_object *grp = json_group(&caps[g[i].first], &g[i]);
		char diff[1024];

		if (i > 0) {
			differences(&caps[g[0].first], &caps[g[i].first], diff, sizeof(diff));
			json_object_object_add(grp, "differs_from_first_group", json_object_new_string(diff));
		}
		json_object_array_add(arr, grp);
	}
	json_object_object_add(o, "groups", arr);
	render_json_print(o);
	json_object_put(o);
}

int cmd_vmx(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		SOURCE_LONG_OPTIONS,
		{ 0 },
	};
	struct source_opts so = { .default_all = true };
	struct source src;
	struct cpu_caps *caps;
	struct group *g;
	unsigned *cpubuf;
	bool json = false;
	size_t ng;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h" SOURCE_SHORT_OPTIONS, opts, NULL)) != -1) {
		if (source_opt(&so, c, optarg))
			continue;
		switch (c) {
		case 'j': json = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		cli_error("vmx takes no arguments ('%s'); select CPUs with -c, e.g. 'msrkit vmx -c 0'", argv[optind]);
		return EXIT_USAGE;
	}
	rc = source_open(&src, &so);
	if (rc) {
		source_close(&src);
		return rc;
	}
	caps = caps_read_all(&src);
	g = calloc(src.ncpus, sizeof(*g));
	cpubuf = calloc(src.ncpus, sizeof(*cpubuf));
	if (!caps || !g || !cpubuf) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	ng = make_groups(caps, src.ncpus, g, cpubuf);
	if (json)
		print_json(&src, caps, g, ng);
	else
		print_text(&src, caps, g, ng);
	rc = EXIT_OK;
out:
	free(caps);
	free(g);
	free(cpubuf);
	source_close(&src);
	return rc;
}
