/* SPDX-License-Identifier: MIT */
/* rdmsr and wrmsr with msr-tools' interface, on msrkit's access layer. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <msrkit/access.h>
#include <msrkit/msrkit.h>

#include "msrtools.h"
#include "test_backend.h"

/* msr-tools limits -p to 5119; msrkit's CPU sets go further. */
#define MT_MAX_CPU (MSRKIT_CPUSET_MAX - 1)

static void rdmsr_usage(FILE *f, const char *prog)
{
	fprintf(f,
		"Usage: %s [options] regno\n"
		"  --help         -h  Print this help\n"
		"  --version      -V  Print current version\n"
		"  --hexadecimal  -x  Hexadecimal output (lower case)\n"
		"  --capital-hex  -X  Hexadecimal output (upper case)\n"
		"  --decimal      -d  Signed decimal output\n"
		"  --unsigned     -u  Unsigned decimal output\n"
		"  --octal        -o  Octal output\n"
		"  --c-language   -c  Format output as a C language constant\n"
		"  --zero-pad     -0  Output leading zeroes\n"
		"  --raw          -r  Raw binary output\n"
		"  --all          -a  all processors\n"
		"  --processor #  -p  Select processor number (default 0)\n"
		"  --bitfield h:l -f  Output bits [h:l] only\n"
		"regno is a number (0x10, 16) or a register name (IA32_TSC); msrkit's rdmsr.\n",
		prog);
}

static void wrmsr_usage(FILE *f, const char *prog)
{
	fprintf(f,
		"Usage: %s [options] regno value...\n"
		"  --help         -h  Print this help\n"
		"  --version      -V  Print current version\n"
		"  --all          -a  all processors\n"
		"  --processor #  -p  Select processor number (default 0)\n"
		"regno is a number (0x10, 16) or a register name (IA32_TSC); msrkit's wrmsr.\n"
		"Each value is written in turn; nothing is verified or restored ('msrkit write'\n"
		"plans, checks, verifies and rolls back).\n",
		prog);
}

/* strtoull base 0 over the whole string, no sign, no blanks. */
static bool c_number(const char *s, uint64_t max, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (!s || !*s || *s == '-' || *s == '+' || *s == ' ' || *s == '\t')
		return false;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || *end || v > max)
		return false;
	*out = v;
	return true;
}

bool mt_parse_reg(const char *s, uint32_t *out)
{
	struct msrkit_reg_ref ref;
	uint64_t v;

	if (c_number(s, UINT32_MAX, &v)) {
		*out = (uint32_t)v;
		return true;
	}
	if (s && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_') &&
	    msrkit_db_find_name(s, NULL, &ref) == 0) {
		*out = ref.address;
		return true;
	}
	return false;
}

bool mt_parse_value(const char *s, uint64_t *out)
{
	return c_number(s, UINT64_MAX, out);
}

static bool parse_bitfield(const char *s, unsigned *hi, unsigned *lo)
{
	const char *colon = strchr(s, ':');
	char left[24];
	uint64_t h, l;

	if (!colon || (size_t)(colon - s) >= sizeof(left))
		return false;
	memcpy(left, s, (size_t)(colon - s));
	left[colon - s] = '\0';
	if (!c_number(left, 63, &h) || !c_number(colon + 1, 63, &l) || l > h)
		return false;
	*hi = (unsigned)h;
	*lo = (unsigned)l;
	return true;
}

