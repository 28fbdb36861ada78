/* SPDX-License-Identifier: MIT */
/* JSON rendering for machines: stable keys, documented in the README. */
#include <stdio.h>

#include "cli.h"

static json_object *hex(uint64_t v, int digits)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "0x%0*llx", digits, (unsigned long long)v);
	return json_object_new_string(buf);
}

static int add_field(void *arg, const struct msrkit_decoded *d)
{
	json_object *arr = arg, *o = json_object_new_object();
	char meaning[256];

	msrkit_decoded_meaning(d, meaning, sizeof(meaning));
	json_object_object_add(o, "name", d->field ? json_object_new_string(d->field->name) : json_object_new_null());
	json_object_object_add(o, "lsb", json_object_new_int(d->lsb));
	json_object_object_add(o, "msb", json_object_new_int(d->msb));
	json_object_object_add(o, "raw", json_object_new_uint64(d->raw));
	json_object_object_add(o, "meaning", json_object_new_string(meaning));
	if (d->reserved)
		json_object_object_add(o, "reserved", json_object_new_boolean(1));
	if (d->is_control) {
		json_object_object_add(o, "allowed0", json_object_new_boolean(d->may_be_0));
		json_object_object_add(o, "allowed1", json_object_new_boolean(d->may_be_1));
		json_object_object_add(o, "setting", json_object_new_string(msrkit_setting_name(d->setting)));
	}
	json_object_array_add(arr, o);
	return 0;
}

json_object *render_reg_json(const struct msrkit_reg_ref *ref, uint64_t value, const struct msrkit_cpu *cpu)
{
	json_object *o = json_object_new_object();
	json_object *fields = json_object_new_array();
	char name[96];

	msrkit_reg_ref_name(ref, name, sizeof(name));
	json_object_object_add(o, "address", json_object_new_uint64(ref->address));
	json_object_object_add(o, "address_hex", hex(ref->address, 1));
	json_object_object_add(o, "name", ref->reg ? json_object_new_string(name) : json_object_new_null());
	json_object_object_add(o, "value", json_object_new_uint64(value));
	json_object_object_add(o, "value_hex", hex(value, 16));
	if (ref->reg) {
		json_object_object_add(o, "description", json_object_new_string(ref->reg->desc));
		msrkit_decode(ref->reg, value, cpu, add_field, fields);
	} else {
		json_object_object_add(o, "description", json_object_new_string("no definition in the database"));
	}
	json_object_object_add(o, "fields", fields);
	return o;
}

static json_object *values_json(const struct msrkit_field *f)
{
	json_object *arr = json_object_new_array();
	size_t i;

	for (i = 0; i < f->nvalues; i++) {
		json_object *v = json_object_new_object();

		json_object_object_add(v, "value", json_object_new_uint64(f->values[i].value));
		if (f->values[i].name)
			json_object_object_add(v, "name", json_object_new_string(f->values[i].name));
		if (f->values[i].desc)
			json_object_object_add(v, "description", json_object_new_string(f->values[i].desc));
		json_object_array_add(arr, v);
	}
	return arr;
}

json_object *render_def_json(const struct msrkit_reg *reg, bool with_fields)
{
	json_object *o = json_object_new_object(), *arr;
	char buf[128];
	size_t i;
	const char *family = msrkit_reg_family(reg);

	json_object_object_add(o, "address", json_object_new_uint64(reg->address));
	json_object_object_add(o, "address_hex", hex(reg->address, 1));
	json_object_object_add(o, "name", json_object_new_string(reg->name));
	if (msrkit_reg_instances(reg) > 1) {
		json_object_object_add(o, "count", json_object_new_int(msrkit_reg_instances(reg)));
		json_object_object_add(o, "stride", json_object_new_int(reg->stride ? reg->stride : 1));
		json_object_object_add(o, "index_base", json_object_new_int(reg->index_base));
	}
	arr = json_object_new_array();
	for (i = 0; i < reg->naliases; i++)
		json_object_array_add(arr, json_object_new_string(reg->aliases[i]));
	json_object_object_add(o, "aliases", arr);
	json_object_object_add(o, "description", json_object_new_string(reg->desc));
	json_object_object_add(o, "family", family ? json_object_new_string(family) : json_object_new_null());
	json_object_object_add(o, "access", json_object_new_string(msrkit_access_name(reg->access)));
	json_object_object_add(o, "scope", json_object_new_string(msrkit_scope_name(reg->scope)));
	render_vendors(buf, sizeof(buf), reg->vendors);
	json_object_object_add(o, "vendors", json_object_new_string(buf));
	json_object_object_add(o, "volatile", json_object_new_boolean(reg->is_volatile));
	arr = json_object_new_array();
	for (i = 0; i < reg->ncond; i++)
		json_object_array_add(arr, json_object_new_string(reg->cond[i].text ? reg->cond[i].text : ""));
	json_object_object_add(o, "conditions", arr);
	json_object_object_add(o, "conditions_any", json_object_new_boolean(reg->cond_any));
	arr = json_object_new_array();
	for (i = 0; i < reg->nmodels; i++) {
		render_model(buf, sizeof(buf), &reg->models[i]);
		json_object_array_add(arr, json_object_new_string(buf));
	}
	json_object_object_add(o, "models", arr);
	snprintf(buf, sizeof(buf), "%s %s %s", reg->ref.doc ? reg->ref.doc : "",
		 reg->ref.section ? reg->ref.section : "", reg->ref.title ? reg->ref.title : "");
	json_object_object_add(o, "reference", json_object_new_string(buf));
	if (!with_fields)
		return o;
	arr = json_object_new_array();
	for (i = 0; i < reg->nfields; i++) {
		const struct msrkit_field *f = &reg->fields[i];
		json_object *fo = json_object_new_object();

		json_object_object_add(fo, "name", json_object_new_string(f->name));
		json_object_object_add(fo, "lsb", json_object_new_int(f->lsb));
		json_object_object_add(fo, "msb", json_object_new_int(f->lsb + f->width - 1));
		json_object_object_add(fo, "access", json_object_new_string(msrkit_access_name(f->access)));
		json_object_object_add(fo, "description", json_object_new_string(f->desc ? f->desc : ""));
		if (f->flags & MSRKIT_FIELD_MAXPHYADDR)
			json_object_object_add(fo, "maxphyaddr_wide", json_object_new_boolean(1));
		if (f->nvalues)
			json_object_object_add(fo, "values", values_json(f));
		json_object_array_add(arr, fo);
	}
	json_object_object_add(o, "fields", arr);
	return o;
}

void render_json_print(json_object *o)
{
	puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
						       JSON_C_TO_STRING_NOSLASHESCAPE));
}
