//! A Note prepared for the rules: its copy folded, masked, segmented and
//! matched against every lexicon once, its hashtags read.

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::diagnostic::Edit;
use crate::input::hashtags::{self, Hashtag};
use crate::input::note::{Note, lines_in};
use crate::model::claims::Claim;
use crate::settings::Settings;
use crate::text::LineIndex;
use crate::text::fingerprint::{Build, Fingerprint, Haystack};
use crate::text::matcher::LexiconHit;
use crate::text::normalize::Normalized;
use crate::text::segment::{Boundaries, Segmenter};
use crate::text::{disguise, markers};

/// Which part of the copy a region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    Title,
    Body,
}

/// One stretch of copy (the title or the body), ready for matching.
pub struct CopyRegion {
    pub kind: RegionKind,
    /// Where the region lies in the source.
    pub span: Range<usize>,
    /// The folded text with non-words (stickers, markers, comments, a title
    /// line inside the body) masked to spaces.
    pub normalized: Normalized,
    pub boundaries: Boundaries,
    /// Lexicon entries found outside links and protected words, on word
    /// boundaries or not (see [`PreparedNote::hits`]); ranges are in
    /// `normalized`.
    pub hits: Vec<LexiconHit>,
    /// Links, as ranges in `normalized`.
    pub urls: Vec<Range<usize>>,
    /// Brand and product words (config `dictionary`, front matter
    /// `product`), as ranges in `normalized`: nothing inside them is flagged.
    pub protected: Vec<Range<usize>>,
    /// What every rule's patterns check before searching `normalized`.
    fingerprint: Fingerprint,
    /// How the patterns searching this region build their regexes.
    build: Build,
    /// Price and discount mentions, found once for every rule asking.
    pub(crate) prices: OnceLock<Vec<Range<usize>>>,
}

impl CopyRegion {
    pub fn text(&self) -> &str {
        self.normalized.as_str()
    }

    /// The folded text, ready for pattern searches.
    pub fn haystack(&self) -> Haystack<'_> {
        Haystack::fingerprinted(self.text(), &self.fingerprint).built(self.build)
    }

    /// `text`, a piece of this region or text made from it, to search on
    /// its own with regexes built as this region's are: a batch searches
    /// its pieces as it searches its Notes.
    pub fn fragment<'t>(&self, text: &'t str) -> Haystack<'t> {
        Haystack::new(text).built(self.build)
    }

    /// How the regexes searching this region are built.
    pub fn build(&self) -> Build {
        self.build
    }

    /// The source span of a range of the folded text.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        self.normalized.to_original(range)
    }

    /// Whether a folded range overlaps a link.
    pub fn in_url(&self, range: &Range<usize>) -> bool {
        markers::contains(&self.urls, range)
    }

    /// Whether a folded range overlaps a brand or product word.
    pub fn in_protected(&self, range: &Range<usize>) -> bool {
        markers::contains(&self.protected, range)
    }
}

/// Whether a Note sells something (SPEC 4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sale,
    Organic,
}

impl Kind {
    /// A validated `kind:` value; anything but `sale` is organic.
    fn parse(text: &str) -> Kind {
        if text == "sale" {
            Kind::Sale
        } else {
            Kind::Organic
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Sale => "sale",
            Kind::Organic => "organic",
        }
    }
}

/// Where a Note's kind came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindSource {
    FrontMatter,
    Config,
    Detected,
}

impl KindSource {
    pub fn as_str(self) -> &'static str {
        match self {
            KindSource::FrontMatter => "front-matter",
            KindSource::Config => "config",
            KindSource::Detected => "detected",
        }
    }
}

/// A Note's kind, where it came from, and the source span that decided it
/// (the `kind:` value, the `sale:` key, or the offer found in the copy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteKind {
    pub kind: Kind,
    pub source: KindSource,
    pub evidence: Option<Range<usize>>,
}

/// A hashtag with its ranges in the source.
#[derive(Debug, Clone)]
pub struct Tag {
    pub tag: Hashtag,
    /// The whole tag in the source.
    pub span: Range<usize>,
}

