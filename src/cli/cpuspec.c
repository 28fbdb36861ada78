/* SPDX-License-Identifier: MIT */
/*
 * --cpu VENDOR:FAMILY_MODEL: the processor a register definition is chosen
 * for when there is no machine or snapshot to identify it (decode, describe).
 * Family and model are hexadecimal display values as the Intel SDM writes
 * them (06_55H) and AMD's family numbers (19h); the trailing H is optional.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const struct {
	const char *name;
	uint32_t vendor;
} vendor_names[] = {
	{ "intel", MSRKIT_VENDOR_INTEL },     { "amd", MSRKIT_VENDOR_AMD },
	{ "hygon", MSRKIT_VENDOR_HYGON },     { "centaur", MSRKIT_VENDOR_CENTAUR },
	{ "zhaoxin", MSRKIT_VENDOR_CENTAUR }, { "via", MSRKIT_VENDOR_CENTAUR },
	{ "transmeta", MSRKIT_VENDOR_OTHER },
};

/* One hexadecimal number of 1-3 digits, an optional h/H after it. */
static bool hex_part(const char *s, size_t len, uint32_t *out)
{
	char buf[8];
	char *end;

	if (len && (s[len - 1] == 'h' || s[len - 1] == 'H'))
		len--;
	if (len == 0 || len > 3)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (strspn(buf, "0123456789abcdefABCDEF") != len)
		return false;
	*out = (uint32_t)strtoul(buf, &end, 16);
	return *end == '\0';
}

bool cli_defined_for(const struct msrkit_reg_ref *ref, const struct msrkit_cpu *cpu, const char *cpu_arg,
		     const char *reg_arg)
{
	char name[128];

	if (msrkit_reg_applies(ref->reg, cpu) != MSRKIT_NO)
		return true;
	msrkit_reg_ref_name(ref, name, sizeof(name));
	cli_error("%s (0x%x) is not defined for %s; 'msrkit describe %s' shows which processors have it", name,
		  ref->address, cpu_arg, reg_arg);
	return false;
}

bool cli_parse_cpu_spec(const char *arg, struct msrkit_cpu *out)
{
	const char *colon = strchr(arg, ':'), *us;
	size_t i;

	memset(out, 0, sizeof(*out));
	if (colon) {
		for (i = 0; i < sizeof(vendor_names) / sizeof(vendor_names[0]); i++)
			if (strlen(vendor_names[i].name) == (size_t)(colon - arg) &&
			    !strncasecmp(arg, vendor_names[i].name, (size_t)(colon - arg)))
				out->vendor = vendor_names[i].vendor;
		us = strchr(colon + 1, '_');
		if (out->vendor && us && hex_part(colon + 1, (size_t)(us - colon - 1), &out->family) &&
		    hex_part(us + 1, strlen(us + 1), &out->model) && out->family)
			return true;
	}
	cli_error("bad --cpu '%s': expected VENDOR:FAMILY_MODEL with hexadecimal display family and model, "
		  "e.g. intel:06_55, amd:19_11 or zhaoxin:07_3B (vendors: intel, amd, hygon, centaur, zhaoxin, "
		  "transmeta)", arg);
	return false;
}
