//! tiaki: assess and compare providers of video, voice and messaging services against the
//! NZ GCSB/NCSC *Principles for Secure Video, Voice, and Messaging Communications*.

pub mod assurance;
pub mod catalogue;
pub mod cli;
pub mod codec;
pub mod compare;
pub mod crash;
pub mod demo;
pub mod digest;
pub mod nzism;
pub mod plan;
pub mod report;
pub mod scoring;
pub mod search;
pub mod signals;
pub mod store;
pub mod text;
pub mod tui;
pub mod workspace;
