//! The kill loop of issue 16: the real binary is killed with SIGKILL at random moments
//! while it saves (`import`, `import-answers`, a change in the TUI), and after every kill
//! the workspace must load and equal the state before or after that change, and the next
//! start must leave no temporary file behind.
//!
//! CI runs `DEFAULT_ROUNDS` kills of each kind; by hand, `TIAKI_KILL_ROUNDS=300 cargo test
//! --test e2e kill_loop -- --nocapture` runs more, and `TIAKI_KILL_SEED` replays a run
//! (each test prints its seed and what the kills hit).

use std::fs;
use std::path::Path;
use std::process::{Child, Command};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::harness::{Tui, command, data_dir, export_json, run_ok};
use crate::steps;

const DEFAULT_ROUNDS: usize = 12;
const KERERU: &str = "Kererū Meet (fictional)";

fn rounds() -> usize {
    std::env::var("TIAKI_KILL_ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(DEFAULT_ROUNDS)
}

/// xorshift64*: random enough to spread the kills, and replayable from its seed.
struct Random(u64);

impl Random {
    fn new(test: &str) -> Random {
        let seed = std::env::var("TIAKI_KILL_SEED")
            .ok()
            .and_then(|seed| seed.parse().ok())
            .unwrap_or_else(|| {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default();
                now.as_nanos() as u64 | 1
            });
        println!("{test}: TIAKI_KILL_SEED={seed}");
        Random(seed)
    }

    /// A duration from zero up to `most`.
    fn up_to(&mut self, most: Duration) -> Duration {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let fraction =
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64;
        most.mul_f64(fraction)
    }
}

fn kill_9(pid: u32) {
    let status = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("runs kill");
    // It may have finished first: then there was nothing to kill, which is fine.
    let _ = status;
}

/// How long to wait before a kill: random up to a limit that follows how long runs take
/// on this machine now, so that some kills land before the save and some after.
struct Window {
    limit: Duration,
    random: Random,
}

impl Window {
    fn new(test: &str, took: Duration) -> Window {
        Window {
            limit: took.mul_f64(1.5),
            random: Random::new(test),
        }
    }

    /// Runs `tiaki ARGS` and kills it at a random moment; whether the kill came first.
    fn run_and_kill(&mut self, data: &Path, args: &[&str]) -> bool {
        let killed = run_and_kill(data, args, self.random.up_to(self.limit));
        self.limit = self.limit.mul_f64(if killed { 1.1 } else { 0.95 });
        killed
    }
}

/// Starts `tiaki ARGS`, kills it after `delay` unless it has finished; whether it was killed.
fn run_and_kill(data: &Path, args: &[&str], delay: Duration) -> bool {
    let mut child: Child = command(data, args).spawn().expect("starts tiaki");
    thread::sleep(delay);
    let finished = child.try_wait().expect("polls tiaki").is_some();
    if !finished {
        kill_9(child.id());
    }
    child.wait().expect("reaps tiaki");
    !finished
}

/// How long `tiaki ARGS` takes when nobody kills it (which also runs it once for good).
fn timed(data: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    run_ok(data, args);
    started.elapsed()
}

/// Runs `list` (the next start), then insists no temporary file of tiaki's is left.
fn next_start_leaves_no_temporary_file(data: &Path) {
    run_ok(data, &["list"]);
    for folder in [data.to_owned(), data.join("workspaces")] {
        let left: Vec<String> = fs::read_dir(&folder)
            .expect("lists the folder")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|name| name.contains(".tiaki-") || name.contains(".tmp"))
            .collect();
        assert!(left.is_empty(), "left in {}: {left:?}", folder.display());
    }
}

