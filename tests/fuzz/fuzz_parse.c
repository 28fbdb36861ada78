/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target for what people type: the value parser, the register
 * designator parser (names, aliases, family instances, addresses, suggestions)
 * and decoding whatever register they name, with meanings formatted into a
 * deliberately small buffer. Input: "REGISTER\nVALUE".
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <msrkit/msrkit.h>

#include "fuzz.h"

static int meaning_cb(void *arg, const struct msrkit_decoded *d)
{
	char small[7], big[256];
	size_t need = msrkit_decoded_meaning(d, big, sizeof(big));

	/* Truncation must NUL-terminate and report the same length needed. */
	if (msrkit_decoded_meaning(d, small, sizeof(small)) != need || strlen(small) >= sizeof(small))
		__builtin_trap();
	(void)arg;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char buf[256], name[128];
	const struct msrkit_reg *sugg[4];
	struct msrkit_reg_ref ref;
	uint64_t value = 0;
	char *nl;

	if (size >= sizeof(buf))
		size = sizeof(buf) - 1;
	memcpy(buf, data, size);
	buf[size] = '\0';
	nl = strchr(buf, '\n');
	if (nl)
		*nl = '\0';
	if (msrkit_parse_u64(nl ? nl + 1 : buf, &value) != 0)
		value = 0x5a5a5a5a5a5a5a5aull;
	if (msrkit_parse_reg(buf, NULL, &ref) == 0) {
		msrkit_reg_ref_name(&ref, name, sizeof(name));
		if (ref.reg)
			msrkit_decode(ref.reg, value, NULL, meaning_cb, NULL);
	} else {
		msrkit_db_suggest(buf, sugg, 4);
	}
	return 0;
}
