//! From a card and a language to files on disk: the resolved data, directional isolates and
//! dates, the sandboxed Typst world, compiling within a budget, exporting, print sheets, and
//! writing outputs atomically and only when their inputs changed.

pub mod budget;
pub mod compile;
pub mod dates;
pub mod fonts;
pub mod incremental;
pub mod output;
pub mod phone;
pub mod qr;
pub mod raster;
pub mod resolve;
pub mod session;
pub mod sheet;
pub mod workers;
pub mod world;
