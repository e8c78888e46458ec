using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// Where a checked quotation was found: the paragraph, the sentences it stands in (<see cref="Passage"/>, with
/// its address), the words exactly as the source has them, how close it is, and every difference with any change of
/// meaning. <see cref="Steps"/> are the same differences word by word (first: the quotation; second: the source).
/// </summary>
public sealed record QuoteMatch(
    Paragraph Paragraph,
    Passage Passage,
    string SourceText,
    IReadOnlyList<TextRun> InContext,
    bool StartsMidSentence,
    bool EndsMidSentence,
    double Similarity,
    IReadOnlyList<QuoteDifference> Differences,
    IReadOnlyList<MeaningChange> MeaningChanges,
    IReadOnlyList<WordStep> Steps)
{
    /// <summary>
    /// The share of the quotation's own words (not those it put in brackets) that stand here, in order: 1 when every one
    /// does, however many source words were cut between them. What tells a quotation with words left out (all its words
    /// in order in one passage) from a paraphrase in quotation marks (its words scattered, reworded, reordered). A word
    /// put in place of its opposite ("divisible" for "indivisible") counts as standing here: its meaning is what changed.
    /// </summary>
    public double Coverage { get; init; }

    /// <summary>The source's own misprints (marked [sic] in the edition) that the quotation corrected: not the quoter's error.</summary>
    public IReadOnlyList<Misprint> Misprints { get; init; } = [];

    /// <summary>
    /// Words put in place of the text's whose meaning the check does not judge (no flag, and not the same word in another
    /// form or spelling): a reader must not take the absence of a flag for "the meaning is kept" (<see cref="Replacement"/>).
    /// </summary>
    public IReadOnlyList<QuoteDifference> Unjudged { get; init; } = [];

    /// <summary>Words given in the other spelling of English than the text's ("realise" for "realize"): a spelling, not another word.</summary>
    public IReadOnlyList<QuoteDifference> SpellingVariants { get; init; } = [];

    /// <summary>The text's own words contracted or spelt out ("can't" for "cannot"): a difference of form, not of meaning (<see cref="Contraction"/>).</summary>
    public IReadOnlyList<QuoteDifference> Contractions { get; init; } = [];

    /// <summary>Which of the quotation's words this place accounts for (the first and last quoted word aligned), for a quotation joined from two places.</summary>
    public (int First, int Last) QuotedSpan { get; init; }

    /// <summary>The address of the sentences (or the paragraph) the quotation stands in: <c>/paper/commitments/4#s2-s3</c>, <c>/commentaries/lei-kezhong#p5</c>.</summary>
    public string Url => Passage.Address;

    /// <summary>The address of the whole paragraph.</summary>
    public string ParagraphUrl => AddressBook.Paragraph(Paragraph);

    /// <summary>Word for word, apart from the cuts and insertions the quoter marked (ellipsis, brackets) and with no change of meaning.</summary>
    public bool IsExact => MeaningChanges.Count == 0 && Differences.All(d => d.IsDeclared);

    /// <summary>
    /// The quoted words are the whole of a quotation the source itself makes, inside its quotation marks
    /// (<see cref="SourceParagraph.IsInnerQuotation"/>): a sentence's part, but not a cut one.
    /// </summary>
    public bool InnerQuotation { get; init; }

    /// <summary>
    /// True when the quotation begins or ends inside a sentence of the source, and is not the whole of a quotation the
    /// source makes there (<see cref="InnerQuotation"/>: what the source quotes, quoted whole, is quoted word for word).
    /// </summary>
    public bool CutMidSentence => (StartsMidSentence || EndsMidSentence) && !InnerQuotation;

    /// <summary>
    /// Words that differ: a word put in, left out or changed counts once ("cost" for "expense" is one word, not two);
    /// declared cuts and insertions not counted.
    /// </summary>
    public int ChangedWords => Differences.Where(d => !d.IsDeclared).Sum(d => Math.Max(Text.Words.Of(d.Quoted).Count, Text.Words.Of(d.Source).Count));

    /// <summary>Quoted words of a reordered run that the source's run holds: they are there, in another order.</summary>
    private static int Moved(IEnumerable<QuoteDifference> differences) => differences
        .Where(d => d.Kind == DifferenceKind.Transposed)
        .Sum(d =>
        {
            var source = QuoteWords.Of(d.Source).Select(w => w.Key).ToList();
            return QuoteWords.Of(d.Quoted).Count(w => source.Remove(w.Key));
        });

    public static QuoteMatch Of(SourceParagraph source, QuotedText quote, QuoteAlignment alignment) => Of(source, quote, alignment, Antonyms.Empty);

    /// <summary>The match an alignment makes, its meaning changes judged with the edition's antonyms.</summary>
    public static QuoteMatch Of(SourceParagraph source, QuotedText quote, QuoteAlignment alignment, Antonyms antonyms)
    {
        // A change at the quotation's very end is measured against the rest of its sentence, where that was replaced.
        // Which quoted words this place accounts for stays the aligner's (a joined quotation's parts are cut by it).
        var placed = alignment.Steps.Where(s => s.Quote >= 0 && s.Source >= 0).Select(s => s.Quote).ToList();
        // Words swapped are one reordering, within their sentence: read before the ending, which would take them as replaced.
        var reordered = QuoteTransposition.Reordered(alignment, quote, source);
        alignment = !ReferenceEquals(reordered, alignment) ? reordered : QuoteEnding.Completed(alignment, quote, source);
        var differences = QuoteDifference.Of(alignment, quote, source.Words);
        int first = alignment.SourceStart, last = alignment.SourceEnd;
        var own = Math.Max(1, quote.Bracketed.Count(b => !b));
        // A negation cut with its whole clause ("does not solve a problem, but") changes nothing of what is quoted.
        var flagged = differences.Select(d => MeaningChange.In(d, antonyms)
            .Where(c => c.Kind != MeaningChangeKind.Negation || !CutClause.NegationsCutWhole(d, source)).ToList()).ToList();
        var meaningChanges = flagged.SelectMany(c => c).ToList();
        var misprints = Misprint.In(differences, source.Paragraph.Document).Concat(Misprint.Silent(alignment, quote, source)).ToList();
        // A word turned into its opposite ("divisible" for "indivisible") is the source's word, reversed: it counts
        // towards the share quoted, so that one reversed word makes a quotation whose meaning changed, not "no quotation".
        var reversed = meaningChanges.Where(c => c.Kind == MeaningChangeKind.Antonym).Sum(c => QuoteWords.Of(c.Quoted).Count);
        // The whole of the source's own quotation is shown as its words, not with the marks around them and the
        // sentence's full stop after (“"a nuclear war … fought".”, review 22, D10).
        var inner = source.IsInnerQuotation(first, last);
        return new QuoteMatch(
            source.Paragraph,
            source.Passage(first, last),
            inner ? source.InnerQuotation(first, last) : source.Excerpt(first, last),
            source.InContext(first, last),
            source.StartsMidSentence(first),
            source.EndsMidSentence(last),
            (double)alignment.SameWords / Math.Max(quote.Words.Count, alignment.SourceLength - alignment.Steps.Count(s => s.Kind == AlignedKind.Elided)),
            differences,
            meaningChanges,
            QuoteDifference.Steps(alignment, quote, source.Words))
        {
            // Words given in another order stand in the passage, as a reversed word does: the order is what changed.
            Coverage = Math.Min(1.0, (double)(alignment.SameWords + reversed + Moved(differences)) / own),
            Misprints = misprints,
            Unjudged = differences.Where((d, i) => Replacement.IsUnjudged(d, flagged[i], misprints)).ToList(),
            SpellingVariants = differences.Where(Replacement.IsSpellingVariant).ToList(),
            Contractions = differences.Where(Contraction.Is).ToList(),
            QuotedSpan = placed.Count == 0 ? (0, -1) : (placed[0], placed[^1]),
            InnerQuotation = inner,
        };
    }
}
