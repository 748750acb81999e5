//! Issue 5's journey: open the demo, go to Compare, show only the rows where providers
//! differ, sort by rank, and Enter on a cell lands in Review on that provider and item.

use crate::harness::{data_dir, keys};
use crate::steps::{detail_title, open_demo};

#[test]
fn a_cell_of_the_sorted_differences_leads_to_its_provider_and_item_in_review() {
    let data = data_dir();
    let mut tui = open_demo(data.path());
    tui.send("4");
    tui.expect("Compare · as listed");
    tui.send("d");
    tui.expect("differences only");
    tui.send("s");
    tui.expect("Compare · by rank · differences only");
    // By rank, the second column is Pīwakawaka Chat (ranked #2; third in the workspace).
    tui.send(keys::ENTER);
    tui.expect("SEL.1* Profit model");
    tui.send("j");
    tui.send(">");
    tui.expect("Pīwakawaka Chat · #2 of 4");
    tui.send(keys::ENTER);
    tui.wait_until("SEL.1 of Pīwakawaka Chat in Review", |screen| {
        detail_title(screen).is_some_and(|title| title.starts_with("SEL.1 "))
            && screen.contains("Pīwakawaka Chat (fictional) (3/4)")
    })
    .unwrap_or_else(|e| panic!("{e}"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), Ok(0));
}
