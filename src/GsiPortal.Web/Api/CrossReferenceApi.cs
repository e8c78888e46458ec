using GsiPortal.Core.Addresses;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>Cross-references as JSON: an item's shared wording, discussions and key terms; the coverage matrix; the key terms and one term's concordance.</summary>
public static class CrossReferenceApi
{
    public sealed record ItemCrossReferences(string Item, string Url, IReadOnlyList<SharedWordingAnswer> SharedWording, IReadOnlyList<DiscussionAnswer> DiscussedIn, IReadOnlyList<TermReference> KeyTerms);
    /// <summary>
    /// A passage a commentary shares with the item; for a near match, the differences as HTML and as steps (first: the
    /// commentary; second: the paper). <c>sharedWords</c> counts this passage's words the same in both; <c>paragraphSharedWords</c>
    /// the paragraph's with the item, each word of the paper once — the count every page gives (docs/cross-references.md).
    /// </summary>
    public sealed record SharedWordingAnswer(string Document, string Paragraph, string Url, string Date, bool PredatesPaper, bool Exact, int SharedWords,
        string CommentaryText, string PaperText, string? Differences, IReadOnlyList<QuoteCheckApi.DifferenceStep>? Steps, int ParagraphSharedWords);
    /// <summary>
    /// Strength: "strong" (the paragraph discusses the item at length), "moderate" (discusses it), "mention" (one sentence or a name of the item's alone).
    /// <c>words</c>: what the link rests on, as the commentary writes them (the name or term; a sentence's words of this item alone; a paragraph's heaviest shared runs); empty for an editors' judgement alone.
    /// </summary>
    public sealed record DiscussionAnswer(string Document, string Paragraph, string Url, double Similarity, string Strength, string? Name, string? EditorsNote, IReadOnlyList<string> Words);
    public sealed record TermReference(string Slug, string Phrase);
    /// <summary><c>items</c>: a row per numbered item; <c>passages</c>: a row each for Part I, every part's introduction and closing passage, in the paper's order.</summary>
    public sealed record CoverageAnswer(IReadOnlyList<string> Commentaries, IReadOnlyList<CoverageItemAnswer> Items, IReadOnlyList<CoveragePassageAnswer> Passages);
    public sealed record CoverageItemAnswer(string Item, string Label, string Url, IReadOnlyList<CoverageCellAnswer> Cells);
    /// <summary>A passage outside the items ("Part III, introduction"), its page and the ids of its paragraphs.</summary>
    public sealed record CoveragePassageAnswer(string Label, string Url, IReadOnlyList<string> Paragraphs, IReadOnlyList<CoverageCellAnswer> Cells);
    public sealed record CoverageCellAnswer(string Commentary, string Level, string Description, int SharedWords, double? Similarity, string? Url, string? Paragraph, string? Strength, string? EditorsNote);
    public sealed record TermSummary(string Slug, string Phrase, bool Abbreviation, string? LongForm, int Count, double Score, string Url);
    public sealed record TermDetail(string Slug, string Phrase, int Count, IReadOnlyDictionary<string, int> PerDocument, IReadOnlyList<TermOccurrenceAnswer> Occurrences);
    public sealed record TermOccurrenceAnswer(string Document, string Paragraph, string Url, int Start, int End, string Text);

