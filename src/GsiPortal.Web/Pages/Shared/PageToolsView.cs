using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Pages.Shared;

/// <summary>The tools above a text: its link to copy, sentence numbers on demand, the same place in the whole paper, Cite.</summary>
public sealed record PageToolsView(Passage Passage, string? InWholePaper)
{
    /// <summary>A page's own control in the same row (a commentary's notes switch), so it costs the text no line of its own.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent? Extra { get; init; }
}
