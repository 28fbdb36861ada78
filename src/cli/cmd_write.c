/* SPDX-License-Identifier: MIT */
/*
 * msrkit write REG[.FIELD]=VALUE: plan, check, write, verify, and restore
 * every CPU when one fails; msrkit write --undo JOURNAL puts a journal's old
 * values back the same way.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cpugroup.h"
#include "source.h"
#include "write_plan.h"

static const char usage_text[] =
	"usage: msrkit write REG[.FIELD]=VALUE [-c CPUS | -a] [--dry-run] [--force] [--journal FILE]\n"
	"       msrkit write --undo FILE [--dry-run] [--force]\n"
	"\n"
	"Write a register, or one field of it (read-modify-write), on the chosen CPUs\n"
	"(default: CPU 0). The plan -- old and new value per CPU and every field that\n"
	"changes -- is shown first. The write is refused when it would change a\n"
	"read-only field or reserved bits, when the register is locked (a write-once\n"
	"bit such as IA32_FEATURE_CONTROL.LOCK is set), when the register is unknown\n"
	"or does not apply to the CPU, or when it changes on its own. After writing,\n"
	"each CPU is read back; if any CPU fails, every CPU already written is\n"
	"restored to its old value, and the report says what happened on each.\n"
	"\n"
	"VALUE is a number (0x1f, 31, 1Fh) or, for a field, one of its value names\n"
	"(IA32_PAT.PA0=WB); negative numbers for signed fields.\n"
	"\n"
	SOURCE_HELP
	"  -n, --dry-run     show the plan, write nothing (works with --from FILE)\n"
	"  -f, --force       write even when a check refuses it\n"
	"  -j, --journal FILE  record each CPU's old and new value in FILE (must not\n"
	"                    exist) so that 'msrkit write --undo FILE' can restore them\n"
	"  --undo FILE       restore the old values a journal recorded\n"
	"  -h, --help        this text\n"
	"\n"
	"exit codes: 0 written (or nothing to do), 2 refused or bad input, 3 no MSR\n"
	"access, 4 a read or write failed (every CPU restored unless reported otherwise)\n";

struct write_opts {
	struct source_opts src;
	bool dry_run, force;
	const char *journal;
	const char *undo;
	bool cpus_chosen;
};

/* Reads the current value of every readable item, in one batch (CPUs in parallel). */
static int read_current(struct source *s, struct wp_cpu *c, size_t n)
{
	struct msrkit_op *ops = calloc(n ? n : 1, sizeof(*ops));
	size_t k = 0;
	int rc;

	if (!ops)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (!c[i].write_only)
			ops[k++] = (struct msrkit_op){ .cpu = c[i].cpu, .address = c[i].t->sel.ref.address };
	rc = msrkit_backend_batch(&s->backend, ops, k, false);
	for (size_t i = 0, j = 0; i < n && rc == 0; i++) {
		if (c[i].write_only)
			continue;
		c[i].read_err = ops[j].err;
		c[i].old_value = ops[j].err ? 0 : ops[j].value;
		j++;
	}
	free(ops);
	return rc;
}

/* Writes a journal to path: planned (before writing; created, must not exist) or final (replaces it). */
static int write_journal(const char *path, const struct msrkit_journal_entry *e, size_t n, bool planned)
{
	size_t len = msrkit_journal_format(e, n, NULL, 0) + 1;
	char *text = malloc(len), tmp[4096];
	const char *note = planned ? "# incomplete: written before the write ran; msrkit rewrites it when the write "
				     "finishes\n"
				   : "";
	FILE *f = NULL;
	int fd, rc = -1;

	if (!text)
		return -1;
	msrkit_journal_format(e, n, text, len);
	if (planned) {
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
		snprintf(tmp, sizeof(tmp), "%s", path);
	} else {
		snprintf(tmp, sizeof(tmp), "%s.tmp", path);
		fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	}
	if (fd >= 0)
		f = fdopen(fd, "w");
	if (!f) {
		cli_error("cannot create the journal %s: %s", tmp, strerror(errno));
		if (fd >= 0)
			close(fd);
		goto out;
	}
	fputs(text, f);
	fputs(note, f);
	if (fflush(f) || fsync(fileno(f)) || ferror(f)) {
		cli_error("cannot write the journal %s: %s", tmp, strerror(errno));
		fclose(f);
		goto out;
	}
	fclose(f);
	if (!planned && rename(tmp, path)) {
		cli_error("cannot replace the journal %s: %s", path, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	free(text);
	return rc;
}

/* Journal entries of the CPUs that change (planned) or changed (final). */
static size_t journal_entries(const struct wp_cpu *c, size_t n, const struct msrkit_txn_item *items, bool final,
			      struct msrkit_journal_entry *out)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		if (!wp_changes(&c[i]) || c[i].write_only)
			continue;
		if (final && (c[i].item < 0 || items[c[i].item].state != MSRKIT_TXN_COMMITTED))
			continue;
		out[k++] = (struct msrkit_journal_entry){ .cpu = c[i].cpu, .address = c[i].t->sel.ref.address,
							  .old_value = c[i].old_value, .new_value = c[i].new_value };
	}
	return k;
}

