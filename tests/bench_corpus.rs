//! The bench's real-sized corpus stands in for a real export, which the
//! repository does not hold: its Notes must keep a real export's shape
//! (mostly everyday posts, a sale Note now and then, a real spread of
//! lengths and hashtag counts) by xhslint's own reading, or the budgets
//! measured on it stop meaning what they say. The sale set at the same
//! lengths must keep selling.

#[path = "../bench/corpus.rs"]
mod corpus;

use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::model::prepared::{Kind, PreparedNote};
use xhslint::settings::Settings;

const COUNT: usize = 2_000;

fn as_file(note: &corpus::GenNote) -> Note {
    Note::parse(
        format!("{}.md", note.id),
        note.markdown(),
        NoteFormat::Markdown,
    )
}

fn sale_count(notes: &[corpus::GenNote]) -> usize {
    let settings = Settings::default();
    notes
        .iter()
        .filter(|note| {
            let note = as_file(note);
            PreparedNote::new(&note, &settings).kind().kind == Kind::Sale
        })
        .count()
}

#[test]
fn real_sized_notes_are_mostly_everyday_posts() {
    let vocabulary = corpus::Vocabulary::with_builtin_lexicons();
    let notes = corpus::generate_real_sized(&vocabulary, 7, COUNT);
    assert_eq!(notes.len(), COUNT);
    // A real export of 2,000 reads as 28 sale Notes; as files, a generated
    // sale Note reads as one more often (its front matter may declare the
    // sale), so the band is wide, but an all-sale or sale-free stand-in
    // falls outside it.
    let sales = sale_count(&notes);
    assert!(
        (10..=100).contains(&sales),
        "{sales} of {COUNT} read as sale Notes"
    );

    let mut lengths: Vec<usize> = notes
        .iter()
        .map(|note| note.title.chars().count() + note.body.chars().count())
        .collect();
    lengths.sort_unstable();
    let median = lengths[COUNT / 2];
    assert!((230..=360).contains(&median), "median length {median}");
    assert!(
        lengths[COUNT / 10] < 120,
        "tenth percentile {}",
        lengths[COUNT / 10]
    );
    assert!(lengths[COUNT * 95 / 100] > 800, "95th percentile");

    let tagless = notes.iter().filter(|note| !note.body.contains('#')).count();
    assert!(
        (300..=600).contains(&tagless),
        "{tagless} Notes without hashtags"
    );
    let fronted = notes.iter().filter(|n| n.front_matter.is_some()).count();
    assert!(
        (700..=1_300).contains(&fronted),
        "{fronted} with front matter"
    );
}

#[test]
fn real_sized_notes_draw_about_as_many_findings_as_a_real_export() {
    // 1,000 real Notes drew 867 findings, 719 of them `hashtag-count`.
    let vocabulary = corpus::Vocabulary::with_builtin_lexicons();
    let notes = corpus::generate_real_sized(&vocabulary, 7, 1_000);
    let settings = Settings::default();
    let mut findings = 0;
    let mut hashtag_count = 0;
    for note in &notes {
        for finding in lint_note(&as_file(note), &settings) {
            findings += 1;
            hashtag_count += usize::from(finding.rule == "hashtag-count");
        }
    }
    assert!((600..=1_200).contains(&findings), "{findings} findings");
    assert!(
        (550..=850).contains(&hashtag_count),
        "{hashtag_count} hashtag-count"
    );
}

#[test]
fn real_sized_sale_notes_mostly_read_as_sale_notes() {
    let vocabulary = corpus::Vocabulary::with_builtin_lexicons();
    let notes = corpus::generate_real_sized_sales(&vocabulary, 7, COUNT);
    let sales = sale_count(&notes);
    // Written to sell, but a short one without front matter may be cut
    // before its offer: about seven in ten read as sale Notes.
    assert!(
        sales * 100 >= COUNT * 65,
        "{sales} of {COUNT} read as sale Notes"
    );
}
