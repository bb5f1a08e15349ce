// Extraction makes and drops many small strings and vectors on every core; mimalloc's
// per-thread heaps do that in a fraction of the system allocator's instructions.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(hearsay::cli::main());
}
