//! Issue 6's journeys: a word from one provider's note found with `/` leads to that
//! provider and item in Review; a few letters of "compare" in the palette (`:`) show
//! Compare.

use crate::harness::{data_dir, keys};
use crate::steps::{detail_title, open_demo};

#[test]
fn a_word_from_one_note_leads_to_its_provider_and_item() {
    let data = data_dir();
    let mut tui = open_demo(data.path());
    // "Wellington" is in one note only: Kōtuku Connect's judgement of SEL.5.
    tui.send("/");
    tui.expect("Search");
    tui.send("Wellington");
    tui.expect("Wellington data centre");
    tui.expect("note: SEL.5 › Kōtuku Connect (fictional) › Selecting the provider");
    tui.send(keys::ENTER);
    tui.wait_until("SEL.5 for Kōtuku Connect in Review", |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with("SEL.5 "))
            && screen.contains("┏ Kōtuku Connect (fictional) (4/4)")
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.expect("Note      Media servers run in our own Wellington data centre");

    // Reopened, search offers the last query again.
    tui.send("/");
    tui.expect("/ Wellington");
    tui.escape(|screen| !screen.contains("Search ("), "search closed");
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}

#[test]
fn a_few_letters_of_compare_in_the_palette_show_compare() {
    let data = data_dir();
    let mut tui = open_demo(data.path());
    tui.send(":");
    tui.expect("Commands");
    tui.send("comp");
    tui.expect("Go to Compare");
    tui.send(keys::ENTER);
    tui.wait_until("the Compare view", |screen| {
        !screen.contains("Commands")
            && screen
                .lines()
                .nth(4)
                .is_some_and(|pane| pane.contains("Compare"))
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}
