//! The interface's own words in English, French and Arabic. Dataset text
//! (titles, labels, notes) carries its own translations instead.

use crate::data::{Lang, Qualifier};

mod compose;
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

/// The word for `key` in `lang`.
pub fn get(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    let [en, fr, ar] = match key {
        About => ["about", "environ", "حوالي"],
        AtLeast => ["at least", "au moins", "ما لا يقل عن"],
        // What parts leave of a whole, where a part is a minimum (the ring).
        AtMost => ["at most", "au plus", "على الأكثر"],
        NotKnownExactly => ["not known exactly", "pas connu exactement", "غير معروف بدقة"],
        Exact => ["as published", "tel que publié", "كما نُشر"],
        ToReportDate => ["to report date", "à la date du rapport", "حتى تاريخ التقرير"],
        AtReportDate => ["as of the report", "à la date du rapport", "في تاريخ التقرير"],
        FullYear => ["full year", "année complète", "سنة كاملة"],
        YearToDate => ["year to date", "depuis le début de l'année", "منذ بداية السنة"],
        Loading => ["Loading the figures…", "Chargement des chiffres…", "جارٍ تحميل الأرقام…"],
        Retry => ["Retry", "Réessayer", "إعادة المحاولة"],
        Source => ["Source", "Source", "المصدر"],
        Marsad => ["Marsad", "Marsad", "مرصد"],
        // A label alone in its cell: no "و" (and) before it.
        AlsoReportedBy => ["Also in: ", "Aussi dans\u{a0}: ", "نُشر أيضاً في: "],
        OtherFigures => ["Other figures for this year:", "Autres chiffres de l'année\u{a0}:", "أرقام أخرى لهذه السنة:"],
        OtherFiguresOf => ["Other figures of {label} for this year:", "Autres chiffres de l'année pour {label}\u{a0}:", "أرقام أخرى لهذه السنة لـ«{label}»:"],
        Categories => ["Categories", "Catégories", "الفئات"],
        Filters => ["Filters", "Filtres", "عوامل التصفية"],
        FirstYear => ["First year", "Première année", "السنة الأولى"],
        LastYear => ["Last year", "Dernière année", "السنة الأخيرة"],
        RemoveFilter => ["Remove {label}", "Retirer {label}", "إزالة {label}"],
        ClearAll => ["Clear all", "Tout effacer", "مسح الكل"],
        LogScale => ["Log scale", "Échelle logarithmique", "مقياس لوغاريتمي"],
        ChartFeatured => ["The featured report across indicators", "Le rapport de référence, par indicateur", "التقرير المرجعي حسب المؤشر"],
        ChartTrend => ["Trend by year", "Évolution par année", "التطور حسب السنة"],
        ChartComposition => ["Voluntary returns: coordinated with IOM and other", "Retours volontaires\u{a0}: coordonnés avec l'OIM et autres", "العودة الطوعية: بالتنسيق مع المنظمة الدولية للهجرة وغيرها"],
        ChartEurope => ["The European side: arrivals in Spain and Frontex detections", "Côté européen\u{a0}: arrivées en Espagne et détections de Frontex", "الجانب الأوروبي: الوصول إلى إسبانيا ورصد فرونتكس"],
        ChartDiscrepancy => ["Where sources disagree", "Là où les sources divergent", "حيث تختلف المصادر"],
        DisagreementScale => [
            "Each dot is one source's figure, placed as a percentage of the highest figure in its row.",
            "Chaque point est le chiffre d'une source, placé en pourcentage du chiffre le plus élevé de sa ligne.",
            "كل نقطة هي رقم مصدر واحد، موضوعة كنسبة مئوية من أعلى رقم في صفّها.",
        ],
        PartYearBars => [
            "A dashed bar covers only part of its year, the months up to a report: not the whole year.",
            "Une barre en pointillés ne couvre qu'une partie de l'année (les mois précédant un rapport), pas l'année entière.",
            "العمود المتقطع لا يغطي إلا جزءًا من سنته، أي الأشهر حتى صدور تقرير، لا السنة كاملة.",
        ],
        PartYearShort => ["dashed bars: part of a year only", "barres en pointillés\u{a0}: une partie de l'année seulement", "الأعمدة المتقطعة: جزء من السنة فقط"],
        CardsUnfiltered => [
            "The report's own figures, whatever the filters: the filters apply only to the charts and the table.",
            "Les chiffres du rapport lui-même, quels que soient les filtres\u{a0}: les filtres ne s'appliquent qu'aux graphiques et au tableau.",
            "هذه أرقام التقرير نفسه مهما كانت عوامل التصفية، إذ لا تنطبق عوامل التصفية إلا على الرسوم البيانية والجدول.",
        ],
        PartYearMonths => ["Dashed bars cover", "Les barres en pointillés couvrent", "تغطي الأعمدة المتقطعة"],
        PercentOfRowHighest => ["% of the row's highest figure", "% du chiffre le plus élevé de la ligne", "% من أعلى رقم في الصف"],
        LatestDisagreements => [
            "The {shown} latest of {all} disagreements are drawn; the table and the CSV hold them all.",
            "Les {shown} divergences les plus récentes sur {all} sont tracées\u{a0}; le tableau et le CSV les contiennent toutes.",
            "تُعرض أحدث {shown} حالة اختلاف من أصل {all}؛ الجدول وملف CSV يتضمّنانها كلها.",
        ],
        ComparedWith => ["vs", "par rapport à", "مقارنة بفترة"],
        AboveLongerPeriod => [
            "Some figures are above those of a longer period including theirs (sources may count differently): {pairs}.",
            "Certains chiffres dépassent ceux d'une période plus longue qui inclut la leur (les sources peuvent compter différemment)\u{a0}: {pairs}.",
            "بعض الأرقام تفوق أرقام فترة أطول تشمل فترتها (قد تختلف طرق العدّ بين المصادر): {pairs}.",
        ],
        OtherSourcesLeftOut => [
            "Other sources give figures for the same periods, left out by the source filter: {figures}.",
            "D'autres sources donnent des chiffres pour les mêmes périodes, écartés par le filtre des sources\u{a0}: {figures}.",
            "مصادر أخرى تذكر أرقاماً للفترات نفسها، استبعدها عامل تصفية المصادر: {figures}.",
        ],
        MoreItems => ["{n} more", "{n} autres", "{n} أخرى"],
        Against => ["{shorter}, against {longer}", "{shorter}, contre {longer}", "{shorter}، مقابل {longer}"],
        ShareOfWhole => ["{part} of {whole} {label}: {percent}", "{part} sur {whole} {label}\u{a0}: {percent}", "{part} من أصل {whole} في {label}: {percent}"],
        Other => ["other", "autres", "أخرى"],
        // Arabic says a count as "the number of …: 97", or "one figure …":
        // a noun after a number agrees with it ("5 أرقام", "49 رقماً", "رقمان"),
        // and "97 من الأرقام" (of the figures), which avoided that, read as
        // stilted (a Moroccan copy editor's review).
        Matching => ["{n} observations match the filters", "{n} chiffres correspondent aux filtres", "عدد الأرقام المطابقة لعوامل التصفية: {n}"],
        MatchingOne => ["{n} observation matches the filters", "{n} chiffre correspond aux filtres", "رقم واحد يطابق عوامل التصفية"],
        DatasetProblems => ["This dataset cannot be shown", "Ce jeu de données ne peut pas être affiché", "لا يمكن عرض مجموعة البيانات هذه"],
        LoadFile => ["Data file:", "Fichier de données\u{a0}:", "ملف البيانات:"],
        OwnFigures => ["Open Marsad's own dataset instead", "Ouvrir plutôt le jeu de données de Marsad", "فتح مجموعة بيانات مرصد بدلاً من ذلك"],
        LoadNotFound => [
            "No dataset was found at \u{201c}{path}\u{201d} (HTTP 404).",
            "Aucun jeu de données n'a été trouvé à l'adresse «\u{a0}{path}\u{a0}» (HTTP 404).",
            "لم يُعثر على مجموعة بيانات في «\u{2068}{path}\u{2069}» (HTTP 404).",
        ],
        LoadServer => [
            "The server failed to send the dataset (HTTP {code}). Try again later.",
            "Le serveur n'a pas pu envoyer le jeu de données (HTTP {code}). Réessayez plus tard.",
            "تعذّر على الخادم إرسال مجموعة البيانات (HTTP {code}). حاول مرة أخرى لاحقاً.",
        ],
        LoadNetwork => [
            "The dataset could not be fetched: the network failed or the server is unreachable.",
            "Le jeu de données n'a pas pu être chargé\u{a0}: le réseau a échoué ou le serveur est injoignable.",
            "تعذّر جلب مجموعة البيانات: فشلت الشبكة أو تعذّر الوصول إلى الخادم.",
        ],
        LoadTimeout => [
            "The dataset took longer than {seconds} seconds to arrive.",
            "Le jeu de données a mis plus de {seconds}\u{a0}secondes à arriver.",
            "استغرق وصول مجموعة البيانات أكثر من {seconds} ثوانٍ.",
        ],
        LoadNotJson => [
            "The server sent \u{201c}{type}\u{201d} instead of a JSON dataset.",
            "Le serveur a envoyé «\u{a0}{type}\u{a0}» au lieu d'un jeu de données JSON.",
            "أرسل الخادم «\u{2068}{type}\u{2069}» بدلاً من مجموعة بيانات JSON.",
        ],
        LoadTooLarge => [
            "The dataset is {size} MB, over the {limit} MB limit, so it was not read.",
            "Le jeu de données fait {size}\u{a0}Mo, au-delà de la limite de {limit}\u{a0}Mo\u{a0}; il n'a pas été lu.",
            "حجم مجموعة البيانات {size} ميغابايت، وهو أكبر من الحد البالغ {limit} ميغابايت، لذلك لم تُقرأ.",
        ],
        LoadTooLargeUnsized => [
            "The dataset is over the {limit} MB limit, so reading stopped there.",
            "Le jeu de données dépasse la limite de {limit}\u{a0}Mo\u{a0}; la lecture s'est arrêtée là.",
            "تتجاوز مجموعة البيانات الحد البالغ {limit} ميغابايت، لذلك توقفت القراءة عنده.",
        ],
        LoadInvalid => [
            "Problems found in the dataset: {count}.",
            "Problèmes trouvés dans le jeu de données\u{a0}: {count}.",
            "المشكلات الموجودة في مجموعة البيانات: {count}.",
        ],
        LinkRefused => [
            "The data link \u{201c}{link}\u{201d} was refused: {why}",
            "Le lien de données «\u{a0}{link}\u{a0}» a été refusé\u{a0}: {why}",
            "رُفض رابط البيانات «\u{2068}{link}\u{2069}»: {why}",
        ],
        ChartLibraryMissing => [
            "The chart library did not load.",
            "La bibliothèque de graphiques ne s'est pas chargée.",
            "لم تُحمَّل مكتبة الرسوم البيانية.",
        ],
        AppUnavailable => [
            "The interactive dashboard could not load here.",
            "Le tableau de bord interactif n'a pas pu se charger ici.",
            "تعذّر تحميل لوحة المعلومات التفاعلية هنا.",
        ],
        Crashed => ["Marsad stopped because of an error", "Marsad s'est arrêté à cause d'une erreur", "توقف مرصد بسبب خطأ"],
        CrashedWhy => [
            "Nothing you did caused this. Reload the page to start again.",
            "Vous n'y êtes pour rien. Rechargez la page pour recommencer.",
            "لست سبب ما حدث. أعد تحميل الصفحة للبدء من جديد.",
        ],
        Reload => ["Reload", "Recharger", "إعادة التحميل"],
        IgnoredParameter => [
            "Ignored the link parameter \u{201c}{value}\u{201d}.",
            "Paramètre du lien ignoré\u{a0}: «\u{a0}{value}\u{a0}».",
            "تم تجاهل معامل الرابط «\u{2068}{value}\u{2069}».",
        ],
        IgnoredCategory => [
            "Ignored unknown category \u{201c}{value}\u{201d}.",
            "Catégorie inconnue ignorée\u{a0}: «\u{a0}{value}\u{a0}».",
            "تم تجاهل فئة غير معروفة «\u{2068}{value}\u{2069}».",
        ],
        IgnoredIndicator => [
            "Ignored unknown indicator \u{201c}{value}\u{201d}.",
            "Indicateur inconnu ignoré\u{a0}: «\u{a0}{value}\u{a0}».",
            "تم تجاهل مؤشر غير معروف «\u{2068}{value}\u{2069}».",
        ],
        IgnoredSource => [
            "Ignored unknown source \u{201c}{value}\u{201d}.",
            "Source inconnue ignorée\u{a0}: «\u{a0}{value}\u{a0}».",
            "تم تجاهل مصدر غير معروف «\u{2068}{value}\u{2069}».",
        ],
        LinkEmpty => ["it is empty.", "il est vide.", "إنه فارغ."],
        LinkCharacters => [
            "it contains characters a file path cannot have.",
            "il contient des caractères qu'un chemin de fichier ne peut pas avoir.",
            "يحتوي على محارف لا يمكن أن يتضمنها مسار ملف.",
        ],
        LinkOtherSite => [
            "links to another site are not allowed; use a path on this site.",
            "les liens vers un autre site ne sont pas autorisés\u{a0}; utilisez un chemin sur ce site.",
            "الروابط إلى موقع آخر غير مسموح بها؛ استخدم مساراً على هذا الموقع.",
        ],
        LinkFullAddress => [
            "only a path on this site is allowed, not a full address (http:, javascript:, data:…).",
            "seul un chemin sur ce site est autorisé, pas une adresse complète (http:, javascript:, data:…).",
            "يُسمح فقط بمسار على هذا الموقع، وليس بعنوان كامل (http:، javascript:، data:…).",
        ],
        // A label before its date in French and Arabic, after a colon, as
        // a copy editor set it.
        LastUpdated => ["Last updated", "Dernière mise à jour\u{a0}:", "آخر تحديث:"],
        Presented => ["presented", "présenté le", "قُدّم في"],
        Sources => ["Sources", "Sources", "المصادر"],
        Value => ["Value", "Valeur", "القيمة"],
        Indicator => ["Indicator", "Indicateur", "المؤشر"],
        Coverage => ["Coverage", "Période couverte", "الفترة المشمولة"],
        Qualifier => ["Qualifier", "Précision", "الدقة"],
        Note => ["Note", "Note", "ملاحظة"],
        ViewChart => ["Charts", "Graphiques", "الرسوم البيانية"],
        OnlyInTable => ["No chart draws the figures that match; the table lists them.", "Aucun graphique ne dessine les chiffres retenus\u{a0}; le tableau les liste.", "لا يرسم أي رسم بياني الأرقام المطابقة؛ يعرضها الجدول."],
        OnlyInTableOne => ["No chart draws the figure that matches; the table lists it.", "Aucun graphique ne dessine le chiffre retenu\u{a0}; le tableau le liste.", "لا يرسم أي رسم بياني الرقم المطابق؛ يعرضه الجدول."],
        InNoChartOne => ["No chart shows one of the {all} figures that match; the table lists it.", "Aucun graphique ne montre l'un des {all}\u{a0}chiffres retenus\u{a0}; le tableau le liste.", "لا يُظهر أي رسم بياني رقماً واحداً من الأرقام المطابقة ({all})؛ يعرضه الجدول."],
        PrintTableView => ["Printed from the Table view, the page lists every figure that matches.", "Imprimée depuis la vue Tableau, la page donne tous les chiffres retenus.", "إذا طُبعت الصفحة من عرض الجدول أدرجت كل الأرقام المطابقة."],
        InNoChart => ["No chart shows {n} of the {all} figures that match; the table lists them.", "Aucun graphique ne montre {n} des {all}\u{a0}chiffres retenus\u{a0}; le tableau les liste.", "لا يُظهر أي رسم بياني {n} من الأرقام المطابقة ({all})؛ يعرضها الجدول."],
        ShowTable => ["Show the table", "Afficher le tableau", "عرض الجدول"],
        TooShortToSee => ["Some bars are under {share} of the tallest, too short to see: Log scale shows them.", "Certaines barres font moins de {share} de la plus haute et ne se voient pas\u{a0}: l'échelle logarithmique les montre.", "بعض الأعمدة أقل من {share} من أطولها فلا تُرى: المقياس اللوغاريتمي يُظهرها."],
        AttemptsAreEvents => ["Attempts are events, not people: one person can be counted several times.", "Les tentatives sont des événements, pas des personnes\u{a0}: une même personne peut être comptée plusieurs fois.", "المحاولات أحداث وليست أشخاصاً: قد يُحتسب الشخص نفسه عدة مرات."],
        TooShortNoControl => ["Some bars are under {share} of the tallest, too short to see.", "Certaines barres font moins de {share} de la plus haute et ne se voient pas.", "بعض الأعمدة أقل من {share} من أطولها فلا تُرى."],
        ViewGroup => ["View", "Affichage", "طريقة العرض"],
        Regions => ["Region", "Région", "المنطقة"],
        SkipToFilters => ["Skip to the filters", "Aller aux filtres", "الانتقال إلى عوامل التصفية"],
        ViewTable => ["Table", "Tableau", "الجدول"],
        CoverageAll => ["all periods", "toutes périodes", "كل الفترات"],
        Years => ["Years", "Années", "السنوات"],
        Year => ["Year", "Année", "السنة"],
        HowToCite => ["How to cite", "Comment citer", "كيفية الاستشهاد"],
        CitationShort => ["{publisher}, {title} ({year})", "{publisher}, {title} ({year})", "{publisher}، {title} ({year})"],
        CitationLong => [
            "{publisher}. {title}. Dataset last updated {updated}; licence {licence}. {url} (accessed {accessed}).",
            "{publisher}. {title}. Jeu de données mis à jour le {updated}\u{a0}; licence {licence}. {url} (consulté le {accessed}).",
            "{publisher}. {title}. آخر تحديث لمجموعة البيانات {updated}؛ الترخيص {licence}. {url} (تاريخ الاطلاع: {accessed}).",
        ],
        TableCaption => ["Figures, their coverage and their sources", "Chiffres, période couverte et sources", "الأرقام والفترات التي تغطيها ومصادرها"],
        ChartPicked => ["Filtered to what you picked in this chart.", "Filtré selon votre choix dans ce graphique.", "صُفِّيَت اللوحة حسب اختيارك في هذا الرسم."],
        Undo => ["Undo", "Annuler", "تراجع"],
        NoRows => ["No figure matches the filters.", "Aucun chiffre ne correspond aux filtres.", "لا يوجد رقم يطابق عوامل التصفية."],
        NoFigures => ["no figure in this chart matches the filters.", "aucun chiffre de ce graphique ne correspond aux filtres.", "لا يوجد في هذا الرسم رقم يطابق عوامل التصفية."],
        // With no filter set: an embed of a chart the dataset has nothing for.
        NoFiguresInDataset => ["this dataset has no figure for this chart.", "ce jeu de données n'a aucun chiffre pour ce graphique.", "لا تتضمن مجموعة البيانات هذه أي رقم لهذا الرسم."],
        // As for Matching.
        FiguresShown => ["{n} figures shown", "{n} chiffres affichés", "عدد الأرقام المعروضة: {n}"],
        FigureShown => ["{n} figure shown", "{n} chiffre affiché", "رقم واحد معروض"],
        Highest => ["Highest:", "Le plus élevé\u{a0}:", "الأعلى:"],
        Lowest => ["Lowest:", "Le plus bas\u{a0}:", "الأدنى:"],
        EachFigure => ["Each figure:", "Chaque chiffre\u{a0}:", "كل رقم:"],
        TrendOf => ["From first to last year,", "De la première à la dernière année,", "من السنة الأولى إلى الأخيرة،"],
        DataTable => ["Data table", "Tableau des données", "جدول البيانات"],
        Language => ["Language", "Langue", "اللغة"],
        Theme => ["Theme", "Thème", "المظهر"],
        ThemeAuto => ["Auto", "Auto", "تلقائي"],
        ThemeLight => ["Light", "Clair", "فاتح"],
        ThemeDark => ["Dark", "Sombre", "داكن"],
        Series => ["Series", "Série", "السلسلة"],
        ChartKeys => ["Use the arrow keys to move through the figures, Home and End to jump to the ends, Enter to filter by a figure, Escape to close the tooltip.", "Utilisez les flèches pour parcourir les chiffres, Début et Fin pour aller aux extrémités, Entrée pour filtrer sur un chiffre, Échap pour fermer l'infobulle.", "استخدم مفاتيح الأسهم للتنقل بين الأرقام، ومفتاح Home ومفتاح End للانتقال إلى الطرفين، ومفتاح Enter للتصفية حسب رقم، ومفتاح Escape لإغلاق التلميح."],
        Patterns => ["Patterns", "Hachures", "أنماط"],
        Share => ["Share and download", "Partager et télécharger", "مشاركة وتنزيل"],
        CopyLink => ["Copy link", "Copier le lien", "نسخ الرابط"],
        EmbedCode => ["Embed code", "Code d'intégration", "رمز التضمين"],
        EmbedCharts => ["Charts", "Graphiques", "الرسوم البيانية"],
        AllCharts => ["All of them", "Tous", "كلها"],
        EmbedScript => ["Add the auto-height script", "Ajouter le script de hauteur automatique", "إضافة برنامج الارتفاع التلقائي"],
        Copy => ["Copy", "Copier", "نسخ"],
        Copied => ["Copied.", "Copié.", "تم النسخ."],
        CopyRefused => [
            "This page may not copy. The text is selected below: copy it yourself.",
            "Cette page ne peut pas copier. Le texte est sélectionné ci-dessous\u{a0}: copiez-le vous-même.",
            "لا يمكن لهذه الصفحة النسخ. النص محدد أدناه: انسخه بنفسك.",
        ],
        CsvShown => ["CSV of the rows shown", "CSV des lignes affichées", "CSV للصفوف المعروضة"],
        CsvAll => ["CSV of all data", "CSV de toutes les données", "CSV لكل البيانات"],
        DatasetJson => ["Dataset (JSON)", "Jeu de données (JSON)", "مجموعة البيانات (JSON)"],
        DownloadPng => ["Download PNG", "Télécharger en PNG", "تنزيل PNG"],
        Dismiss => ["Dismiss", "Fermer", "إغلاق"],
        FullDashboard => ["Open the full dashboard", "Ouvrir le tableau de bord complet", "فتح لوحة المعلومات الكاملة"],
        SourceTitles => [
            "Titles are given in the page's language, some translated by Marsad: each link leads to the original.",
            "Les titres sont donnés dans la langue de la page, certains traduits par Marsad\u{a0}: chaque lien mène à l'original.",
            "تُعرض العناوين بلغة الصفحة، وقد ترجم مرصد بعضها: يقود كل رابط إلى النص الأصلي.",
        ],
        WorkedOut => ["Worked out by Marsad, as no publisher printed it", "Calculé par Marsad, aucun éditeur ne l'ayant publié", "حسبه مرصد، إذ لم ينشره أي ناشر"],
        NotExact => ["Approximate or minimum figures, as published", "Chiffres approximatifs ou minimaux, tels que publiés", "أرقام تقريبية أو حدود دنيا، كما نُشرت"],
        SourceLinks => ["Links to the sources ({count})", "Liens vers les sources ({count})", "روابط المصادر ({count})"],
        Rows => ["Rows", "Lignes", "الصفوف"],
        RowsOf => ["of", "sur", "من"],
        PreviousPage => ["Previous", "Précédent", "السابق"],
        NextPage => ["Next", "Suivant", "التالي"],
        TablePages => ["Table pages", "Pages du tableau", "صفحات الجدول"],
        Morocco => ["Morocco", "Maroc", "المغرب"],
        Spain => ["Spain", "Espagne", "إسبانيا"],
        EuBorder => ["EU external border", "Frontière extérieure de l'UE", "الحدود الخارجية للاتحاد الأوروبي"],
    };
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Ar => ar,
    }
}
