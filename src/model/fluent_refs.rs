//! What a Fluent message refers to (variables, terms, other messages), read from its syntax tree.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// Adds every reference in `pattern` to `out`: `$var`, `-term`, `message` or `message.attr`.
pub(crate) fn pattern_refs(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_refs(inline, out),
        Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for variant in variants {
                pattern_refs(&variant.value, out);
            }
        }
    }
}

fn inline_refs(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::TermReference { id, attribute, arguments } => {
            out.insert(match attribute {
                Some(attr) => format!("-{}.{}", id.name, attr.name),
                None => format!("-{}", id.name),
            });
            if let Some(arguments) = arguments {
                arguments.positional.iter().for_each(|a| inline_refs(a, out));
                arguments.named.iter().for_each(|a| inline_refs(&a.value, out));
            }
        }
        InlineExpression::MessageReference { id, attribute } => {
            out.insert(match attribute {
                Some(attr) => format!("{}.{}", id.name, attr.name),
                None => id.name.to_string(),
            });
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_refs(a, out));
            arguments.named.iter().for_each(|a| inline_refs(&a.value, out));
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, out),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}
