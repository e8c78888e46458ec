using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Shared;

/// <summary>What the Cite panel shows: the canonical address, a citation per format, and, for an item, one per sentence.</summary>
public sealed record CitePanelView(CitationTarget Target, string Canonical, IReadOnlyList<Citation> Citations, IReadOnlyList<(Sentence Sentence, Citation Citation)> Sentences)
{
    public static CitePanelView For(CitationTarget target, HttpContext context)
    {
        var origin = SiteOrigin.Of(context);
        var accessed = SiteOrigin.Today(context);
        var sentences = target.Item?.Sentences
            .Select(s => (s, CitationBuilder.Build(target with { Sentence = s }, CitationFormat.Chicago, origin, accessed)))
            .ToList() ?? [];
        return new CitePanelView(target, origin + target.Path, CitationBuilder.All(target, origin, accessed), sentences);
    }

    public string DownloadLink(CitationFormat format) => $"/cite{Target.Path}?format={CitationFormats.Key(format)}";
}
