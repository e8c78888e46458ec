using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>What a quotation did to the source at one place.</summary>
public enum DifferenceKind
{
    /// <summary>Words the quotation has and the source does not.</summary>
    Added,
    /// <summary>Source words the quotation leaves out without marking the cut.</summary>
    Omitted,
    /// <summary>Quoted words in place of different source words.</summary>
    Substituted,
    /// <summary>Source words left out where the quotation marks the cut with an ellipsis.</summary>
    Elided,
    /// <summary>Words the quoter put in square brackets, in place of the source's or in addition to them.</summary>
    Bracketed,
    /// <summary>A run of the source's words given in another order ("community of security" for "security community").</summary>
    Transposed,
}

/// <summary>
/// One difference between a quotation and its source, in the words' own spelling: what the quotation says and what
/// the source says there (either may be empty), and how many quoted words come before it.
/// </summary>
public sealed record QuoteDifference(DifferenceKind Kind, string Quoted, string Source, int QuotePosition)
{
    /// <summary>The quoted word just before the difference, to say where it is ("left out after 'multilateralism'"); null at the start.</summary>
    public string? After { get; init; }

    /// <summary>Equal when the same change stands at the same place; <see cref="After"/> follows from the place.</summary>
    public bool Equals(QuoteDifference? other) =>
        other is not null && Kind == other.Kind && Quoted == other.Quoted && Source == other.Source && QuotePosition == other.QuotePosition;

    public override int GetHashCode() => HashCode.Combine(Kind, Quoted, Source, QuotePosition);

    /// <summary>The source words' indices in the paragraph, first and last (−1 when the source has none here): where a cut stands, to read its clause.</summary>
    public (int First, int Last) SourceSpan { get; init; } = (-1, -1);

    /// <summary>True for the differences a quoter declared (ellipsis, brackets); they alter nothing by themselves.</summary>
    public bool IsDeclared => Kind is DifferenceKind.Elided or DifferenceKind.Bracketed;

    /// <summary>
    /// Groups an alignment's steps into differences: each run of steps that are not the same word is one
    /// difference, named for what it holds; an ellipsis' gap stands alone.
    /// </summary>
    public static List<QuoteDifference> Of(QuoteAlignment alignment, QuotedText quote, IReadOnlyList<Word> source)
    {
        var differences = new List<QuoteDifference>();
        var run = new List<AlignedWord>();
        var position = 0;
        void Close()
        {
            if (run.Count == 0) return;
            var quoted = run.Where(s => s.Quote >= 0).Select(s => s.Quote).ToList();
            var sourced = run.Where(s => s.Source >= 0).Select(s => s.Source).ToList();
            var kind = run.All(s => s.Kind == AlignedKind.Elided) ? DifferenceKind.Elided
                : run.All(s => s.Kind == AlignedKind.Transposed) ? DifferenceKind.Transposed
                : quoted.Count > 0 && quoted.All(i => quote.Bracketed[i]) ? DifferenceKind.Bracketed
                : quoted.Count == 0 ? DifferenceKind.Omitted
                : sourced.Count == 0 ? DifferenceKind.Added
                : DifferenceKind.Substituted;
            differences.Add(new QuoteDifference(kind,
                string.Join(' ', quoted.Select(i => quote.Words[i].Text)),
                string.Join(' ', sourced.Select(i => source[i].Text)),
                position - quoted.Count)
            {
                After = position - quoted.Count > 0 ? quote.Words[position - quoted.Count - 1].Text : null,
                SourceSpan = sourced.Count > 0 ? (sourced.Min(), sourced.Max()) : (-1, -1),
            });
            run.Clear();
        }
        foreach (var step in alignment.Steps)
        {
            if (step.Kind == AlignedKind.Same) Close();
            // An ellipsis' gap is the quoter's declared cut, and a reordered run one change: each kept apart from a change beside it.
            else if (run.Count > 0 && (Apart(run[^1].Kind) || Apart(step.Kind)) && run[^1].Kind != step.Kind) Close();
            if (step.Kind != AlignedKind.Same) run.Add(step);
            if (step.Quote >= 0) position++;
        }
        Close();
        return differences;
    }

    private static bool Apart(AlignedKind kind) => kind is AlignedKind.Elided or AlignedKind.Transposed;

    /// <summary>
    /// The alignment as word steps for the site's difference markup: the first text is the quotation, the second
    /// the source, each word in its own spelling. Within a run of changes the quotation's words come first, then the
    /// source's, so that "should come at" in place of "to the neglect of" reads as two phrases, not interleaved words.
    /// </summary>
    public static List<WordStep> Steps(QuoteAlignment alignment, QuotedText quote, IReadOnlyList<Word> source)
    {
        var steps = new List<WordStep>();
        var fromSource = new List<WordStep>();
        foreach (var s in alignment.Steps)
        {
            if (s.Kind == AlignedKind.Same)
            {
                steps.AddRange(fromSource);
                fromSource.Clear();
                steps.Add(new WordStep(WordChange.Same, source[s.Source].Text));
                continue;
            }
            if (s.Quote >= 0) steps.Add(new WordStep(WordChange.OnlyInFirst, quote.Words[s.Quote].Text));
            if (s.Source >= 0) fromSource.Add(new WordStep(WordChange.OnlyInSecond, source[s.Source].Text));
        }
        steps.AddRange(fromSource);
        return steps;
    }
}
