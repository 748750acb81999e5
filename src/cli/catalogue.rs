//! `tiaki catalogue`: the built-in catalogue as readable text or as RON to build on.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::text::{pad, printable, wrap};
use crate::catalogue::{AssuranceLevel, Catalogue, Item};
use crate::codec;

/// Printed output stays within this many columns.
const WIDTH: usize = 80;
/// Where an item's details start, under its title.
const ITEM_INDENT: usize = 10;

pub fn write_ron(catalogue: &Catalogue, out: &mut impl Write) -> io::Result<()> {
    let text = codec::to_ron(catalogue).map_err(|error| io::Error::other(error.to_string()))?;
    out.write_all(text.as_bytes())
}

pub fn write_text(catalogue: &Catalogue, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", printable(&catalogue.title))?;
    writeln!(
        out,
        "Catalogue {} version {}",
        printable(&catalogue.id),
        printable(&catalogue.version)
    )?;
    let source = format!(
        "Source: {}, {} ({})",
        catalogue.source.publisher, catalogue.source.title, catalogue.source.date
    );
    write_wrapped(out, 0, &source)?;
    for section in &catalogue.sections {
        writeln!(out)?;
        writeln!(
            out,
            "{}  {}",
            printable(&section.id),
            printable(&section.title)
        )?;
        write_wrapped(out, 4, &section.summary)?;
        for item in &section.items {
            writeln!(out)?;
            write_item(out, item)?;
        }
    }
    Ok(())
}

fn write_item(out: &mut impl Write, item: &Item) -> io::Result<()> {
    // The title starts in the details' column; an id too long for that gets its own line.
    let lead = format!("  {}", printable(&item.id));
    let mut title = wrap(&item.title, WIDTH - ITEM_INDENT).into_iter();
    if lead.width() < ITEM_INDENT {
        let first = title.next().unwrap_or_default();
        writeln!(out, "{}{first}", pad(&lead, ITEM_INDENT))?;
    } else {
        writeln!(out, "{lead}")?;
    }
    for line in title {
        writeln!(out, "{}{line}", " ".repeat(ITEM_INDENT))?;
    }
    let facts = format!(
        "{}; answered by the {}",
        item.kind.label(),
        item.answered_by.label()
    );
    write_wrapped(out, ITEM_INDENT, &facts)?;
    let priorities: Vec<String> = AssuranceLevel::ALL
        .iter()
        .map(|&level| {
            let label = level.label().to_lowercase();
            format!("{label} {}", item.priority.at(level).label())
        })
        .collect();
    write_wrapped(out, ITEM_INDENT, &priorities.join(", "))?;
    if !item.services.is_empty() {
        let services: Vec<&str> = item
            .services
            .iter()
            .map(|service| service.label())
            .collect();
        write_wrapped(
            out,
            ITEM_INDENT,
            &format!("services: {}", services.join(", ")),
        )?;
    }
    if !item.references.is_empty() {
        write_wrapped(
            out,
            ITEM_INDENT,
            &format!("see also: {}", item.references.join("; ")),
        )?;
    }
    if let Some(spec) = &item.answer {
        let options: Vec<&str> = spec
            .options()
            .iter()
            .map(|option| option.label.as_str())
            .collect();
        if !options.is_empty() {
            write_wrapped(
                out,
                ITEM_INDENT,
                &format!("answers: {}", options.join(" | ")),
            )?;
        }
    }
    Ok(())
}

fn write_wrapped(out: &mut impl Write, indent: usize, text: &str) -> io::Result<()> {
    for line in wrap(text, WIDTH - indent) {
        writeln!(out, "{}{line}", " ".repeat(indent))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{builtin, parse_catalogue};

    fn text_of(catalogue: &Catalogue) -> String {
        let mut out = Vec::new();
        write_text(catalogue, &mut out).expect("writes to memory");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn every_section_and_item_is_listed_within_80_columns() {
        let catalogue = builtin();
        let text = text_of(catalogue);
        for section in &catalogue.sections {
            assert!(text.contains(&format!("{}  {}", section.id, section.title)));
        }
        for (_, item) in catalogue.items() {
            assert!(
                text.contains(&format!("  {} ", item.id)),
                "{} missing",
                item.id
            );
        }
        let widest = text.lines().map(UnicodeWidthStr::width).max();
        assert!(widest <= Some(WIDTH), "a line is {widest:?} columns wide");
    }

    #[test]
    fn the_ron_form_reads_back_as_the_same_catalogue() {
        let mut out = Vec::new();
        write_ron(builtin(), &mut out).expect("writes to memory");
        assert_eq!(&parse_catalogue(&out).expect("valid"), builtin());
    }
}
