using System.ComponentModel;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;
using GsiPortal.Web.Hosting;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace GsiPortal.Web.Mcp;

/// <summary>
/// The Model Context Protocol tools at <c>/api/mcp</c>, all read-only: search, fetch by reference, what the
/// commentaries say about an item, the quote check and citations. Every answer carries the exact words and the
/// canonical address, so that an assistant quotes word for word with a pinpoint instead of paraphrasing. Each tool
/// asks the request's own edition, as the pages and the JSON API do.
/// </summary>
[McpServerToolType]
public sealed class PortalMcpTools(IHttpContextAccessor http)
{
    public sealed record Hit(string Title, string Document, string Location, string Url, string Text);
    /// <summary>
    /// <c>FoundByMeaning</c>: passages a language model judged near the query though they need not hold its words, apart
    /// from the hits, as the search page shows them; <c>Meaning</c> says whether they were searched ("searched", "not
    /// needed", "busy", "loading", "off"), so an assistant knows an empty list from an unasked one.
    /// </summary>
    public sealed record SearchAnswer(string Query, int Total, int Page, int PageCount, IReadOnlyList<Hit> Hits, IReadOnlyList<Hit> FoundByMeaning, string Meaning);
    public sealed record PassageAnswer(string Title, string Attribution, string Kind, string Url, string Text, string Citation, string Edition);
    public sealed record CommentaryPassage(string Commentary, string Author, string Date, bool PredatesPaper, string Relation, string Url, string Text);
    public sealed record CommentariesAnswer(string Item, string Url, string ItemText, IReadOnlyList<CommentaryPassage> Passages);
    public sealed record QuoteMatchAnswer(string Document, string Url, string Text, double Similarity, int ChangedWords);
    public sealed record QuoteAnswer(string Verdict, IReadOnlyList<QuoteMatchAnswer> Matches);
    public sealed record CitationAnswer(string Style, string Url, string Citation);

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("MCP tools run within an HTTP request.");
    private Edition Edition => Context.RequestServices.GetRequiredService<Edition>();
    private string Origin => SiteOrigin.Of(Context);

    [McpServerTool(Name = "search", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Searches the Global Security Initiative Concept Paper and the commentaries on it. Each hit gives the exact words of the passage found and its canonical address. "
        + "Where the words find little (a question in the reader's own words), foundByMeaning adds passages a language model judged near the query, apart from the hits; they need not hold its words.")]
    public async Task<SearchAnswer> Search(
        [Description("Words or a phrase in quotation marks, e.g. \"indivisible security\", or a question in your own words.")] string query,
        [Description("Optional: the kind of passage (e.g. commitment, priority, platform, commentary).")] string? kind = null,
        [Description("Optional: a document id (paper, or a commentary id such as lei-kezhong).")] string? document = null,
        [Description("Page of results, from 1.")] int page = 1)
    {
        if (page < 1) throw new McpException("page must be a whole number from 1.");
        if (string.IsNullOrWhiteSpace(query)) throw new McpException("query must name words to search for, such as \"indivisible security\".");
        if (!Edition.HasSearch) throw new McpException($"Search reads the current edition: use {Origin}{Routes.ApiMcp}, not an earlier edition's address.");
        var meaning = Context.RequestServices.GetRequiredService<PortalMeaning>();
        SearchResponse response;
        try
        {
            var request = new SearchRequest(query, kind, document, page);
            // As /api/search/meaning answers: the model's turn is rationed, and a busy model leaves the hits alone.
            response = await meaning.FindAsync(Edition, request, Edition.Search.Search(request), Context.RequestAborted);
        }
        catch (InvalidSearchException e)
        {
            throw new McpException(e.Message);
        }
        return new SearchAnswer(response.Query, response.Total, response.Page, response.PageCount, Hits(response.Hits), Hits(response.ByMeaning),
            MeaningState(meaning.Enabled, response.ByMeaningStatus));
    }

    private List<Hit> Hits(IEnumerable<SearchHit> hits) => hits.Select(h =>
        new Hit(h.Title, h.Document, h.Location, Origin + h.Url, Edition.Addresses.Resolve(h.Locator)?.Text ?? string.Concat(h.Snippet.Select(r => r.Text)))).ToList();

    private static string MeaningState(bool enabled, MeaningStatus status) => !enabled ? "off" : status switch
    {
        MeaningStatus.Done => "searched",
        MeaningStatus.Busy => "busy: the language model is answering other searches; ask again in a second",
        MeaningStatus.NotReady => "loading: the language model is not ready yet; ask again in a few seconds",
        _ => "not needed: the words found enough",
    };

