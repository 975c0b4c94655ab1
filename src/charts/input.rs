//! What a chart builder reads: the dataset, the filters and the reader's
//! format, with the words every chart writes the same way (a figure, its
//! period, its publisher, the other figures of its year).

use super::{log_axis, qualified, shorten, with_aside, Format};
use crate::data::date::{Coverage, Day};
use crate::data::{Dataset, Indicator, Lang, Observation};
use crate::state::Filters;
use crate::text::{self, Key};

/// Everything a builder reads.
pub struct Input<'a> {
    pub dataset: &'a Dataset,
    pub filters: &'a Filters,
    pub format: &'a dyn Format,
    /// The positions of the observations the filters let through, when the
    /// one filter pass per change shared by every view has found them already.
    positions: Option<&'a [u32]>,
    /// Found here otherwise, on first use.
    own_positions: std::cell::OnceCell<Vec<u32>>,
    /// `other_sources::with_other_sources`, when the page has found it for
    /// this change already.
    other_sources: Option<&'a [u32]>,
}

impl<'a> Input<'a> {
    pub fn new(dataset: &'a Dataset, filters: &'a Filters, format: &'a dyn Format) -> Input<'a> {
        Input { dataset, filters, format, positions: None, own_positions: Default::default(), other_sources: None }
    }

    /// An input whose matching observations are known already, as positions
    /// in `dataset.observations` from `Filters::matching_indices`.
    pub fn with_matching(dataset: &'a Dataset, filters: &'a Filters, format: &'a dyn Format, positions: &'a [u32]) -> Input<'a> {
        Input { dataset, filters, format, positions: Some(positions), own_positions: Default::default(), other_sources: None }
    }

    /// With the positions `other_sources::with_other_sources` gives, found
    /// once per change for every chart that reads them.
    pub fn with_other_sources_found(self, found: Option<&'a [u32]>) -> Input<'a> {
        Input { other_sources: found, ..self }
    }

    pub fn other_sources_found(&self) -> Option<&'a [u32]> {
        self.other_sources
    }

    /// Positions in `dataset.observations` (and `dataset.rows()`) of the
    /// observations that pass every filter, in dataset order.
    pub fn positions(&self) -> &[u32] {
        match self.positions {
            Some(positions) => positions,
            None => self.own_positions.get_or_init(|| self.filters.matching_indices(self.dataset)),
        }
    }

    pub fn lang(&self) -> Lang {
        self.format.lang()
    }

    /// Arabic reads right to left: category axes run from the right and
    /// value axes stand on the right.
    pub fn rtl(&self) -> bool {
        self.lang() == Lang::Ar
    }

    /// A legend whose colour keys sit where its names begin: at their
    /// right in Arabic, where ECharts puts them left of every name.
    pub fn legend(&self) -> charming::component::Legend {
        let legend = charming::component::Legend::new();
        if self.rtl() { legend.align(charming::element::LabelAlign::Right) } else { legend }
    }

    /// A value axis for `figures` (log when the reader asked), mirrored for
    /// RTL when it runs horizontally.
    pub fn value_axis(&self, horizontal: bool, figures: &[f64]) -> charming::component::Axis {
        use charming::element::AxisType;
        let axis = if self.filters.log_scale { log_axis::log_axis(figures) } else { charming::component::Axis::new().type_(AxisType::Value) };
        self.directed(axis, horizontal)
    }

    /// A value axis as the reading direction wants it: in Arabic a
    /// horizontal one runs from the right, and a vertical one stands on
    /// the right.
    pub fn directed(&self, axis: charming::component::Axis, horizontal: bool) -> charming::component::Axis {
        match (horizontal, self.rtl()) {
            (true, true) => axis.inverse(true),
            (false, true) => axis.position("right"),
            _ => axis,
        }
    }

    /// ECharts' aria: decal patterns on marks when the reader asks, so
    /// colour never carries meaning alone.
    pub fn aria(&self) -> charming::component::Aria {
        use charming::component::{Aria, Decal, DecalItem};
        use charming::element::Symbol;
        let aria = Aria::new().enabled(true);
        if !self.filters.patterns {
            return aria;
        }
        // charming always writes `decals`, and ECharts fails to draw on an
        // empty list, so name the patterns: stripes three ways, and dots.
        let stripes = |rotation: f64| {
            DecalItem::new().symbol(Symbol::Rect).symbol_size(1).dash_array_x(vec![1, 0]).dash_array_y(vec![2, 5]).rotation(rotation)
        };
        let dots = DecalItem::new().symbol(Symbol::Circle).symbol_size(0.8).dash_array_x(5).dash_array_y(5);
        aria.decal(Decal::new().show(true).decals(vec![stripes(0.0), stripes(0.785), dots, stripes(-0.785)]))
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.dataset.indicator(id)
    }

