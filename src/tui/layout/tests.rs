use super::*;

#[test]
fn below_the_minimum_there_is_no_layout() {
    assert!(Screen::new(Size::new(79, 24)).is_none());
    assert!(Screen::new(Size::new(80, 23)).is_none());
    let screen = Screen::new(Size::new(80, 24)).expect("fits");
    assert_eq!(screen.body, Rect::new(0, 1, 80, 21));
    assert_eq!(screen.hints, Rect::new(0, 23, 80, 1));
}

#[test]
fn tabs_follow_each_other_and_are_clipped() {
    let tabs = tabs(Rect::new(0, 0, 30, 1));
    assert_eq!(tabs[0], (View::Context, Rect::new(8, 0, 11, 1)));
    assert_eq!(tabs[1].1, Rect::new(19, 0, 11, 1));
    assert!(tabs[2].1.is_empty());
}

#[test]
fn rows_are_found_under_the_scroll() {
    let rows = Rect::new(1, 3, 10, 4);
    assert_eq!(row_at(rows, 0, 20, Position::new(2, 3)), Some(0));
    assert_eq!(row_at(rows, 10, 20, Position::new(2, 3)), Some(8));
    assert_eq!(row_at(rows, 0, 2, Position::new(2, 5)), None);
    assert_eq!(row_at(rows, 0, 20, Position::new(0, 3)), None);
}

#[test]
fn the_detail_moves_beside_the_table_when_wide() {
    let wide = providers(Rect::new(0, 1, 160, 45), 3);
    assert!(wide.side_by_side);
    assert_eq!(wide.table.right(), wide.detail.left());
    assert_eq!(wide.table.height, 45);
}

#[test]
fn below_the_table_the_detail_takes_what_the_rows_leave() {
    let body = Rect::new(0, 1, 80, 21);
    let few = providers(body, 3);
    assert!(!few.side_by_side);
    assert_eq!((few.table.height, few.detail.height), (6, 15));
    assert_eq!(few.table.bottom(), few.detail.top());
    let many = providers(body, 50);
    assert_eq!((many.table.height, many.detail.height), (14, 7));
    assert_eq!(providers(body, 0).table.height, 4);
}

#[test]
fn offset_keeps_the_selection_in_view() {
    assert_eq!(centred_offset(0, 20, 5), 0);
    assert_eq!(centred_offset(10, 20, 5), 8);
    assert_eq!(centred_offset(19, 20, 5), 15);
    assert_eq!(centred_offset(3, 4, 10), 0);
}

#[test]
fn the_panes_share_the_body_and_keep_their_limits() {
    let narrow = ReviewAreas::new(Rect::new(0, 1, 80, 21));
    assert_eq!(narrow.tree.width, 36);
    assert_eq!(narrow.tree.right(), narrow.detail.left());
    assert_eq!(narrow.detail.right(), 80);
    let wide = ReviewAreas::new(Rect::new(0, 1, 200, 45));
    assert_eq!(wide.tree.width, 64);
    assert_eq!(wide.tree_rows(), Rect::new(1, 2, 62, 43));
    assert_eq!(ReviewAreas::for_size(Size::ZERO), narrow);
}
