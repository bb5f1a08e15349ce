//! Marked quotes a stance or an aside gives a speaker that no speech verb next to them
//! does: "as X put it" after the quote.

use super::{attributed, some};
use crate::model::QuoteKind;

#[test]
fn as_x_put_it_after_a_quote_names_its_speaker() {
    let body = "Senator Ann Lee spoke in Dayton on Monday.\n\n\
        The race is “a dead heat right now,” as Lee said on a radio show.\n\n\
        Voters want a “fresh start,” as the senator puts it.\n\n\
        The “rigged” system, as Lee calls it, will not last.";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Ann Lee"));
    assert_eq!(q[0].2, QuoteKind::Partial);
    assert_eq!(q[1].1, some("Ann Lee"));
    assert_eq!(q[2].1, some("Ann Lee"));
    assert_eq!(q[2].2, QuoteKind::Partial);
}

#[test]
fn an_as_phrase_that_names_no_speaker_leaves_a_scare_quote() {
    // "as soon as", "as many as": no subject and verb of saying.
    let body = "Senator Ann Lee spoke in Dayton on Monday.\n\n\
        The so-called “reform” package passed as soon as the council met.\n\n\
        The “fresh” rules, as many as ten pages long, were read aloud.";
    let q = attributed(body);
    assert_eq!(q[0].1, None);
    assert_eq!(q[0].2, QuoteKind::Scare);
    assert_eq!(q[1].1, None);
}
