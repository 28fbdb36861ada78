/* SPDX-License-Identifier: MIT */
/*
 * msrkit check: can a hypervisor run here, and if not, exactly why? The
 * verdict comes first, in one line with the reason and the remedy; then the
 * evidence, identical CPUs merged; then the optional features. Without MSR
 * access on this machine the CPUID half of the rules still runs, so a CPU
 * without VMX/SVM is still "not ready" and anything else "cannot tell".
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caps.h"
#include "wrap.h"

static const char usage_text[] =
	"usage: msrkit check [--profile P] [--json] [-c CPUS | -a] [--from FILE] [--backend NAME]\n"
	"\n"
	"Tell whether a hypervisor can run on the CPUs (every CPU by default), and if\n"
	"not, exactly why and what to do. The first line is the verdict with the\n"
	"reason and the remedy; the evidence follows, identical CPUs merged, then\n"
	"the optional features the profile would use. IA32_FEATURE_CONTROL (VM_CR\n"
	"on AMD) must also be the same on every CPU.\n"
	"\n"
	"  --profile P       what to check (default: kvm on Intel and Centaur CPUs,\n"
	"                    kvm-amd on AMD and Hygon):\n"
	"                      minimal  VMXON (Intel) or VMRUN (AMD) can be executed\n"
	"                      kvm      Linux KVM on Intel (kvm_intel): its required\n"
	"                               VMX controls, VMCS in write-back memory\n"
	"                      kvm-amd  Linux KVM on AMD (kvm_amd): SVM present and\n"
	"                               not disabled\n"
	"                      ept      an EPT hypervisor (HyperPlatform-style): EPT,\n"
	"                               VPID, INVEPT and INVVPID types\n"
	"                      nested   a nested hypervisor: EPT, VPID, unrestricted\n"
	"                               guest, VMCS shadowing, EPT A/D\n"
	"  --json            machine-readable: verdict, profile, source, per CPU the\n"
	"                    verdict and findings, cross-CPU consistency\n"
	SOURCE_HELP
	"  --help            this text\n"
	"\n"
	"exit codes: 0 ready, 1 not ready, 2 cannot tell: a register could not be\n"
	"read (no MSR access on this machine, not in the snapshot) or bad usage.\n"
	"Unlike other commands, no MSR access gives 2 here, not 3: the verdict is\n"
	"then unknown unless CPUID alone shows that VMX/SVM is missing (1).\n";

/* ---- findings of one CPU ---- */

struct flist {
	struct msrkit_finding *f;
	size_t n, cap;
	bool oom;
};

static int collect(void *arg, const struct msrkit_finding *f)
{
	struct flist *l = arg;

	if (!cli_grow(&l->f, &l->cap, l->n, sizeof(*l->f), 32)) {
		l->oom = true;
		return 1;
	}
	l->f[l->n++] = *f;
	return 0;
}

struct cpu_result {
	enum msrkit_verdict verdict;
	enum msrkit_profile profile;
	struct flist fl;
	size_t group; /* index of the first CPU with identical results */
};

static bool str_same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static bool finding_same(const struct msrkit_finding *a, const struct msrkit_finding *b)
{
	return a->level == b->level && str_same(a->id, b->id) && str_same(a->reason, b->reason) &&
	       str_same(a->remedy, b->remedy) && a->msr == b->msr && a->bit == b->bit && a->has_value == b->has_value &&
	       (!a->has_value || a->value == b->value);
}

static bool result_same(const struct cpu_result *a, const struct cpu_result *b)
{
	size_t i;

	if (a->verdict != b->verdict || a->profile != b->profile || a->fl.n != b->fl.n)
		return false;
	for (i = 0; i < a->fl.n; i++)
		if (!finding_same(&a->fl.f[i], &b->fl.f[i]))
			return false;
	return true;
}

/* Requirement findings come from the profile tables: controls, EPT/VPID
 * capabilities, SVM features. Their passes are listed together. */
static bool is_requirement(const struct msrkit_finding *f)
{
	return !strncmp(f->id, "ctl.", 4) || !strncmp(f->id, "ept.", 4) || !strncmp(f->id, "vpid.", 5) ||
	       (!strncmp(f->id, "svm.", 4) && strcmp(f->id, "svm.cpuid"));
}

/* ---- words ---- */

static enum msrkit_profile default_profile(uint32_t vendor)
{
	return vendor & (MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON) ? MSRKIT_PROFILE_KVM_AMD : MSRKIT_PROFILE_KVM;
}

/* What a profile lets run, for "READY: ... can run on". */
static const char *profile_runs(enum msrkit_profile p, uint32_t vendor)
{
	switch (p) {
	case MSRKIT_PROFILE_KVM: return "KVM (kvm_intel)";
	case MSRKIT_PROFILE_KVM_AMD: return "KVM (kvm_amd)";
	case MSRKIT_PROFILE_EPT: return "an EPT hypervisor (EPT, VPID, INVEPT, INVVPID)";
	case MSRKIT_PROFILE_NESTED: return "a nested hypervisor (EPT, VPID, unrestricted guest, VMCS shadowing)";
	default:
		return vendor & (MSRKIT_VENDOR_AMD | MSRKIT_VENDOR_HYGON) ? "a hypervisor (VMRUN works)"
									 : "a hypervisor (VMXON works)";
	}
}

