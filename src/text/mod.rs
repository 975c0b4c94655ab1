//! The interface's own words in English, French and Arabic. Dataset text
//! (titles, labels, notes) carries its own translations instead.

use crate::data::{Lang, Qualifier};

mod compose;
mod words;
pub use words::get;
pub use compose::{cited_title, colon, equation, equation_whole, fill, labelled, list, mid_sentence, more, semicolon, without_brackets};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    About,
    AtLeast,
    AtMost,
    NotKnownExactly,
    Exact,
    ToReportDate,
    AtReportDate,
    OtherFiguresOf,
    FullYear,
    YearToDate,
    Loading,
    Retry,
    Source,
    /// The app's name, as Arabic writes it too (the default dataset's
    /// publisher, مرصد, in the byline).
    Marsad,
    /// Before each of a figure's other publishers in the table, with its
    /// colon as the language sets it, so that no link needs a text made.
    AlsoReportedBy,
    OtherFigures,
    Categories,
    /// The filter bar, as a screen reader names it.
    Filters,
    /// The year range's two menus, as a screen reader names them.
    FirstYear,
    LastYear,
    /// With `{label}`: the button of an active filter, which removes it.
    RemoveFilter,
    ClearAll,
    LogScale,
    ChartFeatured,
    ChartTrend,
    ChartComposition,
    ChartEurope,
    ChartDiscrepancy,
    /// How the discrepancy chart places its dots.
    DisagreementScale,
    /// Under a chart by year that draws a year-to-date figure.
    PartYearBars,
    /// The same in a chart's PNG, beside its years.
    PartYearShort,
    /// Under the headline cards' title while filters are set.
    CardsUnfiltered,
    /// Before the periods of a PNG's dashed bars.
    PartYearMonths,
    /// The discrepancy chart's axis, in a PNG without the note above it.
    PercentOfRowHighest,
    /// With `{shown}` and `{all}`: the discrepancy chart leaves groups out.
    LatestDisagreements,
    /// Before the same months a year earlier, which the coverage after it
    /// names ("vs Jan – Sep 2023"): "same months of" said them twice.
    ComparedWith,
    /// With `{part}`, `{whole}`, `{label}` (the whole's) and `{percent}`.
    ShareOfWhole,
    /// With `{pairs}` (`Against`, a pair each).
    AboveLongerPeriod,
    /// With `{figures}`: other sources' figures for a chosen one's
    /// periods, which the source filter leaves out.
    OtherSourcesLeftOut,
    /// With `{shorter}` and `{longer}`.
    Against,
    /// With `{n}`.
    MoreItems,
    Other,
    Matching,
    DatasetProblems,
    // Why the dataset did not load, as a reader is told. The list of a
    // dataset's problems stays in English: it is for the people who write
    // datasets, as the command-line validator's is. In Arabic a value that
    // is mostly Latin (a path, a link) sits between U+2068 and U+2069, which
    // isolate its direction: else the quotes around a missing dataset's path
    // took in the "(HTTP 404)" after it. Not in the citation, which readers
    // copy: its URL must paste clean.
    /// With `{path}`.
    LoadNotFound,
    /// Before the `?data=` file's path, on a panel whose message does not name it.
    LoadFile,
    /// The link from a `?data=` file that failed to the dashboard of Marsad's own.
    OwnFigures,
    /// With `{code}`.
    LoadServer,
    LoadNetwork,
    /// With `{seconds}`.
    LoadTimeout,
    /// With `{type}`.
    LoadNotJson,
    /// With `{size}` and `{limit}`, in MB.
    LoadTooLarge,
    /// With `{limit}`, in MB.
    LoadTooLargeUnsized,
    /// With `{count}`.
    LoadInvalid,
    ChartLibraryMissing,
    /// The app's own code could not arrive or run (index.html says so).
    AppUnavailable,
    /// The panel after a panic (`interop::panic`).
    Crashed,
    CrashedWhy,
    Reload,
    /// With `{value}`: what a link asked for that was ignored.
    IgnoredParameter,
    IgnoredCategory,
    IgnoredIndicator,
    IgnoredSource,
    /// With `{link}` and `{why}`, one of the four below.
    LinkRefused,
    LinkEmpty,
    LinkCharacters,
    LinkOtherSite,
    LinkFullAddress,
    LastUpdated,
    Presented,
    Sources,
    Value,
    Indicator,
    Coverage,
    Qualifier,
    Note,
    ViewChart,
    ViewTable,
    OnlyInTable,
    OnlyInTableOne,
    InNoChart,
    InNoChartOne,
    /// On paper, after `InNoChart`: the chart view prints no table.
    PrintTableView,
    TooShortToSee,
    /// The same where no Log scale control is on the page (an embed without controls).
    TooShortNoControl,
    /// The scope note of an indicator counted in attempts, where the
    /// dataset gives none.
    AttemptsAreEvents,
    /// The name of the group of buttons that switch between charts and table.
    ViewGroup,
    /// A link past the header and the cards, for the keyboard.
    SkipToFilters,
    /// The name of the group of region chips (Morocco, Spain, EU external border).
    Regions,
    ShowTable,
    CoverageAll,
    Years,
    Year,
    HowToCite,
    /// With `{publisher}`, `{title}` and `{year}`: Marsad cited in a line.
    CitationShort,
    /// With `{publisher}`, `{title}`, `{updated}`, `{licence}`, `{url}` and
    /// `{accessed}`: Marsad cited in a list of references.
    CitationLong,
    Morocco,
    Spain,
    EuBorder,
    /// After a chart's title in its description, so in lower case; an empty
    /// chart's notice shows it too, its first letter raised by CSS.
    NoFigures,
    NoFiguresInDataset,
    NoRows,
    ChartPicked,
    Undo,
    TableCaption,
    FiguresShown,
    FigureShown,
    MatchingOne,
    Highest,
    Lowest,
    EachFigure,
    TrendOf,
    DataTable,
    Language,
    Theme,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    Series,
    ChartKeys,
    Patterns,
    Share,
    CopyLink,
    EmbedCode,
    /// Which charts an embed shows: all, or one.
    EmbedCharts,
    AllCharts,
    EmbedScript,
    Copy,
    Copied,
    CopyCitation,
    /// The clipboard refused: the text is shown, selected, to copy by hand.
    CopyRefused,
    CsvShown,
    CsvAll,
    DatasetJson,
    DownloadPng,
    FullDashboard,
    SourceLinks,
    /// Before the figures a chart draws that were not given exactly.
    NotExact,
    /// Before the sums of the figures Marsad worked out, that no publisher printed.
    WorkedOut,
    /// Above a list of sources: their titles may be translations.
    SourceTitles,
    Dismiss,
    Rows,
    RowsOf,
    PreviousPage,
    NextPage,
    TablePages,
}

/// The word for a qualifier: "about" in a chart's label, "as published" too
/// in the table's column. A figure given without "about" or "at least" is
/// what its publisher printed, not a count known to be exact: "Precision:
/// exact" beside a round 50,000 claimed what no source did.
pub fn qualifier(q: Qualifier) -> Key {
    match q {
        Qualifier::Exact => Key::Exact,
        Qualifier::Approx => Key::About,
        Qualifier::AtLeast => Key::AtLeast,
    }
}

/// The text for `key` in `lang`, its `{name}`s filled in (`fill`).
pub fn sentence(lang: Lang, key: Key, values: &[(&str, &str)]) -> String {
    fill(get(lang, key), values)
}
