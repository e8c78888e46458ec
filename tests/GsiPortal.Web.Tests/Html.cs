using AngleSharp;
using AngleSharp.Dom;

namespace GsiPortal.Web.Tests;

/// <summary>Fetches pages and parses them with AngleSharp, so tests read the DOM rather than search strings.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> Parse(string html) => await Context.OpenAsync(r => r.Content(html));

    public static async Task<(HttpResponseMessage Response, IDocument Document)> Get(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        var document = await Parse(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    /// <summary>A text with its runs of white space folded to one space, trimmed.</summary>
    public static string Folded(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The visible text of main, white space folded.</summary>
    public static string MainText(IDocument document) =>
        string.Join(' ', (document.QuerySelector("main")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