static void reg_label(uint32_t address, const struct msrkit_cpu *id, char *buf, size_t len)
{
	struct msrkit_reg_ref ref = caps_reg_ref(address, id);
	char name[96];

	if (ref.reg) {
		msrkit_reg_ref_name(&ref, name, sizeof(name));
		snprintf(buf, len, "%s (0x%x)", name, address);
	} else {
		snprintf(buf, len, "MSR 0x%x", address);
	}
}

/* The failure in a few words, to precede its remedy on the verdict line. */
static void fail_headline(const struct msrkit_finding *f, const struct cpu_caps *c, char *buf, size_t len)
{
	bool guest = c->vmx.hypervisor == MSRKIT_YES;
	char reg[128];

	if (f->msr && !f->has_value && f->bit < 0) {
		/* A register the rules need faulted or is not enumerated. */
		reg_label(f->msr, c->id, reg, sizeof(reg));
		snprintf(buf, len, "%s: %s", reg, f->reason);
	} else if (!strcmp(f->id, "feature_control")) {
		snprintf(buf, len, "VT-x is disabled in firmware (IA32_FEATURE_CONTROL = 0x%llx: locked, VMXON outside SMX "
				   "not allowed)", (unsigned long long)f->value);
	} else if (!strcmp(f->id, "vm_cr")) {
		snprintf(buf, len, "SVM is disabled in firmware (VM_CR = 0x%llx: SVMDIS and LOCK set)",
			 (unsigned long long)f->value);
	} else if (!strcmp(f->id, "vmx.cpuid")) {
		snprintf(buf, len, guest ? "this virtual machine is not offered VMX (CPUID.01H:ECX[5] = 0)"
					 : "the CPU does not report VMX (CPUID.01H:ECX[5] = 0)");
	} else if (!strcmp(f->id, "svm.cpuid")) {
		snprintf(buf, len, guest ? "this virtual machine is not offered SVM (CPUID.80000001H:ECX[2] = 0)"
					 : "the CPU does not report SVM (CPUID.80000001H:ECX[2] = 0)");
	} else if (!strcmp(f->id, "profile.arch")) {
		snprintf(buf, len, "%s", f->reason);
	} else if (!strcmp(f->id, "vmx_basic.memory_type")) {
		snprintf(buf, len, "the VMCS memory type is not write-back (IA32_VMX_BASIC[53:50] = %u)",
			 (unsigned)MSRKIT_VMX_BASIC_MEMTYPE(f->value));
	} else if (!strcmp(f->id, "vmx_basic.vmcs_size")) {
		snprintf(buf, len, "the VMCS region needs %u bytes, not at most 4096 (IA32_VMX_BASIC[44:32])",
			 (unsigned)MSRKIT_VMX_BASIC_VMCS_SIZE(f->value));
	} else if (!strcmp(f->id, "vmx_basic.addr32")) {
		snprintf(buf, len, "VMX structures are limited to 32-bit addresses on a 64-bit CPU (IA32_VMX_BASIC[48] = 1)");
	} else if (is_requirement(f) && f->msr) {
		/* "EPT not supported: ENABLE_EPT, control 1 of IA32_VMX_PROCBASED_CTLS2 (0x48b), must be 0" */
		const char *name = strrchr(f->id, '.') + 1;
		bool ctl = !strncmp(f->id, "ctl.", 4);
		const struct msrkit_reg_value *r = caps_lookup(c, f->msr);
		const char *how = guest ? "offered to this virtual machine" : "supported";

		reg_label(f->msr, c->id, reg, sizeof(reg));
		if (f->has_value)
			snprintf(buf, len, "%s not %s: %s, %s %d of %s, %s", f->what, how, name, ctl ? "control" : "bit",
				 f->bit, reg, ctl ? "must be 0" : "is 0");
		else
			snprintf(buf, len, "%s not %s: %s is %s", f->what, how, reg,
				 r ? caps_status_name(r->status) : "not readable");
	} else if (is_requirement(f)) {
		snprintf(buf, len, "%s not %s (%s)", f->what, guest ? "offered to this virtual machine" : "supported", f->id);
	} else {
		snprintf(buf, len, "%s: %s", f->what, f->reason);
	}
}