    pub fn label(&self, id: &str) -> String {
        self.indicator(id).map(|i| i.label.get(self.lang()).to_string()).unwrap_or_else(|| id.to_string())
    }

    /// A label cut for an axis or legend; the full text is in the cards,
    /// the table and the data table.
    pub fn short_label(&self, id: &str) -> String {
        shorten(&self.label(id), 80)
    }

    pub fn publisher<'s>(&'s self, source_id: &'s str) -> &'s str {
        self.dataset.source(source_id).map(|s| s.publisher.get(self.lang())).unwrap_or(source_id)
    }

    /// A figure's publisher, cut for a point's name.
    pub fn short_publisher(&self, obs: &Observation) -> String {
        shorten(self.publisher(&obs.source), 60)
    }

    /// A year's point on the trend and European charts: "Jan–Sep 2024:
    /// 48,963 · Le360", its coverage, figure and publisher.
    pub fn year_point_name(&self, obs: &Observation) -> String {
        self.year_point_named(obs, &self.value(obs))
    }

    /// `name` (a bar's, `year_point_name`), with the other figures of its
    /// year that the bar does not draw (`PerYear::also`), a line each.
    pub fn with_also(&self, name: String, also: (&[&Observation], usize)) -> String {
        self.with_others(name, text::get(self.lang(), Key::OtherFigures), also)
    }

    /// `name` (a bar's) with its figure's own note on a line of its own
    /// ("Mostly via IOM. To the date of the autumn report; exact cut-off not
    /// published"): what the table and the CSV say of a figure, a tooltip
    /// quoted alone says too.
    pub fn with_note(&self, name: String, obs: &Observation) -> String {
        // Without its full stop, which ran into the semicolon before the
        // year's other figures (".;").
        match obs.note.as_ref().map(|n| n.get(self.lang()).trim().trim_end_matches('.').trim_end()).filter(|n| !n.is_empty()) {
            Some(note) => format!("{name}{}\n{note}", text::semicolon(self.lang()).trim_end()),
            None => name,
        }
    }

    /// The same under a figure worked out from indicator `whole`'s: the
    /// others are `whole`'s, not the worked-out figure's.
    pub fn with_also_of(&self, name: String, whole: &str, also: (&[&Observation], usize)) -> String {
        let heading = text::fill(text::get(self.lang(), Key::OtherFiguresOf), &[("label", &text::mid_sentence(&self.label(whole)))]);
        self.with_others(name, &heading, also)
    }

    fn with_others(&self, name: String, heading: &str, (also, more): (&[&Observation], usize)) -> String {
        if also.is_empty() {
            return name;
        }
        // A line each in a tooltip; read as one line (`describe`), the
        // semicolons part them.
        let semicolon = text::semicolon(self.lang()).trim_end();
        let mut out = format!("{name}{semicolon}\n{heading}");
        for (i, o) in also.iter().enumerate() {
            if i > 0 {
                out.push_str(semicolon);
            }
            out.push('\n');
            out.push_str(&self.year_point_name(o));
        }
        if more > 0 {
            out.push_str(&text::more(self.lang(), more));
        }
        out
    }