/// A Note with everything the rules share computed once.
pub struct PreparedNote<'a> {
    pub note: &'a Note,
    pub settings: &'a Settings,
    line_index: OnceLock<LineIndex>,
    pub title: Option<CopyRegion>,
    pub body: CopyRegion,
    /// Hashtags and markers written in the title (rare, but they count).
    pub title_tags: Vec<Tag>,
    /// Hashtags and markers written in the body, in order.
    pub body_tags: Vec<Tag>,
    kind: OnceLock<NoteKind>,
    /// Set when [`PreparedNote::is_sale`] answers yes, so the findings of a
    /// rule that asked can say why the Note counts as a sale Note.
    sale_consulted: AtomicBool,
    claims: OnceLock<Vec<Claim>>,
    scarcity_claims: OnceLock<Vec<Claim>>,
    /// The topic hashtags, distinct: `hashtag-count` counts them and
    /// `hashtag-mix` sorts them into broad and niche.
    topics: OnceLock<Vec<String>>,
    /// Writes a title from the Note's declared facts; `None` when the
    /// engine makes no generated suggestions (while it checks candidates).
    titles: Option<TitleWriter<'a>>,
}

/// Writes the best title for a Note from its declared facts (`None` when
/// they do not suffice), for `title-scarcity`'s suggestion: lent by the
/// engine, which lints the candidates.
pub type TitleWriter<'a> = &'a (dyn Fn(&Note) -> Option<String> + Sync);

impl<'a> PreparedNote<'a> {
    /// Prepares `note` with its config's segmenter.
    pub fn new(note: &'a Note, settings: &'a Settings) -> Self {
        Self::with_segmenter(note, settings, &settings.segmenter)
    }

    /// Searches the copy with regexes built as `build` says (they are built
    /// tuned otherwise).
    pub fn built(mut self, build: Build) -> Self {
        if let Some(title) = &mut self.title {
            title.build = build;
        }
        self.body.build = build;
        self
    }

    /// Lets `title-scarcity` suggest a title `titles` writes.
    pub fn with_titles(mut self, titles: Option<TitleWriter<'a>>) -> Self {
        self.titles = titles;
        self
    }

    /// The title the engine writes from the Note's declared facts, if it
    /// makes generated suggestions and the facts suffice.
    pub fn generated_title(&self) -> Option<String> {
        self.titles.and_then(|write| write(self.note))
    }

    /// Prepares `note` with a segmenter of the caller's, such as one over
    /// stock jieba to check results against.
    pub fn with_segmenter(note: &'a Note, settings: &'a Settings, segmenter: &Segmenter) -> Self {
        let protected = protected_words(note, settings);
        let matcher = settings.lexicons.matcher();
        let mut title_tags = Vec::new();
        let title = note.title.as_ref().map(|title| {
            let normalized = if title.verbatim {
                disguise::read(&title.text, title.span.start, matcher, segmenter)
            } else {
                Normalized::detached(&title.text, title.span.clone())
            };
            let source = title.verbatim.then_some(note.source.as_str());
            let (normalized, urls, tags) = read_copy(normalized, None, source);
            title_tags = tags;
            prepare_region(
                RegionKind::Title,
                title.span.clone(),
                normalized,
                &urls,
                &protected,
                settings,
                segmenter,
            )
        });
        let body_span = note.body.clone();
        let body_normalized = disguise::read(
            &note.source[body_span.clone()],
            body_span.start,
            matcher,
            segmenter,
        );
        let title_line = note.title.as_ref().and_then(|t| t.body_line.clone());
        let (body_normalized, urls, body_tags) =
            read_copy(body_normalized, title_line, Some(&note.source));
        let body = prepare_region(
            RegionKind::Body,
            body_span,
            body_normalized,
            &urls,
            &protected,
            settings,
            segmenter,
        );
        PreparedNote {
            note,
            settings,
            line_index: OnceLock::new(),
            title,
            body,
            title_tags,
            body_tags,
            kind: OnceLock::new(),
            sale_consulted: AtomicBool::new(false),
            claims: OnceLock::new(),
            scarcity_claims: OnceLock::new(),
            topics: OnceLock::new(),
            titles: None,
        }
    }

    /// Lines of the source, indexed on first use.
    pub fn line_index(&self) -> &LineIndex {
        self.line_index
            .get_or_init(|| LineIndex::new(&self.note.source))
    }

