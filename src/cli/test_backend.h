/* SPDX-License-Identifier: MIT */
/*
 * Test-only: a simulated machine in place of the msr driver, so the live
 * paths of read, write, rdmsr and wrmsr (plans, verification, rollback,
 * exit codes) can be tested end to end on any machine.
 *
 *   MSRKIT_TEST_MEMORY_BACKEND=FILE   a snapshot (msrkit text or AIDA64 dump)
 *                                     whose CPUs, CPUID leaves and MSR values
 *                                     become the in-memory backend
 *   MSRKIT_TEST_FAULTS=SPEC[,SPEC...] injected faults and ignored bits:
 *     OP:CPU:ADDR:ERR[:skip=N][:times=N]  OP read|write|rw, CPU a number or *,
 *                                         ADDR a number or *, ERR eio|enxio|
 *                                         eperm|eacces|erofs|ebadf|short
 *     writable:CPU:ADDR:MASK              only MASK's bits take writes (the
 *                                         others keep their value, as
 *                                         hardware ignoring bits)
 *
 * Every write and the final state live in memory only and vanish at exit.
 */
#ifndef MSRKIT_CLI_TEST_BACKEND_H
#define MSRKIT_CLI_TEST_BACKEND_H

#include <stddef.h>

#include <msrkit/access.h>

#define TEST_BACKEND_ENV "MSRKIT_TEST_MEMORY_BACKEND"
#define TEST_FAULTS_ENV "MSRKIT_TEST_FAULTS"

/*
 * Opens the simulated machine when TEST_BACKEND_ENV is set: returns 0 when it
 * is not set (nothing done), 1 when *b is open (label gets a description),
 * or -1 after printing why the file or the fault list is unusable, with
 * "prog: " before the message.
 */
int test_backend_open(struct msrkit_backend *b, const char *prog, char *label, size_t len);

/* Parses a fault list into the memory backend b. Returns 0, or -1 with the reason in err. */
int test_backend_faults(struct msrkit_backend *b, const char *spec, char *err, size_t errlen);

#endif