    /// What `parts` leave of `whole`, said with the sum it is worked out by,
    /// as no publisher printed it: "Jan – Sep 2024: 4,388 − 1,664 = 2,724 ·
    /// migrantaffairs.info" (Europe's "(other)", the ring's).
    pub fn worked_out<'o>(&self, whole: &Observation, parts: impl IntoIterator<Item = &'o Observation>, rest: &str) -> String {
        let lang = self.lang();
        let parts: Vec<&Observation> = parts.into_iter().collect();
        let sum = text::equation(lang, self.value(whole), parts.iter().map(|part| self.value(part)), rest);
        // Each publisher of a figure it is worked out from: a part of
        // another publisher's was credited to the whole's.
        let mut publishers = vec![self.short_publisher(whole)];
        for part in &parts {
            let publisher = self.short_publisher(part);
            if !publishers.contains(&publisher) {
                publishers.push(publisher);
            }
        }
        format!("{} · {}", text::labelled(lang, &self.coverage(whole), &sum), text::list(lang, &publishers))
    }

    /// The line under a chart that draws figures Marsad worked out
    /// (`worked_out`), each of `sums` one: "Worked out by Marsad, as no
    /// publisher printed it: Voluntary returns (Interior Ministry) [other] —
    /// Jan – Sep 2024: 4,388 − 1,664 = 2,724 · migrantaffairs.info". A PNG
    /// or a page on paper keeps no tooltip, and the ring's legend gave
    /// "[other]: 2,724" as if published.
    pub fn worked_out_line(&self, label: &str, sums: Vec<String>) -> Option<String> {
        let lang = self.lang();
        (!sums.is_empty()).then(|| text::labelled(lang, text::get(lang, Key::WorkedOut), &format!("{label} — {}", sums.join(text::semicolon(lang)))))
    }

    /// The same with `figure` for the figure: a sum worked out from `obs`.
    pub fn year_point_named(&self, obs: &Observation, figure: &str) -> String {
        format!("{} · {}", text::labelled(self.lang(), &self.coverage(obs), figure), self.short_publisher(obs))
    }

    /// What `whole`'s parts leave of it: "Irregular arrivals in Spain
    /// (other)". After a label that ends in its own parenthesis, in brackets:
    /// "Voluntary returns (Interior Ministry) [other]", not "(Interior
    /// Ministry) (other)", which read as two asides.
    pub fn other_of(&self, whole: &str) -> String {
        with_aside(self.short_label(whole), text::get(self.lang(), Key::Other))
    }

    /// `named` parted by semicolons, then "2 more" for the `more` left
    /// unnamed, as its own item (" (+2)" after the last read as its).
    pub fn listed(&self, named: impl Iterator<Item = String>, more: usize) -> String {
        let lang = self.lang();
        let mut list = String::new();
        for (i, item) in named.enumerate() {
            if i > 0 {
                list.push_str(text::semicolon(lang));
            }
            list.push_str(&item);
        }
        if more > 0 {
            list.push_str(text::semicolon(lang));
            list.push_str(&text::fill(text::get(lang, Key::MoreItems), &[("n", &self.format.number(more as f64))]));
        }
        list
    }

    /// "about 26,800", "at least 50,000", "48,963".
    pub fn value(&self, obs: &Observation) -> String {
        qualified(self.format, obs.qualifier, obs.value)
    }

    /// "Jan–Sep 2024"; "Jan 2022 – report date" where the cut-off is not
    /// published; a total counted at its report's date, by its month.
    pub fn coverage(&self, obs: &Observation) -> String {
        let Some(c) = obs.coverage() else { return format!("{}–{}", obs.start, obs.end) };
        let month = |day: Day| Coverage { start: Day { day: 1, ..day }, end: Day { day: crate::data::date::days_in_month(day.year, day.month), ..day } };
        if obs.end_is_report_date && c.start == c.end {
            // A total counted at its report's date, which the publisher gave
            // as a month ("mid-September", stored as the 15th): its month, as
            // "Sep 15, 2024" read as an exact day. Written as the range of the
            // whole month, which `Intl` writes as the month (a day's range of
            // the 1st to itself would be the day).
            return format!("{} ({})", self.format.coverage(&month(c.end)), text::get(self.lang(), Key::AtReportDate));
        }
        // A flow to its report's date ends on the last day the report can
        // cover, a month the publisher may not have given: "Jan – Nov 2022
        // (to report date)", for an autumn report's 40,589 beside the year's
        // 70,781, left 30,000 attempts to December. From its first month,
        // then; what is known of the date ("reported in November", "the
        // autumn report") is the figure's note.
        if obs.end_is_report_date {
            // From a month's first day, the month; else the day itself.
            let from = if c.start.day == 1 { month(c.start) } else { Coverage { end: c.start, ..c } };
            return text::fill(text::get(self.lang(), Key::ToReportDate), &[("start", &self.format.coverage(&from))]);
        }
        self.format.coverage(&c)
    }
}
