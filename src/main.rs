//! The `pocketcard` command: parses arguments and dispatches to a subcommand.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use pocketcard::cli;
use pocketcard::cli::args::{BuildArgs, Cli, Command};

fn main() -> ExitCode {
    // clap exits with status 2 on a usage error, as documented.
    let cli = Cli::parse();
    let build_args = match &cli.command {
        Command::Build(args) => Some(args),
        Command::Watch(args) => Some(&args.build),
        _ => None,
    };
    if let Some(problem) = build_args.and_then(BuildArgs::usage_problem) {
        Cli::command().error(clap::error::ErrorKind::ArgumentConflict, problem).exit();
    }
    match &cli.command {
        Command::Build(args) => cli::build::run(args),
        Command::Check(args) => cli::check::run(args),
        Command::NewLocale(args) => cli::new_locale::run(args),
        Command::Bench(args) => cli::bench::run(args),
        Command::Watch(args) => cli::watch::run(args),
        Command::Serve(args) => cli::serve::run(args),
        Command::Translated(args) => cli::translated::run(args),
        Command::Review(args) => cli::review::run(args),
        Command::List(args) => cli::list::run(args),
    }
}
