#include "CAllocator.h"
// Any C library header defines __GLIBC__ under glibc.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void prfaq_allocator_for_one_run(void) {
#if defined(__GLIBC__)
    // glibc grows a worker thread's heap by the page and trims it when its top is free: each step is an
    // mprotect or madvise, and with two threads each one interrupts the other core to flush its TLB (160
    // such calls on the bench drafts). Grown by 4 MB and never trimmed, a run makes a handful.
    mallopt(M_TOP_PAD, 4 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    // Setting either fixes the threshold above which a block is mapped on its own (glibc otherwise raises
    // it as large blocks are freed). At 4 MB a draft's arrays come from the heap, and a hostile draft's
    // blocks of many megabytes are mapped apart and handed back when freed: from an untrimmed heap, the
    // 20 MB one-paragraph draft peaked at 214 MB instead of 177; so it peaks at 154.
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}