    /// The title region, then the body region.
    pub fn regions(&self) -> impl Iterator<Item = &CopyRegion> {
        self.title.iter().chain(std::iter::once(&self.body))
    }

    /// The lexicon hits of `lexicon` in `region` that start and end on
    /// word boundaries.
    pub fn hits<'r>(
        &self,
        region: &'r CopyRegion,
        lexicon: &str,
    ) -> impl Iterator<Item = &'r LexiconHit> + 'r {
        self.candidate_hits(region, lexicon)
            .filter(|hit| region.boundaries.aligned(&hit.range))
    }

    /// The occurrences of `lexicon`'s entries in `region`, on word
    /// boundaries or not: for a rule that narrows them down before paying
    /// for segmentation (`region.boundaries.aligned`).
    pub fn candidate_hits<'r>(
        &self,
        region: &'r CopyRegion,
        lexicon: &str,
    ) -> impl Iterator<Item = &'r LexiconHit> + 'r {
        let index = self.settings.lexicons.index(lexicon);
        region
            .hits
            .iter()
            .filter(move |hit| Some(hit.lexicon) == index)
    }

    /// The topic hashtags of the Note, distinct, front matter first.
    pub fn distinct_topics(&self) -> &[String] {
        self.topics.get_or_init(|| {
            let front = self
                .note
                .front_matter
                .iter()
                .flat_map(|fm| fm.tags.iter().map(|t| hashtags::tag_key(&t.value)));
            let body = self
                .title_tags
                .iter()
                .chain(&self.body_tags)
                .filter(|t| t.tag.is_topic())
                .map(|t| t.tag.key.clone());
            let keys: Vec<String> = front.chain(body).filter(|key| !key.is_empty()).collect();
            // Each key's first place, in a set of the keys borrowed: a Note
            // of a hundred thousand tags is read in linear time.
            let mut seen = std::collections::HashSet::with_capacity(keys.len());
            let first: Vec<bool> = keys.iter().map(|key| seen.insert(key.as_str())).collect();
            drop(seen);
            keys.into_iter()
                .zip(first)
                .filter_map(|(key, first)| first.then_some(key))
                .collect()
        })
    }

    /// A sale Note: one that makes an offer (SPEC 4.1); see
    /// [`PreparedNote::kind`].
    pub fn is_sale(&self) -> bool {
        let sale = self.kind().kind == Kind::Sale;
        if sale {
            self.sale_consulted.store(true, Ordering::Relaxed);
        }
        sale
    }

    /// Whether [`PreparedNote::is_sale`] answered yes since the last call.
    pub(crate) fn take_sale_consulted(&self) -> bool {
        self.sale_consulted.swap(false, Ordering::Relaxed)
    }

    /// What kind of Note this is, and why: front matter `kind:`, else the
    /// config's `kind:`, else front matter `sale`, else what the copy offers.
    pub fn kind(&self) -> &NoteKind {
        self.kind.get_or_init(|| self.decide_kind())
    }

    fn decide_kind(&self) -> NoteKind {
        let front = self.note.front_matter.as_ref();
        if let Some(kind) = front.and_then(|fm| fm.kind.as_ref()) {
            return NoteKind {
                kind: Kind::parse(&kind.value),
                source: KindSource::FrontMatter,
                evidence: Some(kind.span.clone()),
            };
        }
        if let Some(kind) = &self.settings.kind {
            return NoteKind {
                kind: Kind::parse(kind),
                source: KindSource::Config,
                evidence: None,
            };
        }
        if let Some(sale) = front.and_then(|fm| fm.sale.as_ref()) {
            return NoteKind {
                kind: Kind::Sale,
                source: KindSource::FrontMatter,
                evidence: Some(sale.span.clone()),
            };
        }
        let reading = crate::model::offer::read(self);
        NoteKind {
            kind: if reading.offer {
                Kind::Sale
            } else {
                Kind::Organic
            },
            source: KindSource::Detected,
            evidence: reading
                .offer
                .then(|| reading.evidence().map(|f| f.span.clone()))
                .flatten(),
        }
    }

    /// Why a sale-only finding applies, as a note for its reader: the
    /// evidence that made this a sale Note, and how to say it is not one.
    pub fn sale_note(&self) -> (crate::i18n::Msg, Option<Range<usize>>) {
        let kind = self.kind();
        let message = match (kind.source, &kind.evidence) {
            (KindSource::Detected, Some(span)) => {
                crate::msg!("sale-note-detected", evidence = self.source_text(span))
            }
            (KindSource::Config, _) => crate::msg!("sale-note-config"),
            (KindSource::FrontMatter, Some(span)) if self.source_text(span).trim() == "sale" => {
                crate::msg!("sale-note-kind")
            }
            (KindSource::FrontMatter, _) => crate::msg!("sale-note-facts"),
            (KindSource::Detected, None) => crate::msg!("sale-note-bare"),
        };
        (message, kind.evidence.clone())
    }

    /// The sale claims in the title and body, read once for every rule
    /// that checks them.
    pub fn claims(&self) -> &[Claim] {
        self.claims
            .get_or_init(|| crate::model::claims::in_note(self))
    }

    /// The scarcity claims among [`PreparedNote::claims`], read without the
    /// others when the Note makes none.
    pub fn scarcity_claims(&self) -> &[Claim] {
        self.scarcity_claims
            .get_or_init(|| match self.claims.get() {
                Some(all) => all
                    .iter()
                    .filter(|c| c.kind.is_scarcity())
                    .cloned()
                    .collect(),
                None => crate::model::claims::scarcity_in_note(self),
            })
    }

    /// The Note's category: front matter, else the configured default.
    pub fn category(&self) -> Option<&str> {
        self.note
            .front_matter
            .as_ref()
            .and_then(|fm| fm.category.as_ref())
            .map(|c| c.value.as_str())
            .or(self.settings.category.as_deref())
    }

    /// The source text under a span.
    pub fn source_text(&self, span: &Range<usize>) -> &str {
        self.note.source.get(span.clone()).unwrap_or_default()
    }

    /// Where a line the whole Note lacks (a purchase path, a word to the
    /// community) belongs: a new line at the end of the body, before the
    /// closing hashtag line if there is one. Gives the span a finding
    /// points at — the last line of copy, which the new line follows, or
    /// the empty place itself when the body has no copy — and the edit
    /// inserting `line` there.
    pub fn closing_line(&self, line: &str) -> (Range<usize>, Edit) {
        let source = &self.note.source;
        let ending = if source.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        let title_line = self.note.title.as_ref().and_then(|t| t.body_line.clone());
        let is_copy = |content: &Range<usize>| {
            let mut text = source[content.clone()].to_string();
            for tag in self.body_tags.iter().rev() {
                if content.start <= tag.span.start && tag.span.end <= content.end {
                    let local = tag.span.start - content.start..tag.span.end - content.start;
                    text.replace_range(local, "");
                }
            }
            let text = text.trim();
            let comment = text.starts_with("<!--") && text.ends_with("-->");
            !text.is_empty() && !comment
        };
        let lines: Vec<Range<usize>> = lines_in(source, self.note.body.clone())
            .map(|(content, _)| content)
            .collect();
        // From the end: the last line is nearly always the one.
        let last_copy = lines
            .into_iter()
            .filter(|content| {
                title_line
                    .as_ref()
                    .is_none_or(|t| !(t.start <= content.start && content.end <= t.end))
            })
            .rfind(is_copy);
        if let Some(content) = last_copy {
            let edit = Edit::insert(content.end, format!("{ending}{line}"));
            return (content, edit);
        }
        // No copy: the line opens the body, after a title line inside it.
        let at = match &title_line {
            Some(t) if t.end <= self.note.body.start || self.note.body.is_empty() => {
                let content_end = source[..t.end].trim_end_matches(['\r', '\n']).len();
                let edit = Edit::insert(content_end, format!("{ending}{line}"));
                return (content_end..content_end, edit);
            }
            _ => self.note.body.start,
        };
        let text = if at < source.len() && !self.note.body.is_empty() {
            format!("{line}{ending}")
        } else if at == 0 || source[..at].ends_with(['\n', '\r']) {
            line.to_string()
        } else {
            format!("{ending}{line}")
        };
        (at..at, Edit::insert(at, text))
    }
}