int mt_parse(bool is_rdmsr, int argc, char **argv, struct mt_opts *o, FILE *err)
{
	static const struct option rd_long[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "hexadecimal", no_argument, NULL, 'x' },
		{ "capital-hexadecimal", no_argument, NULL, 'X' },
		{ "decimal", no_argument, NULL, 'd' },
		{ "signed-decimal", no_argument, NULL, 'd' },
		{ "unsigned-decimal", no_argument, NULL, 'u' },
		{ "octal", no_argument, NULL, 'o' },
		{ "c-language", no_argument, NULL, 'c' },
		{ "zero-fill", no_argument, NULL, '0' },
		{ "zero-pad", no_argument, NULL, '0' },
		{ "raw", no_argument, NULL, 'r' },
		{ "all", no_argument, NULL, 'a' },
		{ "processor", required_argument, NULL, 'p' },
		{ "cpu", required_argument, NULL, 'p' },
		{ "bitfield", required_argument, NULL, 'f' },
		{ 0 },
	};
	static const struct option wr_long[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "all", no_argument, NULL, 'a' },
		{ "processor", required_argument, NULL, 'p' },
		{ "cpu", required_argument, NULL, 'p' },
		{ 0 },
	};
	const char *prog = argv[0];
	const char *name = is_rdmsr ? "rdmsr" : "wrmsr";
	void (*usage)(FILE *, const char *) = is_rdmsr ? rdmsr_usage : wrmsr_usage;
	uint64_t v;
	int c;

	*o = (struct mt_opts){ .mode = MT_HEX, .highbit = 63, .lowbit = 0 };
	optind = 1;
	while ((c = getopt_long(argc, argv, is_rdmsr ? "hVxXdsoruc0ap:f:" : "hVap:", is_rdmsr ? rd_long : wr_long,
				NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(err, prog);
			return 0;
		case 'V':
			fprintf(err, "%s: version msrkit %s (msr-tools 1.3 compatible)\n", prog, MSRKIT_VERSION);
			return 0;
		case 'x': o->mode = (o->mode & ~MT_BASE) | MT_HEX; break;
		case 'X': o->mode = (o->mode & ~MT_BASE) | MT_CHX; break;
		case 'o': o->mode = (o->mode & ~MT_BASE) | MT_OCT; break;
		case 'd':
		case 's': o->mode = (o->mode & ~MT_BASE) | MT_DEC; break;
		case 'r': o->mode = (o->mode & ~MT_BASE) | MT_RAW; break;
		case 'u': o->mode = (o->mode & ~MT_BASE) | MT_UNS; break;
		case 'c': o->mode |= MT_C; break;
		case '0': o->mode |= MT_FILL; break;
		case 'a': o->all = true; break;
		case 'p':
			if (!c_number(optarg, MT_MAX_CPU, &v)) {
				fprintf(err, "%s: invalid processor number '%s': use 0 to %u\n", name, optarg, MT_MAX_CPU);
				usage(err, prog);
				return MT_EXIT_OTHER;
			}
			o->cpu = (unsigned)v;
			o->all = false;
			break;
		case 'f':
			if (!parse_bitfield(optarg, &o->highbit, &o->lowbit)) {
				fprintf(err, "%s: invalid bit field '%s': use h:l with 63 >= h >= l >= 0\n", name, optarg);
				usage(err, prog);
				return MT_EXIT_OTHER;
			}
			break;
		default:
			usage(err, prog);
			return MT_EXIT_OTHER;
		}
	}
	if (is_rdmsr ? optind != argc - 1 : optind > argc - 2) {
		usage(err, prog);
		return MT_EXIT_OTHER;
	}
	if (!mt_parse_reg(argv[optind], &o->reg)) {
		fprintf(err, "%s: invalid register '%s': not a number (0x1a0, 416) or a register name msrkit knows\n",
			name, argv[optind]);
		return MT_EXIT_OTHER;
	}
	optind++;
	if (is_rdmsr)
		return -1;
	o->nvalues = (size_t)(argc - optind);
	o->values = calloc(o->nvalues, sizeof(*o->values));
	if (!o->values) {
		fprintf(err, "%s: out of memory\n", name);
		return MT_EXIT_OTHER;
	}
	for (size_t i = 0; i < o->nvalues; i++)
		if (!mt_parse_value(argv[optind + (int)i], &o->values[i])) {
			fprintf(err, "%s: invalid value '%s': not a 64-bit number (0x1f, 31, 037)\n", name,
				argv[optind + (int)i]);
			free(o->values);
			o->values = NULL;
			return MT_EXIT_OTHER;
		}
	return -1;
}

/* Decimal digits of the largest unsigned value of bits bits (msr-tools' decdigits[]). */
static int dec_digits(unsigned bits)
{
	uint64_t v = bits >= 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
	int d = 1;

	while (v >= 10) {
		v /= 10;
		d++;
	}
	return d;
}

bool mt_mode_prefixed(int mode)
{
	return (mode & MT_BASE) != MT_RAW;
}

