using GsiPortal.Core.Search;
using GsiPortal.Web.Api;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages.Search;

public class IndexModel(ContentStore store, ILogger<IndexModel> logger) : PortalPage(store)
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "doc")] public string? Doc { get; set; }

    public SearchResponse? Results { get; private set; }
    public string? Problem { get; private set; }

    public IActionResult OnGet()
    {
        Info = new PageInfo(string.IsNullOrWhiteSpace(Query) ? "Search — GsiPortal" : $"“{Describe(ReaderQuery.Clean(Query), 60)}” — Search — GsiPortal",
            "Search the Global Security Initiative Concept Paper and commentaries on it.", "/search", "search");
        if (string.IsNullOrWhiteSpace(Query)) return Page();
        // "page" is a route value of Razor Pages itself (the page's name), so it is read from the query string.
        if (!SearchApi.TryPage(Request.Query["page"].ToString(), out var page))
            return Refuse("Pages are numbered from 1.");
        try
        {
            Results = Index.Search(new SearchRequest(Query, SearchApi.Empty(Kind), SearchApi.Empty(Doc), page));
            logger.LogInformation("Search of {QueryLength} characters found {Total}", Results.Query.Length, Results.Total);
            return Page();
        }
        catch (InvalidSearchException e)
        {
            return Refuse(e.Message);
        }
    }

    private PageResult Refuse(string reason)
    {
        Problem = reason;
        Results = null;
        var result = Page();
        result.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }

    /// <summary>This search with one parameter changed, for facet and paging links.</summary>
    public string Link(string? kind = "\0", string? doc = "\0", int page = 1, string? query = null)
    {
        var parameters = new List<string> { $"q={Uri.EscapeDataString(query ?? Query ?? "")}" };
        var k = kind == "\0" ? Kind : kind;
        var d = doc == "\0" ? Doc : doc;
        if (!string.IsNullOrEmpty(k)) parameters.Add($"kind={Uri.EscapeDataString(k)}");
        if (!string.IsNullOrEmpty(d)) parameters.Add($"doc={Uri.EscapeDataString(d)}");
        if (page > 1) parameters.Add($"page={page}");
        return "/search?" + string.Join("&", parameters);
    }

    /// <summary>The result's address with the searched words to mark on the target page.</summary>
    public string ResultLink(SearchHit hit)
    {
        var words = Uri.EscapeDataString(Results!.SearchedCorrected ? Results.Corrected! : Results.Query);
        var hash = hit.Url.IndexOf('#');
        return hash < 0 ? $"{hit.Url}?highlight={words}" : $"{hit.Url[..hash]}?highlight={words}{hit.Url[hash..]}";
    }

    public string DocumentName(string id) => Library.FindDocument(id) is { } d ? (d.Kind == Core.Content.DocumentKind.Paper ? d.ShortTitle : d.Author) : id;
}
