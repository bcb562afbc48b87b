//! What is wrong with a project or a card before anything is printed: missing and stale
//! messages, contacts, phone numbers in text, and words a worker card must never print.

pub mod check;
pub mod discretion;
