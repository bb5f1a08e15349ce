fn main() {
    std::process::exit(hearsay::cli::main());
}
