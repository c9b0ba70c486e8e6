//! Helpers shared by the command-line tests: a scratch directory of Notes
//! and a way to run the binary in it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A temporary directory the binary runs in.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Self {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, contents).expect("write");
        path
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).expect("read")
    }

    /// `xhslint ARGS` with the scratch directory as working directory.
    pub fn xhslint(&self, args: &[&str]) -> Command {
        let mut command = Command::cargo_bin("xhslint").expect("binary");
        command
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env("XHSLINT_LANG", "en")
            .args(args);
        command
    }
}

/// `xhslint` in the repository, with no language chosen by the environment
/// except the `env` given: for tests of which language the output speaks.
pub fn xhslint_with_env(env: &[(&str, &str)]) -> Command {
    let mut command = Command::cargo_bin("xhslint").expect("binary");
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("XHSLINT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

/// Runs a command and returns (exit code, stdout, stderr).
pub fn output(command: &mut Command) -> (i32, String, String) {
    let out = command.output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// A Note with a duplicate tag and a run of `！！！`, which in this
/// organic review is the writer's tone and is not fixed.
pub const FIXABLE_NOTE: &str = "---\ntitle: 玻尿酸精华补水测评\ncategory: beauty\n---\n这瓶精华保湿效果很好，上脸不黏！！！\n\n#护肤分享 #补水保湿 #护肤分享 #精华推荐 #好物分享\n";

/// The same Note after `--fix`.
pub const FIXED_NOTE: &str = "---\ntitle: 玻尿酸精华补水测评\ncategory: beauty\n---\n这瓶精华保湿效果很好，上脸不黏！！！\n\n#护肤分享 #补水保湿 #精华推荐 #好物分享\n";

/// `count` different Notes built from parts written for these tests: sale
/// and non-sale, with and without claims, tags, pressure and redirects.
pub fn generated_notes(count: usize) -> Vec<(String, String)> {
    const TITLES: &[&str] = &[
        "限时48小时｜玻尿酸精华 限量优惠",
        "真丝方巾的五种系法",
        "全网最低价的电水壶来了",
        "今晚截止 宝宝湿巾囤货",
        "通勤穿搭：一周不重样",
        "这款蓝牙耳机降噪真的绝",
        "第一次做酥皮泡芙",
        "空气炸锅鸡翅，外酥里嫩超简单的做法分享给大家",
    ];
    const OPENINGS: &[&str] = &[
        "用了两周，保湿很明显，上脸不黏。",
        "面料垂坠，显瘦又不闷。",
        "烧水很快，静音，早上不吵醒家人。",
        "外皮酥脆，一口下去全是汁。",
        "降噪开到最大，地铁上也能听清播客。",
        "最近换季皮肤有点干。",
    ];
    const OFFERS: &[&str] = &[
        "到手价199元，手慢无！！！",
        "今天下单立减50，不买后悔。",
        "5折包邮，点击下方商品卡购买。",
        "想要链接的私信我，加vx领券。",
        "",
        "粉丝专享价¥129，限量200份，送完即止。",
    ];
    const TAGS: &[&str] = &[
        "#护肤分享",
        "#补水保湿",
        "#穿搭[话题]#",
        "#厨房好物#",
        "#数码",
        "#宝宝用品",
        "#好物分享",
        "#平价好物",
        "#护肤分享",
    ];
    (0..count)
        .map(|i| {
            let title = TITLES[i % TITLES.len()];
            let opening = OPENINGS[(i / 3) % OPENINGS.len()];
            let offer = OFFERS[(i / 7) % OFFERS.len()];
            let tag_count = 2 + (i % 8);
            let tags: Vec<&str> = (0..tag_count)
                .map(|k| TAGS[(i + k * 5) % TAGS.len()])
                .collect();
            let body = format!("{opening}第{i}篇。\n{offer}\n\n{}", tags.join(" "));
            (title.to_string(), body)
        })
        .collect()
}

/// Writes the generated Notes as Markdown files `notes/NNNN.md`.
pub fn write_notes(scratch: &Scratch, count: usize) -> PathBuf {
    for (i, (title, body)) in generated_notes(count).into_iter().enumerate() {
        scratch.write(
            &format!("notes/{i:04}.md"),
            format!("# {title}\n\n{body}\n"),
        );
    }
    scratch.path("notes")
}

/// The generated Notes as JSON Lines records.
pub fn notes_jsonl(count: usize) -> String {
    generated_notes(count)
        .into_iter()
        .enumerate()
        .map(|(i, (title, body))| {
            serde_json::json!({"id": format!("gen-{i:04}"), "title": title, "body": body})
                .to_string()
                + "\n"
        })
        .collect()
}

pub fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}
