//! What every loader must do with any bytes at all: answer, with a value or an error,
//! without panicking; and whatever it accepts must save and load back unchanged, or a
//! later save would lose it. Shared by the proptest pass (`tests/loaders.rs`) and the
//! coverage-guided fuzz targets (`fuzz/`), so both hold the loaders to the same rules.
//! Each says whether it accepted the bytes.

use std::fmt::Debug;
use std::sync::OnceLock;

use serde::Serialize;
use serde::de::DeserializeOwned;
use tiaki::catalogue::{builtin, parse_catalogue};
use tiaki::codec;
use tiaki::store::Settings;
use tiaki::workspace::{Timestamp, Workspace};

/// A workspace file, as `import`, `validate` and opening a workspace read it: parsed,
/// then brought to the current schema (an older file's single action moved into its
/// list, which is all a save writes).
pub fn workspace(bytes: &[u8]) -> bool {
    let upgraded = |mut workspace: Workspace| {
        tiaki::workspace::upgrade(&mut workspace);
        round_trip(&workspace);
    };
    let ron = codec::from_ron::<Workspace>(bytes).map(upgraded);
    let json = codec::from_json::<Workspace>(bytes).map(upgraded);
    ron.is_ok() || json.is_ok()
}

/// `settings.ron`.
pub fn settings(bytes: &[u8]) -> bool {
    codec::from_ron::<Settings>(bytes)
        .map(|settings| round_trip(&settings))
        .is_ok()
}

/// A catalogue file, as `validate` reads one.
pub fn catalogue(bytes: &[u8]) -> bool {
    let Ok(catalogue) = parse_catalogue(bytes) else {
        return false;
    };
    let text = codec::to_ron(&catalogue).expect("an accepted catalogue can be written");
    let back = parse_catalogue(text.as_bytes()).expect("a written catalogue is accepted");
    assert_eq!(back, catalogue);
    true
}

/// A filled-in questionnaire, as `import-answers` reads it into the demo workspace.
pub fn answers(bytes: &[u8]) -> bool {
    let Ok(text) = codec::decode_text(bytes) else {
        return false;
    };
    let (mut workspace, now) = demo().clone();
    let provider = workspace.providers[0].id.clone();
    let how = tiaki::report::Import {
        provider: &provider,
        source: "fuzz.csv",
        by: "fuzz",
        now,
    };
    let imported = tiaki::report::import_answers(builtin(), &mut workspace, text, how);
    if imported.is_ok() {
        round_trip(&workspace);
    }
    imported.is_ok()
}

fn demo() -> &'static (Workspace, Timestamp) {
    static DEMO: OnceLock<(Workspace, Timestamp)> = OnceLock::new();
    DEMO.get_or_init(|| {
        let now = Timestamp::parse("2026-03-01T09:30:00Z").expect("a fixed time");
        (tiaki::demo::demo_workspace(builtin(), now), now)
    })
}

/// Saves `value` as tiaki does (RON) and as export does (JSON) and reads both back.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let ron = codec::to_ron(value).expect("what loaded can be saved");
    let back: T = codec::from_ron(ron.as_bytes()).expect("what was saved loads again");
    assert_eq!(&back, value, "changed by a save in RON:\n{ron}");
    let json = codec::to_json(value).expect("what loaded can be exported");
    let back: T = codec::from_json(json.as_bytes()).expect("what was exported loads again");
    assert_eq!(&back, value, "changed by an export to JSON:\n{json}");
}
