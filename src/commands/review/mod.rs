//! `pocketcard review`: a locale's review packet (PDF and CSV) and the sign-offs recorded from
//! it. The records and the status they give are in `model::review`.

pub mod packet;