/* Explains the first failure of a run on stderr. */
static void explain_failure(struct source *s, const struct wp_cpu *c, size_t n, const struct msrkit_txn_item *items)
{
	char what[160], name[96];

	for (size_t i = 0; i < n; i++) {
		const struct msrkit_txn_item *it = c[i].item >= 0 ? &items[c[i].item] : NULL;
		int err = c[i].wo_err;
		enum msrkit_io io = MSRKIT_IO_WRITE;

		if (!err && it && it->err && (it->failed_stage == MSRKIT_TXN_STAGE_WRITE ||
					      it->failed_stage == MSRKIT_TXN_STAGE_VERIFY ||
					      it->failed_stage == MSRKIT_TXN_STAGE_READ)) {
			err = it->err;
			io = it->failed_stage == MSRKIT_TXN_STAGE_WRITE ? MSRKIT_IO_WRITE : MSRKIT_IO_READ;
		}
		if (!err)
			continue;
		wp_reg_name(c[i].t, name, sizeof(name));
		snprintf(what, sizeof(what), "%s %s on CPU %u", io == MSRKIT_IO_WRITE ? "writing" : "reading", name,
			 c[i].cpu);
		source_explain(s, what, io, c[i].cpu, c[i].t->sel.ref.address, c[i].mask, err);
		return;
	}
}

static int failure_exit(struct source *s, const struct wp_cpu *c, size_t n, const struct msrkit_txn_item *items,
			const struct msrkit_txn_summary *sum, int rc)
{
	explain_failure(s, c, n, items);
	if (n && c[0].write_only) {
		cli_error("the write failed; the CPUs reported as written keep the new value (a write-only register "
			  "cannot be read, so it cannot be restored)");
	} else if (sum->failed_stage == MSRKIT_TXN_STAGE_CHECK) {
		cli_error("a register changed between the plan and the write, so nothing was written; run the command "
			  "again to see the new plan");
	} else if (sum->failed_stage == MSRKIT_TXN_STAGE_READ) {
		cli_error("a register could not be read before writing, so nothing was written");
	} else if (rc == -ECANCELED && sum->failed_stage == MSRKIT_TXN_STAGE_VERIFY && sum->failed_err == 0) {
		cli_error("CPU %u did not keep the value written (the read-back differs: the register ignores or changes "
			  "some of those bits); every CPU holds its old value again", items[sum->failed_item].cpu);
	} else if (rc == -ENOTRECOVERABLE) {
		cli_error("the write failed and restoring failed too: the CPUs marked NOT RESTORED may hold neither "
			  "value; check them with 'msrkit read'");
	} else {
		cli_error("the write failed on CPU %u; every CPU holds its old value again (nothing is left half-written)",
			  items[sum->failed_item].cpu);
	}
	return EXIT_MSR;
}

/* Notes before a live write: the default CPU choice, kernel taint. */
static void notes(struct source *s, const struct write_opts *o)
{
	struct msrkit_cpuset avail;
	struct msrkit_write_policy p;

	if (!o->cpus_chosen && msrkit_backend_cpus(&s->backend, &avail) == 0 && msrkit_cpuset_count(&avail) > 1)
		printf("note: only CPU %u is written; -a writes every CPU, -c LIST chooses CPUs\n", s->cpu[0]);
	if (strcmp(msrkit_backend_name(&s->backend), "msr") == 0 && msrkit_write_policy_read(NULL, &p) == 0 &&
	    p.taints)
		printf("note: writes through the msr driver taint the kernel (TAINT_CPU_OUT_OF_SPEC)\n");
}

