//! The compliance rules' messages, rewrites and front matter, on whole
//! Notes: what a copywriter sees besides the span.

use xhslint::diagnostic::Diagnostic;
use xhslint::input::note::{Note, NoteFormat};
use xhslint::lint::lint_note;
use xhslint::settings::Settings;

fn findings(rule: &str, source: &str) -> Vec<(String, Diagnostic)> {
    let note = Note::parse("note.md", source.to_string(), NoteFormat::Markdown);
    lint_note(&note, &Settings::default())
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| (source[d.span.clone()].to_string(), d))
        .collect()
}

#[test]
fn a_comment_draw_names_its_condition_and_offers_a_follower_price() {
    let source = "精华\n\n本周关注我们的宝子，评论区聊聊你的换季烦恼，抽3位送同款小样\n";
    let found = findings("engagement-bait", source);
    assert_eq!(found.len(), 1);
    let (text, finding) = &found[0];
    assert_eq!(text, "抽3位送");
    assert_eq!(
        finding.message,
        "“抽3位送” rewards readers for engaging (关注, 评论); the platform limits Notes that trade rewards for interaction (诱导互动)"
    );
    // The rewrite replaces the reward's whole clause, not only the span.
    let suggestion = &finding.suggestions[0];
    let span = suggestion
        .own_span(&finding.span)
        .cloned()
        .expect("a clause span");
    assert_eq!(&source[span], "抽3位送同款小样");
    assert_eq!(suggestion.replacement(), Some("本周粉丝专享价"));
}

#[test]
fn a_clause_that_holds_the_condition_is_rewritten_as_an_invitation() {
    let source = "挂耳咖啡\n\n这次30包¥59，评论区留言抽3位送手冲壶\n";
    let found = findings("engagement-bait", source);
    let (text, finding) = &found[0];
    assert_eq!(text, "留言抽3位送");
    let suggestion = &finding.suggestions[0];
    let span = suggestion
        .own_span(&finding.span)
        .cloned()
        .expect("a clause span");
    assert_eq!(&source[span], "评论区留言抽3位送手冲壶");
    assert_eq!(
        suggestion.replacement(),
        Some("欢迎评论区聊聊你的需求，本周粉丝专享价")
    );
}

#[test]
fn a_medical_claim_says_why_and_offers_the_felt_effect() {
    let found = findings("medical-claim", "面霜\n\n这款面霜能消炎，到手价¥199\n");
    let (text, finding) = &found[0];
    assert_eq!(text, "消炎");
    assert_eq!(
        finding.message,
        "“消炎” claims a medical effect only a drug may claim (广告法 Art. 17); describe the effect the reader can feel instead"
    );
    // The rewrite takes the "can" with it: 这款面霜泛红的时候涂上很舒缓.
    let suggestion = &finding.suggestions[0];
    assert_eq!(suggestion.replacement(), Some("泛红的时候涂上很舒缓"));
    let span = suggestion
        .own_span(&finding.span)
        .cloned()
        .expect("the claim with its modal");
    assert_eq!(&"面霜\n\n这款面霜能消炎，到手价¥199\n"[span], "能消炎");
}

#[test]
fn a_registration_allows_special_use_claims_but_not_medical_ones() {
    let unregistered = "防晒霜\n\n这支防晒霜美白又消炎，到手价¥129\n";
    let texts = |source: &str| -> Vec<String> {
        findings("medical-claim", source)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    };
    assert_eq!(texts(unregistered), ["防晒霜", "防晒霜", "美白", "消炎"]);
    let registered = format!("---\nregistration: 国妆特字G20230001\n---\n{unregistered}");
    assert_eq!(texts(&registered), ["消炎"]);
}

#[test]
fn a_registration_that_is_not_text_is_a_front_matter_error() {
    let found = findings(
        "front-matter",
        "---\nregistration: [1]\n---\n防晒霜\n\n质地轻薄\n",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1.message, "`registration` must be text");
}

#[test]
fn the_claim_rules_stay_quiet_in_a_note_that_sells_nothing() {
    let source = "日记\n\n医生推荐的面霜能消炎，戴上开光手串就转运\n";
    for rule in ["medical-claim", "false-authority", "risky-promise"] {
        assert!(findings(rule, source).is_empty(), "{rule} fired");
    }
    let sale = format!("{source}到手价¥199\n");
    assert_eq!(findings("medical-claim", &sale)[0].0, "消炎");
    assert_eq!(findings("false-authority", &sale)[0].0, "医生推荐");
    assert_eq!(findings("risky-promise", &sale)[0].0, "开光");
}
