/* SPDX-License-Identifier: MIT */
/*
 * JSON form of a snapshot (docs/snapshot-format.md): the same content as the
 * text format, for other tools. Numbers are hex strings, as in the text
 * format: 64-bit values do not survive JSON parsers that use doubles.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>

#include <json-c/json.h>

#include "snapshot_impl.h"

/* Adds a new value under key; false when either allocation failed. */
static bool put(struct json_object *obj, const char *key, struct json_object *val)
{
	if (!val)
		return false;
	if (json_object_object_add(obj, key, val) != 0) {
		json_object_put(val);
		return false;
	}
	return true;
}

static bool append(struct json_object *arr, struct json_object *val)
{
	if (!val)
		return false;
	if (json_object_array_add(arr, val) != 0) {
		json_object_put(val);
		return false;
	}
	return true;
}

static struct json_object *hex(uint64_t v, int digits)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "0x%0*" PRIx64, digits, v);
	return json_object_new_string(buf);
}

static struct json_object *cpuid_json(const struct msrkit_snapshot_cpuid *e)
{
	static const char *const regs[4] = { "eax", "ebx", "ecx", "edx" };
	struct json_object *o = json_object_new_object();
	bool ok;
	int i;

	if (!o)
		return NULL;
	ok = put(o, "leaf", hex(e->leaf, 8));
	if (ok && e->any_subleaf)
		ok = json_object_object_add(o, "subleaf", NULL) == 0;
	else if (ok)
		ok = put(o, "subleaf", hex(e->subleaf, 8));
	for (i = 0; ok && i < 4; i++)
		ok = put(o, regs[i], hex(e->regs[i], 8));
	if (!ok) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *msr_json(const struct msrkit_snapshot_msr *e)
{
	struct json_object *o = json_object_new_object();
	bool ok;

	if (!o)
		return NULL;
	ok = put(o, "address", hex(e->address, 8));
	if (ok && e->err)
		ok = put(o, "error", json_object_new_string(msrkit_snapshot_errname(e->err)));
	else if (ok)
		ok = put(o, "value", hex(e->value, 16));
	if (!ok) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *cpu_json(const struct snap_cpu_view *v)
{
	struct json_object *o = json_object_new_object(), *cpuid = NULL, *msr = NULL;
	bool ok;
	size_t j;

	if (!o)
		return NULL;
	/* put() releases what it could not add, so o owns all that exists. */
	ok = put(o, "cpu", json_object_new_int64(v->cpu));
	if (ok) {
		cpuid = json_object_new_array();
		ok = put(o, "cpuid", cpuid);
	}
	if (ok) {
		msr = json_object_new_array();
		ok = put(o, "msr", msr);
	}
	for (j = 0; ok && j < v->ncpuid; j++)
		ok = append(cpuid, cpuid_json(&v->cpuid[j]));
	for (j = 0; ok && j < v->nmsr; j++)
		ok = append(msr, msr_json(&v->msr[j]));
	if (!ok) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

static struct json_object *snapshot_json(const struct msrkit_snapshot *s)
{
	struct json_object *root = json_object_new_object(), *meta = NULL, *cpus = NULL;
	size_t i, n = msrkit_snapshot_cpu_count(s);
	unsigned k;
	bool ok;

	if (!root)
		return NULL;
	ok = put(root, "format", json_object_new_string("msrkit-snapshot"));
	ok = ok && put(root, "version", json_object_new_int(MSRKIT_SNAPSHOT_VERSION));
	if (ok) {
		meta = json_object_new_object();
		ok = put(root, "meta", meta);
	}
	for (k = 0; ok && k < MSRKIT_META_COUNT; k++) {
		const char *v = msrkit_snapshot_get_meta(s, (enum msrkit_snapshot_meta)k);

		if (v)
			ok = put(meta, msrkit_snapshot_meta_name((enum msrkit_snapshot_meta)k), json_object_new_string(v));
	}
	if (ok) {
		cpus = json_object_new_array();
		ok = put(root, "cpus", cpus);
	}
	for (i = 0; ok && i < n; i++) {
		struct snap_cpu_view v;

		snap_cpu_at(s, i, &v);
		ok = append(cpus, cpu_json(&v));
	}
	if (!ok) {
		json_object_put(root);
		return NULL;
	}
	return root;
}

int msrkit_snapshot_write_json(const struct msrkit_snapshot *s, FILE *f)
{
	struct json_object *root;
	const char *text;
	int rc = 0;

	if (!s || !f || !snap_is_finalized(s))
		return -EINVAL;
	root = snapshot_json(s);
	if (!root)
		return -ENOMEM;
	text = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
	if (!text)
		rc = -ENOMEM;
	else if (fputs(text, f) == EOF || fputc('\n', f) == EOF || ferror(f))
		rc = -EIO;
	json_object_put(root);
	return rc;
}
