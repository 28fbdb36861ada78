/* SPDX-License-Identifier: MIT */
/* Argument parsing shared by the commands: values, registers, errors. */
#include <stdarg.h>
#include <stdio.h>

#include "cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("msrkit: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

bool cli_parse_value(const char *arg, uint64_t *out)
{
	int rc = msrkit_parse_u64(arg, out);

	if (rc == 0)
		return true;
	cli_error("invalid value '%s': %s", arg, msrkit_parse_strerror(rc));
	return false;
}

bool cli_parse_reg(const char *arg, const struct msrkit_cpu *cpu, struct msrkit_reg_ref *out)
{
	const struct msrkit_reg *sugg[5];
	size_t n, i;
	int rc = msrkit_parse_reg(arg, cpu, out);

	if (rc == 0)
		return true;
	if (rc != -MSRKIT_PARSE_UNKNOWN) {
		cli_error("invalid register '%s': %s", arg,
			  rc == -MSRKIT_PARSE_RANGE ? "address does not fit in 32 bits"
						    : msrkit_parse_strerror(rc));
		return false;
	}
	n = msrkit_db_suggest(arg, sugg, sizeof(sugg) / sizeof(sugg[0]));
	if (!n) {
		cli_error("unknown register '%s'; 'msrkit list' shows the known names", arg);
		return false;
	}
	fprintf(stderr, "msrkit: unknown register '%s'; did you mean ", arg);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s%s", i ? (i + 1 == n ? " or " : ", ") : "", sugg[i]->name);
	fputs("?\n", stderr);
	return false;
}
