/* SPDX-License-Identifier: MIT */
/* Planning a write and the rules that refuse it; running it. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "write_plan.h"

/* Bits a volatile register's read-back is compared in: counters move in
 * their low bits between the write and the read-back. */
#define VOLATILE_VERIFY_MASK UINT64_C(0xFFFFFFFF00000000)

size_t wp_reg_name(const struct wp_target *t, char *buf, size_t len)
{
	if (!t->sel.ref.reg)
		return (size_t)snprintf(buf, len, "MSR 0x%x", t->sel.ref.address);
	return msrkit_reg_ref_name(&t->sel.ref, buf, len);
}

bool wp_changes(const struct wp_cpu *c)
{
	return c->read_err == 0 && (c->write_only || c->new_value != c->old_value);
}

static bool fields_layout(const struct msrkit_reg *reg)
{
	return reg->layout == MSRKIT_LAYOUT_FIELDS;
}

void wp_compute(struct wp_cpu *c)
{
	const struct wp_target *t = c->t;
	const struct msrkit_reg *reg = t->sel.ref.reg;
	const struct msrkit_field *target = t->sel.field;
	uint64_t base = c->write_only ? 0 : c->old_value;
	uint64_t changed, field_mask = 0, clear_bits = 0, unverifiable = 0;

	c->reasons = 0;
	c->ro_bits = c->reserved_bits = c->locked_bits = c->once_bits = c->no_effect_bits = 0;
	c->lock_bits = c->sets_lock = 0;
	c->item = -1;
	c->wo_written = false;
	c->wo_err = 0;
	if (target) {
		field_mask = regsel_field_mask(target, c->id);
		c->mask = field_mask;
		c->new_value = (base & ~field_mask) | ((t->value << target->lsb) & field_mask);
	} else {
		c->mask = ~UINT64_C(0);
		c->new_value = t->value;
	}
	c->verify_mask = c->mask;
	if (c->has_expected && c->old_value != c->expected)
		c->reasons |= WP_CHANGED_SINCE;
	if (!reg) {
		c->reasons |= WP_UNKNOWN_REG;
		return;
	}
	if (msrkit_reg_applies(reg, c->id) == MSRKIT_NO)
		c->reasons |= WP_NOT_APPLICABLE;
	if (!fields_layout(reg)) {
		/* VMX capability layouts: fields are control bits, not register
		 * bits; only the register's own access can be judged. */
		changed = c->write_only ? c->new_value : c->old_value ^ c->new_value;
		if (reg->access == MSRKIT_RO && changed) {
			c->reasons |= WP_READ_ONLY;
			c->ro_bits = changed;
		}
		return;
	}

	/* The lock: write-once fields that are set. */
	for (size_t i = 0; i < reg->nfields && !c->write_only; i++)
		if (regsel_field_access(reg, &reg->fields[i]) == MSRKIT_RWO)
			c->lock_bits |= c->old_value & regsel_field_mask(&reg->fields[i], c->id);

	/* Write-1-to-clear bits the user did not target would be cleared by
	 * writing back the 1 just read: write 0 there instead. */
	if (target && !c->write_only)
		for (size_t i = 0; i < reg->nfields; i++) {
			const struct msrkit_field *f = &reg->fields[i];

			if (f != target && regsel_field_access(reg, f) == MSRKIT_RW1C)
				clear_bits |= regsel_field_mask(f, c->id);
		}
	c->mask |= clear_bits;
	c->new_value &= ~clear_bits;

	changed = c->write_only ? c->new_value : c->old_value ^ c->new_value;
	for (size_t i = 0; i < reg->nfields; i++) {
		const struct msrkit_field *f = &reg->fields[i];
		uint64_t fm = regsel_field_mask(f, c->id);
		enum msrkit_access acc = regsel_field_access(reg, f);

		if (acc == MSRKIT_RO || acc == MSRKIT_WO || acc == MSRKIT_RW1C || acc == MSRKIT_RW0C ||
		    acc == MSRKIT_RW1S)
			unverifiable |= fm;
		if (f == target) {
			uint64_t nv = c->new_value & fm;

			/* Write-to-clear/set fields act only with one value, and
			 * a read-back shows the effect, not the value written. */
			if (acc == MSRKIT_RW1C || (acc == MSRKIT_RW1S && !nv) || (acc == MSRKIT_RW0C && nv)) {
				c->reasons |= WP_NO_EFFECT;
				c->no_effect_bits |= fm;
			}
		}
		if (!(changed & fm))
			continue;
		switch (acc) {
		case MSRKIT_RO:
			c->reasons |= WP_READ_ONLY;
			c->ro_bits |= fm;
			break;
		case MSRKIT_RWO:
			if (c->old_value & fm) {
				c->reasons |= WP_WRITE_ONCE;
				c->once_bits |= fm;
			} else if (c->new_value & fm) {
				c->sets_lock |= fm;
			}
			break;
		case MSRKIT_RWL:
			if (c->lock_bits) {
				c->reasons |= WP_LOCKED;
				c->locked_bits |= fm;
			}
			break;
		default:
			break;
		}
	}
	c->reserved_bits = changed & msrkit_reg_reserved_mask(reg, c->id);
	if (c->reserved_bits)
		c->reasons |= WP_RESERVED;

	if (!target) {
		/* The whole value: compare the bits that hold what was written. */
		c->verify_mask = ~unverifiable;
		if (reg->is_volatile) {
			c->reasons |= WP_VOLATILE;
			c->verify_mask &= VOLATILE_VERIFY_MASK;
		}
		if (!c->verify_mask)
			c->verify_mask = c->mask;
	} else {
		/* The target field only (RW0C written with 0 reads back 0,
		 * RW1S written with 1 reads back 1; the rest is refused above). */
		c->verify_mask = field_mask;
	}
}

