using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Core.Text;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary><c>POST /api/quote-check</c> with <c>{"text": "…"}</c>: is the passage word for word in a text, and where.</summary>
public static class QuoteCheckApi
{
    public sealed record QuoteCheckRequest(string? Text);
    /// <summary>The verdict; <c>share</c> is the page address of the same verdict, for passages short enough to go in an address;
    /// <c>paperClosest</c>: when the passage is word for word only in commentaries, the paper's closest passage and how it
    /// differs (a commentary may quote the paper with words left out); null otherwise;
    /// <c>headline</c>: the verdict in one line, as the page heads it ("Found word for word, but cut inside a sentence…",
    /// "Not in the Concept Paper: word for word only in …", "These words come from two places: …", "Not a quotation of
    /// any text"); for <c>joined</c>, <c>matches</c> are the two places in the passage's order; <c>resembles</c>, for a
    /// passage that is not a quotation, the place its words most resemble (a paraphrase's source), or null;
    /// <c>checkedAgainst</c>: the edition (id, date) and the antonym list (short hash) the verdict is of, and the
    /// verdict's address in that edition (<c>fixedShare</c>), which re-checks against that edition's words for ever;
    /// <c>outside</c>: when the passage holds one quotation with a few words around it (“…,” the paper says.), only the
    /// words within the marks are checked if they match better, and these are the words left outside; null otherwise;
    /// <c>editorialNotes</c>: an editor's bracketed notes at the passage's start or end ("[emphasis added]", "[sic]"), read
    /// as notes and not as words of the text (<c>notesRead</c> says so in a line, null when there are none);
    /// <c>partly</c>: for a passage that is not a quotation (<c>not-found</c>), the runs of at least six of its words
    /// that stand word for word in a text, each with its place, and the stretches in no text; null when there is none;
    /// <c>title</c>: for words in no paragraph, the title or heading of a text they stand in word for word
    /// (<c>exact</c>) or most nearly alter, with what it is (<c>of</c>: "the title of Ovais Ali Khokhar's commentary")
    /// and its address; null when none comes near.</summary>
    public sealed record QuoteCheckAnswer(string Verdict, string Headline, IReadOnlyList<QuoteMatchAnswer> Matches, string? Share, QuoteMatchAnswer? PaperClosest, PlaceAnswer? Resembles, CheckedAgainst CheckedAgainst,
        string? Outside, IReadOnlyList<string> EditorialNotes, string? NotesRead, PartlyAnswer? Partly, TitleMatch? Title = null);
    /// <summary>Words of no text with a text's words in them: <c>runs</c>, each word for word at <c>url</c> (its quoted
    /// words <c>first</c> to <c>last</c>, counted from 0, as quoted, and the source's <c>text</c>); <c>inNoText</c>, the
    /// stretches between them that stand in no text; <c>realWords</c> of <c>words</c> in the runs.</summary>
    public sealed record PartlyAnswer(int RealWords, int Words, IReadOnlyList<RunAnswer> Runs, IReadOnlyList<string> InNoText, bool RestInNoText);
    public sealed record RunAnswer(string Quoted, int First, int Last, string Title, string Url, string Text);
    /// <summary>A place named without differences: its title and address.</summary>
    public sealed record PlaceAnswer(string Title, string Url);
    /// <summary>
    /// Where the passage was found: <c>url</c> names the sentences (or the paragraph) it stands in; <c>text</c> is the
    /// source's words as they stand, ready to copy; <c>changes</c> are the differences where they are, and
    /// <c>meaningChanges</c> those that may alter the meaning; <c>differences</c> and <c>steps</c> are the same word by
    /// word (first: the passage checked; second: the text). <c>meaningChanges</c> holds only what the check flags — a
    /// negation, modal, quantifier or number changed, a word put in place of its opposite on the editors' list — so an
    /// empty list does not mean the meaning is kept: <c>unjudged</c> are the words put in the text's place whose meaning
    /// the check cannot judge, and <c>meaningNotJudged</c> says so in a line (null when there are none);
    /// <c>spellingVariants</c>, words given in the other spelling of English ("realise" for "realize"); <c>contractions</c>, the
    /// text's own words contracted or spelt out ("can't" for "cannot"), a difference of form, not of meaning.
    /// </summary>
    public sealed record QuoteMatchAnswer(
        string Document, string Paragraph, string Url, string ParagraphUrl, string Text, double Similarity, int ChangedWords,
        bool StartsMidSentence, bool EndsMidSentence, IReadOnlyList<ChangeAnswer> Changes, IReadOnlyList<MeaningChangeAnswer> MeaningChanges,
        string Differences, IReadOnlyList<DifferenceStep> Steps, IReadOnlyList<MisprintAnswer> Misprints,
        IReadOnlyList<ReplacementAnswer> Unjudged, string? MeaningNotJudged, IReadOnlyList<ReplacementAnswer> SpellingVariants, IReadOnlyList<ReplacementAnswer> Contractions);
    /// <summary>Words of the passage (<c>quoted</c>) in the place of the text's (<c>source</c>).</summary>
    public sealed record ReplacementAnswer(string Quoted, string Source);
    /// <summary>A word the source itself misprints (marked [sic] in the edition) that the passage spells correctly:
    /// <c>printed</c> as the source has it, <c>quoted</c> the passage's word, <c>description</c> how to quote it.</summary>
    public sealed record MisprintAnswer(string Printed, string Quoted, string Description);
    /// <summary>One difference: <c>kind</c> added, omitted, substituted, elided (cut with an ellipsis), bracketed (an
    /// editorial insertion) or transposed (the text's words in another order: <c>source</c> as the text orders them); <c>position</c> counts the quoted words before it, <c>after</c> is the quoted word just before it.</summary>
    public sealed record ChangeAnswer(string Kind, string Quoted, string Source, int Position, string? After);
    public sealed record MeaningChangeAnswer(string Kind, string Quoted, string Source, string Description);
    public sealed record DifferenceStep(string Change, string Text);

