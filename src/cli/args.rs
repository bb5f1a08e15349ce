//! The command line, declared with clap.

use crate::model::{ActorType, QuoteKind};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "hearsay",
    version,
    about = "Browse a folder of news articles and see who said what.",
    long_about = "Browse a folder of news articles and see who said what.\n\n\
        With no PATH, hearsay opens its bundled sample corpus.",
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  hearsay                 open the bundled sample corpus\n  hearsay ~/news          browse every article under ~/news\n  hearsay quotes --json ~/news > quotes.json"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub corpus: CorpusArgs,

    /// Read and extract every file, without the index cache ($XDG_CACHE_HOME/hearsay).
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// Do not watch the folders for new, changed and removed articles (the browser; R
    /// still reloads by hand).
    #[arg(long)]
    pub no_watch: bool,

    /// Configuration file (default: $XDG_CONFIG_HOME/hearsay/config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// When to use colours: auto honours NO_COLOR.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List articles with their metadata.
    #[command(after_help = "Example:\n  hearsay articles --json ~/news | jq '.[].title'")]
    Articles(ArticlesArgs),
    /// Print each article's text as the reader shows it (boilerplate left out).
    #[command(after_help = "Example:\n  hearsay text --json ~/saved-pages | jq -r '.[0].text'")]
    Text(TextArgs),
    /// List quotations with their speakers.
    #[command(
        after_help = "Example:\n  hearsay quotes --speaker 'Boris Johnson' --kind direct ~/news"
    )]
    Quotes(QuotesArgs),
    /// List actors (people, organisations, places) with their aliases and counts.
    #[command(after_help = "Example:\n  hearsay actors --type person ~/news")]
    Actors(ActorsArgs),
    /// Fuzzy-search every quote; prints ranked matches (exit 1 when none).
    #[command(after_help = search_help())]
    Search(SearchArgs),
    /// Export quotes with full citations (Markdown, CSV or JSON).
    #[command(
        after_help = "Example:\n  hearsay export --speaker 'Boris Johnson' --format csv -o johnson.csv ~/news"
    )]
    Export(ExportArgs),
    /// Counts: quotes per speaker and per outlet, articles per day.
    #[command(
        after_help = "Example:\n  hearsay stats --json ~/news | jq '.quotes_per_speaker[:10]'"
    )]
    Stats(StatsArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  hearsay completions bash > ~/.local/share/bash-completion/completions/hearsay"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  hearsay man > ~/.local/share/man/man1/hearsay.1")]
    Man,
    /// Show the configuration.
    #[command(after_help = "Example:\n  hearsay config --default > ~/.config/hearsay/config.toml")]
    Config {
        /// Print a fully commented default configuration.
        #[arg(long)]
        default: bool,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only quotes starred in the browser.
    #[arg(long)]
    pub starred: bool,
    /// Only quotes of this speaker (name or alias, any case).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    #[arg(long, value_enum, default_value_t = FormatArg::Md)]
    pub format: FormatArg,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Include scare quotes (left out by default: nobody said them).
    #[arg(long)]
    pub scare: bool,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Md,
    Csv,
    Json,
    /// JSON Lines: one row object per line, written as it is made.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print one JSON object instead of tables.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Files and folders of articles (.txt .md .html .json .jsonl); the bundled sample
    /// corpus when none are given.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Also read the files named in FILE ('-': standard input), one path a line. A path
    /// that does not exist or is a folder is warned about and skipped.
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,
    /// The --files-from list is separated by NUL bytes (find -print0), not lines.
    #[arg(long, requires = "files_from")]
    pub null: bool,
}

#[derive(Debug, Args)]
pub struct ArticlesArgs {
    /// Print one JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Print JSON Lines: one object a line (the fields of --json), each written as soon
    /// as it is made.
    #[arg(long, conflicts_with = "json")]
    pub jsonl: bool,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

#[derive(Debug, Args)]
pub struct TextArgs {
    /// Print one JSON array of {id, title, text, paragraphs: [{text, boilerplate}]}.
    #[arg(long)]
    pub json: bool,
    /// Keep boilerplate lines too (marked `[boilerplate]` in plain output).
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Print one JSON array instead of lines.
    #[arg(long)]
    pub json: bool,
    /// Print JSON Lines: one object a line (the fields of --json), each written as soon
    /// as it is made.
    #[arg(long, conflicts_with = "json")]
    pub jsonl: bool,
    /// Only quotes of this speaker (canonical name or alias, case-insensitive).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only quotes of this kind.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

#[derive(Debug, Args)]
pub struct ActorsArgs {
    /// Print one JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Print JSON Lines: one object a line (the fields of --json), each written as soon
    /// as it is made.
    #[arg(long, conflicts_with = "json")]
    pub jsonl: bool,
    /// Only actors of this type.
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub kind: Option<TypeArg>,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

/// `hearsay search --help`'s closing text: the query syntax (the browser's `?` help draws
/// the same table), exit status and examples.
fn search_help() -> String {
    format!(
        "Query syntax (as fzf):\n{}\n\
         Exit status: 0 some quotes matched, 1 none did, 2 an error (a query that cannot be\n\
         read: an unknown field or a bad date).\n\n\
         Examples:\n  hearsay search 'huawei @johnson' ~/news --limit 5\n  \
         hearsay search --json 'brexit !@johnson outlet:bbc date:2020-01' ~/news",
        crate::search::query::syntax_text()
    )
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for: words, `@name`, `!word`, `a | b`, fields (see below).
    pub query: String,
    /// Print at most N matches; 0 prints all.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
    /// Print one JSON array instead of lines.
    #[arg(long)]
    pub json: bool,
    /// Print JSON Lines: one object a line (the fields of --json), each written as soon
    /// as it is made.
    #[arg(long, conflicts_with = "json")]
    pub jsonl: bool,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    Direct,
    Partial,
    Scare,
    Indirect,
}

impl From<KindArg> for QuoteKind {
    fn from(k: KindArg) -> QuoteKind {
        match k {
            KindArg::Direct => QuoteKind::Direct,
            KindArg::Partial => QuoteKind::Partial,
            KindArg::Scare => QuoteKind::Scare,
            KindArg::Indirect => QuoteKind::Indirect,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TypeArg {
    Person,
    Org,
    Place,
    Work,
    Product,
    Event,
}

impl From<TypeArg> for ActorType {
    fn from(t: TypeArg) -> ActorType {
        match t {
            TypeArg::Person => ActorType::Person,
            TypeArg::Org => ActorType::Org,
            TypeArg::Place => ActorType::Place,
            TypeArg::Work => ActorType::Work,
            TypeArg::Product => ActorType::Product,
            TypeArg::Event => ActorType::Event,
        }
    }
}