/// Reads the links and hashtags of a stretch of copy, then masks what is
/// not words: markers, `#` signs and `[话题]` suffixes, sticker codes,
/// comments, and a title line inside the body.
fn read_copy(
    mut normalized: Normalized,
    title_line: Option<Range<usize>>,
    source: Option<&str>,
) -> (Normalized, Vec<Range<usize>>, Vec<Tag>) {
    let urls = markers::urls(normalized.as_str());
    let tags: Vec<Tag> = hashtags::scan(normalized.as_str(), &urls)
        .into_iter()
        .map(|mut tag| {
            // The app keeps Traditional and Simplified topics apart
            // (`#萬聖節` ≠ `#万圣节`): the key is read from the source.
            if let Some(written) =
                source.and_then(|s| s.get(normalized.to_original(tag.name_range.clone())))
            {
                tag.key = hashtags::tag_key(written);
            }
            Tag {
                span: normalized.to_original(tag.range.clone()),
                tag,
            }
        })
        .collect();
    let mut masks: Vec<Range<usize>> = Vec::new();
    for tag in &tags {
        match &tag.tag.marker {
            // Place, brand and product markers are not copy at all.
            Some(_) => masks.push(tag.tag.range.clone()),
            None => {
                masks.push(tag.tag.name_range.end..tag.tag.range.end);
                masks.push(tag.tag.range.start..tag.tag.name_range.start);
            }
        }
    }
    masks.extend(markers::sticker_codes(normalized.as_str()));
    masks.extend(markers::comments(normalized.as_str()));
    if let Some(line) = title_line {
        masks.push(normalized.from_original(line));
    }
    for mask in masks {
        normalized.mask(mask);
    }
    (normalized, urls, tags)
}

