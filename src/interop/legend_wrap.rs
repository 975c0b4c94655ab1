//! A paging legend's names, laid out so that a page shows whole ones. ECharts
//! fills a page with names of their own widths and cuts the last at the
//! pager: "Irregular migration attempts foiled (year tc", or a colour key
//! alone, lost the words that tell a full year's bars from part of one's.
//! Here each name takes a column of one width, as many as a page holds
//! whole; on a narrow screen, one, where a name wider than its room wraps
//! over lines and the plot moves down by the lines added. The room is the
//! chart's, known only in the page.

use wasm_bindgen::JsValue;

use super::js::{field, one_or_many, set};
use super::paper::{lower_plot, names, text_widths, wrapped_lines, GAP, ICON_TO_TEXT, ICON_WIDTH, PADDING, ROW_HEIGHT};

/// ECharts 5's pager beside a scroll legend, laid out with "xx/xx" for its
/// text whatever the pages: two arrows, their gaps and the gap to the names
/// (38 px), and 4 px to spare.
const PAGER_BUT_TEXT: f64 = 42.0;

/// The text ECharts lays the pager out with (`ScrollableLegendView`).
const PAGER_TEXT: &str = "xx/xx";

/// The room for a name in a legend `chart_width` px wide, beside its icon;
/// not paging (on paper).
pub fn room(chart_width: f64) -> f64 {
    (chart_width - 2.0 * PADDING - ICON_WIDTH - ICON_TO_TEXT).max(80.0)
}

/// Whether zrender keeps `ch` within a word as it breaks a line
/// (`isWordBreakChar`): letters of alphabets (Latin, Greek to Arabic…),
/// digits and most signs, but not a space or `,&?/;]`.
fn in_word(ch: char) -> bool {
    let code = ch as u32;
    let alphabetic = [(0x20, 0x24F), (0x370, 0x10FF), (0x1200, 0x13FF), (0x1E00, 0x206F)].iter().any(|&(a, b)| (a..=b).contains(&code));
    alphabetic && !",&?/;] ".contains(ch)
}

/// The lines zrender's `wrapText` (overflow "break") breaks a text into,
/// given each character with its width measured alone: a word moves whole
/// to the next line, unless it is longer than a line. Counted as zrender
/// counts them, so that a legend takes the height it is drawn with, where
/// an estimate with a line to spare left a phone's PNG a blank band.
pub fn broken_lines(chars: impl IntoIterator<Item = (char, f64)>, line_width: f64) -> usize {
    // The line so far: its characters before its last word, its width,
    // and that word's characters and width.
    let (mut lines, mut line_chars, mut accum) = (0, 0usize, 0.0);
    let (mut word_chars, mut word_width) = (0usize, 0.0);
    for (ch, width) in chars {
        if ch == '\n' {
            (lines, line_chars, accum, word_chars, word_width) = (lines + 1, 0, 0.0, 0, 0.0);
            continue;
        }
        let in_word = in_word(ch);
        if accum + width > line_width {
            if accum == 0.0 {
                lines += 1;
                if in_word {
                    (word_chars, word_width) = (1, width);
                }
            } else if line_chars + word_chars > 0 {
                lines += 1;
                if in_word {
                    // The word so far moves to the new line, or is cut
                    // where the line held nothing else.
                    if line_chars == 0 {
                        (word_chars, word_width) = (0, 0.0);
                    }
                    (word_chars, word_width, line_chars) = (word_chars + 1, word_width + width, 0);
                    accum = word_width;
                } else {
                    (line_chars, accum, word_chars, word_width) = (1, width, 0, 0.0);
                }
            }
            continue;
        }
        accum += width;
        if in_word {
            (word_chars, word_width) = (word_chars + 1, word_width + width);
        } else {
            (line_chars, word_chars, word_width) = (line_chars + word_chars + 1, 0, 0.0);
        }
    }
    lines + usize::from(line_chars + word_chars > 0 || lines == 0)
}

/// How a paging legend's names wrap: in so many lines at most, each in a
/// column of so many px.
pub type Wrap = (f64, f64);