/* Plan, check, write, report: shared by write and --undo. */
static int execute(struct source *s, struct wp_cpu *c, size_t n, const struct write_opts *o)
{
	struct msrkit_txn_item *items = calloc(n ? n : 1, sizeof(*items));
	struct msrkit_journal_entry *entries = calloc(n ? n : 1, sizeof(*entries));
	struct msrkit_txn_summary sum;
	size_t nitems = 0, changing = 0, refused = 0, unreadable = 0;
	int rc, ret = EXIT_OK;

	if (!items || !entries) {
		cli_error("out of memory");
		ret = EXIT_INTERNAL;
		goto out;
	}
	rc = read_current(s, c, n);
	if (rc) {
		cli_error("cannot read the current values: %s", strerror(-rc));
		ret = EXIT_MSR;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		wp_compute(&c[i]);
		unreadable += c[i].read_err != 0;
		changing += wp_changes(&c[i]);
		refused += wp_changes(&c[i]) && c[i].reasons;
	}
	wp_print_plan(stdout, c, n, o->force);
	fflush(stdout);
	if (unreadable) {
		for (size_t i = 0; i < n; i++)
			if (c[i].read_err) {
				char what[160], name[96];

				wp_reg_name(c[i].t, name, sizeof(name));
				snprintf(what, sizeof(what), "reading %s on CPU %u", name, c[i].cpu);
				source_explain(s, what, MSRKIT_IO_READ, c[i].cpu, c[i].t->sel.ref.address, 0, c[i].read_err);
				break;
			}
		cli_error("nothing was written: the current value must be known on every CPU first");
		ret = EXIT_MSR;
		goto out;
	}
	if (refused && !o->force) {
		cli_error("refused: nothing was written (--force overrides these checks; be sure first)");
		ret = EXIT_USAGE;
		goto out;
	}
	if (!changing) {
		printf("nothing to write: every CPU already holds the value\n");
		goto out;
	}
	if (o->dry_run) {
		printf("dry run: nothing was written\n");
		goto out;
	}
	notes(s, o);
	if (o->journal && write_journal(o->journal, entries, journal_entries(c, n, items, false, entries), true)) {
		ret = EXIT_USAGE;
		goto out;
	}
	rc = wp_run(&s->backend, c, n, items, &nitems, &sum);
	printf("result:\n");
	wp_print_report(stdout, c, n, items);
	fflush(stdout);
	if (o->journal) {
		size_t k = journal_entries(c, n, items, true, entries);

		if (write_journal(o->journal, entries, k, false) == 0 && k)
			printf("journal %s records %zu change%s; 'msrkit write --undo %s' restores %s\n", o->journal, k,
			       k == 1 ? "" : "s", o->journal, k == 1 ? "it" : "them");
		else if (k == 0)
			printf("journal %s records no change: nothing stayed written\n", o->journal);
	}
	ret = rc ? failure_exit(s, c, n, items, &sum, rc) : EXIT_OK;
out:
	free(items);
	free(entries);
	return ret;
}

/* "IA32_FEATURE_CONTROL.LOCK=1" into t, for the first selected CPU's identity. */
static int parse_target(const char *arg, const struct msrkit_cpu *id, struct wp_target *t)
{
	const char *eq = strchr(arg, '=');
	char left[160], err[256];

	memset(t, 0, sizeof(*t));
	if (!eq || eq == arg || !eq[1]) {
		cli_error("write needs REG=VALUE or REG.FIELD=VALUE, e.g. IA32_MISC_ENABLE.FAST_STRINGS=0 "
			  "(got '%s')", arg);
		return EXIT_USAGE;
	}
	if ((size_t)(eq - arg) >= sizeof(left)) {
		cli_error("register name too long in '%s'", arg);
		return EXIT_USAGE;
	}
	memcpy(left, arg, (size_t)(eq - arg));
	left[eq - arg] = '\0';
	if (!regsel_parse(left, id, &t->sel))
		return EXIT_USAGE;
	if (!t->sel.field)
		return cli_parse_value(eq + 1, &t->value) ? 0 : EXIT_USAGE;
	if (t->sel.ref.reg->layout != MSRKIT_LAYOUT_FIELDS) {
		cli_error("the fields of %s are VMX control bits, not bits of the register; write the whole register",
			  t->sel.ref.reg->name);
		return EXIT_USAGE;
	}
	if (!regsel_field_value(t->sel.field, id, eq + 1, &t->value, err, sizeof(err))) {
		cli_error("%s", err);
		return EXIT_USAGE;
	}
	return 0;
}