    public static void MapQuoteCheckApi(this IEndpointRouteBuilder app) =>
        app.MapPost(Routes.ApiQuoteCheck, Check).WithTags(ApiTags.QuoteCheck).WithName("CheckQuote")
            .WithSummary("Checks whether a passage stands word for word in the paper or a commentary, and where it differs.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static Results<Ok<QuoteCheckAnswer>, ProblemHttpResult> Check(QuoteCheckRequest? request, Edition edition, HttpContext context)
    {
        try
        {
            var result = edition.Quotes.Check(request?.Text, RequestBudget.Of(context));
            return TypedResults.Ok(new QuoteCheckAnswer(QuoteVerdicts.Name(result.Verdict), QuoteVerdicts.Headline(result), result.Matches.Select(Answer).ToList(),
                result.Passage.Length <= QuoteChecker.MaxShareableLength ? AddressBook.QuoteCheck(result.Passage) : null,
                result.PaperClosest is { } closest ? Answer(closest) : null,
                result.Resembles is { } like ? new PlaceAnswer(like.Passage.Title, like.Url) : null,
                CheckedAgainst.Of(edition, result.Passage),
                result.Outside, result.EditorialNotes, QuoteVerdicts.NotesRead(result), Partly(result.Partly), result.Title));
        }
        catch (InvalidQuoteException e)
        {
            return Problems.BadRequest(e.Title, e.Message);
        }
    }

    public static QuoteMatchAnswer Answer(QuoteMatch m) => new(
        m.Paragraph.Document.Id, m.Paragraph.Anchor, m.Url, m.ParagraphUrl, m.SourceText, Math.Round(m.Similarity, 3), m.ChangedWords,
        m.StartsMidSentence, m.EndsMidSentence,
        m.Differences.Select(d => new ChangeAnswer(d.Kind.ToString().ToLowerInvariant(), d.Quoted, d.Source, d.QuotePosition, d.After)).ToList(),
        m.MeaningChanges.Select(c => new MeaningChangeAnswer(c.Kind.ToString().ToLowerInvariant(), c.Quoted, c.Source, c.Description)).ToList(),
        Markup.Difference(m.Steps, "the passage checked", "the text"), Steps(m.Steps),
        m.Misprints.Select(p => new MisprintAnswer(p.Printed, p.Quoted, p.Description)).ToList(),
        m.Unjudged.Select(d => new ReplacementAnswer(d.Quoted, d.Source)).ToList(), QuoteVerdicts.Unjudged(m),
        m.SpellingVariants.Select(d => new ReplacementAnswer(d.Quoted, d.Source)).ToList(),
        m.Contractions.Select(d => new ReplacementAnswer(d.Quoted, d.Source)).ToList());

    public static PartlyAnswer? Partly(PartlyQuoted? partly) => partly is null ? null : new(partly.RealWords, partly.Words,
        partly.Runs.Select(r => new RunAnswer(r.Quoted, r.First, r.Last, r.Passage.Title, r.Url, r.SourceText)).ToList(), partly.InNoText, partly.RestInNoText);

    public static IReadOnlyList<DifferenceStep> Steps(IEnumerable<WordStep> steps) =>
        steps.Select(s => new DifferenceStep(s.Change switch { WordChange.OnlyInFirst => "only-in-first", WordChange.OnlyInSecond => "only-in-second", _ => "same" }, s.Text)).ToList();
}
