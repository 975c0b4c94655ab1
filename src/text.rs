//! The interface's own words in English, French and Arabic. Dataset text
//! (titles, labels, notes) carries its own translations instead.

use crate::data::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    About,
    AtLeast,
    ToReportDate,
    FullYear,
    YearToDate,
    Loading,
    Retry,
    Source,
    Categories,
    ClearAll,
    LogScale,
    ChartFeatured,
    ChartTrend,
    ChartComposition,
    ChartEurope,
    ChartDiscrepancy,
    SameMonthsBefore,
    ShareOfWhole,
    Other,
    Matching,
    DatasetProblems,
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
    CoverageAll,
    Years,
    HowToCite,
}

/// The word for `key` in `lang`.
pub fn get(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    let [en, fr, ar] = match key {
        About => ["about", "environ", "حوالي"],
        AtLeast => ["at least", "au moins", "على الأقل"],
        ToReportDate => ["to report date", "à la date du rapport", "حتى تاريخ التقرير"],
        FullYear => ["full year", "année complète", "سنة كاملة"],
        YearToDate => ["year to date", "depuis le début de l'année", "منذ بداية السنة"],
        Loading => ["Loading the figures…", "Chargement des chiffres…", "جارٍ تحميل الأرقام…"],
        Retry => ["Retry", "Réessayer", "إعادة المحاولة"],
        Source => ["Source", "Source", "المصدر"],
        Categories => ["Categories", "Catégories", "الفئات"],
        ClearAll => ["Clear all", "Tout effacer", "مسح الكل"],
        LogScale => ["Log scale", "Échelle logarithmique", "مقياس لوغاريتمي"],
        ChartFeatured => ["The featured report across indicators", "Le rapport en vedette, par indicateur", "التقرير المميز حسب المؤشر"],
        ChartTrend => ["Trend by year", "Évolution par année", "التطور حسب السنة"],
        ChartComposition => ["Voluntary returns: coordinated with IOM and other", "Retours volontaires : coordonnés avec l'OIM et autres", "العودة الطوعية: بالتنسيق مع المنظمة الدولية للهجرة وغيرها"],
        ChartEurope => ["The European side: arrivals in Spain and Frontex detections", "Côté européen : arrivées en Espagne et détections de Frontex", "الجانب الأوروبي: الوصول إلى إسبانيا ورصد فرونتكس"],
        ChartDiscrepancy => ["Where sources disagree", "Là où les sources divergent", "حيث تختلف المصادر"],
        SameMonthsBefore => ["vs same months of", "par rapport aux mêmes mois de", "مقارنة بنفس الأشهر من"],
        ShareOfWhole => ["of", "sur", "من"],
        Other => ["other", "autres", "أخرى"],
        Matching => ["observations match the filters", "observations correspondent aux filtres", "ملاحظة تطابق عوامل التصفية"],
        DatasetProblems => ["This dataset cannot be shown", "Ce jeu de données ne peut pas être affiché", "لا يمكن عرض مجموعة البيانات هذه"],
        LastUpdated => ["Last updated", "Dernière mise à jour", "آخر تحديث"],
        Presented => ["presented", "présenté le", "قُدّم في"],
        Sources => ["Sources", "Sources", "المصادر"],
        Value => ["Value", "Valeur", "القيمة"],
        Indicator => ["Indicator", "Indicateur", "المؤشر"],
        Coverage => ["Coverage", "Période couverte", "الفترة المشمولة"],
        Qualifier => ["Qualifier", "Précision", "الدقة"],
        Note => ["Note", "Note", "ملاحظة"],
        ViewChart => ["Charts", "Graphiques", "الرسوم البيانية"],
        ViewTable => ["Table", "Tableau", "الجدول"],
        CoverageAll => ["all periods", "toutes périodes", "كل الفترات"],
        Years => ["Years", "Années", "السنوات"],
        HowToCite => ["How to cite", "Comment citer", "كيفية الاستشهاد"],
    };
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Ar => ar,
    }
}