/// The workspace with every time stamp masked: runs at different moments stamp
/// different times on the same change. The history is kept to its length: its events
/// hold those times too, and its hashes cover them.
fn masked(mut value: Value) -> Value {
    fn mask(value: &mut Value) {
        match value {
            Value::String(text) if is_timestamp(text) => "<time>".clone_into(text),
            Value::Array(items) => items.iter_mut().for_each(mask),
            Value::Object(fields) => fields.values_mut().for_each(mask),
            _ => {}
        }
    }
    fn is_timestamp(text: &str) -> bool {
        text.len() >= 20
            && text.as_bytes()[4] == b'-'
            && text.as_bytes()[10] == b'T'
            && text.ends_with('Z')
    }
    if let Some(history) = value.get_mut("history") {
        *history = Value::from(history.as_array().map_or(0, Vec::len));
    }
    mask(&mut value);
    value
}

#[test]
fn import_killed_at_random_moments() {
    let data = data_dir();
    let file = data.path().join("large.json");
    fs::write(&file, large_workspace(data.path())).expect("writes the import");
    let took = timed(
        data.path(),
        &["import", "large.json", "--name", "Reference"],
    );
    let expected = without_name(export_json(data.path(), "reference"));
    let mut window = Window::new("import", took);
    let (mut killed, mut saved) = (0, 0);
    for round in 0..rounds() {
        let name = format!("Round {round}");
        killed += usize::from(
            window.run_and_kill(data.path(), &["import", "large.json", "--name", &name]),
        );
        next_start_leaves_no_temporary_file(data.path());
        let slug = format!("round-{round}");
        if data.path().join(format!("workspaces/{slug}.ron")).exists() {
            saved += 1;
            let got = without_name(export_json(data.path(), &slug));
            assert!(
                got == expected,
                "round {round}: the imported workspace differs"
            );
        }
        // Import reads every workspace to refuse a duplicate name: removing this round's
        // keeps every round as slow as the timed one.
        for entry in fs::read_dir(data.path().join("workspaces")).expect("lists") {
            let path = entry.expect("entry").path();
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&slug))
            {
                fs::remove_file(path).expect("removes the round's files");
            }
        }
    }
    println!(
        "import: {} rounds, {killed} killed, {saved} imported whole, none damaged",
        rounds()
    );
}

#[test]
fn import_answers_killed_at_random_moments() {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    let questionnaire = run_ok(
        data.path(),
        &[
            "questionnaire",
            "demo",
            "--provider",
            KERERU,
            "--format",
            "csv",
        ],
    );
    fs::write(data.path().join("answers.csv"), all_met(&questionnaire)).expect("writes");
    let file = data.path().join("workspaces/demo.ron");
    let original = fs::read(&file).expect("reads the demo");
    let before = masked(export_json(data.path(), "demo"));
    let args = [
        "import-answers",
        "demo",
        "--provider",
        KERERU,
        "answers.csv",
    ];
    let took = timed(data.path(), &args);
    let after = masked(export_json(data.path(), "demo"));
    assert_ne!(before, after, "the answers change the workspace");
    let mut window = Window::new("import-answers", took);
    let (mut killed, mut changed) = (0, 0);
    for round in 0..rounds() {
        fs::write(&file, &original).expect("puts the demo back");
        killed += usize::from(window.run_and_kill(data.path(), &args));
        next_start_leaves_no_temporary_file(data.path());
        let got = masked(export_json(data.path(), "demo"));
        assert!(
            got == before || got == after,
            "round {round}: neither before nor after"
        );
        changed += usize::from(got == after);
    }
    println!(
        "import-answers: {} rounds, {killed} killed, {changed} saved whole, none damaged",
        rounds()
    );
}

