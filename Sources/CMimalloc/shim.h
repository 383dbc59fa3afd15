// mimalloc: linked into the command, it takes the place of malloc and free for the whole process.
#include <mimalloc.h>
