/* SPDX-License-Identifier: MIT */
#include "tables.h"

const struct msrkit_reg_table msrkit_table_arch = { .family = "arch", .regs = 0, .count = 0 };
