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
    // Setting either fixes the threshold above which a block is mapped on its own, which glibc otherwise
    // raises as large blocks are freed: set here to the most it would reach, so a big draft's arrays come
    // from the heap as before.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}
