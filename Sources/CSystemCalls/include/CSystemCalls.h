/* System calls Swift cannot make directly: prctl is variadic, and syncfs is a GNU extension that
   glibc declares only with _GNU_SOURCE. */
#ifndef C_SYSTEM_CALLS_H
#define C_SYSTEM_CALLS_H

/* Forbids core dumps of this process (RLIMIT_CORE 0 and not dumpable, which also stops a core_pattern
   pipe such as systemd-coredump): 0 on success, -1 on failure. */
int mcs_forbid_core_dumps(void);

/* Whether the process may still dump core: 1 if it may, 0 if not. */
int mcs_may_dump_core(void);

/* Flushes the file system holding the open file `descriptor` to disk: 0 on success, -1 on failure. */
int mcs_sync_file_system(int descriptor);

#endif
