fn main() -> std::process::ExitCode {
    xhslint::cli::run()
}
