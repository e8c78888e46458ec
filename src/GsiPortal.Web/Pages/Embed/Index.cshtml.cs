using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;
using GsiPortal.Web.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Pages.Embed;

/// <summary>
/// Compact pages of one item, paragraph or sentence run, or a whole commentary, for other sites' iframes: the only pages
/// that may be framed. <c>?lines=n</c> gives the shortened form oEmbed answers for a small maxheight: no heading, the
/// quotation in at most n whole lines ending in an ellipsis, and the attribution with a link to read on.
/// </summary>
public class IndexModel(Edition edition) : PortalPage(edition)
{
    public Passage Passage { get; private set; } = null!;
    public string Origin { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = Routes.EmbedLinesParameter)]
    public string? LinesAsked { get; set; }

    /// <summary>The shortened form's lines; null for the whole passage.</summary>
    public int? Lines { get; private set; }

    /// <summary>The passage as /cite's <c>?at=</c> names it: read only to redirect to the embed's own form.</summary>
    [BindProperty(SupportsGet = true, Name = Routes.AtParameter)]
    public string? At { get; set; }

    public IActionResult OnGet(string path)
    {
        var passage = string.IsNullOrEmpty(At) ? Addresses.ResolveEmbed(path) : Addresses.Resolve("/" + path.Trim('/'), At);
        if (passage is null || !EmbedHtml.IsEmbeddable(passage))
        {
            NotFoundReason.SetProblem(HttpContext, WhyNothing(path, At, passage));
            return NotFound();
        }
        if (LinesAsked is not null)
        {
            if (!int.TryParse(LinesAsked, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) || lines < 1 || lines > EmbedSize.MaxLines)
                return BadRequest($"{Routes.EmbedLinesParameter} must be a whole number from 1 to {EmbedSize.MaxLines}: the most lines of the quotation to show.");
            Lines = lines;
        }
        // One address per embed, the one oEmbed, /api/passages and the docs give (/embed/paper/commitments/4/s2-s3).
        // The other spellings that name the same passage — the whole paper's fragment (…/4/commitment-4-s2-s3,
        // /embed/paper/commitment-4) and /cite's ?at=s2-s3, which this page used to ignore and show the whole item —
        // redirect to it permanently, so that no link already pasted breaks and no frame shows a copy under two names.
        var canonical = AddressBook.Embed(passage);
        if (!string.IsNullOrEmpty(At) || !string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
            return RedirectPermanentPreserveMethod(Request.PathBase + AddressBook.Embed(passage, Lines));
        Passage = passage;
        Origin = SiteOrigin.Of(HttpContext);
        Info = new PageInfo($"{passage.Title} — GsiPortal", Describe(passage.Text), passage.Address);
        return Page();
    }

    /// <summary>
    /// Why an embed address names nothing to embed, in words a blogger can act on: a sentence its passage does not
    /// have ("s99" of commitment 4) says which it has; anything else says what an embed's address is made of.
    /// </summary>
    private string WhyNothing(string path, string? at, Passage? unembeddable)
    {
        if (unembeddable is not null)
            return $"{unembeddable.Title} is too long to embed whole; embed a part, an item, a paragraph or sentences of it, as {Examples}.";
        // The passage it lacks: ?at= names it, or else the address's last segment.
        var trimmed = (path ?? "").Trim('/');
        var slash = trimmed.LastIndexOf('/');
        var why = !string.IsNullOrEmpty(at) ? Addresses.WhyNothingAt("/" + trimmed, at) : Addresses.WhyNothingInEmbed(trimmed);
        // What the page has, in the words /cite and /api/passages give (AddressBook), then where its embeds are.
        if (why is not null && (!string.IsNullOrEmpty(at) ? Addresses.Resolve("/" + trimmed) : Addresses.ResolveEmbed(trimmed[..slash])) is { } whole)
        {
            var sentences = whole.Paragraphs.SelectMany(p => p.Sentences).ToList();
            Passage Sentences(int from, int to) => whole.Item is { } item ? AddressBook.OfSentences(item, from, to) : AddressBook.OfSentences(whole.Paragraphs[0], from, to);
            return whole.IsQuotable && sentences is [var first, .., var last] && (whole.Item is not null || whole.Paragraphs.Count == 1)
                ? $"{why} The whole is embedded at {AddressBook.Embed(whole)}, its first sentence at {AddressBook.Embed(Sentences(first.Number, first.Number))}{(last.Number > first.Number ? $", its first two at {AddressBook.Embed(Sentences(first.Number, first.Number + 1))}" : "")}."
                : $"{why} An embed's address is /embed/ followed by the address of what it shows, as {Examples}.";
        }
        return $"Nothing to embed at this address. An embed's address is /embed/ followed by the address of what it shows: a part, an item, a commentary, a paragraph or sentences, as {Examples}.";
    }

    /// <summary>Embed addresses to follow, as the docs give them (a test opens each).</summary>
    public const string Examples = "/embed/paper/commitments/4, /embed/paper/commitments/4/s2-s3 or /embed/commentaries/ovais-ali-khokhar/p4";
}