/* Why a requirement could not be evaluated, precisely. */
static void unknown_headline(const struct msrkit_finding *f, const struct cpu_caps *c, const struct source *s,
			     char *buf, size_t len)
{
	char reg[128], why[256];
	struct msrkit_reg_value r = { .status = MSRKIT_REG_UNKNOWN, .address = f->msr };

	if (!f->msr) {
		snprintf(buf, len, "%s: %s", f->what, f->reason);
		return;
	}
	reg_label(f->msr, c->id, reg, sizeof(reg));
	caps_missing_reason(s->live, c->id, &c->vmx, &r, why, sizeof(why));
	if (!strcmp(f->id, "feature_control"))
		snprintf(buf, len, "whether the firmware enabled VT-x is unknown: %s %s", reg, why);
	else if (!strcmp(f->id, "vm_cr"))
		snprintf(buf, len, "whether the firmware disabled SVM is unknown: %s %s", reg, why);
	else
		snprintf(buf, len, "whether the CPU offers %s is unknown: %s %s", f->what, reg, why);
}

/* What to do about an unknown: from this machine, read as root; from a
 * snapshot, capture one that has the register. */
static void unknown_remedy(const struct msrkit_finding *f, const struct source *s, char *buf, size_t len)
{
	if (!f->msr)
		snprintf(buf, len, "%s", f->remedy ? f->remedy : "use a source that has the data");
	else if (s->live)
		snprintf(buf, len, "run as root with the msr driver loaded (modprobe msr)");
	else
		snprintf(buf, len, "use a snapshot that has MSR 0x%x ('msrkit dump' run as root on that machine)", f->msr);
}

/* ---- text ---- */

/* Why the evidence register of f has no value. */
static const char *missing_why(const struct msrkit_finding *f, const struct cpu_caps *c, const struct source *s,
			       char *buf, size_t len)
{
	const struct msrkit_reg_value *r = caps_lookup(c, f->msr);
	struct msrkit_reg_value unknown = { .status = MSRKIT_REG_UNKNOWN, .address = f->msr };

	return caps_missing_reason(s->live, c->id, &c->vmx, r ? r : &unknown, buf, len);
}

static void text_evidence(const struct msrkit_finding *f, const struct cpu_caps *c, const struct source *s)
{
	char reg[128], why[320];

	if (!f->msr)
		return;
	reg_label(f->msr, c->id, reg, sizeof(reg));
	if (f->has_value) {
		printf("           evidence: %s = 0x%016llx", reg, (unsigned long long)f->value);
		if (f->bit >= 0)
			printf(", %s %d", !strncmp(f->id, "ctl.", 4) ? "control" : "bit", f->bit);
		putchar('\n');
	} else {
		printf("           evidence: %s %s\n", reg, missing_why(f, c, s, why, sizeof(why)));
	}
}

static void text_finding(const struct msrkit_finding *f, const struct cpu_caps *c, const struct source *s)
{
	if (f->level == MSRKIT_PASS || f->level == MSRKIT_INFO) {
		/* One line: the requirement, why it holds, the register value. */
		printf("  %-8s %s: %s", msrkit_level_name(f->level), f->what, f->reason);
		if (f->msr && f->has_value)
			printf(" (MSR 0x%x = 0x%llx)", f->msr, (unsigned long long)f->value);
		putchar('\n');
		return;
	}
	printf("  %-8s %s\n", msrkit_level_name(f->level), f->what);
	if (f->level == MSRKIT_UNKNOWN_REQ && f->msr) {
		char line[512], fix[256];

		unknown_headline(f, c, s, line, sizeof(line));
		unknown_remedy(f, s, fix, sizeof(fix));
		printf("           %s\n           remedy: %s\n", line, fix);
		return;
	}
	printf("           %s\n", f->reason);
	text_evidence(f, c, s);
	if (f->remedy && f->level != MSRKIT_PASS)
		printf("           remedy: %s\n", f->remedy);
}

/* Requirement findings alike enough to be listed together: every pass, or
 * failures and unknowns with the same evidence register, reason and remedy. */
static bool req_alike(const struct msrkit_finding *a, const struct msrkit_finding *b)
{
	if (a->level != b->level || !is_requirement(a) || !is_requirement(b))
		return false;
	return a->level == MSRKIT_PASS ||
	       (a->msr == b->msr && str_same(a->reason, b->reason) && str_same(a->remedy, b->remedy));
}