/* snprintf that appends at *used. */
static void put(char *buf, size_t len, size_t *used, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void put(char *buf, size_t len, size_t *used, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(*used < len ? buf + *used : NULL, *used < len ? len - *used : 0, fmt, ap);
	va_end(ap);
	if (k > 0)
		*used += (size_t)k;
}

/* "LOCK, ENABLE_VMX_OUTSIDE_SMX": the fields of reg overlapping bits. */
static void field_names(const struct wp_cpu *c, uint64_t bits, char *buf, size_t len)
{
	const struct msrkit_reg *reg = c->t->sel.ref.reg;
	size_t used = 0;

	if (len)
		buf[0] = '\0';
	for (size_t i = 0; reg && i < reg->nfields; i++)
		if (bits & regsel_field_mask(&reg->fields[i], c->id))
			put(buf, len, &used, "%s%s", used ? ", " : "", reg->fields[i].name);
}

/* "63:32, 7": the runs of set bits, high first. */
static void bit_runs(uint64_t bits, char *buf, size_t len)
{
	size_t used = 0;
	int b = 63;

	if (len)
		buf[0] = '\0';
	while (b >= 0) {
		int hi;

		if (!(bits >> b & 1)) {
			b--;
			continue;
		}
		hi = b;
		while (b >= 0 && (bits >> b & 1))
			b--;
		if (hi == b + 1)
			put(buf, len, &used, "%s%d", used ? ", " : "", hi);
		else
			put(buf, len, &used, "%s%d:%d", used ? ", " : "", hi, b + 1);
	}
}

size_t wp_reasons_text(const struct wp_cpu *c, char *buf, size_t len)
{
	const struct msrkit_reg *reg = c->t->sel.ref.reg;
	char name[96], names[512], locks[256], runs[128];
	size_t used = 0;

	if (len)
		buf[0] = '\0';
	wp_reg_name(c->t, name, sizeof(name));
	if (c->reasons & WP_UNKNOWN_REG)
		put(buf, len, &used, "refused: %s has no definition in the database, so msrkit cannot check "
				     "what the write changes\n", name);
	if (c->reasons & WP_NOT_APPLICABLE)
		put(buf, len, &used, "refused: %s does not apply to this CPU (its vendor, model or CPUID "
				     "conditions exclude it): the address may hold something else here\n", name);
	if (c->reasons & WP_READ_ONLY) {
		bool all_ro = reg != NULL;

		for (size_t i = 0; reg && i < reg->nfields; i++)
			all_ro &= regsel_field_access(reg, &reg->fields[i]) == MSRKIT_RO;
		field_names(c, c->ro_bits, names, sizeof(names));
		if (all_ro || !names[0])
			put(buf, len, &used, "refused: %s is read-only: the CPU faults (#GP) or ignores the write\n",
			    name);
		else
			put(buf, len, &used, "refused: read-only %s %s would change: the CPU faults (#GP) or "
					     "ignores the write\n", strchr(names, ',') ? "fields" : "field", names);
	}
	if (c->reasons & WP_WRITE_ONCE) {
		field_names(c, c->once_bits, names, sizeof(names));
		put(buf, len, &used, "refused: %s is write-once and already set: it cannot change until reset "
				     "(the write would fault, #GP)\n", names);
	}
	if (c->reasons & WP_LOCKED) {
		field_names(c, c->locked_bits, names, sizeof(names));
		field_names(c, c->lock_bits, locks, sizeof(locks));
		put(buf, len, &used, "refused: %s is locked (%s is set): %s cannot change until reset (the "
				     "write would fault, #GP)\n", name, locks, names);
	}
	if (c->reasons & WP_RESERVED) {
		bit_runs(c->reserved_bits, runs, sizeof(runs));
		put(buf, len, &used, "refused: the write changes reserved bit%s %s (the CPU faults, #GP, or the "
				     "bits mean something the database does not know)\n",
		    strchr(runs, ':') || strchr(runs, ',') ? "s" : "", runs);
	}
	if (c->reasons & WP_VOLATILE)
		put(buf, len, &used, "refused: %s changes on its own (a counter or status): a read-back cannot "
				     "confirm the whole value, so only bits 63:32 are compared\n", name);
	if (c->reasons & WP_NO_EFFECT) {
		enum msrkit_access acc = regsel_field_access(reg, c->t->sel.field);

		field_names(c, c->no_effect_bits, names, sizeof(names));
		if (acc == MSRKIT_RW0C)
			put(buf, len, &used, "refused: %s is cleared by writing 0; writing 1 has no effect\n", names);
		else if (acc == MSRKIT_RW1S)
			put(buf, len, &used, "refused: %s is set by writing 1; writing 0 has no effect\n", names);
		else
			put(buf, len, &used, "refused: %s is cleared by writing 1 (RW1C): a read-back cannot confirm "
					     "the write and it cannot be undone\n", names);
	}
	if (c->reasons & WP_CHANGED_SINCE)
		put(buf, len, &used, "refused: %s holds 0x%016llx now, not the 0x%016llx the journal recorded: it "
				     "changed since the write\n", name, (unsigned long long)c->old_value,
		    (unsigned long long)c->expected);
	return used;
}

const char *wp_errtext(enum msrkit_io io, int err)
{
	switch (-err) {
	case 0: return "no error";
	case EIO:
		return io == MSRKIT_IO_WRITE ? "EIO: the CPU raised #GP and refused the value"
					     : "EIO: the CPU raised #GP, the register is not implemented";
	case ENXIO: return "ENXIO: CPU offline or absent";
	case EPERM: return "EPERM: operation not permitted";
	case EACCES: return "EACCES: permission denied";
	case EROFS: return "EROFS: read-only";
	case EBADF: return "EBADF: not open for writing";
	case ENOENT: return "ENOENT: not captured";
	default: return strerror(-err);
	}
}

static int run_write_only(struct msrkit_backend *b, struct wp_cpu *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (c[i].read_err)
			continue;
		c[i].wo_err = msrkit_backend_write(b, c[i].cpu, c[i].t->sel.ref.address, c[i].new_value);
		if (c[i].wo_err)
			return c[i].wo_err;
		c[i].wo_written = true;
	}
	return 0;
}

int wp_run(struct msrkit_backend *b, struct wp_cpu *c, size_t n, struct msrkit_txn_item *items, size_t *nitems,
	   struct msrkit_txn_summary *sum)
{
	struct msrkit_txn_opts opts = { 0 };
	size_t k = 0;

	*nitems = 0;
	*sum = (struct msrkit_txn_summary){ .failed_item = SIZE_MAX };
	if (n && c[0].write_only)
		return run_write_only(b, c, n);
	for (size_t i = 0; i < n; i++) {
		const struct msrkit_reg *reg = c[i].t->sel.ref.reg;

		c[i].item = -1;
		if (!wp_changes(&c[i]))
			continue;
		c[i].item = (long)k;
		/* check_current guards against a change between the plan and
		 * the write, except where the value moves on its own. */
		items[k++] = (struct msrkit_txn_item){
			.cpu = c[i].cpu,
			.address = c[i].t->sel.ref.address,
			.mask = c[i].mask,
			.value = c[i].new_value,
			.verify_mask = c[i].verify_mask,
			.check_current = !(reg && reg->is_volatile),
			.expected = c[i].old_value,
		};
	}
	*nitems = k;
	return msrkit_txn_run(b, items, k, &opts, sum);
}