/// Brand words from the config and the declared product name: never split
/// and never flagged.
fn protected_words(note: &Note, settings: &Settings) -> Vec<String> {
    let mut words: Vec<String> = settings.dictionary.clone();
    if let Some(product) = note
        .front_matter
        .as_ref()
        .and_then(|fm| fm.product.as_ref())
    {
        words.push(product.value.clone());
    }
    words.retain(|w| !w.trim().is_empty());
    words
}

/// `text` with each range replaced by as many spaces as it has bytes, so
/// offsets stay put. A brand word segmented this way is one opaque unit:
/// word boundaries fall at its edges and the copy around it is segmented
/// as if it were not there. This keeps a brand whole for one Note only;
/// adding it to the config's segmenter would also change how the other
/// Notes of that config are segmented.
fn blank_out(text: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in ranges {
        if let Some(inside) = bytes.get_mut(range.clone()) {
            inside.fill(b' ');
        }
    }
    // Every range lies on character boundaries (it came from
    // `match_indices`), so the bytes are still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

fn prepare_region(
    kind: RegionKind,
    span: Range<usize>,
    normalized: Normalized,
    urls: &[Range<usize>],
    protected: &[String],
    settings: &Settings,
    segmenter: &Segmenter,
) -> CopyRegion {
    let text = normalized.as_str();
    let protected_ranges: Vec<Range<usize>> = protected
        .iter()
        .flat_map(|word| {
            text.match_indices(word.as_str())
                .map(|(i, w)| i..i + w.len())
                .collect::<Vec<_>>()
        })
        .collect();
    let boundaries = if protected_ranges.is_empty() {
        segmenter.boundaries(text)
    } else {
        segmenter.boundaries(&blank_out(text, &protected_ranges))
    };
    // Word boundaries are checked when a rule reads the hits (`hits`): a
    // Note's stretches are segmented only for the lexicons asked about.
    let mut hits = settings.lexicons.matcher().find_all(text);
    hits.retain(|hit| {
        !markers::contains(urls, &hit.range) && !markers::contains(&protected_ranges, &hit.range)
    });
    CopyRegion {
        kind,
        span,
        boundaries,
        hits,
        urls: urls.to_vec(),
        protected: protected_ranges,
        fingerprint: Fingerprint::indexed(text),
        build: Build::Tuned,
        prices: OnceLock::new(),
        normalized,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::note::NoteFormat;

    #[test]
    fn topics_are_distinct_front_matter_first_in_order_of_first_use() {
        let source = "---\ntags: [油皮护肤, \"#好物分享\", 油皮护肤]\n---\n# 精华 #平价好物\n\n\
                      用了一周 #好物分享 #换季护肤 #平价好物 @小红书 #换季护肤[话题]#\n";
        let note = Note::parse("a.md", source.to_string(), NoteFormat::Markdown);
        let settings = Settings::default();
        let prepared = PreparedNote::new(&note, &settings);
        let topics = prepared.distinct_topics();
        assert_eq!(topics, ["油皮护肤", "好物分享", "平价好物", "换季护肤"]);
        // Kept: the second asker gets the same list.
        assert!(std::ptr::eq(topics, prepared.distinct_topics()));
        let many: String = (0..50_000)
            .map(|i| format!("#话题{} ", i % 25_000))
            .collect();
        let note = Note::parse("b.md", format!("正文\n{many}"), NoteFormat::Markdown);
        let prepared = PreparedNote::new(&note, &settings);
        assert_eq!(prepared.distinct_topics().len(), 25_000);
        assert_eq!(prepared.distinct_topics()[24_999], "话题24999");
    }

    /// The source with the closing line `加一行` added, and the text the
    /// finding points at.
    fn closed(source: &str, format: NoteFormat) -> (String, String) {
        let note = Note::parse("a.md", source.to_string(), format);
        let settings = Settings::default();
        let prepared = PreparedNote::new(&note, &settings);
        let (span, edit) = prepared.closing_line("加一行");
        let mut fixed = source.to_string();
        fixed.replace_range(edit.span, &edit.replacement);
        (fixed, source[span].to_string())
    }

    #[test]
    fn pieces_of_a_region_are_searched_as_the_region_is() {
        let note = Note::parse(
            "a.md",
            "# 标题\n\n评论区留言抽3位送正装".to_string(),
            NoteFormat::Markdown,
        );
        let settings = Settings::default();
        for build in [Build::Quick, Build::Tuned] {
            let prepared = PreparedNote::new(&note, &settings).built(build);
            for region in prepared.regions() {
                assert_eq!(region.build(), build);
                assert_eq!(region.haystack().build(), Some(build));
                let text = region.text();
                let piece = text.char_indices().nth(2).map_or(text, |(i, _)| &text[..i]);
                assert_eq!(region.fragment(piece).build(), Some(build));
                let whole = region.haystack();
                let part = whole.part(piece);
                assert_eq!((part.as_str(), part.build()), (piece, Some(build)));
            }
        }
    }

    #[test]
    fn the_line_goes_after_the_copy_and_before_the_hashtags() {
        let (fixed, at) = closed(
            "# 标题\n\n第一段\n第二段\n\n#护肤 #精华\n",
            NoteFormat::Markdown,
        );
        assert_eq!(fixed, "# 标题\n\n第一段\n第二段\n加一行\n\n#护肤 #精华\n");
        assert_eq!(at, "第二段");
    }

    #[test]
    fn without_hashtags_the_line_ends_the_body_in_its_line_endings() {
        let (fixed, at) = closed("标题\r\n\r\n正文，到手¥99", NoteFormat::Text);
        assert_eq!(fixed, "标题\r\n\r\n正文，到手¥99\r\n加一行");
        assert_eq!(at, "正文，到手¥99");
        // Hashtags at the end of a line of copy stay on it.
        let (fixed, _) = closed("# 标题\n\n正文 #护肤\n", NoteFormat::Markdown);
        assert_eq!(fixed, "# 标题\n\n正文 #护肤\n加一行\n");
    }

    #[test]
    fn with_no_copy_the_line_opens_the_body() {
        let (fixed, at) = closed("# 标题\n\n#护肤 #精华\n", NoteFormat::Markdown);
        assert_eq!(fixed, "# 标题\n加一行\n\n#护肤 #精华\n");
        assert_eq!(at, "");
        let (fixed, _) = closed("---\ntitle: 标题\n---\n#护肤\n", NoteFormat::Markdown);
        assert_eq!(fixed, "---\ntitle: 标题\n---\n加一行\n#护肤\n");
        let (fixed, _) = closed("---\ntitle: 标题\n---\n", NoteFormat::Markdown);
        assert_eq!(fixed, "---\ntitle: 标题\n---\n加一行");
    }
}
