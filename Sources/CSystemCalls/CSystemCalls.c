#define _GNU_SOURCE
#include "CSystemCalls.h"
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

int mcs_forbid_core_dumps(void) {
    struct rlimit none = { 0, 0 };
    int limited = setrlimit(RLIMIT_CORE, &none);
    int undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return limited == 0 && undumpable == 0 ? 0 : -1;
}

int mcs_may_dump_core(void) {
    struct rlimit limit;
    if (getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0) return 0;
    return 1;
}

int mcs_sync_file_system(int descriptor) {
    return syncfs(descriptor);
}