    [McpServerTool(Name = "fetch", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The exact words of a passage by reference, with its canonical address and a Chicago citation. References: the paper's numbering (II.4, III.12, commitment 4, priority eight), or an address of this site (/paper/commitments/4#s2-s3, /commentaries/lei-kezhong#p5, or the full URL).")]
    public PassageAnswer Fetch([Description("A reference such as II.4 or an address such as /paper/commitments/4#s2.")] string reference)
    {
        var passage = Resolve(reference);
        return new PassageAnswer(passage.Title, passage.Attribution, passage.Kind.ToString().ToLowerInvariant(), Origin + passage.Address, passage.Text,
            Edition.Citations.For(passage, CitationFormat.Chicago, Api.CiteApi.CitingOrigin(Context, Edition), SiteOrigin.Today(Context)).Text, Edition.Version);
    }

    [McpServerTool(Name = "commentaries_on_item", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("What the commentaries say about one numbered item of the paper: passages that share its wording (exactly or nearly) and paragraphs that discuss it in other words, each with its exact words and address. Computed from the words alone; commentaries written before the paper share wording with it but cannot quote it.")]
    public CommentariesAnswer CommentariesOnItem([Description("The item, e.g. II.4, commitment 4, III.12.")] string item)
    {
        if (Resolve(item) is not { Item: { } found, Kind: PassageKind.Item })
            throw new McpException($"'{item}' is not a numbered item of the paper; give one such as II.4 or priority 12.");
        var paper = Edition.Paper;
        var shared = Edition.CrossReferences.SharedWith(found).Select(s => new CommentaryPassage(s.Source.Id, s.Source.Author, s.Source.Date.Iso, s.Source.PredatesPaper(paper),
            s.Exact ? "shares its wording exactly" : "shares its wording nearly", Origin + AddressBook.Paragraph(s.Commentary), s.Commentary.Text));
        var discussed = Edition.CrossReferences.DiscussionsOf(found).Select(d => new CommentaryPassage(d.Source.Id, d.Source.Author, d.Source.Date.Iso, d.Source.PredatesPaper(paper),
            $"discusses it ({d.Strength.ToString().ToLowerInvariant()})", Origin + AddressBook.Paragraph(d.Commentary), d.Commentary.Text));
        return new CommentariesAnswer(found.FullTitle, Origin + AddressBook.Item(found), string.Join("\n\n", found.Paragraphs.Select(p => p.Text)),
            shared.Concat(discussed).DistinctBy(p => p.Url).ToList());
    }

    [McpServerTool(Name = "check_quote", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Checks whether a quotation stands word for word in the paper or a commentary (case, quotation marks, punctuation and spacing aside). Answers exact, close, joined (words from two places) or not-found, with the passages' exact words and addresses.")]
    public QuoteAnswer CheckQuote([Description("The quotation to check, at least three words and at most 3,000 characters.")] string text)
    {
        QuoteCheckResult result;
        try
        {
            result = Edition.Quotes.Check(text, RequestBudget.Of(Context));
        }
        catch (InvalidQuoteException e)
        {
            throw new McpException(e.Message);
        }
        var verdict = QuoteVerdicts.Name(result.Verdict);
        return new QuoteAnswer(verdict, result.Matches.Select(m => new QuoteMatchAnswer(m.Paragraph.Document.Id, Origin + m.Url, m.SourceText, Math.Round(m.Similarity, 3), m.ChangedWords)).ToList());
    }

    [McpServerTool(Name = "cite", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("A citation of a passage with its pinpoint, the edition and the access date, in chicago, apa, mla, bibtex, ris or csl-json.")]
    public CitationAnswer Cite(
        [Description("A reference such as II.4 or an address such as /paper/commitments/4#s2-s3.")] string reference,
        [Description("chicago (default), apa, mla, bibtex, ris or csl-json.")] string style = "chicago")
    {
        if (CitationFormats.Parse(style) is not { } format)
            throw new McpException($"style must be one of: {string.Join(", ", CitationFormats.All.Select(CitationFormats.Key))}.");
        var passage = Resolve(reference);
        return new CitationAnswer(CitationFormats.Key(format), Origin + passage.Address, Edition.Citations.For(passage, format, Api.CiteApi.CitingOrigin(Context, Edition), SiteOrigin.Today(Context)).Text);
    }

    /// <summary>The paper's numbering first, then an address of this site, with or without its origin.</summary>
    private Passage Resolve(string reference)
    {
        var text = (reference ?? "").Trim();
        if (text.Length is 0 or > 300) throw new McpException("Give a reference such as II.4 or an address such as /paper/commitments/4#s2.");
        if (text.StartsWith(Origin, StringComparison.OrdinalIgnoreCase)) text = text[Origin.Length..];
        var found = text.StartsWith('/') ? Edition.Addresses.ResolveAddress(text) : Edition.Addresses.ResolveReference(text);
        return found ?? throw new McpException($"'{reference}' names no passage of the paper or the commentaries.");
    }
}