/* Prints findings alike to fl->f[first] as one block and marks them done. */
static void text_req_block(const struct flist *fl, size_t first, bool *done, const struct cpu_caps *c,
			   const struct source *s)
{
	const struct msrkit_finding *f = &fl->f[first];
	char label[64], reg[128], why[256];
	struct wrap w;
	size_t i, n = 0;

	for (i = first; i < fl->n; i++)
		n += !done[i] && req_alike(f, &fl->f[i]);
	if (n == 1 && f->level != MSRKIT_PASS) {
		done[first] = true;
		text_finding(f, c, s);
		return;
	}
	snprintf(label, sizeof(label), "  %-8s %zu required feature%s: ", msrkit_level_name(f->level), n, n == 1 ? "" : "s");
	wrap_start(&w, stdout, label, 11, ", ");
	for (i = first; i < fl->n; i++)
		if (!done[i] && req_alike(f, &fl->f[i])) {
			done[i] = true;
			wrap_item(&w, fl->f[i].what);
		}
	wrap_end(&w);
	if (f->level == MSRKIT_PASS)
		return;
	if (f->level == MSRKIT_UNKNOWN_REQ && f->msr) {
		struct msrkit_reg_value r = { .status = MSRKIT_REG_UNKNOWN, .address = f->msr };

		reg_label(f->msr, c->id, reg, sizeof(reg));
		caps_missing_reason(s->live, c->id, &c->vmx, &r, why, sizeof(why));
		printf("           whether the CPU offers them is unknown: %s %s\n", reg, why);
		unknown_remedy(f, s, why, sizeof(why));
		printf("           remedy: %s\n", why);
		return;
	}
	printf("           %s\n", f->reason);
	if (f->msr) {
		reg_label(f->msr, c->id, reg, sizeof(reg));
		if (f->has_value)
			printf("           evidence: %s = 0x%016llx\n", reg, (unsigned long long)f->value);
		else
			printf("           evidence: %s %s\n", reg, missing_why(f, c, s, why, sizeof(why)));
	}
	if (f->remedy)
		printf("           remedy: %s\n", f->remedy);
}

static void text_group(const struct cpu_result *r, const struct cpu_caps *c, const struct source *s,
		       const unsigned *cpus, size_t n)
{
	static const enum msrkit_level order[] = { MSRKIT_FAIL, MSRKIT_UNKNOWN_REQ, MSRKIT_WARN, MSRKIT_INFO, MSRKIT_PASS };
	char list[512], id[160];
	struct wrap w;
	bool *done = calloc(r->fl.n ? r->fl.n : 1, sizeof(*done));
	size_t i, k, nopt = 0, npresent = 0, nunknown = 0;

	caps_cpu_list(cpus, n, list, sizeof(list));
	caps_identity(c->id, id, sizeof(id));
	printf("\n%s %s: %s (%s)\n", n == 1 ? "CPU" : "CPUs", list, msrkit_verdict_name(r->verdict), id);
	if (!done) {
		cli_error("out of memory");
		return;
	}
	/* Problems first, then context, then what holds; requirements from
	 * the profile's tables after the rules of their level. */
	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		for (i = 0; i < r->fl.n; i++)
			if (r->fl.f[i].level == order[k] && !is_requirement(&r->fl.f[i])) {
				done[i] = true;
				text_finding(&r->fl.f[i], c, s);
			}
		for (i = 0; i < r->fl.n; i++)
			if (r->fl.f[i].level == order[k] && !done[i])
				text_req_block(&r->fl, i, done, c, s);
	}
	free(done);
	for (i = 0; i < r->fl.n; i++)
		if (r->fl.f[i].level >= MSRKIT_OPT_PRESENT) {
			nopt++;
			npresent += r->fl.f[i].level == MSRKIT_OPT_PRESENT;
			nunknown += r->fl.f[i].level == MSRKIT_OPT_UNKNOWN;
		}
	if (!nopt)
		return;
	printf("  optional features profile %s would use: %zu of %zu present", msrkit_profile_name(r->profile), npresent,
	       nopt);
	if (nunknown)
		printf(", %zu not known (capability register not readable)", nunknown);
	putchar('\n');
	for (k = 0; k < 3; k++) {
		static const char *const label[3] = { "    present:   ", "    absent:    ", "    not known: " };
		static const enum msrkit_level want[3] = { MSRKIT_OPT_PRESENT, MSRKIT_OPT_ABSENT, MSRKIT_OPT_UNKNOWN };

		if (k == 2 && !nunknown)
			break;
		wrap_start(&w, stdout, label[k], 15, ", ");
		for (i = 0; i < r->fl.n; i++)
			if (r->fl.f[i].level == want[k])
				wrap_item(&w, r->fl.f[i].what);
		wrap_end(&w);
	}
}

/* ---- the verdict line ---- */

struct outcome {
	enum msrkit_verdict verdict;
	char line[2048];    /* after "READY: " / "NOT READY: " / "CANNOT TELL: " */
	size_t nproblems;   /* distinct failing (or unknown) findings across groups */
};

