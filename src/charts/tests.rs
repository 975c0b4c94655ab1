use super::{wrap, PALETTE};

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn wrap_breaks_at_spaces_within_the_width() {
    assert_eq!(wrap("Irregular migration attempts foiled", 20, 3), "Irregular migration\nattempts foiled");
    assert_eq!(wrap("People rescued at sea", 20, 3), "People rescued\nat sea", "lines as even as their number allows");
    assert_eq!(wrap("Short", 20, 3), "Short");
    assert_eq!(wrap("Smuggling  networks", 40, 3), "Smuggling networks");
    assert_eq!(wrap("Regularisation", 5, 3), "Regularisation", "a long word stands alone, uncut");
    assert_eq!(wrap("", 10, 3), "");
    assert_eq!(wrap("a b c d e f", 3, 2), "a b c\nd e f", "widened to keep to two lines");
    // Characters, not bytes: Arabic letters are two bytes each.
    assert_eq!(wrap("محاولات الهجرة غير النظامية", 14, 3), "محاولات الهجرة\nغير النظامية");
}

#[test]
fn every_mark_colour_has_3_to_1_contrast_on_light_and_dark() {
    for colour in PALETTE {
        for background in ["#ffffff", "#100c2a"] {
            let c = contrast(colour, background);
            assert!(c >= 3.0, "{colour} on {background}: {c:.2}:1");
        }
    }
}