size_t mt_format(uint64_t data, unsigned highbit, unsigned lowbit, int mode, char *buf, size_t len)
{
	unsigned bits = highbit - lowbit + 1;
	int base = mode & MT_BASE, width = 1, k = 0;
	bool fill = mode & MT_FILL, c = mode & MT_C;
	long long sval;

	if (len)
		buf[0] = '\0';
	if (bits < 64)
		data = (data >> lowbit) & ((UINT64_C(1) << bits) - 1);
	/* Two's complement of the field's width (msr-tools cleared the sign bit
	 * and negated, printing an 8-bit 0xFF as -127). */
	if (bits < 64 && (data >> (bits - 1)) & 1)
		sval = -(long long)((UINT64_C(1) << bits) - data);
	else
		sval = (long long)data;

	switch (base) {
	case MT_RAW:
		if (c) {
			for (unsigned i = 0; i < 8; i++)
				k += snprintf(buf + k, len > (size_t)k ? len - (size_t)k : 0, "%s0x%02x", i ? "," : "{",
					      (unsigned)(data >> (8 * i)) & 0xff);
			k += snprintf(buf + k, len > (size_t)k ? len - (size_t)k : 0, "}\n");
			return (size_t)k;
		}
		for (unsigned i = 0; i < 8 && i < len; i++)
			buf[i] = (char)((data >> (8 * i)) & 0xff);
		return len < 8 ? len : 8;
	case MT_HEX:
	case MT_CHX:
		if (fill)
			width = (int)(bits + 3) / 4;
		k = snprintf(buf, len, base == MT_HEX ? "%s%0*llx\n" : "%s%0*llX\n", c ? "0x" : "", width,
			     (unsigned long long)data);
		break;
	case MT_OCT:
		if (fill)
			width = (int)(bits + 2) / 3;
		k = snprintf(buf, len, "%s%0*llo\n", c ? "0" : "", width, (unsigned long long)data);
		break;
	case MT_DEC:
		/* As msr-tools: -c drops the zero fill. */
		if (fill && !c)
			width = dec_digits(bits - 1) + 1;
		k = snprintf(buf, len, "%0*lld\n", width, sval);
		break;
	case MT_UNS:
		if (c)
			k = snprintf(buf, len, "%lluU\n", (unsigned long long)data);
		else
			k = snprintf(buf, len, "%0*llu\n", fill ? dec_digits(bits) : 1, (unsigned long long)data);
		break;
	default:
		k = snprintf(buf, len, "%llx\n", (unsigned long long)data);
		break;
	}
	return k > 0 ? (size_t)k : 0;
}

/* Opens the device backend (or the test machine) for cpus; on failure prints
 * msr-tools' message plus msrkit's diagnosis and returns the exit code. */
static int open_backend(bool is_rdmsr, const char *prog, struct msrkit_backend *b, struct msrkit_cpuset *cpus,
			bool all)
{
	const char *name = is_rdmsr ? "rdmsr" : "wrmsr";
	struct msrkit_open_report report;
	struct msrkit_diagnosis d;
	char label[512], msg[1024];
	const char *backend = "msr";
	unsigned cpu = 0;
	int rc, want = msrkit_cpuset_next(cpus, 0);

	rc = test_backend_open(b, prog, label, sizeof(label));
	if (rc < 0)
		return MT_EXIT_OTHER;
	if (rc > 0) {
		struct msrkit_cpuset have;

		msrkit_backend_cpus(b, &have);
		if (all) {
			*cpus = have;
			return 0;
		}
		if (msrkit_cpuset_has(&have, (unsigned)want))
			return 0;
		msrkit_backend_close(b);
		fprintf(stderr, "%s: No CPU %d\n", name, want);
		return MT_EXIT_NO_CPU;
	}
	rc = msrkit_backend_open_auto(b, "auto", NULL, cpus, is_rdmsr ? 0 : MSRKIT_OPEN_WRITE, &report);
	if (rc == 0)
		return 0;
	for (size_t i = 0; i < report.n; i++)
		if (report.attempt[i].tried && report.attempt[i].err == rc) {
			backend = report.attempt[i].backend;
			cpu = report.attempt[i].cpu;
			if (report.attempt[i].policy) {
				/* msr-tools would open the node and fail on pwrite. */
				fprintf(stderr, "%s: pwrite: %s\n", name, strerror(-rc));
				msrkit_diagnose(NULL, backend, MSRKIT_IO_WRITE, cpu, 0, 0, rc, &d);
				msrkit_diag_format(&d, msg, sizeof(msg));
				fprintf(stderr, "%s: %s\n", name, msg);
				return MT_EXIT_OTHER;
			}
			break;
		}
	if (rc == -ENXIO) {
		fprintf(stderr, "%s: No CPU %u\n", name, cpu);
		return MT_EXIT_NO_CPU;
	}
	if (rc == -EIO) {
		fprintf(stderr, "%s: CPU %u doesn't support MSRs\n", name, cpu);
		return MT_EXIT_NO_MSRS;
	}
	fprintf(stderr, "%s: open: %s\n", name, strerror(-rc));
	msrkit_diagnose(NULL, backend, MSRKIT_IO_OPEN, cpu, 0, 0, rc, &d);
	msrkit_diag_format(&d, msg, sizeof(msg));
	fprintf(stderr, "%s: %s\n", name, msg);
	return MT_EXIT_OTHER;
}