static void make_outcome(struct outcome *o, const struct source *s, const struct cpu_caps *caps,
			 const struct cpu_result *res, const struct flist *cons, bool no_access)
{
	const struct msrkit_finding *first = NULL;
	size_t firsti = 0, i, j, nwarn = 0;
	char list[512], head[768], fix[512], scope[600], more[64] = "";

	o->verdict = MSRKIT_READY;
	o->nproblems = 0;
	for (i = 0; i < s->ncpus; i++)
		if (res[i].verdict == MSRKIT_NOT_READY)
			o->verdict = MSRKIT_NOT_READY;
		else if (res[i].verdict == MSRKIT_CANNOT_TELL && o->verdict == MSRKIT_READY)
			o->verdict = MSRKIT_CANNOT_TELL;
	for (i = 0; i < cons->n; i++)
		if (cons->f[i].level == MSRKIT_FAIL)
			o->verdict = MSRKIT_NOT_READY;
	caps_cpu_list(s->cpu, s->ncpus, list, sizeof(list));
	if (o->verdict == MSRKIT_READY) {
		for (i = 0; i < s->ncpus; i++)
			if (res[i].group == i)
				for (j = 0; j < res[i].fl.n; j++)
					nwarn += res[i].fl.f[j].level == MSRKIT_WARN;
		snprintf(o->line, sizeof(o->line), "%s can run on %s %s of %s%s",
			 profile_runs(res[0].profile, caps[0].id->vendor), s->ncpus == 1 ? "CPU" : "CPUs", list, s->label,
			 nwarn ? (nwarn == 1 ? "; 1 warning below" : "; warnings below") : "");
		return;
	}
	/* A firmware that programs CPUs differently is the root cause of
	 * whatever fails on some of them only: it comes first. Otherwise the
	 * first problem of the first group that has one. */
	{
		enum msrkit_level want = o->verdict == MSRKIT_NOT_READY ? MSRKIT_FAIL : MSRKIT_UNKNOWN_REQ;

		for (j = 0; j < cons->n; j++)
			if (cons->f[j].level == MSRKIT_FAIL) {
				o->nproblems++;
				if (!first)
					first = &cons->f[j];
			}
		for (i = 0; i < s->ncpus; i++) {
			if (res[i].group != i)
				continue;
			for (j = 0; j < res[i].fl.n; j++)
				if (res[i].fl.f[j].level == want) {
					o->nproblems++;
					if (!first) {
						first = &res[i].fl.f[j];
						firsti = i;
					}
				}
		}
	}
	if (!first) {
		snprintf(o->line, sizeof(o->line), "the rules could not be evaluated on %s", s->label);
		return;
	}
	/* Which CPUs, when not all of them. */
	scope[0] = '\0';
	if (first->cpu < 0 && s->ncpus > 1) {
		unsigned *cpus = calloc(s->ncpus, sizeof(*cpus));
		size_t n = 0;

		if (cpus) {
			for (i = 0; i < s->ncpus; i++)
				if (res[i].group == firsti)
					cpus[n++] = s->cpu[i];
			if (n < s->ncpus) {
				caps_cpu_list(cpus, n, list, sizeof(list));
				snprintf(scope, sizeof(scope), " on %s %s", n == 1 ? "CPU" : "CPUs", list);
			}
			free(cpus);
		}
	}
	if (first->level == MSRKIT_FAIL && first->cpu >= 0) {
		bool vmcr = !strcmp(first->id, "vm_cr.consistency");
		const struct msrkit_reg_value *ref = NULL;

		for (i = 0; i < s->ncpus && !ref; i++) {
			const struct msrkit_reg_value *r = vmcr ? &caps[i].svm.vm_cr : &caps[i].vmx.feature_control;

			if (r->status == MSRKIT_REG_OK)
				ref = r;
		}
		snprintf(head, sizeof(head), "%s differs between CPUs (0x%llx on CPU %u, 0x%llx on CPU %u): a firmware bug",
			 vmcr ? "VM_CR" : "IA32_FEATURE_CONTROL", (unsigned long long)first->value, s->cpu[first->cpu],
			 (unsigned long long)(ref ? ref->value : 0), s->cpu[i - 1]);
		snprintf(fix, sizeof(fix), "%s", first->remedy ? first->remedy : "");
	} else if (first->level == MSRKIT_FAIL) {
		fail_headline(first, &caps[firsti], head, sizeof(head));
		snprintf(fix, sizeof(fix), "%s", first->remedy ? first->remedy : "");
	} else if (no_access && first->msr) {
		snprintf(head, sizeof(head), "no access to MSRs on this machine (see the message above), so %s cannot be read",
			 first->msr == MSRKIT_MSR_VM_CR ? "VM_CR" : "IA32_FEATURE_CONTROL and the VMX capabilities");
		snprintf(fix, sizeof(fix), "follow the advice above, then run 'msrkit check' again");
	} else {
		unknown_headline(first, &caps[firsti], s, head, sizeof(head));
		unknown_remedy(first, s, fix, sizeof(fix));
	}
	if (o->nproblems > 1)
		snprintf(more, sizeof(more), " (%zu more %s below)", o->nproblems - 1,
			 o->verdict == MSRKIT_NOT_READY ? (o->nproblems == 2 ? "problem" : "problems")
							: (o->nproblems == 2 ? "unknown" : "unknowns"));
	if (o->verdict == MSRKIT_NOT_READY)
		snprintf(o->line, sizeof(o->line), "%s%s%s%s%s", head, scope, fix[0] ? ": " : "", fix, more);
	else
		snprintf(o->line, sizeof(o->line), "%s%s; %s; %s", head, scope,
			 o->nproblems > 1 ? more + 1 : "every other requirement holds", fix);
}

