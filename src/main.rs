//! The `pocketcard` command: parses arguments and dispatches to a subcommand.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use pocketcard::args::{BuildArgs, Cli, Command};
use pocketcard::commands;

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
        Command::Build(args) => commands::build::run(args),
        Command::Check(args) => commands::check::run(args),
        Command::NewLocale(args) => commands::new_locale::run(args),
        Command::Bench(args) => commands::bench::run(args),
        Command::Watch(args) => commands::watch::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Translated(args) => commands::translated::run(args),
        Command::Review(args) => commands::review::run(args),
        Command::List(args) => commands::list::run(args),
    }
}