#[test]
fn the_tui_killed_at_random_moments_after_a_change() {
    let data = data_dir();
    run_ok(data.path(), &["demo"]);
    let mut random = Random::new("tui");
    let mut changed = 0;
    for round in 0..rounds() {
        let before = masked(export_json(data.path(), "demo"));
        let (key, status) = [
            ("y", "Met"),
            ("x", "NotMet"),
            ("p", "PartlyMet"),
            ("-", "NotApplicable"),
        ][round % 4];
        let mut tui = Tui::open(data.path(), &["--", "demo"]);
        tui.expect("(1/4)");
        // The cursor starts on a section's heading; SEL.1 is the first item under it.
        tui.send("j");
        tui.wait_until("SEL.1 selected", |screen| {
            steps::detail_title(screen).is_some_and(|title| title.starts_with("SEL.1 "))
        })
        .unwrap_or_else(|e| panic!("{e}"));
        tui.send(key);
        thread::sleep(random.up_to(Duration::from_millis(120)));
        kill_9(tui.pid());
        let _ = tui.wait_exit();
        drop(tui);
        next_start_leaves_no_temporary_file(data.path());
        // Saved together, the state and its history never disagree, however it was cut.
        run_ok(data.path(), &["verify", "demo"]);
        let after = masked(export_json(data.path(), "demo"));
        match changed_statuses(&before, &after).as_slice() {
            [] => {}
            [one] if one == status => changed += 1,
            other => panic!("round {round}: key {key} changed {other:?}"),
        }
    }
    println!(
        "tui: {} rounds, all killed, {changed} saved the change, none damaged",
        rounds()
    );
}

/// The statuses of the assessments that differ between `before` and `after`, after
/// checking that nothing else does.
fn changed_statuses(before: &Value, after: &Value) -> Vec<String> {
    let assessments = |workspace: &Value| -> Vec<Value> {
        workspace["providers"]
            .as_array()
            .expect("providers")
            .iter()
            .map(|p| p["assessments"].clone())
            .collect()
    };
    let without_assessments = |workspace: &Value| {
        let mut copy = workspace.clone();
        for provider in copy["providers"].as_array_mut().expect("providers") {
            provider["assessments"] = Value::Null;
        }
        // One event more for the change; `tiaki verify` checks they agree.
        copy["history"] = Value::Null;
        copy
    };
    assert!(
        without_assessments(before) == without_assessments(after),
        "more than an assessment changed"
    );
    let mut changed = Vec::new();
    for (old, new) in assessments(before).iter().zip(assessments(after).iter()) {
        let new = new.as_object().expect("assessments");
        for (item, assessment) in new {
            if old.get(item) != Some(assessment) {
                changed.push(assessment["status"].as_str().unwrap_or("?").to_owned());
            }
        }
        let old = old.as_object().expect("assessments");
        changed.extend(
            old.keys()
                .filter(|item| !new.contains_key(*item))
                .map(|_| "NotAssessed".to_owned()),
        );
    }
    changed
}

fn without_name(mut workspace: Value) -> Value {
    workspace["name"] = Value::Null;
    workspace
}

/// The demo with its providers copied ten times: a save large enough to be killed
/// halfway through.
fn large_workspace(data: &Path) -> String {
    run_ok(data, &["demo"]);
    let mut workspace = export_json(data, "demo");
    let providers = workspace["providers"]
        .as_array()
        .expect("providers")
        .clone();
    let copies = (1..=10).flat_map(|copy| {
        providers.iter().map(move |provider| {
            let mut provider = provider.clone();
            let id = format!("{}-copy-{copy}", provider["id"].as_str().expect("an id"));
            let name = format!("{} copy {copy}", provider["name"].as_str().expect("a name"));
            provider["id"] = Value::String(id);
            provider["name"] = Value::String(name);
            provider
        })
    });
    let all: Vec<Value> = providers.iter().cloned().chain(copies).collect();
    workspace["providers"] = Value::Array(all);
    serde_json::to_string(&workspace).expect("JSON")
}

/// The questionnaire with every row answered "Yes" (a Met claim).
fn all_met(questionnaire: &str) -> String {
    let mut reader = csv::Reader::from_reader(questionnaire.as_bytes());
    let head: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let status = head
        .iter()
        .position(|h| h == "self_assessment")
        .expect("a self_assessment column");
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&head).expect("writes");
    for record in reader.records() {
        let mut row: Vec<String> = record.expect("a row").iter().map(str::to_owned).collect();
        "Yes".clone_into(&mut row[status]);
        writer.write_record(&row).expect("writes");
    }
    String::from_utf8(writer.into_inner().expect("flushes")).expect("UTF-8")
}