static int write_main(const char *arg, struct write_opts *o)
{
	struct source s;
	struct wp_target t;
	struct wp_cpu *c = NULL;
	char name[96], label[4096];
	int rc;

	/* Bad input is reported before the machine is opened. */
	rc = parse_target(arg, NULL, &t);
	if (rc)
		return rc;
	if (o->journal && t.sel.ref.reg && t.sel.ref.reg->access == MSRKIT_WO) {
		cli_error("%s is write-only: its old value cannot be read, so no journal can undo the write; drop "
			  "--journal", t.sel.ref.reg->name);
		return EXIT_USAGE;
	}
	if (o->journal && access(o->journal, F_OK) == 0) {
		cli_error("the journal %s exists already: choose a new file (a journal is never overwritten, so "
			  "that it can still undo its write)", o->journal);
		return EXIT_USAGE;
	}
	o->src.write = !o->dry_run;
	rc = source_open(&s, &o->src);
	if (rc)
		goto out;
	/* Again with the CPU's identity: vendor variants, MAXPHYADDR. */
	rc = parse_target(arg, &s.id[0], &t);
	if (rc)
		goto out;
	c = calloc(s.ncpus, sizeof(*c));
	if (!c) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	for (size_t i = 0; i < s.ncpus; i++)
		c[i] = (struct wp_cpu){ .cpu = s.cpu[i], .id = &s.id[i], .t = &t,
					.write_only = t.sel.ref.reg && t.sel.ref.reg->access == MSRKIT_WO };
	wp_reg_name(&t, name, sizeof(name));
	{
		bool *all = calloc(s.ncpus, sizeof(*all));

		for (size_t i = 0; all && i < s.ncpus; i++)
			all[i] = true;
		label[0] = '\0';
		if (all)
			cpugroup_label_if(s.cpu, all, s.ncpus, label, sizeof(label));
		free(all);
	}
	if (t.sel.field && msrkit_field_msb(t.sel.field, &s.id[0]) == t.sel.field->lsb)
		printf("plan: %s.%s = %llu on %s of %s\n", name, t.sel.field->name, (unsigned long long)t.value, label,
		       s.label);
	else if (t.sel.field)
		printf("plan: %s.%s = 0x%llx on %s of %s\n", name, t.sel.field->name, (unsigned long long)t.value, label,
		       s.label);
	else
		printf("plan: %s = 0x%016llx on %s of %s\n", name, (unsigned long long)t.value, label, s.label);
	rc = execute(&s, c, s.ncpus, o);
out:
	free(c);
	source_close(&s);
	return rc;
}

static int cmp_entry(const void *a, const void *b)
{
	const struct msrkit_journal_entry *x = a, *y = b;

	if (x->address != y->address)
		return x->address < y->address ? -1 : 1;
	return x->cpu < y->cpu ? -1 : x->cpu > y->cpu;
}

/* Reads and parses a journal; prints why it cannot be used. */
static int load_journal(const char *path, struct msrkit_journal_entry **out, size_t *n)
{
	struct msrkit_text_error err = { 0 };
	char *text = NULL;
	size_t len = 0, cap = 0;
	FILE *f = fopen(path, "r");
	int rc;

	*out = NULL;
	*n = 0;
	if (!f) {
		cli_error("cannot open the journal %s: %s", path, strerror(errno));
		return EXIT_USAGE;
	}
	for (;;) {
		if (len + 4096 > cap) {
			char *p = realloc(text, cap = cap * 2 + 8192);

			if (!p) {
				fclose(f);
				free(text);
				cli_error("out of memory");
				return EXIT_INTERNAL;
			}
			text = p;
		}
		size_t k = fread(text + len, 1, cap - len, f);

		len += k;
		if (k == 0)
			break;
	}
	rc = ferror(f) ? -EIO : 0;
	fclose(f);
	if (!rc) {
		rc = msrkit_journal_parse(text, len, NULL, 0, n, &err);
		if (rc == -ENOSPC || (rc == 0 && *n)) {
			*out = calloc(*n, sizeof(**out));
			rc = *out ? msrkit_journal_parse(text, len, *out, *n, n, &err) : -ENOMEM;
		}
	}
	free(text);
	if (rc == -EINVAL) {
		cli_error("%s:%zu:%zu: not a valid msrkit journal: %s", path, err.line, err.column,
			  err.msg ? err.msg : "malformed");
		return EXIT_USAGE;
	}
	if (rc) {
		cli_error("cannot read the journal %s: %s", path, strerror(-rc));
		return rc == -ENOMEM ? EXIT_INTERNAL : EXIT_USAGE;
	}
	qsort(*out, *n, sizeof(**out), cmp_entry);
	return 0;
}

