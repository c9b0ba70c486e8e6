//! The human output of every Note in `examples/` in Chinese, as insta
//! snapshots: what a Chinese copywriter sees (`--lang zh`, or a `zh*`
//! locale). The English output is in `tests/snapshots.rs`.

use std::path::Path;

use xhslint::i18n::Lang;
use xhslint::lint::lint_source;
use xhslint::report::human::HumanRenderer;
use xhslint::report::{FileReport, render_all};
use xhslint::settings::Settings;

fn human_zh(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let source = std::fs::read_to_string(&path).expect("example exists");
    let display = format!("examples/{name}");
    let (note, diagnostics) = lint_source(&display, source, &Settings::default());
    let mut report = FileReport::linted(display, note.source, diagnostics);
    report.localize(Lang::Zh);
    colored::control::set_override(false);
    render_all(
        &mut HumanRenderer::new(|_| true, true).with_lang(Lang::Zh),
        &[report],
    )
}

macro_rules! example_snapshots {
    ($($test:ident => $file:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                insta::assert_snapshot!(concat!(stringify!($test), "_human_zh"), human_zh($file));
            }
        )*
    };
}

example_snapshots! {
    absolute => "absolute.md",
    bad_front_matter => "bad-front-matter.md",
    buried_scarcity => "buried-scarcity.md",
    clean_sale => "clean-sale.md",
    compliance => "compliance.md",
    hashtags => "hashtags.md",
    long_body => "long-body.txt",
    off_platform => "off-platform.md",
    pressure => "pressure.md",
    price_first => "price-first.md",
    title_too_long => "title-too-long.md",
}
