using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GsiPortal.Web.Pages;

/// <summary>
/// The page for an address that names nothing, and for any other request the site could not serve: it is re-executed
/// with the original request's method and status, so it answers every method and says what the status means.
/// </summary>
public class NotFoundModel(Edition edition) : PortalPage(edition)
{
    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    /// <summary>Why the address names nothing or was refused, when what refused it said (<see cref="NotFoundReason"/>).</summary>
    public string? Reason { get; private set; }

    /// <summary>What a program's address answered a browser (a citation of nothing, an unknown format), in its own words.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// For an address naming a text by an id that is none (<c>/commentaries/lei</c>): the texts it was probably meant for,
    /// at the same address, and every text it could name. Suggested with a 404, not redirected to (<see cref="AddressBook.DocumentsLike"/> says why).
    /// </summary>
    public UnknownText? Unknown { get; private set; }

    /// <summary>For an address asking for an item its part does not have (<c>/paper/priorities/21</c>): the part's count, its last item and the part.</summary>
    public ItemBeyond? Beyond { get; private set; }

    /// <summary>For a download address that names no file (<c>/download/commentaries/lei-kezhong.md</c>): the text meant, at its download address.</summary>
    public MisplacedDownload? Download { get; private set; }

    /// <summary>"the id “lei”" when what was written is shaped as an id; else "this id": a path is not echoed whole.</summary>
    public string WrittenId => Unknown is { Written: var w } && w.Length <= 64 && w.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? $"the id “{w}”" : "this id";

    /// <summary>The query the address came with, kept on the suggested addresses (<c>?format=ris</c> on a citation's).</summary>
    public string AskedQuery { get; private set; } = "";

    /// <summary>The words of the address's last segment, offered in the search box ("indivisible security" for <c>/indivisible-security</c>).</summary>
    public string SearchWords { get; private set; } = "";

    /// <summary>
    /// A segment's words, if it has any: hyphens, underscores, plus signs and dots read as spaces, anything but letters,
    /// digits and apostrophes left out, at most 80 characters; none for a segment without a letter ("21"). A reader who
    /// guessed an address from a subject finds the search already asking for it.
    /// </summary>
    public static string WordsOf(string? path)
    {
        var segment = (path ?? "").TrimEnd('/');
        segment = segment[(segment.LastIndexOf('/') + 1)..];
        var words = new System.Text.StringBuilder();
        foreach (var c in segment)
        {
            if (char.IsLetterOrDigit(c) || c == '\'') words.Append(c);
            else if (words.Length > 0 && words[^1] != ' ') words.Append(' ');
        }
        var text = words.ToString().Trim();
        if (text.Length > 80) text = text[..80].TrimEnd();
        return text.Any(char.IsLetter) ? text : "";
    }

    /// <summary>How a suggested text is named: a commentary by its author, title and year; the paper by its title.</summary>
    public static string NameOf(Core.Content.Document document) => document is Core.Content.Commentary c
        ? $"{c.Author}, “{c.Title},” {(c.Date.Inferred ? c.Date.YearLabel : c.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))}"
        : document.Title;

    /// <summary>"20 priorities", "6 commitments": a part's count as the paper's own words for its items.</summary>
    public static string Count(PaperPart part) => $"{part.Items.Count} {(part.Items.Count == 1 ? part.ItemNoun : part.Slug)}";

    public string Heading => Status switch
    {
        StatusCodes.Status404NotFound => "Nothing at this address",
        StatusCodes.Status400BadRequest => "The request could not be read",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that kind of request",
        StatusCodes.Status413PayloadTooLarge => "The text sent is too long",
        StatusCodes.Status414UriTooLong => "The address is too long",
        StatusCodes.Status415UnsupportedMediaType => "The text was sent in a form this address does not read",
        StatusCodes.Status429TooManyRequests => "Too many requests for now",
        _ => "This request could not be served",
    };

    // A filter, not a handler: without [NonHandler] Razor Pages took it for a handler of a method named PAGE, and Allow said so.
    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        // Reached directly, this page is itself "not found"; reached by re-execution, the status is already set.
        Status = Response.StatusCode is >= 400 and < 500 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        Reason = NotFoundReason.Of(HttpContext);
        Problem = NotFoundReason.ProblemOf(HttpContext);
        // A method an endpoint does not take (routing's own 405): say which it does, as a page's refusal does.
        if (Status == StatusCodes.Status405MethodNotAllowed && Reason is null && Response.Headers.Allow.Count > 0
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } asked)
            Reason = $"{asked.OriginalPathBase}{asked.OriginalPath} answers {Response.Headers.Allow}, not that method.";
        if (Status == StatusCodes.Status404NotFound && Reason is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } original)
        {
            Unknown = Addresses.UnknownTextIn(original.OriginalPath);
            Beyond = Unknown is null ? Addresses.ItemBeyondIn(original.OriginalPath) : null;
            Download = Unknown is null ? Addresses.MisplacedDownloadIn(original.OriginalPath) : null;
            AskedQuery = original.OriginalQueryString ?? "";
            SearchWords = WordsOf(original.OriginalPath);
        }
        Info = new PageInfo($"{Heading} — GsiPortal", Status == 404 ? "This address names nothing on GsiPortal." : Heading + ".", Routes.NotFound);
    }
}