/// The columns of names `drawn` px wide in a legend `chart_width` px wide
/// whose pager's "n/n" is `pager_text` px; None where every name fits on
/// one page and ECharts shows no pager. Names that fit a column are not
/// wrapped; a name wider than a page wraps over the lines ECharts breaks
/// it into, which `lines` gives for each name in a room of so many px
/// (`paper::wrapped_lines`).
pub fn layout(drawn: &[f64], lines: impl FnOnce(f64) -> Option<Vec<usize>>, chart_width: f64, pager_text: f64) -> Option<Wrap> {
    let item = |text: f64| ICON_WIDTH + ICON_TO_TEXT + text;
    let all = drawn.iter().map(|w| item(*w) + GAP).sum::<f64>() - GAP;
    if drawn.is_empty() || all <= chart_width - 2.0 * PADDING {
        return None;
    }
    let widest = |widths: &[f64]| widths.iter().copied().fold(0.0, f64::max);
    let names_room = chart_width - 2.0 * PADDING - PAGER_BUT_TEXT - pager_text;
    // Columns in whole pixels, each as wide as the widest name: one fewer
    // where rounding down left them narrower.
    let column = |per_page: f64| ((names_room + GAP) / per_page - GAP - item(0.0)).floor();
    let mut per_page = ((names_room + GAP) / (item(widest(drawn)) + GAP)).floor();
    while per_page >= 1.0 && column(per_page) < widest(drawn).ceil() {
        per_page -= 1.0;
    }
    if per_page >= 1.0 {
        return Some((1.0, column(per_page)));
    }
    // Measured as ECharts wraps, character by character: only here, as it
    // costs a measure a character.
    let room = (names_room - item(0.0)).max(80.0);
    let most = lines(room)?.into_iter().max().unwrap_or(1);
    Some((most as f64, room))
}

/// The names of `option`'s paging legend; None where it does not page.
pub fn paging_names(option: &JsValue) -> Option<Vec<String>> {
    let legend = one_or_many(field(option, "legend")).into_iter().next()?;
    (field(&legend, "type").as_string().as_deref() == Some("scroll")).then(|| names(option, &legend))
}

/// A paging legend's names, each one's drawn width, and the pager's text
/// width: measured once per option, as a resize lays them out again at
/// every width a dragged window passes through.
pub struct PagingNames {
    names: Vec<String>,
    widths: Vec<f64>,
    pager: f64,
}

impl PagingNames {
    /// None where no canvas measures text: nothing is laid out then.
    pub fn measure(names: Vec<String>) -> Option<PagingNames> {
        let pager = text_widths(&[PAGER_TEXT.to_string()])?[0];
        Some(PagingNames { widths: text_widths(&names)?, names, pager })
    }

    /// Whether a chart lists every name, in rows as on paper
    /// (`paper::unpage_legend`), growing by them, where they do not fit one
    /// line: on a phone a page held one name ("1/9"), a
    /// phone's reader paged through the colours' names one at a time; and
    /// ECharts starts each page at the last name of the one before, so two
    /// names a page turned a name at a time. Not for more names than
    /// `LISTED_AT_MOST`. Given how they would page (`needed`), worked out
    /// once per draw.
    pub fn listed(&self, paged: Option<Wrap>) -> bool {
        self.names.len() <= LISTED_AT_MOST && paged.is_some()
    }

    /// `option`'s legend (these names) listed whole for a chart `width` px
    /// wide, with the names' widths measured already: the px it adds
    /// (`paper::unpage_legend`).
    pub fn unpage(&self, option: &JsValue, width: f64) -> f64 {
        let Some(legend) = one_or_many(field(option, "legend")).into_iter().next() else { return 0.0 };
        super::paper::unpage_measured(option, &legend, &self.names, &self.widths, width)
    }

    /// Where the rows of these names listed whole start, in a chart
    /// `width` px wide (`paper::row_starts`): a resize that moves a name to
    /// another row lays them out again.
    pub fn row_starts(&self, width: f64) -> Vec<usize> {
        let room = room(width);
        let clamped: Vec<f64> = self.widths.iter().map(|w| w.min(room)).collect();
        super::paper::row_starts(&clamped, width)
    }

    /// How the names must wrap in a chart `chart_width` px wide.
    pub fn needed(&self, chart_width: f64) -> Option<Wrap> {
        layout(&self.widths, |room| wrapped_lines(&self.names, room), chart_width, self.pager)
    }
}

/// Most names a chart lists whole rather than page: a legend of more
/// would stand taller than a phone's screen, and pages.
const LISTED_AT_MOST: usize = 12;

/// Sets `legend`'s names to `room` px, keeping its text style; to wrap in
/// it where `breaks`.
pub fn wrap_in(legend: &JsValue, room: f64, breaks: bool) {
    let text_style = field(legend, "textStyle");
    let text_style = if text_style.is_object() { text_style } else { js_sys::Object::new().into() };
    set(&text_style, "width", &room.into());
    if breaks {
        set(&text_style, "overflow", &"break".into());
        set(&text_style, "lineHeight", &ROW_HEIGHT.into());
    }
    set(legend, "textStyle", &text_style);
}

