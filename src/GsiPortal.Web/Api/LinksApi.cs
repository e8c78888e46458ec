using GsiPortal.Core.Content;
using GsiPortal.Core.Links;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>Cross-references as JSON: an item's links, the coverage matrix, the key terms and one term's concordance.</summary>
public static class LinksApi
{
    public static void MapLinksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Cross-references");
        api.MapGet("/paper/{part}/{number}/links", (string part, string number, ContentStore store) =>
        {
            if (!int.TryParse(number, out var n) || store.Library.Paper.Parts.FirstOrDefault(p => p.Slug == part)?.FindItem(n) is not { } item)
                return DataApi.Missing($"/api/paper/{part}/{number}/links");
            var links = store.Current.Links;
            return Results.Json(new
            {
                item = $"paper/{item.Anchor}",
                url = Addresses.Item(item),
                sharedWording = links.SharedWith(item).Select(s => Shared(s, store.Library.Paper)),
                discussedIn = links.DiscussionsOf(item).Select(d => new
                {
                    document = d.Source.Id, paragraph = d.Commentary.Anchor, url = Addresses.Paragraph(d.Commentary),
                    similarity = Math.Round(d.Similarity, 3), strength = d.Strength.ToString().ToLowerInvariant(),
                }),
                keyTerms = store.Current.Terms.In(item).Select(t => new { slug = t.Slug, phrase = t.Phrase }),
            });
        }).WithName("GetItemLinks").WithSummary("Shared wording, discussions and key terms of one item.");

        api.MapGet("/coverage", (ContentStore store) => Results.Json(new
        {
            commentaries = store.Library.Commentaries.Select(c => c.Id),
            items = store.Library.Paper.Items.Select(item => new
            {
                item = $"paper/{item.Anchor}",
                label = item.Label,
                url = Addresses.Item(item),
                cells = store.Library.Commentaries.Select(c => store.Current.Links.Coverage(item, c)).Select(cell => new
                {
                    commentary = cell.Commentary.Id, level = cell.Level.ToString(), description = cell.Description, sharedWords = cell.SharedWords, url = cell.Url,
                }),
            }),
        })).WithName("GetCoverage").WithSummary("The coverage matrix: every numbered item against every commentary.");

        api.MapGet("/terms", (ContentStore store) => Results.Json(store.Current.Terms.All.Select(t => new
        {
            slug = t.Slug, phrase = t.Phrase, abbreviation = t.IsAbbreviation, longForm = t.LongForm, count = t.Count, score = t.Score, url = $"/terms/{t.Slug}",
        }))).WithName("ListTerms").WithSummary("The key terms, most characteristic first, then the abbreviations.");

        api.MapGet("/terms/{slug}", (string slug, ContentStore store) =>
            store.Current.Terms.Find(slug) is not { } term ? DataApi.Missing($"/api/terms/{slug}") : Results.Json(new
            {
                slug = term.Slug, phrase = term.Phrase, count = term.Count,
                perDocument = term.PerDocument(store.Library).ToDictionary(d => d.Document.Id, d => d.Count),
                occurrences = term.Occurrences.Select(o => new { document = o.Paragraph.Document.Id, paragraph = o.Paragraph.Anchor, url = o.Url, start = o.Start, end = o.End, text = o.Text }),
            })).WithName("GetTerm").WithSummary("One key term with every occurrence.");
    }

    private static object Shared(SharedPassage s, Paper paper) => new
    {
        document = s.Source.Id, paragraph = s.Commentary.Anchor, url = Addresses.Paragraph(s.Commentary), date = s.Source.Date.Iso,
        predatesPaper = s.Source.PredatesPaper(paper), exact = s.Exact, sharedWords = s.SharedWords,
        commentaryText = s.CommentaryText, paperText = s.PaperText, differences = s.Exact ? null : s.DifferenceHtml,
    };
}
