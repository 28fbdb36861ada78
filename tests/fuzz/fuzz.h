/* SPDX-License-Identifier: MIT */
/* The libFuzzer entry point every target in this directory defines. */
#ifndef MSRKIT_TEST_FUZZ_H
#define MSRKIT_TEST_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