/// Lays out `option`'s paging legend as `needed` said, the plot moved down
/// by the lines added.
pub fn wrap_paged_legend(option: &JsValue, (lines, room): Wrap) {
    let Some(legend) = one_or_many(field(option, "legend")).into_iter().next() else { return };
    wrap_in(&legend, room, lines > 1.0);
    // Each name takes all its column, as ECharts lays out a name in its own
    // width where a background is drawn: else a page showed the start of the
    // next name, or its colour key alone. Not on paper, whose legend's rows
    // hold names of their own widths (`paper::rows`).
    set(&field(&legend, "textStyle"), "backgroundColor", &"transparent".into());
    lower_plot(option, (lines - 1.0) * ROW_HEIGHT);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_holds_whole_names_in_columns_of_one_width() {
        // 598 px, "xx/xx" 28 px: 598 - 10 - 42 - 28 = 518 px for names. A
        // column holds the widest name and its key, 250 + 30 = 280 px; two
        // and their gap take 570: one column, of 518 - 30 = 488 px.
        let unasked = |_| panic!("measured");
        assert_eq!(layout(&[250.0; 9], unasked, 598.0, 28.0), Some((1.0, 488.0)));
        // Names of at most 200 px: two columns of 224 px, which end at the page's end.
        assert_eq!(layout(&[200.0, 150.0, 120.0, 200.0, 90.0], unasked, 598.0, 28.0), Some((1.0, 224.0)));
        // All on one page: no pager, nothing to change.
        assert_eq!(layout(&[100.0, 120.0], unasked, 598.0, 28.0), None);
        assert_eq!(layout(&[], unasked, 598.0, 28.0), None);
        // Names a column holds are not measured character by character.
        assert_eq!(layout(&[200.0; 5], unasked, 598.0, 28.0), Some((1.0, 224.0)));
        // Two columns of 224.5 px would be 224, under the widest name, 224.2:
        // one column, rather than two a pixel past the page.
        assert_eq!(layout(&[224.2, 150.0, 120.0, 200.0, 90.0], unasked, 599.0, 28.0), Some((1.0, 489.0)));
    }

    #[test]
    fn a_name_wider_than_a_page_takes_the_lines_echarts_breaks_it_into() {
        // 310 px: 310 - 10 - 42 - 28 - 30 = 200 px of room, asked for.
        let lines = |given: Vec<usize>| move |room: f64| { assert_eq!(room, 200.0); Some(given) };
        assert_eq!(layout(&[260.0, 240.0], lines(vec![2, 2]), 310.0, 28.0), Some((2.0, 200.0)));
        assert_eq!(layout(&[600.0, 100.0], lines(vec![4, 1]), 310.0, 28.0), Some((4.0, 200.0)));
        // One line where zrender breaks none: a name a fraction of a pixel
        // wider than its room, whose characters measured alone fit.
        assert_eq!(layout(&[200.4, 100.0], lines(vec![1, 1]), 310.0, 28.0), Some((1.0, 200.0)));
        // A name that fits its room, beside another: one line, in a column.
        assert_eq!(layout(&[190.0, 150.0], |_| panic!("measured"), 310.0, 28.0), Some((1.0, 200.0)));
        // Never less than 80 px of room, however narrow the chart.
        assert_eq!(layout(&[100.0, 100.0], |room| { assert_eq!(room, 80.0); Some(vec![2, 2]) }, 100.0, 28.0), Some((2.0, 80.0)));
        // On paper, no pager: 360 - 40 = 320 px.
        assert_eq!(room(360.0), 320.0);
    }

    /// Each character 10 px wide.
    fn even(text: &str) -> Vec<(char, f64)> {
        text.chars().map(|c| (c, 10.0)).collect()
    }

    #[test]
    fn lines_break_as_zrender_breaks_them() {
        assert_eq!(broken_lines(even("abc"), 30.0), 1);
        assert_eq!(broken_lines(even(""), 30.0), 1);
        // A word moves whole to the next line, which can leave lines short:
        // "aa aa aa aa" in 40 px is four lines, where its width (110 px)
        // fills three. (Checked against zrender's own `wrapText` on 3,000
        // random texts while this was written.)
        assert_eq!(broken_lines(even("aa bbb"), 40.0), 2);
        assert_eq!(broken_lines(even("aa bbbb cc"), 40.0), 3);
        assert_eq!(broken_lines(even("aa aa aa aa"), 40.0), 4);
        // A word longer than a line is cut.
        assert_eq!(broken_lines(even("abcdefgh"), 30.0), 3);
        assert_eq!(broken_lines(even("a abcdefgh"), 30.0), 4);
        // Break signs and spaces break; a parenthesis and digits do not.
        assert_eq!(broken_lines(even("ab,cd"), 30.0), 2);
        assert_eq!(broken_lines(even("(2023)"), 30.0), 2);
        // Arabic letters are letters: a word moves whole.
        assert_eq!(broken_lines(even("مرصد الهجرة"), 60.0), 2);
        // A new line in the text.
        assert_eq!(broken_lines(even("ab\ncd"), 30.0), 2);
    }
}
