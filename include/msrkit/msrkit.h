/* SPDX-License-Identifier: MIT */
/* msrkit: read, write and decode x86 model-specific registers. Umbrella header. */
#ifndef MSRKIT_MSRKIT_H
#define MSRKIT_MSRKIT_H

#include "db.h"
#include "cpu.h"
#include "lookup.h"
#include "parse.h"
#include "decode.h"
#include "vmx.h"
#include "check.h"
#include "cpuid_bits.h"

#define MSRKIT_VERSION "0.1.0"

#endif /* MSRKIT_MSRKIT_H */