    public static void MapCrossReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Routes.Api).WithTags(ApiTags.CrossReferences);
        api.MapGet("/paper/{part}/{number}/links", GetItemCrossReferences).WithName("GetItemLinks").WithSummary("Shared wording, discussions and key terms of one item.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/coverage", GetCoverage).WithName("GetCoverage").WithSummary("The coverage matrix: every numbered item against every commentary.");
        api.MapGet("/terms", ListTerms).WithName("ListTerms").WithSummary("The key terms, most characteristic first, then the abbreviations.");
        api.MapGet("/terms/{slug}", GetTerm).WithName("GetTerm").WithSummary("One key term with every occurrence.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static Results<Ok<ItemCrossReferences>, ProblemHttpResult> GetItemCrossReferences(string part, string number, Edition edition)
    {
        if (edition.Addresses.FindItem(part, number) is not { } item) return Problems.NotFound($"{Routes.Api}/paper/{part}/{number}/links");
        var map = edition.CrossReferences;
        var words = map.LinksOf(item).ToDictionary(l => l.Commentary, l => l.SharedWords);
        return TypedResults.Ok(new ItemCrossReferences(AddressBook.Id(item), AddressBook.Item(item),
            map.SharedWith(item).Select(s => Shared(s, edition, words[s.Commentary])).ToList(),
            map.DiscussionsOf(item).Select(d => new DiscussionAnswer(d.Source.Id, d.Commentary.Anchor, AddressBook.Paragraph(d.Commentary), Math.Round(d.Similarity, 3), d.Strength.ToString().ToLowerInvariant(), d.Name, d.EditorsNote, d.Words)).ToList(),
            edition.Terms.In(item).Select(t => new TermReference(t.Slug, t.Phrase)).ToList()));
    }

    public static Ok<CoverageAnswer> GetCoverage(Edition edition) => TypedResults.Ok(new CoverageAnswer(
        edition.Library.Commentaries.Select(c => c.Id).ToList(),
        edition.CrossReferences.Coverage.Select(row => new CoverageItemAnswer(AddressBook.Id(row.Item), row.Item.Label, AddressBook.Item(row.Item), Cells(row))).ToList(),
        edition.CrossReferences.AllCoverage.Where(row => row.Stop.Item is null)
            .Select(row => new CoveragePassageAnswer(row.Stop.Label, row.Stop.Address, row.Stop.Paragraphs.Select(AddressBook.Id).ToList(), Cells(row))).ToList()));

    private static List<CoverageCellAnswer> Cells(CoverageRow row) =>
        row.Cells.Select(cell => new CoverageCellAnswer(cell.Commentary.Id, cell.Level.ToString(), cell.Description, cell.SharedWords, cell.Similarity is { } v ? Math.Round(v, 3) : null, cell.Url,
            cell.Strongest?.Commentary.Anchor, cell.Strongest?.Strength.ToString(), cell.Strongest?.EditorsNote)).ToList();

    public static Ok<IReadOnlyList<TermSummary>> ListTerms(Edition edition) =>
        TypedResults.Ok<IReadOnlyList<TermSummary>>(edition.Terms.All.Select(t => new TermSummary(t.Slug, t.Phrase, t.IsAbbreviation, t.LongForm, t.Count, t.Score, AddressBook.Term(t.Slug))).ToList());

    public static Results<Ok<TermDetail>, ProblemHttpResult> GetTerm(string slug, Edition edition) =>
        edition.Terms.Find(slug) is not { } term ? Problems.NotFound(AddressBook.TermData(slug), $"See {Routes.ApiTerms} for the key terms.") : TypedResults.Ok(new TermDetail(term.Slug, term.Phrase, term.Count,
            term.PerDocument(edition.Library).ToDictionary(d => d.Document.Id, d => d.Count),
            term.Occurrences.Select(o => new TermOccurrenceAnswer(o.Paragraph.Document.Id, o.Paragraph.Anchor, o.Url, o.Start, o.End, o.Text)).ToList()));

    private static SharedWordingAnswer Shared(SharedPassage s, Edition edition, int paragraphWords) => new(
        s.Source.Id, s.Commentary.Anchor, AddressBook.Paragraph(s.Commentary), s.Source.Date.Iso, s.Source.PredatesPaper(edition.Paper), s.Exact, s.SharedWords,
        s.CommentaryText, s.PaperText,
        s.Exact ? null : Markup.Difference(s.Differences, "the commentary", "the paper"), s.Exact ? null : QuoteCheckApi.Steps(s.Differences), paragraphWords);
}