static int explain_io(struct msrkit_backend *b, bool write, unsigned cpu, uint32_t reg, int err)
{
	struct msrkit_diagnosis d;
	char msg[1024];
	const char *name = write ? "wrmsr" : "rdmsr";

	fprintf(stderr, "%s: %s: %s\n", name, write ? "pwrite" : "pread", strerror(-err));
	msrkit_diagnose(NULL, msrkit_backend_name(b), write ? MSRKIT_IO_WRITE : MSRKIT_IO_READ, cpu, reg, 0, err, &d);
	msrkit_diag_format(&d, msg, sizeof(msg));
	fprintf(stderr, "%s: %s\n", name, msg);
	return MT_EXIT_OTHER;
}

static int rdmsr_run(const struct mt_opts *o, struct msrkit_backend *b, const struct msrkit_cpuset *cpus)
{
	size_t n = msrkit_cpuset_count(cpus), k = 0;
	struct msrkit_op *ops = calloc(n ? n : 1, sizeof(*ops));
	char buf[128];
	int ret = 0, rc;

	if (!ops) {
		fputs("rdmsr: out of memory\n", stderr);
		return MT_EXIT_OTHER;
	}
	for (int c = msrkit_cpuset_next(cpus, 0); c >= 0; c = msrkit_cpuset_next(cpus, (unsigned)c + 1))
		ops[k++] = (struct msrkit_op){ .cpu = (unsigned)c, .address = o->reg };
	/* One batch: every CPU read by a thread pinned to it, in parallel. */
	rc = msrkit_backend_batch(b, ops, n, false);
	for (size_t i = 0; i < n; i++) {
		int err = rc ? rc : ops[i].err;

		if (err) {
			int code = err == -EIO ? MT_EXIT_MSR : MT_EXIT_OTHER;

			fflush(stdout);
			if (err == -EIO)
				fprintf(stderr, "rdmsr: CPU %u cannot read MSR 0x%08x\n", ops[i].cpu, o->reg);
			else
				explain_io(b, false, ops[i].cpu, o->reg, err);
			if (!ret)
				ret = code;
			continue;
		}
		size_t len = mt_format(ops[i].value, o->highbit, o->lowbit, o->mode, buf, sizeof(buf));

		if (o->all && mt_mode_prefixed(o->mode))
			printf("CPU %u: ", ops[i].cpu);
		fwrite(buf, 1, len, stdout);
	}
	free(ops);
	return ret;
}

static int wrmsr_run(const struct mt_opts *o, struct msrkit_backend *b, const struct msrkit_cpuset *cpus)
{
	for (int c = msrkit_cpuset_next(cpus, 0); c >= 0; c = msrkit_cpuset_next(cpus, (unsigned)c + 1))
		for (size_t i = 0; i < o->nvalues; i++) {
			int err = msrkit_backend_write(b, (unsigned)c, o->reg, o->values[i]);

			if (err == -EIO) {
				fprintf(stderr, "wrmsr: CPU %d cannot set MSR 0x%08x to 0x%016llx\n", c, o->reg,
					(unsigned long long)o->values[i]);
				return MT_EXIT_MSR;
			}
			if (err)
				return explain_io(b, true, (unsigned)c, o->reg, err);
		}
	return 0;
}

int msrtools_main(bool is_rdmsr, int argc, char **argv)
{
	struct mt_opts o;
	struct msrkit_backend b = { 0 };
	struct msrkit_cpuset cpus;
	int rc = mt_parse(is_rdmsr, argc, argv, &o, stderr);

	if (rc >= 0)
		return rc;
	msrkit_cpuset_clear(&cpus);
	if (o.all) {
		if (msrkit_cpuset_online(&cpus) && !getenv(TEST_BACKEND_ENV)) {
			fprintf(stderr, "%s: cannot read /sys/devices/system/cpu/online: is sysfs mounted?\n",
				is_rdmsr ? "rdmsr" : "wrmsr");
			free(o.values);
			return MT_EXIT_OTHER;
		}
	} else {
		msrkit_cpuset_add(&cpus, o.cpu);
	}
	rc = open_backend(is_rdmsr, argv[0], &b, &cpus, o.all);
	if (rc == 0) {
		rc = is_rdmsr ? rdmsr_run(&o, &b, &cpus) : wrmsr_run(&o, &b, &cpus);
		msrkit_backend_close(&b);
	}
	free(o.values);
	return rc;
}
