//! A paragraph that is only a quote, after a paragraph that reports someone's words
//! (issue 18), or a view someone holds: whose words it goes on with.

use super::{quote_speaker, some};

#[test]
fn a_quote_paragraph_after_a_nested_report_is_the_outer_speakers() {
    // Ortiz reports what critics predicted; the quoted paragraph after it is Ortiz's.
    let body = "Port plan draws fire.\n\nDan Ortiz said on Monday that for years some critics had been predicting the closure of the port, but this would not happen.\n\n“That is because this harbour remains the busiest on the coast and the biggest employer in the county.”";
    assert_eq!(
        quote_speaker(body, "That is because this harbour"),
        some("Dan Ortiz")
    );
}

#[test]
fn a_closing_attribution_is_the_speaker_of_the_quote_paragraph_after_it() {
    // The report closing its sentence (", the spokesman said") is nested in no other.
    let body = "Port plan draws fire.\n\nLater, the harbour board's spokesman asked people to read the remarks in context. The director had been saying she knew some saw the levy as aimed at one town, but that was not the plan, the spokesman said.\n\n“What is planned is a levy on every cargo that comes through the port. It is not aimed at one town.”";
    assert_eq!(
        quote_speaker(body, "What is planned is a levy"),
        some("the spokesman")
    );
}

#[test]
fn a_quote_paragraph_after_a_view_is_the_words_of_whoever_holds_it() {
    // No report before the quote, only Lee's view of Ortiz: the quote is Lee's.
    let body = "Port plan draws fire.\n\nAnn Lee is upbeat about the plan, in part because she sees Dan Ortiz as a builder.\n\n“Not only can the port grow next year, it is the one project with the best chance of paying off.”";
    assert_eq!(
        quote_speaker(body, "Not only can the port"),
        some("Ann Lee")
    );
}
