using GsiPortal.Core.Quotes;

namespace GsiPortal.Testing;

/// <summary>The quote checker's answer as the judged set reads it (shared by QuoteJudgementTests and the bench's <c>quotes</c> mode).</summary>
internal static class QuoteOutcomes
{
    public static JudgedOutcome Of(QuoteCheckResult r) => new(
        r.Verdict switch
        {
            QuoteVerdict.Exact => r.Matches[0].CutMidSentence ? "exact-cut" : "exact",
            QuoteVerdict.Joined => "joined",
            QuoteVerdict.Close => "close",
            _ => "none",
        },
        r.Matches.Select(Place).ToList(),
        r.PaperClosest is { } p ? Name(p) : null)
    {
        Real = r.Partly?.Runs.Select(x => $"{x.Quoted}@{x.Passage.Paragraphs[0].Document.Id}/{x.Passage.Paragraphs[0].Anchor}").ToList() ?? [],
        Nowhere = r.Partly?.InNoText ?? [],
    };

    private static JudgedPlace Place(QuoteMatch m) => new(Name(m),
        m.Differences.Select(d => new JudgedDifference(d.Kind.ToString().ToLowerInvariant(), d.Quoted, d.Source, d.QuotePosition)).ToList(),
        m.MeaningChanges.Select(c => c.Kind.ToString().ToLowerInvariant()).ToList(),
        !m.CutMidSentence,
        m.Misprints.Select(p => p.Printed).ToList())
    {
        Unjudged = m.Unjudged.Select(d => $"{d.Quoted}>{d.Source}").ToList(),
    };

    private static string Name(QuoteMatch m) => $"{m.Paragraph.Document.Id}/{m.Paragraph.Anchor}";
}