static const char *verdict_word(enum msrkit_verdict v)
{
	return v == MSRKIT_READY ? "READY" : v == MSRKIT_NOT_READY ? "NOT READY" : "CANNOT TELL";
}

static void print_text(const struct source *s, const struct cpu_caps *caps, const struct cpu_result *res,
		       const struct flist *cons, const struct outcome *o, enum msrkit_profile p, bool auto_profile)
{
	size_t i, j, n;
	unsigned *cpus = calloc(s->ncpus, sizeof(*cpus));
	char list[512];

	printf("%s: %s\n", verdict_word(o->verdict), o->line);
	caps_cpu_list(s->cpu, s->ncpus, list, sizeof(list));
	printf("profile %s%s: %s\nsource: %s, %s %s\n", msrkit_profile_name(p), auto_profile ? " (default for this CPU)" : "",
	       msrkit_profile_summary(p), s->label, s->ncpus == 1 ? "CPU" : "CPUs", list);
	if (!cpus)
		return;
	for (i = 0; i < s->ncpus; i++) {
		if (res[i].group != i)
			continue;
		n = 0;
		for (j = 0; j < s->ncpus; j++)
			if (res[j].group == i)
				cpus[n++] = s->cpu[j];
		text_group(&res[i], &caps[i], s, cpus, n);
	}
	free(cpus);
	if (s->ncpus < 2)
		return;
	printf("\nconsistency across %s %s:\n", "CPUs", list);
	for (i = 0; i < cons->n; i++) {
		const struct msrkit_finding *f = &cons->f[i];

		if (f->level == MSRKIT_PASS) {
			printf("  %-8s %s (0x%llx)\n", "ok", f->what, (unsigned long long)f->value);
			continue;
		}
		printf("  %-8s %s\n           CPU %u: 0x%llx; %s\n", msrkit_level_name(f->level), f->what,
		       f->cpu >= 0 ? s->cpu[f->cpu] : 0, (unsigned long long)f->value, f->reason);
		if (f->remedy)
			printf("           remedy: %s\n", f->remedy);
	}
	if (!cons->n)
		printf("  %-8s %s was not readable: nothing to compare\n", "unknown",
		       caps[0].vmx.cpuid_vmx == MSRKIT_YES ? "IA32_FEATURE_CONTROL" : "VM_CR");
}

/* ---- JSON ---- */

static json_object *json_hex(uint64_t v, int digits)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "0x%0*llx", digits, (unsigned long long)v);
	return json_object_new_string(buf);
}

static json_object *json_str(const char *s)
{
	return s ? json_object_new_string(s) : json_object_new_null();
}

static json_object *json_finding(const struct msrkit_finding *f, const struct cpu_caps *c, const struct source *s)
{
	json_object *o = json_object_new_object();
	struct msrkit_reg_ref ref;
	char name[96], line[512], fix[256];

	json_object_object_add(o, "id", json_object_new_string(f->id));
	json_object_object_add(o, "level", json_object_new_string(msrkit_level_name(f->level)));
	json_object_object_add(o, "what", json_str(f->what));
	if (f->level == MSRKIT_UNKNOWN_REQ && f->msr) {
		unknown_headline(f, c, s, line, sizeof(line));
		unknown_remedy(f, s, fix, sizeof(fix));
		json_object_object_add(o, "reason", json_object_new_string(line));
		json_object_object_add(o, "remedy", json_object_new_string(fix));
	} else {
		json_object_object_add(o, "reason", json_str(f->reason));
		json_object_object_add(o, "remedy", f->level == MSRKIT_PASS ? json_object_new_null() : json_str(f->remedy));
	}
	if (f->msr) {
		ref = caps_reg_ref(f->msr, c->id);
		msrkit_reg_ref_name(&ref, name, sizeof(name));
		json_object_object_add(o, "msr", json_object_new_uint64(f->msr));
		json_object_object_add(o, "msr_name", ref.reg ? json_object_new_string(name) : json_object_new_null());
	} else {
		json_object_object_add(o, "msr", json_object_new_null());
	}
	json_object_object_add(o, "bit", f->bit >= 0 ? json_object_new_int(f->bit) : json_object_new_null());
	json_object_object_add(o, "value", f->has_value ? json_object_new_uint64(f->value) : json_object_new_null());
	json_object_object_add(o, "value_hex", f->has_value ? json_hex(f->value, 16) : json_object_new_null());
	if (f->cpu >= 0 && (size_t)f->cpu < s->ncpus)
		json_object_object_add(o, "cpu", json_object_new_int((int)s->cpu[f->cpu]));
	return o;
}

