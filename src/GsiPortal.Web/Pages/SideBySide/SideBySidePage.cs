using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.SideBySide;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.SideBySide;

/// <summary>
/// Two commentaries side by side on a subject, as the reader named them in <c>?a=…&amp;b=…</c>. A name not known
/// answers 404 and the same one twice 400, each on the page itself with the reason and the form to choose again; a
/// family name, or one side left out, is sent on to the pair's own address.
/// </summary>
public abstract class SideBySidePage(Edition edition) : PortalPage(edition)
{
    [BindProperty(SupportsGet = true, Name = Routes.PairFirstParameter)]
    public string? A { get; set; }

    [BindProperty(SupportsGet = true, Name = Routes.PairSecondParameter)]
    public string? B { get; set; }

    public SideBySideSubject Subject { get; private set; } = null!;

    public CommentaryPair? Pair { get; private set; }

    /// <summary>Why no pair is shown, in words; null when one is.</summary>
    public string? Problem { get; private set; }

    protected IActionResult Show(SideBySideSubject subject, Func<CommentaryPair?, PageInfo> info)
    {
        Subject = subject;
        var (pair, problem) = SideBySideBuilder.Choose(subject, Edition.CrossReferences, A, B);
        Pair = pair;
        Problem = problem?.Reason;
        Info = info(pair);
        if (problem is not null)
        {
            var refused = Page();
            refused.StatusCode = problem.Kind switch
            {
                PairProblemKind.UnknownCommentary => StatusCodes.Status404NotFound,
                PairProblemKind.SameCommentary => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status200OK,
            };
            return refused;
        }
        // A family name ("khokhar") or a side left out: the pair has one address, with both ids.
        if (!pair!.IsDefault && (A != pair.A.Commentary.Id || B != pair.B.Commentary.Id)) return Redirect(pair.Address);
        return Page();
    }

    /// <summary>The page's title and description for a pair (or none).</summary>
    protected static (string Title, string Description) Words(SideBySideSubject subject, CommentaryPair? pair) =>
        ($"{Heading(subject, pair)} — GsiPortal", pair is null
            ? $"Two commentaries' passages on {subject.Label}, side by side."
            : pair.Writing.Count == 2
                ? $"What {pair.A.Commentary.Author} and {pair.B.Commentary.Author} write on {subject.Label}, side by side and dated, with the words both use marked."
                : $"What the commentaries write on {subject.Label}, dated; choose any two to set side by side.");

    /// <summary>
    /// The page's heading: it names as writing on the subject only the commentaries that do, so the page never
    /// names one and then says it writes nothing ("Lei Kezhong on Priority 20"; "Lei Kezhong on Priority 20;
    /// Dong Chunling writes nothing on it" where the reader chose Dong).
    /// </summary>
    public static string Heading(SideBySideSubject subject, CommentaryPair? pair)
    {
        if (pair is null) return $"Two commentaries side by side on {subject.Label}";
        var (writing, silent) = (pair.Writing, pair.Silent);
        return (writing.Count, pair.IsDefault) switch
        {
            (2, _) => $"{pair.A.Commentary.Author} and {pair.B.Commentary.Author} on {subject.Label}",
            (1, true) => $"{writing[0].Commentary.Author} on {subject.Label}",
            (1, false) => $"{writing[0].Commentary.Author} on {subject.Label}; {silent[0].Commentary.Author} writes nothing on it",
            (_, true) => $"No commentary writes on {subject.Label}",
            _ => $"Neither {pair.A.Commentary.Author} nor {pair.B.Commentary.Author} writes on {subject.Label}",
        };
    }
}