static int undo_main(struct write_opts *o)
{
	struct msrkit_journal_entry *e = NULL;
	struct wp_target *t = NULL;
	struct wp_cpu *c = NULL;
	struct msrkit_cpuset cpus;
	struct source s;
	size_t n, len;
	char *list = NULL;
	int rc = load_journal(o->undo, &e, &n);

	memset(&s, 0, sizeof(s));
	if (rc)
		return rc;
	if (!n) {
		printf("the journal %s records no change: nothing to undo\n", o->undo);
		free(e);
		return EXIT_OK;
	}
	msrkit_cpuset_clear(&cpus);
	for (size_t i = 0; i < n; i++)
		msrkit_cpuset_add(&cpus, e[i].cpu);
	len = msrkit_cpuset_format(&cpus, NULL, 0) + 1;
	list = malloc(len);
	t = calloc(n, sizeof(*t));
	c = calloc(n, sizeof(*c));
	if (!list || !t || !c) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto out;
	}
	msrkit_cpuset_format(&cpus, list, len);
	o->src.cpus = list;
	o->cpus_chosen = true; /* the journal chose them */
	o->src.write = !o->dry_run;
	rc = source_open(&s, &o->src);
	if (rc)
		goto out;
	for (size_t i = 0; i < n; i++) {
		size_t k = 0;

		while (s.cpu[k] != e[i].cpu)
			k++;
		if (msrkit_db_find(e[i].address, &s.id[k], &t[i].sel.ref))
			t[i].sel.ref = (struct msrkit_reg_ref){ .address = e[i].address };
		t[i].value = e[i].old_value;
		c[i] = (struct wp_cpu){ .cpu = e[i].cpu, .id = &s.id[k], .t = &t[i], .has_expected = true,
					.expected = e[i].new_value };
	}
	printf("plan: undo %zu change%s recorded in %s on CPU%s %s of %s\n", n, n == 1 ? "" : "s", o->undo,
	       msrkit_cpuset_count(&cpus) == 1 ? "" : "s", list, s.label);
	rc = execute(&s, c, n, o);
out:
	source_close(&s);
	free(list);
	free(t);
	free(c);
	free(e);
	return rc;
}

int cmd_write(int argc, char **argv)
{
	static const struct option opts[] = {
		SOURCE_LONG_OPTIONS,
		{ "dry-run", no_argument, NULL, 'n' },
		{ "force", no_argument, NULL, 'f' },
		{ "journal", required_argument, NULL, 'j' },
		{ "undo", required_argument, NULL, 'U' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct write_opts o = { 0 };
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, SOURCE_SHORT_OPTIONS "nfj:h", opts, NULL)) != -1) {
		if (source_opt(&o.src, c, optarg))
			continue;
		switch (c) {
		case 'n': o.dry_run = true; break;
		case 'f': o.force = true; break;
		case 'j': o.journal = optarg; break;
		case 'U': o.undo = optarg; break;
		case 'h': fputs(usage_text, stdout); return EXIT_OK;
		default: fputs(usage_text, stderr); return EXIT_USAGE;
		}
	}
	o.cpus_chosen = o.src.cpus || o.src.all;
	if (o.src.from && !o.dry_run) {
		cli_error("--from FILE needs --dry-run: a snapshot cannot be written, only planned against");
		return EXIT_USAGE;
	}
	if (o.undo) {
		if (argc - optind != 0 || o.cpus_chosen || o.journal) {
			cli_error("--undo FILE takes no register, CPU list or --journal: the journal says which CPUs and "
				  "registers to restore");
			return EXIT_USAGE;
		}
		return undo_main(&o);
	}
	if (argc - optind != 1) {
		cli_error("write needs exactly one REG=VALUE or REG.FIELD=VALUE, e.g. 'msrkit write -a "
			  "IA32_MISC_ENABLE.FAST_STRINGS=0'");
		return EXIT_USAGE;
	}
	return write_main(argv[optind], &o);
}
