//! End-to-end journeys through the real `tiaki` binary in a pseudo-terminal (issue 3),
//! each on its own temporary data folder. `harness` runs the binary; `steps` holds what
//! several journeys do; every other module is one journey.

mod harness;
mod steps;

mod compare;
mod context;
mod create_and_review;
mod ctrl_c;
mod damaged_file;
mod decision;
mod evidence_and_action;
mod history;
mod hostile_text;
mod kill_loop;
mod mouse;
mod plain_terminal;
mod readiness;
mod resize;
mod search;
mod second_instance;
mod signals;
mod undo_redo;
