//! In-process lint time per Note by size, and what the segmenter costs cold
//! and warm against stock jieba.
//!
//! `cargo bench --bench lint`

#[path = "../bench/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use xhslint::lint::lint_source;
use xhslint::settings::Settings;
use xhslint::text::segment::Segmenter;

fn lint_by_size(c: &mut Criterion) {
    let vocabulary = corpus::Vocabulary::with_builtin_lexicons();
    let settings = Settings::default();
    let mut group = c.benchmark_group("lint_note");
    for chars in [200, 800, 3_000] {
        let source = corpus::note_of_size(&vocabulary, 7, chars).markdown();
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(chars), &source, |b, source| {
            b.iter(|| lint_source("note.md", black_box(source.clone()), &settings))
        });
    }
    group.finish();
}

fn segmenter(c: &mut Criterion) {
    let vocabulary = corpus::Vocabulary::with_builtin_lexicons();
    let note = corpus::note_of_size(&vocabulary, 7, 800);
    let text = note.body.as_str();
    let mut group = c.benchmark_group("segmenter");
    group.sample_size(20);
    // What a one-Note process pays: build the segmenter, segment the whole
    // Note once (`words`; `boundaries` would segment only what is asked).
    group.bench_function("cold/compiled-dict", |b| {
        b.iter(|| Segmenter::new().words(black_box(text)).len())
    });
    group.bench_function("cold/stock-jieba", |b| {
        b.iter(|| {
            Segmenter::with_loaded_jieba(jieba_rs::Jieba::new())
                .words(black_box(text))
                .len()
        })
    });
    let lazy = Segmenter::new();
    let stock = Segmenter::with_loaded_jieba(jieba_rs::Jieba::new());
    group.bench_function("warm/compiled-dict", |b| {
        b.iter(|| lazy.words(black_box(text)).len())
    });
    group.bench_function("warm/stock-jieba", |b| {
        b.iter(|| stock.words(black_box(text)).len())
    });
    group.finish();
}

criterion_group!(benches, lint_by_size, segmenter);
criterion_main!(benches);
