using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Api;

/// <summary>
/// <c>/api/editions</c>: every edition as /editions lists it, as JSON; and <c>/download/texts.zip</c>, an edition's
/// content files (under <c>/editions/{version}/download/texts.zip</c>, any edition's).
/// </summary>
public static class EditionsApi
{
    public static void MapEditionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.ApiEditions, List).WithTags(ApiTags.Editions).WithName("Editions")
            .WithSummary("Every edition, newest first by date (within a day, by when it was made): id, date, changes, downloads, other ids it was cited under, the edition it followed, and its fixed address.").Produces<EditionsAnswer>();
        app.MapGet(Routes.TextsZip, Texts).WithTags(ApiTags.Texts).WithName("TextsZip").WithSummary("The edition's content files (Markdown with front matter) as a ZIP.").Produces<byte[]>(StatusCodes.Status200OK, TextsZip.MediaType);
    }

    private static EditionsAnswer List(HttpContext context, Edition edition, EditionArchiving archiving)
    {
        var origin = SiteOrigin.Of(context);
        var items = EditionListing.Of(archiving.Catalog, edition.Library).Select(e => new EditionRecord(
            e.Version, e.DateIso, e.IsCurrent, e.Removed, origin + e.Address, e.Issued,
            e.Changes.Select(c => new EditionChangeRecord(c.Id, c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.KindKey, c.Texts, c.Summary, origin + AddressBook.Change(c))).ToList(),
            new EditionDownloadsRecord(origin + e.Epub, origin + e.Pdf, origin + e.TextsZip),
            e.ChangedPassages, e.Before?.Id, e.Made == DateTimeOffset.MaxValue ? null : e.Made.ToUniversalTime(), e.Differences.Select(d => d.WithIds).ToList())).ToList();
        return new EditionsAnswer(edition.Version, items);
    }

    private static IResult Texts(HttpContext context, Edition edition)
    {
        PortalCors.AddLicenseLink(context);
        return TypedResults.File(TextsZip.Build(edition.Library), TextsZip.MediaType, $"gsiportal-{edition.Version}-texts.zip",
            entityTag: new EntityTagHeaderValue($"\"{edition.Version}-texts\""));
    }
}

/// <summary>The editions, newest first, and which is current.</summary>
public sealed record EditionsAnswer(string Current, IReadOnlyList<EditionRecord> Editions);

/// <summary>
/// One edition: its id and date, whether current or removed, its fixed address, other ids it was cited under, its
/// changes and downloads; how many paragraphs' words differ from the edition it was made after (<c>after</c>, its id;
/// null for the first), which is not always the next in the list: the list is by date; when it was made (<c>made</c>:
/// archived, or for an edition read from git its commit's time; null for the edition in service when the archive could
/// not store it), its place among the editions of its day; and what differs from the edition it followed (<c>differs</c>),
/// file by file in the editors' words, read from the two editions.
/// </summary>
public sealed record EditionRecord(string Version, string Date, bool Current, string? Removed, string Url, IReadOnlyList<string> Issued,
    IReadOnlyList<EditionChangeRecord> Changes, EditionDownloadsRecord Downloads, int ChangedParagraphs, string? After, DateTimeOffset? Made, IReadOnlyList<string> Differs);

/// <summary>A changelog entry an edition was the first to hold.</summary>
public sealed record EditionChangeRecord(string Id, string Date, string Kind, IReadOnlyList<string> Texts, string Summary, string Url);

/// <summary>An edition's downloads.</summary>
public sealed record EditionDownloadsRecord(string Epub, string Pdf, string Texts);
