#ifndef PRFAQ_CALLOCATOR_H
#define PRFAQ_CALLOCATOR_H

/// Sets the C allocator up for a run that lints and exits: its heaps grow in steps of megabytes and are
/// not handed back to the system while the run lasts. Does nothing where the allocator is not glibc's.
void prfaq_allocator_for_one_run(void);

#endif
