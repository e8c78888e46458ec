using GsiPortal.Core.Content;
using GsiPortal.Core.Reading;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// Coverage of the paper's passages outside the numbered items — Part I (Background), each part's introduction and
/// closing passage — by the evidence an item's cell has that applies to them: shared wording (stock formulae left
/// out, as for items), and the glossary's terms that belong to the passage alone (<see cref="GlossarySignals.InPassages"/>).
/// Not paragraph similarity: these passages frame the paper in its most general words (security, peace,
/// development), which nearly every commentary paragraph resembles, so similarity would say every one discusses them.
/// </summary>
internal static class PassageCoverage
{
    /// <summary>Each commentary paragraph naming a glossary term that belongs to one passage outside the items, with the passage and the term.</summary>
    public static IReadOnlyList<PassageMention> Mentions(ContentLibrary library)
    {
        var glossary = new GlossarySignals(library);
        return [.. library.Commentaries.SelectMany(c => c.Paragraphs)
            .SelectMany(p => glossary.InPassages(p.Text).Select(t => new PassageMention(p, t.Paragraph, t.Term)))];
    }

    public static Dictionary<ReadingStop, CoverageRow> Build(ContentLibrary library, ILookup<string, SharedPassage> sharedByUnit, IReadOnlyList<PassageMention> named)
    {
        var rows = new Dictionary<ReadingStop, CoverageRow>();
        foreach (var stop in library.Reading.Stops.Where(s => s.Item is null))
        {
            var shared = stop.Paragraphs.SelectMany(p => sharedByUnit[p.Anchor]).ToLookup(s => s.Commentary);
            var mentions = named.Where(n => stop.Paragraphs.Contains(n.Paragraph)).GroupBy(n => n.Commentary)
                .ToDictionary(g => g.Key, g => new Discussion(g.Key, new PaperUnit(g.First().Paragraph), 0, DiscussionStrength.Mention, g.First().Term));
            var links = shared.Select(g => g.Key).Concat(mentions.Keys).Distinct().Select(paragraph =>
                {
                    var passages = shared[paragraph].OrderBy(s => s.CommentaryStart).ToList();
                    var words = SharedWordCount.Of(passages);
                    var mention = mentions.GetValueOrDefault(paragraph);
                    return new PassageLink(paragraph, stop, PassageLink.Computed(words, mention), words, passages, mention);
                })
                .OrderByDescending(l => l.Strength).ThenByDescending(l => l.SharedWords)
                .ThenBy(l => l.Source.Date.Earliest).ThenBy(l => l.Commentary.Ordinal).ToList();
            rows[stop] = new CoverageRow(stop, [.. library.Commentaries.Select(c =>
            {
                var own = links.Where(l => l.Source == c).ToList();
                return new CoverageCell(stop, c, [.. own.SelectMany(l => l.Shared)], [.. own.Select(l => l.Discussion).OfType<Discussion>()], own, c.PredatesPaper(library.Paper));
            })]);
        }
        return rows;
    }
}

/// <summary>A commentary paragraph naming a glossary term of a passage outside the items (<see cref="PassageCoverage.Mentions"/>).</summary>
public sealed record PassageMention(Paragraph Commentary, Paragraph Paragraph, string? Term);
