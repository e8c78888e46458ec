using GsiPortal.Core.Search;
using GsiPortal.Core.Content;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>A part as shown on the whole-paper page (<paramref name="OnWholePaper"/>) or on its own page.</summary>
public sealed record PartView(PaperPart Part, PageHighlight Marks, bool OnWholePaper);

/// <summary>A part's items by heading, linking to their pages or (<paramref name="InPage"/>) to their places on this page.</summary>
public sealed record ContentsView(PaperPart Part, bool InPage = false);
