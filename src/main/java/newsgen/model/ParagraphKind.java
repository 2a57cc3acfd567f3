package newsgen.model;

/** What a paragraph of an article is, so extraction can skip what would mislead and pages can show it as such. */
public enum ParagraphKind {
    /** A headline standing alone on the first line of a plain-text article. */
    HEADLINE,
    /** An ordinary paragraph of the story. */
    BODY,
    /** A short heading inside the story, with no closing punctuation. */
    SUBHEAD,
    /** A photo caption ("… Photo: …"). */
    CAPTION,
    /** A closing credit naming the outlet ("TRT Afrika and agencies"). */
    CREDIT,
    /** A Markdown block other than a paragraph (list, block quote, code, table), already rendered as block HTML. */
    BLOCK
}
