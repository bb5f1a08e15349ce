//! Whether a word is a speech verb where it stands: one of the speech verbs, a retort
//! ("shot back"), a cry ("cried out"), or an interviewer's "you state"; not a noun after a
//! possessive, a word of a name, or a passive ("was said to").

use super::{interview, Context};
use crate::extract::span;
use crate::extract::tokens::Token;

/// Verbs of hitting that report a retort before "back" ("shot back", "hit back").
const RETORT_VERBS: &[&str] = &[
    "shot", "shoots", "fired", "fires", "hit", "hits", "struck", "strikes", "punched",
];

impl Context<'_> {
    /// A speech verb that is not passive ("was said to have").
    pub(super) fn is_speech(&self, words: &[Token], i: usize) -> bool {
        let w = self.lower(&words[i]);
        if !self.speech.contains(&w) {
            // `“…,” Lee shot back.`, `Lee fired back: “…”`: a verb of hitting with "back"
            // is a retort.
            if words.get(i + 1).is_some_and(|t| self.lower(t) == "back")
                && RETORT_VERBS.contains(&w.as_str())
            {
                return true;
            }
            // `“Never again!” the crowd cried out.`: a cry with "out" is said aloud.
            if matches!(w.as_str(), "cried" | "cries")
                && words.get(i + 1).is_some_and(|t| self.lower(t) == "out")
            {
                return true;
            }
            // `((WN)) On your website you state "…"`, `what do you mean by a "…"`: an
            // interviewer quoting the interviewee's own words back ("state" is a noun, and
            // "mean" no speech, too often to be cues elsewhere).
            return matches!(w.as_str(), "state" | "mean" | "meant")
                && i > 0
                && self.lower(&words[i - 1]) == "you"
                && interview::in_interviewer_turn(self.body, words[i].start);
        }
        // "Lee's comments", "Reyes’ claims": a word after a name's possessive is a noun
        // (after "their", "his", the noun itself still cues: "their claim that …"); so is
        // a word in "-s" right after an article, a plural ("all of the claims in the
        // suit"; "the alleged" may still be a verb's participle).
        if i > 0 {
            let gap = span::slice(self.body, words[i - 1].end, words[i].start);
            if words[i - 1].possessive
                || gap.starts_with(['’', '\''])
                || gap == " "
                    && w.ends_with('s')
                    && matches!(self.lower(&words[i - 1]).as_str(), "the" | "a" | "an")
            {
                return false;
            }
        }
        // "the United States: “…”": a word of a name is no verb.
        let t = &words[i];
        if t.is_capitalised(self.body)
            && self.actors.mention_at(t.start).is_some_and(|m| {
                let start = m.span.start as usize;
                start < t.start && t.start - start <= 64 && m.span.end as usize >= t.end
            })
        {
            return false;
        }
        // "was said to", "is commonly called": passive, nobody speaks.
        let aux = |j: usize| {
            matches!(
                self.lower(&words[j]).as_str(),
                "was" | "were" | "is" | "are" | "been" | "being" | "be"
            )
        };
        let passive = (i > 0 && aux(i - 1))
            || (i > 1 && self.lower(&words[i - 1]).ends_with("ly") && aux(i - 2));
        !passive
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::attributed;

    #[test]
    fn a_cry_out_after_the_quote_names_its_speaker() {
        let body = "Ann Lee asked the hall whether the plan should go on. “Never again!” the \
                    crowd cried out, booing.";
        let got = attributed(body);
        assert_eq!(got[0].1.as_deref(), Some("the crowd"), "{got:?}");
    }
}
