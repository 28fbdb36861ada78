/* SPDX-License-Identifier: MIT */
/*
 * Long-lived worker threads, one per CPU, each pinned to its CPU once. A
 * batch hands every CPU's share of the work to that CPU's worker and waits;
 * the workers stay for the next batch. Creating a thread and changing its
 * affinity per batch costs more than the reads of a small batch (under QEMU
 * about half a millisecond a batch); waking a parked, already pinned thread
 * costs a few microseconds.
 *
 * A CPU this process may not run on gets no worker: its share runs in the
 * calling thread, unpinned (the kernel then reaches the CPU by cross-call).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "access_int.h"

enum slot_state { SLOT_NONE, SLOT_WORKER, SLOT_REFUSED };

struct worker {
	struct msrkit__workers *pool;
	pthread_t tid;
	unsigned cpu;
	pthread_cond_t wake;
	bool ready, pinned, has_job;
	size_t job; /* index of the share to run, valid while has_job */
};

struct msrkit__workers {
	pthread_mutex_t batch; /* one batch at a time */
	pthread_mutex_t mu;    /* everything below */
	pthread_cond_t done;   /* pending reached 0, or a worker became ready */
	size_t pending;
	bool quit;
	pid_t pid; /* workers exist only in the process that created them */
	void (*run)(void *arg, size_t i);
	void *arg;
	unsigned char state[MSRKIT_CPUSET_MAX];
	struct worker *by_cpu[MSRKIT_CPUSET_MAX];
};

static void *worker_main(void *p)
{
	struct worker *w = p;
	struct msrkit__workers *pool = w->pool;
	bool pinned = msrkit__pin_self(w->cpu) == 0;

	pthread_mutex_lock(&pool->mu);
	w->pinned = pinned;
	w->ready = true;
	pthread_cond_broadcast(&pool->done);
	while (pinned) {
		while (!w->has_job && !pool->quit)
			pthread_cond_wait(&w->wake, &pool->mu);
		if (pool->quit)
			break;
		pthread_mutex_unlock(&pool->mu);
		pool->run(pool->arg, w->job);
		pthread_mutex_lock(&pool->mu);
		w->has_job = false;
		if (--pool->pending == 0)
			pthread_cond_broadcast(&pool->done);
	}
	pthread_mutex_unlock(&pool->mu);
	return NULL;
}

/* Starts cpu's worker and waits until it has tried to pin itself. Called with
 * mu held. A worker that could not pin itself has already returned. */
static void start_worker(struct msrkit__workers *pool, unsigned cpu, struct msrkit__stats *stats)
{
	struct worker *w = calloc(1, sizeof(*w));
	pthread_attr_t attr;
	sigset_t all, old;
	int rc;

	pool->state[cpu] = SLOT_REFUSED;
	if (!w)
		return;
	w->pool = pool;
	w->cpu = cpu;
	pthread_cond_init(&w->wake, NULL);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 * 1024); /* runs pread/ioctl, nothing deep */
	/* Signals stay with the caller's threads: a worker never handles one. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	rc = pthread_create(&w->tid, &attr, worker_main, w);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_attr_destroy(&attr);
	if (rc != 0) {
		pthread_cond_destroy(&w->wake);
		free(w);
		return;
	}
	while (!w->ready)
		pthread_cond_wait(&pool->done, &pool->mu);
	if (!w->pinned) {
		pthread_mutex_unlock(&pool->mu);
		pthread_join(w->tid, NULL);
		pthread_mutex_lock(&pool->mu);
		pthread_cond_destroy(&w->wake);
		free(w);
		return;
	}
	atomic_fetch_add(&stats->threads, 1);
	pool->by_cpu[cpu] = w;
	pool->state[cpu] = SLOT_WORKER;
}

static void pool_init(struct msrkit__workers *pool)
{
	pthread_mutex_init(&pool->batch, NULL);
	pthread_mutex_init(&pool->mu, NULL);
	pthread_cond_init(&pool->done, NULL);
	pool->pid = getpid();
}

int msrkit__workers_create(struct msrkit__workers **out)
{
	struct msrkit__workers *pool = calloc(1, sizeof(*pool));

	if (!pool)
		return -ENOMEM;
	pool_init(pool);
	*out = pool;
	return 0;
}

/* After fork() the child has none of the parent's threads: forget them. */
static void forget_workers(struct msrkit__workers *pool)
{
	for (unsigned c = 0; c < MSRKIT_CPUSET_MAX; c++) {
		free(pool->by_cpu[c]);
		pool->by_cpu[c] = NULL;
		pool->state[c] = SLOT_NONE;
	}
	pool->pending = 0;
	pool->quit = false;
	pool_init(pool);
}

void msrkit__workers_destroy(struct msrkit__workers *pool)
{
	if (!pool)
		return;
	if (pool->pid != getpid()) {
		forget_workers(pool);
	} else {
		pthread_mutex_lock(&pool->mu);
		pool->quit = true;
		for (unsigned c = 0; c < MSRKIT_CPUSET_MAX; c++)
			if (pool->by_cpu[c])
				pthread_cond_signal(&pool->by_cpu[c]->wake);
		pthread_mutex_unlock(&pool->mu);
		for (unsigned c = 0; c < MSRKIT_CPUSET_MAX; c++) {
			struct worker *w = pool->by_cpu[c];

			if (!w)
				continue;
			pthread_join(w->tid, NULL);
			pthread_cond_destroy(&w->wake);
			free(w);
		}
	}
	pthread_cond_destroy(&pool->done);
	pthread_mutex_destroy(&pool->mu);
	pthread_mutex_destroy(&pool->batch);
	free(pool);
}

void msrkit__workers_run(struct msrkit__workers *pool, size_t n, const unsigned *cpus,
			 void (*run)(void *arg, size_t i), void *arg, struct msrkit__stats *stats)
{
	bool *local = calloc(n, sizeof(*local));

	pthread_mutex_lock(&pool->batch);
	if (pool->pid != getpid())
		forget_workers(pool);
	pthread_mutex_lock(&pool->mu);
	pool->run = run;
	pool->arg = arg;
	for (size_t i = 0; i < n; i++) {
		unsigned cpu = cpus[i];
		struct worker *w;

		if (cpu < MSRKIT_CPUSET_MAX && pool->state[cpu] == SLOT_NONE)
			start_worker(pool, cpu, stats);
		w = cpu < MSRKIT_CPUSET_MAX && pool->state[cpu] == SLOT_WORKER ? pool->by_cpu[cpu] : NULL;
		if (!w) {
			if (local) {
				local[i] = true;
			} else {
				/* No memory to remember it: run it here and now. */
				pthread_mutex_unlock(&pool->mu);
				run(arg, i);
				atomic_fetch_add(&stats->unpinned, 1);
				pthread_mutex_lock(&pool->mu);
			}
			continue;
		}
		w->job = i;
		w->has_job = true;
		pool->pending++;
		atomic_fetch_add(&stats->pinned, 1);
		pthread_cond_signal(&w->wake);
	}
	pthread_mutex_unlock(&pool->mu);

	/* The calling thread takes the shares of CPUs without a worker while
	 * the workers run theirs. */
	for (size_t i = 0; local && i < n; i++) {
		if (local[i]) {
			run(arg, i);
			atomic_fetch_add(&stats->unpinned, 1);
		}
	}
	pthread_mutex_lock(&pool->mu);
	while (pool->pending > 0)
		pthread_cond_wait(&pool->done, &pool->mu);
	pthread_mutex_unlock(&pool->mu);
	pthread_mutex_unlock(&pool->batch);
	free(local);
}
