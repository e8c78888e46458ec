using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;

namespace GsiPortal.Web.Pages.Compare;

/// <summary>
/// One stop of the paper in the paper and the commentaries: an item's compare page, or Part I's (<c>/compare/background</c>),
/// whose passages are taken up by shared wording and the glossary's terms of its own, never by similarity.
/// </summary>
public sealed record ComparisonView(Core.Content.Paper Paper, ReadingStop Stop, IReadOnlyList<Comparison> Comparisons, IReadOnlyList<Discussion> Discussions, string Noun, string NoneDiscussed)
{
    public static ComparisonView Of(Core.Content.Paper paper, ReadingStop stop, IReadOnlyList<Comparison> comparisons, IReadOnlyList<Discussion> discussions) => stop.Item is { } item
        ? new(paper, stop, comparisons, discussions, $"this {item.Part.ItemNoun}", "no other commentary paragraph is close enough to this item in subject to list as discussing it")
        : new(paper, stop, comparisons, discussions, stop.Label, $"no other commentary paragraph uses a term of the glossary that only {stop.Label} uses");
}
