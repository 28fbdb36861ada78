# SPDX-License-Identifier: MIT
# Test helpers for the guest scripts (busybox sh, sourced). Each check prints
# one TAP line, "ok N - what" or "not ok N - what" (with "# ..." lines saying
# why), or "ok N - what # SKIP why"; finish() prints the plan "1..N", which
# tells the host the script ran to its end.

n=0
out='' err='' rc='' cmd=''
# "fix" as the script's first argument: print the actual output of every file=
# condition that fails, for run-vm-tests.sh --fix to store (review the diff).
fix=0
[ "${1:-}" = fix ] && fix=1

# run CMD...: runs a command; its stdout, stderr and exit code land in $out,
# $err and $rc (outputs without their final newline, as $(...) gives them).
run() {
	cmd="$*"
	"$@" >/tmp/t.out 2>/tmp/t.err
	rc=$?
	out=$(cat /tmp/t.out)
	err=$(cat /tmp/t.err)
}

_diag() { printf '%s\n' "$@" | sed 's/^/#   /'; }

# expect DESC COND...: checks the last run. Conditions:
#   rc=N        exit code N
#   out=TEXT    stdout is exactly TEXT
#   file=PATH   stdout is exactly the content of PATH
#   has=TEXT    stdout contains TEXT (fixed string)
#   lacks=TEXT  stdout does not contain TEXT
#   err=TEXT    stderr is exactly TEXT
#   errhas=TEXT stderr contains TEXT
#   line=TEXT   stdout has a line exactly TEXT
#   json=TEXT   stdout with each line's indentation removed and the lines
#               joined contains TEXT ({"a": 1,"b": [2]} for pretty JSON)
expect() {
	local desc=$1 c bad=
	shift
	for c in "$@"; do
		case $c in
		rc=*) [ "$rc" = "${c#rc=}" ] || bad="$bad
exit code $rc, expected ${c#rc=}" ;;
		out=*) [ "$out" = "${c#out=}" ] || bad="$bad
stdout differs; expected:
${c#out=}" ;;
		file=*) if ! printf '%s\n' "$out" | cmp -s - "${c#file=}"; then
			bad="$bad
stdout differs from ${c#file=}:
$(printf '%s\n' "$out" | diff "${c#file=}" - 2>&1 | head -40)"
			[ $fix = 1 ] && printf '##FIX %s\n%s\n##END\n' "${c#file=}" "$out"
		fi ;;
		has=*) case $out in *"${c#has=}"*) ;; *) bad="$bad
stdout lacks: ${c#has=}" ;; esac ;;
		lacks=*) case $out in *"${c#lacks=}"*) bad="$bad
stdout should not contain: ${c#lacks=}" ;; esac ;;
		err=*) [ "$err" = "${c#err=}" ] || bad="$bad
stderr differs; expected:
${c#err=}" ;;
		errhas=*) case $err in *"${c#errhas=}"*) ;; *) bad="$bad
stderr lacks: ${c#errhas=}" ;; esac ;;
		line=*) printf '%s\n' "$out" | grep -qxF -- "${c#line=}" || bad="$bad
stdout has no line: ${c#line=}" ;;
		json=*) case $(printf '%s\n' "$out" | sed 's/^[[:space:]]*//' | tr -d '\n') in
			*"${c#json=}"*) ;;
			*) bad="$bad
JSON lacks: ${c#json=}" ;;
			esac ;;
		*) bad="$bad
bad condition in the test script: $c" ;;
		esac
	done
	n=$((n + 1))
	if [ -z "$bad" ]; then
		echo "ok $n - $desc"
		return 0
	fi
	echo "not ok $n - $desc"
	_diag "command: $cmd" "exit code: $rc" ${bad:+"${bad#?}"} "stdout:" "$out" "stderr:" "$err"
	return 1
}

# check DESC COMMAND...: a check on anything (shell test, comparison).
check() {
	local desc=$1
	shift
	n=$((n + 1))
	if "$@"; then
		echo "ok $n - $desc"
	else
		echo "not ok $n - $desc"
		_diag "failed: $*"
	fi
}

# skip DESC WHY
skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

# rdraw CPU ADDR: the register's value as the driver returns it (through the
# msr node with dd, independent of msrkit), as 0x%016x; empty on error.
rdraw() {
	dd if="/dev/cpu/$1/msr" bs=8 count=1 skip=$(($2)) iflag=skip_bytes 2>/dev/null |
		od -An -tx8 | tr -d ' \n' | sed 's/^/0x/;s/^0x$//'
}

# same_regs DESC ADDR VALUE CPU...: the driver returns VALUE (0x%016x) for
# ADDR on every CPU given, read with dd (not msrkit).
same_regs() {
	local desc=$1 addr=$2 want=$3 cpu got bad=
	shift 3
	for cpu in "$@"; do
		got=$(rdraw "$cpu" "$addr")
		[ "$got" = "$want" ] || bad="$bad CPU $cpu: ${got:-read failed};"
	done
	n=$((n + 1))
	if [ -z "$bad" ]; then
		echo "ok $n - $desc"
	else
		echo "not ok $n - $desc"
		_diag "MSR $addr, expected $want on CPUs $*;$bad"
	fi
}

finish() { echo "1..$n"; }