static void print_json(const struct source *s, const struct cpu_caps *caps, const struct cpu_result *res,
		       const struct flist *cons, const struct outcome *o, enum msrkit_profile p, bool no_access)
{
	json_object *root = json_object_new_object(), *cpus = json_object_new_array(), *arr;
	size_t i, j;

	json_object_object_add(root, "verdict", json_object_new_string(msrkit_verdict_name(o->verdict)));
	json_object_object_add(root, "summary", json_object_new_string(o->line));
	json_object_object_add(root, "profile", json_object_new_string(msrkit_profile_name(p)));
	json_object_object_add(root, "profile_summary", json_object_new_string(msrkit_profile_summary(p)));
	json_object_object_add(root, "source", json_object_new_string(s->label));
	json_object_object_add(root, "source_kind", json_object_new_string(s->live ? "live" : "snapshot"));
	json_object_object_add(root, "msr_access", json_object_new_boolean(!no_access));
	for (i = 0; i < s->ncpus; i++) {
		json_object *c = json_object_new_object(), *idn = json_object_new_object();

		json_object_object_add(c, "cpu", json_object_new_int((int)s->cpu[i]));
		json_object_object_add(c, "verdict", json_object_new_string(msrkit_verdict_name(res[i].verdict)));
		json_object_object_add(idn, "vendor", json_object_new_string(msrkit_vendor_name(caps[i].id->vendor)));
		json_object_object_add(idn, "family", json_object_new_int((int)caps[i].id->family));
		json_object_object_add(idn, "model", json_object_new_int((int)caps[i].id->model));
		json_object_object_add(idn, "stepping", json_object_new_int((int)caps[i].id->stepping));
		json_object_object_add(c, "identity", idn);
		json_object_object_add(c, "hypervisor", caps[i].vmx.hypervisor == MSRKIT_UNKNOWN
								? json_object_new_null()
								: json_object_new_boolean(caps[i].vmx.hypervisor == MSRKIT_YES));
		arr = json_object_new_array();
		for (j = 0; j < res[i].fl.n; j++)
			json_object_array_add(arr, json_finding(&res[i].fl.f[j], &caps[i], s));
		json_object_object_add(c, "findings", arr);
		json_object_array_add(cpus, c);
	}
	json_object_object_add(root, "cpus", cpus);
	arr = json_object_new_array();
	for (j = 0; j < cons->n; j++)
		json_object_array_add(arr, json_finding(&cons->f[j], &caps[0], s));
	json_object_object_add(root, "consistency", arr);
	render_json_print(root);
	json_object_put(root);
}

/* ---- this machine without MSR access: CPUID only ---- */

struct cpuid_only {
	int err; /* what every MSR read answers: why the device could not be opened */
	struct msrkit_cpuset cpus;
};

static int co_read(struct msrkit_backend *b, unsigned cpu, uint32_t address, uint64_t *value)
{
	const struct cpuid_only *co = b->priv;

	(void)cpu;
	(void)address;
	*value = 0;
	return co->err;
}

static int co_cpuid(struct msrkit_backend *b, unsigned cpu, uint32_t leaf, uint32_t subleaf, uint32_t out[4])
{
	(void)b;
	return msrkit_cpuid_on(cpu, leaf, subleaf, out);
}

static int co_cpus(struct msrkit_backend *b, struct msrkit_cpuset *out)
{
	const struct cpuid_only *co = b->priv;

	*out = co->cpus;
	return 0;
}

static const struct msrkit_backend_ops cpuid_only_ops = {
	.name = "cpuid", .read = co_read, .cpuid = co_cpuid, .cpus = co_cpus,
};

/*
 * Fills s as source_open would, for this machine with CPUID but no MSRs.
 * The device open is tried once more, silently, to learn its error (source
 * open already explained it). Returns 0 or an exit code.
 */
static int open_cpuid_only(struct source *s, const struct source_opts *o, struct cpuid_only *co)
{
	struct msrkit_cpuset want;
	size_t bad = 0, i;
	int c;

	memset(s, 0, sizeof(*s));
	if (msrkit_cpuset_online(&co->cpus))
		return EXIT_USAGE; /* source_open said so already */
	co->err = msrkit_backend_open_auto(&s->backend, o->backend, NULL, &co->cpus, 0, NULL);
	if (co->err == 0) {
		/* Access appeared meanwhile; stay with the CPUID-only answer. */
		msrkit_backend_close(&s->backend);
		co->err = -EACCES;
	}
	if (o->cpus) {
		if (msrkit_cpuset_parse(o->cpus, &want, &bad)) {
			cli_error("invalid CPU list '%s' at character %zu: use numbers and ranges, e.g. 0-3,8", o->cpus,
				  bad + 1);
			return EXIT_USAGE;
		}
		for (c = msrkit_cpuset_next(&want, 0); c >= 0; c = msrkit_cpuset_next(&want, (unsigned)c + 1))
			if (!msrkit_cpuset_has(&co->cpus, (unsigned)c)) {
				cli_error("CPU %d is not online on this machine", c);
				return EXIT_USAGE;
			}
	} else {
		want = co->cpus;
	}
	s->live = true;
	snprintf(s->label, sizeof(s->label), "this machine (no MSR access: CPUID only)");
	s->backend.ops = &cpuid_only_ops;
	s->backend.priv = co;
	s->backend_open = true;
	s->ncpus = msrkit_cpuset_count(&want);
	s->cpu = calloc(s->ncpus ? s->ncpus : 1, sizeof(*s->cpu));
	s->id = calloc(s->ncpus ? s->ncpus : 1, sizeof(*s->id));
	s->bind = calloc(s->ncpus ? s->ncpus : 1, sizeof(*s->bind));
	if (!s->cpu || !s->id || !s->bind || !s->ncpus)
		return s->ncpus ? EXIT_INTERNAL : EXIT_USAGE;
	i = 0;
	for (c = msrkit_cpuset_next(&want, 0); c >= 0; c = msrkit_cpuset_next(&want, (unsigned)c + 1))
		s->cpu[i++] = (unsigned)c;
	for (i = 0; i < s->ncpus; i++)
		msrkit_cpu_bind(&s->id[i], &s->bind[i], &s->backend, s->cpu[i]);
	return 0;
}

