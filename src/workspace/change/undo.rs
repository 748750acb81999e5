//! Undo and redo: one log per open workspace, every kind of change in the order made.
//! Undoing applies the inverse, so it is checked, stamped and recorded like any change.

use super::Change;
use super::apply::{ChangeError, Origin};
use crate::workspace::model::Workspace;
use crate::workspace::time::Timestamp;

/// What can be undone (the inverses of the changes made, latest last) and redone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UndoLog {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl UndoLog {
    /// Applies `change` to `workspace` and keeps its inverse; what was undone can no
    /// longer be redone.
    pub fn apply(
        &mut self,
        workspace: &mut Workspace,
        change: Change,
        by: &str,
        at: Timestamp,
    ) -> Result<(), ChangeError> {
        let applied = workspace.apply(change, by, at)?;
        self.undo.push(applied.inverse);
        self.redo.clear();
        Ok(())
    }

    /// Takes back the latest change; returns the change made to do so, `None` when there
    /// is nothing to undo. One that no longer fits the workspace is dropped and refused.
    pub fn undo(
        &mut self,
        workspace: &mut Workspace,
        by: &str,
        at: Timestamp,
    ) -> Option<Result<Change, ChangeError>> {
        let change = self.undo.pop()?;
        Some(Self::replay(
            workspace,
            change,
            Origin::Undo,
            by,
            at,
            &mut self.redo,
        ))
    }

    /// Makes again the latest change undone; as `undo`.
    pub fn redo(
        &mut self,
        workspace: &mut Workspace,
        by: &str,
        at: Timestamp,
    ) -> Option<Result<Change, ChangeError>> {
        let change = self.redo.pop()?;
        Some(Self::replay(
            workspace,
            change,
            Origin::Redo,
            by,
            at,
            &mut self.undo,
        ))
    }

    fn replay(
        workspace: &mut Workspace,
        change: Change,
        origin: Origin,
        by: &str,
        at: Timestamp,
        other: &mut Vec<Change>,
    ) -> Result<Change, ChangeError> {
        let applied = workspace.apply_as(change, origin, by, at)?;
        other.push(applied.inverse);
        Ok(applied.change)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
