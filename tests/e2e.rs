//! End-to-end journeys through the real `tiaki` binary in a pseudo-terminal (issue 3),
//! each on its own temporary data folder. `harness` runs the binary; `steps` holds what
//! several journeys do; every other module is one journey.

#[path = "e2e/harness.rs"]
mod harness;
#[path = "e2e/steps.rs"]
mod steps;

#[path = "e2e/compare.rs"]
mod compare;
#[path = "e2e/context.rs"]
mod context;
#[path = "e2e/create_and_review.rs"]
mod create_and_review;
#[path = "e2e/ctrl_c.rs"]
mod ctrl_c;
#[path = "e2e/damaged_file.rs"]
mod damaged_file;
#[path = "e2e/decision.rs"]
mod decision;
#[path = "e2e/evidence_and_action.rs"]
mod evidence_and_action;
#[path = "e2e/hostile_text.rs"]
mod hostile_text;
#[path = "e2e/kill_loop.rs"]
mod kill_loop;
#[path = "e2e/mouse.rs"]
mod mouse;
#[path = "e2e/plain_terminal.rs"]
mod plain_terminal;
#[path = "e2e/readiness.rs"]
mod readiness;
#[path = "e2e/resize.rs"]
mod resize;
#[path = "e2e/search.rs"]
mod search;
#[path = "e2e/second_instance.rs"]
mod second_instance;
#[path = "e2e/signals.rs"]
mod signals;
#[path = "e2e/undo_redo.rs"]
mod undo_redo;