/* ---- the command ---- */

int cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "profile", required_argument, NULL, 'p' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		SOURCE_LONG_OPTIONS,
		{ 0 },
	};
	struct source_opts so = { .default_all = true };
	struct source src;
	struct cpuid_only co;
	struct cpu_caps *caps = NULL;
	struct cpu_result *res = NULL;
	const struct msrkit_vmx_caps **vp = NULL;
	const struct msrkit_svm_caps **sp = NULL;
	struct flist cons = { 0 };
	struct outcome out;
	const char *profile_arg = NULL;
	enum msrkit_profile profile;
	bool json = false, no_access = false;
	size_t i, j;
	int c, rc;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h" SOURCE_SHORT_OPTIONS, opts, NULL)) != -1) {
		if (source_opt(&so, c, optarg))
			continue;
		switch (c) {
		case 'p': profile_arg = optarg; break;
		case 'j': json = true; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		cli_error("check takes no arguments ('%s'); choose what to check with --profile, e.g. --profile kvm",
			  argv[optind]);
		return EXIT_USAGE;
	}
	if (profile_arg && msrkit_profile_from_name(profile_arg) < 0) {
		char dashed[32];
		size_t k;

		/* "kvm_amd" for "kvm-amd": the module's name, not the profile's. */
		for (k = 0; profile_arg[k] && k + 1 < sizeof(dashed); k++)
			dashed[k] = profile_arg[k] == '_' ? '-' : profile_arg[k];
		dashed[k] = '\0';
		if (msrkit_profile_from_name(dashed) >= 0)
			cli_error("unknown profile '%s'; did you mean %s?", profile_arg, dashed);
		else
			cli_error("unknown profile '%s': use minimal, kvm, kvm-amd, ept or nested", profile_arg);
		return EXIT_USAGE;
	}
	rc = source_open(&src, &so);
	if (rc == EXIT_ACCESS && !so.from) {
		source_close(&src);
		rc = open_cpuid_only(&src, &so, &co);
		no_access = true;
	}
	if (rc) {
		source_close(&src);
		return rc;
	}
	profile = profile_arg ? (enum msrkit_profile)msrkit_profile_from_name(profile_arg)
			      : default_profile(src.id[0].vendor);
	caps = caps_read_all(&src);
	res = calloc(src.ncpus, sizeof(*res));
	vp = calloc(src.ncpus, sizeof(*vp));
	sp = calloc(src.ncpus, sizeof(*sp));
	if (!caps || !res || !vp || !sp) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	for (i = 0; i < src.ncpus; i++) {
		res[i].profile = profile;
		res[i].verdict = msrkit_check(profile, src.id[i].vendor, &caps[i].vmx, &caps[i].svm, collect, &res[i].fl);
		vp[i] = &caps[i].vmx;
		sp[i] = &caps[i].svm;
		if (res[i].fl.oom) {
			cli_error("out of memory");
			rc = EXIT_INTERNAL;
			goto out;
		}
		res[i].group = i;
		for (j = 0; j < i; j++)
			if (res[j].group == j && caps[i].id->vendor == caps[j].id->vendor &&
			    caps[i].id->family == caps[j].id->family && caps[i].id->model == caps[j].id->model &&
			    caps[i].id->stepping == caps[j].id->stepping && result_same(&res[i], &res[j])) {
				res[i].group = j;
				break;
			}
	}
	msrkit_check_consistency(vp, sp, src.ncpus, collect, &cons);
	if (cons.oom) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	make_outcome(&out, &src, caps, res, &cons, no_access);
	if (json)
		print_json(&src, caps, res, &cons, &out, profile, no_access);
	else
		print_text(&src, caps, res, &cons, &out, profile, !profile_arg);
	rc = (int)out.verdict;
out:
	if (res)
		for (i = 0; i < src.ncpus; i++)
			free(res[i].fl.f);
	free(res);
	free(cons.f);
	free(caps);
	free(vp);
	free(sp);
	source_close(&src);
	return rc;
}
